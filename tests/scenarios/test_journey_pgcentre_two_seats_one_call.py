"""Two seats open the same recorded call (an officer completing it, a senior colleague correcting it), each
in its own main window on one database. The senior's change is saved first; the officer's next autosave is
refused and the call panel says who changed it and when, once however long the officer goes on typing,
with "Reload" and "Keep mine". Nothing is overwritten silently."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.context import AppContext
from console.models.core.db import connect
from tests.journey import Person


def _open_by_lookup(person, window, phone: str, call_id: int) -> None:
    person.shortcut("Ctrl+K")
    person.type(phone)
    page = window.page("lookup")
    person.wait_until(lambda: page.result_count("call") == 1)
    person.key(Qt.Key.Key_Down)
    while (page.tree.currentIndex().data(Qt.UserRole) or ("",)) != ("call", call_id):
        person.key(Qt.Key.Key_Down)
    person.key(Qt.Key.Key_Return)                         # the call opens on the caller's name
    person.wait_until(lambda: window.page("call").call_id == call_id)


@pytest.fixture
def second_seat(qtbot, db_path, senior, clock, ctx):
    from console.ui.main_window import MainWindow

    seat = AppContext(db_path=db_path, db=connect(db_path), user=senior, clock=clock, settings=ctx.settings)
    window = MainWindow(seat)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.runner.pool.waitForDone(10_000)


def _switch_to(qtbot, window: QWidget) -> None:
    window.activateWindow()                               # the person clicks into the other console
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def test_the_second_save_is_told_and_nothing_is_overwritten(qtbot, caplog, db, officer, senior, clock,
                                                             journey_window, second_seat):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    form["notes"] = "对方自称客服，称其快递丢失"
    calls.save_call(db, officer, cid, form, clock=clock)
    caplog.set_level(logging.INFO, logger="console.ui.calls.page")
    person = Person(qtbot, pace_s=0.05)

    # The officer opens the call on her seat; the senior opens it on his.
    _switch_to(qtbot, journey_window)
    _open_by_lookup(person, journey_window, "13800001234", cid)
    _switch_to(qtbot, second_seat)
    _open_by_lookup(person, second_seat, "13800001234", cid)
    person.type("何敏")                                  # the caller's name, as the senior corrects it
    theirs = second_seat.page("call")
    person.wait_until(lambda: calls.load_form(db, cid)["caller"]["name"] == "何敏")

    # The officer types her own name for the caller: the autosave is refused, the panel says who and when.
    _switch_to(qtbot, journey_window)
    mine = journey_window.page("call")
    bar = mine.findChild(QWidget, "callConflict")
    assert person.focus() is mine.form.fields["caller.name"]
    person.type("何明")

    person.wait_until(bar.isVisible)
    text = mine.findChild(QLabel, "callConflictText").text()
    assert senior.display_name in text and clock.now_iso()[11:16] in text
    assert calls.load_form(db, cid)["caller"]["name"] == "何敏"          # nothing overwritten
    # She goes on typing: the draft keeps it, the panel does not say it again.
    person.type("先生")
    person.wait(1500)
    told = [r for r in caplog.records if "changed on another seat" in r.getMessage()]
    assert len(told) == 1 and bar.isVisible()
    assert calls.load_form(db, cid)["caller"]["name"] == "何敏"

    # Reload: her form shows the senior's version, and her next words are saved on top of it.
    person.click(mine.findChild(QPushButton, "conflictReload"))
    person.wait_until(lambda: not bar.isVisible())
    assert mine.form.fields["caller.name"].text() == "何敏"
    person.type("已核实")                                 # into the notes, where Reload left her

    person.wait_until(lambda: calls.load_form(db, cid)["notes"].endswith("已核实"))
    assert calls.load_form(db, cid)["caller"]["name"] == "何敏"
    # The senior's seat, which showed the version before her save, is told in its turn.
    _switch_to(qtbot, second_seat)
    assert person.focus() is theirs.form.fields["caller.name"]
    person.type("女士")
    person.wait_until(theirs.findChild(QWidget, "callConflict").isVisible)
    assert officer.display_name in theirs.findChild(QLabel, "callConflictText").text()
