"""Backups with SQLite's online backup API (safe while consoles write), daily rotation, checked restores."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from .db import connect, schema_state
from .users import Permission, User, require

log = logging.getLogger(__name__)
PREFIX = "console-backup-"


class BackupError(Exception):
    """A backup file that must not be restored, with the reason."""


def backup_to(db_path: Path, folder: Path, user: User | None, *, now: datetime | None = None) -> Path:
    """A consistent copy of the live database, page by page, while others keep writing (administrators)."""
    require(user, Permission.MANAGE_BACKUPS)
    return _write_backup(db_path, folder, now=now)


def _write_backup(db_path: Path, folder: Path, *, now: datetime | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}{stamp}.db"
    n = 1
    while target.exists():
        target = folder / f"{PREFIX}{stamp}-{n}.db"
        n += 1
    tmp = target.with_suffix(".part")
    src = sqlite3.connect(str(db_path), timeout=10)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst, pages=4096)
    finally:
        dst.close()
        src.close()
    tmp.replace(target)
    target.chmod(0o600)
    log.info("backup written: %s", target.name)
    return target


def backups(folder: Path) -> list[Path]:
    """Backups in the folder, newest first."""
    return sorted(folder.glob(f"{PREFIX}*.db"), key=lambda p: p.name, reverse=True) if folder.is_dir() else []


def daily_backup(db_path: Path, folder: Path, keep: int, *, now: datetime | None = None) -> Path | None:
    """One backup a day (the first start of the day makes it); only the newest `keep` are kept."""
    now = now or datetime.now()
    if any(p.name.startswith(f"{PREFIX}{now:%Y%m%d}") for p in backups(folder)):
        return None
    made = _write_backup(db_path, folder, now=now)
    for old in backups(folder)[keep:]:
        old.unlink()
    return made


def check_backup(path: Path) -> None:
    """Raises BackupError unless the file is a sound console database this version can open."""
    if not path.is_file():
        raise BackupError("The file does not exist.")
    try:
        db = connect(path)
        try:
            result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                raise BackupError("The file is damaged: " + "; ".join(result[:3]))
            state = schema_state(db)
            if state.unknown:
                raise BackupError("The file comes from a newer version of the console.")
            if not db["calls"].exists() or not db["users"].exists():
                raise BackupError("This is not a database of the console.")
        finally:
            db.conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The file is not a readable database: {exc}") from exc


def restore(backup: Path, target: Path, user: User | None) -> Path | None:
    """Checks the backup, moves the current file aside (kept), and puts the backup in its place
    (administrators)."""
    require(user, Permission.MANAGE_BACKUPS)
    return _replace(backup, target)


def restore_damaged(backup: Path, target: Path) -> Path | None:
    """At start, before anyone can sign in: a backup in place of a file SQLite cannot read. Refused
    (BackupError) when the current file is readable: then an administrator restores, signed in."""
    if target.exists() and _readable(target):
        raise BackupError("The database file is readable: sign in as an administrator to restore a backup.")
    return _replace(backup, target)


def _readable(path: Path) -> bool:
    try:
        db = connect(path)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.conn.close()
        return True
    except Exception:  # noqa: BLE001 (any failure here means SQLite cannot use the file)
        return False


def _replace(backup: Path, target: Path) -> Path | None:
    check_backup(backup)
    kept = None
    if target.exists():
        kept = target.with_name(f"{target.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}")
        target.replace(kept)
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy2(backup, target)
    return kept
