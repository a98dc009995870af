"""Two seats open the same draft stop-payment request (the officer completing it, the supervisor correcting
it), each in its own main window on one database. The supervisor's correction is saved first; the officer's
next autosave is refused and a bar above the form says who changed it and when, once however long she goes
on typing. Her typing stays in her own draft; she looks at the supervisor's version, back at hers, and
keeps hers; then the supervisor's seat is told in its turn and reloads. Nothing is overwritten silently."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from console.models.calls.records import start_call
from console.models.calls.source import manual_call
from console.models.core.context import AppContext
from console.models.core.db import connect
from console.models.stoppay import requests as stoppay
from tests.journey import Person, no_error_boxes

CARD = "6217001234567890122"          # CCB, valid Luhn


@pytest.fixture
def draft_request(db, officer, clock) -> int:
    call_id = start_call(db, officer, manual_call("13971234567"), clock=clock)
    rid = stoppay.create_request_from_call(db, officer, call_id, clock=clock)
    form = {"victim": {"name": "何敏", "id_number": "420902198503120028", "phone": "13971234567",
                       "account": "6228480000000000000", "account_kind": "bank_card"},
            "accounts": [{"number": CARD, "kind": "bank_card", "holder": "", "amount": "", "status": "pending"}],
            "transfers": [{"time": "13:05", "amount": "20000", "channel": "mobile_banking", "serial": "",
                           "to": CARD}]}
    stoppay.save_form(db, officer, rid, form, clock=clock)
    return rid


@pytest.fixture
def supervisor_seat(qtbot, db_path, supervisor, clock, ctx):
    from console.ui.main_window import MainWindow

    seat = AppContext(db_path=db_path, db=connect(db_path), user=supervisor, clock=clock, settings=ctx.settings)
    window = MainWindow(seat)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.runner.pool.waitForDone(10_000)


def _switch_to(qtbot, window: QWidget) -> None:
    window.activateWindow()                               # the person clicks into the other console
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _click(qtbot, person: Person, widget: QWidget, pos=None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos if pos is not None else widget.rect().center())
    person.mouse += 1
    person.wait()


def _open_request(qtbot, person: Person, window, rid: int):
    person.shortcut("Ctrl+4")
    page = window.page("stoppay")
    person.wait_until(lambda: rid in [row[0] for row in page.list_model.rows])
    view = page.list_view
    row = [r[0] for r in page.list_model.rows].index(rid)
    _click(qtbot, person, view.viewport(), view.visualRect(view.model().index(row, 0)).center())
    person.wait_until(lambda: page.request_id == rid)
    return page


def _type_at_end_of(qtbot, person: Person, edit, text: str) -> None:
    _click(qtbot, person, edit)
    person.key(Qt.Key.Key_End)
    person.type(text)


def _name_saved(db, rid) -> str:
    return stoppay.load_form(db, rid)["victim"]["name"]


def test_the_second_seat_is_told_keeps_its_typing_and_looks_before_saving(
        qtbot, caplog, db, officer, supervisor, clock, draft_request, journey_window, supervisor_seat):
    rid = draft_request
    caplog.set_level(logging.INFO, logger="console.ui.stoppay.page")
    person = Person(qtbot, pace_s=0.05)

    # The officer opens the draft on her seat; the supervisor opens it on his and corrects the name.
    _switch_to(qtbot, journey_window)
    mine = _open_request(qtbot, person, journey_window, rid)
    _switch_to(qtbot, supervisor_seat)
    theirs = _open_request(qtbot, person, supervisor_seat, rid)
    _type_at_end_of(qtbot, person, theirs.fields["victim.name"], "华")
    person.wait_until(lambda: _name_saved(db, rid) == "何敏华")

    # The officer types too: her autosave is refused, the bar above the form says who and when.
    _switch_to(qtbot, journey_window)
    bar = mine.findChild(QWidget, "stopConflict")
    _type_at_end_of(qtbot, person, mine.fields["victim.name"], "丽")
    person.wait_until(bar.isVisible)
    text = mine.findChild(QLabel, "stopConflictText").text()
    assert supervisor.display_name in text and clock.now_iso()[11:16] in text
    assert mine.saved.text() == mine.tr("Not saved: changed on another seat")
    assert _name_saved(db, rid) == "何敏华"                                   # nothing overwritten
    # She goes on typing: her own draft keeps it (the supervisor's draft is his), the bar is not said again.
    person.type("娟")
    person.wait(1200)
    told = [r for r in caplog.records if "changed on another seat" in r.getMessage()]
    assert len(told) == 1 and bar.isVisible()
    assert stoppay.typed_draft(db, rid, officer.id)[0]["victim"]["name"] == "何敏丽娟"
    assert stoppay.typed_draft(db, rid, supervisor.id)[0]["victim"]["name"] == "何敏华"
    assert _name_saved(db, rid) == "何敏华"

    # She looks at the supervisor's version (read-only), then back at hers: nothing of hers lost.
    compare = mine.findChild(QPushButton, "conflictCompare")
    person.click(compare)
    assert mine.fields["victim.name"].text() == "何敏华" and mine.fields["victim.name"].isReadOnly()
    person.click(compare)
    assert mine.fields["victim.name"].text() == "何敏丽娟" and not mine.fields["victim.name"].isReadOnly()
    # Keep mine: saved over his change knowingly; the bar goes.
    person.click(mine.findChild(QPushButton, "conflictKeepMine"))
    person.wait_until(lambda: _name_saved(db, rid) == "何敏丽娟")
    assert not bar.isVisible()
    assert db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'people' AND username = ?",
                      [officer.username]).fetchone()[0] >= 1

    # The supervisor's seat, which showed the version before her save, is told in its turn, and reloads.
    _switch_to(qtbot, supervisor_seat)
    _type_at_end_of(qtbot, person, theirs.fields["victim.name"], "华")
    their_bar = theirs.findChild(QWidget, "stopConflict")
    person.wait_until(their_bar.isVisible)
    assert officer.display_name in theirs.findChild(QLabel, "stopConflictText").text()
    person.click(theirs.findChild(QPushButton, "conflictReload"))
    person.wait_until(lambda: not their_bar.isVisible())
    assert theirs.fields["victim.name"].text() == "何敏丽娟" == _name_saved(db, rid)
    assert stoppay.typed_draft(db, rid, supervisor.id)[0]["victim"]["name"] == "何敏丽娟"
    assert no_error_boxes() == []
