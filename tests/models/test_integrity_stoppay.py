"""Stop-payment request numbers from two seats at once and past 9,999 a day; bank results; answered calls."""

from __future__ import annotations

import threading

import pytest

from console.models.calls import records as calls
from console.models.stoppay import requests as stoppay
from console.models.calls.source import manual_call
from console.models.core.db import connect


def _calls(db, user, clock, n):
    return [calls.start_call(db, user, manual_call(f"139712{i:05d}"), clock=clock) for i in range(n)]


def test_two_seats_pressing_300_times_get_300_distinct_numbers(db_path, db, officer, clock):
    call_ids = _calls(db, officer, clock, 600)
    errors: list = []
    numbers: list = []

    def seat(ids):
        conn = connect(db_path)          # each seat its own connection, as two consoles
        try:
            for cid in ids:
                rid = stoppay.create_request_from_call(conn, officer, cid, clock=clock)
                numbers.append(conn.execute("SELECT request_no FROM stop_requests WHERE id = ?", [rid]).fetchone()[0])
        except Exception as exc:  # noqa: BLE001 (collected: the test fails on any error)
            errors.append(exc)
        finally:
            conn.conn.close()

    seats = [threading.Thread(target=seat, args=(call_ids[k::2],)) for k in range(2)]
    for s in seats:
        s.start()
    for s in seats:
        s.join()
    assert not errors
    assert len(numbers) == 600 and len(set(numbers)) == 600
    assert sorted(numbers) == [f"ZF20261125{i:04d}" for i in range(1, 601)]


def test_numbers_do_not_run_out_after_9999_a_day(db, officer, clock):
    db.execute("INSERT INTO stop_requests (request_no, status, created_at, updated_at) "
               "VALUES ('ZF202611259999', 'issued', '2026-11-25 09:00:00', '2026-11-25 09:00:00')")
    db.conn.commit()
    first, second = _calls(db, officer, clock, 2)
    r1 = stoppay.create_request_from_call(db, officer, first, clock=clock)
    r2 = stoppay.create_request_from_call(db, officer, second, clock=clock)
    got = [db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [r]).fetchone()[0] for r in (r1, r2)]
    assert got == ["ZF2026112510000", "ZF2026112510001"]


def test_a_negative_stopped_amount_is_refused_by_the_model(db, officer, clock):
    (cid,) = _calls(db, officer, clock, 1)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    acct = db.execute("INSERT INTO accounts (number, kind, created_at) VALUES ('6217001234567890122', 'bank_card', "
                      "'2026-11-25 13:00:00')").lastrowid
    sid = db.execute("INSERT INTO stop_accounts (request_id, account_id, amount_cents, status, updated_at) "
                     "VALUES (?, ?, 100000, 'issued', '2026-11-25 13:00:00')", [rid, acct]).lastrowid
    db.conn.commit()
    with pytest.raises(ValueError, match="negative"):
        stoppay.record_result(db, officer, sid, "stopped", stopped_cents=-50_000, clock=clock)
    assert db.execute("SELECT status, stopped_cents FROM stop_accounts WHERE id = ?", [sid]).fetchone() == ("issued", 0)
    stoppay.record_result(db, officer, sid, "stopped", stopped_cents=50_000, clock=clock)
    assert db.execute("SELECT stopped_cents FROM stop_accounts WHERE id = ?", [sid]).fetchone()[0] == 50_000


def test_answering_a_call_is_audited_once(db, officer, clock):
    (cid,) = _calls(db, officer, clock, 1)
    calls.mark_answered(db, cid, clock=clock, user=officer)
    calls.mark_answered(db, cid, clock=clock, user=officer)
    rows = db.execute("SELECT username, action FROM audit_log WHERE table_name = 'calls' AND record_id = ? "
                      "AND action = 'answer'", [str(cid)]).fetchall()
    assert rows == [("officer", "answer")]
    assert db.execute("SELECT answered_at FROM calls WHERE id = ?", [cid]).fetchone()[0] == "2026-11-25 14:00:00"


def test_two_seats_pressing_for_the_same_call_get_one_request(db_path, db, officer, clock):
    call_ids = _calls(db, officer, clock, 100)
    got: dict[int, set] = {cid: set() for cid in call_ids}
    errors: list = []

    def seat():
        conn = connect(db_path)
        try:
            for cid in call_ids:
                got[cid].add(stoppay.create_request_from_call(conn, officer, cid, clock=clock))
        except Exception as exc:  # noqa: BLE001 (collected: the test fails on any error)
            errors.append(exc)
        finally:
            conn.conn.close()

    seats = [threading.Thread(target=seat) for _ in range(2)]
    for s in seats:
        s.start()
    for s in seats:
        s.join()
    assert not errors
    assert all(len(ids) == 1 for ids in got.values())
    assert db.execute("SELECT count(*) FROM stop_requests").fetchone()[0] == 100
