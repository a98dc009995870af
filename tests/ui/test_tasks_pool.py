"""A server seat's background jobs on pooled connections, on a real throwaway cluster (tests/pg.py): a real
TaskRunner on worker threads borrows from a small pool instead of connecting anew; the connections are set
up as connect() sets one up, a cancelled or broken one never spoils the next job, and closing the runner
leaves none behind."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from console.models.core.db import connect, job_pool
from console.models.core.engine.postgres import JOB_APPLICATION, JOB_POOL_SIZE
from console.models.core.errors import Trouble, classify
from console.ui.tasks import TaskRunner
from tests.pg import db_path_on_postgresql  # noqa: F401  (db_path is a PostgreSQL database)


@pytest.fixture
def threads():
    threads = QThreadPool()
    threads.setMaxThreadCount(8)         # more jobs at once than the pool has connections
    yield threads
    threads.waitForDone(30_000)


@pytest.fixture
def runner(db_path, threads):
    runner = TaskRunner(db_path, threads)
    yield runner
    threads.waitForDone(30_000)
    runner.close()


@pytest.fixture
def watcher(db_path):
    """The test's own connection (not a job's), to look at the server's backends."""
    db = connect(db_path)
    yield db
    db.close()


def job_backends(watcher) -> int:
    return watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = ? "
                           "AND datname = current_database()", [JOB_APPLICATION]).fetchone()[0]


class Outcome:
    def __init__(self):
        self.results: list = []
        self.failures: list[Exception] = []

    def handlers(self):
        return self.results.append, self.failures.append


def run(qtbot, runner, fn, *, write=False, timeout=20_000):
    out = Outcome()
    task = (runner.write if write else runner.read)(fn, *out.handlers())
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=timeout)
    return task, out


def test_two_hundred_jobs_use_at_most_the_pools_connections(qtbot, runner, watcher):
    out, seen = Outcome(), {"pids": set(), "most": 0}
    lock = threading.Lock()

    def job(db, progress):
        pid, backends = db.execute(
            "SELECT pg_backend_pid(), (SELECT count(*) FROM pg_stat_activity WHERE application_name = ? "
            "AND datname = current_database()), pg_sleep(0.002)", [JOB_APPLICATION]).fetchone()[:2]
        with lock:
            seen["pids"].add(pid)
            seen["most"] = max(seen["most"], backends)
        return pid

    started = time.monotonic()
    for i in range(200):
        (runner.write if i % 10 == 0 else runner.read)(job, *out.handlers())
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=60_000)
    elapsed = time.monotonic() - started
    assert len(out.results) == 200 and not out.failures
    assert 1 <= len(seen["pids"]) <= JOB_POOL_SIZE, seen["pids"]
    assert seen["most"] <= JOB_POOL_SIZE
    assert job_backends(watcher) <= JOB_POOL_SIZE
    print(f"200 jobs in {elapsed:.2f} s on {len(seen['pids'])} server connections")


def test_pooled_connections_are_set_up_as_connect_sets_one_up(qtbot, runner):
    def job(db, progress):
        return (db.execute("SELECT CAST(3 AS numeric), CAST(2.5 AS numeric), sum(CAST(x AS numeric)) "
                           "FROM (VALUES (1), (2)) v(x)").fetchone(),
                db.execute("SELECT current_setting('TimeZone'), current_setting('lock_timeout'), "
                           "CAST(CAST('2026-11-25 08:30:00' AS timestamptz) AS text)").fetchone())

    for _ in range(3):          # the first connection and the same one handed out again
        _, out = run(qtbot, runner, job)
        (whole, part, total), (zone, lock_timeout, stamp) = out.results[0]
        assert (whole, part, total) == (3, 2.5, 3)
        assert type(whole) is int and type(part) is float and type(total) is int
        assert zone == "UTC" and lock_timeout == "10s" and stamp == "2026-11-25 08:30:00+00"


def test_a_reading_job_cannot_write_and_a_writing_job_after_it_can(qtbot, runner, watcher):
    def sneaky(db, progress):
        db.execute("INSERT INTO meta (key, value) VALUES ('pool-test', 'read')")

    def honest(db, progress):
        db.execute("INSERT INTO meta (key, value) VALUES ('pool-test', 'write')")
        return db.execute("SELECT pg_backend_pid()").fetchone()[0]

    def pid(db, progress):
        return db.execute("SELECT pg_backend_pid()").fetchone()[0]

    _, first = run(qtbot, runner, pid)
    _, read = run(qtbot, runner, sneaky)
    assert len(read.failures) == 1 and classify(read.failures[0]) is Trouble.READ_ONLY, read.failures
    _, write = run(qtbot, runner, honest, write=True)
    assert not write.failures and write.results == first.results      # the same connection, writing again
    assert watcher.execute("SELECT value FROM meta WHERE key = 'pool-test'").fetchall() == [("write",)]


def test_a_cancelled_jobs_connection_comes_back_usable(qtbot, runner):
    started = {}

    def endless(db, progress):
        started["pid"] = db.execute("SELECT pg_backend_pid()").fetchone()[0]
        db.execute("SELECT pg_sleep(30)")

    out = Outcome()
    began = time.monotonic()
    task = runner.read(endless, *out.handlers())
    qtbot.waitUntil(lambda: "pid" in started, timeout=10_000)
    time.sleep(0.2)
    task.cancel()
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    assert time.monotonic() - began < 10 and not out.failures and not out.results

    # The pool hands its connections out in turn: within a few jobs the cancelled one works again.
    answers = []
    for _ in range(2 * JOB_POOL_SIZE):
        _, after = run(qtbot, runner, lambda db, progress: db.execute("SELECT pg_backend_pid(), 1 + 1").fetchone())
        assert not after.failures
        answers += after.results
    assert (started["pid"], 2) in answers and {two for _, two in answers} == {2}


def test_a_job_after_the_server_ended_a_pooled_connection_succeeds(qtbot, runner, watcher):
    def pid(db, progress):
        return db.execute("SELECT pg_backend_pid()").fetchone()[0]

    _, first = run(qtbot, runner, pid)
    victim = first.results[0]
    assert watcher.execute("SELECT pg_terminate_backend(?)", [victim]).fetchone()[0] is True
    qtbot.waitUntil(lambda: not watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = ?",
                                                [victim]).fetchone()[0], timeout=10_000)
    for _ in range(3):
        _, after = run(qtbot, runner, pid)
        assert not after.failures and after.results and after.results[0] != victim


def test_closing_the_runner_leaves_no_connection(qtbot, runner, watcher, threads):
    out = Outcome()
    for _ in range(20):
        runner.read(lambda db, progress: db.execute("SELECT pg_sleep(0.01)").fetchone(), *out.handlers())
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=20_000)
    assert len(out.results) == 20 and job_backends(watcher) >= 1
    threads.waitForDone(10_000)
    runner.close()
    qtbot.waitUntil(lambda: job_backends(watcher) == 0, timeout=10_000)
    # A job after the close makes a new pool (a runner closed early is not broken).
    _, again = run(qtbot, runner, lambda db, progress: db.execute("SELECT 7").fetchone()[0])
    assert again.results == [7]


def test_a_sqlite_seat_keeps_one_connection_per_job(tmp_path):
    assert job_pool(tmp_path / "console.db") is None


def test_closing_the_main_window_closes_its_jobs_connections(qtbot, ctx, watcher, private_home):
    from console.ui.main_window import MainWindow

    ctx.settings.set("ring_port", 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    out = Outcome()
    window.runner.read(lambda db, progress: db.execute("SELECT 1").fetchone()[0], *out.handlers())
    qtbot.waitUntil(lambda: out.results == [1], timeout=10_000)
    assert job_backends(watcher) >= 1
    window.close()
    qtbot.waitUntil(lambda: job_backends(watcher) == 0, timeout=10_000)
