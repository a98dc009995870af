"""The call panel's schema steps on PostgreSQL (console/models/migrations/calls.py).

Each step has the name of its SQLite twin, so both engines record one history; a step whose SQLite
work has no PostgreSQL counterpart (SQLite full-text tables, backfills of rows an empty server cannot
hold) is recorded with what it does have, or nothing.
"""

from __future__ import annotations

from console.models.migrations.postgres.steps import MigrationSet

migrations = MigrationSet("calls")


migrations.step("m001_fraud_number_index", """
CREATE INDEX IF NOT EXISTS warnings_fraud_number ON warnings(fraud_number);
CREATE INDEX IF NOT EXISTS stop_requests_victim_created ON stop_requests(victim_person_id, created_at);
""")


migrations.step("m002_calls_awaiting_outcome", """
CREATE INDEX IF NOT EXISTS calls_officer_status ON calls(officer_id, status);
""")


migrations.step("interview_m003_victim_state_and_code", """
ALTER TABLE calls ADD COLUMN victim_state TEXT;
ALTER TABLE calls ADD COLUMN interview_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE calls ADD COLUMN determinant_code TEXT;
ALTER TABLE calls ADD COLUMN response_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scripts ADD COLUMN victim_states TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scripts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS calls_determinant_code ON calls(determinant_code);
""")


migrations.step("interview_m004_script_audience", """
ALTER TABLE scripts ADD COLUMN audiences TEXT NOT NULL DEFAULT '[]';
""")


migrations.step("interview_m005_versioned_states", """
ALTER TABLE script_versions ADD COLUMN victim_states TEXT NOT NULL DEFAULT '[]';
ALTER TABLE script_versions ADD COLUMN audiences TEXT NOT NULL DEFAULT '[]';
""")


migrations.step("m006_pgcentre_call_versions", """
ALTER TABLE calls ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE calls ADD COLUMN version_by BIGINT REFERENCES users(id);
ALTER TABLE calls ADD COLUMN version_at TEXT;
""")
