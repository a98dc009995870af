"""The statistics page's daily summaries equal the counts over the rows: on a generated database (rows put
in with the triggers off, then summed), and after inserts, edits and deletions through the triggers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from console.models.stats import figures as stats
from console.models.core.db import open_database, transaction
from console.demo.generator import generate
from console.models.migrations.stats import SUMMARY_NAMES, rebuild_summaries
from console.models.core.users import Role, User

SUPERVISOR = User(0, "supervisor", "Supervisor", Role.SUPERVISOR)   # statistics need the role

TABLES = SUMMARY_NAMES


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("summaries") / "demo.db"
    generate(path, years=0.1, seed=5).conn.close()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    db = open_database(copy, check=False)
    yield db
    db.conn.close()


def periods(db) -> list[stats.Period]:
    first = date.fromisoformat(db.execute("SELECT min(received_at) FROM warnings").fetchone()[0][:10])
    last = date.fromisoformat(db.execute("SELECT max(received_at) FROM warnings").fetchone()[0][:10])
    mid = first + (last - first) // 2
    months = stats.Period(first.replace(day=1), (last.replace(day=1) + timedelta(days=32)).replace(day=1))
    whole = stats.Period(mid.replace(day=1), (mid.replace(day=1) + timedelta(days=32)).replace(day=1))
    # Whole months (the monthly summary), edges of months (monthly and daily), days within a month (daily).
    return [stats.Period(first - timedelta(days=1), last + timedelta(days=2)), stats.Period(first, mid),
            stats.Period(mid, mid + timedelta(days=1)), stats.Period(mid + timedelta(days=1), last + timedelta(days=1)),
            months, whole, stats.Period(whole.start + timedelta(days=3), whole.end + timedelta(days=2))]


def same_figures(db) -> None:
    for period in periods(db):
        fast, rows = stats.report(db, period, user=SUPERVISOR), stats.report_from_rows(db, period, user=SUPERVISOR)
        assert fast.headline == rows.headline, period
        assert fast.by_fraud_type == rows.by_fraud_type, period
        assert fast.by_station == rows.by_station, period
        assert fast.time_to_act == rows.time_to_act, period
        assert {k: list(map(tuple, v)) for k, v in fast.daily.items()} == \
               {k: list(map(tuple, v)) for k, v in rows.daily.items()}, period


def snapshot(db) -> dict[str, list[tuple]]:
    # Rows whose counts all went back to zero are the same as no row.
    return {t: [r for r in db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                if any(r[1:] if t in ("stats_closed_day", "stats_sms_day") else r[2:])] for t in TABLES}


def test_generated_database_summaries_equal_the_rows(demo):
    assert db_count(demo, "stats_received_day") > 0 and db_count(demo, "stats_calls_day") > 0
    same_figures(demo)


def db_count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_inserts_edits_and_deletions_keep_summaries_equal_to_the_rows(demo):
    db = demo
    day = db.execute("SELECT substr(received_at, 1, 10) FROM warnings ORDER BY received_at DESC LIMIT 1").fetchone()[0]
    station = db.execute("SELECT id FROM stations LIMIT 1").fetchone()[0]
    before = stats.report(db, periods(db)[0], user=SUPERVISOR).headline["warnings_received"]
    with transaction(db):
        for i in range(30):          # new warnings, some already contacted, some closed with a saving
            db.execute(
                "INSERT INTO warnings (dedupe_key, received_at, deadline_at, level, fraud_type, phone_raw, "
                "status, outcome, closed_at, first_contact_at, loss_saved_cents, district_code, updated_at) "
                "VALUES (?, ?, ?, 'red', ?, '13800000000', ?, ?, ?, ?, ?, '420902', ?)",
                [f"summary-{i}", f"{day} 0{i % 10}:1{i % 6}:00", f"{day} 23:00:00",
                 ("investment", "rebate", None)[i % 3], "closed" if i % 2 else "new",
                 "dissuaded" if i % 4 == 1 else None, f"{day} 12:00:00" if i % 2 else None,
                 f"{day} 0{i % 10}:4{i % 6}:00" if i % 3 else None, 150_000 * (i % 5), day])
        db.execute("INSERT INTO calls (started_at, caller_raw, call_type, fraud_type, loss_saved_cents, updated_at) "
                   "VALUES (?, '13900000000', 'consultation', 'rebate', 90000, ?)", [f"{day} 08:00:00", day])
        db.execute("INSERT INTO sms_outbox (phone_e164, body, created_at) VALUES ('+8613800000000', 'x', ?)",
                   [f"{day} 08:30:00"])
        wid = db.execute("SELECT max(id) FROM warnings").fetchone()[0]
        db.execute("INSERT INTO dispatches (warning_id, station_id, created_at, deadline_at, reason, status, dissuaded) "
                   "VALUES (?, ?, ?, ?, 'visit', 'done', 1)", [wid, station, f"{day} 09:00:00", f"{day} 10:00:00"])
    assert stats.report(db, periods(db)[0], user=SUPERVISOR).headline["warnings_received"] == before + 30
    same_figures(db)
    with transaction(db):            # edits: each column a summary depends on, on old rows and new
        ids = [r[0] for r in db.execute("SELECT id FROM warnings ORDER BY id LIMIT 40")]
        for n, wid in enumerate(ids):
            if n % 4 == 0:
                db.execute("UPDATE warnings SET status = 'closed', outcome = 'dissuaded', closed_at = "
                           "datetime(received_at, '+2 hours'), first_contact_at = datetime(received_at, '+7 minutes'), "
                           "loss_saved_cents = 500000 WHERE id = ?", [wid])
            elif n % 4 == 1:
                db.execute("UPDATE warnings SET fraud_type = 'police_impersonation', "
                           "received_at = datetime(received_at, '-1 day') WHERE id = ?", [wid])
            elif n % 4 == 2:
                db.execute("UPDATE warnings SET status = 'review', closed_at = NULL, outcome = NULL, "
                           "first_contact_at = NULL WHERE id = ?", [wid])
            else:
                db.execute("UPDATE warnings SET notes = 'x', level = 'yellow' WHERE id = ?", [wid])
        db.execute("UPDATE calls SET fraud_type = 'investment', loss_saved_cents = loss_saved_cents + 100 "
                   "WHERE id IN (SELECT id FROM calls ORDER BY id DESC LIMIT 15)")
        db.execute("UPDATE dispatches SET dissuaded = 1 - coalesce(dissuaded, 0), "
                   "created_at = datetime(created_at, '+1 day') WHERE id IN (SELECT id FROM dispatches LIMIT 10)")
        db.execute("UPDATE sms_outbox SET created_at = datetime(created_at, '-1 day') "
                   "WHERE id IN (SELECT id FROM sms_outbox LIMIT 10)")
        # Stop-payments: accounts stopped or failed, a request issued later, requests made later after a call,
        # a call's start moved, a warning's own saving recorded (its station's no longer counts), a
        # station's feedback with a saving.
        db.execute("UPDATE stop_accounts SET status = 'stopped', stopped_cents = amount_cents "
                   "WHERE id IN (SELECT id FROM stop_accounts ORDER BY id LIMIT 12)")
        db.execute("UPDATE stop_accounts SET status = 'failed' WHERE id IN (SELECT id FROM stop_accounts "
                   "WHERE status = 'stopped' ORDER BY id DESC LIMIT 5)")
        db.execute("UPDATE stop_requests SET issued_at = datetime(coalesce(issued_at, created_at), '+1 day') "
                   "WHERE id IN (SELECT id FROM stop_requests ORDER BY id LIMIT 6)")
        db.execute("UPDATE stop_requests SET created_at = datetime(created_at, '+17 minutes') "
                   "WHERE id IN (SELECT id FROM stop_requests ORDER BY id DESC LIMIT 6)")
        db.execute("UPDATE calls SET started_at = datetime(started_at, '-3 minutes') "
                   "WHERE id IN (SELECT call_id FROM stop_requests WHERE call_id IS NOT NULL LIMIT 6)")
        db.execute("UPDATE warnings SET loss_saved_cents = 700000 WHERE id IN (SELECT warning_id FROM dispatches "
                   "WHERE loss_saved_cents > 0 AND warning_id IS NOT NULL LIMIT 4)")
        db.execute("UPDATE dispatches SET feedback_at = datetime(created_at, '+1 hour'), loss_saved_cents = 250000 "
                   "WHERE id IN (SELECT id FROM dispatches WHERE feedback_at IS NULL LIMIT 6)")
    same_figures(db)
    with transaction(db):            # deletions
        db.execute("DELETE FROM dispatches WHERE id IN (SELECT id FROM dispatches ORDER BY id DESC LIMIT 10)")
        db.execute("DELETE FROM sms_outbox WHERE id IN (SELECT id FROM sms_outbox ORDER BY id DESC LIMIT 10)")
        gone = [r[0] for r in db.execute(
            "SELECT id FROM warnings w WHERE NOT EXISTS (SELECT 1 FROM dispatches d WHERE d.warning_id = w.id) "
            "AND NOT EXISTS (SELECT 1 FROM sms_outbox s WHERE s.warning_id = w.id) "
            "AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.warning_id = w.id) ORDER BY id LIMIT 25")]
        gone += [r[0] for r in db.execute("SELECT id FROM warnings WHERE dedupe_key LIKE 'summary-%'")]
        marks = ",".join("?" * len(gone))
        db.execute(f"DELETE FROM warnings WHERE id IN ({marks})", gone)
        request = db.execute("SELECT r.id FROM stop_requests r WHERE r.issued_at IS NOT NULL AND NOT EXISTS "
                             "(SELECT 1 FROM stop_transfers t WHERE t.request_id = r.id) AND EXISTS "
                             "(SELECT 1 FROM stop_accounts a WHERE a.request_id = r.id AND a.status != 'pending') "
                             "LIMIT 1").fetchone()
        if request is None:   # (its transfers go with it by cascade too)
            request = db.execute("SELECT request_id FROM stop_accounts WHERE status != 'pending' LIMIT 1").fetchone()
        db.execute("DELETE FROM stop_requests WHERE id = ?", [request[0]])      # its accounts go by cascade
        db.execute("DELETE FROM stop_accounts WHERE id IN (SELECT id FROM stop_accounts ORDER BY id DESC LIMIT 3)")
    assert stats.report(db, periods(db)[0], user=SUPERVISOR).headline["warnings_received"] < before
    same_figures(db)
    kept = snapshot(db)
    rebuild_summaries(db)            # what the triggers kept is what summing the rows again gives
    assert snapshot(db) == kept


def test_scoped_report_still_counts_the_rows(demo):
    period = periods(demo)[0]
    district = demo.execute("SELECT district_code FROM warnings WHERE district_code IS NOT NULL LIMIT 1").fetchone()[0]
    scope = stats.Scope("district", district)
    assert stats.report(demo, period, scope, user=SUPERVISOR).headline == stats.report_from_rows(demo, period, scope, user=SUPERVISOR).headline
    assert stats.report(demo, period, scope, user=SUPERVISOR).headline["warnings_received"] < \
        stats.report(demo, period, user=SUPERVISOR).headline["warnings_received"]
