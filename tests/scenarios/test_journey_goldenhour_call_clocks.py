"""Journey (issue 21): on the live call, every transfer shows the minutes since the money left, coloured
through the golden hour; a transfer typed in now starts its own clock."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from tests.journey import Person, no_error_boxes
from tests.scenarios.test_journey_shell_stoppay import GOOD_ICBC, unfinished_call  # noqa: F401 (fixture)


def test_transfer_clocks_on_the_call(qtbot, unfinished_call, journey_window, db):  # noqa: F811
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    person.wait_until(lambda: page.call_id == unfinished_call)
    transfers = page.form.transfers
    since = 0                                          # the time cell carries the clock: always in view
    person.wait_until(lambda: transfers.grades.get(0) == "warm")
    clocks = [transfers.index(r, since).data() for r in range(2)]
    assert clocks in (["13:05 · 55 min ago", "13:20 · 40 min ago"], ["13:05 · 55 分钟前", "13:20 · 40 分钟前"]), clocks
    assert transfers.index(0, since).data(Qt.EditRole) == "13:05", "the clock is shown, never typed into the time"
    assert transfers.grades == {0: "warm", 1: "warm"}

    person.shortcut("Ctrl+Shift+T")                    # a third transfer, two minutes ago
    person.type("13:58")
    person.tab()
    person.type("50000")
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: transfers.grades.get(2) == "fresh")
    assert transfers.index(2, since).data() in ("13:58 · 2 min ago", "13:58 · 2 分钟前")
    assert transfers.index(2, since).data(Qt.BackgroundRole).name() == "#ef9a9a"
    assert no_error_boxes() == []
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        person.key(Qt.Key.Key_Home)                    # back to the time column of the row
        journey_window.resize(1366, 768)
        person.wait(300)
        journey_window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "call_clocks.png"))
