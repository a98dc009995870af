"""Logging to a rotating file in the user's data folder, with ID and card numbers masked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from console.models.core.paths import log_dir
from console.models.core.sensitive import redact_text

_TRACEBACKS = logging.Formatter()


class RedactingFilter(logging.Filter):
    """Masks resident IDs and card numbers in every record before it is written: the message, and the
    exception and stack texts too (a traceback quotes the values it failed on)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_text(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
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
