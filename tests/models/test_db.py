"""Storage: pragmas, migrations that upgrade an older file in place, refusal of newer or damaged files."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from console.models.core.db import (DamagedDatabaseError, NewerSchemaError, connect, open_database, schema_state)
from console.models.migrations import core


def test_new_file_has_pragmas_and_full_schema(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    for table in ("calls", "people", "accounts", "stop_requests", "stop_accounts", "stop_transfers",
                  "warnings", "stations", "fraud_types", "scripts", "script_versions", "users", "audit_log"):
        assert db[table].exists(), table
    assert not schema_state(db).pending


def test_file_of_migration_1_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path)
    core.migrations.apply(old, stop_before="m002_reference_metadata")
    old.execute("INSERT INTO districts (code, name) VALUES ('420902', '孝南区')")
    old.conn.commit()
    assert not old["meta"].exists()
    old.conn.close()

    db = open_database(path)
    assert db["meta"].exists()
    assert "core:m002_reference_metadata" in schema_state(db).applied
    assert db.execute("SELECT name FROM districts WHERE code = '420902'").fetchone()[0] == "孝南区"
    assert (tmp_path / "old.db.before-migration").exists()


def test_file_from_newer_console_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('core', 'm999_future', 'x')")
    db.conn.commit()
    db.conn.close()
    with pytest.raises(NewerSchemaError):
        open_database(path)


def test_damaged_file_is_reported_not_opened(tmp_path):
    path = tmp_path / "damaged.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)


def test_foreign_keys_are_enforced(db):
    with pytest.raises((sqlite3.IntegrityError, psycopg.IntegrityError)):
        db.execute("INSERT INTO stations (name, district_code) VALUES ('x', 'nowhere')")


def test_new_file_is_private(tmp_path):
    path = tmp_path / "private.db"
    open_database(path).conn.close()
    assert path.stat().st_mode & 0o077 == 0
