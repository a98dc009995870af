"""The storage engines behind the models: SQLite (one seat, the default) and PostgreSQL (a centre's seats).

The models speak one SQL (placeholders ``?``, ``RETURNING``, ``ON CONFLICT``, ``count(*) FILTER``,
window functions) to a ``Database`` with sqlite-utils' surface; what truly differs between the engines
— connecting, the schema history, error codes, the dialect's few rewrites — lives in one module per
engine (sqlite.py, postgres.py) behind the `Engine` below. Only console/models/core/db.py (which
dispatches on the target) and this package know which engine a database is.

A target is what ``--db`` or the settings name: a SQLite file path, or a PostgreSQL URL
(``postgresql://hotline@127.0.0.1:5433/hotline``) or libpq service (``service=hotline``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from console.models.core.engine import postgres, sqlite


@dataclass(frozen=True)
class Engine:
    """What each engine supplies; the rest of the console is the same on both."""

    name: str
    connect: Callable[[Any], Any]              # target -> a Database for the calling thread
    open_database: Callable[..., Any]          # target -> connected, migrated, reference data loaded
    applied_migrations: Callable[[Any], list[str]]   # db -> 'set:step' names recorded, oldest first
    apply_migrations: Callable[[Any], list[str]]     # db -> 'set:step' names applied now
    classify: Callable[[BaseException], str | None]  # error -> busy | damaged | read_only | storage | cancelled
    listen: Callable[[Any], Any]               # target -> a ChangeListener: .poll() -> tables other seats changed
    notes_matching: Callable[[Any, str, int], list[tuple[str, int]]]   # db, words, limit -> (kind, id) newest first
    watch: Callable[[Any, Any], Any]           # db, target -> .changed(): another seat committed since the last look
    scripts_matching: Callable[..., list[tuple]]  # db, words, limit, published_only -> (id, title, stage, status)


SQLITE = Engine(sqlite.NAME, sqlite.connect, sqlite.open_database, sqlite.applied_migrations,
                sqlite.apply_migrations, sqlite.classify, sqlite.ChangeListener, sqlite.notes_matching,
                sqlite.SeatWatch, sqlite.scripts_matching)
POSTGRESQL = Engine(postgres.NAME, postgres.connect, postgres.open_database, postgres.applied_migrations,
                    postgres.apply_migrations, postgres.classify, postgres.ChangeListener, postgres.notes_matching,
                    postgres.SeatWatch, postgres.scripts_matching)


def is_server_target(target: object) -> bool:
    """A PostgreSQL URL or libpq service rather than a SQLite file path."""
    return postgres.is_target(target)


def open_engine(target: object) -> Engine:
    """The engine a target names."""
    return POSTGRESQL if is_server_target(target) else SQLITE


def listen_for_changes(target: object) -> Any:
    """A listener for the commits of every seat on the target's database: ``poll()`` returns the names of
    the tables changed since the last poll ({"*"} on SQLite, which cannot say), ``close()`` when done."""
    return open_engine(target).listen(str(target))


def watch_changes(db: Any, target: Any = None) -> Any:
    """A seat's watch on the base: ``changed()`` is True once another seat committed since the last call."""
    return engine_of(db).watch(db, target)


def notes_matching(db: Any, text: str, limit: int) -> list[tuple[str, int]]:
    """(kind, record id) of the call, warning and dispatch notes that hold text, the newest record first."""
    return engine_of(db).notes_matching(db, text, limit)


def scripts_matching(db: Any, text: str, limit: int, published_only: bool) -> list[tuple]:
    """(id, title, stage, status) of the scripts whose title or body holds text (3 characters or more), best
    first."""
    return engine_of(db).scripts_matching(db, text, limit, published_only)


def engine_of(db: Any) -> Engine:
    """The engine of an open database."""
    return POSTGRESQL if isinstance(db, postgres.PgDatabase) else SQLITE


def describe_target(target: object) -> str:
    """A target as a person reads it: a file's path; for a server, its database, user and host (never the
    passfile or any other option of the connection string)."""
    if not is_server_target(target):
        return str(target)
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(str(target))
    except Exception:          # not parseable: say which engine, not the text (it might hold a password)
        return "PostgreSQL"
    if info.get("service") and not info.get("dbname"):
        return f"service {info['service']} (PostgreSQL)"
    host = str(info.get("host") or "localhost")
    where = host if host.startswith("/") or not info.get("port") else f"{host}:{info['port']}"
    return f"{info.get('dbname', '')} ({info.get('user', '')}@{where}, PostgreSQL)"


def without_password(target: object) -> str:
    """The target to remember (settings, logs): a server's connection string without any password in it
    (the password belongs in the passfile or the keyring)."""
    if not is_server_target(target):
        return str(target)
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    info = conninfo_to_dict(str(target))
    info.pop("password", None)
    return make_conninfo(**info)

