"""Backups checked before they are kept, daily rotation that never drops the last good copy, and restores
into the open database: on SQLite with its online backup API (safe while consoles write), on a centre's
PostgreSQL server with pg_dump and pg_restore (the Engine's backup and restore, .dump files)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from console.models.core.db import BUSY_TIMEOUT_MS, DamagedDatabaseError, StorageError, damage_marker, open_read_only, probe_file, schema_state
from console.models.core.engine import backup_error_kind, check_target, engine_for_backup, is_server_target, open_engine
from console.models.core.users import Permission, User, require

log = logging.getLogger(__name__)
PREFIX = "console-backup-"
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(Exception):
    """A backup file that must not be restored (or a backup that could not be made), with the reason."""


def _integrity(conn: sqlite3.Connection, pragma: str = "quick_check") -> list[str]:
    return [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]


def backup_to(db_path: Path, folder: Path, user: User | None, *, now: datetime | None = None) -> Path:
    """A consistent, checked copy of the live database, page by page, while others keep writing
    (administrators; the daily backup runs as the console itself)."""
    require(user, Permission.MANAGE_BACKUPS)
    return _write_backup(db_path, folder, now=now)


def _write_backup(db_path: Path | str, folder: Path, *, now: datetime | None = None) -> Path:
    """The engine's backup (SQLite's file or pg_dump's archive), checked before it gets its name: a damaged
    database gives no backup (and the error says so) rather than a file that cannot be restored pushing
    good ones out of the rotation."""
    engine = open_engine(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}{stamp}{engine.backup_suffix}"
    n = 1
    while target.exists():
        target = folder / f"{PREFIX}{stamp}-{n}{engine.backup_suffix}"
        n += 1
    tmp = target.with_suffix(".part")
    try:
        engine.backup(db_path, tmp)
    except BackupError:
        raise
    except Exception as exc:
        if backup_error_kind(exc) is None:
            raise
        tmp.unlink(missing_ok=True)
        log.error("server backup not written: %s", exc)
        raise BackupError(QCoreApplication.translate("Backup", "The server's backup could not be made; the existing backups are kept. The console's log has PostgreSQL's words.")) from exc  # noqa: E501
    tmp.chmod(0o600)
    tmp.replace(target)
    log.info("backup written: %s", target.name)
    return target


def write_sqlite_backup(db_path: Path, tmp: Path) -> None:
    """SQLite's online backup of the file into tmp, page by page while others keep writing, switched to a
    self-contained file and passed through quick_check (removed, BackupError, when it fails)."""
    src = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst, pages=4096)
        # A backup is one self-contained file: no WAL beside it when it is copied or restored.
        dst.execute("PRAGMA journal_mode = DELETE")
        problems = _integrity(dst)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        dst.close()
        src.close()
    if problems != ["ok"]:
        tmp.unlink(missing_ok=True)
        log.error("backup not written, the database is damaged: %s", "; ".join(problems[:3]))
        raise BackupError(QCoreApplication.translate("Backup", "The database is damaged; no backup was made and the existing backups are kept: %1")  # noqa: E501
                          .replace("%1", "; ".join(problems[:3])))


def backups(folder: Path) -> list[Path]:
    """Backups in the folder, newest first."""
    if not folder.is_dir():
        return []
    found = [*folder.glob(f"{PREFIX}*.db"), *folder.glob(f"{PREFIX}*.dump")]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_good(folder: Path) -> Path | None:
    """The newest backup that passes the check (older consoles kept backups without checking them)."""
    for candidate in backups(folder):
        if engine_for_backup(candidate) is not open_engine(candidate):   # a server's dump cannot replace a file
            continue
        try:
            check_backup(candidate)
        except BackupError as exc:
            log.warning("backup %s cannot be restored: %s", candidate.name, exc)
            continue
        return candidate
    return None


def daily_backup(db_path: Path, folder: Path, keep: int, *, now: datetime | None = None) -> Path | None:
    """One backup a day (the first start of the day makes it); only the newest `keep` are kept.

    Older ones are removed only once today's is written and checked, so the newest backup is always a
    good one whatever the rotation: while the database is damaged, no backup is made and none removed.
    """
    now = now or datetime.now()
    if any(p.name.startswith(f"{PREFIX}{now:%Y%m%d}") for p in backups(folder)):
        return None
    made = _write_backup(db_path, folder, now=now)
    for old in [p for p in backups(folder) if p.suffix == made.suffix][max(1, keep):]:   # its own kind only
        old.unlink()
    return made


def check_backup(path: Path) -> None:
    """Raises BackupError unless the file is a backup this version can restore (by its engine)."""
    if not path.is_file():
        raise BackupError(QCoreApplication.translate("Backup", "The file does not exist."))
    if path.stat().st_size == 0:
        raise BackupError(QCoreApplication.translate("Backup", "The file is empty."))
    try:
        engine_for_backup(path).check_backup(path)
    except BackupError:
        raise
    except Exception as exc:
        if backup_error_kind(exc) is None:
            raise
        log.warning("backup %s refused: %s", path.name, exc)
        raise BackupError(QCoreApplication.translate("Backup", "This file is not a readable backup of the server's database.")) from exc  # noqa: E501


def check_sqlite_backup(path: Path) -> None:
    """Raises BackupError unless the file is a sound console database this version can open.

    The file is opened immutable: checking it writes nothing to it (no switch to WAL, no -wal or -shm).
    """
    if not path.is_file():
        raise BackupError(QCoreApplication.translate("Backup", "The file does not exist."))
    if path.stat().st_size == 0:
        raise BackupError(QCoreApplication.translate("Backup", "The file is empty."))
    try:
        db = open_read_only(path, immutable=True)
        try:
            result = _integrity(db.conn, "integrity_check")
            if result != ["ok"]:
                raise BackupError(QCoreApplication.translate("Backup", "The file is damaged: %1").replace("%1", "; ".join(result[:3])))  # noqa: E501
            state = schema_state(db)
            if state.unknown:
                raise BackupError(QCoreApplication.translate("Backup", "The file comes from a newer version of the console."))  # noqa: E501
            if not db["calls"].exists() or not db["users"].exists():
                raise BackupError(QCoreApplication.translate("Backup", "This is not a database of the console."))
        finally:
            db.conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(QCoreApplication.translate("Backup", "The file is not a readable database: %1").replace("%1", str(exc))) from exc  # noqa: E501


def restore(backup: Path, target: Path | str, user: User | None) -> Path | None:
    """A checked backup written into the open database (administrators): on SQLite see _restore_into; on a
    server, the current content is dumped beside the backup first, then pg_restore replaces it in one
    transaction. Returns the kept copy of what was replaced."""
    require(user, Permission.MANAGE_BACKUPS)
    engine = open_engine(target)
    if engine_for_backup(backup) is not engine:
        raise BackupError(QCoreApplication.translate("Backup", "This backup is of another kind of database (a PC's file or a centre's server) and cannot be restored here."))  # noqa: E501
    if not is_server_target(target):                 # a SQLite file: its own checks and copy aside
        return engine.restore(backup, target)
    check_backup(backup)
    kept: Path | None = backup.with_name(f"console-replaced-{datetime.now():%Y%m%d-%H%M%S}{engine.backup_suffix}")
    try:
        with engine.writes_held(target):            # no seat's commit between the two steps, lost in neither
            if check_target(target).state == "empty":   # a new database: nothing to keep
                kept = None
            else:
                engine.backup(target, kept)
            engine.restore(backup, target)
    except Exception as exc:
        if backup_error_kind(exc) is None:
            raise
        log.error("server restore failed: %s", exc)
        raise BackupError(QCoreApplication.translate("Backup", "The server's database could not be restored; it is as it was. Only the schema's owner may restore it. The console's log has PostgreSQL's words.")) from exc  # noqa: E501
    log.info("restored %s into the server (the replaced content is kept in %s)", backup.name,
             kept.name if kept else "-")
    return kept


def restore_sqlite_backup(backup: Path, target: Path) -> Path | None:
    return _restore_into(backup, target)


def restore_damaged(backup: Path, target: Path) -> Path | None:
    """At start, before anyone can sign in: a backup in place of a file that is empty, unreadable or marked
    damaged. Refused (BackupError) when the file is sound: then an administrator restores, signed in."""
    if target.exists() and not _is_damaged(target):
        raise BackupError(QCoreApplication.translate("Backup", "The database file is readable: sign in as an administrator to restore a backup."))  # noqa: E501
    return _restore_into(backup, target)


def _is_damaged(path: Path) -> bool:
    """Empty, unreadable or marked damaged; a sound file (read-only ones too) is not."""
    try:
        probe_file(path)                # reads only; never opens a file that has no SQLite header
    except DamagedDatabaseError:
        return True
    except (StorageError, OSError):
        return False
    return False


def _kept_name(target: Path) -> Path:
    """A name beside the file that no earlier kept copy has (two restores within a second: -2, -3, ...)."""
    name = f"{target.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}"
    kept, n = target.with_name(name), 1
    while kept.exists():
        n += 1
        kept = target.with_name(f"{name}-{n}")
    return kept


# The restore writes the backup into the live file in steps of this many pages (16 MB at 4 KB pages). Its first
# step takes the write lock, which SQLite's backup API holds until the last step commits: the current content
# is copied aside between the first step and the second (_CopyAside), so no seat commits between the copy
# aside and the restore's commit.
RESTORE_STEP_PAGES = 4096
RESTORE_LOCK_POLL_S = 0.002        # asking for the write lock as the seats ask for it (db._begin_immediate)


class _CopyAside:
    """The current content copied beside the file, exactly as it is when the restore takes over.

    A first copy is made before the restore, without holding anyone up (a large file takes seconds, longer
    than the seats' busy timeout). `progress` is the restore's progress callback: at its first step, the
    restore holding the write lock and nothing written yet where a reader sees it, `PRAGMA data_version`
    tells whether another connection committed since that copy began; if one did, the copy is made again,
    under the restore's lock. Either way the kept copy holds every commit before the restore's, and every
    commit after it lands in the restored database.

    (The copy aside used to take and release a lock of its own, the restore then asking for the lock again:
    a seat that got it in between committed into content the restore overwrote, a row neither in the kept
    copy nor in the restored file; tests/models/test_integrity_storage.py.)
    """

    def __init__(self, target: Path):
        self.kept = _kept_name(target)
        self.taken_over = False
        self._conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            self._seen = self._version()
            _copy_to(self._conn, self.kept)
        except BaseException:
            self._conn.close()
            raise

    def _version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def at_first_step(self) -> None:
        """Called once the restore holds the write lock, before it commits anything."""
        if self._version() != self._seen:
            log.info("a seat wrote while the current content was copied aside; copying again under the lock")
            _copy_to(self._conn, self.kept)
        self.taken_over = True

    def close(self) -> None:
        self._conn.close()


class _RestoreSteps:
    """The restore's progress callback (sqlite3's backup calls it after every step, with the step's status):
    the copy aside at the first step that holds the write lock, and a deadline on waiting for that lock."""

    def __init__(self, aside: _CopyAside | None):
        self.aside = aside
        self.deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def __call__(self, status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if time.monotonic() > self.deadline:        # aborts the restore: nothing of it was written
                raise sqlite3.OperationalError("database is locked")
            return
        if self.aside is not None and not self.aside.taken_over:
            self.aside.at_first_step()


def _copy_to(src: sqlite3.Connection, path: Path) -> None:
    dst = sqlite3.connect(str(path))
    try:
        src.backup(dst, sleep=0.05)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
    path.chmod(0o600)


def _replace_unreadable(backup: Path, target: Path) -> Path:
    """The file has no SQLite header, so no seat can be working in it. It is kept as it is, with the -wal
    beside it moved next to the copy, never deleted: it may hold the last pages, and its frames must not be
    replayed over the restored ones. (No SQLite connection touches the file first: closing one would
    delete a -wal it cannot use.)"""
    kept = _kept_name(target)
    shutil.copyfile(target, kept)
    kept.chmod(0o600)
    wal = Path(f"{target}-wal")
    if wal.exists():
        wal.replace(Path(f"{kept}-wal"))
    Path(f"{target}-shm").unlink(missing_ok=True)
    shutil.copyfile(backup, target)
    return kept


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_HEADER


def _restore_into(backup: Path, target: Path) -> Path | None:
    """Checks the backup, keeps a copy of the current content beside the file, then writes the backup INTO
    the open database with SQLite's backup API.

    The live file is never moved or deleted, nor its -wal and -shm: other seats keep their connections and
    see the restored content at their next read, and whatever they commit afterwards lands in the restored
    database. The copy takes the write lock like any other writer (waiting up to the busy timeout) and holds
    it from its first step to its commit; the kept copy is made exact under that lock (_CopyAside), so every
    commit of a seat is in exactly one of the two.
    Returns the kept copy of what was replaced (None when there was no file).
    """
    check_sqlite_backup(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.touch(mode=0o600)        # victims' data: readable by this user only
    if target.exists() and target.stat().st_size and not has_sqlite_header(target):
        kept: Path | None = _replace_unreadable(backup, target)
    else:
        src = open_read_only(backup, immutable=True)
        # No busy handler: the backup asks for the write lock every RESTORE_LOCK_POLL_S, as the seats do
        # (SQLite's handler, asking at growing intervals, lost the lock to them again and again).
        dst = sqlite3.connect(str(target), timeout=0)
        aside: _CopyAside | None = None
        try:
            aside = _CopyAside(target) if target.stat().st_size else None
            kept = aside.kept if aside else None
            pages = src.conn.execute("PRAGMA page_count").fetchone()[0]
            # fewer pages a step than the backup holds: the first step cannot be the last, which commits
            src.conn.backup(dst, pages=max(1, min(RESTORE_STEP_PAGES, pages - 1)), sleep=RESTORE_LOCK_POLL_S,
                            progress=_RestoreSteps(aside))
        except sqlite3.DatabaseError as exc:
            raise BackupError(QCoreApplication.translate("Backup", "The backup could not be written into the database: %1").replace("%1", str(exc))) from exc  # noqa: E501
        finally:
            if aside is not None:
                aside.close()
            dst.close()
            src.conn.close()
        if aside is not None and not aside.taken_over:      # a bug: the step size above rules it out
            raise RuntimeError("the restore committed before the current content was kept")
    dst = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        result = _integrity(dst)
        if result != ["ok"]:
            raise BackupError(QCoreApplication.translate("Backup", "The restored database did not pass the check: %1").replace("%1", "; ".join(result[:3])))  # noqa: E501
        dst.execute("PRAGMA journal_mode = WAL")
    finally:
        dst.close()
    damage_marker(target).unlink(missing_ok=True)
    log.info("restored %s into %s (the replaced content is kept in %s)", backup.name, target.name,
             kept.name if kept else "-")
    return kept
