"""Schema for the live call panel: indexes its at-once lookups need."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("calls")


@migrations()
def m001_fraud_number_index(db: Database) -> None:
    """'Is this number already known as a fraud number?' is asked on every ring."""
    db.execute("CREATE INDEX IF NOT EXISTS warnings_fraud_number ON warnings(fraud_number)")
    db.execute("CREATE INDEX IF NOT EXISTS stop_requests_victim_created ON stop_requests(victim_person_id, created_at)")
