"""People and accounts are found again rather than duplicated, and every change is audited, masked."""

from __future__ import annotations

import json

from console.models.core.db import transaction
from console.models.core.people import upsert_account, upsert_person


def test_person_found_again_by_id_or_phone(db, officer, clock):
    with transaction(db):
        a = upsert_person(db, officer, name="何敏", id_number="42090219850312002X", phone="13800001234", clock=clock)
        b = upsert_person(db, officer, name="何敏", phone="+86 138 0000 1234", clock=clock)
        c = upsert_person(db, officer, id_number="42090219850312002x", clock=clock)
    assert a == b == c
    assert db["people"].count == 1


def test_account_bank_guessed_and_audit_masked(db, officer, clock):
    with transaction(db):
        aid = upsert_account(db, officer, number="6222 0212 3456 7890 128", is_suspect=True, clock=clock)
        again = upsert_account(db, officer, number="6222021234567890128", holder_name="李四", clock=clock)
    assert aid == again
    row = db.execute("SELECT bank_code, holder_name, is_suspect FROM accounts WHERE id = ?", [aid]).fetchone()
    assert tuple(row) == ("ICBC", "李四", 1)
    logged = " ".join(r[0] for r in db.execute("SELECT changes FROM audit_log"))
    assert "6222021234567890128" not in logged and "6222***********0128" in logged
    assert json.loads(db.execute("SELECT changes FROM audit_log WHERE table_name = 'accounts' ORDER BY id").fetchone()[0])


def test_a_nul_typed_into_a_field_is_saved_on_either_engine(db, officer, clock):
    # PostgreSQL's text cannot hold NUL (the poison journey's fuzzing found a save failing on it); SQLite keeps it.
    with transaction(db):
        pid = upsert_person(db, officer, name="何\x00敏", phone="\x00", clock=clock)
    assert db.execute("SELECT name FROM people WHERE id = ?", [pid]).fetchone()[0].replace("\x00", "") == "何敏"
