"""Journey: no call is left without an outcome (15.9). Before: starting a callback while a call was open
parked the open call silently, for good, and hang-up never asked for the outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.journey import Person


def _press_in_dialog(qtbot, *keys):
    """What a person does in the outcome dialog: keys to whatever has the focus there, once it is up."""
    def handle(dialog):
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        for key, mods in keys:
            QTest.keyClick(QApplication.focusWidget() or dialog, key, mods)
            qtbot.wait(100)
        QTimer.singleShot(3000, dialog, lambda: dialog.isVisible() and dialog.done(0))   # never hang the suite
    return handle


def test_callback_during_a_call_asks_and_lists_the_call(qtbot, journey_window, db, clock):
    db.execute("INSERT INTO warnings (dedupe_key, received_at, deadline_at, level, fraud_type, phone_raw, phone_e164, "
               "person_name, updated_at) VALUES ('t1', ?, ?, 'red', 'investment', '13912345678', '+8613912345678', "
               "'王芳', ?)", [clock.now_iso()] * 3)
    db.conn.commit()
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")
    person.wait_until(lambda: page.call_id is not None)
    first = page.call_id
    person.type("何敏")
    person.shortcut("Ctrl+2")                       # the warnings queue, the call still open
    warnings = journey_window.page("warnings")
    person.wait_until(lambda: warnings.warning_id is not None)

    no = Qt.KeyboardModifier.NoModifier
    person.when_dialog(_press_in_dialog(qtbot, (Qt.Key.Key_Escape, no)))       # back to the call: nothing starts
    person.click(warnings.buttons["call_back"])
    person.wait_until(lambda: journey_window.current_key() == "call")
    assert page.call_id == first and db.execute("SELECT count(*) FROM calls").fetchone()[0] == 1

    person.shortcut("Ctrl+2")
    person.when_dialog(_press_in_dialog(qtbot, (Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)))   # Outcome later
    person.wait_until(lambda: warnings.warning_id is not None)
    person.click(warnings.buttons["call_back"])
    person.wait_until(lambda: page.call_id not in (None, first))
    assert page.form.fields["caller.name"].text() == "王芳"
    assert db.execute("SELECT status FROM calls WHERE id = ?", [first]).fetchone()[0] == "awaiting_outcome"
    assert page.awaiting_button.isVisible() and "1" in page.awaiting_button.text()
    assert [i.id for i in page.side.awaiting_model.items] == [first]

    second = page.call_id
    person.when_dialog(_press_in_dialog(qtbot, (Qt.Key.Key_Down, no), (Qt.Key.Key_Return, no)))   # first outcome
    person.shortcut("Ctrl+E")
    person.wait_until(lambda: page.call_id is None)
    status, outcome = db.execute("SELECT status, outcome FROM calls WHERE id = ?", [second]).fetchone()
    assert status == "closed" and outcome

    person.shortcut("Ctrl+Shift+R")                 # one key resumes the call awaiting its outcome
    person.wait_until(lambda: page.call_id == first)
    assert page.form.fields["caller.name"].text() == "何敏"
    assert not page.awaiting_button.isVisible()
    person.shortcut("Alt+O")
    person.key(Qt.Key.Key_Down)
    person.shortcut("Ctrl+E")
    person.wait_until(lambda: page.call_id is None)
    assert db.execute("SELECT status FROM calls WHERE id = ?", [first]).fetchone()[0] == "closed"
    assert db.execute("SELECT count(*) FROM calls WHERE outcome IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'calls' AND action IN ('park', 'resume') "
                      "AND username = 'officer'").fetchone()[0] == 2
