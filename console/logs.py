"""Logging to a rotating file in the user's data folder, with ID and card numbers masked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .models.paths import log_dir
from .models.sensitive import redact_text


class RedactingFilter(logging.Filter):
    """Masks resident IDs and card numbers in every record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_text(record.getMessage())
        record.args = None
        return True


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_dir() / "console.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return path
