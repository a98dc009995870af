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

from .logs import setup_logging
from .models.context import AppContext
from .models.db import DamagedDatabaseError, NewerSchemaError, StorageError, open_database
from .models.paths import check_private, demo_db_path
from .models.settings import Settings
from .models.users import SignInError, authenticate, has_users
from .ui.errors import install_excepthook
from .ui.i18n import install_translators

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


def resolve_db(db: str | None, demo: bool) -> Path:
    if db and not demo:
        return Path(db).expanduser()
    path = Path(db).expanduser() if db else demo_db_path()
    if not path.exists():
        from .models.demo import DEMO_USERS, generate
        print(f"Creating a demo database at {path} ...", flush=True)
        generate(path, years=float(os.environ.get("HOTLINE_DEMO_YEARS", "0.25")))
        print("Demo users (user name / password):")
        for username, _name, role, password in DEMO_USERS:
            print(f"  {role.value:<11} {username:<11} {password}")
    return path


def _storage_message(exc: StorageError, path: Path) -> str:
    if isinstance(exc, NewerSchemaError):
        return QApplication.translate("App", "This database was written by a newer version of the console. Update the console to open it:\n%1").replace("%1", str(path))  # noqa: E501
    if isinstance(exc, DamagedDatabaseError):
        return QApplication.translate("App", "The database file is damaged and was not opened:\n%1\n\nRestore the newest backup, or start with --db on a backup copy.").replace("%1", str(path))  # noqa: E501
    return QApplication.translate("App", "The database could not be opened:\n%1\n\n%2").replace("%1", str(path)).replace("%2", str(exc))


def sign_in(ctx: AppContext, username: str | None) -> bool:
    from .ui.signin import FirstAdminDialog, SignInDialog

    if username and os.environ.get(PASSWORD_ENV):
        try:
            ctx.user = authenticate(ctx.db, username, os.environ[PASSWORD_ENV], clock=ctx.clock)
            return True
        except SignInError as exc:
            print(f"sign-in failed: {exc}", file=sys.stderr)
            return False
    dialog = SignInDialog(ctx.db, clock=ctx.clock) if has_users(ctx.db) else FirstAdminDialog(ctx.db)
    if username and hasattr(dialog, "username"):
        dialog.username.setText(username)
        if hasattr(dialog, "password"):
            dialog.password.setFocus()
    if dialog.exec() != QDialog.Accepted:
        return False
    ctx.user = dialog.user
    return True


def _backup_folder(settings: Settings) -> Path:
    from .models.paths import backup_dir

    return Path(settings.backup_dir) if settings.backup_dir else backup_dir()


def _offer_restore_if_damaged(path: Path) -> bool:
    """A file SQLite cannot read is not opened: the newest backup is offered in its place."""
    from .models import backup
    from .models.db import connect

    if not path.exists():
        return True
    try:
        db = connect(path)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db.conn.close()
        return True
    except Exception as exc:  # noqa: BLE001 (any failure here means the file cannot be used)
        log.error("database unreadable: %s", exc)
    candidates = backup.backups(_backup_folder(Settings.load()))
    if not candidates:
        QMessageBox.critical(None, QApplication.translate("App", "Database"),
                             _storage_message(DamagedDatabaseError(str(path)), path))
        return False
    answer = QMessageBox.question(None, QApplication.translate("App", "Database"), QApplication.translate(
        "App", "The database file is damaged and was not opened:\n%1\n\nRestore the newest backup (%2)? The damaged file is kept beside it.")
        .replace("%1", str(path)).replace("%2", candidates[0].name))
    if answer != QMessageBox.Yes:
        return False
    try:
        backup.restore_damaged(candidates[0], path)
    except backup.BackupError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Database"), str(exc))
        return False
    return True


def start_background_duties(window, path: Path, settings: Settings) -> None:
    """The daily backup (first start of the day) and the Back-up-now action."""
    from .models import backup
    from .ui.actions import ActionName

    folder = _backup_folder(settings)
    window.runner.start(lambda progress: backup.daily_backup(path, folder, settings.backup_keep),
                        on_failure=lambda exc: log.warning("daily backup failed: %s", exc))

    def backup_now() -> None:
        window.statusBar().showMessage(QApplication.translate("App", "Backing up…"))
        window.runner.start(
            lambda progress: backup.backup_to(path, folder, window.ctx.user),
            lambda made: window.statusBar().showMessage(
                QApplication.translate("App", "Backup written: %1").replace("%1", str(made)), 10000),
            lambda exc: QMessageBox.warning(window, QApplication.translate("App", "Backup"), str(exc)))

    window.actions[ActionName.BACKUP].triggered.connect(backup_now)


def check_integrity_in_background(window, path: Path) -> None:
    """SQLite's quick_check off the UI thread; a damaged file is reported before more is written to it."""
    from .models.db import DamagedDatabaseError, connect, quick_check

    def job(progress):
        db = connect(path)
        try:
            quick_check(db)
        finally:
            db.conn.close()

    def failed(exc: Exception) -> None:
        if isinstance(exc, DamagedDatabaseError):
            QMessageBox.critical(window, QApplication.translate("App", "Database"), _storage_message(exc, path))

    window.runner.start(job, on_failure=failed)


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
    settings = Settings.load()
    lang = lang or settings.lang or "zh"
    log_path = setup_logging()
    app = make_application(lang)
    install_excepthook(log_path)
    path = resolve_db(db, demo or not db)
    if not _offer_restore_if_damaged(path):
        return 2
    if note := check_private(path):       # a database other users can read: made private, and said so
        QMessageBox.warning(None, QApplication.translate("App", "Database"), note)
    try:
        # The full quick_check reads the whole file (seconds on years of data): it runs after the window
        # is up, below; here only what opening needs (the header, the schema) is read.
        database = open_database(path, check=False)
    except StorageError as exc:
        log.error("database not opened: %s", exc)
        QMessageBox.critical(None, QApplication.translate("App", "Database"), _storage_message(exc, path))
        return 2
    ctx = AppContext(db_path=path, db=database, lang=lang)
    if not sign_in(ctx, username):
        return 1
    settings.last_db = str(path)
    from .ui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    window.show()
    check_integrity_in_background(window, path)
    start_background_duties(window, path, settings)
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
