"""An administrator restores yesterday's backup from the Administration page while another seat keeps
working: the seat's later work stays, the replaced content is kept beside the file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView

from console.models.admin import backup
from console.models.core.db import connect
from console.models.core.paths import backup_dir
from tests.journey import Person

from console.models.core.users import Role, User

ADMIN = User(0, "admin", "Administrator", Role.ADMIN)   # backup and restore are an administrator's


@pytest.fixture
def as_admin(ctx, admin, db_path):
    ctx.user = admin
    return admin


def _add_call(db, tag):
    db.execute("INSERT INTO calls (started_at, caller_raw, notes, updated_at) VALUES "
               "('2026-11-25 10:00:00', ?, '', '2026-11-25 10:00:00')", [tag])
    db.conn.commit()


@pytest.mark.sqlite_only("restores a copy of the SQLite file (a server's backup page, pg_dump, is not wired yet: docs/centre.md)")
def test_admin_restores_a_backup_beside_a_working_seat(qtbot, as_admin, db, db_path, journey_window):
    _add_call(db, "in-backup")
    made = backup.backup_to(db_path, backup_dir(), ADMIN)
    _add_call(db, "after-backup")
    other_seat = connect(db_path)                     # another console, its connection open throughout
    _add_call(other_seat, "seat-before-restore")

    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+7")                         # Administration
    page = journey_window.page("admin")
    for _ in range(3):                                # Users → Reference data → Audit log → Backups
        person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    view = page.findChild(QTableView, "backupList")
    person.wait_until(view.isVisible)
    for _ in range(12):                               # Tab to the list of backups
        if person.focus() is view:
            break
        person.tab()
    assert person.focus() is view
    person.key(Qt.Key.Key_Down)                       # the newest backup
    answered: list[str] = []

    def confirm(box):
        answered.append(box.text())
        person.when_dialog(lambda done: (answered.append(done.text()), done.accept()))
        box.button(QMessageBox.StandardButton.Yes).click()

    person.when_dialog(confirm)
    person.click(page.findChild(QPushButton, "restoreBackup"))
    person.wait_until(lambda: len(answered) == 2, timeout_ms=15_000)
    assert "restored" in answered[1]
    person.wait_until(lambda: not journey_window.isVisible())

    _add_call(other_seat, "seat-after-restore")       # the other seat goes on writing
    live = connect(db_path)
    tags = {r[0] for r in live.execute("SELECT caller_raw FROM calls")}
    assert "in-backup" in tags and "seat-after-restore" in tags
    assert "after-backup" not in tags and "seat-before-restore" not in tags
    kept = next(db_path.parent.glob("console.db.replaced-*"))
    assert str(kept) in answered[1]
    old = {r[0] for r in sqlite3.connect(kept).execute("SELECT caller_raw FROM calls")}
    assert {"after-backup", "seat-before-restore"} <= old
    assert backup.backups(backup_dir()) == [made]
