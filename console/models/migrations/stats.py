"""Indexes that let a year's statistics be computed from the records in milliseconds."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("stats")


@migrations()
def m001_covering_indexes(db: Database) -> None:
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS warnings_closed_stats ON warnings(closed_at, status, outcome, loss_saved_cents,
            district_code, station_id, holder_id);
        CREATE INDEX IF NOT EXISTS warnings_received_stats ON warnings(received_at, fraud_type, district_code,
            station_id, holder_id, first_contact_at);
        CREATE INDEX IF NOT EXISTS stop_requests_issued ON stop_requests(issued_at);
        CREATE INDEX IF NOT EXISTS dispatches_feedback ON dispatches(feedback_at);
        CREATE INDEX IF NOT EXISTS dispatches_created ON dispatches(created_at);
        CREATE INDEX IF NOT EXISTS sms_outbox_created_by ON sms_outbox(created_at, created_by);
        """
    )
