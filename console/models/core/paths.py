"""Where the console keeps its data, settings, logs and backups on this machine."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

log = logging.getLogger(__name__)

APP_DIR_NAME = "hotline-console"


def data_dir() -> Path:
    """The user's data folder for the console; HOTLINE_CONSOLE_HOME overrides it (tests do)."""
    override = os.environ.get("HOTLINE_CONSOLE_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_DIR_NAME
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def log_dir() -> Path:
    d = data_dir() / "logs"
    d.mkdir(exist_ok=True, mode=0o700)
    return d


def backup_dir() -> Path:
    d = data_dir() / "backups"
    d.mkdir(exist_ok=True, mode=0o700)
    return d


def check_private(path: Path) -> str | None:
    """At start: the database (and its -wal/-shm companions) must be readable by this user only. A file
    others can read is made 0600 and a message says so (None when all was well); the log notes it too."""
    if os.name != "posix":
        return None      # Windows: the profile folder's ACL keeps other users out
    from PySide6.QtCore import QCoreApplication

    loose, failed = [], []
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(p.stat().st_mode)
        except FileNotFoundError:
            continue
        if not mode & 0o077:
            continue
        loose.append(p.name)
        try:
            p.chmod(mode & 0o700 or 0o600)
        except OSError as exc:
            failed.append(p.name)
            log.warning("database file %s is readable by other users (mode %o) and could not be made private: %s",
                        p, mode, exc)
        else:
            log.warning("database file %s was readable by other users (mode %o); made private (%o)",
                        p, mode, mode & 0o700 or 0o600)
    if failed:
        return QCoreApplication.translate("Paths", "Other users of this computer can read the database file, and it could not be made private:\n%1\n\nAsk the administrator to restrict it to your account.").replace("%1", str(path))  # noqa: E501
    if loose:
        return QCoreApplication.translate("Paths", "Other users of this computer could read the database file. It is now readable by you only:\n%1").replace("%1", str(path))  # noqa: E501
    return None
