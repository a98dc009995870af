"""Journey (issue 21): a victim whose stop-payment was issued is watched. Three days later a new warning for
the same number shows the flag and the recovery-service warning; the 72-hour callback is on the list and is
marked reached, with who and when."""

from __future__ import annotations

from console.models.stoppay import requests as stoppay
from tests.journey import Person, no_error_boxes
from tests.models.test_integrity_atomic import _saved_call, _stop_form
from tests.models.warnings_data import add_warning


def test_repeat_victim_flag_and_72_hour_callback(qtbot, db, officer, clock, ctx):
    from console.ui.main_window import MainWindow

    cid = _saved_call(db, officer, clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    clock.advance(hours=73)
    wid = add_warning(db, officer, clock, minutes_ago=2, phone="13971234567")     # the fraudsters are back

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+2")
    page = window.page("warnings")
    person.wait_until(lambda: page.warning_id == wid)
    html = page.detail.toPlainText()
    assert "Repeat victim" in html or "再次受骗" in html or "曾被骗" in html, html
    person.wait_until(lambda: page.callbacks_button.text().endswith("1"))

    def answer(dialog):
        person.wait_until(lambda: dialog.model.rowCount() == 1)
        person.qtbot.mouseClick(dialog.notes, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
        person.type("已提醒谨防追损诈骗")
        person.click(dialog.reached)
        person.wait_until(lambda: dialog.model.rowCount() == 0)
        person.key(__import__("PySide6.QtCore").QtCore.Qt.Key.Key_Escape)

    person.when_dialog(answer)
    person.click(page.callbacks_button)
    person.wait_until(lambda: page.callbacks_button.text().endswith("0"))
    row = db.execute("SELECT kind, done_by, done_at, reached, notes FROM victim_callbacks WHERE done_at IS NOT NULL"
                     ).fetchall()
    assert row == [("72h", officer.id, "2026-11-28 15:00:00", 1, "已提醒谨防追损诈骗")]

    # A call from the same number shows the flag above the call, where the officer is looking.
    reactivate = window.activateWindow
    reactivate()
    qtbot.waitUntil(window.isActiveWindow)
    person.shortcut("Ctrl+1")
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")
    call = window.page("call")
    person.wait_until(lambda: call.call_id is not None)
    assert "Repeat victim" in call.header.risks.text() or "曾被骗" in call.header.risks.text()
    assert no_error_boxes() == []
    window.runner.pool.waitForDone(10_000)
