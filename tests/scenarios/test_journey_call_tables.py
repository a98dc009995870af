"""Journey: typing into the accounts and transfers tables at a person's pace while autosave runs.

Before the fix the half-second autosave rebuilt the tables under the open cell editor, and what had been
typed before it fired was lost ('10:20' saved as ':20', a card number without its first digits)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.journey import Person

CARD = "6222021234567890128"


def _start_call(person: Person) -> None:
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")


def test_typed_cells_are_saved_whole(qtbot, journey_window, db):
    person = Person(qtbot)
    page = journey_window.page("call")
    _start_call(person)
    person.wait_until(lambda: page.call_id is not None)
    person.shortcut("Ctrl+Shift+A")           # add an account: the number cell opens for typing
    person.type(CARD[:10])
    person.wait(1200)                         # a pause, the cell still open: the draft has the digits
    draft = json.loads(db.execute("SELECT payload FROM drafts WHERE key = ?", [str(page.call_id)]).fetchone()[0])
    assert draft["accounts"][0]["number"] == CARD[:10]
    person.type(CARD[10:])
    person.key(Qt.Key.Key_Tab)                # to the holder
    person.type("王五")
    person.key(Qt.Key.Key_Return)
    person.shortcut("Ctrl+Shift+T")           # add a transfer: the time cell opens for typing
    person.type("10:20")
    person.tab()
    person.type("30000")
    person.tab(2)                             # channel, then the serial number
    person.type("202611251020123456")
    person.key(Qt.Key.Key_Return)
    person.wait(800)
    call_id = page.call_id
    page_rows = page.form.transfers.rows
    assert page_rows[0]["time"] == "10:20" and page_rows[0]["amount"] == "30000"
    assert page_rows[0]["serial"] == "202611251020123456"
    assert page.form.accounts.rows[0]["number"] == CARD
    assert db.execute("SELECT a.number FROM call_accounts ca JOIN accounts a ON a.id = ca.account_id "
                      "WHERE call_id = ?", [call_id]).fetchall() == [(CARD,)]
    assert db.execute("SELECT transferred_at, amount_cents, serial_no FROM call_transfers WHERE call_id = ?",
                      [call_id]).fetchall() == [("2026-11-25 10:20:00", 3_000_000, "202611251020123456")]
