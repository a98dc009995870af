"""Journey: the call form by keyboard only (15.8). Before: Tab typed tab characters into the notes, Tab in a
table cycled its cells forever, there was no key to add a transfer, choose the outcome or switch the side
tabs, and a new call opened scrolled to where the last one was left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from tests.journey import Person


def test_call_form_by_keys_alone(qtbot, journey_window, db):
    journey_window.resize(1100, 620)          # small enough that the form scrolls
    person = Person(qtbot, pace_s=0.08)
    page = journey_window.page("call")
    f = page.form
    stop = journey_window.findChild(QPushButton, "stopPaymentButton")
    assert not stop.isEnabled() and ":disabled" in stop.styleSheet()      # idle: visibly off (15.17)
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")
    person.wait_until(lambda: page.call_id is not None)
    assert not stop.isEnabled()                               # a call, but nothing to stop yet
    assert person.focus() is f.fields["caller.name"]          # the first field, at the top
    person.type("何敏")
    person.shortcut("Alt+N")
    person.type("abc")
    person.tab()                                              # leaves the notes
    assert f.notes.toPlainText() == "abc" and person.focus() is not f.notes

    person.shortcut("Ctrl+Shift+A")
    assert person.focus() is f.accounts_view or f.accounts_view.isAncestorOf(person.focus())
    person.type("6217001234567890122")
    person.tab()
    assert stop.isEnabled()                                   # an account to stop
    person.type("李强")
    person.tab()                                              # the bank is computed: Tab leaves the table
    person.tab()
    assert not (person.focus() is f.accounts_view or f.accounts_view.isAncestorOf(person.focus()))

    person.shortcut("Ctrl+Shift+T")
    person.type("13:05")
    person.tab()
    person.type("20000")
    person.tab(3)                                             # channel, serial, to account
    person.type("6217")                                       # completes from the accounts above
    person.tab()                                              # the last cell: Tab leaves the table
    assert not (person.focus() is f.transfers_view or f.transfers_view.isAncestorOf(person.focus()))
    assert f.transfers.rows[0]["to"] == "6217001234567890122"

    person.shortcut("Alt+O")
    assert person.focus() is f.outcome
    person.key(Qt.Key.Key_Down)
    assert f.outcome.currentData()
    assert page.scroll.verticalScrollBar().value() > 0        # the outcome is at the bottom

    tab = page.side.currentIndex()
    person.shortcut("Ctrl+Shift+H")
    assert page.side.currentIndex() == (tab + 1) % page.side.count()

    person.shortcut("Ctrl+E")                                 # the outcome is chosen: no question
    person.wait_until(lambda: page.call_id is None)
    person.shortcut("Ctrl+N")
    person.type("13800001234\n")
    person.wait_until(lambda: page.call_id is not None)
    assert page.scroll.verticalScrollBar().value() == 0 and person.focus() is f.fields["caller.name"]
    seen = []
    person.when_dialog(lambda d: (seen.append(_shortcut_rows(d)), d.reject()))
    person.shortcut("F1")
    person.wait_until(lambda: bool(seen))
    rows = dict(seen[-1])
    for keys in ("Ctrl+Shift+T", "Alt+O", "Ctrl+Shift+H", "Alt+K", "Ctrl+Shift+R"):
        assert keys in rows.values(), keys

    print(f"\nkeys {person.keys}, mouse {person.mouse}")
    assert person.mouse == 0
    transfers = db.execute("SELECT amount_cents, serial_no FROM call_transfers").fetchall()
    assert transfers == [(2_000_000, "")]


def _shortcut_rows(dialog) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QTableWidget

    table = dialog.findChild(QTableWidget, "shortcutsTable")
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_ctrl_tab_leaves_a_table_from_any_cell(qtbot, journey_window, db):
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")
    person.wait_until(lambda: page.call_id is not None)
    person.shortcut("Ctrl+Shift+T")
    person.type("13:05")
    person.key(Qt.Key.Key_Return)                             # the cell is written, the table keeps the focus
    assert person.focus() is page.form.transfers_view
    person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    view = page.form.transfers_view
    assert not (person.focus() is view or view.isAncestorOf(person.focus()))
    assert page.form.transfers.rows[0]["time"] == "13:05"
