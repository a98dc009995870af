"""Each SMS carries its warning's district and station (warnings pgcentre_m009): set when it is queued,
moved when the warning is dispatched to a station or its district corrected, and a district's or station's
statistics count them by that place, on both engines."""

from __future__ import annotations

from datetime import date, timedelta

from console.models.core.db import transaction
from console.models.core.users import Role, User
from console.models.stats import figures as stats
from console.models.warnings.dispatch import dispatch_warning
from console.models.warnings.handling import create_warning
from console.models.warnings.sms import queue_sms
from tests.pg import db_path_on_both_engines  # noqa: F401

SUPERVISOR = User(0, "supervisor", "Supervisor", Role.SUPERVISOR)


def _sms_by(db, scope: stats.Scope) -> int:
    today = date.fromisoformat(db.execute("SELECT substr(max(created_at), 1, 10) FROM sms_outbox").fetchone()[0])
    period = stats.Period(today - timedelta(days=3), today + timedelta(days=1))
    return stats.report_from_rows(db, period, scope, user=SUPERVISOR).headline["sms_sent"]


def test_an_sms_is_counted_where_its_warning_is(db, officer, clock):
    districts = [r[0] for r in db.execute("SELECT code FROM districts ORDER BY code LIMIT 2")]
    station = db.execute("SELECT id FROM stations WHERE district_code = ? ORDER BY id", [districts[1]]).fetchone()[0]
    wids = []
    for i, district in enumerate([districts[0], districts[0], districts[1]]):
        wid = create_warning(db, officer, clock=clock, phone=f"1350000{i:04d}", received_at=clock.now_iso(),
                             level="red", person_name="王芳")
        with transaction(db):
            db.execute("UPDATE warnings SET district_code = ? WHERE id = ?", [district, wid])
        wids.append(wid)
    for wid in wids:
        queue_sms(db, officer, wid, "请勿向陌生账户转账。", clock=clock)
    assert db.execute("SELECT warning_id, district_code, station_id FROM sms_outbox ORDER BY id").fetchall() == [
        (wids[0], districts[0], None), (wids[1], districts[0], None), (wids[2], districts[1], None)]
    assert _sms_by(db, stats.Scope("district", districts[0])) == 2
    assert _sms_by(db, stats.Scope("district", districts[1])) == 1
    # Dispatched to a station: its SMS follow the warning to the station; a corrected district moves them.
    dispatch_warning(db, officer, wids[2], station_id=station, reason="电话未接通，上门劝阻",
                     deadline_at=clock.now() + timedelta(hours=2), clock=clock)
    assert _sms_by(db, stats.Scope("station", station)) == 1
    with transaction(db):
        db.execute("UPDATE warnings SET district_code = ? WHERE id = ?", [districts[1], wids[0]])
    assert _sms_by(db, stats.Scope("district", districts[0])) == 1
    assert _sms_by(db, stats.Scope("district", districts[1])) == 2
