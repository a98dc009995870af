"""Backups while consoles write, daily rotation, restores that check the file first; two seats at once."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from console.models.admin import backup
from console.models.core.db import connect, transaction
from console.models.core.users import Role


pytestmark = pytest.mark.sqlite_only("a backup is a copy of the SQLite file (a server's is pg_dump: test_engines.py)")


def _writer(path, n, tag, errors):
    db = connect(path)
    try:
        for i in range(n):
            with transaction(db):
                db.execute("INSERT INTO calls (started_at, caller_raw, notes, updated_at) VALUES (?, ?, ?, ?)",
                           ["2026-11-25 10:00:00", f"{tag}-{i}", "seat", "2026-11-25 10:00:00"])
    except Exception as exc:  # collected: the test fails on any error
        errors.append(exc)
    finally:
        db.conn.close()


def test_backup_while_writing_is_consistent(db_path, tmp_path, admin):
    errors: list = []
    t = threading.Thread(target=_writer, args=(db_path, 400, "w", errors))
    t.start()
    made = backup.backup_to(db_path, tmp_path / "b", admin)
    t.join()
    assert not errors
    backup.check_backup(made)
    copy = connect(made)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM users").fetchone()[0] == len(Role)


def test_daily_rotation_keeps_the_newest(db_path, tmp_path):
    folder = tmp_path / "daily"
    day = datetime(2026, 11, 1, 8, 0)
    for i in range(5):
        assert backup.daily_backup(db_path, folder, keep=3, now=day + timedelta(days=i))
        assert backup.daily_backup(db_path, folder, keep=3, now=day + timedelta(days=i, hours=2)) is None
    names = [p.name for p in backup.backups(folder)]
    assert len(names) == 3 and names[0].startswith("console-backup-20261105")


def test_restore_refuses_a_corrupt_file_and_keeps_the_current(db_path, tmp_path, admin):
    bad = tmp_path / "console-backup-20261101-000000.db"
    good = backup.backup_to(db_path, tmp_path / "b", admin)
    bad.write_bytes(good.read_bytes()[:8192] + b"\x00garbage" * 4000)
    with pytest.raises(backup.BackupError):
        backup.restore(bad, db_path, admin)
    assert db_path.exists()
    not_db = tmp_path / "x.db"
    not_db.write_text("hello")
    with pytest.raises(backup.BackupError):
        backup.check_backup(not_db)
    kept = backup.restore(good, db_path, admin)
    assert kept.exists() and connect(db_path).execute("SELECT count(*) FROM users").fetchone()[0] == len(Role)


def test_two_seats_write_at_once_without_lost_rows(db_path):
    errors: list = []
    seats = [threading.Thread(target=_writer, args=(db_path, 300, tag, errors)) for tag in ("seat1", "seat2")]
    for s in seats:
        s.start()
    for s in seats:
        s.join()
    assert not errors
    db = connect(db_path)
    assert db.execute("SELECT count(*) FROM calls WHERE notes = 'seat'").fetchone()[0] == 600
