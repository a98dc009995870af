"""Journey (issue 21): an issued request worked to the end of its window through the real main window: every
bank's answer in one dialog, one renewal, then the conversion to a freeze; a lapse on another request is
a red banner; the transfers show their clocks and the accounts the freshest money first."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from console.models.stoppay import requests as stoppay
from tests.journey import Person, no_error_boxes
from tests.models.test_integrity_atomic import _saved_call, _stop_form

FIRST, LATER = "6217001234567890122", "6222021234567890128"   # 13:05 and 13:20 transfers


def _issued(db, officer, clock):
    cid = _saved_call(db, officer, clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    return rid


def _accounts(db, rid):
    return db.execute("SELECT a.number, s.status, s.stopped_cents, s.renewals, s.window_ends_at, s.frozen_until "
                      "FROM stop_accounts s JOIN accounts a ON a.id = s.account_id WHERE s.request_id = ? "
                      "ORDER BY a.number", [rid]).fetchall()


def test_results_in_one_dialog_renewed_once_then_frozen(qtbot, journey_window, db, officer, clock, tmp_path):
    clock.advance(hours=-48, minutes=-30)
    old = _issued(db, officer, clock)            # issued 48.5 hours ago, nobody acted: lapsed
    clock.advance(hours=48, minutes=30)
    rid = _issued(db, officer, clock)
    person = Person(qtbot, pace_s=0.05)

    person.shortcut("Ctrl+4")
    person.wait_until(lambda: journey_window.current_key() == "stoppay")
    page = journey_window.page("stoppay")
    # A lapsed window nobody acted on is a banner above the list (read in the background: a moment later).
    person.wait_until(lambda: page.lapsed.isVisible())
    old_no = db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [old]).fetchone()[0]
    assert old_no in page.lapsed.text()
    row = next(i for i, r in enumerate(page.list_model.rows) if r[0] == rid)
    rect = page.list_view.visualRect(page.list_model.index(row, 0))
    qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    person.wait_until(lambda: page.request_id == rid)
    # Freshest money first, and each transfer's clock (the form was issued at 14:00; transfers 13:05, 13:20).
    assert [a["number"] for a in page.accounts.rows] == [LATER, FIRST]
    clocks = [page.transfers.index(i, 5).data() for i in range(2)]
    assert clocks == ["55 min ago", "40 min ago"] or clocks == ["55 分钟前", "40 分钟前"], clocks
    assert page.transfers.grades == {0: "warm", 1: "warm"}

    # One dialog for the whole request: the later account stopped 15万, the earlier one failed.
    def answer(dialog):
        # The dialog opens with the first account's result in focus (the window manager activates it).
        person.wait_until(lambda: QApplication.focusWidget() is dialog.lines[0][0])
        person.key(Qt.Key.Key_Down)              # no answer yet -> stopped
        person.tab()
        person.type("15万")
        person.tab()                             # to the next account's result (the reason is disabled)
        for _ in range(3):
            person.key(Qt.Key.Key_Down)          # -> failed
        person.tab()                             # the amount is disabled for a failure: to the reason
        person.type("已转出")
        if os.environ.get("HOTLINE_SCREENSHOTS"):
            dialog.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "bank_results_dialog.png"))
        person.key(Qt.Key.Key_Return)

    person.when_dialog(answer)
    person.click(page.result_button)
    person.wait_until(lambda: {a[1] for a in _accounts(db, rid)} == {"stopped", "failed"}, timeout_ms=15_000)
    assert [a[:3] for a in _accounts(db, rid)] == [(FIRST, "failed", 0), (LATER, "stopped", 150_000_00)]

    clock.advance(hours=44)                      # four hours before the window lapses: a reminder
    person.shortcut("Ctrl+1")
    person.shortcut("Ctrl+4")
    person.wait_until(lambda: "Renew" in page.soon.text() or "续" in page.soon.text())
    assert "2 left" in page.renew_button.text() or "2" in page.renew_button.text()
    person.click(page.renew_button)
    person.wait_until(lambda: _accounts(db, rid)[1][3] == 1)
    assert _accounts(db, rid)[1][4] == "2026-11-29 14:00:00", "48 hours more from the end of the window"
    assert _accounts(db, rid)[0][3] == 0, "a failed account is not renewed"

    person.when_dialog(lambda box: box.button(QMessageBox.Yes).click())
    person.click(page.freeze_button)
    person.wait_until(lambda: _accounts(db, rid)[1][1] == "frozen")
    assert _accounts(db, rid)[1][5] == "2027-05-29 10:00:00"
    assert page.freeze_button.isHidden() and page.renew_button.isHidden()
    who = db.execute("SELECT kind, u.username FROM stop_window_events e JOIN users u ON u.id = e.user_id "
                     "ORDER BY e.id").fetchall()
    assert who == [("result", "officer"), ("result", "officer"), ("renewed", "officer"), ("frozen", "officer")]
    assert no_error_boxes() == []
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        journey_window.resize(1366, 768)
        page.order.setCurrentIndex(page.order.findData("stake"))
        person.wait(300)
        journey_window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "stoppay_window.png"))
