"""A centre's administrator backs the server up from the same Backups tab a PC's console has: the button
writes a pg_dump archive (0600, its table of contents checked); restored into an empty database it gives
back the same rows; restored from the page into the live database, what was written after it is gone and
the replaced content is kept (tests/pg.py's throwaway cluster)."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from console.models.admin import backup
from console.models.core.db import connect
from console.models.core.paths import backup_dir
from tests.journey import Person
from tests.pg import db_path_on_postgresql, drop_database, empty_database  # noqa: F401

TABLES = ("calls", "users", "audit_log", "scripts", "stations", "warnings")


@pytest.fixture
def as_admin(ctx, admin):
    ctx.user = admin
    return admin


def _counts(target: str) -> dict[str, int]:
    db = connect(target)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        db.close()


def _add_call(db, tag: str) -> None:
    db.execute("INSERT INTO calls (started_at, caller_raw, notes, updated_at) VALUES "
               "('2026-11-25 10:00:00', ?, '', '2026-11-25 10:00:00')", [tag])


def test_admin_backs_up_the_server_and_restores_it(qtbot, pg_cluster, as_admin, db, db_path, journey_window):
    _add_call(db, "in-backup")
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+7")                                   # Administration
    page = journey_window.page("admin")
    for _ in range(3):                                          # Users → Reference data → Audit log → Backups
        person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    message = page.findChild(QLabel, "adminMessage")
    button = page.findChild(QPushButton, "backupNow")
    person.wait_until(button.isVisible)
    person.click(button)
    person.wait_until(lambda: ".dump" in message.text(), timeout_ms=60_000)
    made = backup.backups(backup_dir())
    assert len(made) == 1 and made[0].suffix == ".dump"
    assert stat.S_IMODE(made[0].stat().st_mode) == 0o600
    backup.check_backup(made[0])                                # its table of contents read back

    # Into an empty database: the same rows.
    empty = empty_database(pg_cluster)
    try:
        backup.restore(made[0], empty, as_admin)
        assert _counts(empty) == _counts(db_path)
    finally:
        drop_database(pg_cluster, empty)

    # From the page, into the live database: the call written after the backup goes, and is kept aside.
    _add_call(db, "after-backup")
    view = page.findChild(QTableView, "backupList")
    for _ in range(12):
        if person.focus() is view:
            break
        person.tab()
    assert person.focus() is view
    person.key(Qt.Key.Key_Down)
    answered: list[str] = []

    def confirm(box):
        answered.append(box.text())
        person.when_dialog(lambda done: (answered.append(done.text()), done.accept()), timeout_ms=60_000)
        box.button(QMessageBox.StandardButton.Yes).click()

    person.when_dialog(confirm)
    person.click(page.findChild(QPushButton, "restoreBackup"))
    person.wait_until(lambda: len(answered) == 2, timeout_ms=60_000)
    assert "restored" in answered[1]
    person.wait_until(lambda: not journey_window.isVisible())
    live = connect(db_path)
    try:
        tags = {r[0] for r in live.execute("SELECT caller_raw FROM calls")}
    finally:
        live.close()
    assert "in-backup" in tags and "after-backup" not in tags
    kept = next(backup_dir().glob("console-replaced-*.dump"))
    assert str(kept) in answered[1]


def test_a_sqlite_backup_is_not_restored_into_the_server(tmp_path, as_admin, db_path):
    wrong = tmp_path / "console-backup-20260101-000000.db"
    wrong.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(backup.BackupError, match="another kind"):
        backup.restore(wrong, db_path, as_admin)
