"""What a page or a command needs to work: the database, the signed-in user, the clock, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from console.models.core.clock import Clock
from console.models.core.settings import SettingsStore
from console.models.core.users import User


@dataclass
class AppContext:
    """Built once by the start-up module and handed to the main window and its pages."""

    db_path: Path
    db: Database                       # the UI thread's connection
    user: User | None = None
    clock: Clock = field(default_factory=Clock)
    lang: str = "zh"
    settings: SettingsStore = field(default_factory=SettingsStore)   # the one owner of settings.json
