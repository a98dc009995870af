"""Journey (issue 21): the command bar, keys only. From the warning queue: `/` opens it and `log …` puts a note
on the warning; Ctrl+Space and `pc 孝南` (too many stations: said under the line, the text kept) then `书院`
dispatches the next warning; `cb 30m` schedules a callback; `find` opens the lookup."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.models.warnings.records import get_warning
from tests.journey import Person, no_error_boxes
from tests.models.warnings_data import add_warning


# The completion list is a popup: the offscreen platform cannot grab the keyboard for it (a real one can).
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_four_actions_through_the_command_bar(qtbot, db, officer, clock, journey_window):
    first = add_warning(db, officer, clock, minutes_ago=10, name="刘芳", phone="13911112222")
    second = add_warning(db, officer, clock, minutes_ago=5, name="陈静")
    person = Person(qtbot, pace_s=0.04)
    person.shortcut("Ctrl+2")
    page = journey_window.page("warnings")
    person.wait_until(lambda: page.warning_id == first)
    page.table.setFocus()            # where the keys are after Ctrl+2: the queue (a person clicks a row)
    bar = journey_window.command_bar

    person.type("/")                                       # not in a text field: opens the bar
    person.wait_until(lambda: bar.isVisible() and QApplication.focusWidget() is bar.line)
    person.type("log 家属称已停止转账")
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: "家属称已停止转账" in get_warning(db, first).notes)
    assert not bar.isVisible()

    person.key(Qt.Key.Key_Down)                            # the next warning in the queue
    person.wait_until(lambda: page.warning_id == second)
    person.shortcut("Ctrl+Space")
    person.wait_until(lambda: QApplication.focusWidget() is bar.line)
    person.type("pc 孝南")
    person.key(Qt.Key.Key_Escape)                          # closes the completion list, not the bar
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: "孝南书院派出所" in bar.message.text())
    assert bar.isVisible() and bar.line.text() == "pc 孝南", "an ambiguous station: said, the text kept"
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        journey_window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "command_bar.png"))
    person.type("书院")
    person.key(Qt.Key.Key_Escape)
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: get_warning(db, second).status == "dispatched")
    assert db.execute("SELECT s.name, d.created_by FROM dispatches d JOIN stations s ON s.id = d.station_id "
                      "WHERE d.warning_id = ?", [second]).fetchone() == ("孝南书院派出所", officer.id)

    person.key(Qt.Key.Key_Up)
    person.wait_until(lambda: page.warning_id == first)
    person.shortcut("Ctrl+Space")
    person.type("cb 30m")
    person.key(Qt.Key.Key_Escape)
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: get_warning(db, first).status == "waiting")
    assert get_warning(db, first).retry_at == "2026-11-25 14:30:00"

    person.shortcut("Ctrl+Space")
    person.type("find 13911112222")                       # no completion list here: Enter runs it
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: journey_window.current_key() == "lookup")
    assert db.execute("SELECT count(*) FROM audit_log WHERE username = 'officer' AND table_name = 'warnings' "
                      "AND action IN ('update', 'outcome')").fetchone()[0] >= 2
    assert no_error_boxes() == []
