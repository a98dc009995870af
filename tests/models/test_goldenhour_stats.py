"""The golden-hour figures: transfer to issue, issue to result, money stopped within 1/6/48 hours, renewals,
freezes, lapses and ladder steps, by period and scope."""

from __future__ import annotations

from datetime import date

from console.models.stats import figures as stats
from console.models.stoppay import window as stop_window
from console.models.stoppay import requests as stoppay
from console.models.stats.golden_hour import figures
from console.models.stoppay.window import BankResult
from console.models.warnings import ladder
from tests.models.test_integrity_atomic import _saved_call, _stop_form
from tests.models.warnings_data import add_warning


def test_golden_hour_figures_by_period_and_scope(db, officer, clock):
    cid = _saved_call(db, officer, clock)                 # transfers 13:05 (20万) and 13:20 (15万)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)        # issued 14:00: 55 min after
    a, b = [r[0] for r in db.execute("SELECT id FROM stop_accounts WHERE request_id = ? ORDER BY id", [rid])]
    clock.advance(minutes=30)                                                 # 14:30, 85 min after the first
    stop_window.record_results(db, officer, [BankResult(a, "stopped", 200_000_00)], clock=clock)
    clock.advance(hours=5)                                                    # 19:30
    stop_window.record_results(db, officer, [BankResult(b, "frozen", 100_000_00)], clock=clock)
    wid = add_warning(db, officer, clock, minutes_ago=1)
    ladder.start(db, officer, wid, clock=clock)
    ladder.record(db, officer, wid, ladder.BUSY, clock=clock)
    ladder.record(db, officer, wid, ladder.SENT, clock=clock)

    today = stats.Period.named("today", date(2026, 11, 25))
    g = figures(db, today, stats.Scope(), clock.now())
    assert g.transfer_to_issue == (55.0, 55.0)
    assert g.issue_to_result == (30.0, 330.0)
    assert g.money_at_stake == 350_000_00
    assert g.stopped_within == {1: 0, 6: 200_000_00, 48: 300_000_00}
    assert round(g.share(48), 3) == 0.857
    assert g.ladder == {("call", "busy"): 1, ("sms", "sent"): 1, ("contact", "running"): 1}
    assert figures(db, today, stats.Scope("officer", officer.id + 99), clock.now()).money_at_stake == 0
    assert figures(db, stats.Period.named("today", date(2026, 11, 26)), stats.Scope(), clock.now()).ladder == {}


def test_renewals_and_lapses_counted(db, officer, supervisor, clock):
    for _ in range(2):
        cid = _saved_call(db, officer, clock)
        rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
        stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    clock.advance(hours=47)
    stop_window.renew(db, officer, rid, clock=clock)                   # the second request renewed
    clock.advance(hours=2)                                              # the first one lapsed unanswered
    month = stats.Period.named("month", date(2026, 11, 25))
    g = figures(db, month, stats.Scope(), clock.now())
    assert (g.renewals, g.freezes, g.lapses) == (2, 0, 2)               # 2 accounts each
    report = stats.report(db, month, user=supervisor)
    assert report.parts["golden_hour"].renewals == 2
