"""The demo generator: reproducible, valid numbers, consistent times, intact references."""

from __future__ import annotations

from stdnum import luhn

from console.demo.generator import DEMO_USERS, counts, generate
from console.models.core.validation import check_id_number, guess_bank


def test_small_demo_is_valid_and_reproducible(tmp_path):
    a = generate(tmp_path / "a.db", years=0.01, seed=5)
    b = generate(tmp_path / "b.db", years=0.01, seed=5)
    assert counts(a) == counts(b)
    assert counts(a)["warnings"] == 3300 and counts(a)["calls"] > 200 and counts(a)["stop_accounts"] > 0
    first = "SELECT person_name, phone_e164, level, fraud_type FROM warnings ORDER BY id LIMIT 5"
    assert a.execute(first).fetchall() == b.execute(first).fetchall()
    assert a.execute("PRAGMA foreign_key_check").fetchall() == []
    for (idn,) in a.execute("SELECT id_number FROM people WHERE id_number IS NOT NULL LIMIT 300"):
        assert check_id_number(idn), idn
    for number, bank in a.execute("SELECT number, bank_code FROM accounts WHERE kind = 'bank_card' LIMIT 300"):
        assert luhn.is_valid(number) and guess_bank(a, number) == bank, number
    assert a.execute("SELECT count(*) FROM warnings WHERE taken_at < received_at OR closed_at < first_contact_at "
                     "OR deadline_at <= received_at").fetchone()[0] == 0
    mismatched = a.execute(
        "SELECT count(*) FROM warnings w JOIN warning_levels l ON l.code = w.level "
        "WHERE (julianday(w.deadline_at) - julianday(w.received_at)) * 1440 - l.deadline_minutes > 0.01"
    ).fetchone()[0]
    assert mismatched == 0
    assert a.execute("SELECT count(*) FROM warnings WHERE status = 'new'").fetchone()[0] > 0
    assert {u for u, *_ in DEMO_USERS} <= {r[0] for r in a.execute("SELECT username FROM users")}
    shared = a.execute("SELECT count(*) FROM (SELECT account_id FROM stop_accounts GROUP BY account_id "
                       "HAVING count(DISTINCT request_id) > 1)").fetchone()[0]
    assert shared > 0
