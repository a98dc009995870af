"""Repeat victims: flagged when their stop-payment is issued, called back at 72 hours and 30 days, the flag
seen on later warnings for the number until it expires."""

from __future__ import annotations

import pytest

from console.models.calls import repeat_victims
from console.models.stoppay import requests as stoppay
from tests.models.test_integrity_atomic import _saved_call, _stop_form


def test_flagged_on_issue_called_back_at_72_hours_and_30_days(db, officer, clock):
    cid = _saved_call(db, officer, clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    flag = repeat_victims.flag_for(db, clock.now(), phone_e164="+8613971234567")
    assert flag is not None and flag.lost_cents == 350_000_00 and flag.expires_at == "2027-05-24 14:00:00"
    assert repeat_victims.callbacks_due(db, clock.now()) == []
    clock.advance(hours=72)
    due = repeat_victims.callbacks_due(db, clock.now())
    assert [(d.kind, d.name, d.request_no) for d in due] == [("72h", "何敏", flag.request_no)]
    repeat_victims.complete_callback(db, officer, due[0].id, reached=True, notes="已提醒谨防追损诈骗", clock=clock)
    with pytest.raises(ValueError):
        repeat_victims.complete_callback(db, officer, due[0].id, reached=True, clock=clock)
    clock.advance(days=28)
    assert [d.kind for d in repeat_victims.callbacks_due(db, clock.now())] == ["30d"]
    clock.advance(days=200)
    assert repeat_victims.flag_for(db, clock.now(), phone_e164="+8613971234567") is None, "the flag expires"
    assert repeat_victims.callbacks_due(db, clock.now()) == []


def test_flag_and_callback_are_each_one_write(db, officer, clock):
    from tests.models.test_integrity_atomic import assert_all_or_nothing

    cid = _saved_call(db, officer, clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    assert assert_all_or_nothing(db, lambda: stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)) >= 12
    clock.advance(hours=72)
    due = repeat_victims.callbacks_due(db, clock.now())[0]
    assert assert_all_or_nothing(db, lambda: repeat_victims.complete_callback(
        db, officer, due.id, reached=False, clock=clock)) == 2
