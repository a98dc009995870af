"""The PostgreSQL schema history: named steps of DDL per set, recorded in schema_migrations.

The sets and their step names are those of the SQLite sets (console/models/migrations/*.py), so both
engines know one history and `console.models.core.db.schema_state` reads the same names from either
(a test holds the two lists equal). Each step runs in its own transaction under the seats' write lock,
so two seats starting at once never both apply it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

HISTORY_TABLE = "schema_migrations"


@dataclass
class MigrationSet:
    name: str
    steps: list[tuple[str, str]] = field(default_factory=list)

    def step(self, name: str, sql: str) -> None:
        if any(n == name for n, _ in self.steps):
            raise ValueError(f"{self.name}:{name} defined twice")
        self.steps.append((name, sql))

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.steps]


def ensure_history(db) -> None:
    db.raw.execute(f"CREATE TABLE IF NOT EXISTS {HISTORY_TABLE} (migration_set TEXT NOT NULL, name TEXT NOT NULL, "
                   "applied_at TEXT NOT NULL, PRIMARY KEY (migration_set, name))")


def recorded(db) -> list[tuple[str, str]]:
    """(set, step) pairs the server has applied, oldest first; empty on a new database."""
    if not db.raw.execute("SELECT to_regclass(%s) IS NOT NULL", [HISTORY_TABLE]).fetchone()[0]:
        return []
    return [tuple(r) for r in db.raw.execute(
        f"SELECT migration_set, name FROM {HISTORY_TABLE} ORDER BY applied_at, migration_set, name")]


def apply(db, sets: list[MigrationSet]) -> list[str]:
    """Applies every step not yet recorded, each in its own transaction; returns 'set:step' names applied.

    A server that is up to date is only read (a seat's role may not create anything)."""
    applied = set(recorded(db))
    if all((m.name, n) in applied for m in sets for n, _ in m.steps):
        return []
    ensure_history(db)
    done: list[str] = []
    for mset in sets:
        for name, sql in mset.steps:
            with db.transaction():
                if db.raw.execute(f"SELECT 1 FROM {HISTORY_TABLE} WHERE migration_set = %s AND name = %s",
                                  [mset.name, name]).fetchone():
                    continue            # another seat applied it while this one waited for the lock
                if sql.strip():
                    db.raw.execute(sql)
                db.raw.execute(f"INSERT INTO {HISTORY_TABLE} (migration_set, name, applied_at) VALUES (%s, %s, %s)",
                               [mset.name, name, datetime.now(timezone.utc).isoformat(timespec="microseconds")])
            done.append(f"{mset.name}:{name}")
    db.reload_schema()
    return done
