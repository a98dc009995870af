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


@migrations()
def m002_calls_awaiting_outcome(db: Database) -> None:
    """The call page lists the officer's calls still waiting for an outcome."""
    db.execute("CREATE INDEX IF NOT EXISTS calls_officer_status ON calls(officer_id, status)")


@migrations()
def interview_m003_victim_state_and_code(db: Database) -> None:
    """The victim's state, the structured interview's answers and the resulting code are kept with the call;
    a script may be written for some victim states only, and names its source in its notes."""
    db.execute("ALTER TABLE calls ADD COLUMN victim_state TEXT")
    db.execute("ALTER TABLE calls ADD COLUMN interview_json TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE calls ADD COLUMN determinant_code TEXT")
    db.execute("ALTER TABLE calls ADD COLUMN response_json TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE scripts ADD COLUMN victim_states TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE scripts ADD COLUMN notes TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX IF NOT EXISTS calls_determinant_code ON calls(determinant_code)")


@migrations()
def interview_m004_script_audience(db: Database) -> None:
    """A script may be for one kind of victim only (an elderly victim): shown when the call's victim is one."""
    db.execute("ALTER TABLE scripts ADD COLUMN audiences TEXT NOT NULL DEFAULT '[]'")


@migrations()
def interview_m005_versioned_states(db: Database) -> None:
    """The victim states and audience of a script are part of its versions, so a senior's change to them is
    reviewed like a change to its words; existing versions take their script's."""
    db.execute("ALTER TABLE script_versions ADD COLUMN victim_states TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE script_versions ADD COLUMN audiences TEXT NOT NULL DEFAULT '[]'")
    db.execute("UPDATE script_versions SET victim_states = (SELECT victim_states FROM scripts s WHERE s.id = "
               "script_versions.script_id), audiences = (SELECT audiences FROM scripts s WHERE s.id = "
               "script_versions.script_id)")


@migrations()
def m006_pgcentre_call_versions(db: Database) -> None:
    """Two seats on one call: the call carries a version its form's saves raise (records.save_call_checked),
    so a seat saving a call another seat changed since it showed it is told, and nothing is overwritten
    silently. Raised by the form's saves only: a status change (answered, parked, closed) is no clash with
    what an officer is typing. Who saved the version and when are kept beside it, for the message."""
    db.execute("ALTER TABLE calls ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE calls ADD COLUMN version_by INTEGER REFERENCES users(id)")
    db.execute("ALTER TABLE calls ADD COLUMN version_at TEXT")
