"""Moving a centre between engines: a console's SQLite file into an empty PostgreSQL database, and back
(an offline copy of the server on a laptop), every table's rows counted on both sides and the audit chain
verified on the copy.

    python -m console.server copy --from centre.db --to "postgresql://hotline_owner@db:5432/hotline"
    python -m console.server copy --from "service=hotline" --to offline.db

Both are opened as the console opens them (an older source file is upgraded first, a newer one refused),
so they are at one schema version; the target must hold no case data.

The source is read as ONE snapshot, from the first table's name to the last row and every count the check
compares: a console in use may go on writing meanwhile, and the copy holds exactly what was committed when
the snapshot was taken (never a request without its accounts, never a row whose parent came later). On
SQLite one read transaction (a deferred BEGIN, made to hold by a first read) on the source's one connection,
opened before anything is read and rolled back only after the last count; in WAL mode the seats write on
meanwhile (their commits go to the -wal file, which cannot be checkpointed past the snapshot until the copy
ends, so it grows by what they write). On PostgreSQL as the source one REPEATABLE READ READ ONLY
transaction, its rows read through a server-side cursor a block at a time. Nothing in between may end that
transaction: before it is closed the copy checks it is still the one it opened, and refuses otherwise.

The target is written in short transactions: rows go over table by table in the order their foreign keys
need, in blocks of BLOCK rows per transaction, so seats reading the server are never held up for long (into
PostgreSQL with COPY FROM STDIN, a statement a block; into SQLite with executemany). Tables a target fills
by itself are left to it: the full-text rows and the chunk numbers (SQLite's triggers re-index each copied
note), and the daily statistics summaries, which both engines' triggers keep as the rows arrive.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

BLOCK = 5_000
# Filled by the target itself (see the module's docstring), never copied.
ALWAYS_SKIPPED = {"fulltext_chunks", "note_gram_blocks", "schema_migrations", "_sqlite_migrations", "sqlite_sequence", "sqlite_stat1"}
SUMMARIES = ("stats_",)
# Reference tables the target's start may already have filled: replaced by the source's rows.
REFERENCE = {"districts", "stations", "fraud_types", "call_types", "outcomes", "banks", "card_bins",
             "warning_levels", "sms_templates", "meta"}


class CopyError(Exception):
    """The copy cannot go on (the message says why); nothing of the source is changed."""


@dataclass
class CopyReport:
    tables: dict[str, tuple[int, int]] = field(default_factory=dict)    # table -> (source rows, target rows)
    seconds: float = 0.0

    @property
    def mismatched(self) -> dict[str, tuple[int, int]]:
        return {t: n for t, n in self.tables.items() if n[0] != n[1]}


def _tables(db: Any) -> list[str]:
    from console.models.core.engine import POSTGRESQL, engine_of

    if engine_of(db) is POSTGRESQL:
        return [r[0] for r in db.raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'notes_%' "
        "AND name NOT LIKE 'scripts_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _columns(db: Any, table: str) -> list[str]:
    from console.models.core.engine import POSTGRESQL, engine_of

    if engine_of(db) is POSTGRESQL:
        return [r[0] for r in db.raw.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", [table])]
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def _dependency_order(db: Any, tables: list[str]) -> list[str]:
    """Tables ordered so that each comes after the tables its foreign keys point at."""
    from console.models.core.engine import POSTGRESQL, engine_of

    needs: dict[str, set[str]] = {t: set() for t in tables}
    for t in tables:
        if engine_of(db) is POSTGRESQL:
            refs = [r[0] for r in db.raw.execute(
                "SELECT DISTINCT ccu.table_name FROM information_schema.table_constraints tc "
                "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
                "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = %s", [t])]
        else:
            refs = [r[2] for r in db.execute(f"PRAGMA foreign_key_list({t})")]
        needs[t] = {r for r in refs if r in needs and r != t}
    ordered: list[str] = []
    while needs:
        ready = sorted(t for t, n in needs.items() if not n - set(ordered))
        if not ready:
            raise CopyError(f"foreign keys form a cycle between: {', '.join(sorted(needs))}")
        for t in ready:
            ordered.append(t)
            del needs[t]
    return ordered


def _count(db: Any, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


class _Snapshot:
    """One consistent read of the source on its one connection, from `__init__` to `close()`: every table
    name, column, row and count the copy reads comes from the same committed state (see the docstring)."""

    def __init__(self, db: Any):
        from console.models.core.engine import POSTGRESQL, engine_of

        self.db = db
        self.server = engine_of(db) is POSTGRESQL
        if db.conn.in_transaction:         # open_database leaves none open; a BEGIN here would nest or fail
            raise CopyError("The source's connection is inside a transaction: its snapshot cannot be taken.")
        if self.server:
            db.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            # the snapshot is taken by the transaction's first query; its start time names the transaction
            self._began = db.raw.execute("SELECT transaction_timestamp()").fetchone()[0]
        else:
            # Python's sqlite3 neither commits nor begins around a SELECT or a PRAGMA (only around data
            # changes, which the copy never makes on its source): the deferred BEGIN holds until close().
            # A deferred transaction takes its snapshot at its first read: made here, before anything else.
            db.conn.execute("BEGIN")
            db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def rows(self, select: str, name: str) -> Any:
        """A cursor over the statement's rows, read a block at a time (fetchmany): on PostgreSQL a server-side
        cursor of the snapshot's transaction, so a table of millions of rows never sits in memory at once."""
        if not self.server:
            return self.db.execute(select)
        cur = self.db.raw.cursor(name=f"copy_{name}")
        cur.itersize = BLOCK
        cur.execute(self.db.dialect.translate(select)[0])
        return cur

    def check(self) -> None:
        """Raises unless the transaction opened by __init__ is still the one open (nothing ended it)."""
        if not self.db.conn.in_transaction:
            raise CopyError("The source's snapshot ended before the copy did: copy again.")
        if self.server and self.db.raw.execute("SELECT transaction_timestamp()").fetchone()[0] != self._began:
            raise CopyError("The source's snapshot ended before the copy did: copy again.")

    def close(self) -> None:
        """Ends the read (it changed nothing); the connection may already be gone after a failure."""
        try:
            if self.server and self.db.conn.in_transaction:
                self.db.raw.execute("ROLLBACK")
            elif not self.server and self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 (closing after a failure: the connection's own close ends it too)
            pass


def copy_database(source_target: str, dest_target: str, *,
                  progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copies every case table of source into dest (an empty database of the other engine or the same)."""
    from console.models.core.audit import verify_chain
    from console.models.core.db import open_database, schema_state, transaction
    from console.models.core.engine import POSTGRESQL, engine_of

    started = time.perf_counter()
    source = open_database(source_target, load_reference=False, check=False)
    dest = open_database(dest_target, load_reference=False, check=False)
    snapshot: _Snapshot | None = None
    try:
        snapshot = _Snapshot(source)     # before the first read of the source: the schema state too
        if schema_state(source).applied != schema_state(dest).applied:
            raise CopyError("The source and the target are at different schema versions.")
        tables = [t for t in _dependency_order(source, _tables(source)) if t not in ALWAYS_SKIPPED]
        dest_tables = set(_tables(dest))
        tables = [t for t in tables if not t.startswith(SUMMARIES)]
        missing = [t for t in tables if t not in dest_tables]
        if missing:
            raise CopyError(f"The target has no table {', '.join(missing)}.")
        busy = [t for t in tables if t not in REFERENCE and not t.startswith(SUMMARIES) and _count(dest, t)]
        if busy:
            raise CopyError(f"The target already holds case data ({', '.join(busy)}): copy into an empty database.")
        report = CopyReport()
        if engine_of(dest) is POSTGRESQL:
            # The copy's commits need not wait for the disk one by one: a crash mid-copy means copying again
            # into an empty database; the counts and the audit chain are checked after the last commit.
            dest.raw.execute("SET synchronous_commit = off")
        with transaction(dest):               # reference rows a start may have loaded give way to the source's
            for t in reversed(tables):
                if t in REFERENCE or t.startswith(SUMMARIES):
                    dest.execute(f"DELETE FROM {t}")
        for t in tables:
            columns = [c for c in _columns(source, t) if c in set(_columns(dest, t))]
            select = f"SELECT {', '.join(columns)} FROM {t} ORDER BY {_order_key(source, t, columns)}"
            write = _block_writer(dest, t, columns)
            cur = snapshot.rows(select, t)
            n = 0
            try:
                while rows := cur.fetchmany(BLOCK):
                    with transaction(dest):
                        write(rows)
                    n += len(rows)
                    if progress:
                        progress(t, n)
            finally:
                cur.close()
            report.tables[t] = (_count(source, t), _count(dest, t))     # the source's in the same snapshot
        snapshot.check()
        if engine_of(dest) is POSTGRESQL:
            from console.models.core.engine.postgres import resync_ids, settle_after_copy
            resync_ids(dest)
            settle_after_copy(dest)
        if report.mismatched:
            raise CopyError("Rows differ after the copy: " + ", ".join(
                f"{t} {a} -> {b}" for t, (a, b) in report.mismatched.items()))
        broken = verify_chain(dest)
        if broken:
            raise CopyError(f"The audit trail of the copy breaks at row {broken.row_id}: {broken.reason}")
        report.seconds = time.perf_counter() - started
        return report
    finally:
        if snapshot is not None:
            snapshot.close()
        source.conn.close()
        dest.conn.close()


def _block_writer(dest: Any, table: str, columns: list[str]) -> Callable[[list], None]:
    """How a block of rows goes into the target's table: PostgreSQL's COPY FROM STDIN (one statement for the
    block; the server parses each value by its column's type, as it parses a literal), SQLite's executemany."""
    from console.models.core.engine import POSTGRESQL, engine_of

    names = ", ".join(columns)
    if engine_of(dest) is POSTGRESQL:
        statement = f"COPY {table} ({names}) FROM STDIN"

        def copy_rows(rows: list) -> None:
            with dest.raw.cursor() as cur, cur.copy(statement) as copy:
                for row in rows:
                    copy.write_row(tuple(row))
        return copy_rows
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    return lambda rows: dest.conn.executemany(insert, [tuple(r) for r in rows])


def _order_key(db: Any, table: str, columns: list[str]) -> str:
    return "id" if "id" in columns else ", ".join(columns[:3])
