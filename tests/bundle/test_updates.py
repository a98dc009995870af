"""Updates without losing data: a newer console on an officer's existing file copies it (with everything
the old console wrote, even what still sat in the WAL when it was killed) before migrating it, privately;
an older console refuses a file from a newer one and leaves it exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from console.models.core.db import NewerSchemaError, connect, open_database, schema_state
from console.models.migrations import MIGRATION_SETS
from console.models.core.users import Role, insert_user


def _older_console_file(path: Path) -> str:
    """A file as the previous release left it: every migration but the newest; returns the one left."""
    db = connect(path)
    last_set = MIGRATION_SETS[-1]
    newest = last_set._migrations[-1].name
    for mset in MIGRATION_SETS[:-1]:
        mset.apply(db)
    last_set.apply(db, stop_before=newest)
    insert_user(db, "zhang", "Zhang Wei", Role.OFFICER, "officer-pass-123")
    db.conn.close()
    return f"{last_set.name}:{newest}"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_update_copies_the_file_before_migrating_with_the_last_writes(tmp_path: Path):
    path = tmp_path / "console.db"
    newest = _older_console_file(path)
    # The old console was killed with its last write still in the WAL, not in the main file.
    killed = sqlite3.connect(path)
    killed.execute("PRAGMA journal_mode=WAL")
    killed.execute("INSERT INTO districts (code, name) VALUES ('420902', '孝南区')")
    killed.commit()
    assert Path(str(path) + "-wal").stat().st_size > 0

    db = open_database(path)
    assert newest in schema_state(db).applied and not schema_state(db).pending
    db.conn.close()
    killed.close()

    copy = tmp_path / "console.db.before-migration"
    assert copy.stat().st_mode & 0o077 == 0, "the copy holds victims' data: this user only"
    # The copy alone (no -wal beside it) is the old file with every write in it, at the old schema.
    old = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    assert old.execute("SELECT name FROM districts WHERE code = '420902'").fetchone() == ("孝南区",)
    assert old.execute("SELECT count(*) FROM users WHERE username = 'zhang'").fetchone() == (1,)
    migration_set, name = newest.split(":")
    assert old.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ? AND name = ?",
                       [migration_set, name]).fetchone() == (0,)
    old.close()
    # And the upgraded file kept it all too.
    db = connect(path)
    assert db.execute("SELECT name FROM districts WHERE code = '420902'").fetchone()[0] == "孝南区"
    assert db.execute("SELECT count(*) FROM users WHERE username = 'zhang'").fetchone()[0] == 1


def test_a_file_already_current_is_not_copied_again(tmp_path: Path):
    path = tmp_path / "console.db"
    open_database(path).conn.close()
    open_database(path).conn.close()
    assert not (tmp_path / "console.db.before-migration").exists()


def test_an_older_console_leaves_a_newer_file_exactly_as_it_was(tmp_path: Path):
    path = tmp_path / "console.db"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('core', 'm999_from_a_newer_console', '2030-01-01')")
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = _sha(path)

    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(path)
    assert _sha(path) == before
    assert not (tmp_path / "console.db.before-migration").exists()
