"""Where the console keeps its data, settings, logs and backups on this machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


def default_db_path() -> Path:
    return data_dir() / "console.db"


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
