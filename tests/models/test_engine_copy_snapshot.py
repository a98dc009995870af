"""The copy between engines reads one snapshot of its source (console/models/core/engine/copy.py).

A seat keeps working in the SOURCE all through a copy, through the console's own models: it starts a call,
saves it with notes, accounts and transfers, and presses for a stop-payment request (the request, its
accounts and transfers), each a transaction with its audit rows. The copy's progress waits, after every
block it writes, for the seat to commit once more, so the seat's commits fall between the copy's reads of
one table and the next. The copy must succeed with every count matching, and the target hold exactly the
seat's commits up to one moment (the snapshot) and none after: whole requests with all their accounts and
transfers, the audit trail a gapless prefix of the source's, its chain verified. Both directions where the
engine is the source: a SQLite file into PostgreSQL, and a PostgreSQL database into a SQLite file.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest

from console.models.stoppay import requests as stoppay
from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.audit import verify_chain
from console.models.core.clock import FixedClock
from console.models.core.db import connect
from console.models.core.engine.copy import copy_database
from console.models.core.users import Role, User
from tests.pg import drop_database, empty_database

NOTES = "受害人称接到冒充客服电话，按对方指引转账两笔"
WAIT_S = 20.0                 # for one more commit of the seat (it commits every few ms)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from console.demo.generator import generate

    path = tmp_path_factory.mktemp("demo") / "centre.db"
    generate(path, years=0.02, seed=11).conn.close()
    return path


def _file_copy(source, path):
    """A copy of the demo file for one test (SQLite's backup: the -wal's pages included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return path


def _call_form():
    form = calls.empty_form(manual_call("13971234567"))
    form.update({"fraud_type": "investment", "call_type": "stop_payment", "notes": NOTES,
                 "outcome": "defrauded", "loss_suffered": "350000"})
    form["accounts"] = [{"role": "victim", "number": "6228480000000000000"},
                        {"role": "suspect", "number": "6217001234567890122", "holder": "李强"},
                        {"role": "suspect", "number": "6222021234567890128", "holder": "王五"}]
    form["transfers"] = [{"time": "13:05", "amount": "200000", "serial": "SN001", "to": "6217001234567890122"},
                         {"time": "13:20", "amount": "150000", "serial": "SN003", "to": "6222021234567890128"}]
    return form


class Seat:
    """A seat on the source, in a thread of its own: call started, call saved, request created, again and
    again; `events` lists each commit in order: ("call", id), ("saved", id), ("request", id)."""

    def __init__(self, target):
        self.target = target
        self.events: list[tuple[str, int]] = []
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._committed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="seat")

    def _commit(self, kind: str, rid: int) -> None:
        with self._committed:
            self.events.append((kind, rid))
            self._committed.notify_all()

    def _run(self) -> None:
        db = connect(self.target)
        clock = FixedClock(datetime(2026, 11, 25, 14, 0, 0))
        try:
            row = db.execute("SELECT id, username, display_name FROM users WHERE role = 'officer' AND active = 1 "
                             "ORDER BY id LIMIT 1").fetchone()
            user = User(row[0], row[1], row[2], Role.OFFICER)
            while not self._stop.is_set():
                cid = calls.start_call(db, user, manual_call("13971234567"), clock=clock)
                self._commit("call", cid)
                assert calls.save_call(db, user, cid, _call_form(), clock=clock) == {}
                self._commit("saved", cid)
                self._commit("request", stoppay.create_request_from_call(db, user, cid, clock=clock))
        except BaseException as exc:  # noqa: BLE001 (collected: the test fails on any error)
            self.errors.append(exc)
            with self._committed:
                self._committed.notify_all()
        finally:
            db.close()

    def start(self, commits: int) -> None:
        self._thread.start()
        self.wait_for(commits)

    def wait_for(self, commits: int) -> None:
        """Returns once the seat has committed `commits` times in all."""
        with self._committed:
            assert self._committed.wait_for(lambda: len(self.events) >= commits or self.errors, WAIT_S)
        assert not self.errors, self.errors

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        assert not self.errors, self.errors


def _ids(db, sql, params=()):
    return {r[0] for r in db.execute(sql, list(params)).fetchall()}


def _copy_while_the_seat_works(source, target):
    """The copy, the seat committing at least once after every block the copy writes."""
    seat = Seat(source)
    seat.start(commits=6)
    waits = []

    def progress(table, n):
        waits.append(table)
        seat.wait_for(len(seat.events) + 1)

    try:
        report = copy_database(source, target, progress=progress)
    finally:
        seat.stop()
    assert not report.mismatched
    assert len(waits) > 20              # the seat committed between the copy's reads of table after table
    return seat.events, report


def _check_the_target_holds_a_prefix(events, source, target, report):
    src, dst = connect(source), connect(target)
    try:
        calls_there = _ids(dst, "SELECT id FROM calls")
        saved_there = _ids(dst, "SELECT id FROM calls WHERE notes = ?", [NOTES])
        requests_there = _ids(dst, "SELECT id FROM stop_requests")
        seen = [rid in {"call": calls_there, "saved": saved_there, "request": requests_there}[kind]
                for kind, rid in events]
        cut = seen.index(False) if False in seen else len(seen)
        # Exactly the seat's commits up to one moment: all before it, none after it.
        assert seen == [True] * cut + [False] * (len(seen) - cut)
        assert 6 <= cut < len(seen)        # what was committed before the copy is there; later work is not
        # Each copied request whole: its accounts and transfers as in the source.
        for kind, rid in events[:cut]:
            if kind != "request":
                continue
            for table in ("stop_accounts", "stop_transfers"):
                sql = f"SELECT count(*) FROM {table} WHERE request_id = ?"
                assert dst.execute(sql, [rid]).fetchone()[0] == src.execute(sql, [rid]).fetchone()[0] == 2
        # The audit trail: the source's rows up to the last one copied, no gap, the chain verified.
        last = dst.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        assert _ids(dst, "SELECT id FROM audit_log") == _ids(src, "SELECT id FROM audit_log WHERE id <= ?", [last])
        assert src.execute("SELECT count(*) FROM audit_log WHERE id > ?", [last]).fetchone()[0] > 0
        assert report.tables["audit_log"][1] == len(_ids(dst, "SELECT id FROM audit_log"))
        assert verify_chain(dst) is None
    finally:
        for db in (src, dst):
            db.close()


def test_a_console_file_in_use_is_copied_to_the_server_as_of_one_moment(demo_file, pg_cluster, tmp_path):
    source = str(_file_copy(demo_file, tmp_path / "centre.db"))
    target = empty_database(pg_cluster)
    try:
        events, report = _copy_while_the_seat_works(source, target)
        _check_the_target_holds_a_prefix(events, source, target, report)
    finally:
        drop_database(pg_cluster, target)


def test_a_server_in_use_is_copied_to_a_file_as_of_one_moment(demo_file, pg_cluster, tmp_path):
    source = empty_database(pg_cluster)
    try:
        copy_database(str(_file_copy(demo_file, tmp_path / "centre.db")), source)
        target = str(tmp_path / "offline.db")
        events, report = _copy_while_the_seat_works(source, target)
        _check_the_target_holds_a_prefix(events, source, target, report)
    finally:
        drop_database(pg_cluster, source)
