"""Journeys through the real main window for the shell's items (issue 15): keys where officers type,
a ring while busy, a shift change, a locked seat. Only keys and buttons a person would press."""

from __future__ import annotations

import json
import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from tests.conftest import PASSWORDS
from tests.journey import Person, no_error_boxes

FAST = 0.03


def _start_call(person: Person, number: str = "13800001234") -> None:
    person.shortcut("Ctrl+N")          # the number box
    person.type(number + "\n")         # Enter starts the call; the focus goes to the caller's name
    person.shortcut("Alt+N")           # the notes


def _call_row(db, call_id):
    return db.execute("SELECT notes, status, ended_at FROM calls WHERE id = ?", [call_id]).fetchone()


def test_console_keys_win_where_the_officer_types(qtbot, journey_window, db):
    """15.4: Ctrl+Shift+Z was "redo" in the notes and Ctrl+E was swallowed by text fields."""
    person = Person(qtbot, pace_s=FAST)
    page = journey_window.page("call")
    _start_call(person)
    assert isinstance(person.focus(), QPlainTextEdit), "Alt+N puts the focus in the notes"
    call_id = page.call_id
    person.type("victim paid 45000 to a safe account")
    person.shortcut("Ctrl+Shift+Z")
    # The console's action answered (no account typed yet, so it says what is missing), not the notes' redo.
    assert "Nothing to stop yet" in journey_window.statusBar().currentMessage() or \
        "止付" in journey_window.statusBar().currentMessage()
    assert db.execute("SELECT count(*) FROM stop_requests WHERE call_id = ?", [call_id]).fetchone()[0] == 0

    person.shortcut("Ctrl+1")
    person.shortcut("Alt+N")           # back in the notes
    assert isinstance(person.focus(), QPlainTextEdit)
    person.type(" then hung up")
    # Hang-up asks for the outcome (15.9); the officer says it will follow.
    person.when_dialog(lambda dialog: person.click(dialog.later))
    person.shortcut("Ctrl+E")
    person.wait_until(lambda: page.call_id is None)
    notes, status, ended = _call_row(db, call_id)
    assert status == "awaiting_outcome" and ended
    assert notes == "victim paid 45000 to a safe account then hung up", "nothing typed was lost or redone"

    # Ctrl+E in a one-line field (the lookup box) is the console's too; with no call it does nothing harmful
    person.shortcut("Ctrl+K")
    person.type("13800001234")
    person.shortcut("Ctrl+E")
    assert person.focus().text() == "13800001234"
    assert no_error_boxes() == []


def _ring(port: int, **event) -> None:
    from console.models.calls.ring import read_secret

    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(json.dumps({**event, "secret": read_secret()}).encode() + b"\n")


def test_a_ring_during_a_call_waits_in_a_strip_until_answered_with_one_key(qtbot, journey_window, db):
    """15.5: a second ring was a 15-second status-bar line; now a strip stays and Ctrl+Return answers it."""
    person = Person(qtbot, pace_s=FAST)
    page = journey_window.page("call")
    port = page.listener.port()
    _ring(port, event="ring", number="13800001234", line="1")
    person.wait_until(lambda: page.call_id is not None)
    first = page.call_id
    person.shortcut("Alt+N")
    person.type("first caller")
    _ring(port, event="ring", number="13912345678", line="2")
    strip = journey_window.waiting_calls
    person.wait_until(strip.isVisible)
    texts = [label.text() for label in strip.findChildren(QLabel, "waitingCallText")]
    assert any("13912345678" in t for t in texts)
    person.wait(400)
    assert strip.isVisible() and page.call_id == first, "the strip stays; the open call is not replaced"

    # Answering the waiting call ends the open one: its outcome is asked (15.9), and will follow.
    person.when_dialog(lambda dialog: person.click(dialog.later))
    person.shortcut("Ctrl+Return")
    person.wait_until(lambda: page.call_id not in (None, first))
    assert not strip.isVisible()
    second = db.execute("SELECT caller_raw, line, answered_at FROM calls WHERE id = ?", [page.call_id]).fetchone()
    assert second[0] == "13912345678" and second[1] == "2" and second[2]
    assert _call_row(db, first)[:2] == ("first caller", "awaiting_outcome"), \
        "the first call was saved before the second opened, and waits for its outcome"

    # A third line rings, then its caller hangs up before anyone answers: the strip lets it go by itself.
    _ring(port, event="ring", number="13512345678", line="3")
    person.wait_until(strip.isVisible)
    _ring(port, event="hangup", number="13512345678", line="3")
    person.wait_until(lambda: not strip.isVisible())


def test_a_ring_brings_a_minimised_console_forward(qtbot, journey_window):
    """15.5: with the console minimised, a screen-pop neither raised nor flashed it."""
    page = journey_window.page("call")
    journey_window.showMinimized()
    qtbot.waitUntil(journey_window.isMinimized, timeout=3000)
    _ring(page.listener.port(), event="ring", number="13800001234", line="1")
    qtbot.waitUntil(lambda: page.call_id is not None, timeout=3000)
    qtbot.waitUntil(lambda: not journey_window.isMinimized(), timeout=3000)
    assert journey_window.isVisible()


def _sign_in(person: Person, username: str, password: str) -> None:
    person.type(username)
    person.key(Qt.Key.Key_Return)      # to the password
    person.type(password + "\n")


def test_shift_change_signs_out_and_in_through_the_real_screen(qtbot, journey_window, db):
    """Journey (c), 15.7: sign out mid-call with typed notes; a supervisor signs in with keys; the call and
    its notes are kept; the supervisor sees their own pages; the officer finds the call again later."""
    person = Person(qtbot, pace_s=FAST)
    page = journey_window.page("call")
    _start_call(person)
    call_id = page.call_id
    person.type("caller is on the line")
    person.shortcut("Ctrl+Shift+L")    # sign out
    screen = journey_window.session_screen
    person.wait_until(screen.isVisible)
    assert not journey_window.findChild(QPlainTextEdit, "callNotes") or \
        not journey_window.findChild(QPlainTextEdit, "callNotes").isVisible(), "no record shows once signed out"
    assert _call_row(db, call_id)[0] == "caller is on the line", "the notes were saved at sign-out"
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'sign_out'").fetchone()[0] == 1

    person.shortcut("Ctrl+1")          # no console key works for nobody
    assert journey_window.current_key() is None
    _sign_in(person, "supervisor", "wrong-password")
    assert "Wrong" in screen.message.text() or screen.message.text(), "a clear message on the screen"
    person.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type(PASSWORDS[__import__("console.models.core.users", fromlist=["Role"]).Role.SUPERVISOR] + "\n")
    person.wait_until(lambda: journey_window.current_key() is not None)
    assert journey_window.ctx.user.username == "supervisor"
    assert "stats" in journey_window.page_keys() and "admin" in journey_window.page_keys()
    person.shortcut("Ctrl+6")
    assert journey_window.current_key() == "stats"

    person.shortcut("Ctrl+Shift+L")
    person.wait_until(screen.isVisible)
    _sign_in(person, "officer", PASSWORDS[__import__("console.models.core.users", fromlist=["Role"]).Role.OFFICER])
    person.wait_until(lambda: journey_window.current_key() == "call")
    assert "stats" not in journey_window.page_keys() and "admin" not in journey_window.page_keys()
    person.shortcut("Ctrl+6")
    assert journey_window.current_key() == "call", "an officer's key for statistics does nothing"
    call_page = journey_window.page("call")
    person.wait_until(lambda: call_page.call_id == call_id)
    assert call_page.form.notes.toPlainText() == "caller is on the line", "the officer's unfinished call is back"
    assert no_error_boxes() == []


def test_an_idle_seat_locks_and_opens_with_the_password(qtbot, journey_window, db):
    """15.7 / issue 14: after the idle minutes a lock screen asks the signed-in officer's password."""
    from console.models.core.users import Role

    person = Person(qtbot, pace_s=FAST)
    journey_window.ctx.settings.set("idle_lock_minutes", 0.01)    # 0.6 s: the configured minutes, shortened
    _start_call(person)
    person.type("notes before the break")
    person.wait(1500)
    assert not journey_window.is_locked(), "a seat with a call on does not lock (the officer is listening)"
    person.when_dialog(lambda dialog: person.click(dialog.later))  # its outcome will follow
    person.shortcut("Ctrl+E")                                     # the call ends; the officer leaves
    person.wait_until(journey_window.is_locked, timeout_ms=3000)
    screen = journey_window.session_screen
    assert screen.isVisible() and screen.username.text() == "officer" and screen.username.isReadOnly()
    person.shortcut("Ctrl+2")                  # console keys do nothing on a locked seat
    assert journey_window.current_key() == "call"
    person.shortcut("Ctrl+N")
    assert not journey_window.page("call").header.number_entry.hasFocus()
    _ring(journey_window.page("call").listener.port(), event="ring", number="13912345678", line="2")
    person.wait_until(lambda: "13912345678" in screen.message.text())
    person.type(PASSWORDS[Role.OFFICER] + "\n")
    person.wait_until(lambda: not journey_window.is_locked())
    assert journey_window.page("call").incoming.number == "13912345678", "the ringing call is there on unlock"
    assert db.execute("SELECT notes FROM calls ORDER BY id").fetchone()[0] == "notes before the break"
    # The lock screen's other way out: sign out for the next officer.
    person.when_dialog(lambda dialog: person.click(dialog.later))
    person.shortcut("Ctrl+E")
    person.wait_until(journey_window.is_locked, timeout_ms=3000)
    button = screen.findChild(QPushButton, "sessionSignOut")
    person.click(button)
    person.wait_until(lambda: journey_window.ctx.user is None)
    assert not screen.username.isReadOnly()
    assert person.focus() is screen.username
