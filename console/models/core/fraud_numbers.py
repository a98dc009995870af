"""Scammers' numbers on record: each warning's fraud number in its normal form (the fraud_numbers view),
and the questions asked of them: is this number known, which cases name it, which numbers link cases.

The normal form comes from console.models.core.numbers and is stored with the warning (`fraud_number_key`,
indexed); fraud_numbers (migrations/warnings.py, m003) is the view every question reads, so a warning
stored by any path is in it at once, and nothing is kept in step twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from console.models.core.numbers import account_name_key, fraud_number_key, fraud_number_kind


def backfill_fraud_numbers(db: Database, *, rewrite_dedupe_keys: bool = False) -> int:
    """Fills warnings.fraud_number_key for rows stored without it (older rows, bulk-generated ones), each
    distinct text normalised once. Returns the rows filled. Call inside a transaction (a migration is one)."""
    raws = [r[0] for r in db.execute(
        "SELECT DISTINCT fraud_number FROM warnings WHERE fraud_number != '' AND fraud_number_key = ''")]
    filled = 0
    if raws:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS fraud_number_backfill (raw TEXT PRIMARY KEY, key TEXT NOT NULL) "
                   "WITHOUT ROWID")
        db.execute("DELETE FROM temp.fraud_number_backfill")
        db.conn.executemany("INSERT INTO temp.fraud_number_backfill (raw, key) VALUES (?, ?)",
                            ((raw, fraud_number_key(raw)) for raw in raws))
        filled = db.execute("UPDATE warnings SET fraud_number_key = b.key FROM temp.fraud_number_backfill b "
                            "WHERE b.raw = warnings.fraud_number AND warnings.fraud_number_key = ''").rowcount
        db.execute("DROP TABLE temp.fraud_number_backfill")
    if rewrite_dedupe_keys:
        # Keys of rows without a platform number held the fraud number's digits as typed. OR IGNORE: where
        # two stored warnings turn out to be one (the '+44' and '0044' pair), the older key stays.
        db.conn.create_function("numbers_app_key", 1, account_name_key, deterministic=True)
        db.execute("UPDATE OR IGNORE warnings SET dedupe_key = 'p:' || phone_e164 || '|' || received_at || '|' || "
                   "CASE WHEN fraud_number_key != '' THEN fraud_number_key ELSE numbers_app_key(fraud_app) END "
                   "WHERE dedupe_key GLOB 'p:*'")
    return filled


def is_known(db: Database, number: str | None) -> bool:
    """The number (any form, or an E.164) is already on record as a scammer's number."""
    key = fraud_number_key(number)
    if not key:
        return False
    return db.execute("SELECT 1 FROM fraud_numbers WHERE number_key = ? LIMIT 1", [key]).fetchone() is not None


def warning_ids(db: Database, number: str | None, limit: int = 200) -> list[int]:
    """Warnings that name this fraud number, in whatever form each was written."""
    key = fraud_number_key(number)
    if not key:
        return []
    return [r[0] for r in db.execute(
        "SELECT warning_id FROM fraud_numbers WHERE number_key = ? AND warning_id IS NOT NULL "
        "ORDER BY warning_id DESC LIMIT ?", [key, limit])]


@dataclass(frozen=True)
class SharedFraudNumber:
    key: str                 # normal form
    kind: str                # mobile | landline | service | foreign | account
    shown: str               # one of the forms it was written in
    cases: int               # warnings and calls that name it
    forms: int               # distinct ways it was written


def shared_fraud_numbers(db: Database, *, min_cases: int = 2, limit: int = 100) -> list[SharedFraudNumber]:
    """Fraud numbers named in more than one warning or call, however each wrote them: the cross-case link."""
    rows = db.execute(
        "SELECT number_key, max(number_raw), count(DISTINCT coalesce(warning_id, -CAST(call_id AS INTEGER))), "
        "count(DISTINCT number_raw) FROM fraud_numbers WHERE number_key != '' GROUP BY number_key "
        "HAVING count(DISTINCT coalesce(warning_id, -CAST(call_id AS INTEGER))) >= ? ORDER BY 3 DESC, 1 LIMIT ?",
        [min_cases, limit]).fetchall()
    return [SharedFraudNumber(k, fraud_number_kind(k), raw, n, forms) for k, raw, n, forms in rows]
