"""The 48-hour window worked to the end: renewals at most twice, a freeze with its own term, bank results
for many accounts in one write, reminders and lapses, per-transfer clocks and accounts freshest first."""

from __future__ import annotations

import pytest

from console.models.stoppay import window as stop_window
from console.models.stoppay import requests as stoppay
from console.models.stoppay.window import BankResult, WindowRefused
from tests.models.test_integrity_atomic import _saved_call, _stop_form, assert_all_or_nothing


@pytest.fixture
def issued(db, officer, clock):
    cid = _saved_call(db, officer, clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    return rid


def _accounts(db, rid):
    return db.execute("SELECT id, status, window_ends_at, renewals, frozen_until, stopped_cents, result_at "
                      "FROM stop_accounts WHERE request_id = ? ORDER BY id", [rid]).fetchall()


def test_renewed_at_most_twice_each_recorded_then_frozen(db, officer, clock, issued):
    assert _accounts(db, issued)[0][2] == "2026-11-27 14:00:00"
    clock.advance(hours=40)
    assert stop_window.renew(db, officer, issued, clock=clock) == 2
    assert _accounts(db, issued)[0][2:4] == ("2026-11-29 14:00:00", 1), "48 h more from the end of the window"
    clock.advance(hours=60)                         # lapsed for 4 hours: the re-stop runs from now
    assert stop_window.lapsed(db, clock.now())[0][0] == issued
    stop_window.renew(db, officer, issued, clock=clock)
    assert _accounts(db, issued)[0][2:4] == ("2026-12-01 18:00:00", 2)
    assert stop_window.lapsed(db, clock.now()) == []
    assert stop_window.renewals_left(db, issued) == 0
    with pytest.raises(WindowRefused):
        stop_window.renew(db, officer, issued, clock=clock)
    assert _accounts(db, issued)[0][3] == 2, "a refused third renewal changes nothing"
    stop_window.convert_to_freeze(db, officer, issued, clock=clock)
    assert {a[1] for a in _accounts(db, issued)} == {"frozen"}
    assert _accounts(db, issued)[0][4] == "2027-05-31 18:00:00", "six months (183 days) from the freeze"
    kinds = [(k, who) for _n, k, _at, _end, who in stop_window.events(db, issued)]
    assert kinds.count(("renewed", "Officer User")) == 4 and kinds.count(("frozen", "Officer User")) == 2
    assert db.execute("SELECT count(*) FROM audit_log WHERE action IN ('renew', 'freeze')").fetchone()[0] == 6


def test_results_for_every_account_in_one_write(db, officer, clock, issued):
    a, b = [row[0] for row in _accounts(db, issued)]
    clock.advance(minutes=90)
    results = [BankResult(a, "stopped", 120_000_00), BankResult(b, "failed", reason="已转出")]
    assert assert_all_or_nothing(db, lambda: stop_window.record_results(db, officer, results, clock=clock)) >= 6
    stop_window.record_results(db, officer, results, clock=clock)
    rows = _accounts(db, issued)
    assert [r[1] for r in rows] == ["stopped", "failed"] and rows[0][5] == 120_000_00
    assert rows[0][6] == "2026-11-25 15:30:00"
    with pytest.raises(ValueError):
        stop_window.record_results(db, officer, [BankResult(a, "frozen", -5)], clock=clock)
    assert _accounts(db, issued)[0][1] == "stopped"


def test_reminders_before_the_window_lapses(db, officer, clock, issued):
    assert stop_window.reminders(db, clock.now()) == []
    clock.advance(hours=43)
    assert [r[0] for r in stop_window.reminders(db, clock.now())] == [issued]
    clock.advance(hours=5)
    assert stop_window.reminders(db, clock.now()) == []
    assert [r[0] for r in stop_window.lapsed(db, clock.now())] == [issued]


def test_clocks_and_accounts_freshest_money_first(db, officer, clock, issued):
    form = stoppay.load_form(db, issued)
    # 13:05 went to ...0122, 13:20 to ...0128: the later money is listed first.
    assert [a["number"] for a in form["accounts"]] == ["6222021234567890128", "6217001234567890122"]
    clocks = stop_window.transfer_clocks(db, issued, clock.now())
    assert [m for *_rest, m in clocks] == [40, 55]
    assert [stop_window.clock_grade(m) for m in (3, 20, 45, 61, None)] == ["fresh", "hot", "warm", "cold", "unknown"]


def test_request_list_by_what_can_still_be_saved(db, officer, clock, issued):
    clock.advance(hours=1)
    cid = _saved_call(db, officer, clock)                  # a second request, transfers 13:05/13:20 today
    fresh = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    db.execute("UPDATE stop_transfers SET transferred_at = '2026-11-25 14:50:00' WHERE request_id = ?", [fresh])
    placed = stop_window.request_list_by_stake(db, clock.now())
    assert [(r[0], tier) for r, tier, _m, _min in placed] == [(fresh, 0), (issued, 2)]
    clock.advance(hours=40)                                # the issued window ends within 12 h
    placed = stop_window.request_list_by_stake(db, clock.now())
    assert [(r[0], tier) for r, tier, _m, _min in placed] == [(issued, 1), (fresh, 2)]
    a, b = [row[0] for row in _accounts(db, issued)]
    stop_window.record_results(db, officer, [BankResult(a, "stopped", 1), BankResult(b, "failed", reason="x")],
                               clock=clock)
    assert [(r[0], tier) for r, tier, _m, _min in stop_window.request_list_by_stake(db, clock.now())] == \
        [(fresh, 2), (issued, 3)]


def test_renew_freeze_and_notes_are_each_one_write(db, officer, clock, issued):
    from console.models.core import commands

    assert assert_all_or_nothing(db, lambda: stop_window.renew(db, officer, issued, clock=clock)) >= 6
    assert assert_all_or_nothing(db, lambda: stop_window.convert_to_freeze(db, officer, issued, clock=clock)) >= 6
    assert assert_all_or_nothing(db, lambda: commands.note_on_request(db, officer, issued, "银行已回电", clock=clock)) == 2
    assert db.execute("SELECT notes FROM stop_requests WHERE id = ?", [issued]).fetchone()[0] == "银行已回电"
