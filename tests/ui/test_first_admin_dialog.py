"""The first-run dialog creates the administrator through the models: typed, checked, audited in one
transaction; a failure half way leaves no administrator without an audit row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from console.models.core.db import open_database
from console.models.core.users import list_users
from console.ui.signin import FirstAdminDialog


@pytest.fixture
def empty_db(tmp_path):
    db = open_database(tmp_path / "new.db")
    yield db
    db.conn.close()


def _fill(qtbot, dialog, user, name, password, repeat):
    for field, text in ((dialog.username, user), (dialog.display, name), (dialog.password, password),
                        (dialog.repeat, repeat)):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_the_administrator_is_created_with_its_audit_row(qtbot, empty_db):
    dialog = FirstAdminDialog(empty_db)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "chen", "Chen Hua", "first-admin-1", "first-admin-1")
    assert dialog.result() == QDialog.Accepted and dialog.user.username == "chen"
    assert [(r[1], r[2], r[3]) for r in list_users(empty_db)] == [("chen", "Chen Hua", "admin")]
    assert empty_db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'users' AND action = 'insert' "
                            "AND record_id = ?", [str(dialog.user.id)]).fetchone()[0] == 1


def test_a_short_password_is_said_in_the_dialog(qtbot, empty_db):
    dialog = FirstAdminDialog(empty_db)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "chen", "", "short", "short")
    assert dialog.result() != QDialog.Accepted and "8" in dialog.message.text()
    assert list_users(empty_db) == []


@pytest.mark.qt_no_exception_capture
def test_a_failing_audit_write_leaves_no_administrator_behind(qtbot, empty_db, monkeypatch):
    import sys

    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc[1]))
    empty_db.execute("CREATE TEMP TRIGGER audit_fault BEFORE INSERT ON audit_log "
                     "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    dialog = FirstAdminDialog(empty_db)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "chen", "", "first-admin-1", "first-admin-1")
    assert seen and "disk I/O error" in str(seen[0])          # the crash dialog's business, not this test's
    assert dialog.result() != QDialog.Accepted
    assert list_users(empty_db) == []                          # no administrator the audit log never saw
