"""Case lookup's schema steps on PostgreSQL (console/models/migrations/lookup.py).

Not yet: the Chinese notes search (SQLite: FTS5 trigram and unigram tables kept by triggers). On PostgreSQL
it is to be pg_trgm over the notes for 3 characters and more, and a unigram/bigram table for 1-2 characters,
in a new step appended here and in the SQLite set; until then the lookup's notes query raises on this engine.

Each step has the name of its SQLite twin, so both engines record one history; a step whose SQLite
work has no PostgreSQL counterpart (SQLite full-text tables, backfills of rows an empty server cannot
hold) is recorded with what it does have, or nothing.
"""

from __future__ import annotations

from console.models.migrations.postgres.steps import MigrationSet

migrations = MigrationSet("lookup")


migrations.step("m001_fulltext_and_indexes", """
-- SQLite's substr(number, -4) counts from the end; the form both engines read alike:
CREATE INDEX accounts_tail4 ON accounts(substr(number, length(number) - 3));
CREATE INDEX accounts_holder ON accounts(holder_name);
CREATE INDEX warnings_person_name ON warnings(person_name);
""")


migrations.step("m002_fulltext_rows_keyed_by_record", "")   # SQLite FTS5 rows only


migrations.step("m003_numbers_normal_forms_backfill", "")   # rows stored before numbers.py: none here


migrations.step("m004_speed_fulltext_in_chunks", """
CREATE TABLE fulltext_chunks (i BIGINT PRIMARY KEY);
INSERT INTO fulltext_chunks (i) SELECT generate_series(0, 4095);
""")
