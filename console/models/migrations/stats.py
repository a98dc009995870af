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


@migrations()
def m002_per_day_and_per_type_indexes(db: Database) -> None:
    """The page counts a day, or a fraud type, at a time by index ranges instead of sorting a year of rows;
    these make those ranges covering (no visit to the table's rows)."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS warnings_type_received ON warnings(fraud_type, received_at, district_code,
            station_id, holder_id);
        CREATE INDEX IF NOT EXISTS calls_stats ON calls(started_at, fraud_type, loss_saved_cents, officer_id);
        CREATE INDEX IF NOT EXISTS calls_type_started ON calls(fraud_type, started_at, officer_id);
        DROP INDEX IF EXISTS dispatches_feedback;
        CREATE INDEX IF NOT EXISTS dispatches_feedback_stats ON dispatches(feedback_at, loss_saved_cents,
            warning_id, station_id, created_by);
        """
    )
