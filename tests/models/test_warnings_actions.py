"""Which handling steps each role may take on a warning in each state (the rule the queue's buttons follow),
on warnings brought to that state by the handling functions themselves."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.models.warnings.actions import (CALL_BACK, DISPATCH, FEEDBACK, LADDER, NOTE, OUTCOME,
                                             RELEASE, SMS, TAKE, allowed_actions, mine_or_free)
from console.models.stations.dispatches import dispatches_for, stations
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from console.models.warnings.handling import record_outcome, take
from console.models.warnings.records import DISSUADED, get_warning

from .warnings_data import add_warning

HOLDER_STEPS = {CALL_BACK, SMS, DISPATCH, OUTCOME, NOTE, RELEASE, LADDER}


def _warning_in(state: str, db, officer, clock) -> int:
    """A warning in one of the states the queue shows, its holder (if any) the officer."""
    wid = add_warning(db, officer, clock, minutes_ago=5)
    if state == "new":
        return wid
    take(db, officer, wid, clock=clock)
    if state in ("dispatched", "station_dissuaded", "feedback_given"):
        station_id = stations(db)[0][0]
        dispatch_warning(db, officer, wid, station_id=station_id, reason="visit", clock=clock,
                         deadline_at=clock.now() + timedelta(hours=2))
    if state in ("feedback_given", "station_dissuaded"):
        d = dispatches_for(db, wid)[0]
        record_warning_feedback(db, officer, d.id, visited=state == "station_dissuaded",
                                dissuaded=state == "station_dissuaded",
                                loss_saved_cents=0, notes="", outcome=None, clock=clock)
    if state == "closed":
        record_outcome(db, officer, wid, DISSUADED, clock=clock)
    return wid


def _allowed(db, wid, user) -> frozenset[str]:
    w = get_warning(db, wid)
    return allowed_actions(w, user, [d.status for d in dispatches_for(db, wid)])


@pytest.mark.parametrize("role, state, expected", [
    # A new warning: anyone who answers the line may take it or act on it straight away.
    ("officer", "new", HOLDER_STEPS - {RELEASE} | {TAKE}),
    ("senior", "new", HOLDER_STEPS - {RELEASE} | {TAKE}),
    ("supervisor", "new", HOLDER_STEPS - {RELEASE} | {TAKE}),
    # Taken by the officer: theirs to handle and to give back; another officer may only add a note;
    # a supervisor or an administrator may step in (but not take what is held).
    ("officer", "taken", HOLDER_STEPS),
    ("senior", "taken", {NOTE}),
    ("supervisor", "taken", HOLDER_STEPS),
    ("admin", "taken", HOLDER_STEPS),
    # With the station: no second dispatch and no outcome until it answers; its feedback is awaited.
    ("officer", "dispatched", {CALL_BACK, SMS, FEEDBACK, NOTE, LADDER}),
    ("senior", "dispatched", {FEEDBACK, NOTE}),
    # Closed, by an outcome or by the station's feedback: a note only.
    ("officer", "closed", {NOTE}),
    ("supervisor", "closed", {NOTE}),
    ("officer", "station_dissuaded", {NOTE}),
])
def test_allowed_actions_by_role_and_state(db, clock, officer, senior, supervisor, admin, role, state, expected):
    users = {"officer": officer, "senior": senior, "supervisor": supervisor, "admin": admin}
    wid = _warning_in(state, db, officer, clock)
    assert _allowed(db, wid, users[role]) == frozenset(expected)


def test_feedback_stays_open_on_an_open_warning_after_the_station_answered(db, clock, officer, senior):
    wid = _warning_in("feedback_given", db, officer, clock)       # the station could not visit
    assert [d.status for d in dispatches_for(db, wid)] == ["done"]
    assert get_warning(db, wid).status == "review"                 # back in the queue, held by nobody
    # The feedback can still be corrected, and anyone may take the warning up again.
    assert _allowed(db, wid, senior) == HOLDER_STEPS - {RELEASE} | {TAKE, FEEDBACK}


def test_a_station_still_visiting_can_answer_after_the_close(db, clock, officer):
    from dataclasses import replace

    wid = _warning_in("dispatched", db, officer, clock)
    closed = replace(get_warning(db, wid), status="closed")      # e.g. closed on another seat meanwhile
    assert allowed_actions(closed, officer, ["open"]) == {FEEDBACK, NOTE}
    assert allowed_actions(closed, officer, ["answered"]) == {NOTE}


def test_no_sms_without_a_number_to_send_it_to(db, clock, officer):
    from dataclasses import replace

    wid = add_warning(db, officer, clock, minutes_ago=5)
    w = replace(get_warning(db, wid), phone_e164=None)      # as a warning imported with a number we cannot read
    assert SMS not in allowed_actions(w, officer, [])
    assert CALL_BACK in allowed_actions(w, officer, [])


def test_whose_warning_it_is(db, clock, officer, senior, supervisor):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    assert mine_or_free(get_warning(db, wid), senior)
    take(db, officer, wid, clock=clock)
    w = get_warning(db, wid)
    assert mine_or_free(w, officer) and mine_or_free(w, supervisor) and not mine_or_free(w, senior)



def test_each_view_of_the_queue_lists_its_warnings(db, clock, officer, senior):
    from console.models.warnings.handling import record_outcome as outcome
    from console.models.warnings.queue import VIEWS, fetch_page, view_filter
    from console.models.warnings.records import UNREACHABLE

    free = _warning_in("new", db, officer, clock)
    mine = _warning_in("taken", db, officer, clock)
    at_station = _warning_in("dispatched", db, officer, clock)
    closed = _warning_in("closed", db, officer, clock)
    back = _warning_in("feedback_given", db, officer, clock)       # not visited: back for review, held by nobody
    theirs = add_warning(db, senior, clock, minutes_ago=5)
    take(db, senior, theirs, clock=clock)
    waiting = add_warning(db, officer, clock, minutes_ago=5)
    outcome(db, officer, waiting, UNREACHABLE, clock=clock, retry_at=clock.now() + timedelta(hours=1))

    def listed(view: str) -> set[int]:
        return {r.id for r in fetch_page(db, view_filter(view, officer.id))}

    assert set(VIEWS) == {"to_act", "to_take", "mine", "open", "stations", "closed"}
    assert listed("to_act") == {free, mine, back, theirs}
    assert listed("to_take") == {free, back}
    assert listed("mine") == {mine, at_station}          # waiting to retry: back to nobody until it is due
    assert listed("open") == {free, mine, at_station, back, theirs, waiting}
    assert listed("stations") == {at_station}
    assert listed("closed") == {closed}
    assert {r.id for r in fetch_page(db, view_filter("mine", senior.id))} == {theirs}


def test_station_feedback_goes_to_the_open_dispatch_else_the_last(db, clock, officer):
    from console.models.warnings.actions import feedback_target

    wid = _warning_in("feedback_given", db, officer, clock)       # first dispatch answered: not visited
    take(db, officer, wid, clock=clock)
    dispatch_warning(db, officer, wid, station_id=stations(db)[1][0], reason="second visit", clock=clock,
                     deadline_at=clock.now() + timedelta(hours=2))
    first, second = dispatches_for(db, wid)
    assert (first.status, second.status) == ("done", "open")
    assert feedback_target([first, second]).id == second.id
    record_warning_feedback(db, officer, second.id, visited=True, dissuaded=True, clock=clock)
    first, second = dispatches_for(db, wid)
    assert (first.status, second.status) == ("done", "done")
    assert feedback_target([first, second]).id == second.id       # nothing open: the last, to correct it
    assert feedback_target([second, first]).id == first.id
    assert feedback_target([]) is None
