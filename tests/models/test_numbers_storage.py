"""Fraud numbers in storage: the import compares them normalised, the fraud_numbers table follows every
warning, and a file written before the normal forms existed is backfilled by the migration."""

from __future__ import annotations

import pytest

import csv

from console.models.calls import records as calls
from console.models.core.db import connect, open_database, transaction
from console.models.core.fraud_numbers import shared_fraud_numbers
from console.models.lookup.search import search
from console.models.warnings.importer import import_file
from console.models.warnings.mapping import guess_mapping
from console.models.warnings.readers import open_table


def _import(db, officer, clock, path, rows):
    header = ["phone", "time", "level", "fraud_number"]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return import_file(db, officer, path, source="platform", mapping=guess_mapping(open_table(path).header),
                       clock=clock)


def test_import_takes_plus44_and_0044_for_one_warning(db, officer, clock, tmp_path):
    result = _import(db, officer, clock, tmp_path / "w.csv", [
        ["13800001234", "2026-11-25 10:00", "红色", "+44 20 7946 0000"],
        ["13800001234", "2026-11-25 10:00", "红色", "0044 (0)20 7946-0000"],
        ["13800005678", "2026-11-25 10:05", "橙色", "＋４４ ２０ ７９４６ ００００"],
    ])
    assert (result.ok, result.duplicate) == (2, 1)
    rows = db.execute("SELECT w.fraud_number, f.number_key, f.number_e164 FROM warnings w JOIN fraud_numbers f "
                      "ON f.warning_id = w.id ORDER BY w.id").fetchall()
    assert rows == [("+44 20 7946 0000", "+442079460000", "+442079460000"),
                    ("＋４４ ２０ ７９４６ ００００", "+442079460000", "+442079460000")]
    assert calls.known_fraud_number(db, "+442079460000")
    assert len(search(db, "0044 20 7946 0000").groups["warning"]) == 2
    [shared] = shared_fraud_numbers(db)
    assert (shared.key, shared.cases, shared.forms, shared.kind) == ("+442079460000", 2, 2, "foreign")


def test_fraud_numbers_follow_edits_and_removals(db, officer, clock, tmp_path):
    _import(db, officer, clock, tmp_path / "w.csv", [["13800001234", "2026-11-25 10:00", "红色", "安心理财 APP"]])
    wid = db.execute("SELECT id FROM warnings").fetchone()[0]
    assert db.execute("SELECT number_key, number_e164 FROM fraud_numbers").fetchall() == [("安心理财app", None)]
    assert calls.known_fraud_number(db, "安心理财App") and search(db, "安心理财app").groups["warning"]
    with transaction(db):
        db.execute("UPDATE warnings SET fraud_number = '95588', fraud_number_key = '+8695588' WHERE id = ?", [wid])
    assert db.execute("SELECT number_raw, number_key FROM fraud_numbers").fetchall() == [("95588", "+8695588")]
    with transaction(db):
        db.execute("DELETE FROM warnings WHERE id = ?", [wid])
    assert db.execute("SELECT count(*) FROM fraud_numbers").fetchone()[0] == 0


def test_migration_backfills_a_file_from_before(tmp_path, clock):
    """Warnings stored as typed, with dedupe keys of raw digits, get their normal forms, their fraud_numbers
    rows, and keys that make the '+44'/'0044' pair one; the older key stays where two rows would clash."""
    path = tmp_path / "old.db"
    open_database(path).conn.close()
    old = connect(path)
    old.executescript("""
        DROP INDEX warnings_fraud_number_key; DROP VIEW fraud_numbers;
        CREATE TABLE fraud_numbers (id INTEGER PRIMARY KEY, number_raw TEXT NOT NULL, number_e164 TEXT,
            call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE, warning_id INTEGER REFERENCES warnings(id),
            created_at TEXT NOT NULL);
        CREATE INDEX fraud_numbers_number ON fraud_numbers(number_e164);
        CREATE INDEX fraud_numbers_warning ON fraud_numbers(warning_id);
        ALTER TABLE warnings DROP COLUMN fraud_number_key;
        CREATE INDEX warnings_fraud_number ON warnings(fraud_number);
        DELETE FROM _sqlite_migrations WHERE migration_set = 'warnings' AND name = 'm004_numbers_fraud_number_keys';
    """)
    rows = [("p:+8613800001234|2026-11-25 10:00:00|442079460000", "+44 20 7946 0000", ""),
            ("p:+8613800001234|2026-11-25 10:00:00|00442079460000", "0044 20 7946 0000", ""),
            ("p:+8613800005678|2026-11-25 10:05:00|", "", "Ｆａｋｅ Bank"),
            ("platform:YJ1", "＋８６ １７０ １２３４ ５６７８", "")]
    for key, number, app in rows:
        phone = key.split("|")[0][2:] if key.startswith("p:") else "+8613900000000"
        received = key.split("|")[1] if key.startswith("p:") else "2026-11-25 11:00:00"
        old.execute("INSERT INTO warnings (source, dedupe_key, received_at, deadline_at, level, phone_raw, "
                    "phone_e164, fraud_number, fraud_app, updated_at) VALUES ('platform', ?, ?, ?, 'red', ?, ?, ?, ?, ?)",
                    [key, received, received, phone, phone, number, app, received])
    old.conn.commit()
    old.conn.close()

    db = open_database(path)
    got = db.execute("SELECT dedupe_key, fraud_number, fraud_number_key FROM warnings ORDER BY id").fetchall()
    assert got == [
        ("p:+8613800001234|2026-11-25 10:00:00|+442079460000", "+44 20 7946 0000", "+442079460000"),
        ("p:+8613800001234|2026-11-25 10:00:00|00442079460000", "0044 20 7946 0000", "+442079460000"),
        ("p:+8613800005678|2026-11-25 10:05:00|fakebank", "", ""),
        ("platform:YJ1", "＋８６ １７０ １２３４ ５６７８", "+8617012345678"),
    ]
    assert db.execute("SELECT number_key, warning_id FROM fraud_numbers ORDER BY warning_id").fetchall() == [
        ("+442079460000", 1), ("+442079460000", 2), ("+8617012345678", 4)]
    assert calls.known_fraud_number(db, "+8617012345678")
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'warnings_fraud_number'").fetchone() is None
    assert db.execute("SELECT type FROM sqlite_master WHERE name = 'fraud_numbers'").fetchone() == ("view",)


@pytest.mark.sqlite_only("SQLite's EXPLAIN QUERY PLAN")
def test_a_fraud_number_is_found_through_its_index(db):
    plan = " ".join(str(r[-1]) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT warning_id FROM fraud_numbers WHERE number_key = ?", ["+85261234567"]))
    assert "warnings_fraud_number_key" in plan and "SCAN" not in plan


def test_statistics_count_fraud_numbers_by_normal_form(db, officer, clock, tmp_path):
    from datetime import date

    from console.models.stats.figures import Period, Scope, fraud_numbers_reported

    _import(db, officer, clock, tmp_path / "w.csv", [
        ["13800000001", "2026-11-25 09:00", "红色", "+852 6123 4567"],
        ["13800000002", "2026-11-25 09:10", "红色", "00852-61234567"],
        ["13800000003", "2026-11-25 09:20", "黄色", "＋８５２ ６１２３ ４５６７"],
        ["13800000004", "2026-11-25 09:30", "黄色", "95588"],
        ["13800000005", "2026-11-24 09:30", "黄色", "+85261234567"],     # the day before
    ])
    today = Period(date(2026, 11, 25), date(2026, 11, 26))
    top = fraud_numbers_reported(db, today, Scope())
    assert [(t.key, t.kind, t.warnings) for t in top] == [("+85261234567", "foreign", 3), ("+8695588", "service", 1)]


def test_phones_ids_and_accounts_stored_before_are_backfilled(tmp_path, clock):
    path = tmp_path / "old.db"
    open_database(path).conn.close()
    old = connect(path)
    old.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'lookup' AND name = 'm003_numbers_normal_forms_backfill'")
    old.execute("INSERT INTO calls (started_at, direction, source, caller_raw, caller_e164, status, updated_at) "
                "VALUES ('2026-11-25 10:00:00', 'in', 'manual', '（0712）2345678', NULL, 'closed', '2026-11-25 10:00:00')")
    old.execute("INSERT INTO people (name, phone_raw, phone_e164, created_at, updated_at) "
                "VALUES ('何敏', '138–0000–1234', NULL, '2026-11-25', '2026-11-25')")
    old.execute("UPDATE people SET id_number = '4209 0219 8503 1200 28'")
    old.execute("INSERT INTO accounts (number, kind, created_at) VALUES ('138 0000 1234', 'alipay', '2026-11-25')")
    old.conn.commit()
    old.conn.close()
    db = open_database(path)
    assert db.execute("SELECT caller_e164 FROM calls").fetchone() == ("+867122345678",)
    assert db.execute("SELECT phone_e164 FROM people").fetchone() == ("+8613800001234",)
    assert [h.record_id for h in search(db, "0712-2345678").groups["call"]] == [1]
    assert [h.record_id for h in search(db, "420902198503120028").groups["person"]] == [1]
    assert db.execute("SELECT number FROM accounts WHERE kind = 'alipay'").fetchone() == ("13800001234",)
