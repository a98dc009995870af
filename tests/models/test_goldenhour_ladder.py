"""The escalation ladder: calls, SMS, emergency contact, station; a busy line moves on at once; every step
recorded with who did it when; reached ends it and counts as the first contact."""

from __future__ import annotations

import pytest

from console.models.warnings import ladder
from tests.models.test_integrity_atomic import assert_all_or_nothing
from tests.models.warnings_data import add_warning


def test_three_unanswered_calls_then_sms_then_family_reaches_the_person(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=2, fraud_type="investment")
    step = ladder.start(db, officer, wid, clock=clock)
    assert (step.rung, step.kind, step.attempt, step.due_at) == (1, "call", 1, "2026-11-25 14:02:00")
    assert db.execute("SELECT holder_id FROM warnings WHERE id = ?", [wid]).fetchone()[0] == officer.id
    with pytest.raises(ladder.LadderError):
        ladder.start(db, officer, wid, clock=clock)
    for attempt in (2, 3):
        clock.advance(minutes=1)
        step = ladder.record(db, officer, wid, ladder.NO_ANSWER, clock=clock)
        assert (step.kind, step.attempt) == ("call", attempt)
    clock.advance(minutes=1)
    step = ladder.record(db, officer, wid, ladder.NO_ANSWER, clock=clock)
    assert step.kind == "sms"
    step = ladder.record(db, officer, wid, ladder.SENT, clock=clock)
    assert step.kind == "contact" and step.due_at == "2026-11-25 14:13:00"
    assert db.execute("SELECT count(*) FROM sms_outbox WHERE warning_id = ?", [wid]).fetchone()[0] == 1
    clock.advance(minutes=4)
    assert ladder.record(db, officer, wid, ladder.REACHED, clock=clock) is None
    assert ladder.current(db, wid) is None
    results = [(s.rung, s.kind, s.result, s.ended_by) for s in ladder.steps(db, wid)]
    assert results == [(1, "call", "no_answer", officer.id)] * 3 + [
        (2, "sms", "sent", officer.id), (3, "contact", "reached", officer.id)]


def test_a_busy_line_moves_the_ladder_on_at_once(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=2)
    ladder.start(db, officer, wid, clock=clock)
    step = ladder.record(db, officer, wid, ladder.BUSY, clock=clock)
    assert (step.rung, step.kind) == (2, "sms"), "no second call to a busy line: straight to the next rung"
    ladder.record(db, officer, wid, ladder.FAILED, clock=clock)
    step = ladder.record(db, officer, wid, ladder.NO_ANSWER, clock=clock)
    assert step.kind == "station" and step.due_at == "2026-11-25 15:00:00"
    clock.advance(minutes=61)
    assert [s.warning_id for s in ladder.overdue(db, clock.now())] == [wid]
    assert ladder.running(db, [wid])[wid].kind == "station"
    assert ladder.record(db, officer, wid, ladder.NO_ANSWER, clock=clock) is None, "the last rung ends it"


def test_each_step_is_one_write(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=2)
    assert assert_all_or_nothing(db, lambda: ladder.start(db, officer, wid, clock=clock)) >= 2
    assert ladder.current(db, wid).kind == "call"          # the run without a fault started it
    assert assert_all_or_nothing(db, lambda: ladder.record(db, officer, wid, ladder.BUSY, clock=clock)) >= 3
