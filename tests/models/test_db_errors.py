"""Database trouble told apart by SQLite's error codes, each provoked for real on a real file: another seat
holding the write lock, a damaged file, a read-only file, a full disk, a query interrupted on purpose."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from console.models.core import errors
from console.models.core.db import (DamagedDatabaseError, ReadOnlyDatabaseError, connect, open_database,
                                    open_read_only, transaction)
from console.models.core.errors import Trouble, classify

# Rows of a count that takes minutes: only an interrupt ends it in time.
ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


pytestmark = pytest.mark.sqlite_only("sqlite3's own error codes on a file (the server's SQLSTATEs are sorted in test_engines.py)")


def raised(fn) -> BaseException:
    try:
        fn()
    except Exception as exc:  # what the call really raised, whatever it is
        return exc
    raise AssertionError("nothing was raised")


def damage_calls_page(path: Path) -> None:
    """Garbage over one leaf page of the calls table; the header and the schema stay sound."""
    db = connect(path)
    db.conn.executemany("INSERT INTO calls (started_at, caller_raw, notes, updated_at) VALUES (?, ?, ?, ?)",
                        [("2026-11-25 10:00:00", f"c{i}", "x" * 200, "2026-11-25 10:00:00") for i in range(500)])
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in db.execute("SELECT pageno FROM dbstat WHERE name = 'calls' AND pagetype = 'leaf'")]
    db.conn.close()
    with open(path, "r+b") as f:
        f.seek((pages[len(pages) // 2] - 1) * size)
        f.write(b"\xff\x00garbage" * (size // 9))


def test_a_seat_holding_the_write_lock_is_busy(db_path):
    other_seat = connect(db_path)
    other_seat.execute("BEGIN IMMEDIATE")
    try:
        db = connect(db_path)
        db.execute("PRAGMA busy_timeout = 50")        # the real 10 s would only make the test slow
        exc = raised(lambda: transaction(db).__enter__())
        assert isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorname == "SQLITE_BUSY"
        assert classify(exc) is Trouble.BUSY
        db.conn.close()
    finally:
        other_seat.conn.rollback()
        other_seat.conn.close()


def test_a_table_locked_by_its_own_reader_is_busy(db):
    """SQLITE_LOCKED: a statement still reading the table while the same connection alters it."""
    db.execute("CREATE TABLE scratch (x)")
    db.conn.executemany("INSERT INTO scratch VALUES (?)", [(i,) for i in range(10)])
    db.conn.commit()
    reading = db.conn.execute("SELECT x FROM scratch")
    reading.fetchone()
    exc = raised(lambda: db.conn.execute("DROP TABLE scratch"))
    assert exc.sqlite_errorname == "SQLITE_LOCKED"
    assert classify(exc) is Trouble.BUSY


def test_a_damaged_page_is_damage(db_path):
    damage_calls_page(db_path)
    db = open_read_only(db_path)
    exc = raised(lambda: db.execute("SELECT sum(length(notes)) FROM calls").fetchone())
    assert exc.sqlite_errorname.startswith("SQLITE_CORRUPT")
    assert classify(exc) is Trouble.DAMAGED
    db.conn.close()


def test_a_file_that_is_not_a_database_is_damage(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are the officer's notes, not a database " * 200)
    exc = raised(lambda: sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall())
    assert exc.sqlite_errorname == "SQLITE_NOTADB"
    assert classify(exc) is Trouble.DAMAGED


def test_writing_through_a_read_only_opening_is_read_only(db_path):
    db = open_read_only(db_path)          # mode=ro: SQLite itself refuses (chmod does not stop root)
    exc = raised(lambda: db.execute("UPDATE users SET display_name = 'x'"))
    assert exc.sqlite_errorname.startswith("SQLITE_READONLY")
    assert classify(exc) is Trouble.READ_ONLY
    db.conn.close()


def test_a_full_disk_is_storage():
    exc = raised(lambda: sqlite3.connect("/dev/full").execute("CREATE TABLE t (x)"))
    assert exc.sqlite_errorname == "SQLITE_FULL"
    assert classify(exc) is Trouble.STORAGE


def test_a_database_grown_to_its_limit_is_storage(db):
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0] + 2}")
    exc = raised(lambda: db.conn.executemany("INSERT INTO calls (started_at, caller_raw, notes, updated_at) "
                                             "VALUES ('2026-11-25', 'x', ?, '2026-11-25')", [("n" * 4000,)] * 50))
    assert exc.sqlite_errorname == "SQLITE_FULL"
    assert classify(exc) is Trouble.STORAGE


def test_a_file_that_cannot_be_opened_is_storage(tmp_path):
    exc = raised(lambda: open_read_only(tmp_path / "no-such-folder" / "console.db").execute("SELECT 1").fetchone())
    assert exc.sqlite_errorname == "SQLITE_CANTOPEN"
    assert classify(exc) is Trouble.STORAGE


def test_an_interrupted_long_query_is_cancelled(db_path):
    db = open_read_only(db_path)
    started = time.monotonic()
    timer = threading.Timer(0.3, db.conn.interrupt)       # from another thread, as the task runner does
    timer.start()
    exc = raised(lambda: db.execute(ENDLESS).fetchone())
    timer.join()
    assert exc.sqlite_errorname == "SQLITE_INTERRUPT"
    assert classify(exc) is Trouble.CANCELLED
    assert time.monotonic() - started < 10
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] > 0      # the connection works on
    db.conn.close()


def test_the_consoles_own_storage_errors_keep_their_kind():
    assert classify(DamagedDatabaseError("marked damaged")) is Trouble.DAMAGED
    assert classify(ReadOnlyDatabaseError("read-only folder")) is Trouble.READ_ONLY


def test_everything_else_is_no_database_trouble(db):
    constraint = raised(lambda: db.execute("INSERT INTO stations (name, district_code) VALUES ('x', 'nowhere')"))
    assert isinstance(constraint, sqlite3.IntegrityError)
    syntax = raised(lambda: db.execute("SELEC 1"))
    closed = sqlite3.connect(":memory:")
    closed.close()
    misuse = raised(lambda: closed.execute("SELECT 1"))
    for exc in (constraint, syntax, misuse, ValueError("bad value"), KeyError("x"), OSError(5, "I/O")):
        assert classify(exc) is None, exc
    # A wrapped error is read as what it is, not as what it wraps (a damaged backup is not the live file).
    try:
        raise ValueError("backup unreadable") from sqlite3.DatabaseError("file is not a database")
    except ValueError as wrapped:
        assert classify(wrapped) is None


def test_opening_a_file_damaged_inside_is_told_by_its_code(db_path):
    """The header and schema are sound (the start-up probe passes); the reference data's page is not."""
    db = connect(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    db.conn.close()
    with open(db_path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xff\x00garbage" * (size // 9))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path, check=False)
    assert classify(caught.value.__cause__) is Trouble.DAMAGED


@pytest.mark.parametrize("trouble", list(Trouble))
def test_each_kind_has_a_plain_message(trouble):
    text = errors.message(trouble)
    assert text and text.endswith(".")
    assert "SQLITE" not in text and "sqlite" not in text and "Error" not in text
