"""Schema for case lookup: full-text tables over the notes, kept in step by triggers, and lookup indexes.

Chinese has no spaces, so two indexes serve substring search: FTS5 `trigram` for 3 characters and more,
and a unigram table (each CJK character a token, via the `cjk_tokens` SQL function every console
connection registers) whose phrase queries find 1-2 character words such as 洗钱.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("lookup")

SOURCES = (  # (kind, table, text column, time column)
    ("call", "calls", "notes", "started_at"),
    ("warning", "warnings", "notes", "received_at"),
    ("dispatch", "dispatches", "feedback_notes", "created_at"),
)
# A note's full-text row has rowid = record id * KINDS + the kind's number, so the triggers find it by rowid.
# (An FTS5 UNINDEXED column cannot be searched but by reading the whole table: on ten years of notes a
# "WHERE record_id = ?" costs 250-300 ms, on every autosave of a call's notes.)
KINDS = 4
KIND_NUMBER = {"call": 1, "warning": 2, "dispatch": 3}


def rowid_sql(kind: str, ref: str) -> str:
    return f"({ref}.id * {KINDS} + {KIND_NUMBER[kind]})"


def keyed_trigger_sql(kind: str, table: str, column: str) -> str:
    new, old = rowid_sql(kind, "new"), rowid_sql(kind, "old")
    return f"""
    CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN new.{column} != '' BEGIN
        INSERT INTO notes_tri (rowid, text, kind, record_id) VALUES ({new}, new.{column}, '{kind}', new.id);
        INSERT INTO notes_uni (rowid, text, kind, record_id)
            VALUES ({new}, cjk_tokens(new.{column}), '{kind}', new.id);
    END;
    CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {column} ON {table} WHEN new.{column} IS NOT old.{column} BEGIN
        DELETE FROM notes_tri WHERE rowid = {old};
        DELETE FROM notes_uni WHERE rowid = {old};
        INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT {new}, new.{column}, '{kind}', new.id
            WHERE new.{column} != '';
        INSERT INTO notes_uni (rowid, text, kind, record_id) SELECT {new}, cjk_tokens(new.{column}), '{kind}', new.id
            WHERE new.{column} != '';
    END;
    CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
        DELETE FROM notes_tri WHERE rowid = {old};
        DELETE FROM notes_uni WHERE rowid = {old};
    END;
    """


def trigger_sql(kind: str, table: str, column: str) -> str:
    """Migration 1's triggers (kept as they were: a migration's text never changes)."""
    return f"""
    CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN new.{column} != '' BEGIN
        INSERT INTO notes_tri (text, kind, record_id) VALUES (new.{column}, '{kind}', new.id);
        INSERT INTO notes_uni (text, kind, record_id) VALUES (cjk_tokens(new.{column}), '{kind}', new.id);
    END;
    CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {column} ON {table} WHEN new.{column} IS NOT old.{column} BEGIN
        DELETE FROM notes_tri WHERE kind = '{kind}' AND record_id = old.id;
        DELETE FROM notes_uni WHERE kind = '{kind}' AND record_id = old.id;
        INSERT INTO notes_tri (text, kind, record_id) SELECT new.{column}, '{kind}', new.id WHERE new.{column} != '';
        INSERT INTO notes_uni (text, kind, record_id) SELECT cjk_tokens(new.{column}), '{kind}', new.id
            WHERE new.{column} != '';
    END;
    CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
        DELETE FROM notes_tri WHERE kind = '{kind}' AND record_id = old.id;
        DELETE FROM notes_uni WHERE kind = '{kind}' AND record_id = old.id;
    END;
    """


@migrations()
def m001_fulltext_and_indexes(db: Database) -> None:
    db.executescript(
        """
        CREATE VIRTUAL TABLE notes_tri USING fts5(text, kind UNINDEXED, record_id UNINDEXED, tokenize='trigram');
        CREATE VIRTUAL TABLE notes_uni USING fts5(text, kind UNINDEXED, record_id UNINDEXED, tokenize='unicode61');
        CREATE INDEX accounts_tail4 ON accounts(substr(number, -4));
        CREATE INDEX accounts_holder ON accounts(holder_name);
        CREATE INDEX warnings_person_name ON warnings(person_name);
        """
    )
    for kind, table, column, _ in SOURCES:
        db.executescript(trigger_sql(kind, table, column))
    _rebuild_fulltext_by_record(db)


def _rebuild_fulltext_by_record(db: Database) -> None:
    """Migration 1's filling: one full-text row per note, keyed by its record (kept as it was: a migration's
    work never changes; later migrations move the rows to their own scheme)."""
    db.execute("DELETE FROM notes_tri")
    db.execute("DELETE FROM notes_uni")
    for kind, table, column, _ in SOURCES:
        rowid = rowid_sql(kind, table)
        db.execute(f"INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT {rowid}, {column}, '{kind}', id "
                   f"FROM {table} WHERE {column} != ''")
        db.execute(f"INSERT INTO notes_uni (rowid, text, kind, record_id) SELECT {rowid}, cjk_tokens({column}), "
                   f"'{kind}', id FROM {table} WHERE {column} != ''")


@migrations()
def m002_fulltext_rows_keyed_by_record(db: Database) -> None:
    """Moves every full-text row to the rowid of its record (no re-tokenising of the unigram text) and
    replaces the triggers with ones that find a note's row by rowid."""
    for _kind, table, _column, _ in SOURCES:
        for suffix in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    cases = " ".join(f"WHEN '{k}' THEN {n}" for k, n in KIND_NUMBER.items())
    for name, tokenizer in (("notes_tri", "trigram"), ("notes_uni", "unicode61")):
        db.execute(f"CREATE VIRTUAL TABLE {name}_keyed USING fts5(text, kind UNINDEXED, record_id UNINDEXED, "
                   f"tokenize='{tokenizer}')")
        db.execute(f"INSERT INTO {name}_keyed (rowid, text, kind, record_id) "
                   f"SELECT record_id * {KINDS} + CASE kind {cases} END, text, kind, record_id FROM {name}")
        db.execute(f"DROP TABLE {name}")
        db.execute(f"ALTER TABLE {name}_keyed RENAME TO {name}")
    for kind, table, column, _ in SOURCES:
        db.executescript(keyed_trigger_sql(kind, table, column))


@migrations()
def m003_numbers_normal_forms_backfill(db: Database) -> None:
    """Numbers stored before console.models.core.numbers, in their normal forms, so lookup and history find them:
    phones without an E.164 form (fullwidth brackets around an area code, dashes and dots the old cleaning
    missed) get one; resident IDs kept with blanks inside ('4209 0219 …') lose them; payment accounts kept
    with blanks, or a mobile written with separators, take the form new entries get (OR IGNORE where that
    account already exists in that form: the older row stays as it was)."""
    from console.models.core.numbers import account_number_key, id_number_key, phone_e164

    for table, raw, e164 in (("calls", "caller_raw", "caller_e164"), ("people", "phone_raw", "phone_e164"),
                             ("warnings", "phone_raw", "phone_e164")):
        found = [(phone_e164(text), rid) for rid, text in db.execute(
            f"SELECT id, {raw} FROM {table} WHERE {e164} IS NULL AND {raw} != ''")]
        db.conn.executemany(f"UPDATE {table} SET {e164} = ? WHERE id = ?", [(e, rid) for e, rid in found if e])
    ids = [(id_number_key(v), rid) for rid, v in db.execute("SELECT id, id_number FROM people WHERE id_number != ''")]
    db.conn.executemany("UPDATE people SET id_number = ? WHERE id = ? AND id_number != ?",
                        [(key, rid, key) for key, rid in ids])
    accounts = [(account_number_key(kind, number), rid, number)
                for rid, kind, number in db.execute("SELECT id, kind, number FROM accounts")]
    db.conn.executemany("UPDATE OR IGNORE accounts SET number = ? WHERE id = ?",
                        [(key, rid) for key, rid, number in accounts if key and key != number])


# -- Notes indexed in chunks, so that an autosave re-indexes only what changed -------------------------------
# A note's full-text rows are its chunks: characters [i*CHUNK, (i+1)*CHUNK + OVERLAP) for i = 0, 1, ...; the
# overlap lets a word that crosses a chunk's end be found whole (words up to OVERLAP + 1 characters, far
# longer than anyone searches for). The rowid of chunk i is (record id * KINDS + kind) * MAX_CHUNKS + i, so
# rows still sort newest note first, and the triggers re-index only the chunks whose text differs: typing
# at the end of a 5,000-character note re-indexes its last chunk, not the whole note (the cost of a
# full-text update is proportional to the text replaced: FTS5 reads and re-tokenises the old text to remove
# it). A note longer than MAX_CHUNKS * CHUNK characters (two million) is indexed up to there.
CHUNK = 512
OVERLAP = 32
MAX_CHUNKS = 4096


def chunk_rowid_sql(kind: str, ref: str) -> str:
    return f"({rowid_sql(kind, ref)} * {MAX_CHUNKS} + c.i)"


def chunks(text: str) -> str:
    """How many chunks a text has (a range of fulltext_chunks' primary key, so only those rows are read)."""
    return f"((length({text}) + {CHUNK - 1}) / {CHUNK})"


def _chunk(ref: str, column: str) -> str:
    return f"substr({ref}.{column}, c.i * {CHUNK} + 1, {CHUNK + OVERLAP})"


def chunked_trigger_sql(kind: str, table: str, column: str) -> str:
    new_row, old_row = chunk_rowid_sql(kind, "new"), chunk_rowid_sql(kind, "old")
    new, old = _chunk("new", column), _chunk("old", column)
    changed = f"{old} IS NOT {new}"
    return f"""
    CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN new.{column} != '' BEGIN
        INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT {new_row}, {new}, '{kind}', new.id
            FROM fulltext_chunks c WHERE c.i < {chunks('new.' + column)};
        INSERT INTO notes_uni (rowid, text, kind, record_id) SELECT {new_row}, cjk_tokens({new}), '{kind}', new.id
            FROM fulltext_chunks c WHERE c.i < {chunks('new.' + column)};
    END;
    CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {column} ON {table} WHEN new.{column} IS NOT old.{column} BEGIN
        DELETE FROM notes_tri WHERE rowid IN (SELECT {old_row} FROM fulltext_chunks c
            WHERE c.i < {chunks('old.' + column)} AND {changed});
        DELETE FROM notes_uni WHERE rowid IN (SELECT {old_row} FROM fulltext_chunks c
            WHERE c.i < {chunks('old.' + column)} AND {changed});
        INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT {new_row}, {new}, '{kind}', new.id
            FROM fulltext_chunks c WHERE c.i < {chunks('new.' + column)} AND {changed};
        INSERT INTO notes_uni (rowid, text, kind, record_id) SELECT {new_row}, cjk_tokens({new}), '{kind}', new.id
            FROM fulltext_chunks c WHERE c.i < {chunks('new.' + column)} AND {changed};
    END;
    CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
        DELETE FROM notes_tri WHERE rowid IN (SELECT {old_row} FROM fulltext_chunks c
            WHERE c.i < {chunks('old.' + column)});
        DELETE FROM notes_uni WHERE rowid IN (SELECT {old_row} FROM fulltext_chunks c
            WHERE c.i < {chunks('old.' + column)});
    END;
    """


def rebuild_fulltext(db: Database) -> None:
    """Fills both full-text tables from the records, a row per chunk of each note (also the maintenance
    command's and the demo generator's work)."""
    db.execute("DELETE FROM notes_tri")
    db.execute("DELETE FROM notes_uni")
    for kind, table, column, _ in SOURCES:
        rowid, text = chunk_rowid_sql(kind, table), _chunk(table, column)
        for name, value in (("notes_tri", text), ("notes_uni", f"cjk_tokens({text})")):
            db.execute(f"INSERT INTO {name} (rowid, text, kind, record_id) SELECT {rowid}, {value}, '{kind}', "
                       f"{table}.id FROM {table} JOIN fulltext_chunks c ON c.i < {chunks(table + '.' + column)} "
                       f"WHERE {table}.{column} != '' ORDER BY 1")


@migrations()
def m004_speed_fulltext_in_chunks(db: Database) -> None:
    """Notes' full-text rows become chunks of the note, re-indexed only where the text changed."""
    db.execute("CREATE TABLE fulltext_chunks (i INTEGER PRIMARY KEY)")
    db.execute(f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {MAX_CHUNKS}) "
               f"INSERT INTO fulltext_chunks (i) SELECT i FROM n")
    for _kind, table, _column, _ in SOURCES:
        for suffix in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    rebuild_fulltext(db)
    for name in ("notes_tri", "notes_uni"):     # one segment again (the rows deleted by the rebuild slow queries)
        db.execute(f"INSERT INTO {name} ({name}) VALUES ('optimize')")
    for kind, table, column, _ in SOURCES:
        db.executescript(chunked_trigger_sql(kind, table, column))


# -- An import indexes its block's notes itself -------------------------------------------------------------
# A warnings import writes thousands of rows per transaction. Left to the insert trigger, each note with
# notes calls cjk_tokens (Python, on the writing thread) once per chunk: a quarter of the import's SQLite
# time. The importer works the unigram text out on its reading thread instead and writes both full-text
# tables for the whole block in two statements; while it does, a row in fulltext_by_writer (inserted and
# deleted inside the import's own transaction, so no other connection ever sees it) tells the insert
# trigger to leave the warnings alone. Every other write of a warning is indexed by the trigger as before.
FULLTEXT_BY_WRITER = "fulltext_by_writer"


@migrations()
def m005_speed2_imports_index_their_notes(db: Database) -> None:
    """The warnings' full-text insert trigger stands aside while an import writes its block's notes."""
    db.execute(f"CREATE TABLE IF NOT EXISTS {FULLTEXT_BY_WRITER} (writer TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("DROP TRIGGER IF EXISTS warnings_fts_insert")
    trigger = chunked_trigger_sql("warning", "warnings", "notes")
    insert = trigger[:trigger.index("CREATE TRIGGER warnings_fts_update")]
    insert = insert.replace("WHEN new.notes != '' BEGIN",
                            f"WHEN new.notes != '' AND NOT EXISTS (SELECT 1 FROM {FULLTEXT_BY_WRITER}) BEGIN", 1)
    db.executescript(insert)


# -- An edit re-indexes only the chunks that changed, found without reading the whole note ----------------
# m004's update triggers compared every chunk of the old and new note in SQL; substr() on text counts
# characters from the start each time, so that comparison grew with the note (a 5,000-character note:
# 0.95 ms a save against 0.23 ms at 500 characters). changed_chunks() finds the first difference by
# halving slice comparisons and compares only the chunks from there on: typing at the end of any note
# compares one or two chunks. Every console connection registers it (console.models.db), as cjk_tokens.


def changed_chunks(old: str | None, new: str | None) -> str:
    """JSON array of the chunk numbers whose text differs between two versions of a note (a chunk missing
    from one side differs when the other side has it)."""
    import json

    from console.models.core.audit import common_prefix   # (here: audit imports db, which imports the migrations)

    old, new = old or "", new or ""
    n = min(MAX_CHUNKS, max((len(old) + CHUNK - 1) // CHUNK, (len(new) + CHUNK - 1) // CHUNK))
    first = max(0, (common_prefix(old, new) - CHUNK - OVERLAP) // CHUNK)
    span = CHUNK + OVERLAP
    return json.dumps([i for i in range(first, n) if old[i * CHUNK:i * CHUNK + span] != new[i * CHUNK:i * CHUNK + span]])


def changed_chunks_trigger_sql(kind: str, table: str, column: str) -> str:
    new_row, old_row = chunk_rowid_sql(kind, "new"), chunk_rowid_sql(kind, "old")
    new = _chunk("new", column)
    changed = f"c.i IN (SELECT value FROM json_each(changed_chunks(old.{column}, new.{column})))"
    return f"""
    CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {column} ON {table} WHEN new.{column} IS NOT old.{column} BEGIN
        DELETE FROM notes_tri WHERE rowid IN (SELECT {old_row} FROM fulltext_chunks c
            WHERE c.i < {chunks('old.' + column)} AND {changed});
        DELETE FROM notes_uni WHERE rowid IN (SELECT {old_row} FROM fulltext_chunks c
            WHERE c.i < {chunks('old.' + column)} AND {changed});
        INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT {new_row}, {new}, '{kind}', new.id
            FROM fulltext_chunks c WHERE c.i < {chunks('new.' + column)} AND {changed};
        INSERT INTO notes_uni (rowid, text, kind, record_id) SELECT {new_row}, cjk_tokens({new}), '{kind}', new.id
            FROM fulltext_chunks c WHERE c.i < {chunks('new.' + column)} AND {changed};
    END;
    """


@migrations()
def m006_speed2_changed_chunks_found_quickly(db: Database) -> None:
    """The notes' update triggers compare only the chunks from the first difference on (changed_chunks)."""
    for kind, table, column, _ in SOURCES:
        db.execute(f"DROP TRIGGER IF EXISTS {table}_fts_update")
        db.executescript(changed_chunks_trigger_sql(kind, table, column))


@migrations()
def m007_pgcentre_short_words_index(db: Database) -> None:
    """PostgreSQL's index of the notes' 1-2 character words (its twin in migrations/postgres/lookup.py); on
    SQLite the unigram full-text table of m001 has answered them from the start."""


@migrations()
def m008_pgcentre_notes_words_newest_first(db: Database) -> None:
    """PostgreSQL's notes grams by block of record ids, read newest first (its twin in
    migrations/postgres/lookup.py); SQLite's full-text rows are read newest first already."""
