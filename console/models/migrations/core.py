"""Core schema: the tables of the whole product as far as the foundation sees it.

Money is stored as integer fen (1/100 yuan) in columns ending in `_cents`; times as local ISO text
('2026-11-25 14:03:07'); phone numbers normalised to E.164 ('+8613800001234') in columns ending
in `_e164`, with the raw text kept beside them.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("core")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        -- Reference data the centre edits itself -------------------------------------------
        CREATE TABLE districts (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE stations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            district_code TEXT NOT NULL REFERENCES districts(code),
            phone TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE fraud_types (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            red_flags TEXT NOT NULL DEFAULT '[]',      -- JSON list of words
            rank INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE call_types (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE outcomes (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            applies_to TEXT NOT NULL DEFAULT 'call',   -- call | warning | both
            rank INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE banks (
            code TEXT PRIMARY KEY,                      -- short code, e.g. ICBC
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'bank'           -- bank | payment
        );
        CREATE TABLE card_bins (
            prefix TEXT NOT NULL,
            card_length INTEGER NOT NULL,
            bank_code TEXT NOT NULL REFERENCES banks(code),
            card_type TEXT NOT NULL DEFAULT 'DC',       -- DC debit | CC credit
            PRIMARY KEY (prefix, card_length)
        );
        CREATE TABLE warning_levels (
            code TEXT PRIMARY KEY,                      -- red | orange | yellow
            name TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            deadline_minutes INTEGER NOT NULL,
            rank INTEGER NOT NULL DEFAULT 0,
            color TEXT NOT NULL DEFAULT '#c00000'
        );
        CREATE TABLE sms_templates (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            body TEXT NOT NULL,
            fraud_type TEXT REFERENCES fraud_types(code),
            active INTEGER NOT NULL DEFAULT 1
        );

        -- Users and the audit trail ------------------------------------------------------------
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('officer', 'senior', 'supervisor', 'admin')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            station_id INTEGER REFERENCES stations(id),
            created_at TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL,
            action TEXT NOT NULL,                       -- insert | update | delete | issue | sign_in ...
            table_name TEXT NOT NULL,
            record_id TEXT,
            changes TEXT NOT NULL DEFAULT '{}'          -- JSON {field: [old, new]}, sensitive values masked
        );
        CREATE INDEX audit_log_at ON audit_log(at);
        CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

        -- People and accounts ------------------------------------------------------------------
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            id_number TEXT,                             -- resident ID, upper-case
            phone_raw TEXT NOT NULL DEFAULT '',
            phone_e164 TEXT,
            gender TEXT,
            birth_date TEXT,
            district_code TEXT REFERENCES districts(code),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX people_phone ON people(phone_e164);
        CREATE INDEX people_id_number ON people(id_number);
        CREATE INDEX people_name ON people(name);
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL,                       -- digits only for cards; as given for others
            kind TEXT NOT NULL DEFAULT 'bank_card',     -- bank_card | alipay | wechat | other
            bank_code TEXT REFERENCES banks(code),
            holder_name TEXT NOT NULL DEFAULT '',
            holder_person_id INTEGER REFERENCES people(id),
            is_suspect INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            UNIQUE (number, kind)
        );

        -- Calls -------------------------------------------------------------------------------
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            answered_at TEXT,
            ended_at TEXT,
            direction TEXT NOT NULL DEFAULT 'in',       -- in | out
            source TEXT NOT NULL DEFAULT 'manual',      -- manual | callback | pbx
            line TEXT NOT NULL DEFAULT '',
            caller_raw TEXT NOT NULL DEFAULT '',
            caller_e164 TEXT,
            caller_person_id INTEGER REFERENCES people(id),
            victim_person_id INTEGER REFERENCES people(id),
            call_type TEXT REFERENCES call_types(code),
            fraud_type TEXT REFERENCES fraud_types(code),
            notes TEXT NOT NULL DEFAULT '',
            three_way INTEGER NOT NULL DEFAULT 0,
            outcome TEXT REFERENCES outcomes(code),
            loss_saved_cents INTEGER NOT NULL DEFAULT 0,
            loss_suffered_cents INTEGER NOT NULL DEFAULT 0,
            warning_id INTEGER REFERENCES warnings(id),
            officer_id INTEGER REFERENCES users(id),
            status TEXT NOT NULL DEFAULT 'open',        -- open | closed
            updated_at TEXT NOT NULL
        );
        CREATE INDEX calls_caller ON calls(caller_e164, started_at);
        CREATE INDEX calls_started ON calls(started_at);
        CREATE INDEX calls_caller_person ON calls(caller_person_id);
        CREATE INDEX calls_victim_person ON calls(victim_person_id);
        CREATE INDEX calls_warning ON calls(warning_id);
        CREATE TABLE call_accounts (
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            role TEXT NOT NULL DEFAULT 'suspect',       -- victim | suspect
            PRIMARY KEY (call_id, account_id, role)
        );
        CREATE INDEX call_accounts_account ON call_accounts(account_id);
        CREATE TABLE fraud_numbers (
            id INTEGER PRIMARY KEY,
            number_raw TEXT NOT NULL,
            number_e164 TEXT,
            call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,
            warning_id INTEGER REFERENCES warnings(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX fraud_numbers_number ON fraud_numbers(number_e164);

        -- Early warnings ----------------------------------------------------------------------
        CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            filename TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            rows_total INTEGER NOT NULL DEFAULT 0,
            rows_ok INTEGER NOT NULL DEFAULT 0,
            rows_bad INTEGER NOT NULL DEFAULT 0,
            rows_duplicate INTEGER NOT NULL DEFAULT 0,
            user_id INTEGER REFERENCES users(id)
        );
        CREATE TABLE import_rejects (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches(id),
            row_number INTEGER NOT NULL,
            raw TEXT NOT NULL,                          -- JSON of the row as read
            reason TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE column_mappings (
            source TEXT PRIMARY KEY,
            mapping TEXT NOT NULL                       -- JSON {field: column header}
        );
        CREATE TABLE warnings (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL DEFAULT 'manual',
            external_id TEXT,
            dedupe_key TEXT NOT NULL UNIQUE,
            received_at TEXT NOT NULL,
            deadline_at TEXT NOT NULL,
            level TEXT NOT NULL REFERENCES warning_levels(code),
            fraud_type TEXT REFERENCES fraud_types(code),
            phone_raw TEXT NOT NULL,
            phone_e164 TEXT,
            person_name TEXT NOT NULL DEFAULT '',
            person_id INTEGER REFERENCES people(id),
            district_code TEXT REFERENCES districts(code),
            station_id INTEGER REFERENCES stations(id),
            fraud_number TEXT NOT NULL DEFAULT '',
            fraud_app TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new',         -- new | taken | dispatched | review | closed
            holder_id INTEGER REFERENCES users(id),
            taken_at TEXT,
            first_contact_at TEXT,
            sms_sent_at TEXT,
            outcome TEXT REFERENCES outcomes(code),
            loss_saved_cents INTEGER NOT NULL DEFAULT 0,
            retry_at TEXT,
            review_round INTEGER NOT NULL DEFAULT 0,
            closed_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            batch_id INTEGER REFERENCES import_batches(id),
            updated_at TEXT NOT NULL
        );
        CREATE INDEX warnings_queue ON warnings(status, deadline_at);
        CREATE INDEX warnings_phone ON warnings(phone_e164);
        CREATE INDEX warnings_received ON warnings(received_at);
        CREATE INDEX warnings_person ON warnings(person_id);
        CREATE TABLE sms_outbox (
            id INTEGER PRIMARY KEY,
            warning_id INTEGER REFERENCES warnings(id),
            call_id INTEGER REFERENCES calls(id),
            phone_e164 TEXT NOT NULL,
            template_code TEXT,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            exported_at TEXT,
            export_file TEXT
        );
        CREATE INDEX sms_outbox_created ON sms_outbox(created_at);
        CREATE INDEX sms_outbox_warning ON sms_outbox(warning_id);
        CREATE TABLE dispatches (
            id INTEGER PRIMARY KEY,
            warning_id INTEGER REFERENCES warnings(id),
            call_id INTEGER REFERENCES calls(id),
            station_id INTEGER NOT NULL REFERENCES stations(id),
            reason TEXT NOT NULL DEFAULT '',
            deadline_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            status TEXT NOT NULL DEFAULT 'open',        -- open | done
            feedback_at TEXT,
            visited INTEGER,
            dissuaded INTEGER,
            loss_saved_cents INTEGER NOT NULL DEFAULT 0,
            feedback_notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX dispatches_warning ON dispatches(warning_id);
        CREATE INDEX dispatches_call ON dispatches(call_id);
        CREATE INDEX dispatches_station ON dispatches(station_id, created_at);

        -- Emergency stop-payment ---------------------------------------------------------------
        CREATE TABLE stop_requests (
            id INTEGER PRIMARY KEY,
            request_no TEXT NOT NULL UNIQUE,
            call_id INTEGER REFERENCES calls(id),
            victim_person_id INTEGER REFERENCES people(id),
            victim_account_id INTEGER REFERENCES accounts(id),
            unit TEXT NOT NULL DEFAULT '',
            officer_id INTEGER REFERENCES users(id),
            status TEXT NOT NULL DEFAULT 'draft',       -- draft | issued | closed
            created_at TEXT NOT NULL,
            issued_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stop_requests_call ON stop_requests(call_id);
        CREATE INDEX stop_requests_victim ON stop_requests(victim_person_id);
        CREATE INDEX stop_requests_created ON stop_requests(created_at);
        CREATE TABLE stop_accounts (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES stop_requests(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            amount_cents INTEGER NOT NULL DEFAULT 0,    -- amount that reached this account
            status TEXT NOT NULL DEFAULT 'pending',     -- pending | issued | stopped | failed | frozen
            stopped_cents INTEGER NOT NULL DEFAULT 0,
            fail_reason TEXT NOT NULL DEFAULT '',
            window_ends_at TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stop_accounts_request ON stop_accounts(request_id);
        CREATE INDEX stop_accounts_account ON stop_accounts(account_id);
        CREATE INDEX stop_accounts_window ON stop_accounts(status, window_ends_at);
        CREATE TABLE stop_transfers (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES stop_requests(id) ON DELETE CASCADE,
            transferred_at TEXT,
            amount_cents INTEGER NOT NULL DEFAULT 0,
            channel TEXT NOT NULL DEFAULT '',           -- mobile_banking | online_banking | atm | counter | third_party
            serial_no TEXT NOT NULL DEFAULT '',
            from_account_id INTEGER REFERENCES accounts(id),
            to_account_id INTEGER REFERENCES accounts(id)
        );
        CREATE INDEX stop_transfers_request ON stop_transfers(request_id);
        CREATE INDEX stop_transfers_to ON stop_transfers(to_account_id);

        -- Persuasion scripts -------------------------------------------------------------------
        CREATE TABLE scripts (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            title_initials TEXT NOT NULL DEFAULT '',    -- pinyin initials, e.g. mcgjf
            stage TEXT NOT NULL DEFAULT 'opening',      -- opening | questions | debunk | action | closing
            fraud_types TEXT NOT NULL DEFAULT '[]',     -- JSON list of codes
            call_types TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'draft',       -- draft | review | published | retired
            author_id INTEGER REFERENCES users(id),
            published_version_id INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE script_versions (
            id INTEGER PRIMARY KEY,
            script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            stage TEXT NOT NULL,
            fraud_types TEXT NOT NULL DEFAULT '[]',
            call_types TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'draft',
            author_id INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            submitted_at TEXT,
            reviewer_id INTEGER REFERENCES users(id),
            reviewed_at TEXT,
            review_note TEXT NOT NULL DEFAULT '',
            UNIQUE (script_id, version)
        );
        CREATE TABLE script_views (
            id INTEGER PRIMARY KEY,
            script_id INTEGER NOT NULL REFERENCES scripts(id),
            version_id INTEGER REFERENCES script_versions(id),
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            shown_at TEXT NOT NULL,
            UNIQUE (script_id, call_id)
        );
        CREATE INDEX script_views_call ON script_views(call_id);

        -- Work in progress, saved continuously --------------------------------------------------
        CREATE TABLE drafts (
            kind TEXT NOT NULL,                         -- e.g. call, stop_request
            key TEXT NOT NULL,                          -- record id or 'new'
            user_id INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL,                      -- JSON of the form
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, key, user_id)
        );
        """
    )


@migrations()
def m002_reference_metadata(db: Database) -> None:
    """Records which reference-data release was loaded, so a newer shipped release can be offered."""
    db.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations()
def m003_call_transfers(db: Database) -> None:
    """Transfers the victim describes on the call, so a stop-payment request is filled without retyping."""
    db.executescript(
        """
        CREATE TABLE call_transfers (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            transferred_at TEXT,
            amount_cents INTEGER NOT NULL DEFAULT 0,
            channel TEXT NOT NULL DEFAULT '',
            serial_no TEXT NOT NULL DEFAULT '',
            from_account_id INTEGER REFERENCES accounts(id),
            to_account_id INTEGER REFERENCES accounts(id)
        );
        CREATE INDEX call_transfers_call ON call_transfers(call_id);
        CREATE INDEX call_transfers_to ON call_transfers(to_account_id);
        """
    )


@migrations()
def m004_integrity_audit_chain(db: Database) -> None:
    """The audit trail becomes tamper-evident: a hash chain over its rows, and no INSERT OR REPLACE.

    Rows written before this migration are chained here, in id order, so the whole trail verifies.
    """
    from console.models.core.audit_chain import COLUMNS, chain

    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    rows = db.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id").fetchall()
    db.execute("DROP TRIGGER audit_log_no_update")   # recreated below, in the same transaction
    db.conn.executemany("UPDATE audit_log SET hash = ? WHERE id = ?", [(h, r[0]) for h, r in zip(chain(rows), rows)])
    db.executescript(
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        -- INSERT OR REPLACE deletes the old row without firing the delete trigger: refuse a taken id.
        CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
            WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_needs_hash BEFORE INSERT ON audit_log
            WHEN NEW.hash IS NULL OR length(NEW.hash) != 64
            BEGIN SELECT RAISE(ABORT, 'audit_log rows are written by audit.record (hash chain)'); END;
        """
    )


@migrations()
def m005_goldenhour_stop_window(db: Database) -> None:
    """The 48-hour window worked to the end: renewals (at most twice), a freeze with its own term, the time
    of each bank result, and every one of these steps as a row with who did it when."""
    db.executescript(
        """
        ALTER TABLE stop_accounts ADD COLUMN renewals INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stop_accounts ADD COLUMN frozen_until TEXT;
        ALTER TABLE stop_accounts ADD COLUMN result_at TEXT;
        CREATE TABLE stop_window_events (
            id INTEGER PRIMARY KEY,
            stop_account_id INTEGER NOT NULL REFERENCES stop_accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,                 -- renewed | frozen | result
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            ends_at TEXT,                       -- the new end of the window or of the freeze
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX stop_window_events_account ON stop_window_events(stop_account_id, at);
        CREATE INDEX stop_window_events_kind ON stop_window_events(kind, at);
        """
    )


@migrations()
def m006_goldenhour_repeat_victims(db: Database) -> None:
    """A person who lost money is watched for a while (fraudsters come back, often as a 'recovery service'):
    the flag with its expiry, and the callbacks at 72 hours and 30 days with who made them and how they went."""
    db.executescript(
        """
        CREATE TABLE victim_watch (
            id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES people(id),
            phone_e164 TEXT,
            request_id INTEGER REFERENCES stop_requests(id),
            lost_cents INTEGER NOT NULL DEFAULT 0,
            flagged_at TEXT NOT NULL,
            flagged_by INTEGER REFERENCES users(id),
            expires_at TEXT NOT NULL
        );
        CREATE INDEX victim_watch_phone ON victim_watch(phone_e164, expires_at);
        CREATE INDEX victim_watch_person ON victim_watch(person_id, expires_at);
        CREATE TABLE victim_callbacks (
            id INTEGER PRIMARY KEY,
            watch_id INTEGER NOT NULL REFERENCES victim_watch(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,                 -- 72h | 30d
            due_at TEXT NOT NULL,
            done_at TEXT,
            done_by INTEGER REFERENCES users(id),
            reached INTEGER,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX victim_callbacks_due ON victim_callbacks(done_at, due_at);
        """
    )


@migrations()
def m007_stations_station_roles(db: Database) -> None:
    """Police stations and county bureaus sign in to the same base: two more roles, and the district a
    county bureau's user belongs to (a station's user already has users.station_id).

    The role CHECK is widened in place (SQLite's documented procedure for changes that leave the stored
    rows as they are: writable_schema, then a new schema_version); rebuilding users would have to drop a
    table every other table refers to."""
    old = "CHECK (role IN ('officer', 'senior', 'supervisor', 'admin'))"
    new = "CHECK (role IN ('officer', 'senior', 'supervisor', 'admin', 'station', 'district'))"
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'").fetchone()[0]
    if old in sql:
        version = db.execute("PRAGMA schema_version").fetchone()[0]
        db.execute("PRAGMA writable_schema = ON")
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'users'",
                   [sql.replace(old, new)])
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
        db.execute("PRAGMA writable_schema = OFF")
    db.execute("ALTER TABLE users ADD COLUMN district_code TEXT REFERENCES districts(code)")
    # A station's page: its open dispatches by deadline, its answered ones newest first.
    db.execute("CREATE INDEX IF NOT EXISTS dispatches_station_open ON dispatches(station_id, status, deadline_at)")
    db.execute("CREATE INDEX IF NOT EXISTS dispatches_station_answered ON dispatches(station_id, status, feedback_at)")


@migrations()
def m008_stations_record_versions(db: Database) -> None:
    """Seats on one base: a warning carries a version that every change raises (a trigger, so no write can
    forget it). A seat saves with the version it showed; a different one means another seat changed the
    warning meanwhile, and the save is refused with who and when (console/models/core/changes.py)."""
    for table in ("warnings",):
        db.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
        db.execute(f"""
            CREATE TRIGGER {table}_version AFTER UPDATE ON {table} WHEN NEW.version = OLD.version
            BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END""")


@migrations()
def m009_lead_time_functions_inlined(db: Database) -> None:
    """PostgreSQL only (its twin declares the time functions the shared SQL calls STABLE, so the server
    inlines them instead of calling them twice a row); SQLite has them built in."""


@migrations()
def stopver_m010_request_versions(db: Database) -> None:
    """Two seats on one stop-payment request: the request carries a version that every saved change of its
    form, its issuing, discarding, bank results, renewals and freezes raises (stoppay.requests, with who
    and when beside it, for the message), so a seat saving a request another seat changed since it showed
    it is told and nothing is overwritten. A draft keeps the version of the record it was typed against, so
    a draft restored after a restart is checked against that version, not the one found at the restart."""
    db.execute("ALTER TABLE stop_requests ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE stop_requests ADD COLUMN version_by INTEGER REFERENCES users(id)")
    db.execute("ALTER TABLE stop_requests ADD COLUMN version_at TEXT")
    db.execute("ALTER TABLE drafts ADD COLUMN version INTEGER")
