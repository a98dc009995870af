"""The golden-hour and interview-code daily summaries (stats m006_summaries_golden_hour_and_codes) give the
same figures as the counts over the rows, on both engines: after an import, stop-payments issued and
answered, renewals, a freeze, ladder steps, interview codes; after edits (a request's transfer times, a
result recorded, a warning reclassified, re-dispatched, a request discarded) and deletions; and summing the
rows again (rebuild-index) finds what the triggers kept."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from console.models.calls.interview import code_counts
from console.models.core.db import transaction
from console.models.core.engine import POSTGRESQL, engine_of
from console.models.migrations.stats import GOLDEN_NAMES
from console.models.stats import figures as stats
from console.models.stats.golden_hour import code_counts_from_summaries, figures, figures_from_summaries
from console.models.stoppay import requests as stoppay
from console.models.stoppay import window as stop_window
from console.models.stoppay.window import BankResult
from console.models.warnings import ladder
from console.models.warnings.importer import import_file
from console.models.warnings.mapping import guess_mapping
from tests.models.test_integrity_atomic import _saved_call, _stop_form
from tests.models.warnings_data import add_warning
from tests.pg import db_path_on_both_engines  # noqa: F401

HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "区县", "涉诈号码", "涉诈APP"]


def periods(today: date) -> list[stats.Period]:
    month = today.replace(day=1)
    return [stats.Period.named("today", today), stats.Period.named("month", today),
            stats.Period.named("year", today), stats.Period(today - timedelta(days=3), today + timedelta(days=4)),
            stats.Period(month - timedelta(days=40), month), stats.Period(today + timedelta(days=1), today + timedelta(days=9)),
            stats.Period(date(today.year - 1, today.month, 1), month + timedelta(days=70))]


def assert_same_figures(db, clock, supervisor) -> None:
    now = clock.now()
    for period in periods(now.date()):
        assert figures_from_summaries(db, period, now) == figures(db, period, stats.Scope(), now), period
        start, end = (f"{d.isoformat()} 00:00:00" for d in (period.start, period.end))
        assert code_counts_from_summaries(db, period) == code_counts(db, start, end), period
        fast = stats.report(db, period, user=supervisor)
        rows = stats.report_from_rows(db, period, user=supervisor)
        assert (fast.headline, fast.by_fraud_type, fast.by_station, fast.time_to_act, fast.daily) == \
               (rows.headline, rows.by_fraud_type, rows.by_station, rows.time_to_act, rows.daily), period
        for part in ("golden_hour", "codes"):
            assert fast.parts[part] == rows.parts[part], (period, part)


def snapshot(db) -> dict[str, list[tuple]]:
    """Every summary row with a count left (a day whose counts went back to zero is the same as no row)."""
    out = {}
    for table in GOLDEN_NAMES:
        key = 3 if table == "stats_gh_ladder_day" else 1 if table in (
            "stats_gh_money_day", "stats_gh_window_day", "stats_gh_lapse_day") else 2
        out[table] = sorted(tuple(r) for r in db.execute(f"SELECT * FROM {table}").fetchall() if any(r[key:]))
    return out


def rebuild(db) -> None:
    if engine_of(db) == POSTGRESQL:
        from console.models.migrations.postgres.stats import rebuild_golden_summaries
    else:
        from console.models.migrations.stats import rebuild_golden_summaries
    with transaction(db):
        rebuild_golden_summaries(db)


def issue_request(db, officer, clock) -> int:
    cid = _saved_call(db, officer, clock)                  # transfers 13:05 and 13:20 of the clock's day
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    return rid


def accounts_of(db, rid: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM stop_accounts WHERE request_id = ? ORDER BY id", [rid])]


def test_golden_hour_summaries_equal_the_rows_after_imports_edits_and_deletions(db, officer, supervisor, clock,
                                                                                 tmp_path):
    day = clock.now().date().isoformat()
    path = tmp_path / "warnings.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows([[f"G{i:03d}", f"1380000{i:04d}", f"{day} {8 + i % 5:02d}:{i % 60:02d}:00", "红色",
                      ("冒充公检法", "刷单返利", "")[i % 3], "", "孝南区", "", ""] for i in range(40)])
    import_file(db, officer, path, source="省预警平台", mapping=guess_mapping(HEADER), clock=clock)
    assert db.execute("SELECT count(*) FROM warnings").fetchone()[0] >= 40

    # Stop-payments issued at different times after their transfers, answered, renewed, frozen.
    first = issue_request(db, officer, clock)
    clock.advance(minutes=30)
    a, b = accounts_of(db, first)
    stop_window.record_results(db, officer, [BankResult(a, "stopped", 150_000_00)], clock=clock)
    second = issue_request(db, officer, clock)
    clock.advance(hours=3)
    third = issue_request(db, officer, clock)
    stop_window.record_results(db, officer, [BankResult(b, "frozen", 90_000_00),
                                             BankResult(accounts_of(db, second)[0], "failed", 0)], clock=clock)
    clock.advance(hours=46)
    stop_window.renew(db, officer, second, clock=clock)
    clock.advance(hours=3)                                   # the third's windows lapsed, unanswered
    # Ladder steps on an imported warning and a new one; interview codes on the calls.
    wid = db.execute("SELECT min(id) FROM warnings").fetchone()[0]
    for warning in (wid, add_warning(db, officer, clock, minutes_ago=5)):
        ladder.start(db, officer, warning, clock=clock)
        ladder.record(db, officer, warning, ladder.BUSY, clock=clock)
    with transaction(db):
        db.execute("UPDATE calls SET determinant_code = ? WHERE id = (SELECT min(id) FROM calls)", ["INV-MON-1"])
        db.execute("UPDATE calls SET determinant_code = ? WHERE id = (SELECT max(id) FROM calls)", ["POL-THR-2"])
    g = figures_from_summaries(db, stats.Period.named("month", clock.now().date()), clock.now())
    assert g.money_at_stake > 0 and g.stopped_within[48] > 0 and g.renewals > 0 and g.lapses > 0 and g.ladder
    assert g.transfer_to_issue[0] is not None and g.issue_to_result[0] is not None
    assert_same_figures(db, clock, supervisor)

    # Edits: a request's transfer times (its first transfer earlier), a result recorded, a warning
    # reclassified and re-dispatched, a request discarded, a step's result, a call's code changed.
    with transaction(db):
        db.execute("UPDATE stop_transfers SET transferred_at = ? WHERE id = (SELECT min(id) FROM stop_transfers "
                   "WHERE request_id = ?)", [f"{day} 11:41:00", third])
        db.execute("UPDATE stop_transfers SET transferred_at = NULL WHERE request_id = ?", [second])
    assert_same_figures(db, clock, supervisor)        # (each change alone: another of the day would recount it)
    stop_window.record_results(db, officer, [BankResult(accounts_of(db, third)[1], "stopped", 40_000_00)], clock=clock)
    stations = [r[0] for r in db.execute("SELECT id FROM stations ORDER BY id LIMIT 2")]
    with transaction(db):
        db.execute("UPDATE warnings SET fraud_type = 'investment' WHERE id = ?", [wid])
        db.execute("INSERT INTO dispatches (warning_id, station_id, created_at, deadline_at, reason, status) "
                   "VALUES (?, ?, ?, ?, 'visit', 'sent')", [wid, stations[0], f"{day} 15:00:00", f"{day} 16:00:00"])
        db.execute("UPDATE dispatches SET station_id = ?, created_at = ? WHERE warning_id = ?",
                   [stations[-1], f"{day} 15:30:00", wid])
        db.execute("UPDATE stop_requests SET status = 'discarded' WHERE id = ?", [first])
        db.execute("UPDATE ladder_steps SET result = 'reached' WHERE id = (SELECT max(id) FROM ladder_steps)")
        db.execute("UPDATE calls SET determinant_code = 'INV-MON-2' WHERE determinant_code = 'INV-MON-1'")
        db.execute("UPDATE stop_accounts SET window_ends_at = ? WHERE request_id = ?", [f"{day} 23:00:00", third])
    assert_same_figures(db, clock, supervisor)

    # Deletions: a transfer, a request with its accounts and transfers (by cascade), a ladder step, a
    # window event, the imported warnings without steps or dispatches.
    with transaction(db):
        db.execute("DELETE FROM stop_transfers WHERE id = (SELECT min(id) FROM stop_transfers WHERE request_id = ?)",
                   [third])
    assert_same_figures(db, clock, supervisor)
    with transaction(db):
        db.execute("UPDATE victim_watch SET request_id = NULL WHERE request_id = ?", [second])   # (the watch stays)
        db.execute("DELETE FROM stop_requests WHERE id = ?", [second])
        db.execute("DELETE FROM ladder_steps WHERE id = (SELECT min(id) FROM ladder_steps)")
        db.execute("DELETE FROM stop_window_events WHERE id = (SELECT max(id) FROM stop_window_events)")
        db.execute("DELETE FROM warnings WHERE batch_id IS NOT NULL AND id NOT IN (SELECT warning_id FROM "
                   "ladder_steps) AND id NOT IN (SELECT warning_id FROM dispatches WHERE warning_id IS NOT NULL)")
    assert db.execute("SELECT count(*) FROM stop_accounts WHERE request_id = ?", [second]).fetchone()[0] == 0
    assert_same_figures(db, clock, supervisor)
    kept = snapshot(db)
    assert any(kept.values())
    rebuild(db)
    assert snapshot(db) == kept
