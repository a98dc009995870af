"""Each figure against a small dataset computed by hand; the drill-down lists exactly what was counted."""

from __future__ import annotations

from datetime import date

import pytest

from console.models.stats import figures as stats
from console.models.core.users import Role, User

SUPERVISOR = User(0, "supervisor", "Supervisor", Role.SUPERVISOR)   # statistics need the role
PERIOD = stats.Period(date(2026, 11, 1), date(2026, 12, 1))


@pytest.fixture
def data(db, officer):
    st = db.execute("SELECT id, district_code FROM stations WHERE name = '云梦城关派出所'").fetchone()
    rows = [  # received, level, fraud, status, outcome, closed, contact, saved, district, station
        ("2026-11-02 10:00:00", "red", "investment", "closed", "dissuaded", "2026-11-02 10:30:00", "2026-11-02 10:10:00", 8_000_000, st[1], st[0]),
        ("2026-11-03 09:00:00", "orange", "rebate", "closed", "not_fraud", "2026-11-03 12:00:00", "2026-11-03 09:40:00", 0, "420902", None),
        ("2026-11-05 09:00:00", "yellow", "rebate", "closed", "dissuaded", "2026-11-06 09:00:00", "2026-11-05 11:00:00", 0, st[1], st[0]),
        ("2026-11-20 09:00:00", "red", "police_impersonation", "new", None, None, None, 0, "420902", None),
        ("2026-10-30 09:00:00", "red", "rebate", "closed", "dissuaded", "2026-10-30 10:00:00", "2026-10-30 09:05:00", 3_000_000, "420902", None),
    ]
    for i, (rec, lvl, ft, stt, oc, closed, contact, saved, dist, station) in enumerate(rows):
        db.execute("INSERT INTO warnings (dedupe_key, received_at, deadline_at, level, fraud_type, phone_raw, phone_e164, "
                   "status, outcome, closed_at, first_contact_at, loss_saved_cents, district_code, station_id, holder_id, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, '13800000000', '+8613800000000', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [f"k{i}", rec, rec, lvl, ft, stt, oc, closed, contact, saved, dist, station, officer.id, rec])
    for wid, at in ((1, "2026-11-02 10:01:00"), (2, "2026-11-03 09:01:00"), (5, "2026-10-30 09:01:00")):
        db.execute("INSERT INTO sms_outbox (warning_id, phone_e164, body, created_at, created_by) VALUES (?, '+86', 'x', ?, ?)",
                   [wid, at, officer.id])
    db.execute("INSERT INTO dispatches (warning_id, station_id, deadline_at, created_at, status, feedback_at, visited, "
               "dissuaded, loss_saved_cents) VALUES (3, ?, '2026-11-06', '2026-11-05 12:00:00', 'done', "
               "'2026-11-05 18:00:00', 1, 1, 6000000)", [st[0]])
    for at, saved in (("2026-11-10 08:00:00", 1_000_000), ("2026-11-11 08:00:00", 0)):
        db.execute("INSERT INTO calls (started_at, caller_raw, call_type, fraud_type, outcome, loss_saved_cents, officer_id, "
                   "updated_at) VALUES (?, '139', 'stop_payment', 'investment', 'dissuaded', ?, ?, ?)",
                   [at, saved, officer.id, at])
    db.execute("INSERT INTO stop_requests (request_no, call_id, officer_id, status, created_at, issued_at, updated_at) "
               "VALUES ('ZF1', 1, ?, 'issued', '2026-11-10 08:20:00', '2026-11-10 08:25:00', 'x')", [officer.id])
    db.execute("INSERT INTO accounts (number, created_at) VALUES ('6217001234567890122', 'x'), ('6222021234567890128', 'x')")
    db.execute("INSERT INTO stop_accounts (request_id, account_id, amount_cents, status, stopped_cents, updated_at) "
               "VALUES (1, 1, 35000000, 'stopped', 30000000, 'x'), (1, 2, 15000000, 'failed', 0, 'x')")
    db.conn.commit()
    return st


def test_headline_figures_by_hand(db, data):
    r = stats.report(db, PERIOD, user=SUPERVISOR)
    assert r.headline == {"warnings_received": 4, "warnings_handled": 3, "warnings_dissuaded": 2, "sms_sent": 2,
                          "calls": 2, "accounts_stopped": 2, "amount_stopped": 30_000_000,
                          # call 1万 + warning 8万 + station 6万 (its warning recorded none)
                          "loss_saved": 1_000_000 + 8_000_000 + 6_000_000}
    assert r.time_to_act["warning_to_contact"] == (40.0, 120.0)     # 10, 40, 120 minutes
    assert r.time_to_act["call_to_request"] == (20.0, 20.0)
    assert dict((c, w) for c, w, _ in r.by_fraud_type)["rebate"] == 2
    assert [(name, n, d) for _, name, n, d in r.by_station] == [("云梦城关派出所", 1, 1)]
    assert dict(r.daily["warnings_received"]) == {"2026-11-02": 1, "2026-11-03": 1, "2026-11-05": 1, "2026-11-20": 1}


def test_scope_by_station_and_district(db, data):
    station = stats.Scope("station", data[0])
    assert stats.value(db, "warnings_received", PERIOD, station, user=SUPERVISOR) == 2
    assert stats.value(db, "warnings_dissuaded", PERIOD, stats.Scope("district", "420902"), user=SUPERVISOR) == 0


def test_drill_down_lists_exactly_the_rows_counted(db, data):
    for key in ("warnings_received", "warnings_handled", "sms_sent", "calls", "accounts_stopped"):
        assert len(stats.rows(db, key, PERIOD, user=SUPERVISOR)) == stats.value(db, key, PERIOD, user=SUPERVISOR), key
    assert sum(r[5] for r in stats.rows(db, "amount_stopped", PERIOD, user=SUPERVISOR)) == stats.value(db, "amount_stopped", PERIOD, user=SUPERVISOR)


def test_xlsx_reads_back_the_same_numbers(db, data, tmp_path):
    from openpyxl import load_workbook

    from console.models.stats.export import write_xlsx

    r = stats.report(db, PERIOD, user=SUPERVISOR)
    path = write_xlsx(r, tmp_path / "r.xlsx", {})
    ws = load_workbook(path)["主要指标"]
    values = {row[0].value: row[1].value for row in ws.iter_rows(min_row=3)}
    assert values["接收预警"] == 4 and values["止付金额（元）"] == 300_000 and values["挽损金额（元）"] == 150_000


def test_parallel_report_equals_the_serial_one(db_path, db, data):
    serial = stats.report(db, PERIOD, user=SUPERVISOR)
    parallel = stats.report_parallel(db_path, PERIOD, user=SUPERVISOR)
    assert parallel.headline == serial.headline and parallel.daily == serial.daily
    assert parallel.time_to_act == serial.time_to_act and parallel.by_fraud_type == serial.by_fraud_type


@pytest.mark.parametrize("scope_kind", ["city", "district", "station", "officer"])
def test_page_passes_equal_each_measure_and_its_drill_down(db, data, officer, scope_kind):
    """The page counts several figures in one pass; each must equal its measure's own count and rows."""
    value = {"city": None, "district": data[1], "station": data[0], "officer": officer.id}[scope_kind]
    scope = stats.Scope(scope_kind, value)
    r = stats.report(db, PERIOD, scope, user=SUPERVISOR)
    for key in stats.HEADLINE:
        assert r.headline[key] == stats.value(db, key, PERIOD, scope, user=SUPERVISOR), key
    for key in ("warnings_received", "warnings_handled", "calls", "sms_sent"):
        assert r.daily[key] == stats._daily(db, key, PERIOD, scope), key
        assert sum(n for _, n in r.daily[key]) == len(stats.rows(db, key, PERIOD, scope, user=SUPERVISOR)), key
