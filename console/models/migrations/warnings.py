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
def m003_numbers_fraud_number_keys(db: Database) -> None:
    """Fraud numbers compared by their normal form (console.models.numbers), not as typed.

    warnings.fraud_number keeps the text as imported or typed; warnings.fraud_number_key holds its normal
    form (E.164 for any number, the folded name of an app or account), written with the row. Each warning's
    fraud number is also a row of fraud_numbers (number_key indexed; number_e164 for numbers), kept in step
    by triggers in plain SQL (no Python per imported row), which the known-fraud hint, lookup, cross-case
    links and figures read. Existing rows are backfilled; old dedupe keys (digits as typed) are rewritten
    to the normal form where that makes no two warnings one. The indexes on the raw text and on number_e164
    are no longer read (number_key is the E.164 for every number), and each costs the import a write."""
    from ..fraud_numbers import backfill_fraud_numbers

    db.executescript(
        """
        ALTER TABLE warnings ADD COLUMN fraud_number_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE fraud_numbers ADD COLUMN number_key TEXT NOT NULL DEFAULT '';
        CREATE INDEX fraud_numbers_key ON fraud_numbers(number_key);
        DROP INDEX IF EXISTS fraud_numbers_number;
        """
    )
    db.executescript(FRAUD_NUMBER_TRIGGERS)
    backfill_fraud_numbers(db, rewrite_dedupe_keys=True)
    db.execute("DROP INDEX IF EXISTS warnings_fraud_number")


FRAUD_NUMBER_TRIGGERS = """
    CREATE TRIGGER warnings_fraud_number_insert AFTER INSERT ON warnings WHEN new.fraud_number_key != '' BEGIN
        INSERT INTO fraud_numbers (number_raw, number_e164, number_key, warning_id, created_at)
        VALUES (new.fraud_number, CASE WHEN substr(new.fraud_number_key, 1, 1) = '+' THEN new.fraud_number_key END,
                new.fraud_number_key, new.id, new.received_at);
    END;
    CREATE TRIGGER warnings_fraud_number_update AFTER UPDATE OF fraud_number, fraud_number_key ON warnings
    WHEN new.fraud_number_key IS NOT old.fraud_number_key OR new.fraud_number IS NOT old.fraud_number BEGIN
        DELETE FROM fraud_numbers WHERE warning_id = old.id;
        INSERT INTO fraud_numbers (number_raw, number_e164, number_key, warning_id, created_at)
        SELECT new.fraud_number, CASE WHEN substr(new.fraud_number_key, 1, 1) = '+' THEN new.fraud_number_key END,
               new.fraud_number_key, new.id, new.received_at WHERE new.fraud_number_key != '';
    END;
    CREATE TRIGGER warnings_fraud_number_delete BEFORE DELETE ON warnings BEGIN
        DELETE FROM fraud_numbers WHERE warning_id = old.id;
    END;
"""
