"""Recoverable money first: fresh money on top (largest first), then red warnings, then money still in its
48-hour window, then the rest by deadline; money recorded on any call of the warning's phone counts."""

from __future__ import annotations

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.warnings import priority
from console.models.warnings.queue import QueueFilter
from tests.models.warnings_data import add_warning


def _transfer(db, officer, clock, phone, amount, time):
    cid = calls.start_call(db, officer, manual_call(phone), clock=clock)
    form = calls.empty_form(manual_call(phone))
    form["accounts"] = [{"role": "suspect", "number": "6222021234567890128", "kind": "bank_card", "holder": ""}]
    form["transfers"] = [{"time": time, "amount": amount, "channel": "mobile_banking", "serial": "",
                          "to": "6222021234567890128"}]
    calls.save_call(db, officer, cid, form, clock=clock)
    return cid


def test_fresh_money_then_red_then_window_money_then_deadline(db, officer, clock):
    yellow = add_warning(db, officer, clock, minutes_ago=5, level="yellow", phone="13700000001")
    red = add_warning(db, officer, clock, minutes_ago=5, level="red", phone="13700000002")
    old_money = add_warning(db, officer, clock, minutes_ago=300, level="orange", phone="13700000003")
    fresh = add_warning(db, officer, clock, minutes_ago=20, level="yellow", phone="13700000004")
    _transfer(db, officer, clock, "13700000003", "500000", "10:00")        # 4 h ago, large
    _transfer(db, officer, clock, "13700000004", "20000", "13:48")         # 12 min ago, small
    placed = priority.fetch_by_stake(db, QueueFilter(), clock.now())
    assert [p.row.id for p in placed] == [fresh, red, old_money, yellow]
    assert [p.tier for p in placed] == [0, 1, 2, 3]
    assert placed[0].stake.cents == 2_000_000 and placed[0].stake.minutes_since(clock.now()) == 12
    # A new red warning rises above the money outside the golden hour, below money still in it.
    new_red = add_warning(db, officer, clock, minutes_ago=0, level="red", phone="13700000005")
    order = [p.row.id for p in priority.fetch_by_stake(db, QueueFilter(), clock.now())]
    assert order.index(new_red) < order.index(old_money) and order.index(fresh) == 0
    clock.advance(hours=49)                                                 # the window is over
    assert {p.row.id: p.stake.cents for p in priority.fetch_by_stake(db, QueueFilter(), clock.now())}[old_money] == 0
