"""A backup folder may hold both kinds (a PC's .db files, a server seat's .dump archives): a damaged file is
offered only a file backup, the daily rotation removes only its own kind, and a dump is never restored into
a file."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.models.admin import backup


@pytest.mark.sqlite_only("a PC's backup files beside server dumps; a server's own dump and restore: test_engines")
def test_file_backups_and_server_dumps_side_by_side(db_path, admin, tmp_path):
    folder = tmp_path / "b"
    made = backup.backup_to(db_path, folder, admin, now=datetime(2026, 11, 1, 9, 0))
    dump = folder / "console-backup-20261120-090000.dump"          # newer, from a server seat
    dump.write_bytes(b"PGDMP not really")
    assert backup.backups(folder) == [dump, made]
    assert backup.newest_good(folder) == made
    for day in range(2, 6):
        backup.daily_backup(db_path, folder, keep=2, now=datetime(2026, 11, day, 9, 0))
    kept = backup.backups(folder)
    assert dump in kept and len([p for p in kept if p.suffix == ".db"]) == 2
    with pytest.raises(backup.BackupError):
        backup.restore(dump, db_path, admin)
