"""An administrator points this seat at the centre's PostgreSQL server from the Administration page: a
server that does not answer and an unknown user are told plainly where she looks; the right address is
tested (the server's version and schema said in words), saved without any password, and the console
started next without --db opens the server's database (tests/pg.py's throwaway cluster)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from console import server
from console.models.core.db import connect
from console.models.core.users import Role
from tests.conftest import PASSWORDS
from tests.journey import Person
from tests.pg import drop_database, new_database


@pytest.fixture
def as_admin(ctx, admin):
    ctx.user = admin
    return admin


def _audit_sign_ins(target: str) -> int:
    db = connect(target)
    try:
        return db.execute("SELECT count(*) FROM audit_log WHERE action = 'sign_in'").fetchone()[0]
    finally:
        db.close()


def test_admin_sets_the_server_and_the_next_start_opens_it(qtbot, pg_cluster, as_admin, journey_window,
                                                           private_home):
    target = new_database(pg_cluster)
    try:
        person = Person(qtbot, pace_s=0.02)
        person.shortcut("Ctrl+7")                               # Administration
        page = journey_window.page("admin")
        for _ in range(4):                                      # Users → Reference → Audit → Backups → Server
            person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        address = page.findChild(QLineEdit, "serverAddress")
        status = page.findChild(QLabel, "serverStatus")
        person.wait_until(address.isVisible)
        for _ in range(8):
            if person.focus() is address:
                break
            person.tab()
        assert person.focus() is address

        # Nothing answers there: said plainly, not libpq's words.
        person.type("postgresql://hotline@127.0.0.1:1/hotline\n")
        person.wait_until(lambda: "answered" in status.text() or "没有" in status.text())
        assert "refused" not in status.text().lower() and "connection" not in status.text().lower()

        # A user the server does not know (the test cluster trusts its own socket, so a wrong password
        # cannot be tried there: an unknown user is refused the same way).
        unknown = target.replace(f"user={server.OWNER_ROLE}", "user=nobody_here")
        QApplication.clipboard().setText(unknown)
        person.shortcut("Ctrl+A")
        person.shortcut("Ctrl+V")                               # pasted, as an address is
        person.key(Qt.Key.Key_Return)
        person.wait_until(lambda: "password" in status.text() or "密码" in status.text())
        assert "nobody_here" not in status.text() and "FATAL" not in status.text()

        # The right address: the server's version and the schema in words.
        QApplication.clipboard().setText(target)
        person.shortcut("Ctrl+A")
        person.shortcut("Ctrl+V")
        person.key(Qt.Key.Key_Return)
        person.wait_until(lambda: "Connected" in status.text() or "已连接" in status.text())
        assert "up to date" in status.text() or "一致" in status.text(), status.text()
        person.click(page.findChild(QPushButton, "saveServer"))
        person.wait_until(lambda: "Saved" in status.text() or "已保存" in status.text())

        stored = json.loads((private_home / "settings.json").read_text(encoding="utf-8"))
        assert stored["database_server"] == target and "password=" not in stored["database_server"]

        # The next start, without --db, is a seat of that server.
        before = _audit_sign_ins(target)
        env = {**os.environ, "HOTLINE_CONSOLE_HOME": str(private_home),
               "HOTLINE_CONSOLE_PASSWORD": PASSWORDS[Role.ADMIN], "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "console", "--user", "admin", "--quit-after-paint"],
                              env=env, capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr[-2000:]
        assert _audit_sign_ins(target) == before + 1
        assert not list(private_home.rglob("*.db"))             # no demo file was made
    finally:
        drop_database(pg_cluster, target)


def test_a_password_typed_in_the_address_is_not_saved(qtbot, as_admin, journey_window, private_home):
    person = Person(qtbot, pace_s=0.02)
    person.shortcut("Ctrl+7")
    page = journey_window.page("admin")
    for _ in range(4):
        person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    address = page.findChild(QLineEdit, "serverAddress")
    person.wait_until(address.isVisible)
    for _ in range(8):
        if person.focus() is address:
            break
        person.tab()
    person.type("postgresql://hotline:s3cret@db.centre/hotline")
    person.click(page.findChild(QPushButton, "saveServer"))
    status = page.findChild(QLabel, "serverStatus")
    person.wait_until(lambda: "pgpass" in status.text())
    settings = private_home / "settings.json"
    assert not settings.exists() or "s3cret" not in settings.read_text(encoding="utf-8")
