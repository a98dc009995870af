"""Case lookup's schema steps on PostgreSQL (console/models/migrations/lookup.py).

The notes search here is pg_trgm (GIN indexes over the notes, answering ILIKE for 3 characters and more;
console/models/core/engine/postgres.py notes_matching); a 1-2 character word is answered by a GIN index
over each note's array of unigrams and bigrams (m007).

Each step has the name of its SQLite twin, so both engines record one history; a step whose SQLite
work has no PostgreSQL counterpart (SQLite full-text tables, backfills of rows an empty server cannot
hold) is recorded with what it does have, or nothing.
"""

from __future__ import annotations
from console.models.migrations.postgres.steps import MigrationSet

migrations = MigrationSet("lookup")


migrations.step("m001_fulltext_and_indexes", """
-- SQLite's substr(number, -4), as the dialect translates it (console/models/core/engine/postgres.py):
CREATE INDEX accounts_tail4 ON accounts(right(number, 4));
-- The notes search (engine.postgres.notes_matching): trigram indexes answer ILIKE '%words%' (3+ characters).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX calls_notes_trgm ON calls USING gin (notes gin_trgm_ops);
CREATE INDEX warnings_notes_trgm ON warnings USING gin (notes gin_trgm_ops);
CREATE INDEX dispatches_notes_trgm ON dispatches USING gin (feedback_notes gin_trgm_ops);
CREATE INDEX accounts_holder ON accounts(holder_name);
CREATE INDEX warnings_person_name ON warnings(person_name);
""")


migrations.step("m002_fulltext_rows_keyed_by_record", "")   # SQLite FTS5 rows only


migrations.step("m003_numbers_normal_forms_backfill", "")   # rows stored before numbers.py: none here


migrations.step("m004_speed_fulltext_in_chunks", """
CREATE TABLE fulltext_chunks (i BIGINT PRIMARY KEY);
INSERT INTO fulltext_chunks (i) SELECT generate_series(0, 4095);
""")


# SQLite's full-text rows written by the import itself, and its changed-chunk triggers: the server's notes
# search reads the notes through pg_trgm indexes that follow every write, so neither has a twin here.
migrations.step("m005_speed2_imports_index_their_notes", """
CREATE TABLE IF NOT EXISTS fulltext_by_writer (writer TEXT PRIMARY KEY);   -- kept for the same tables; unused here
""")
migrations.step("m006_speed2_changed_chunks_found_quickly", "")


# The notes' 1-2 character words (洗钱, 贷, QQ): pg_trgm needs three characters, so each note's distinct
# unigrams and bigrams (lower case, as ILIKE compares) are an array under a GIN index; a word of one or two
# characters is in a note exactly when it is one of its grams (engine.postgres.notes_matching). An
# expression index, so it follows every write with no trigger and no table to keep in step. The grams come
# from one pass over the note's characters (string_to_array with a NULL separator, zipped with itself shifted
# by one): substr(t, i, 2) for every i reads the text from its start each time, and made rewriting a
# 2,000-character note cost 380 ms instead of 10.
migrations.step("m007_pgcentre_short_words_index", """
CREATE FUNCTION note_grams(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT c AS g FROM unnest(string_to_array(lower(t), NULL)) AS c
        UNION ALL
        SELECT a || b FROM unnest(string_to_array(lower(t), NULL), string_to_array(substr(lower(t), 2), NULL))
            AS pairs(a, b) WHERE b IS NOT NULL) grams
$$;
CREATE INDEX calls_notes_grams ON calls USING gin (note_grams(notes));
CREATE INDEX warnings_notes_grams ON warnings USING gin (note_grams(notes));
CREATE INDEX dispatches_notes_grams ON dispatches USING gin (note_grams(feedback_notes));
""")
