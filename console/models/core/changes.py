"""What other seats did meanwhile: a cheap check that the base changed since this seat last looked, and the
optimistic check that a record is still as the seat showed it before a save overwrites it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core.db import transaction
from console.models.core.engine import watch_changes

VERSIONED = ("warnings",)     # tables with a version column raised by every change (core m008)


class DataWatch:
    """Tells whether another connection (another seat, or this seat's background work) committed since the
    last look, cheaply enough to ask twice a second: the engine's own signal (SQLite's data version on the
    seat's connection; the server's change notices)."""

    def __init__(self, db: Database, target: object = None):
        self._watch = watch_changes(db, target)

    @property
    def closed(self) -> bool:
        """The seat's connection went (the window is closing): nothing to follow."""
        return self._watch.closed

    def changed(self) -> bool:
        return self._watch.changed()


class ChangedElsewhere(ValueError):
    """The record was changed by someone else since this seat showed it; nothing was saved."""

    def __init__(self, who: str, at: str):
        super().__init__(QCoreApplication.translate(
            "Changes", "Changed by %1 at %2 on another seat; nothing was saved. Look at it again, then save.")
            .replace("%1", who).replace("%2", at[11:16]))
        self.who = who
        self.at = at


def version_of(db: Database, table: str, record_id: int) -> int | None:
    """The record's version as this seat shows it (None: no such record)."""
    if table not in VERSIONED:
        raise ValueError(f"{table} has no version")
    row = db.execute(f"SELECT version FROM {table} WHERE id = ?", [record_id]).fetchone()
    return row[0] if row else None


def last_change(db: Database, table: str, record_id: int) -> tuple[str, str]:
    """(who, when) of the newest audited change to the record."""
    row = db.execute("SELECT coalesce(u.display_name, a.username), a.at FROM audit_log a "
                     "LEFT JOIN users u ON u.id = a.user_id WHERE a.table_name = ? AND a.record_id = ? "
                     "ORDER BY a.id DESC LIMIT 1", [table, str(record_id)]).fetchone()
    return (row[0], row[1]) if row else ("?", "")


@contextmanager
def unchanged_since(db: Database, table: str, record_id: int, seen: int | None) -> Iterator[Database]:
    """One transaction in which the record is still at the version the seat showed (`seen`): the check and
    the save run under the same write lock, so no other seat can slip in between. Raises ChangedElsewhere,
    naming who changed it and when, and writes nothing, when it moved on. `seen` None checks nothing."""
    with transaction(db):
        if seen is not None:
            now = version_of(db, table, record_id)
            if now is not None and now != seen:
                raise ChangedElsewhere(*last_change(db, table, record_id))
        yield db
