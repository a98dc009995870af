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


# The notes' words read newest first (m008). m007's GIN index found every note holding a common character,
# hundreds of thousands on ten years, and the server fetched and sorted them all for the newest 2,000 (13 s
# for one character); pg_trgm's indexes did the same for a common longer word (220 ms). Here each (gram,
# block of 1,024 record ids) is one row holding the offsets in the block of the records whose note has the
# gram, the grams being a note's distinct lower-case characters, pairs and triples (note_grams3): the
# primary key read backwards gives the newest records first with no note read, as SQLite's full-text rowids
# do, and stops at the limit (engine.postgres.notes_sql). A note's grams are kept by triggers: a statement's
# new rows in one set (an import's block, a copy's COPY), an edited note by the grams it lost and gained,
# deleted rows by a statement's old rows. Every write to these tables is under the seats' write lock, so two
# writers never wait on each other's gram rows. m007's and pg_trgm's note indexes are dropped: nothing reads
# them any more, and every write of a note paid for them.
NOTE_BLOCK = 1024


def _postings_sql(source: int, table: str, column: str) -> str:
    pairs = (f"SELECT g, id / {NOTE_BLOCK} AS block, (id % {NOTE_BLOCK})::smallint AS o "
             f"FROM {{rows}}, unnest(note_grams3({column})) AS g")
    return f"""
CREATE FUNCTION {table}_note_grams_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO note_gram_blocks AS b (source, gram, block, offsets)
    SELECT {source}, g, block, array_agg(o) FROM ({pairs.format(rows="new_rows")}) p GROUP BY g, block
    ON CONFLICT (source, gram, block) DO UPDATE SET offsets = b.offsets || excluded.offsets;
    RETURN NULL;
END $$;
CREATE TRIGGER {table}_note_grams_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION {table}_note_grams_insert();

CREATE FUNCTION {table}_note_grams_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE note_gram_blocks AS b SET offsets = ARRAY(SELECT x FROM unnest(b.offsets) AS x WHERE x <> ALL(d.gone))
    FROM (SELECT g, block, array_agg(o) AS gone FROM ({pairs.format(rows="old_rows")}) p GROUP BY g, block) d
    WHERE b.source = {source} AND b.gram = d.g AND b.block = d.block;
    RETURN NULL;
END $$;
CREATE TRIGGER {table}_note_grams_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION {table}_note_grams_delete();

CREATE FUNCTION {table}_note_grams_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed RECORD;
BEGIN
    SELECT * INTO changed FROM note_changed_grams(OLD.{column}, NEW.{column});
    UPDATE note_gram_blocks SET offsets = array_remove(offsets, (OLD.id % {NOTE_BLOCK})::smallint)
    WHERE source = {source} AND block = OLD.id / {NOTE_BLOCK} AND gram = ANY(changed.lost);
    INSERT INTO note_gram_blocks AS b (source, gram, block, offsets)
    SELECT {source}, g, NEW.id / {NOTE_BLOCK}, ARRAY[(NEW.id % {NOTE_BLOCK})::smallint] FROM unnest(changed.gained) AS g
    ON CONFLICT (source, gram, block) DO UPDATE SET offsets = b.offsets || excluded.offsets;
    RETURN NULL;
END $$;
CREATE TRIGGER {table}_note_grams_update AFTER UPDATE OF {column} ON {table} FOR EACH ROW
    WHEN (OLD.{column} IS DISTINCT FROM NEW.{column}) EXECUTE FUNCTION {table}_note_grams_update();

INSERT INTO note_gram_blocks (source, gram, block, offsets)
SELECT {source}, g, block, array_agg(o) FROM ({pairs.format(rows=table)}) p GROUP BY g, block;
DROP INDEX IF EXISTS {table}_notes_grams;
DROP INDEX IF EXISTS {table}_notes_trgm;
"""


# (source numbers as engine.postgres.NOTE_SOURCES)
migrations.step("m008_pgcentre_notes_words_newest_first", """
SET LOCAL work_mem = '256MB';
-- A note's distinct lower-case characters, pairs and triples of characters, from one pass over its
-- characters (see m007 for why not substr).
CREATE FUNCTION note_grams3(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (SELECT string_to_array(lower(t), NULL) AS c) chars,
    LATERAL (SELECT x AS g FROM unnest(chars.c) AS x
             UNION ALL
             SELECT a || b FROM unnest(chars.c, chars.c[2:]) AS pairs(a, b) WHERE b IS NOT NULL
             UNION ALL
             SELECT a || b || d FROM unnest(chars.c, chars.c[2:], chars.c[3:]) AS triples(a, b, d)
             WHERE d IS NOT NULL) grams
$$;
-- The grams an edit took out of a note and put in: only the part between the unchanged beginning and end
-- is read (an autosave of a 5,000-character note that gained four characters reads a few characters, not
-- the whole note twice: 60 ms -> 4 ms), each candidate then looked for in the other text. A gram whose
-- every place in one text touches the changed part is the only kind that can be in one text and not the
-- other, so nothing is missed.
CREATE FUNCTION note_changed_grams(before TEXT, after TEXT, OUT lost TEXT[], OUT gained TEXT[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    a TEXT := lower(coalesce(before, ''));
    b TEXT := lower(coalesce(after, ''));
    la INT := char_length(a);
    lb INT := char_length(b);
    lo INT := 0;
    hi INT := least(la, lb);
    mid INT;
    head INT;
    tail INT;
BEGIN
    WHILE lo < hi LOOP                       -- the longest common beginning, halving
        mid := (lo + hi + 1) / 2;
        IF left(a, mid) = left(b, mid) THEN lo := mid; ELSE hi := mid - 1; END IF;
    END LOOP;
    head := lo;
    lo := 0;
    hi := least(la, lb) - head;
    WHILE lo < hi LOOP                       -- the longest common end not overlapping it
        mid := (lo + hi + 1) / 2;
        IF right(a, mid) = right(b, mid) THEN lo := mid; ELSE hi := mid - 1; END IF;
    END LOOP;
    tail := lo;
    lost := ARRAY(SELECT g FROM unnest(note_grams3(substr(a, greatest(head - 1, 1), la - tail + 3 - greatest(head - 1, 1))))
                  AS g WHERE strpos(b, g) = 0);
    gained := ARRAY(SELECT g FROM unnest(note_grams3(substr(b, greatest(head - 1, 1), lb - tail + 3 - greatest(head - 1, 1))))
                    AS g WHERE strpos(a, g) = 0);
END $$;
CREATE TABLE note_gram_blocks (
    source SMALLINT NOT NULL,           -- 1 calls, 2 warnings, 3 dispatches' feedback
    gram TEXT NOT NULL,                 -- 1-3 lower-case characters (note_grams3)
    block BIGINT NOT NULL,              -- record id / 1,024
    offsets SMALLINT[] NOT NULL,        -- record id % 1,024 of each record of the block whose note has the gram, in no order
    PRIMARY KEY (source, gram, block)
) WITH (fillfactor = 70);
""" + _postings_sql(1, "calls", "notes") + _postings_sql(2, "warnings", "notes")
    + _postings_sql(3, "dispatches", "feedback_notes"))
