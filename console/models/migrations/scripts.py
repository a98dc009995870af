"""Schema for the script library: full-text search over titles and bodies, kept in step by triggers."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("scripts")


@migrations()
def m001_script_search(db: Database) -> None:
    db.executescript(
        """
        CREATE VIRTUAL TABLE scripts_fts USING fts5(title, body, tags, content='scripts', content_rowid='id',
                                                    tokenize='trigram');
        INSERT INTO scripts_fts (rowid, title, body, tags) SELECT id, title, body, tags FROM scripts;
        CREATE TRIGGER scripts_fts_insert AFTER INSERT ON scripts BEGIN
            INSERT INTO scripts_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
        END;
        CREATE TRIGGER scripts_fts_delete AFTER DELETE ON scripts BEGIN
            INSERT INTO scripts_fts (scripts_fts, rowid, title, body, tags)
            VALUES ('delete', old.id, old.title, old.body, old.tags);
        END;
        CREATE TRIGGER scripts_fts_update AFTER UPDATE OF title, body, tags ON scripts BEGIN
            INSERT INTO scripts_fts (scripts_fts, rowid, title, body, tags)
            VALUES ('delete', old.id, old.title, old.body, old.tags);
            INSERT INTO scripts_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
        END;
        CREATE INDEX scripts_initials ON scripts(title_initials);
        CREATE INDEX script_versions_status ON script_versions(status);
        CREATE INDEX script_views_script ON script_views(script_id);
        """
    )
