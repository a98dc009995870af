"""SQLite engine: the one-seat default, a local file through sqlite-utils.

Its connecting, probing, backup and restore live where they always have (console/models/core/db.py and
console/models/admin/backup.py); this module presents them as an `Engine` beside PostgreSQL's.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

NAME = "sqlite"
BUSY, DAMAGED, READ_ONLY, STORAGE, CANCELLED = "busy", "damaged", "read_only", "storage", "cancelled"
_CODE_KIND = {
    "SQLITE_BUSY": BUSY, "SQLITE_LOCKED": BUSY,
    "SQLITE_CORRUPT": DAMAGED, "SQLITE_NOTADB": DAMAGED,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_FULL": STORAGE, "SQLITE_IOERR": STORAGE, "SQLITE_CANTOPEN": STORAGE, "SQLITE_NOMEM": STORAGE,
    "SQLITE_INTERRUPT": CANCELLED,
}


def connect(target: str | Path) -> Any:
    from console.models.core.db import connect as connect_file

    return connect_file(target)


def open_database(target: str | Path, **kwargs: Any) -> Any:
    from console.models.core.db import open_database as open_file

    return open_file(target, **kwargs)


def applied_migrations(db: Any) -> list[str]:
    if not db["_sqlite_migrations"].exists():
        return []
    return [f"{r['migration_set']}:{r['name']}" for r in db["_sqlite_migrations"].rows]


def apply_migrations(db: Any) -> list[str]:
    from console.models.core.db import migrate

    return migrate(db)


class ChangeListener:
    """Tells a seat that some seat committed to the file: PRAGMA data_version on a connection of its own
    moves whenever another connection commits. SQLite does not say which table: poll() answers {"*"}."""

    def __init__(self, target: str | Path):
        from console.models.core.db import connect as connect_file

        self.db = connect_file(target)
        self._version = self._read()

    def _read(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def poll(self) -> set[str]:
        version = self._read()
        changed, self._version = version != self._version, version
        return {"*"} if changed else set()

    def close(self) -> None:
        self.db.conn.close()


class SeatWatch:
    """Whether another connection committed since the last look, read on the seat's own connection:
    PRAGMA data_version moves exactly then and reads no table, so a page can ask twice a second."""

    def __init__(self, db: Any, target: Any = None):
        self.db = db
        self.closed = False          # the seat's connection went (the window is closing): nothing to follow
        self._seen = self._version()

    def _version(self) -> int | None:
        import sqlite3

        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.ProgrammingError:
            self.closed = True
            return None

    def changed(self) -> bool:
        now = self._version()
        changed, self._seen = now is not None and now != self._seen, now
        return changed


def notes_matching(db: Any, text: str, limit: int) -> list[tuple[str, int]]:
    """(kind, record id) of the notes holding text, newest first: FTS5 trigram for 3 characters and more,
    the unigram table's phrase for 1-2 (console/models/migrations/lookup.py)."""
    from console.models.core.db import cjk_tokens

    if len(text) >= 3:
        rows = db.execute("SELECT kind, record_id FROM notes_tri WHERE notes_tri MATCH ? ORDER BY rowid DESC LIMIT ?",
                          ['"' + text.replace('"', '""') + '"', limit])
    else:
        rows = db.execute("SELECT kind, record_id FROM notes_uni WHERE notes_uni MATCH ? ORDER BY rowid DESC LIMIT ?",
                          ['"' + cjk_tokens(text).strip().replace('"', '""') + '"', limit])
    return [(k, int(r)) for k, r in rows]


def scripts_matching(db: Any, text: str, limit: int, published_only: bool) -> list[tuple]:
    """The scripts' FTS5 trigram table (console/models/migrations/scripts), best ranked first."""
    status = "AND s.status = 'published'" if published_only else ""
    return db.execute(f"SELECT s.id, s.title, s.stage, s.status FROM scripts_fts f JOIN scripts s ON s.id = f.rowid "
                      f"WHERE scripts_fts MATCH ? {status} ORDER BY f.rank LIMIT ?",
                      ['"' + text.replace('"', '""') + '"', limit]).fetchall()


def classify(exc: BaseException) -> str | None:
    """The category of a SQLite error (by its extended result code's primary name), None for a bug."""
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    for code, kind in _CODE_KIND.items():
        if name == code or name.startswith(code + "_"):
            return kind
    return None
