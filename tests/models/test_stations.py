"""Police stations and county bureaus on the centre's base: each sees only its dispatches, answers them,
and the centre's warning follows the answer (issue 19, "the stations on the same base")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.users import (PermissionDenied, Role, UserError, authenticate, create_user, update_user)
from console.models.stations.dispatches import (create_dispatch, open_count, record_feedback, station_dispatch,
                                                station_dispatches)
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from console.models.warnings.records import get_warning
from tests.conftest import PASSWORDS, STATION_NAME

from .warnings_data import add_warning


def _station(db, name: str) -> int:
    return db.execute("SELECT id FROM stations WHERE name = ?", [name]).fetchone()[0]


def _dispatch(db, officer, clock, station: str, *, hours: float, minutes_ago: int = 5, name: str = "") -> int:
    wid = add_warning(db, officer, clock, minutes_ago=minutes_ago, district="孝南区")
    if name:
        db.execute("UPDATE warnings SET person_name = ? WHERE id = ?", [name, wid])
    return dispatch_warning(db, officer, wid, station_id=_station(db, station), reason="电话未接通，上门劝阻",
                            deadline_at=clock.now() + timedelta(hours=hours), clock=clock)


def test_a_station_sees_only_its_dispatches_most_urgent_first(db, officer, station_officer, district_officer,
                                                              clock):
    later = _dispatch(db, officer, clock, STATION_NAME, hours=20, name="王芳")
    sooner = _dispatch(db, officer, clock, STATION_NAME, hours=2, name="李娜")
    neighbour = _dispatch(db, officer, clock, "孝南广场派出所", hours=1)
    elsewhere = _dispatch(db, officer, clock, "云梦城关派出所", hours=1)
    mine = station_dispatches(db, station_officer)
    assert [d.id for d in mine] == [sooner, later]
    assert (mine[0].person_name, mine[0].station_name, mine[0].district_name) == ("李娜", STATION_NAME, "孝南区")
    assert mine[0].sent_by == officer.display_name
    # The county bureau of 孝南区 sees its two stations, not 云梦县's.
    assert [d.id for d in station_dispatches(db, district_officer)] == [neighbour, sooner, later]
    assert station_dispatch(db, station_officer, neighbour) is None
    assert station_dispatch(db, district_officer, elsewhere) is None
    assert open_count(db, station_officer, clock.now_iso()) == (2, 0)
    clock.advance(minutes=121)
    assert open_count(db, station_officer, clock.now_iso()) == (2, 1)
    assert station_dispatches(db, station_officer)[0].overdue(clock.now_iso())


def test_the_station_answers_and_the_centre_sees_it(db, officer, station_officer, clock):
    did = _dispatch(db, officer, clock, STATION_NAME, hours=2)
    wid = station_dispatch(db, station_officer, did).warning_id
    clock.advance(minutes=50)
    record_warning_feedback(db, station_officer, did, visited=True, dissuaded=True, loss_saved_cents=2_000_000,
                            notes="已上门见到本人，停止转账", clock=clock)
    d = station_dispatch(db, station_officer, did)
    assert (d.status, d.visited, d.dissuaded, d.feedback_notes, d.feedback_at) == (
        "done", 1, 1, "已上门见到本人，停止转账", "2026-11-25 14:50:00")
    w = get_warning(db, wid)
    assert (w.status, w.outcome, w.loss_saved_cents) == ("closed", "dissuaded", 2_000_000)
    rows = db.execute("SELECT table_name, action, user_id FROM audit_log WHERE record_id IN (?, ?) "
                      "AND action = 'feedback' ORDER BY id", [str(did), str(wid)]).fetchall()
    assert rows == [("dispatches", "feedback", station_officer.id), ("warnings", "feedback", station_officer.id)]
    assert station_dispatches(db, station_officer) == []               # nothing left open
    assert [x.id for x in station_dispatches(db, station_officer, open_only=False)] == [did]


def test_a_station_cannot_answer_another_stations_dispatch_nor_work_the_queue(db, officer, station_officer,
                                                                              district_officer, clock):
    other = _dispatch(db, officer, clock, "云梦城关派出所", hours=2)
    before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    for user in (station_officer, district_officer):
        with pytest.raises(PermissionDenied):
            record_warning_feedback(db, user, other, visited=True, dissuaded=True, clock=clock)
    assert db.execute("SELECT status FROM dispatches WHERE id = ?", [other]).fetchone() == ("open",)
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    wid = add_warning(db, officer, clock, minutes_ago=1)
    with pytest.raises(PermissionDenied):
        dispatch_warning(db, station_officer, wid, station_id=station_officer.station_id, reason="",
                         deadline_at=clock.now() + timedelta(hours=1), clock=clock)
    with pytest.raises(ValueError):
        record_feedback(db, station_officer, 999_999, visited=True, dissuaded=False, clock=clock)


def test_a_call_dispatch_is_answered_by_its_station(db, officer, station_officer, clock):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    did = create_dispatch(db, officer, station_id=station_officer.station_id, reason="上门", call_id=cid,
                          deadline_at="2026-11-25 16:00:00", clock=clock)
    (d,) = station_dispatches(db, station_officer)
    assert (d.id, d.call_id, d.phone) == (did, cid, "13800001234")
    record_warning_feedback(db, station_officer, did, visited=False, dissuaded=False, notes="家中无人", clock=clock)
    assert db.execute("SELECT status, visited FROM dispatches WHERE id = ?", [did]).fetchone() == ("done", 0)


def test_station_and_district_users_belong_somewhere(db, admin, clock):
    with pytest.raises(UserError):
        create_user(db, admin, "zhang", "张警官", Role.STATION, "long-enough-1", clock=clock)
    with pytest.raises(UserError):
        create_user(db, admin, "bureau", "区局", Role.DISTRICT, "long-enough-1", district_code="999999", clock=clock)
    sid = _station(db, "云梦城关派出所")
    user = create_user(db, admin, "zhang", "张警官", Role.STATION, "long-enough-1", station_id=sid, clock=clock)
    signed = authenticate(db, "zhang", "long-enough-1", clock=clock)
    assert (signed.role, signed.station_id, signed.district_code) == (Role.STATION, sid, None)
    assert db.execute("SELECT changes FROM audit_log WHERE table_name = 'users' AND record_id = ? "
                      "AND action = 'insert'", [str(user.id)]).fetchone()[0].find(str(sid)) >= 0
    # Made a county bureau's user: the district replaces the station.
    update_user(db, admin, user.id, role=Role.DISTRICT, district_code="420923", clock=clock)
    signed = authenticate(db, "zhang", "long-enough-1", clock=clock)
    assert (signed.role, signed.station_id, signed.district_code) == (Role.DISTRICT, None, "420923")
    with pytest.raises(UserError):
        update_user(db, admin, user.id, role=Role.STATION, clock=clock)       # which station?
    # The template's station user signs in with the station it works at.
    assert authenticate(db, "station", PASSWORDS[Role.STATION], clock=clock).station_id == _station(db, STATION_NAME)
