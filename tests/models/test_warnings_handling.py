"""Taking, outcomes, second-round review, SMS outbox, station dispatch and feedback, and the figures."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pytest

from console.models.core.clock import iso
from console.models.warnings import sms
from console.models.stations.dispatches import dispatches_for, stations
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from console.models.stats.figures import Period, report, report_from_rows, value
from console.models.warnings.handling import (AlreadyTaken, DuplicateWarning, WarningError, create_warning,
                                              record_outcome, release, return_for_review, take)
from console.models.warnings.records import get_warning

from .warnings_data import add_warning


def test_only_one_officer_gets_a_warning(db, db_path, officer, senior, clock):
    from console.models.core.db import connect

    wid = add_warning(db, officer, clock, minutes_ago=5)
    other = connect(db_path)           # the second officer's console
    take(db, officer, wid, clock=clock)
    with pytest.raises(AlreadyTaken) as err:
        take(other, senior, wid, clock=clock)
    assert officer.display_name in str(err.value)
    other.conn.close()
    w = get_warning(db, wid)
    assert (w.status, w.holder_id, w.taken_at) == ("taken", officer.id, "2026-11-25 14:00:00")
    take(db, officer, wid, clock=clock)               # taking one's own again is harmless
    release(db, officer, wid, clock=clock)
    assert get_warning(db, wid).holder_id is None
    take(db, senior, wid, clock=clock)
    assert get_warning(db, wid).holder_id == senior.id
    assert db.execute("SELECT COUNT(*) FROM audit_log WHERE table_name = 'warnings' AND action = 'take'"
                      ).fetchone()[0] == 2


def test_manual_entry_checks_and_dedupes(db, officer, clock):
    wid = create_warning(db, officer, clock=clock, phone="13812345678", received_at="2026-11-25 13:55",
                         level="红色", fraud_type="冒充公检法", fraud_number="95566")
    w = get_warning(db, wid)
    assert (w.level, w.fraud_type, w.deadline_at, w.source) == ("red", "police_impersonation",
                                                                "2026-11-25 14:25:00", "manual")
    with pytest.raises(DuplicateWarning):
        create_warning(db, officer, clock=clock, phone="138 1234 5678", received_at="2026-11-25 13:55:00",
                       level="red", fraud_number="95566")
    with pytest.raises(ValueError, match="1381234"):
        create_warning(db, officer, clock=clock, phone="1381234", received_at="2026-11-25 13:55", level="red")


def test_outcomes_close_or_wait_and_review_brings_them_back(db, officer, senior, clock):
    dissuaded = add_warning(db, officer, clock, minutes_ago=5)
    unreached = add_warning(db, officer, clock, minutes_ago=6)
    forgotten = add_warning(db, officer, clock, minutes_ago=7, level="yellow")
    record_outcome(db, officer, dissuaded, "dissuaded", loss_saved_cents=8_000_000, clock=clock)
    w = get_warning(db, dissuaded)
    assert (w.status, w.outcome, w.loss_saved_cents, w.closed_at, w.holder_id) == (
        "closed", "dissuaded", 8_000_000, "2026-11-25 14:00:00", officer.id)
    record_outcome(db, officer, unreached, "unreachable", retry_at=datetime(2026, 11, 25, 14, 30), clock=clock)
    w = get_warning(db, unreached)
    assert (w.status, w.retry_at, w.holder_id, w.first_contact_at) == (
        "waiting", "2026-11-25 14:30:00", None, "2026-11-25 14:00:00")
    take(db, senior, forgotten, clock=clock)

    assert return_for_review(db, officer, clock=clock, review_after_minutes=120) == []
    clock.advance(minutes=30)
    assert return_for_review(db, officer, clock=clock, review_after_minutes=120) == [unreached]
    w = get_warning(db, unreached)
    assert (w.status, w.review_round, w.holder_id, w.deadline_at) == ("review", 1, None, "2026-11-25 15:00:00")
    clock.advance(minutes=91)                      # the senior took the yellow one 121 min ago, no outcome
    assert return_for_review(db, officer, clock=clock, review_after_minutes=120) == [forgotten]
    assert get_warning(db, forgotten).status == "review"
    take(db, officer, unreached, clock=clock)      # a review warning is taken like a new one
    assert get_warning(db, unreached).holder_id == officer.id


def test_outcome_on_someone_elses_warning_is_refused(db, officer, senior, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    take(db, senior, wid, clock=clock)
    with pytest.raises(AlreadyTaken):
        record_outcome(db, officer, wid, "dissuaded", clock=clock)
    with pytest.raises(ValueError):
        record_outcome(db, senior, wid, "unreachable", retry_at=clock.now() - timedelta(minutes=1), clock=clock)


def test_sms_from_template_to_outbox_and_gateway_file(db, officer, senior, clock, tmp_path):
    wid = add_warning(db, officer, clock, minutes_ago=3, fraud_type="investment", name="李梅")
    template = sms.template_for(db, "investment")
    assert template.code == "investment"
    text = sms.preview(db, wid, template)
    assert text.startswith("【孝感反诈】李梅您好") and "{" not in text
    with pytest.raises(ValueError, match="name"):
        sms.queue_sms(db, officer, wid, "{name}您好", clock=clock)
    sid = sms.queue_sms(db, officer, wid, text, template_code=template.code, clock=clock)
    assert get_warning(db, wid).sms_sent_at == "2026-11-25 14:00:00"
    assert sms.pending_count(db) == 1
    path = sms.export_outbox(db, officer, tmp_path, clock=clock)
    assert path.name == "sms-outbox-20261125-140000.csv"
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == sms.GATEWAY_HEADER
    assert rows[1] == [str(sid), get_warning(db, wid).phone_e164, text, "2026-11-25 14:00:00", str(wid)]
    assert sms.pending_count(db) == 0
    assert sms.export_outbox(db, officer, tmp_path, clock=clock) is None
    # Templates are edited by senior officers; unknown placeholders are refused.
    with pytest.raises(ValueError, match="amount"):
        sms.save_template(db, senior, code="x", name="X", body="{amount}元", clock=clock)
    sms.save_template(db, senior, code="generic", name="通用", body="{name}，请勿转账。", clock=clock)
    assert sms.template_for(db, None).body == "{name}，请勿转账。"
    from console.models.core.users import PermissionDenied
    with pytest.raises(PermissionDenied):
        sms.save_template(db, officer, code="generic", name="通用", body="x", clock=clock)


def test_dispatch_and_station_feedback(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=3, district="云梦县")
    station_id, station_name, district = stations(db, "420923")[0]
    assert district == "云梦县"            # the warning's district's stations come first
    with pytest.raises(ValueError):
        dispatch_warning(db, officer, wid, station_id=station_id, reason="", deadline_at=clock.now(), clock=clock)
    did = dispatch_warning(db, officer, wid, station_id=station_id, reason="电话未接通，需上门劝阻",
                           deadline_at=clock.now() + timedelta(hours=2), clock=clock)
    w = get_warning(db, wid)
    assert (w.status, w.station_id, w.outcome) == ("dispatched", station_id, "to_station")
    record_warning_feedback(db, officer, did, visited=True, dissuaded=True, loss_saved_cents=30_000_000,
                            notes="见面劝阻成功", clock=clock)
    d = dispatches_for(db, wid)[0]
    assert (d.status, d.visited, d.dissuaded, d.loss_saved_cents, d.station_name) == (
        "done", 1, 1, 30_000_000, station_name)
    w = get_warning(db, wid)
    assert (w.status, w.outcome, w.loss_saved_cents) == ("closed", "dissuaded", 30_000_000)
    # A corrected feedback replaces the station's figure instead of adding it twice.
    record_warning_feedback(db, officer, did, visited=True, dissuaded=True, loss_saved_cents=25_000_000, clock=clock)
    assert get_warning(db, wid).loss_saved_cents == 25_000_000


def test_station_that_did_not_visit_sends_the_warning_to_review(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=3)
    did = dispatch_warning(db, officer, wid, station_id=stations(db)[0][0], reason="",
                           deadline_at=clock.now() + timedelta(hours=1), clock=clock)
    record_warning_feedback(db, officer, did, visited=False, dissuaded=False, clock=clock)
    w = get_warning(db, wid)
    assert (w.status, w.review_round, w.holder_id) == ("review", 1, None)


def test_missed_station_deadline_comes_back_for_review(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=3)
    dispatch_warning(db, officer, wid, station_id=stations(db)[0][0], reason="",
                     deadline_at=clock.now() + timedelta(hours=1), clock=clock)
    clock.advance(minutes=61)
    assert return_for_review(db, officer, clock=clock) == [wid]
    assert return_for_review(db, officer, clock=clock) == []


def test_figures(db, officer, supervisor, clock, tmp_path):
    """The warnings' figures are the statistics' (docs/statistics.md): one definition of "handled"."""
    a = add_warning(db, officer, clock, minutes_ago=10)                  # handled in time
    b = add_warning(db, officer, clock, minutes_ago=40)                  # red, 10 min overdue, still open
    c = add_warning(db, officer, clock, minutes_ago=60, level="orange")  # dispatched in time
    d = add_warning(db, officer, clock, minutes_ago=50)                  # handled late
    record_outcome(db, officer, a, "dissuaded", loss_saved_cents=5_000_000, clock=clock)
    record_outcome(db, officer, d, "not_fraud", clock=clock)
    station_id, station_name, _ = stations(db)[0]
    did = dispatch_warning(db, officer, c, station_id=station_id, reason="",
                           deadline_at=clock.now() + timedelta(hours=1), clock=clock)
    record_warning_feedback(db, officer, did, visited=True, dissuaded=True, loss_saved_cents=7_000_000, clock=clock)
    sms.queue_sms(db, officer, b, "请勿转账。", clock=clock)
    today = Period(date(2026, 11, 25), date(2026, 11, 26))
    r = report_from_rows(db, today, user=supervisor)
    assert (r.headline["warnings_received"], r.headline["warnings_handled"], r.headline["warnings_dissuaded"]) == (
        4, 3, 2)
    assert r.headline["sms_sent"] == 1
    # The station's 70,000 yuan went onto warning c: counted once, with the warnings, not again as the station's.
    assert r.headline["loss_saved"] == 12_000_000
    assert value(db, "loss_saved_stations", today, user=supervisor) == 0
    assert r.by_station == [(station_id, station_name, 1, 1)]
    assert r.headline == report(db, today, user=supervisor).headline      # the summaries agree with the rows
    assert iso(clock.now()) == "2026-11-25 14:00:00"


def test_closed_warning_cannot_be_taken(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=3)
    record_outcome(db, officer, wid, "not_fraud", clock=clock)
    with pytest.raises(WarningError):
        take(db, officer, wid, clock=clock)
