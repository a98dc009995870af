"""Signing in and changing one's own password, as a person does it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from console.models.core.users import Role, authenticate, sign_in_failed_message
from console.ui.signin import SignInDialog
from tests.conftest import PASSWORDS
from tests.journey import Person


def test_sign_in_dialog_says_the_same_for_every_refusal(qtbot, db, clock):
    dialog = SignInDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen = set()
    for name, password in (("nobody", "x"), *[("officer", "x")] * 5,
                           ("officer", PASSWORDS[Role.OFFICER])):            # the last one: right, but locked
        dialog.username.setText(name)
        dialog.password.setText(password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        seen.add(dialog.message.text())
        assert dialog.result() != QDialog.Accepted and dialog.user is None
    assert seen == {sign_in_failed_message()}


def test_an_officer_changes_her_password_only_with_the_old_one(qtbot, journey_window, db, officer, clock):
    person = Person(qtbot, pace_s=0.01)
    seen: list[str] = []

    def wrong_then_right(dialog: QDialog) -> None:
        seen.append(dialog.objectName())
        person.type("not-my-password")          # the focus starts in "current password"
        person.tab()
        person.type("new-password-1")
        person.tab()
        person.type("new-password-1")
        person.key(Qt.Key.Key_Return)
        seen.append(dialog.message.text())      # refused: the dialog stays, the current password selected
        assert dialog.isVisible()
        person.type(PASSWORDS[Role.OFFICER])
        person.key(Qt.Key.Key_Return)
        seen.append("closed" if not dialog.isVisible() else dialog.message.text())

    person.when_dialog(wrong_then_right)
    person.shortcut("Ctrl+Shift+P")
    person.wait_until(lambda: len(seen) == 3, timeout_ms=15_000)
    assert seen[0] == "changePasswordDialog"
    assert seen[1] in ("The current password is wrong.", "当前密码不对。") and seen[2] == "closed"
    assert authenticate(db, "officer", "new-password-1", clock=clock).id == officer.id
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE username = 'officer' ORDER BY id")]
    assert actions[-3:] == ["password_change_failed", "password", "sign_in"]
