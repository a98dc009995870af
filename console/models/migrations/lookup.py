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


def trigger_sql(kind: str, table: str, column: str) -> str:
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
    rebuild_fulltext(db)


def rebuild_fulltext(db: Database) -> None:
    """Fills both full-text tables from the records (also the maintenance command's work)."""
    db.execute("DELETE FROM notes_tri")
    db.execute("DELETE FROM notes_uni")
    for kind, table, column, _ in SOURCES:
        db.execute(f"INSERT INTO notes_tri (text, kind, record_id) SELECT {column}, '{kind}', id FROM {table} "
                   f"WHERE {column} != ''")
        db.execute(f"INSERT INTO notes_uni (text, kind, record_id) SELECT cjk_tokens({column}), '{kind}', id "
                   f"FROM {table} WHERE {column} != ''")
