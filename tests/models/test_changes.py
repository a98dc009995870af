"""Two seats on one file: each learns cheaply that the other committed, and a save made on what a seat showed
is refused, naming who changed the record and when, if the other seat changed it meanwhile."""

from __future__ import annotations

import pytest

from console.models.core.changes import ChangedElsewhere, DataWatch, unchanged_since, version_of
from console.models.core.db import connect
from console.models.stations.dispatches import dispatches_for
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from console.models.warnings.handling import record_outcome, take
from console.models.warnings.records import get_warning

from .warnings_data import add_warning


@pytest.fixture
def seat_b(db_path):
    """The second seat: its own connection to the same file."""
    other = connect(db_path)
    yield other
    other.conn.close()


@pytest.mark.sqlite_only("PRAGMA data_version: at once after the commit, never the seat's own (the server's notices arrive a moment later and include the seat's own: test_engines.py)")
def test_a_seat_sees_that_another_committed_and_not_its_own_writes(db, db_path, seat_b, officer, senior, clock):
    watch_a, watch_b = DataWatch(db, db_path), DataWatch(seat_b, db_path)
    assert not watch_a.changed() and not watch_b.changed()
    wid = add_warning(seat_b, senior, clock, minutes_ago=2)            # seat B imports a warning
    assert watch_a.changed(), "seat A learns of B's commit"
    assert not watch_a.changed(), "and only once"
    assert not watch_b.changed(), "a seat's own commit is not news to it"
    take(db, officer, wid, clock=clock)
    assert watch_b.changed() and not watch_a.changed()


def test_every_change_raises_a_warnings_version(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=2)
    v0 = version_of(db, "warnings", wid)
    take(db, officer, wid, clock=clock)
    v1 = version_of(db, "warnings", wid)
    db.execute("UPDATE warnings SET notes = 'x' WHERE id = ?", [wid])     # even a write that forgets it
    assert v0 < v1 < version_of(db, "warnings", wid)
    assert version_of(db, "warnings", 999_999) is None


def test_the_second_seat_is_told_and_nothing_is_overwritten(db, seat_b, officer, senior, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    seen_a = version_of(db, "warnings", wid)            # both seats show the warning
    seen_b = version_of(seat_b, "warnings", wid)
    clock.advance(minutes=3)
    with unchanged_since(seat_b, "warnings", wid, seen_b):    # seat B: nobody answered, try again later
        record_outcome(seat_b, senior, wid, "unreachable", notes="无人接听", clock=clock)
    audit_rows = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ChangedElsewhere) as told:       # seat A, on what it showed before
        with unchanged_since(db, "warnings", wid, seen_a):
            record_outcome(db, officer, wid, "dissuaded", loss_saved_cents=1_000_000, clock=clock)
    assert str(told.value) == (f"Changed by {senior.display_name} at 14:03 on another seat; nothing was saved. "
                               "Look at it again, then save.")
    w = get_warning(db, wid)
    assert (w.status, w.outcome, w.notes) == ("waiting", "unreachable", "无人接听"), "seat B's outcome stands"
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows, "seat A wrote nothing"
    # Having looked again, seat A records what it learnt since.
    with unchanged_since(db, "warnings", wid, version_of(db, "warnings", wid)):
        record_outcome(db, officer, wid, "dissuaded", loss_saved_cents=1_000_000, clock=clock)
    assert get_warning(db, wid).outcome == "dissuaded"


def test_a_station_answer_recorded_meanwhile_is_not_overwritten(db, seat_b, officer, station_officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5, district="孝南区")
    did = dispatch_warning(db, officer, wid, station_id=station_officer.station_id, reason="上门",
                           deadline_at=clock.now().replace(hour=16), clock=clock)
    shown = dispatches_for(db, wid)[0]                  # the centre opens the feedback form ...
    record_warning_feedback(seat_b, station_officer, did, visited=True, dissuaded=True, notes="已劝阻",
                            clock=clock, seen_feedback_at=None)       # ... the station answers first
    with pytest.raises(ChangedElsewhere, match=station_officer.display_name):
        record_warning_feedback(db, officer, did, visited=False, dissuaded=False, notes="电话说没见到",
                                clock=clock, seen_feedback_at=shown.feedback_at)
    assert dispatches_for(db, wid)[0].feedback_notes == "已劝阻"


def test_a_warning_sent_down_on_two_seats_at_once_goes_to_one_station(db, seat_b, officer, senior, clock):
    from datetime import timedelta

    wid = add_warning(db, officer, clock, minutes_ago=5, district="孝南区")
    first = seat_b.execute("SELECT id FROM stations WHERE name = '孝南书院派出所'").fetchone()[0]
    other = db.execute("SELECT id FROM stations WHERE name = '孝南广场派出所'").fetchone()[0]
    dispatch_warning(seat_b, senior, wid, station_id=first, reason="上门", clock=clock,
                     deadline_at=clock.now() + timedelta(hours=2))
    with pytest.raises(ValueError, match=f"{senior.display_name} already sent this warning to 孝南书院派出所 at 14:00"):
        dispatch_warning(db, officer, wid, station_id=other, reason="上门", clock=clock,
                         deadline_at=clock.now() + timedelta(hours=2))
    assert [d.station_id for d in dispatches_for(db, wid)] == [first]
    assert get_warning(db, wid).station_id == first


@pytest.mark.sqlite_only("PRAGMA data_version on the seat's own connection (the server's watch has a connection of its own)")
def test_a_closed_connection_is_nothing_to_follow(db_path):
    seat = connect(db_path)
    watch = DataWatch(seat, db_path)
    seat.conn.close()
    assert watch.changed() is False and watch.closed
