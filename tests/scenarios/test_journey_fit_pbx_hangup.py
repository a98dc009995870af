"""Journey: the caller hangs up and the PBX says so; the call ends as with Ctrl+E, never under the officer's keys.

Before, the PBX's hang-up only saved the form: the call stayed open with no outcome and no question, and a
waiting caller's hang-up on another line did the same to the call on screen. Now:
- on the call page, the outcome is asked (the same dialog as Ctrl+E) once the officer stops typing: the
  keys of a sentence being finished go into the notes, not into the dialog;
- on another page (the officer is busy with something else), no modal question: the call goes to the list
  awaiting an outcome, said in the status bar and on the call page (Ctrl+Shift+R resumes it);
- a hang-up on another line leaves the call alone.
Rings and hang-ups are sent as the PBX sends them: JSON lines with the shared secret, on the real port.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.models.calls.ring import RingEvent, encode_event, read_secret
from tests.journey import Person, no_error_boxes


def pbx(window, event: str, number: str, line: str) -> None:
    port = window.page("call").listener.port()
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(encode_event(RingEvent(event, number, line), read_secret()))


def answer_in_dialog(qtbot, seen: list, *keys):
    """What a person does in the outcome dialog once it has the keyboard: keys to whatever has the focus."""
    def handle(dialog):
        seen.append(dialog.objectName())
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        for key, mods in keys:
            QTest.keyClick(QApplication.focusWidget() or dialog, key, mods)
            qtbot.wait(100)
        QTimer.singleShot(3000, dialog, lambda: dialog.isVisible() and dialog.done(0))   # never hang the suite
    return handle


def status_of(db, call_id: int) -> tuple:
    return db.execute("SELECT status, outcome FROM calls WHERE id = ?", [call_id]).fetchone()


def test_hangup_on_the_call_page_asks_the_outcome_once_the_typing_stops(qtbot, journey_window, db):
    person = Person(qtbot, pace_s=0.15)
    page = journey_window.page("call")
    pbx(journey_window, "ring", "13971234567", "3")
    person.wait_until(lambda: page.call_id is not None)
    call_id = page.call_id
    person.shortcut("Alt+N")

    pbx(journey_window, "hangup", "13912345678", "5")      # a waiting caller on another line gives up
    person.wait(300)
    assert page.call_id == call_id and not page.notice.isVisible(), "another line's hang-up leaves the call"

    seen: list[str] = []
    person.when_dialog(answer_in_dialog(qtbot, seen, (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
                                        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)))
    person.type("caller ")
    pbx(journey_window, "hangup", "13971234567", "3")      # mid-sentence: the PBX says the caller hung up
    person.wait_until(page.notice.isVisible, timeout_ms=3000)
    person.type("hung up, said she will call the bank")     # ~5 s of keys: no dialog takes them
    assert seen == [] and QApplication.activeModalWidget() is None
    assert page.form.notes.toPlainText() == "caller hung up, said she will call the bank"
    person.wait_until(lambda: page.call_id is None, timeout_ms=8000)   # the pause: asked, answered
    assert seen == ["outcomeDialog"], "the outcome was asked, with the same dialog as Ctrl+E"
    status, outcome = status_of(db, call_id)
    assert status == "closed" and outcome, "the first outcome chosen in the dialog was recorded"
    assert db.execute("SELECT notes FROM calls WHERE id = ?", [call_id]).fetchone()[0] == \
        "caller hung up, said she will call the bank"
    assert journey_window.focusWidget() is page.header.number_entry, "ready for the next call"
    assert not no_error_boxes()


def test_hangup_while_on_another_page_puts_the_call_on_the_awaiting_list(qtbot, journey_window, db):
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    pbx(journey_window, "ring", "13971234567", "3")
    person.wait_until(lambda: page.call_id is not None)
    call_id = page.call_id
    person.type("何敏")
    person.shortcut("Ctrl+5")                      # the officer looks something up, the call still open
    person.type("6217")
    pbx(journey_window, "hangup", "", "3")         # the PBX names the line only
    person.type("0012")                            # typing on: nothing pops up over the search
    person.wait_until(lambda: page.call_id is None, timeout_ms=8000)
    assert QApplication.activeModalWidget() is None
    assert journey_window.current_key() == "lookup" and journey_window.page("lookup").box.text() == "62170012"
    assert status_of(db, call_id) == ("awaiting_outcome", None)
    assert "awaits its outcome" in journey_window.statusBar().currentMessage()

    person.shortcut("Ctrl+1")
    assert page.notice.isVisible() and "Ctrl+Shift+R" in page.notice.text()
    assert page.awaiting_button.isVisible() and "1" in page.awaiting_button.text()
    person.shortcut("Ctrl+Shift+R")                # resumed, its outcome recorded with the keys
    person.wait_until(lambda: page.call_id == call_id)
    assert page.form.fields["caller.name"].text() == "何敏"
    person.shortcut("Alt+O")
    person.key(Qt.Key.Key_Down)
    person.shortcut("Ctrl+E")
    person.wait_until(lambda: page.call_id is None)
    status, outcome = status_of(db, call_id)
    assert status == "closed" and outcome
    assert not no_error_boxes()


def test_hangup_of_a_call_with_its_outcome_closes_it_without_a_word(qtbot, journey_window, db):
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    pbx(journey_window, "ring", "13971234567", "3")
    person.wait_until(lambda: page.call_id is not None)
    call_id = page.call_id
    person.shortcut("Alt+O")
    person.key(Qt.Key.Key_Down)                    # the outcome chosen while the caller is still on
    chosen = page.form.outcome.currentData()
    assert chosen
    person.shortcut("Ctrl+2")
    pbx(journey_window, "hangup", "+86 139 7123 4567", "")     # the PBX names the caller only
    person.wait_until(lambda: page.call_id is None, timeout_ms=8000)
    assert QApplication.activeModalWidget() is None and journey_window.current_key() == "warnings"
    assert status_of(db, call_id) == ("closed", chosen)
    assert "closed with its outcome" in journey_window.statusBar().currentMessage()
    assert not no_error_boxes()
