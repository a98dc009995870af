"""The console's settings on this machine, declared once with their defaults, kept in settings.json."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from console.models.core.paths import data_dir

log = logging.getLogger(__name__)


@dataclass
class Settings:
    lang: str = "zh"
    last_db: str = ""
    ring_port: int = 48110                 # loopback port for screen-pop events from the PBX
    export_dir: str = ""                   # where stop-payment forms and exports go
    backup_dir: str = ""
    backup_keep: int = 14                  # daily backups kept
    review_after_minutes: int = 120        # second-round review of unresolved warnings
    idle_lock_minutes: int = 10            # lock the screen after this long without input (0: never)
    window_geometry: str = ""              # base64 of QWidget.saveGeometry()
    window_state: str = ""
    extra: dict = field(default_factory=dict)   # page-owned values, e.g. splitter positions

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        p = cls.path()
        if not p.exists():
            return cls()
        try:
            raw = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            return cls()
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in names})

    def save(self) -> None:
        p = self.path()
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(p)
