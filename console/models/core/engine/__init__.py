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

import contextlib
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
    check: Callable[[Any], Any]                # target -> probe.TargetFacts, or raises probe.TargetProblem
    backup_suffix: str                         # a backup file's suffix: .db (SQLite's file), .dump (pg_dump's)
    backup: Callable[[Any, Any], Any]          # target, file -> a checked backup written there (0600)
    check_backup: Callable[[Any], Any]         # file -> raises unless it is a backup this engine restores
    restore: Callable[[Any, Any], Any]         # file, target -> the target's content replaced by the backup's
    checkpointer: Callable[..., Any]           # target, seat db -> keeps the write-ahead log off the saves' path; .stop()
    warning_blocks: Callable[[tuple[str, ...]], Any]   # columns -> .prepare(rows), .write(db, block, ...): an import's blocks
    scripts_matching: Callable[..., list[tuple]]  # db, words, limit, published_only -> (id, title, stage, status)
    # target -> a pool for a seat's background jobs (.borrow(read_only=...) a context of a Database,
    # .close()), or None where each job opens its own connection (SQLite: a file opened in ~0.1 ms)
    job_pool: Callable[[Any], Any] | None = None
    # db -> one short step of tidying the search indexes (True while more is to do), or None where the engine
    # keeps them itself (PostgreSQL's autovacuum)
    tidy_search_step: Callable[[Any], bool] | None = None
    # target -> a context in which no seat writes (a server's restore: its dump of the current content, then
    # pg_restore); SQLite's restore holds the file's write lock itself
    writes_held: Callable[[Any], Any] = lambda target: contextlib.nullcontext()


SQLITE = Engine(sqlite.NAME, sqlite.connect, sqlite.open_database, sqlite.applied_migrations,
                sqlite.apply_migrations, sqlite.classify, sqlite.ChangeListener, sqlite.notes_matching,
                sqlite.SeatWatch, sqlite.check, sqlite.BACKUP_SUFFIX, sqlite.backup_to, sqlite.check_backup,
                sqlite.restore, sqlite.Checkpointer, sqlite.WarningBlocks, sqlite.scripts_matching,
                tidy_search_step=sqlite.tidy_search_step)
POSTGRESQL = Engine(postgres.NAME, postgres.connect, postgres.open_database, postgres.applied_migrations,
                    postgres.apply_migrations, postgres.classify, postgres.ChangeListener, postgres.notes_matching,
                    postgres.SeatWatch, postgres.check, postgres.BACKUP_SUFFIX, postgres.backup_to,
                    postgres.dump_tables, postgres.restore, postgres.Checkpointer, postgres.WarningBlocks,
                    postgres.scripts_matching, job_pool=postgres.JobPool, writes_held=postgres.writes_held)


def tidy_search(db: Any, progress: Any = None, *, pause_s: float = 0.05) -> int:
    """Tidies the search indexes in short steps, each its own transaction, pausing between them so seats'
    saves are never held for long; stops early when progress reports a cancel (the window closing). Returns
    the steps that did work (0 where the engine keeps its indexes itself)."""
    import time

    from console.models.core.db import transaction

    step = engine_of(db).tidy_search_step
    done = 0
    while step is not None:
        with transaction(db):
            more = step(db)
        if not more:
            break
        done += 1
        if progress is not None:
            progress(done, 0)
        time.sleep(pause_s)
    return done


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


def keep_wal_small(target: object, seat: Any = None) -> Any:
    """Started by the console for its database (seat: its connection, opened before), stopped (``stop()``)
    when it closes: on SQLite a background checkpointer, so that no save copies the write-ahead log into
    the file; the server does its own."""
    return open_engine(target).checkpointer(str(target), seat)


def watch_changes(db: Any, target: Any = None) -> Any:
    """A seat's watch on the base: ``changed()`` is True once another seat committed since the last call."""
    return engine_of(db).watch(db, target)


def notes_matching(db: Any, text: str, limit: int) -> list[tuple[str, int]]:
    """(kind, record id) of the call, warning and dispatch notes that hold text, the newest record first."""
    return engine_of(db).notes_matching(db, text, limit)


def check_target(target: object) -> Any:
    """Opens a target once, writing nothing, for "test connection": its engine, version and schema history
    (probe.TargetFacts), or probe.TargetProblem saying why it cannot be opened."""
    return open_engine(target).check(str(target).strip())


def engine_for_backup(path: Any) -> Engine:
    """The engine a backup file belongs to, by its suffix (.dump: PostgreSQL's pg_dump; else a SQLite file)."""
    return POSTGRESQL if str(path).endswith(POSTGRESQL.backup_suffix) else SQLITE


def backup_error_kind(exc: BaseException) -> str | None:
    """For a backup or restore that failed in the engine: "tool" (a PostgreSQL program missing or failing),
    None for anything else."""
    return "tool" if isinstance(exc, postgres.BackupToolError) else None


def warning_blocks(db: Any, columns: tuple[str, ...]) -> Any:
    """The warnings import's block writer for the database's engine: ``prepare(rows)`` (rows as tuples in
    `columns` order; thread-safe, for the import's reading thread) gives a block that ``write(db, block,
    source=, batch_id=, now=)`` inserts inside the caller's transaction, returning the places of the rows
    the database already held (their dedupe keys); ``writer_waiting(db, since)`` says whether another writer
    waits for the write lock, so the import ends its transaction after the block it wrote."""
    return engine_of(db).warning_blocks(columns)


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


def holds_password(target: object) -> bool:
    """Whether a server's connection string carries a password (which must not be kept in the settings)."""
    if not is_server_target(target):
        return False
    from psycopg.conninfo import conninfo_to_dict

    try:
        return bool(conninfo_to_dict(str(target)).get("password"))
    except Exception:
        return False


def without_password(target: object) -> str:
    """The target to remember (settings, logs): a server's connection string without any password in it
    (the password belongs in the passfile or the keyring)."""
    if not is_server_target(target):
        return str(target)
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    info = conninfo_to_dict(str(target))
    info.pop("password", None)
    return make_conninfo(**info)



def job_pool(target: object) -> Any:
    """A pool of connections for a seat's background jobs on target, or None where each job opens its own."""
    make = open_engine(target).job_pool
    return make(str(target)) if make is not None else None


def server_error_kind(exc: BaseException) -> str | None:
    """The category of a server engine's error (busy, damaged, read_only, storage, cancelled) or None:
    console.models.core.errors reads SQLite's codes itself and asks here for the rest."""
    return postgres.classify(exc)
