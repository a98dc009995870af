"""The task runner on real worker threads and real files: each job gets its own connection, closed when it
ends; cancelling interrupts a query in flight; a failure reaches the officer as a plain sentence and the
log keeps the detail."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from console.models.core.db import connect, transaction
from console.models.core.errors import Trouble, message
from console.ui.tasks import ImmediateRunner, TaskRunner, failure_message
from tests.models.test_db_errors import ENDLESS, damage_calls_page


@pytest.fixture
def pool():
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    yield pool
    pool.waitForDone(10_000)


class Outcome:
    """What the handlers were called with, on the UI thread."""

    def __init__(self):
        self.results: list = []
        self.failures: list[Exception] = []

    def handlers(self):
        return self.results.append, self.failures.append


def is_closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_a_reading_job_gets_a_read_only_connection_of_its_own_closed_after(qtbot, db_path, db, pool):
    runner, out, seen = TaskRunner(db_path, pool), Outcome(), {}

    def job(conn_db, progress):
        seen["conn"], seen["thread"] = conn_db.conn, threading.get_ident()
        return conn_db.execute("SELECT count(*) FROM users").fetchone()[0]

    runner.read(job, *out.handlers())
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert out.results == [db.execute("SELECT count(*) FROM users").fetchone()[0]] and not out.failures
    assert seen["conn"] is not db.conn and seen["thread"] != threading.get_ident()
    assert is_closed(seen["conn"])

    runner.read(lambda conn_db, progress: conn_db.execute("UPDATE users SET display_name = 'x'"), *out.handlers())
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert len(out.failures) == 1
    assert failure_message(out.failures[0]) == message(Trouble.READ_ONLY)
    assert db.execute("SELECT count(*) FROM users WHERE display_name = 'x'").fetchone()[0] == 0


def test_a_writing_job_commits_and_its_connection_is_closed(qtbot, db_path, db, pool):
    runner, out, seen = TaskRunner(db_path, pool), Outcome(), {}

    def job(conn_db, progress):
        seen["conn"] = conn_db.conn
        conn_db.execute("UPDATE users SET display_name = 'Written by a job' WHERE username = 'officer'")
        return True

    runner.write(job, *out.handlers())
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert out.results == [True]
    assert db.execute("SELECT display_name FROM users WHERE username = 'officer'").fetchone()[0] == "Written by a job"
    assert is_closed(seen["conn"])


def test_cancelling_interrupts_the_query_in_flight_and_reports_nothing(qtbot, db_path, pool):
    runner, out, seen = TaskRunner(db_path, pool), Outcome(), {}
    running = threading.Event()

    def job(conn_db, progress):
        seen["conn"] = conn_db.conn
        running.set()
        return conn_db.execute(ENDLESS).fetchone()

    task = runner.read(job, *out.handlers())
    assert running.wait(10)
    time.sleep(0.2)                          # well inside the count
    started = time.monotonic()
    task.cancel()
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert time.monotonic() - started < 5
    assert out.results == [] and out.failures == []
    assert is_closed(seen["conn"])


def test_a_query_started_after_the_cancel_is_stopped_too(qtbot, db_path, pool):
    """interrupt() only stops what runs at that moment; the job's next statement is stopped as well."""
    runner, out = TaskRunner(db_path, pool), Outcome()
    cancelled, statements = threading.Event(), []

    def job(conn_db, progress):
        statements.append(conn_db.execute("SELECT count(*) FROM users").fetchone()[0])
        cancelled.wait(10)                   # cancelled here, between two statements
        statements.append(conn_db.execute(ENDLESS).fetchone())
        return statements

    task = runner.read(job, *out.handlers())
    qtbot.waitUntil(lambda: len(statements) == 1, timeout=10_000)
    task.cancel()
    cancelled.set()
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert len(statements) == 1 and out.results == [] and out.failures == []


def test_a_job_cancelled_before_it_starts_never_opens_a_connection(qtbot, db_path):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner, out, opened = TaskRunner(db_path, pool), Outcome(), []
    gate = threading.Event()
    runner.start(lambda progress: gate.wait(10))             # the only worker is busy
    queued = runner.read(lambda conn_db, progress: opened.append(conn_db), *out.handlers())
    queued.cancel()
    gate.set()
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    pool.waitForDone(10_000)
    assert opened == [] and out.results == [] and out.failures == []


def test_a_cancelled_writing_job_finishes_its_block_and_says_how_far_it_got(qtbot, db_path, db, pool):
    runner, out = TaskRunner(db_path, pool), Outcome()
    first_block = threading.Event()
    go_on = threading.Event()

    def job(conn_db, progress):
        written = 0
        for block in range(5):
            with transaction(conn_db):
                conn_db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, 'x')",
                                         [(f"block{block}-{i}",) for i in range(100)])
            written += 100
            first_block.set()
            go_on.wait(10)
            if not progress(written, 500):
                break
        return written

    task = runner.write(job, *out.handlers())
    assert first_block.wait(10)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert out.results == [100] and out.failures == []
    assert db.execute("SELECT count(*) FROM meta WHERE key LIKE 'block%'").fetchone()[0] == 100


def test_a_damaged_file_reaches_the_officer_as_a_plain_sentence(qtbot, db_path, pool, caplog):
    damage_calls_page(db_path)
    runner, out = TaskRunner(db_path, pool), Outcome()
    with caplog.at_level(logging.WARNING, logger="console.ui.tasks"):
        runner.read(lambda conn_db, progress: conn_db.execute("SELECT sum(length(notes)) FROM calls").fetchone(),
                    *out.handlers())
        qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert len(out.failures) == 1
    text = failure_message(out.failures[0])
    assert text == message(Trouble.DAMAGED) and "malformed" not in text
    assert "malformed" in caplog.text                 # the detail is in the log


def test_an_unexpected_error_shows_an_apology_and_logs_the_detail(caplog, db_path):
    runner, out = ImmediateRunner(db_path), Outcome()
    card = "6222021234567890123"

    def job(conn_db, progress):
        raise ValueError(f"cannot parse {card}")

    with caplog.at_level(logging.ERROR, logger="console.ui.tasks"):
        runner.read(job, *out.handlers())
    text = failure_message(out.failures[0])
    assert card not in text and "ValueError" not in text and "parse" not in text
    assert "log" in text
    assert "cannot parse" in caplog.text


def test_a_runner_without_a_database_refuses_database_jobs():
    with pytest.raises(RuntimeError):
        ImmediateRunner().read(lambda db, progress: None)


def test_a_writing_job_meeting_another_seats_lock_says_busy_and_writes_nothing(qtbot, db_path, db, pool):
    """The real busy timeout (10 s) runs out while another seat holds the write lock."""
    other_seat = connect(db_path)
    other_seat.execute("BEGIN IMMEDIATE")
    runner, out = TaskRunner(db_path, pool), Outcome()

    def job(conn_db, progress):
        with transaction(conn_db):
            conn_db.execute("UPDATE users SET display_name = 'Never written' WHERE username = 'officer'")

    try:
        runner.write(job, *out.handlers())
        qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=30_000)
    finally:
        other_seat.conn.rollback()
        other_seat.conn.close()
    assert out.results == [] and len(out.failures) == 1
    assert failure_message(out.failures[0]) == message(Trouble.BUSY)
    assert db.execute("SELECT count(*) FROM users WHERE display_name = 'Never written'").fetchone()[0] == 0
