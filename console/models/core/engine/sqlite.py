"""SQLite engine: the one-seat default, a local file through sqlite-utils.

Its connecting, probing, backup and restore live where they always have (console/models/core/db.py and
console/models/admin/backup.py); this module presents them as an `Engine` beside PostgreSQL's.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

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


# In a process whose Checkpointer (below) copies the WAL into the file in the background, a connection's
# automatic checkpoint is only a bound, never the routine (a save that checkpoints copies and syncs up to
# 1,000 pages: 46-203 ms, docs/performance.md): it comes at this many pages (~40 MB at 4 KB pages), if the
# checkpointer ever falls behind. A process without one (the demo generator, the command lines, a tool)
# keeps SQLite's own checkpoint every 1,000 pages.
WAL_AUTOCHECKPOINT_PAGES = 10_000
# Once the log was copied and starts again from its beginning, the -wal file is cut back to this size.
WAL_SIZE_LIMIT_BYTES = 8 * 1024 * 1024
_checkpointed: dict[str, int] = {}          # resolved path -> checkpointers running for it in this process
_checkpointed_lock = threading.Lock()


def _key(path: str | Path) -> str:
    return str(Path(path).resolve())


def set_up_connection(conn: sqlite3.Connection, path: str | Path) -> None:
    """What every connection that writes the console's file gets beside the shared pragmas (db.connect)."""
    conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}")
    with _checkpointed_lock:
        background = _checkpointed.get(_key(path), 0) > 0
    if background:
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")


class Checkpointer:
    """Keeps the WAL small off every save's path: a thread of its own, with its own connection, copies the
    committed pages into the database file (PASSIVE: it never waits for or blocks a writer or a reader) at
    most every EVERY_S while seats commit; the next write after a checkpoint that copied everything starts
    the log again from its beginning (and cuts the file to WAL_SIZE_LIMIT_BYTES). Under a stream of writes
    with no pause (an import, a stress test) that moment may not come: the log then grows to the
    connections' own bound, whose checkpoint finds all but the last second's pages copied already. A RESTART
    checkpoint asked between such writes was tried: SQLite's busy handler, asking at growing intervals,
    almost never found the write lock free (1 in 20). The -wal file is truncated once the base was quiet
    for QUIET_S, and on stop (the console closing); a crash leaves at most what the bound lets grow."""

    EVERY_S = 2.0                  # a checkpoint at most this often while commits come (0.25 s: more syncs, a worse p99)
    POLL_S = 0.2                   # how often the thread looks for commits (PRAGMA data_version: no table read)
    QUIET_S = 30.0                 # no commit for this long: the -wal file is cut back to nothing
    TRUNCATE_ABOVE = 4 * 1024 * 1024   # ... when it is larger than this

    def __init__(self, target: str | Path, seat: Any = None):
        """seat: the connection the process opened before (the console's own); every connection opened from
        now on leaves the routine checkpoint to this one."""
        self.path = Path(target)
        self.checkpoints = 0          # PASSIVE checkpoints made (tests, the benchmark)
        with _checkpointed_lock:
            _checkpointed[_key(self.path)] = _checkpointed.get(_key(self.path), 0) + 1
        if seat is not None:
            set_up_connection(seat.conn, self.path)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpointer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = sqlite3.connect(str(self.path), check_same_thread=True)
        try:
            conn.execute("PRAGMA busy_timeout = 0")     # a busy base: try again at the next look, never wait
            seen = conn.execute("PRAGMA data_version").fetchone()[0]
            dirty, last_commit, last_checkpoint = True, time.monotonic(), 0.0
            while not self._stop.wait(self.POLL_S):
                now = time.monotonic()
                try:
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                    if version != seen:
                        seen, dirty, last_commit = version, True, now
                    if dirty and now - last_checkpoint >= self.EVERY_S:
                        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                        self.checkpoints += 1
                        dirty, last_checkpoint = False, time.monotonic()
                    elif now - last_commit >= self.QUIET_S and self._wal_bytes() > self.TRUNCATE_ABOVE:
                        self._truncate(conn)
                except sqlite3.Error as exc:     # busy, or the file went: the next look tries again
                    log.debug("checkpoint skipped: %s", exc)
            self._truncate(conn)
        except sqlite3.Error as exc:
            log.warning("WAL checkpointer stopped: %s", exc)
        finally:
            conn.close()

    def _wal_bytes(self) -> int:
        try:
            return os.stat(f"{self.path}-wal").st_size
        except OSError:
            return 0

    def _truncate(self, conn: sqlite3.Connection) -> None:
        """Copies everything and cuts the -wal file to nothing. With no busy wait it never holds a writer up:
        when a seat is writing or a reader still uses the WAL it does what a PASSIVE one would."""
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            log.debug("truncating checkpoint skipped: %s", exc)

    def stop(self) -> None:
        """The last checkpoint, truncating the -wal file; returns once the thread has ended."""
        self._stop.set()
        self._thread.join()
        with _checkpointed_lock:
            left = _checkpointed.pop(_key(self.path), 1) - 1
            if left:
                _checkpointed[_key(self.path)] = left


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


# Pages of merged index each step writes: a few milliseconds of the write lock at a time.
TIDY_PAGES = 64
TIDY_TABLES = ("notes_tri", "notes_uni")


def tidy_search_step(db: Any) -> bool:
    """One step of merging the notes' full-text segments (FTS5's incremental 'merge', a negative size so
    every segment takes part, as 'optimize' does in one go). Every autosave re-indexes the note's changed
    chunks, and an import or a deletion adds segments and delete markers that each lookup then reads past:
    on the 10-year benchmark base, merged, a 1-character word's lookup went from 26-94 to 15-26 ms at p95.
    True while more is to do (FTS5 counts two or more changes when a merge did work)."""
    more = False
    for table in TIDY_TABLES:
        before = db.conn.total_changes
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)", [-TIDY_PAGES])
        more = more or db.conn.total_changes - before >= 2
    return more


def check(target: str | Path):
    """A file's SQLite version and schema history (TargetFacts), read-only; TargetProblem when it is missing
    or no database."""
    from sqlite_utils import Database

    from console.models.core.db import schema_state
    from console.models.core.engine import probe

    path = Path(target).expanduser()
    if not path.is_file():
        raise probe.TargetProblem(probe.NO_DATABASE, str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            state = schema_state(Database(conn))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise probe.TargetProblem(probe.OTHER, str(exc)) from exc
    known = len(state.applied) + len(state.pending)
    return probe.TargetFacts("SQLite", sqlite3.sqlite_version, applied=len(state.applied) + len(state.unknown),
                             known=known, newer=len(state.unknown))


BACKUP_SUFFIX = ".db"


def backup_to(target: str | Path, path: Path) -> None:
    from console.models.admin.backup import write_sqlite_backup

    write_sqlite_backup(Path(target), Path(path))


def check_backup(path: Path) -> None:
    from console.models.admin.backup import check_sqlite_backup

    check_sqlite_backup(Path(path))


def restore(path: Path, target: str | Path) -> Any:
    from console.models.admin.backup import restore_sqlite_backup

    return restore_sqlite_backup(Path(path), Path(target))


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


# -- The warnings import's blocks (console/models/warnings/importer.py) ------------------------------------------
# A block goes in as one INSERT of many VALUES rows (its values bound in one call: SQLite then works without
# the interpreter; a JSON array read by json_each, as before, cost 35 µs a row in json_extract, the VALUES
# rows 7), and both full-text tables get the block's notes in one statement each, while a row in
# fulltext_by_writer (inserted and deleted inside the import's own transaction, so no other connection ever
# sees it) makes the warnings' insert trigger stand aside (lookup m005). The unigram text is worked out on
# the import's reading thread (cjk_tokens is Python: called by the trigger it ran on the writing thread, a
# quarter of the SQLite time). The rows are exactly those the triggers and the maintenance rebuild write
# (tests/models/test_import_fulltext.py).
_VALUES_ROWS = 2000           # rows per INSERT at most (SQLite allows 32,766 bound values a statement)
# While importing, the import's connection copies the WAL into the database (its automatic checkpoint, run
# after its commit, the write lock already free) every IMPORT_CHECKPOINT_PAGES pages instead of SQLite's
# 1,000: a block's commit writes some 1,300 pages (each random-keyed index takes each row somewhere else),
# so every commit paid a checkpoint, and most of those pages are written again by the next blocks.
IMPORT_CHECKPOINT_PAGES = 8000


# -- A writer waiting for the write lock, heard by the warnings import ----------------------------------------------
# SQLite keeps no queue of the connections waiting for its write lock: a seat asks again every 2 ms
# (console/models/core/db.py). So that a long writer (the warnings import) can end its transaction as soon as a
# seat waits, instead of after its whole time budget, a waiting writer "knocks": it touches a small file beside the
# database (KNOCK_SUFFIX; the -wal and -shm files already need that folder writable and the host shared, so every
# seat of one file sees it) when it first finds the lock taken and again every KNOCK_EVERY_S while it waits. The
# import compares the file's modification time with the moment its transaction got the lock.
KNOCK_SUFFIX = "-knock"
KNOCK_EVERY_S = 0.005


def knock_path(conn: sqlite3.Connection) -> Path | None:
    """The knock file of a connection's main database (None for one in memory)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file + KNOCK_SUFFIX) if file else None
    return None


def knock(path: Path | None) -> None:
    """Says a writer waits for the write lock (touches the knock file, created private to the user)."""
    if path is None:
        return
    try:
        os.utime(path)
    except FileNotFoundError:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        except OSError:
            pass
    except OSError:            # a read-only folder: nobody can hear, nothing else changes
        pass


class WarningBlocks:
    """The import's blocks on SQLite: `prepare` on the reading thread, `write` inside the writer's transaction."""

    def __init__(self, columns: tuple[str, ...]):
        from console.models.migrations.lookup import CHUNK, FULLTEXT_BY_WRITER, KIND_NUMBER, KINDS, MAX_CHUNKS, OVERLAP

        self.columns = columns
        self._width = len(columns)
        self._key = columns.index("dedupe_key")
        self._notes = columns.index("notes")
        self._cache: dict[str, list[str]] = {}
        self._chunk, self._overlap, self._max_chunks = CHUNK, OVERLAP, MAX_CHUNKS
        kind = KIND_NUMBER["warning"]
        self._by_writer = FULLTEXT_BY_WRITER
        self._row = "(" + ", ".join("?" * self._width) + ")"
        self._head = (f"INSERT OR IGNORE INTO warnings (source, batch_id, updated_at, {', '.join(columns)}) "
                      f"SELECT ?, ?, ?, v.* FROM (VALUES ")
        self._statements: dict[int, str] = {}
        self._insert_tri = (
            f"INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT (w.id * {KINDS} + {kind}) * {MAX_CHUNKS} "
            f"+ c.i, substr(w.notes, c.i * {CHUNK} + 1, {CHUNK + OVERLAP}), 'warning', w.id FROM warnings w "
            f"JOIN fulltext_chunks c ON c.i < (length(w.notes) + {CHUNK - 1}) / {CHUNK} "
            f"WHERE w.id > ? AND w.batch_id = ? AND w.notes != '' ORDER BY 1")
        self._insert_uni = "INSERT INTO notes_uni (rowid, text, kind, record_id) VALUES (?, ?, 'warning', ?)"
        self._uni_rowid = (KINDS, kind, MAX_CHUNKS)

    def start(self, db: Any) -> None:
        """Before the first block: the import's connection checkpoints less often (see IMPORT_CHECKPOINT_PAGES)."""
        self._checkpoint_before = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        db.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")
        self._knock = knock_path(db.conn)

    def writer_waiting(self, db: Any, since: float) -> bool:
        """Whether another writer knocked (waits for the write lock) after `since` (time.time() of the moment
        the import's transaction got the lock)."""
        knocked = getattr(self, "_knock", None)
        if knocked is None:
            return False
        try:
            return os.stat(knocked).st_mtime > since
        except OSError:
            return False

    def finish(self, db: Any) -> None:
        """After the last block (or a failure): the connection's own checkpoint interval again, and the WAL
        copied into the database now rather than by the next seat's save."""
        db.execute(f"PRAGMA wal_autocheckpoint = {getattr(self, '_checkpoint_before', 1000)}")
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def _insert_rows(self, n: int) -> str:
        sql = self._statements.get(n)
        if sql is None:
            sql = self._statements[n] = self._head + ", ".join([self._row] * n) + ") v RETURNING id, dedupe_key"
        return sql

    def _unigrams(self, notes: str) -> list[str]:
        """The unigram text of a note's chunks (the triggers' cuts); platform notes repeat: cached."""
        tokens = self._cache.get(notes)
        if tokens is None:
            from console.models.core.db import cjk_tokens

            size, span = self._chunk, self._chunk + self._overlap
            tokens = [cjk_tokens(notes[i * size:i * size + span])
                      for i in range(min(self._max_chunks, (len(notes) + size - 1) // size))]
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[notes] = tokens
        return tokens

    def prepare(self, rows: list[tuple]) -> tuple[list[str], list, dict[str, list[str]]]:
        """(the rows' dedupe keys, their values in one flat list, the unigram text of each key's note chunks)."""
        k, n = self._key, self._notes
        flat: list = []
        for row in rows:
            flat.extend(row)
        return [row[k] for row in rows], flat, {row[k]: self._unigrams(row[n]) for row in rows if row[n]}

    def write(self, db: Any, block: tuple[list[str], list, dict[str, list[str]]], *, source: str, batch_id: int,
              now: str) -> list[int]:
        """Inserts a prepared block (inside the caller's transaction); returns the places of its rows that did
        not go in because the database already holds their key."""
        keys, flat, unigrams = block
        if not keys:
            return []
        conn, width = db.conn, self._width
        before = conn.execute("SELECT coalesce(max(id), 0) FROM warnings").fetchone()[0]
        conn.execute(f"INSERT INTO {self._by_writer} (writer) VALUES ('import')")
        ids: dict[str, int] = {}
        for start in range(0, len(keys), _VALUES_ROWS):
            n = min(_VALUES_ROWS, len(keys) - start)
            ids.update((key, rid) for rid, key in conn.execute(
                self._insert_rows(n), [source, batch_id, now, *flat[start * width:(start + n) * width]]))
        conn.execute(self._insert_tri, [before, batch_id])
        kinds, kind, max_chunks = self._uni_rowid
        conn.executemany(self._insert_uni, [((rid * kinds + kind) * max_chunks + i, text, rid)
                                            for key, rid in ids.items() for i, text in enumerate(unigrams.get(key, ()))])
        conn.execute(f"DELETE FROM {self._by_writer} WHERE writer = 'import'")
        if len(ids) == len(keys):
            return []
        return [i for i, key in enumerate(keys) if key not in ids]
