"""Journey (issue 21): the warning queue ordered by what can still be saved, and reordering by itself when
another seat records a fresh transfer on a call from one of the queue's numbers."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.db import connect
from tests.journey import Person, no_error_boxes
from tests.models.warnings_data import add_warning


def _other_seat_records_a_transfer(db_path, officer, clock, phone):
    """Another officer's seat, its own connection: a call from the number, 15万 sent 3 minutes ago."""
    seat = connect(db_path)
    try:
        cid = calls.start_call(seat, officer, manual_call(phone), clock=clock)
        form = calls.empty_form(manual_call(phone))
        form["accounts"] = [{"role": "suspect", "number": "6222021234567890128", "kind": "bank_card", "holder": ""}]
        form["transfers"] = [{"time": "13:57", "amount": "15万", "channel": "mobile_banking", "serial": "",
                              "to": "6222021234567890128"}]
        calls.save_call(seat, officer, cid, form, clock=clock)
    finally:
        seat.conn.close()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_queue_reorders_when_a_fresh_transfer_is_recorded_on_another_call(
        qtbot, db, db_path, officer, clock, journey_window):
    red = add_warning(db, officer, clock, minutes_ago=10, level="red", name="张伟", phone="13800000011")
    orange = add_warning(db, officer, clock, minutes_ago=15, level="orange", name="李娜", phone="13800000022")
    yellow = add_warning(db, officer, clock, minutes_ago=30, level="yellow", name="王芳", phone="13800000033")
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+2")
    page = journey_window.page("warnings")
    person.wait_until(lambda: page.model.rowCount() == 3)

    qtbot.mouseClick(page.order, Qt.MouseButton.LeftButton)        # the order list opens
    person.mouse += 1
    person.wait(300)
    person.key(Qt.Key.Key_Down)
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: page.by_stake() and not page.table.isColumnHidden(1))
    person.wait_until(lambda: [r.id for r in page.model.rows] == [red, orange, yellow])
    assert "red" in page.model.why[red] or "红色" in page.model.why[red]

    _other_seat_records_a_transfer(db_path, officer, clock, "13800000033")
    person.wait_until(lambda: [r.id for r in page.model.rows][0] == yellow, timeout_ms=10_000)
    assert [r.id for r in page.model.rows] == [yellow, red, orange]
    why = page.model.index(0, 1).data()
    assert "15万" in why and "3" in why, why
    assert no_error_boxes() == []
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        journey_window.resize(1366, 768)
        person.wait(300)
        journey_window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "queue_by_stake.png"))
