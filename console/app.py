"""Assembles the application: database, sign-in, services, main window (the one start-up module)."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from console.logs import setup_logging
from console.models.core.context import AppContext
from console.scripts_library.starter import ensure_starter_library
from console.models.core.db import (DamagedDatabaseError, NewerSchemaError, ReadOnlyDatabaseError, StorageError,
                        open_database)
from console.models.core.engine import describe_target, is_server_target, keep_wal_small
from console.models.core.paths import check_private, demo_db_path, log_dir
from console.models.core.settings import SettingsStore
from console.models.core.users import SignInError, authenticate, has_users
from console.ui.errors import install_excepthook
from console.ui.i18n import install_translators

log = logging.getLogger(__name__)

PASSWORD_ENV = "HOTLINE_CONSOLE_PASSWORD"


def make_application(lang: str, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("hotline-console")
    app.setOrganizationName("hotline-console")
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "sans-serif"])
    font.setPointSize(10)
    app.setFont(font)
    app._translators = install_translators(app, lang)  # keep them alive
    return app


def chosen_database(db: str | None, demo: bool, settings: SettingsStore) -> str | None:
    """What this start opens: --db wins, then --demo; otherwise the server the administrator set on the
    Administration page (database_server), else None (the demo database)."""
    if db or demo:
        return db
    server = (settings.get("database_server") or "").strip()
    return server if server and is_server_target(server) else None


def resolve_db(db: str | None, demo: bool) -> Path | str:
    if db and not demo and is_server_target(db):
        return db.strip()            # a centre's PostgreSQL server (URL or libpq service), kept as written
    if db and not demo:
        return Path(db).expanduser()
    path = Path(db).expanduser() if db else demo_db_path()
    if not path.exists():
        from console.demo.generator import DEMO_USERS, generate
        print(f"Creating a demo database at {path} ...", flush=True)
        generate(path, years=float(os.environ.get("HOTLINE_DEMO_YEARS", "0.25")))
        print("Demo users (user name / password):")
        for username, _name, role, password in DEMO_USERS:
            print(f"  {role.value:<11} {username:<11} {password}")
    return path


def _storage_message(exc: StorageError, path: Path) -> str:
    if isinstance(exc, NewerSchemaError):
        return QApplication.translate("App", "This database was written by a newer version of the console. Update the console to open it:\n%1").replace("%1", str(path))  # noqa: E501
    if isinstance(exc, ReadOnlyDatabaseError):
        return QApplication.translate("App", "The database file is read-only, so the console cannot work in it:\n%1\n\nThe file itself is sound. Give your user write permission on the file and its folder (or copy it to a writable folder and start with --db on the copy).").replace("%1", str(path))  # noqa: E501
    if isinstance(exc, DamagedDatabaseError):
        return QApplication.translate("App", "The database file is damaged and was not opened:\n%1\n\nRestore the newest backup, or start with --db on a backup copy.").replace("%1", str(path))  # noqa: E501
    problem = getattr(exc, "server_problem", None)     # libpq's words (and the connection text) go to the log
    if problem in ("password", "refused"):
        return QApplication.translate("App", "The centre's database server refused this seat:\n%1\n\nCheck the user in the address and its password in ~/.pgpass (or the passfile named in the address); an administrator can test the address under Administration, Database server.").replace("%1", describe_target(path))  # noqa: E501
    if problem is not None:
        return QApplication.translate("App", "The centre's database server could not be reached:\n%1\n\nCheck the network and that the server is running; an administrator can test the address under Administration, Database server. The console's log has the details.").replace("%1", describe_target(path))  # noqa: E501
    log.error("database could not be opened: %s", exc)    # the detail (it may quote SQL or a path) goes to the log
    return QApplication.translate("App", "The database could not be opened:\n%1\n\nThe console's log has the details (%2).").replace(  # noqa: E501
        "%1", describe_target(path)).replace("%2", str(log_dir()))


def sign_in(ctx: AppContext, username: str | None) -> bool:
    from console.ui.signin import FirstAdminDialog, SignInDialog

    if username and os.environ.get(PASSWORD_ENV):
        try:
            ctx.user = authenticate(ctx.db, username, os.environ[PASSWORD_ENV], clock=ctx.clock)
            return True
        except SignInError as exc:
            print(f"sign-in failed: {exc}", file=sys.stderr)
            return False
    dialog = SignInDialog(ctx.db, clock=ctx.clock) if has_users(ctx.db) else FirstAdminDialog(ctx.db)
    if username:                  # both dialogs ask for a user name and a password
        dialog.username.setText(username)
        dialog.password.setFocus()
    if dialog.exec() != QDialog.Accepted:
        return False
    ctx.user = dialog.user
    return True


def backup_folder(settings: SettingsStore) -> Path:
    """The folder backups go to now: the administrator's choice, else the data folder's backups."""
    from console.models.core.paths import backup_dir

    chosen = settings.get("backup_dir")
    return Path(chosen) if chosen else backup_dir()


def _offer_restore_if_damaged(path: Path, settings: SettingsStore | None = None) -> bool:
    """A file that is empty, unreadable or was found damaged is not opened: the newest backup is offered
    in its place. A sound file the console may not write to is called read-only, not damaged."""
    from console.models.admin import backup
    from console.models.core.db import probe_file

    if not path.exists():
        return True
    try:
        probe_file(path)            # reads the header and the schema only; writes nothing
        return True
    except ReadOnlyDatabaseError as exc:
        log.error("database read-only: %s", exc)
        QMessageBox.critical(None, QApplication.translate("App", "Database"), _storage_message(exc, path))
        return False
    except DamagedDatabaseError as exc:
        log.error("database unusable: %s", exc)
    good = backup.newest_good(backup_folder(settings or SettingsStore()))
    if good is None:
        QMessageBox.critical(None, QApplication.translate("App", "Database"),
                             _storage_message(DamagedDatabaseError(str(path)), path))
        return False
    answer = QMessageBox.question(None, QApplication.translate("App", "Database"), QApplication.translate(
        "App", "The database file is damaged and was not opened:\n%1\n\nRestore the newest backup (%2)? The damaged file is kept beside it.")
        .replace("%1", str(path)).replace("%2", good.name))
    if answer != QMessageBox.Yes:
        return False
    try:
        backup.restore_damaged(good, path)
    except backup.BackupError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Database"), str(exc))
        return False
    return True


def start_background_duties(window, path: Path | str, *, daily: bool = True) -> None:
    """The daily backup (first start of the day), the search indexes tidied, and the Back-up-now action. The action asks the settings
    for the folder at each press, so a folder chosen meanwhile on the Administration page is the one used.
    A seat of a server makes no daily backup (six seats would dump the centre six times a day: the server's
    own schedule does it); its Back-up-now writes a pg_dump archive."""
    from console.models.admin import backup
    from console.models.core.engine import open_engine, tidy_search
    from console.ui.tasks import failure_message

    settings = window.ctx.settings
    daily_folder, keep = backup_folder(settings), settings.get("backup_keep")

    def daily_failed(exc: Exception) -> None:
        log.warning("daily backup failed: %s", exc)
        window.statusBar().showMessage(
            QApplication.translate("App", "No backup was made today: %1").replace(
                "%1", failure_message(exc, explained=(backup.BackupError,))), 30000)

    if daily:
        window.runner.start(lambda progress: backup.daily_backup(path, daily_folder, keep),
                            on_failure=daily_failed)
    # The search indexes merged in short steps in the background (SQLite's full-text segments; nothing to
    # do on a server, whose autovacuum keeps its tables): lookups stay as fast as on a fresh index.
    if open_engine(path).tidy_search_step is not None:
        window.runner.write(lambda db, progress: tidy_search(db, progress),
                            on_failure=lambda exc: log.warning("search indexes not tidied: %s", exc))

    def backup_now() -> None:
        window.statusBar().showMessage(QApplication.translate("App", "Backing up…"))
        folder = backup_folder(settings)
        window.runner.start(
            lambda progress: backup.backup_to(path, folder, window.ctx.user),
            lambda made: window.statusBar().showMessage(
                QApplication.translate("App", "Backup written: %1").replace("%1", str(made)), 10000),
            lambda exc: QMessageBox.warning(window, QApplication.translate("App", "Backup"),
                                            failure_message(exc, explained=(backup.BackupError,))))

    window.backupRequested.connect(backup_now)


def stop_writing(window, reason: str) -> None:
    """The file was found damaged while open: this seat's connection turns read-only at once, the file is
    marked so every later connection (background jobs, other seats, the next start) is read-only or
    refused, and the officer is told where they are looking."""
    from PySide6.QtWidgets import QLabel

    from console.models.core.db import damage_marker, mark_damaged

    if not damage_marker(window.ctx.db_path).exists():
        mark_damaged(window.ctx.db_path, reason)
    window.ctx.db.execute("PRAGMA query_only = ON")
    label = QLabel(QApplication.translate("App", "READ-ONLY: database damaged"))
    label.setObjectName("databaseDamaged")
    label.setStyleSheet("color: white; background: #c00000; padding: 2px 6px; font-weight: bold;")
    window.statusBar().addPermanentWidget(label)
    QMessageBox.critical(window, QApplication.translate("App", "Database"), QApplication.translate(
        "App", "The database file is damaged:\n%1\n\nThe console has stopped writing to it: you can still read, but nothing new is saved. Restore the newest backup (Administration, Backups) or restart the console to be offered it.")
        .replace("%1", str(window.ctx.db_path)))


def check_integrity_in_background(window, path: Path) -> None:
    """SQLite's quick_check off the UI thread; when the file is damaged, writing stops and the officer is
    told. For an administrator, the audit trail's hash chain is checked as well and the first broken row
    named."""
    from console.models.core.audit import verify_chain
    from console.models.core.db import quick_check
    from console.models.core.errors import Trouble, classify
    from console.models.core.users import Role

    check_chain = window.ctx.user is not None and window.ctx.user.role == Role.ADMIN

    def job(db, progress):          # on a read-only connection of the runner's, to the same file
        quick_check(db)
        return verify_chain(db) if check_chain else None

    def checked(broken) -> None:
        if broken is not None:
            log.error("audit trail broken at row %s", broken.row_id)
            QMessageBox.warning(window, QApplication.translate("App", "Audit trail"), QApplication.translate(
                "App", "The audit trail was altered outside the console: row %1 (written %2) does not follow from the rows before it. Rows from there on cannot be trusted; keep the file and the backups for investigation.")
                .replace("%1", str(broken.row_id)).replace("%2", broken.at))

    def failed(exc: Exception) -> None:
        if classify(exc) is Trouble.DAMAGED:
            stop_writing(window, str(exc))
        else:
            log.warning("integrity check could not run: %s", exc)

    window.runner.read(job, checked, failed)


def resident_bytes() -> int:
    """Resident memory of this process (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import resource
        except ImportError:         # Windows: not measured
            return 0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def run(db: str | None, lang: str | None, demo: bool, username: str | None = None,
        quit_after_paint: bool = False) -> int:
    started = time.perf_counter()
    settings = SettingsStore()
    lang = lang or settings.get("lang") or "zh"
    log_path = setup_logging()
    app = make_application(lang)
    install_excepthook(log_path)
    db = chosen_database(db, demo, settings)
    path = resolve_db(db, demo or not db)
    on_server = is_server_target(path)    # the server keeps, checks and guards its own files
    if not on_server and not _offer_restore_if_damaged(path, settings):
        return 2
    if not on_server and (note := check_private(path)):   # a database others can read: made private, and said so
        QMessageBox.warning(None, QApplication.translate("App", "Database"), note)
    try:
        # The full quick_check reads the whole file (seconds on years of data): it runs after the window
        # is up, below; here only what opening needs (the header, the schema) is read.
        database = open_database(path, check=False)
        ensure_starter_library(database)
    except StorageError as exc:
        log.error("database not opened: %s", exc)
        QMessageBox.critical(None, QApplication.translate("App", "Database"), _storage_message(exc, path))
        return 2
    ctx = AppContext(db_path=path, db=database, lang=lang, settings=settings)
    # The write-ahead log is copied into the file in the background, never by a save; cut back on close.
    checkpointer = keep_wal_small(path, database)
    try:
        return _run_window(app, ctx, path, on_server, username, quit_after_paint, started)
    finally:
        checkpointer.stop()


def _run_window(app, ctx, path, on_server: bool, username, quit_after_paint: bool, started: float) -> int:
    if not sign_in(ctx, username):
        return 1
    from console.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    if not on_server:                     # SQLite's file check (the server checks its own pages)
        check_integrity_in_background(window, path)
    start_background_duties(window, path, daily=not on_server)
    if quit_after_paint:
        def painted() -> None:
            print(f"first_paint_s={time.perf_counter() - started:.4f}", flush=True)
            # Then every page once, as a shift would, for the memory the console holds with the file open.
            for key in window.page_keys():
                window.show_page(key)
                app.processEvents()
            window.runner.pool.waitForDone(30_000)
            app.processEvents()
            print(f"rss_bytes={resident_bytes()}", flush=True)
            app.quit()
        QTimer.singleShot(0, painted)
    code = app.exec()
    # Background jobs hold their own connections: let them finish before the interpreter goes away.
    window.runner.pool.waitForDone()
    return code
