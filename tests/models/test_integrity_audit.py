"""The audit trail is append-only and tamper-evident: no REPLACE, a hash chain, a verify command."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from console import maintenance
from console.models.core import audit
from console.models.core.db import connect, open_database
from console.models.migrations import core
from console.models.core.users import Role, authenticate
from tests.conftest import PASSWORDS


def _some_rows(db, user, clock, n=5):
    for i in range(n):
        audit.record(db, user, "update", "calls", i, {"notes": ("", f"note {i}")}, clock=clock)


@pytest.mark.sqlite_only("SQLite's triggers on audit_log (the server's append-only triggers: test_engines.py)")
def test_insert_or_replace_cannot_rewrite_an_audit_row(db, officer, clock):
    _some_rows(db, officer, clock)
    first = db.execute("SELECT id, username, changes, hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("INSERT OR REPLACE INTO audit_log (id, at, username, action, table_name, changes, hash) "
                   "VALUES (?, '2026-01-01 00:00:00', 'someone else', 'update', 'calls', '{}', ?)",
                   [first[0], "f" * 64])
    assert db.execute("SELECT id, username, changes, hash FROM audit_log WHERE id = ?", [first[0]]).fetchone() == first


@pytest.mark.sqlite_only("SQLite's triggers on audit_log (the server's append-only triggers: test_engines.py)")
def test_a_row_without_its_chain_hash_is_refused(db):
    with pytest.raises(sqlite3.IntegrityError, match="hash chain"):
        db.execute("INSERT INTO audit_log (at, username, action, table_name) VALUES ('x', 'intruder', 'a', 'b')")


def test_every_row_is_chained_to_the_one_before(db, officer, clock):
    authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    _some_rows(db, officer, clock)
    assert audit.verify_chain(db) is None
    hashes = [r[0] for r in db.execute("SELECT hash FROM audit_log ORDER BY id")]
    assert len(hashes) == 6 and len(set(hashes)) == 6 and all(len(h) == 64 for h in hashes)


def _tamper(db, sql, args=()):
    """What someone with the file and sqlite3 could do: drop the triggers, edit, put the triggers back."""
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                          ).fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    db.execute(sql, list(args))
    for _, create in triggers:
        db.execute(create)
    db.conn.commit()


@pytest.mark.sqlite_only("tampers with the file behind the triggers' back (the server refuses any UPDATE of audit_log)")
def test_an_edited_row_is_named_by_the_check(db, officer, clock):
    _some_rows(db, officer, clock)
    target = db.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2").fetchone()[0]
    _tamper(db, "UPDATE audit_log SET username = 'someone else' WHERE id = ?", [target])
    broken = audit.verify_chain(db)
    assert broken is not None and broken.row_id == target


@pytest.mark.sqlite_only("tampers with the file behind the triggers' back (the server refuses any DELETE of audit_log)")
def test_a_removed_row_breaks_the_chain_at_the_next(db, officer, clock):
    _some_rows(db, officer, clock)
    ids = [r[0] for r in db.execute("SELECT id FROM audit_log ORDER BY id")]
    _tamper(db, "DELETE FROM audit_log WHERE id = ?", [ids[1]])
    assert audit.verify_chain(db).row_id == ids[2]


@pytest.mark.sqlite_only("tampers with the file behind the triggers' back (the server refuses any UPDATE of audit_log)")
def test_verify_command_exits_non_zero_and_names_the_row(db, db_path, officer, clock, capsys):
    _some_rows(db, officer, clock)
    assert maintenance.main(["verify-audit", "--db", str(db_path)]) == 0
    assert "intact" in capsys.readouterr().out
    target = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] - 1
    _tamper(db, "UPDATE audit_log SET changes = '{}' WHERE id = ?", [target])
    result = subprocess.run([sys.executable, "-m", "console.maintenance", "verify-audit", "--db", str(db_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"row {target}" in result.stderr


@pytest.mark.sqlite_only("the file's bytes before and after")
def test_verify_does_not_write_to_the_file(db_path):
    before = db_path.read_bytes()
    assert maintenance.main(["verify-audit", "--db", str(db_path)]) == 0
    assert db_path.read_bytes() == before


def test_rows_written_before_the_chain_existed_are_chained_by_the_migration(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path)
    core.migrations.apply(old, stop_before="m004_integrity_audit_chain")
    old.execute("INSERT INTO audit_log (at, username, action, table_name, record_id, changes) "
                "VALUES ('2026-11-01 09:00:00', 'admin', 'insert', 'users', '1', '{}')")
    old.execute("INSERT INTO audit_log (at, username, action, table_name, record_id, changes) "
                "VALUES ('2026-11-01 09:05:00', 'admin', 'update', 'users', '1', '{\"role\": [1, 2]}')")
    old.conn.commit()
    old.conn.close()
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM audit_log WHERE hash IS NULL").fetchone()[0] == 0
    assert audit.verify_chain(db) is None
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET username = 'x'")


def test_two_seats_extend_one_chain(db_path, officer, clock):
    import threading

    def seat(tag, errors):
        db = connect(db_path)
        try:
            for i in range(100):
                audit.record(db, officer, "update", "calls", f"{tag}{i}", clock=clock)
        except Exception as exc:  # noqa: BLE001 (collected: the test fails on any error)
            errors.append(exc)
        finally:
            db.conn.close()

    errors: list = []
    seats = [threading.Thread(target=seat, args=(t, errors)) for t in ("a", "b")]
    for s in seats:
        s.start()
    for s in seats:
        s.join()
    assert not errors
    db = connect(db_path)
    assert db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'calls'").fetchone()[0] == 200
    assert audit.verify_chain(db) is None


def test_the_demo_database_carries_its_records_audit_rows_chained(tmp_path):
    from console.demo.generator import generate

    db = generate(tmp_path / "demo.db", years=0.01, seed=5)
    by_action = dict(((a, t), n) for a, t, n in db.execute(
        "SELECT action, table_name, count(*) FROM audit_log GROUP BY 1, 2"))
    calls = db.execute("SELECT count(*) FROM calls").fetchone()[0]
    assert by_action[("insert", "calls")] == by_action[("close", "calls")] == calls
    assert by_action[("issue", "stop_requests")] == db.execute("SELECT count(*) FROM stop_requests").fetchone()[0]
    assert by_action[("outcome", "warnings")] == db.execute(
        "SELECT count(*) FROM warnings WHERE closed_at IS NOT NULL").fetchone()[0]
    assert ("result", "stop_accounts") in by_action and ("take", "warnings") in by_action
    # in time order, attributable to a user, and the chain verifies
    ats = [r[0] for r in db.execute("SELECT at FROM audit_log ORDER BY id")]
    assert ats == sorted(ats)
    assert db.execute("SELECT count(*) FROM audit_log WHERE user_id IS NOT NULL AND username = '(system)'"
                      ).fetchone()[0] == 0
    assert audit.verify_chain(db) is None
    sid = db.execute("SELECT record_id FROM audit_log WHERE table_name = 'stop_accounts' LIMIT 1").fetchone()[0]
    assert db.execute("SELECT status FROM stop_accounts WHERE id = ?", [sid]).fetchone()[0] != "issued"
