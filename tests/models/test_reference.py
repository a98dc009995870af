"""Reference data shipped in resources/ is loaded once on first start."""

from __future__ import annotations

from console.models.core.reference import code_names, fraud_types, load_reference_data


def test_reference_tables_are_filled(db):
    assert db["districts"].count == 7
    names = {r["name"] for r in db["stations"].rows}
    assert {"汉川南河派出所", "孝昌季店派出所", "应城郎君派出所", "云梦城关派出所", "孝南肖港派出所",
            "云梦吴铺派出所", "汉川韩集派出所"} <= names
    codes = [f.code for f in fraud_types(db)]
    assert codes[0] == "rebate" and "police_impersonation" in codes
    assert "安全账户" in next(f for f in fraud_types(db) if f.code == "police_impersonation").red_flags
    assert db.execute("SELECT deadline_minutes FROM warning_levels WHERE code = 'red'").fetchone()[0] > 0
    assert [c for c, _ in code_names(db, "call_types")][0] == "stop_payment"
    big_banks = {"ICBC", "ABC", "BOC", "CCB", "COMM", "PSBC", "CMB"}
    with_bins = {r[0] for r in db.execute("SELECT DISTINCT bank_code FROM card_bins")}
    assert big_banks <= with_bins


def test_staff_edits_survive_a_restart(db):
    db.execute("UPDATE fraud_types SET name = '刷单' WHERE code = 'rebate'")
    db.conn.commit()
    assert load_reference_data(db) is False
    assert db.execute("SELECT name FROM fraud_types WHERE code = 'rebate'").fetchone()[0] == "刷单"
