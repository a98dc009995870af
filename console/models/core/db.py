"""Opens the console's SQLite file: pragmas, migrations, reference data, and the checks around them."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from console.models.core.engine import SQLITE, engine_of, is_server_target, open_engine
from console.models.core.engine import job_pool as engine_job_pool
from console.models.core.engine.sqlite import KNOCK_EVERY_S, knock, knock_path, set_up_connection
from console.models.migrations import MIGRATION_SETS
from console.models.migrations.lookup import changed_chunks

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StorageError(Exception):
    """An environment problem with the database file the officer can act on (not a bug)."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the console."""


class DamagedDatabaseError(StorageError):
    """The file failed SQLite's integrity check (or is empty, or was marked damaged by a check)."""


class ReadOnlyDatabaseError(StorageError):
    """A sound file the console may not write to (permissions, read-only medium)."""


@dataclass(frozen=True)
class SchemaState:
    applied: tuple[str, ...]
    pending: tuple[str, ...]
    unknown: tuple[str, ...]


_CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])")


def cjk_tokens(text: str | None) -> str:
    """Every CJK character as its own token, for the unigram full-text index ('涉嫌洗钱' -> '涉 嫌 洗 钱')."""
    return _CJK.sub(r" \1 ", text or "")


LOCK_POLL_S = 0.002


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, asking for the write lock every 2 ms until the busy timeout. SQLite's own busy
    handler asks at growing intervals (after 1, 3, 8, 18, 33, 53, 78 ms, then every 25-100 ms), so beside
    a writer that takes the lock again a few ms after each commit (a warnings import) a seat's save found
    it free only by chance: 750 ms waits were measured (docs/performance.md)."""
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        knocked_at, door = 0.0, None
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not str(exc).startswith("database is locked") or time.monotonic() > deadline:
                    raise
            # A long writer (the warnings import) ends its transaction when it hears a writer wait (engine/sqlite.py)
            now = time.monotonic()
            if now - knocked_at >= KNOCK_EVERY_S:
                if door is None:
                    door = knock_path(conn) or False
                knock(door or None)
                knocked_at = now
            time.sleep(LOCK_POLL_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write, one transaction: every statement inside commits together or not at all.

    sqlite-utils' ``db.execute`` commits each statement by itself unless a transaction is open, so a
    bare ``with db.conn:`` block is *not* atomic. This opens one with ``BEGIN IMMEDIATE`` (the write
    lock is taken up front, so two seats wait on the busy timeout instead of failing on a lock
    upgrade); nested uses become savepoints. Every multi-statement write in the models goes through
    here, which is also the one place a second engine changes.
    """
    own = getattr(db, "transaction", None)     # a server engine's own (console/models/core/engine)
    if own is not None:
        with own():
            yield db
        return
    conn = db.conn
    if conn.in_transaction:
        name = f"sp_{os.urandom(6).hex()}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    _begin_immediate(conn)
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def damage_marker(path: Path | str) -> Path:
    """Written beside a file the integrity check found damaged: every later connection is read-only and
    the next start refuses the file (and offers the newest backup) until it is restored."""
    path = Path(path)
    return path.with_name(path.name + ".damaged")


def mark_damaged(path: Path | str, reason: str) -> None:
    damage_marker(path).write_text(reason + "\n", encoding="utf-8")
    log.error("database marked damaged, writing stopped: %s", reason)


def _uri(path: Path | str, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{Path(path).resolve().as_uri()}?{query}"


def _connect(path: Path | str, *, uri: str | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(uri or str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True,
                           uri=uri is not None)
    conn.create_function("cjk_tokens", 1, cjk_tokens, deterministic=True)
    conn.create_function("changed_chunks", 2, changed_chunks, deterministic=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def connect(path: Path | str) -> Database:
    """A connection with the console's pragmas, for the calling thread only (sqlite3's rule).

    path may name a PostgreSQL server instead (a URL or libpq service: console/models/core/engine)."""
    if is_server_target(path):
        return open_engine(path).connect(str(path))
    path = Path(path)
    created = not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
        old = os.umask(0o077)  # victims' data: readable by this user only
        try:
            conn = _connect(path)
        finally:
            os.umask(old)
    else:
        conn = _connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    set_up_connection(conn, path)        # the WAL's own checkpoint a bound beside a checkpointer (engine/sqlite.py)
    if damage_marker(path).exists():
        conn.execute("PRAGMA query_only = ON")   # found damaged: nothing more is written to it
    return Database(conn)


def open_read_only(path: Path | str, *, immutable: bool = False) -> Database:
    """A connection that cannot write to the file, not even the switch to WAL.

    immutable: the file is known not to change while open (a backup): SQLite then takes no locks and
    creates no -wal/-shm beside it. A live file is opened with mode=ro, which still sees other seats'
    committed writes.
    """
    conn = _connect(path, uri=_uri(path, immutable="1") if immutable else _uri(path, mode="ro"))
    conn.execute("PRAGMA query_only = ON")
    return Database(conn)


def probe_file(path: Path | str) -> None:
    """Cheap start-up look at an existing file, without writing to it: raises DamagedDatabaseError for an
    empty, marked or unreadable file, ReadOnlyDatabaseError for a sound file the console may not write."""
    path = Path(path)
    if damage_marker(path).exists():
        raise DamagedDatabaseError(damage_marker(path).read_text(encoding="utf-8").strip() or "marked damaged")
    wal = Path(f"{path}-wal")
    if path.stat().st_size == 0:
        if wal.exists() and wal.stat().st_size:
            return              # everything still in the WAL: SQLite recovers it on open
        # sqlite3 would silently treat it as a new, empty database and create the schema in it.
        raise DamagedDatabaseError("The file is empty (0 bytes).")
    with open(path, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            # Not opened at all: closing a connection would delete a -wal beside it that may hold data.
            raise DamagedDatabaseError("The file is not a database (no SQLite header).")
    try:
        db = open_read_only(path)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(str(exc)) from exc
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        # WAL needs to write the file and create its -wal and -shm beside it.
        raise ReadOnlyDatabaseError(f"The file or its folder is read-only: {path}")


def schema_state(db: Database) -> SchemaState:
    if engine_of(db) is not SQLITE:
        from console.models.core.engine.postgres import known_migrations
        done = engine_of(db).applied_migrations(db)
        known = known_migrations()
        return SchemaState(tuple(m for m in known if m in done), tuple(m for m in known if m not in done),
                           tuple(m for m in done if m not in set(known)))
    applied: list[str] = []
    pending: list[str] = []
    known: set[str] = set()
    for mset in MIGRATION_SETS:
        applied += [f"{mset.name}:{m.name}" for m in mset.applied(db)]
        pending += [f"{mset.name}:{m.name}" for m in mset.pending(db)]
        known |= {f"{mset.name}:{m.name}" for m in mset._migrations}
    rows = []
    if db["_sqlite_migrations"].exists():
        rows = [f"{r['migration_set']}:{r['name']}" for r in db["_sqlite_migrations"].rows]
    unknown = tuple(r for r in rows if r not in known)
    return SchemaState(tuple(applied), tuple(pending), unknown)


def quick_check(db: Database) -> None:
    """Raises DamagedDatabaseError when SQLite finds the file damaged."""
    try:
        result = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(str(exc)) from exc
    if [r[0] for r in result] != ["ok"]:
        raise DamagedDatabaseError("; ".join(str(r[0]) for r in result[:5]))


def migrate(db: Database, path: Path | None = None) -> list[str]:
    """Applies pending migrations; copies the file first when it already held data."""
    state = schema_state(db)
    if state.unknown:
        raise NewerSchemaError(
            "This database was written by a newer version of the console "
            f"(unknown migrations: {', '.join(state.unknown)}). Update the console to open it."
        )
    if not state.pending:
        return []
    if path is not None and state.applied and path.exists():
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy = path.with_name(path.name + ".before-migration")
        shutil.copy2(path, copy)
        log.info("copied database before migrating to %s", copy.name)
    for mset in MIGRATION_SETS:
        mset.apply(db)
    log.info("applied migrations: %s", ", ".join(state.pending))
    return list(state.pending)


def open_database(path: Path | str, *, load_reference: bool = True, check: bool = True) -> Database:
    """Opens (creating if needed) the console database at path, upgraded and ready to use."""
    from console.models.core.reference import load_reference_data

    if is_server_target(path):
        return open_engine(path).open_database(str(path), load_reference=load_reference, check=check)
    path = Path(path)
    if path.exists():
        probe_file(path)
    try:
        db = connect(path)
        if check:
            quick_check(db)
        migrate(db, path)
        if load_reference:
            load_reference_data(db)
    except sqlite3.DatabaseError as exc:
        from console.models.core.errors import Trouble, classify   # (errors imports this module)

        trouble = classify(exc)
        if trouble is Trouble.DAMAGED:
            raise DamagedDatabaseError(str(exc)) from exc
        if trouble is Trouble.READ_ONLY:
            raise ReadOnlyDatabaseError(str(exc)) from exc
        if trouble is Trouble.STORAGE:
            raise StorageError(str(exc)) from exc
        raise
    return db


def job_pool(target: Path | str) -> object | None:
    """A pool of connections for a seat's background jobs on target (a server: connecting costs ~10 ms and
    a fresh backend's caches), or None where each job opens its own (a SQLite file: ~0.1 ms). The owner
    closes it (``close()``)."""
    return engine_job_pool(target)


class WorkerConnection:
    """A background job's own connection to the database: opened for that job alone (read-only when it
    only reads), interruptible from another thread while a statement runs, closed when the job ends.
    The UI's task runner holds one per job. Given a pool (job_pool()), the connection is borrowed from it
    and given back instead (a server's: the pool is where a second engine plugs in its own)."""

    def __init__(self, path: Path | str, *, read_only: bool, cancelled: Callable[[], bool] | None = None,
                 check_every: int = 100_000, pool: object | None = None):
        self.path = path if is_server_target(path) else Path(path)
        self.read_only, self._cancelled, self._check_every = read_only, cancelled, check_every
        self._pool = pool
        self._borrowed: contextlib.AbstractContextManager | None = None
        self._lock = threading.Lock()
        self._db: Database | None = None

    def __enter__(self) -> Database:
        if self._pool is not None:
            # The pool's connection: the server ends a reading job's write, and cancel() reaches its statement.
            self._borrowed = self._pool.borrow(read_only=self.read_only)   # type: ignore[attr-defined]
            db = self._borrowed.__enter__()
            with self._lock:
                self._db = db
            return db
        if is_server_target(self.path):
            # The server's own connection: its rights, not a read-only file opening, keep a reading job from
            # writing; cancel() reaches its running statement.
            db = connect(self.path)
            with self._lock:
                self._db = db
            return db
        db = open_read_only(self.path) if self.read_only else connect(self.path)
        if self._cancelled is not None:
            # A statement begun after a cancel stops at its next check (interrupt() reaches only the one running).
            db.conn.set_progress_handler(self._cancelled, self._check_every)
        with self._lock:
            self._db = db
        return db

    def interrupt(self) -> None:
        """Stops the statement running now (sqlite3's interrupt() is made to be called from another thread)."""
        with self._lock:
            if self._db is not None:
                self._db.conn.interrupt()

    def __exit__(self, *exc_info) -> None:
        with self._lock:
            db, self._db = self._db, None
        if self._borrowed is not None:
            borrowed, self._borrowed = self._borrowed, None
            borrowed.__exit__(*exc_info)          # given back (rolled back first if a transaction was left open)
        elif db is not None:
            db.conn.close()
