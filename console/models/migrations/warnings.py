"""Schema additions of the warning queue: indexes for every queue filter, and the import bookkeeping.

Warning statuses used by the queue: new | taken | waiting (not reached, back at retry_at) | dispatched |
review (came back for second-round review) | closed.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("warnings")


@migrations()
def m001_queue_indexes(db: Database) -> None:
    """Each queue filter walks an index in deadline order, so a page costs the same on 10 years of rows."""
    db.executescript(
        """
        CREATE INDEX warnings_holder ON warnings(holder_id, status, deadline_at);
        CREATE INDEX warnings_level_queue ON warnings(level, status, deadline_at);
        CREATE INDEX warnings_district_queue ON warnings(district_code, status, deadline_at);
        CREATE INDEX warnings_fraud_type_queue ON warnings(fraud_type, status, deadline_at);
        CREATE INDEX warnings_retry ON warnings(status, retry_at);
        CREATE INDEX warnings_batch ON warnings(batch_id);
        CREATE INDEX dispatches_open ON dispatches(status, deadline_at);
        CREATE INDEX import_rejects_batch ON import_rejects(batch_id, row_number);
        ALTER TABLE import_batches ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE import_rejects ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
        """
    )


@migrations()
def m002_lighter_imports(db: Database) -> None:
    """Less index work per imported row: warnings_received repeats the first column of
    warnings_received_stats; holder and retry indexes hold only the rows that have a holder or a retry
    time (a fresh import has neither); and fraud_numbers.warning_id gets the index a foreign key needs,
    without which removing a warning reads the whole fraud_numbers table."""
    db.executescript(
        """
        DROP INDEX IF EXISTS warnings_received;
        DROP INDEX warnings_holder;
        CREATE INDEX warnings_holder ON warnings(holder_id, status, deadline_at) WHERE holder_id IS NOT NULL;
        DROP INDEX warnings_retry;
        CREATE INDEX warnings_retry ON warnings(status, retry_at) WHERE retry_at IS NOT NULL;
        CREATE INDEX IF NOT EXISTS fraud_numbers_warning ON fraud_numbers(warning_id);
        """
    )


@migrations()
def m003_files_reject_text(db: Database) -> None:
    """Each rejected import row keeps its text as written in the file (the raw column holds its cells by
    header), so a row refused as already imported, or one that could not be split into cells, still shows
    what it was."""
    db.execute("ALTER TABLE import_rejects ADD COLUMN text TEXT NOT NULL DEFAULT ''")


@migrations()
def m004_numbers_fraud_number_keys(db: Database) -> None:
    """Fraud numbers compared by their normal form (console.models.core.numbers), not as typed.

    warnings.fraud_number keeps the text as imported or typed; warnings.fraud_number_key holds its normal
    form (E.164 for any number, the folded name of an app or account), written with the row and indexed
    (only rows that have one). The fraud_numbers table, never written until now, becomes a view of those
    keys with the same columns plus number_key: every warning is in it the moment it is stored, by any
    path, and an import writes nothing more than before (a table kept in step by triggers cost the
    warnings import 7% of its time). Existing rows are backfilled; old dedupe keys (digits as typed) are
    rewritten to the normal form where that makes no two warnings one. The index on the raw text goes."""
    from console.models.core.fraud_numbers import backfill_fraud_numbers

    if db.execute("SELECT 1 FROM fraud_numbers LIMIT 1").fetchone():
        raise RuntimeError("fraud_numbers holds rows; this migration expects the table unused")
    db.executescript(
        """
        ALTER TABLE warnings ADD COLUMN fraud_number_key TEXT NOT NULL DEFAULT '';
        DROP TABLE fraud_numbers;
        CREATE VIEW fraud_numbers (warning_id, call_id, number_raw, number_key, number_e164, created_at) AS
            SELECT id, NULL, fraud_number, fraud_number_key,
                   CASE WHEN substr(fraud_number_key, 1, 1) = '+' THEN fraud_number_key END, received_at
            FROM warnings WHERE fraud_number_key != '';
        """
    )
    backfill_fraud_numbers(db, rewrite_dedupe_keys=True)
    db.executescript(
        """
        DROP INDEX IF EXISTS warnings_fraud_number;
        CREATE INDEX warnings_fraud_number_key ON warnings(fraud_number_key) WHERE fraud_number_key != '';
        """
    )


@migrations()
def m005_goldenhour_escalation_ladder(db: Database) -> None:
    """The escalation ladder for a person who cannot be reached: every rung (call, SMS, emergency contact,
    station) and every call attempt is a row with its due time, its result, who did it and when."""
    db.executescript(
        """
        CREATE TABLE ladder_steps (
            id INTEGER PRIMARY KEY,
            warning_id INTEGER NOT NULL REFERENCES warnings(id),
            rung INTEGER NOT NULL,              -- 1 calls, 2 SMS, 3 emergency contact / family, 4 station
            kind TEXT NOT NULL,                 -- call | sms | contact | station
            attempt INTEGER NOT NULL DEFAULT 1, -- the n-th call of rung 1
            due_at TEXT NOT NULL,
            started_at TEXT NOT NULL,
            started_by INTEGER REFERENCES users(id),
            ended_at TEXT,
            ended_by INTEGER REFERENCES users(id),
            result TEXT                         -- reached | no_answer | busy | sent | failed | stopped
        );
        CREATE INDEX ladder_steps_warning ON ladder_steps(warning_id, id);
        CREATE INDEX ladder_steps_open ON ladder_steps(ended_at, due_at);
        """
    )


@migrations()
def pgengine_m006_change_notices(db: Database) -> None:
    """Other seats learn of a change: on SQLite the file's data version already tells every connection (PRAGMA
    data_version), so nothing is added here; the PostgreSQL twin of this step adds the notices its seats
    LISTEN for (console/models/migrations/postgres/warnings.py). Kept so both engines record one history."""


@migrations()
def summaries_m007_ladder_steps_by_day(db: Database) -> None:
    """The statistics' daily summary of the ladder steps (by day started, kind, result), kept by triggers;
    defined with the other summaries in console/models/migrations/stats.py, made here after ladder_steps."""
    from console.models.migrations.stats import ladder_summary

    ladder_summary(db)


@migrations()
def pgcentre_m008_summaries_room_to_update(db: Database) -> None:
    """On PostgreSQL the statistics' summary tables keep room on each page for their rows' next versions (its
    twin in migrations/postgres/warnings.py); SQLite updates a row in place."""


@migrations()
def pgcentre_m009_sms_by_district_and_station(db: Database) -> None:
    """Each SMS carries its warning's district and station, kept by triggers, so a district's or station's
    SMS of a year are one index range: they were counted through the ids of the place's warnings of every
    year (1.1 s of a district's statistics page on ten years, on both engines)."""
    db.execute("ALTER TABLE sms_outbox ADD COLUMN district_code TEXT")
    db.execute("ALTER TABLE sms_outbox ADD COLUMN station_id INTEGER REFERENCES stations(id)")
    fill_sms_places(db)
    db.executescript("""
        CREATE INDEX sms_outbox_district ON sms_outbox(district_code, created_at);
        CREATE INDEX sms_outbox_station ON sms_outbox(station_id, created_at);
        CREATE TRIGGER sms_outbox_place AFTER INSERT ON sms_outbox WHEN new.warning_id IS NOT NULL BEGIN
            UPDATE sms_outbox SET district_code = (SELECT district_code FROM warnings WHERE id = new.warning_id),
                station_id = (SELECT station_id FROM warnings WHERE id = new.warning_id) WHERE id = new.id;
        END;
        CREATE TRIGGER sms_outbox_place_moved AFTER UPDATE OF warning_id ON sms_outbox BEGIN
            UPDATE sms_outbox SET district_code = (SELECT district_code FROM warnings WHERE id = new.warning_id),
                station_id = (SELECT station_id FROM warnings WHERE id = new.warning_id) WHERE id = new.id;
        END;
        CREATE TRIGGER warnings_sms_place AFTER UPDATE OF district_code, station_id ON warnings
        WHEN new.district_code IS NOT old.district_code OR new.station_id IS NOT old.station_id BEGIN
            UPDATE sms_outbox SET district_code = new.district_code, station_id = new.station_id
            WHERE warning_id = new.id;
        END;
    """)


def fill_sms_places(db: Database) -> None:
    """Each SMS's district and station from its warning (also after the demo generator's bulk inserts, which
    go in without triggers)."""
    db.execute("UPDATE sms_outbox SET district_code = w.district_code, station_id = w.station_id "
               "FROM warnings w WHERE w.id = sms_outbox.warning_id")


@migrations()
def seats_m008_warning_inserts_summed_per_statement(db: Database) -> None:
    """On PostgreSQL an insert's shares of the daily summaries are added once per statement (the warnings
    import's block: console/models/migrations/postgres/warnings.py); SQLite has no statement triggers with the
    statement's rows, and its row triggers cost little beside the import's block (they run inside the engine),
    so nothing changes here. Kept so both engines record one history."""
