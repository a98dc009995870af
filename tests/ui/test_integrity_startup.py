"""Start-up and background checks: a damaged file stops the writing, a read-only file is called read-only,
an empty file is offered the newest backup, a broken audit chain is named to an administrator."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from console import app
from console.models.admin import backup
from console.models.core.db import damage_marker
from console.models.core.settings import SettingsStore
from console.ui.main_window import MainWindow
from tests.models.test_integrity_storage import damage_interior_page

from console.models.core.users import Role, User

ADMIN = User(0, "admin", "Administrator", Role.ADMIN)   # backup and restore are an administrator's


@pytest.fixture
def answer_boxes():
    """answer_boxes(texts, button): answers every message box that comes up during the test (keeping its
    text), as the person in front of it would; stops with the test."""
    running = [True]

    def start(texts: list[str], button=QMessageBox.StandardButton.Ok) -> None:
        def poll() -> None:
            if not running[0]:
                return
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.isVisible():
                texts.append(box.text())
                (box.button(button) or box.button(QMessageBox.StandardButton.Ok)).click()
            QTimer.singleShot(50, poll)
        QTimer.singleShot(50, poll)

    yield start
    running[0] = False


def _window(qtbot, ctx, runner, user):
    ctx.user = user
    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    w.show()
    return w


def test_damage_found_in_the_background_stops_the_writing_and_says_so(qtbot, answer_boxes, ctx, runner, officer, db_path):
    ctx.db.conn.close()
    damage_interior_page(db_path)
    from console.models.core.db import connect
    ctx.db = connect(db_path)
    window = _window(qtbot, ctx, runner, officer)
    texts: list[str] = []
    answer_boxes(texts)
    app.check_integrity_in_background(window, db_path)
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert "damaged" in texts[0] and "stopped writing" in texts[0] and "not opened" not in texts[0]
    assert damage_marker(db_path).exists()
    label = window.findChild(QLabel, "databaseDamaged")
    assert label is not None and label.isVisible()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ctx.db.execute("UPDATE users SET display_name = 'x'")
    worker = connect(db_path)          # a writing job's own connection (the runner's) is read-only too
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        worker.execute("UPDATE users SET display_name = 'x'")


def test_a_sound_file_passes_without_a_word(qtbot, answer_boxes, ctx, runner, admin, db_path):
    window = _window(qtbot, ctx, runner, admin)
    texts: list[str] = []
    answer_boxes(texts)
    app.check_integrity_in_background(window, db_path)
    qtbot.wait(300)
    assert texts == [] and not damage_marker(db_path).exists()


def test_a_broken_audit_chain_is_named_to_an_administrator(qtbot, answer_boxes, ctx, runner, admin, db, db_path, clock):
    from console.models.core import audit
    from tests.models.test_integrity_audit import _tamper

    for i in range(3):
        audit.record(db, admin, "update", "stations", i, {"phone": ("", str(i))}, clock=clock)
    target = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] - 1
    _tamper(db, "UPDATE audit_log SET username = 'nobody' WHERE id = ?", [target])
    window = _window(qtbot, ctx, runner, admin)
    texts: list[str] = []
    answer_boxes(texts)
    app.check_integrity_in_background(window, db_path)
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert f"row {target}" in texts[0]


def test_a_read_only_file_is_called_read_only_not_damaged(qtbot, answer_boxes, db_path, monkeypatch):
    real_access = os.access
    # Tests run as root, for whom chmod does not stop writing: the OS's answer is simulated instead.
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK and Path(p) == db_path
                        else real_access(p, mode, **kw))
    before = db_path.read_bytes()
    texts: list[str] = []
    answer_boxes(texts)
    assert app._offer_restore_if_damaged(db_path) is False
    assert "read-only" in texts[0] and "damaged" not in texts[0]
    assert db_path.read_bytes() == before


def test_an_empty_file_is_offered_the_newest_backup(qtbot, answer_boxes, db_path, tmp_path):
    folder = tmp_path / "backups"
    SettingsStore().set("backup_dir", str(folder))
    made = backup.backup_to(db_path, folder, ADMIN)
    newer_but_damaged = folder / "console-backup-29991231-000000.db"   # kept unchecked by an older console
    newer_but_damaged.write_bytes(made.read_bytes()[:4096] + b"\x00garbage" * 3000)
    db_path.write_bytes(b"")
    texts: list[str] = []
    answer_boxes(texts, QMessageBox.StandardButton.Yes)
    assert app._offer_restore_if_damaged(db_path) is True
    assert made.name in texts[0] and newer_but_damaged.name not in texts[0]
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM users").fetchone()[0] == len(Role)
