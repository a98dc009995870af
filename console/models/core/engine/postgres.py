"""PostgreSQL engine: a centre's seats on one server, behind the surface the models already use.

`PgDatabase` offers what the models call on sqlite-utils' ``Database`` — ``execute(sql, params)``
returning a cursor (fetchone, fetchall, iteration, rowcount, lastrowid, description), ``executescript``,
``conn.execute/executemany/commit/rollback/in_transaction/close``, ``db["t"].insert/insert_all/exists/
count/rows`` — on psycopg 3 (one connection per thread, as with sqlite3).
Outside a transaction every statement commits by itself, as with sqlite-utils; ``transaction()`` opens
BEGIN and takes one advisory lock (the same write lock SQLite's BEGIN IMMEDIATE takes: the models read
then write, the audit chain above all, and rely on one writer at a time); nested uses are savepoints.

SQLite-isms rewritten here (and only here), so a model's statement runs on both engines unchanged:
  - ``?`` placeholders become ``%s`` (a literal ``%`` becomes ``%%``); quoted text and comments untouched.
  - ``INSERT OR IGNORE INTO t ...`` becomes ``INSERT INTO t ... ON CONFLICT DO NOTHING``.
  - ``INSERT OR REPLACE INTO t (cols) ...`` becomes ``... ON CONFLICT (primary key) DO UPDATE SET`` every
    other listed column (SQLite also replaces on a clash with another UNIQUE column; PostgreSQL only on the
    primary key: the models use it on keyed tables, meta and drafts).
  - ``a IS NOT b`` / ``a IS b`` (b not NULL, TRUE or FALSE) become ``IS [NOT] DISTINCT FROM``.
  - ``BEGIN IMMEDIATE`` becomes ``BEGIN`` plus the write lock.
  - ``substr(x, -N)`` (the last N characters: a card's tail) becomes ``right(x, N)``.
  - ``x IN (SELECT value FROM json_each(?))`` (one parameter for any number of values, a JSON array)
    becomes ``x = ANY(?)`` with the array passed as a list (typed like its values: ids or texts).
  - Rows from a JSON array parameter, ``SELECT json_extract(value, '$[i]'), ... FROM json_each(?) ORDER BY
    key`` (the warnings import's blocks), become ``value ->> i`` over ``json_array_elements(...) WITH
    ORDINALITY``.
  - ``PRAGMA cache_size`` (SQLite's page cache, a speed hint) reads as 0 and sets nothing: the server
    sizes its own buffers.
  - ``? IS [NOT] NULL`` (an optional filter) becomes ``CAST(? AS TEXT) IS [NOT] NULL``: a bare parameter
    there has no type PostgreSQL can infer.
  - ``cursor.lastrowid``: an INSERT without RETURNING into a table with an ``id`` column gets
    ``RETURNING id``, and the cursor's lastrowid is the (last) id returned.
  - NUL characters in text parameters are dropped (PostgreSQL's text cannot hold them; SQLite keeps them).
  - numeric results (sum() of integers) come back as int, or float when not whole, never Decimal.
  - Functions SQLite has and PostgreSQL lacks are created in the schema by the first PostgreSQL
    migration (console/models/migrations/postgres/core.py): ``julianday(text)``, ``instr``, ``ifnull``,
    ``datetime(text[, modifier])`` and ``date(text, modifier)`` with modifiers such as '+1 day',
    ``group_concat(text)`` (comma-separated).
SQLite-isms the models must stop using (they raise on PostgreSQL; write the neutral form instead):
  - Other ``PRAGMA``s, ``sqlite_master``, ``temp.`` tables, ``conn.create_function``, FTS5 ``MATCH`` (the
    notes search is each engine's `notes_matching`), other ``json_each``/``json_extract`` (the warnings
    importer), ``GLOB``, ``rowid``.
  - ``sum(a = b)`` and arithmetic on comparisons (booleans are not numbers in PostgreSQL): write
    ``count(*) FILTER (WHERE a = b)`` or ``sum(CASE WHEN a = b THEN 1 ELSE 0 END)``.
  - ``LIKE`` is case-insensitive for ASCII in SQLite and case-sensitive here: compare ``lower()`` forms.
  - ``UPDATE OR IGNORE``, ``WITHOUT ROWID``, ``strftime``: not translated.
  - Grouping by an output alias that is also a column name, or selecting a column not grouped by: SQLite
    accepts both, PostgreSQL refuses them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus
from psycopg.types.numeric import NumericLoader

NAME = "postgresql"
# The write lock every seat takes at BEGIN (96110: the national anti-fraud hotline's number).
WRITE_LOCK_KEY = 96110
CONNECT_TIMEOUT_S = 10
STATEMENT_LOCK_TIMEOUT_MS = 10_000     # like SQLite's busy timeout: a seat waits this long for the lock


class UnsupportedStatement(psycopg.NotSupportedError):
    """A SQLite-only statement the models must stop using (listed in this module's docstring)."""


def is_target(target: object) -> bool:
    """Whether a --db value names a PostgreSQL server rather than a SQLite file."""
    text = str(target).strip()
    return (text.startswith(("postgresql://", "postgres://"))
            or re.match(r"^(service|host|dbname|user|port)\s*=", text) is not None)


# -- Statement translation ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|\?|%""", re.S)
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+", re.I)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)\s*(\(([^)]*)\))?", re.I)
_RETURNING = re.compile(r"\bRETURNING\b", re.I)
_IS_NOT = re.compile(r"\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", re.I)
_IS = re.compile(r"\bIS\s+(?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", re.I)
_TAIL = re.compile(r"\bsubstr\(\s*([A-Za-z_][A-Za-z0-9_.]*)\s*,\s*-(\d+)\s*\)", re.I)
_VALUE_LIST = re.compile(r"\bIN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\(\?\)\s*\)", re.I)
_JSON_CELL = re.compile(r"\bjson_extract\(\s*value\s*,\s*'\$\[(\d+)\]'\s*\)", re.I)
_JSON_ROWS = re.compile(r"\bFROM\s+json_each\(\?\)", re.I)
_CACHE_SIZE = re.compile(r"^\s*PRAGMA\s+cache_size\b", re.I)
_PARAM_IS_NULL = re.compile(r"\?(\s+IS\s+(?:NOT\s+)?NULL\b)", re.I)
_BEGIN_IMMEDIATE = re.compile(r"^\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)?\s*;?\s*$", re.I)
_REFUSED = re.compile(r"^\s*PRAGMA\b|\bsqlite_master\b|\btemp\.|\bjson_each\s*\(|\bjson_extract\s*\(|"
                      r"\bUPDATE\s+OR\s+|\bMATCH\b|\bWITHOUT\s+ROWID\b", re.I)


def _outside_quotes(sql: str, fn) -> str:
    """Applies fn to the parts of sql outside quoted text and comments."""
    out, last = [], 0
    for m in re.finditer(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/""", sql, re.S):
        out.append(fn(sql[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(fn(sql[last:]))
    return "".join(out)


def _strip_quoted(sql: str) -> str:
    """sql with quoted text and comments blanked out, same length (positions stay valid)."""
    return re.sub(r"""'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/""", lambda m: " " * len(m.group(0)), sql, flags=re.S)


@lru_cache(maxsize=4096)
def placeholders(sql: str) -> str:
    """``?`` to ``%s`` and ``%`` to ``%%`` outside quoted text (``%`` inside it too: psycopg reads the
    whole statement for placeholders once parameters are given)."""
    def one(m: re.Match) -> str:
        token = m.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token.startswith("'"):
            return token.replace("%", "%%")
        return token
    return _TOKEN.sub(one, sql)


def _append_clause(sql: str, clause: str) -> str:
    """Puts clause before a RETURNING (or at the end)."""
    body = sql.rstrip().rstrip(";")
    m = _RETURNING.search(_strip_quoted(body))
    if m:
        return f"{body[:m.start()]}{clause} {body[m.start():]}"
    return f"{body} {clause}"


class Dialect:
    """What a statement needs to know about the schema (primary keys, tables with an id) for translation."""

    def __init__(self, primary_keys: dict[str, tuple[str, ...]], id_tables: set[str]):
        self.primary_keys = primary_keys
        self.id_tables = id_tables
        self._cache: dict[str, tuple[str, bool]] = {}
        self._lists: dict[str, tuple[int, ...]] = {}

    def translate(self, sql: str) -> tuple[str, bool]:
        """(the PostgreSQL statement, whether it returns the inserted ids for lastrowid)."""
        hit = self._cache.get(sql)
        if hit is not None:
            return hit
        result = self._translate(sql)
        if len(self._cache) < 4096:
            self._cache[sql] = result
        return result

    def list_parameters(self, sql: str) -> tuple[int, ...]:
        """Positions of the parameters that are JSON arrays to be passed as lists (``x = ANY(?)``)."""
        if sql not in self._lists:
            bare = _strip_quoted(sql)
            self._lists[sql] = tuple(bare[:m.start()].count("?") for m in _VALUE_LIST.finditer(bare))
        return self._lists[sql]

    def _translate(self, sql: str) -> tuple[str, bool]:
        if _JSON_CELL.search(sql):
            sql = _JSON_ROWS.sub("FROM json_array_elements(CAST(? AS json)) WITH ORDINALITY AS rows(value, key)",
                                 _JSON_CELL.sub(r"(value ->> \1)", sql))
        sql = _VALUE_LIST.sub("= ANY(?)", _TAIL.sub(r"right(\1, \2)", sql))
        if _REFUSED.search(_strip_quoted(sql)):
            raise UnsupportedStatement(f"SQLite-only statement, not translated for PostgreSQL: {sql[:200]}")
        out = _outside_quotes(sql, lambda s: _IS.sub("IS NOT DISTINCT FROM ", _IS_NOT.sub(
            "IS DISTINCT FROM ", _PARAM_IS_NULL.sub(r"CAST(? AS TEXT)\1", s))))
        mode = None
        m = _INSERT_OR.match(out)
        if m:
            mode = m.group(1).upper()
            out = "INSERT INTO " + out[m.end():]
        m = _INSERT.match(out)
        returns_id = False
        if m:
            table = m.group(1).lower()
            columns = [c.strip().strip('"').lower() for c in (m.group(3) or "").split(",") if c.strip()]
            if mode == "IGNORE":
                out = _append_clause(out, "ON CONFLICT DO NOTHING")
            elif mode == "REPLACE":
                key = self.primary_keys.get(table)
                if not key or not columns:
                    raise UnsupportedStatement(f"INSERT OR REPLACE needs a keyed table and its columns: {sql[:200]}")
                rest = [c for c in columns if c not in key]
                action = ("DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in rest)) if rest else "DO NOTHING"
                out = _append_clause(out, f"ON CONFLICT ({', '.join(key)}) {action}")
            if table in self.id_tables and not _RETURNING.search(_strip_quoted(out)):
                out = _append_clause(out, "RETURNING id")
                returns_id = True
        return out, returns_id


def _load_dialect(conn: psycopg.Connection) -> Dialect:
    keys: dict[str, list[str]] = {}
    for table, column in conn.execute(
            "SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
            "AND kcu.table_schema = tc.table_schema WHERE tc.constraint_type = 'PRIMARY KEY' "
            "AND tc.table_schema = current_schema() ORDER BY tc.table_name, kcu.ordinal_position"):
        keys.setdefault(table, []).append(column)
    ids = {t for (t,) in conn.execute(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND is_identity = 'YES'")}
    return Dialect({t: tuple(c) for t, c in keys.items()}, ids)


# -- The Database surface the models use ------------------------------------------------------------------

class PgCursor:
    """A finished statement: its rows, rowcount, description and lastrowid, like sqlite3's cursor."""

    def __init__(self, cur: psycopg.Cursor, returns_id: bool):
        self._cur = cur
        self.lastrowid: int | None = None
        self.rowcount = cur.rowcount
        self.description = cur.description
        if returns_id:
            ids = cur.fetchall()
            self.lastrowid = ids[-1][0] if ids else None

    def fetchone(self) -> tuple | None:
        return self._cur.fetchone() if self._cur.description and self.lastrowid is None else None

    def fetchall(self) -> list[tuple]:
        return self._cur.fetchall() if self._cur.description and self.lastrowid is None else []

    def fetchmany(self, size: int = 1) -> list[tuple]:
        return self._cur.fetchmany(size) if self._cur.description and self.lastrowid is None else []

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.fetchall())


class PgConnection:
    """The ``db.conn`` of a PostgreSQL database: sqlite3.Connection's methods that the models call."""

    def __init__(self, db: PgDatabase):
        self._db = db

    @property
    def raw(self) -> psycopg.Connection:
        return self._db.raw

    @property
    def in_transaction(self) -> bool:
        return self._db.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> PgCursor:
        return self._db.executemany(sql, seq)

    def commit(self) -> None:
        self._db.raw.execute("COMMIT") if self.in_transaction else None

    def rollback(self) -> None:
        self._db.raw.execute("ROLLBACK") if self.in_transaction else None

    def close(self) -> None:
        self._db.close()

    def interrupt(self) -> None:
        """Cancels the statement running now, from another thread (as sqlite3's interrupt())."""
        self._db.raw.cancel_safe()

    def create_function(self, *args, **kwargs) -> None:
        raise UnsupportedStatement("SQL functions in Python exist only on SQLite")


class PgTable:
    """``db["t"]``: the few sqlite-utils table helpers the models use."""

    def __init__(self, db: PgDatabase, name: str):
        self.db, self.name = db, name

    def exists(self) -> bool:
        return self.db.raw.execute("SELECT to_regclass(%s) IS NOT NULL", [self.name]).fetchone()[0]

    @property
    def count(self) -> int:
        return self.db.raw.execute(f'SELECT count(*) FROM "{self.name}"').fetchone()[0]

    @property
    def rows(self) -> Iterator[dict[str, Any]]:
        cur = self.db.raw.execute(f'SELECT * FROM "{self.name}"')
        names = [d.name for d in cur.description]
        return (dict(zip(names, r)) for r in cur.fetchall())

    def insert(self, record: dict[str, Any], *, pk: str | None = None, replace: bool = False,
               ignore: bool = False) -> PgTable:
        return self.insert_all([record], pk=pk, replace=replace, ignore=ignore)

    def insert_all(self, records: Iterable[dict[str, Any]], *, pk: str | None = None, replace: bool = False,
                   ignore: bool = False) -> PgTable:
        records = list(records)
        if not records:
            return self
        columns = list(records[0])
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE" if ignore else "INSERT"
        sql = f"{verb} INTO {self.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.db.executemany(sql, [[r.get(c) for c in columns] for r in records])
        return self


def _without_nul(params: Sequence[Any]) -> list[Any]:
    """The parameters with NUL characters dropped from texts: PostgreSQL's text cannot hold one (SQLite
    stores it), and a NUL typed or pasted into a field is never meaningful; the save goes through."""
    return [p.replace("\x00", "") if isinstance(p, str) and "\x00" in p else p for p in params]


class PgDatabase:
    """One PostgreSQL connection with the surface of sqlite-utils' Database the models use."""

    def __init__(self, raw: psycopg.Connection, target: str):
        self.raw = raw
        self.target = target
        self.conn = PgConnection(self)
        self._dialect: Dialect | None = None

    # the schema the translation needs changes only with migrations
    def reload_schema(self) -> None:
        self._dialect = None

    @property
    def dialect(self) -> Dialect:
        if self._dialect is None:
            self._dialect = _load_dialect(self.raw)
        return self._dialect

    def __getitem__(self, name: str) -> PgTable:
        return PgTable(self, name)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        if _CACHE_SIZE.match(sql):
            return PgCursor(self.raw.execute("SELECT 0"), False)
        if _BEGIN_IMMEDIATE.match(sql):
            self.begin()
            return PgCursor(self.raw.cursor(), False)
        text, returns_id = self.dialect.translate(sql)
        if params and "json_each" in sql and (lists := self.dialect.list_parameters(sql)):
            params = [json.loads(p) if i in lists else p for i, p in enumerate(params)]
        if not params and "?" not in _strip_quoted(sql):
            cur = self.raw.execute(text)      # no parameters: psycopg reads no placeholders, % stays as is
        else:
            cur = self.raw.execute(placeholders(text), _without_nul(params))
        return PgCursor(cur, returns_id)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> PgCursor:
        text, returns_id = self.dialect.translate(sql)
        cur = self.raw.cursor()
        if returns_id:   # executemany returns nothing for lastrowid (as sqlite3's): no RETURNING needed
            text = re.sub(r"\s*RETURNING id$", "", text)
        cur.executemany(placeholders(text), [_without_nul(p) for p in seq])
        return PgCursor(cur, False)

    def executescript(self, script: str) -> None:
        """Runs statements separated by semicolons (DDL of the PostgreSQL migrations; no parameters)."""
        self.raw.execute(script)
        self.reload_schema()

    def begin(self) -> None:
        """BEGIN and the write lock; a seat that cannot get the lock in time leaves no transaction open."""
        try:      # one round trip: BEGIN and the lock go to the server together
            self.raw.execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        except BaseException:
            if not self.raw.closed:
                self.raw.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgDatabase]:
        """One write, one transaction (see console.models.core.db.transaction); nested: savepoints."""
        if self.conn.in_transaction:
            name = f"sp_{os.urandom(6).hex()}"
            self.raw.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction and not self.raw.closed:
                    self.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.raw.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.raw.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.begin()
        try:
            yield self
        except BaseException:
            if not self.raw.closed and self.conn.in_transaction:
                self.raw.execute("ROLLBACK")
            raise
        else:
            try:
                self.raw.execute("COMMIT")
            except BaseException:
                if not self.raw.closed and self.conn.in_transaction:
                    self.raw.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.raw.close()


# -- Connecting ----------------------------------------------------------------------------------------------

def conninfo(target: str) -> str:
    """The libpq connection string of a target: a URL or key=value text (``service=hotline``) as given.

    The password is never part of the console's settings: libpq reads it from the passfile
    (``PGPASSFILE`` or ~/.pgpass, which it ignores unless 0600) or the service file; `password_from_keyring`
    supplies it from the system keyring where one is set up."""
    return target.strip()


def password_from_keyring(target: str) -> str | None:
    """The seat's password kept in the system keyring under ("hotline-console", the target), if the
    optional ``keyring`` package and a keyring exist; None otherwise (libpq then uses the passfile)."""
    try:
        import keyring  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return keyring.get_password("hotline-console", target)
    except Exception:       # no keyring back-end on this machine: the passfile is the way
        return None


class _NumberLoader(NumericLoader):
    """numeric results as SQLite gives them: sum() of integers is an int, anything else a float (psycopg's
    default, Decimal, would not mix with the models' floats)."""

    def load(self, data):
        value = super().load(data)
        return int(value) if value.is_finite() and value == value.to_integral_value() else float(value)


def connect(target: str) -> PgDatabase:
    """A connection for the calling thread, statements committing by themselves outside transaction()."""
    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S,
                              "application_name": "hotline-console"}
    password = password_from_keyring(target)
    if password:
        kwargs["password"] = password
    raw = psycopg.connect(conninfo(target), **kwargs)
    set_up(raw)
    return PgDatabase(raw, target)


def set_up(raw: psycopg.Connection) -> None:
    """What every connection of the console gets (connect()'s and the job pool's): numbers as SQLite
    gives them, the lock wait, no time zone added, plans made for each statement's values, no JIT."""
    raw.adapters.register_loader("numeric", _NumberLoader)
    raw.execute(f"SET lock_timeout = {STATEMENT_LOCK_TIMEOUT_MS}")
    raw.execute("SET TIME ZONE 'UTC'")      # the console stores local time as text; the server adds none
    # Every statement planned for its own values: after a few 1-2 character note searches the server kept a
    # generic plan reading every note, and 3+ character and name searches on that seat went from 5-25 ms to
    # 320-400 ms (measured by the benchmark's lookups; plans cost well under a millisecond here).
    raw.execute("SET plan_cache_mode = force_custom_plan")
    # No JIT compilation: the statistics' scans of a district's year crossed its cost threshold and spent
    # 70 ms compiling per query, more than it saved (a district's page 2.4 -> 2.0 s and 1.9 -> 1.6 s on ten
    # years, measured side by side); the console's statements are short or run once.
    raw.execute("SET jit = off")


# -- A seat's background jobs on pooled connections ---------------------------------------------------------

JOB_POOL_SIZE = 4             # a seat's jobs at once: its thread pool runs one per core, a write beside reads
JOB_APPLICATION = "hotline-console jobs"


class JobPool:
    """The server connections of one seat's background jobs (psycopg_pool): a job borrows one and gives
    it back, instead of connecting anew (9.5-12 ms over the unix socket, and a fresh backend's plans and
    catalog caches make the statistics' queries 5x slower: docs/centre.md).

    Each connection is set up as connect() sets one up (`set_up`); the pool opens at most max_size, the
    first when the pool is made (a runner makes it at its first job) and more only when jobs overlap.
    Before a connection is handed out the pool checks it with an empty statement: one the server broke
    (restart, pg_terminate_backend) is discarded and another taken. One given back inside a transaction
    is rolled back, one given back broken is closed. The schema's translation (Dialect) is read once per
    pool, not per job."""

    def __init__(self, target: str, *, max_size: int = JOB_POOL_SIZE):
        from psycopg_pool import ConnectionPool

        kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S,
                                  "application_name": JOB_APPLICATION}
        if password := password_from_keyring(target):
            kwargs["password"] = password
        self.target = target
        self._dialect: Dialect | None = None
        # timeout: how long a job waits for a connection (all busy, or the server unreachable) before it
        # fails as a storage problem (PoolTimeout is an OperationalError), as a failed connect() would.
        self._pool = ConnectionPool(conninfo(target), min_size=1, max_size=max_size, kwargs=kwargs,
                                    configure=set_up, check=ConnectionPool.check_connection,
                                    timeout=CONNECT_TIMEOUT_S, name="hotline-console-jobs", open=True)

    @contextlib.contextmanager
    def borrow(self, *, read_only: bool) -> Iterator[PgDatabase]:
        """A connection for one job, given back when the block ends. A reading job's statements run in
        read-only transactions (the server refuses a write, as SQLite's read-only opening does)."""
        with self._pool.connection() as raw:
            raw.execute("SET default_transaction_read_only = on" if read_only
                        else "RESET default_transaction_read_only")
            db = PgDatabase(raw, self.target)
            if self._dialect is None:
                self._dialect = db.dialect
            db._dialect = self._dialect
            yield db

    def close(self) -> None:
        """Closes every connection (a job still holding one keeps it until it ends, then it is closed)."""
        self._pool.close()


def _connect_problem(exc: BaseException) -> str:
    """The kind of a failed connection (console.models.core.engine.probe) from libpq's words."""
    from console.models.core.engine import probe

    text = str(exc).lower()
    if "password" in text or "authentication failed" in text or ("role" in text and "does not exist" in text):
        return probe.PASSWORD
    if "database" in text and "does not exist" in text:
        return probe.NO_DATABASE
    if "permission denied" in text or "not permitted" in text or "pg_hba.conf" in text:
        return probe.REFUSED
    if isinstance(exc, psycopg.OperationalError):
        return probe.UNREACHABLE
    return probe.OTHER


def check(target: str):
    """Connects once and reads the server's version and schema history (a TargetFacts), or raises
    TargetProblem saying why it could not (wrong password, no server there...). Writes nothing."""
    from psycopg.conninfo import conninfo_to_dict

    from console.models.core.engine import probe

    try:
        conninfo_to_dict(conninfo(target))
    except psycopg.ProgrammingError as exc:
        raise probe.TargetProblem(probe.ADDRESS, str(exc)) from exc
    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": 5, "application_name": "hotline-console check"}
    if password := password_from_keyring(target):
        kwargs["password"] = password
    try:
        raw = psycopg.connect(conninfo(target), **kwargs)
    except psycopg.Error as exc:
        raise probe.TargetProblem(_connect_problem(exc), str(exc)) from exc
    try:
        db = PgDatabase(raw, target)
        known = set(known_migrations())
        applied = applied_migrations(db)
        return probe.TargetFacts("PostgreSQL", raw.info.parameter_status("server_version") or "?",
                                 applied=len(applied), known=len(known),
                                 newer=len([m for m in applied if m not in known]))
    except psycopg.Error as exc:
        raise probe.TargetProblem(_connect_problem(exc), str(exc)) from exc
    finally:
        raw.close()


# -- Other seats' changes ------------------------------------------------------------------------------------

class ChangeListener:
    """Tells a seat which tables other seats changed: LISTEN on the channel the schema's triggers notify
    (console/models/migrations/postgres/warnings.py), on a connection of its own that does nothing else.
    poll() never waits: a seat calls it from a timer (every few hundred ms) and refreshes what changed."""

    def __init__(self, target: str):
        from console.models.migrations.postgres.warnings import CHANGE_CHANNEL

        self.raw = psycopg.connect(conninfo(target), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                   application_name="hotline-console listener")
        self.raw.execute(f"LISTEN {CHANGE_CHANNEL}")

    def poll(self) -> set[str]:
        """The tables changed by any seat's commits since the last poll (this seat's own included)."""
        return {n.payload for n in self.raw.notifies(timeout=0)}

    def close(self) -> None:
        self.raw.close()


# -- The notes search ---------------------------------------------------------------------------------------------

NOTE_SOURCES = (("call", "calls", "notes", 1), ("warning", "warnings", "notes", 2),
                ("dispatch", "dispatches", "feedback_notes", 3))


class SeatWatch:
    """Whether another seat committed since the last look: the server's change notices (LISTEN, see
    ChangeListener) on a connection of the watch's own, so the seat's connection is never held."""

    def __init__(self, db: PgDatabase, target: Any):
        self.closed = False
        self._listener = ChangeListener(str(target))

    def changed(self) -> bool:
        try:
            return bool(self._listener.poll())
        except Exception:            # the server went away: say nothing changed; the next save reports it
            self.closed = True
            return False


NOTE_BLOCK = 1024          # record ids per row of note_gram_blocks (migrations/postgres/lookup.py m008)


def notes_sql(text: str, limit: int) -> tuple[str, list[Any]]:
    """The notes search's statement and parameters (also what a test EXPLAINs).

    Each source's rows of note_gram_blocks (m008: per gram of 1-3 characters and block of 1,024 record ids,
    the offsets of the records whose note holds the gram) are read backwards along the primary key, so the
    newest records come first and the read stops at the limit, as SQLite's full-text rowids do. A word of
    1-3 characters is one gram: its rows are the answer, no note is read. A longer word's candidates are the
    records holding all its triples of characters, block by block from the newest (driven by its triple in
    the fewest blocks); each candidate's note is then checked with ILIKE, so the answer is exactly the
    case-insensitive substring SQLite's trigram table finds."""
    block = NOTE_BLOCK
    if len(text) <= 3:
        parts = " UNION ALL ".join(
            f"(SELECT '{kind}' AS kind, b.block * {block} + o AS record_id, (b.block * {block} + o) * 4 + {n} AS k "
            f"FROM note_gram_blocks b CROSS JOIN LATERAL unnest(b.offsets) AS o "
            f"WHERE b.source = {n} AND b.gram = lower(CAST(? AS TEXT)) ORDER BY b.block DESC, o DESC LIMIT ?)"
            for kind, _table, _column, n in NOTE_SOURCES)
        args: list[Any] = []
        for _ in NOTE_SOURCES:
            args += [text, limit]
        return f"SELECT kind, record_id, k FROM ({parts}) notes ORDER BY k DESC LIMIT ?", [*args, limit]
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    grams = "CAST((SELECT grams FROM word) AS TEXT[])"
    parts = " UNION ALL ".join(
        f"(SELECT '{kind}' AS kind, t.id AS record_id, t.id * 4 + {n} AS k FROM ("
        f"SELECT b.block * {block} + c.o AS id, b.block, c.o FROM note_gram_blocks b CROSS JOIN LATERAL ("
        f"SELECT o FROM note_gram_blocks x CROSS JOIN LATERAL unnest(x.offsets) AS o "
        f"WHERE x.source = {n} AND x.block = b.block AND x.gram = ANY({grams}) "
        f"GROUP BY o HAVING count(*) = (SELECT cardinality(grams) FROM word)) c "
        f"WHERE b.source = {n} AND b.gram = (SELECT d.gram FROM note_gram_blocks d WHERE d.source = {n} "
        f"AND d.gram = ANY({grams}) GROUP BY d.gram ORDER BY count(*), d.gram LIMIT 1) "
        f"ORDER BY b.block DESC, c.o DESC) candidate JOIN {table} t ON t.id = candidate.id "
        f"WHERE t.{column} ILIKE ? ORDER BY candidate.block DESC, candidate.o DESC LIMIT ?)"
        for kind, table, column, n in NOTE_SOURCES)
    args = [text]
    for _ in NOTE_SOURCES:
        args += [pattern, limit]
    return (f"WITH word AS (SELECT ARRAY(SELECT g FROM unnest(note_grams3(CAST(? AS TEXT))) AS g "
            f"WHERE char_length(g) = 3) AS grams) "
            f"SELECT kind, record_id, k FROM ({parts}) notes ORDER BY k DESC LIMIT ?", [*args, limit])


def notes_matching(db: PgDatabase, text: str, limit: int) -> list[tuple[str, int]]:
    """(kind, record id) of the notes holding text, newest record first (the order of SQLite's full-text rows)."""
    sql, args = notes_sql(text, limit)
    return [(k, int(r)) for k, r, _ in db.execute(sql, args)]


def scripts_matching(db: PgDatabase, text: str, limit: int, published_only: bool) -> list[tuple]:
    """Title or body holding text, case aside (as SQLite's trigram table), title matches first: the library
    is a few hundred scripts, read without an index."""
    status = "AND s.status = 'published'" if published_only else ""
    return db.execute(f"SELECT s.id, s.title, s.stage, s.status FROM scripts s WHERE (strpos(lower(s.title), ?) > 0 "
                      f"OR strpos(lower(s.body), ?) > 0) {status} "
                      f"ORDER BY CASE WHEN strpos(lower(s.title), ?) > 0 THEN 0 ELSE 1 END, s.id LIMIT ?",
                      [text.lower()] * 3 + [limit]).fetchall()


# -- Backups: PostgreSQL's own tools ----------------------------------------------------------------------------

class BackupToolError(Exception):
    """pg_dump or pg_restore is missing or failed (the message has their last words)."""


def _tool(name: str) -> str:
    import shutil
    from pathlib import Path

    found = shutil.which(name)
    if found:
        return found
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    raise BackupToolError(f"PostgreSQL's {name} is not installed (Debian: apt-get install postgresql-client)")


def _run_tool(args: list[str]) -> str:
    import subprocess

    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupToolError(f"{args[0].rsplit('/', 1)[-1]} failed: {(done.stderr or done.stdout).strip()[-600:]}")
    return done.stdout


BACKUP_SUFFIX = ".dump"
_CASE_TABLES = ("audit_log", "calls", "users")


def dump_tables(path) -> list[str]:
    """The tables whose rows a dump holds, read from its table of contents (pg_restore --list); raises
    BackupToolError when the file is no dump of the console's database."""
    listing = _run_tool([_tool("pg_restore"), "--list", str(path)])
    tables = sorted({line.split()[-2] for line in listing.splitlines() if " TABLE DATA " in line})
    if not all(t in tables for t in _CASE_TABLES):
        raise BackupToolError("the dump holds no case tables")
    return tables


def backup_to(target: str, path) -> list[str]:
    """A consistent snapshot of the whole database (pg_dump's custom format, one transaction, readable by
    this user only), checked by reading its table of contents back; returns the tables it holds."""
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    old = os.umask(0o077)
    try:
        _run_tool([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={tmp}",
                   f"--dbname={conninfo(target)}"])
    finally:
        os.umask(old)
    try:
        tables = dump_tables(tmp)
    except BackupToolError:
        tmp.unlink(missing_ok=True)
        raise
    tmp.chmod(0o600)
    tmp.replace(path)
    return tables


def restore(path, target: str) -> None:
    """Replaces the database's content with the backup's in one transaction (all of it or nothing), then
    checks that every table of the dump is there again. Needs the schema's owner (the seats' role may not
    drop the tables)."""
    tables = dump_tables(path)
    _run_tool([_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
               "--single-transaction", "--exit-on-error", f"--dbname={conninfo(target)}", str(path)])
    raw = psycopg.connect(conninfo(target), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    try:
        missing = [t for t in tables if not raw.execute("SELECT to_regclass(%s) IS NOT NULL", [t]).fetchone()[0]]
    finally:
        raw.close()
    if missing:
        raise BackupToolError(f"tables missing after the restore: {', '.join(missing)}")


# -- Schema and start-up -------------------------------------------------------------------------------------

def applied_migrations(db: PgDatabase) -> list[str]:
    from console.models.migrations.postgres.steps import recorded

    return [f"{s}:{n}" for s, n in recorded(db)]


def known_migrations() -> list[str]:
    from console.models.migrations.postgres import MIGRATION_SETS

    return [f"{m.name}:{n}" for m in MIGRATION_SETS for n in m.names]


def apply_migrations(db: PgDatabase) -> list[str]:
    """Applies the pending steps; refuses a server whose history has steps this console does not know."""
    from console.models.core.db import NewerSchemaError
    from console.models.migrations.postgres import MIGRATION_SETS
    from console.models.migrations.postgres.steps import apply

    unknown = [m for m in applied_migrations(db) if m not in set(known_migrations())]
    if unknown:
        raise NewerSchemaError(
            "This database was written by a newer version of the console "
            f"(unknown migrations: {', '.join(unknown)}). Update the console to open it.")
    try:
        applied = apply(db, MIGRATION_SETS)
        if applied:
            _audit_append_only_for_everyone_else(db)
        return applied
    except pg_errors.InsufficientPrivilege as exc:
        from console.models.core.db import StorageError
        raise StorageError(
            "The server's schema is older than this console and this role may not upgrade it: start the "
            "console once as the schema's owner (docs/centre.md), then the seats.") from exc


# Whoever the centre's seats sign in as, they get no UPDATE, DELETE or TRUNCATE on the audit trail: the schema's
# owner takes back from every other role what default privileges handed out (the triggers refuse row changes
# for every role too; this makes even an empty table's UPDATE a refusal).
_AUDIT_REVOKE = """
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
             WHERE table_schema = current_schema() AND table_name = 'audit_log'
               AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') AND grantee <> current_user
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', r.grantee);
    END LOOP;
END $$"""


@contextlib.contextmanager
def writes_held(target: str) -> Iterator[None]:
    """No seat writes while the block runs (a restore: the dump of the current content, then pg_restore), so
    no seat's commit lands between the two and is lost in neither: every role but the schema's owner loses
    its INSERT, UPDATE and DELETE, the writes in flight are waited for, and afterwards the rights are given
    back as the schema's set-up gives them (the audit trail append-only). A seat writing meanwhile is refused
    loudly ("permission denied"), its typing kept."""
    from psycopg.sql import Identifier

    raw = psycopg.connect(conninfo(target), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    try:
        roles = [r[0] for r in raw.execute(
            "SELECT DISTINCT grantee FROM information_schema.role_table_grants WHERE table_schema = current_schema() "
            "AND privilege_type = 'INSERT' AND grantee <> current_user AND grantee <> 'PUBLIC'")]
        names = ", ".join(Identifier(r).as_string(raw) for r in roles)
        if names:
            raw.execute(f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM {names}")
        try:
            # The writes already in flight end (or fail on their next statement) before the block starts;
            # waited for by looking, not by locking every table, which deadlocked with a seat's transaction
            # holding one table and asking for the next.
            deadline = time.monotonic() + STATEMENT_LOCK_TIMEOUT_MS / 1000
            while raw.execute(
                    "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    "WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                    "AND l.pid <> pg_backend_pid() AND l.granted AND l.mode = 'RowExclusiveLock' "
                    "AND c.relnamespace = current_schema()::regnamespace").fetchone()[0]:
                if time.monotonic() > deadline:
                    raise BackupToolError("seats are still writing; try the restore again")
                time.sleep(0.01)
            yield
        finally:
            if names:
                raw.execute(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {names}")
                raw.execute(_AUDIT_REVOKE)
    finally:
        raw.close()


def _audit_append_only_for_everyone_else(db: PgDatabase) -> None:
    with db.raw.transaction():
        db.raw.execute(_AUDIT_REVOKE)


def resync_ids(db: PgDatabase) -> None:
    """Moves each id sequence past the highest id stored (rows written with explicit ids: reference data,
    a copy from SQLite), so the next row the server numbers does not clash."""
    for table in sorted(db.dialect.id_tables):
        db.raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")


def settle_after_copy(db: PgDatabase) -> None:
    """After a copy filled the database: the statistics' summary tables, which the triggers updated row by
    row as the copy went (88,661 rows in 112 MB for one of them after ten years), rewritten compact with
    room to update (their fillfactor), and the planner's statistics taken for every table."""
    tables = [r[0] for r in db.raw.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'stats\\_%'")]
    for table in tables:
        db.raw.execute(f"VACUUM (FULL, ANALYZE) {table}")
    db.raw.execute("ANALYZE")


def open_database(target: str, *, load_reference: bool = True, check: bool = True) -> PgDatabase:
    """Connects to the server, upgrades its schema (whoever has the right: the first seat of a new
    version) and loads the shipped reference data once. check is SQLite's file check: the server checks
    its own pages."""
    from console.models.core.db import StorageError
    from console.models.core.reference import load_reference_data

    try:
        db = connect(target)
    except psycopg.OperationalError as exc:
        error = StorageError(f"Cannot reach the database server ({target}): {exc}")
        error.server_problem = _connect_problem(exc)     # type: ignore[attr-defined]  (the start-up's message)
        raise error from exc
    apply_migrations(db)
    if load_reference:
        with db.transaction():
            load_reference_data(db)
            resync_ids(db)
    return db


# -- Errors ---------------------------------------------------------------------------------------------------

# The categories of console.models.core.errors (SQLite's result codes sorted the same way).
BUSY, DAMAGED, READ_ONLY, STORAGE, CANCELLED = "busy", "damaged", "read_only", "storage", "cancelled"
_SQLSTATE_KIND = {
    "40001": BUSY,        # serialization_failure
    "40P01": BUSY,        # deadlock_detected
    "55P03": BUSY,        # lock_not_available (lock_timeout)
    "53300": BUSY,        # too_many_connections
    "57P03": BUSY,        # cannot_connect_now (the server is starting)
    "XX001": DAMAGED,     # data_corrupted
    "XX002": DAMAGED,     # index_corrupted
    "25006": READ_ONLY,   # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "42501": READ_ONLY,   # insufficient_privilege: this role may not write there
    "57014": CANCELLED,   # query_canceled (statement_timeout or pg_cancel_backend)
}
_CLASS_KIND = {
    "08": STORAGE,        # connection exception: the server cannot be reached
    "53": STORAGE,        # insufficient resources: disk full, out of memory
    "58": STORAGE,        # system error: I/O
    "57": STORAGE,        # operator intervention: shutdown
}


def classify(exc: BaseException) -> str | None:
    """The category of a PostgreSQL error the officer can act on, or None for a bug (wrong SQL, a constraint).

    A connection lost before any SQLSTATE came back (server down, network cut) counts as storage."""
    if not isinstance(exc, psycopg.Error):
        return None
    state = getattr(exc, "sqlstate", None)
    if state is None:
        return STORAGE if isinstance(exc, psycopg.OperationalError) else None
    return _SQLSTATE_KIND.get(state) or _CLASS_KIND.get(state[:2])


__all__ = ["NAME", "PgDatabase", "PgCursor", "Dialect", "UnsupportedStatement", "classify", "connect",
           "conninfo", "is_target", "placeholders", "pg_errors"]


class Checkpointer:
    """The server checkpoints its own write-ahead log: nothing for a seat to do."""

    def __init__(self, target: str, seat: Any = None):
        self.target = target

    def stop(self) -> None:
        """Nothing to stop."""


# -- The warnings import's blocks (console/models/warnings/importer.py; SQLite's twin in engine/sqlite.py) ------
# A block goes to the server as COPY text (worked out on the import's reading thread) into a temporary staging
# table of the import's own connection, then into warnings by one INSERT ... SELECT ... ON CONFLICT DO NOTHING
# RETURNING, inside the writer's short transaction. The notes need nothing more: pg_trgm's GIN index follows
# every insert (console/models/migrations/postgres/lookup.py).
IMPORT_STAGING = "warning_import_staging"
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


_WRITER_WAITING = ("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = %s AND objid = %s "
                   "AND objsubid = 1 AND NOT granted)")


class WarningBlocks:
    """The import's blocks on PostgreSQL: `prepare` on the reading thread, `write` inside the writer's transaction."""

    def __init__(self, columns: tuple[str, ...]):
        self.columns = columns
        self._key = columns.index("dedupe_key")
        cols = ", ".join(columns)
        self._create = (f"CREATE TEMP TABLE IF NOT EXISTS {IMPORT_STAGING} (pos BIGINT, "
                        + ", ".join(f"{c} TEXT" for c in columns) + ") ON COMMIT DELETE ROWS")
        self._copy = f"COPY {IMPORT_STAGING} (pos, {cols}) FROM STDIN"
        self._insert = (f"INSERT INTO warnings (source, {cols}, batch_id, updated_at) "
                        f"SELECT %s, {cols}, %s, %s FROM {IMPORT_STAGING} ORDER BY pos "
                        "ON CONFLICT DO NOTHING RETURNING dedupe_key")

    def start(self, db: PgDatabase) -> None:
        """Before the first block: nothing (the server sizes and checkpoints its own WAL)."""

    def finish(self, db: PgDatabase) -> None:
        """After the last block: nothing (the staging table empties at each commit, goes with the connection)."""

    def writer_waiting(self, db: PgDatabase, since: float) -> bool:
        """Whether another connection waits for the write lock now (the server's lock queue: a bigint advisory
        lock is listed with its high half as classid, its low half as objid, objsubid 1)."""
        return bool(db.raw.execute(_WRITER_WAITING, [WRITE_LOCK_KEY >> 32, WRITE_LOCK_KEY & 0xFFFFFFFF]).fetchone()[0])

    def prepare(self, rows: list[tuple]) -> tuple[list[str], str]:
        """(the rows' dedupe keys, the rows as COPY text: tab-separated, \\N for NULL, escapes as COPY reads)."""
        esc = _COPY_ESCAPES
        lines = []
        for pos, row in enumerate(rows):
            lines.append("\t".join([str(pos)] + ["\\N" if v is None else str(v).translate(esc) for v in row]))
        return [row[self._key] for row in rows], "\n".join(lines) + "\n" if lines else ""

    def write(self, db: PgDatabase, block: tuple[list[str], str], *, source: str, batch_id: int,
              now: str) -> list[int]:
        """Inserts a prepared block (inside the caller's transaction); returns the places of its rows that did
        not go in because the database already holds their key."""
        keys, data = block
        if not keys:
            return []
        raw = db.raw
        raw.execute(self._create)
        with raw.cursor() as cur:
            with cur.copy(self._copy) as copy:
                copy.write(data)
            cur.execute(self._insert, [source, batch_id, now])
            inserted = {k for (k,) in cur.fetchall()}
        raw.execute(f"DELETE FROM {IMPORT_STAGING}")      # the next block of the same transaction starts empty
        if len(inserted) == len(keys):
            return []
        return [i for i, k in enumerate(keys) if k not in inserted]
