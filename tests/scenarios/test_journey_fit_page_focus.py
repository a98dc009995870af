"""Journey: every go-to-page shortcut leaves the keyboard on the page's first useful field.

Before, after Ctrl+2 nothing had the keyboard focus (the field that had it was hidden with the page it was on)
and the officer's next key was lost. Now each shortcut lands on the field an officer reaches for first: the
number on the live call, the queue on warnings, the search boxes on scripts and lookup, the request list on
stop-payments, the period on statistics, the tabs on administration; the keys typed next arrive there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.models.warnings.handling import create_warning
from console.ui.actions import ACTION_SPECS
from console.ui.pages import PAGES
from tests.journey import Person, no_error_boxes


@pytest.fixture
def as_admin(ctx, admin):
    """The administrator sees every page (set before the window is built)."""
    ctx.user = admin
    return admin


@pytest.fixture
def two_warnings(db, officer, clock):
    at = clock.now_iso()
    return [create_warning(db, officer, clock=clock, phone=phone, received_at=at, level="红色")
            for phone in ("13800000001", "13800000002")]


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else "(nothing)"


def test_each_page_shortcut_puts_the_keys_on_the_first_field(qtbot, as_admin, two_warnings, journey_window):
    person = Person(qtbot, pace_s=0.05)
    window = journey_window
    assert {"call", "warnings", "scripts", "stoppay", "lookup", "stats", "admin"} <= set(window.page_keys())

    # Every page (those added later too): its shortcut leaves the keys on a field of that page that takes keys.
    for spec in PAGES:
        if spec.key in window.page_keys():
            person.shortcut(ACTION_SPECS[spec.action].shortcut)
            assert window.current_key() == spec.key
            widget = QApplication.focusWidget()
            assert widget is not None and window.page(spec.key).isAncestorOf(widget), (spec.key, focused_name())
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, (spec.key, focused_name())

    person.shortcut("Ctrl+1")
    assert focused_name() == "numberEntry"
    person.type("1380")
    assert window.page("call").header.number_entry.text() == "1380"

    person.shortcut("Ctrl+2")
    queue = window.page("warnings").table
    assert focused_name() == "warningQueue", "the queue has the keys, not nothing"
    person.wait_until(lambda: queue.model().rowCount() == 2)
    person.key(Qt.Key.Key_Down)
    person.key(Qt.Key.Key_Down)
    assert queue.currentIndex().row() == 1, "the arrow keys moved along the queue"

    person.shortcut("Ctrl+3")
    assert focused_name() == "scriptSearch"
    person.type("zp")
    assert window.page("scripts").search_box.text() == "zp"

    person.shortcut("Ctrl+4")
    assert focused_name() == "stopRequestList"

    person.shortcut("Ctrl+5")
    assert focused_name() == "globalSearch"
    person.type("139")
    assert window.page("lookup").box.text() == "139"

    person.shortcut("Ctrl+6")
    period = window.page("stats").period
    assert QApplication.focusWidget() is period
    before = period.currentIndex()
    person.key(Qt.Key.Key_Up)
    assert period.currentIndex() == before - 1, "the arrow key chose another period"

    person.shortcut("Ctrl+7")
    tabs = window.page("admin").tabs
    assert tabs.isAncestorOf(QApplication.focusWidget()), focused_name()
    person.key(Qt.Key.Key_Right)
    assert tabs.currentIndex() == 1, "the arrow key went to the next tab"

    # Back to a page seen before: the keys land on its first field again, and what was typed there is kept.
    person.shortcut("Ctrl+1")
    assert focused_name() == "numberEntry"
    person.type("0")
    assert window.page("call").header.number_entry.text() == "13800"
    person.shortcut("Ctrl+5")
    assert focused_name() == "globalSearch"
    assert window.page("lookup").box.text() == "139"

    # With a call on, the live call page opens on its notes: what the officer types next is the call's record.
    person.shortcut("Ctrl+1")
    person.type("1234\n")
    call = window.page("call")
    person.wait_until(lambda: call.call_id is not None)
    person.shortcut("Ctrl+2")
    assert focused_name() == "warningQueue"
    person.shortcut("Ctrl+1")
    assert QApplication.focusWidget() is call.form.notes
    person.type("asked about the app")
    assert call.form.notes.toPlainText() == "asked about the app"
    assert not no_error_boxes()
    window.runner.pool.waitForDone(10_000)
    person.wait(200)
