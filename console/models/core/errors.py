"""What kind of database trouble an exception is, read from the engine's error code, and what to tell the officer.

The one place that tells the environment problems an officer can act on (another seat busy, a damaged
file, a read-only file, a full or failing disk) and a cancelled query from everything else (bugs).
SQLite's primary result codes are used, never the text of the message, which changes between versions
and languages. A second engine plugs its own codes in here (PostgreSQL's SQLSTATE classes: 40001/55P03
busy, XX001 damaged, 25006 read-only, 53xxx/58030 storage, 57014 cancelled).
"""

from __future__ import annotations

import enum
import sqlite3

from PySide6.QtCore import QCoreApplication

from console.models.core.db import DamagedDatabaseError, ReadOnlyDatabaseError
from console.models.core.engine import server_error_kind


class Trouble(enum.Enum):
    BUSY = "busy"                  # another seat holds the write lock past the busy timeout
    DAMAGED = "damaged"            # the file is corrupt or not a database
    READ_ONLY = "read_only"        # the file, its folder or the medium may not be written
    STORAGE = "storage"            # disk full, an I/O error, the file cannot be opened
    CANCELLED = "cancelled"        # the query was interrupted on purpose


# Keyed by the primary result code: an extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_SHORT_READ,
# SQLITE_CORRUPT_INDEX, SQLITE_READONLY_DBMOVED, ...) carries it in its low byte.
_SQLITE_CODES = {
    sqlite3.SQLITE_BUSY: Trouble.BUSY,
    sqlite3.SQLITE_LOCKED: Trouble.BUSY,
    sqlite3.SQLITE_CORRUPT: Trouble.DAMAGED,
    sqlite3.SQLITE_NOTADB: Trouble.DAMAGED,
    sqlite3.SQLITE_READONLY: Trouble.READ_ONLY,
    sqlite3.SQLITE_FULL: Trouble.STORAGE,
    sqlite3.SQLITE_IOERR: Trouble.STORAGE,
    sqlite3.SQLITE_CANTOPEN: Trouble.STORAGE,
    sqlite3.SQLITE_INTERRUPT: Trouble.CANCELLED,
}


def classify(exc: BaseException) -> Trouble | None:
    """The kind of database trouble exc is, or None when it is none of them (a bug, or a domain error
    whose message is written for the officer). Only the exception itself is read, not what it wraps: a
    backup file found damaged is not the live database damaged."""
    if isinstance(exc, DamagedDatabaseError):
        return Trouble.DAMAGED
    if isinstance(exc, ReadOnlyDatabaseError):
        return Trouble.READ_ONLY
    if not isinstance(exc, sqlite3.Error):
        kind = server_error_kind(exc)       # PostgreSQL's SQLSTATE (a cancelled job's 57014 above all)
        return Trouble(kind) if kind else None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    return _SQLITE_CODES.get(code & 0xFF)


def message(trouble: Trouble) -> str:
    """A plain sentence for the officer: what happened to their work and what to do."""
    if trouble is Trouble.BUSY:
        return QCoreApplication.translate(
            "Storage", "The database is busy with another seat's work. Nothing was lost; try again in a moment.")  # noqa: E501
    if trouble is Trouble.DAMAGED:
        return QCoreApplication.translate(
            "Storage", "The database file is damaged and could not be read. Tell the administrator: the newest backup can be restored (Administration, Backups).")  # noqa: E501
    if trouble is Trouble.READ_ONLY:
        return QCoreApplication.translate(
            "Storage", "The database cannot be written to just now (its file, folder or disk is read-only, or the server refuses this seat's writes, as during a restore). Nothing was saved; what you typed is still here. Tell the administrator.")  # noqa: E501
    if trouble is Trouble.STORAGE:
        return QCoreApplication.translate(
            "Storage", "The database file could not be read or written (the disk may be full or failing). Tell the administrator.")  # noqa: E501
    return QCoreApplication.translate("Storage", "Cancelled.")
