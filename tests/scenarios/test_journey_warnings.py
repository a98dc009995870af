"""Journey (b): an officer works the warning queue through the real main window, keys and buttons only.

The platform's list is imported through the page's import button and its dialog; the officer filters by
phone, takes (Ctrl+T), calls back (Ctrl+Shift+C), records an outcome (登记结果…), sends one warning to a
station and records its feedback (派出所反馈…), and handles a warning again when it comes back for its second
round. Then the saved records are checked.

It would have caught 15.2 (both 登记结果… and 派出所反馈… raised the unexpected-error dialog: the button's
clicked(bool) landed in the slot's dialog parameter) and 15.3 (after filtering by phone, the detail panel
and Ctrl+T still acted on the warning selected before, now hidden).
"""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from console.models.stations.dispatches import dispatches_for
from console.models.warnings.records import get_warning
from tests.journey import Person, no_error_boxes

HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "区县", "涉诈号码", "涉诈APP"]
ROWS = [
    ["B001", "13800001234", "2026-11-25 13:50:00", "红色", "冒充公检法", "张三", "孝南区", "+44 20 7946 0000", ""],
    ["B002", "139-0000-5678", "2026-11-25 13:40:00", "橙色", "刷单返利", "李四", "汉川", "", "某某任务"],
    ["B003", "12345", "2026-11-25 13:00:00", "red", "", "", "", "", ""],                       # bad phone
    ["B004", "137 0000 1111", "2026-11-25 13:30:00", "黄色", "网络贷款", "王五", "云梦县", "", ""],
]


def click_into(person: Person, widget) -> None:
    """A click into a field, as a person puts the cursor there before typing (a click on a window that is
    not the active one activates it first, as a window manager does)."""
    reactivate(person, widget.window())
    person.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    person.mouse += 1
    person.wait()


def reactivate(person: Person, window) -> None:
    """The window a closed dialog leaves gets the keys back: a window manager does this, offscreen does not."""
    if not window.isActiveWindow():
        window.activateWindow()
        person.wait_until(window.isActiveWindow)


def choose_file(person: Person, chooser, path) -> None:
    """The path pasted into the file chooser's name field, then Enter (after closing the completer's list
    of matching names, as a person does when it covers the field)."""
    QApplication.clipboard().setText(str(path))
    # The person looks at the chooser until its name field has the cursor (on a loaded machine the dialog
    # is shown a moment before it takes the keyboard; a paste before that lands on the button behind it).
    person.wait_until(lambda: chooser.isAncestorOf(QApplication.focusWidget()))
    person.shortcut("Ctrl+V")
    popup = chooser.findChild(QLineEdit, "fileNameEdit").completer().popup()
    for _ in range(5):
        person.wait(300)
        if popup.isVisible():
            person.key(Qt.Key.Key_Escape)
        person.key(Qt.Key.Key_Return)
        if not chooser.isVisible():
            return


def choose_view(person: Person, page, view: str) -> None:
    """From the phone filter back to the view list (Shift+Tab) and along it with the arrow keys."""
    from console.ui.warnings.page import VIEWS

    click_into(person, page.phone)
    person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    while person.focus() is not page.view:
        person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    steps = VIEWS.index(view) - VIEWS.index(page.view.currentData())
    for _ in range(abs(steps)):
        person.key(Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert page.view.currentData() == view


def warning_id(db, phone_e164: str) -> int:
    return db.execute("SELECT id FROM warnings WHERE phone_e164 = ?", [phone_e164]).fetchone()[0]


# The file chooser's completer pops up under the typed path; offscreen cannot grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_officer_imports_filters_takes_calls_back_closes_and_reviews(qtbot, journey_window, db, officer, clock,
                                                                     tmp_path):
    person = Person(qtbot)
    path = tmp_path / "预警清单.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(ROWS)

    person.shortcut("Ctrl+2")
    page = journey_window.page("warnings")
    assert journey_window.current_key() == "warnings"

    # -- import through the page's button and its dialog ------------------------------------------
    person.click(page.import_button)
    dialog = page._import
    person.when_dialog(lambda chooser: choose_file(person, chooser, path))
    person.click(dialog.findChild(QPushButton, "importChoose"))
    person.wait_until(lambda: dialog.start_button.isEnabled())
    person.click(dialog.start_button)
    person.wait_until(lambda: dialog.result is not None, 10_000)
    assert (dialog.result.ok, dialog.result.bad) == (3, 1)
    assert dialog.rejects.rowCount() == 1 and dialog.rejects.item(0, 0).text() == "4"
    person.click(dialog.close_button)
    zhang, li, wang = (warning_id(db, p) for p in ("+8613800001234", "+8613900005678", "+8613700001111"))
    # The officer waits to see the first warning's detail (read in the background after the queue).
    person.wait_until(lambda: page.model.rowCount() == 3 and page.warning_id == zhang)
    assert page.model.rows[0].id == zhang                       # the red one is due first, and selected
    assert "张三" in page.detail.toPlainText()

    # -- filter by phone: the selection, the panel and Ctrl+T follow what is on screen (15.3) -------
    click_into(person, page.phone)
    person.type("139 0000 5678")
    person.wait_until(lambda: page.model.rowCount() == 1 and page.warning_id == li)
    assert "李四" in page.detail.toPlainText()
    person.shortcut("Ctrl+T")
    assert get_warning(db, li).holder_id == officer.id
    assert get_warning(db, zhang).holder_id is None              # not the warning hidden by the filter

    # -- call back: the live call panel opens on an outgoing call for this warning ------------------
    person.shortcut("Ctrl+Shift+C")
    assert journey_window.current_key() == "call"
    assert db.execute("SELECT direction, call_type FROM calls WHERE warning_id = ?", [li]).fetchone() == \
        ("out", "warning_callback")
    person.shortcut("Ctrl+2")
    person.wait_until(lambda: page.warning_id == li and page.buttons["outcome"].isEnabled())

    # -- 登记结果…: dissuaded, 12,000 yuan saved (15.2) -------------------------------------------------
    def dissuaded(outcome_dialog):
        person.tab()                     # from the outcome choice (dissuaded is first) to the loss saved
        person.type("12000\n")

    person.when_dialog(dissuaded)
    person.click(page.buttons["outcome"])
    w = get_warning(db, li)
    assert (w.status, w.outcome, w.loss_saved_cents, w.holder_id) == ("closed", "dissuaded", 12_000_00, officer.id)

    # -- station dispatch and 派出所反馈… for Zhang San ----------------------------------------------------
    click_into(person, page.phone)
    person.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type("13800001234")
    person.wait_until(lambda: page.warning_id == zhang)
    assert "张三" in page.detail.toPlainText()

    def to_station(dispatch_dialog):
        person.type("书院\n")            # the station list filters as the name is typed

    person.when_dialog(to_station)
    person.click(page.buttons["dispatch"])
    assert get_warning(db, zhang).status == "dispatched"
    person.wait_until(lambda: page.warning_id is None)           # gone from "to handle": nothing acts on it
    assert not any(b.isEnabled() for k, b in page.buttons.items() if k != "note")
    choose_view(person, page, "stations")                         # 在派出所: where it is now
    person.wait_until(lambda: page.warning_id == zhang and page.buttons["feedback"].isEnabled())

    def visited_and_dissuaded(feedback_dialog):
        person.key(Qt.Key.Key_Space)     # visited the person
        person.tab()
        person.key(Qt.Key.Key_Space)     # dissuaded
        person.key(Qt.Key.Key_Return)

    person.when_dialog(visited_and_dissuaded)
    person.click(page.buttons["feedback"])
    (d,) = dispatches_for(db, zhang)
    assert "书院" in d.station_name and (d.visited, d.dissuaded, d.status) == (1, 1, "done")
    assert get_warning(db, zhang).status == "closed"

    # -- not reached, then back for its second round -------------------------------------------------
    choose_view(person, page, "to_act")
    click_into(person, page.phone)
    person.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type("13700001111")
    person.wait_until(lambda: page.warning_id == wang)

    def not_reached(outcome_dialog):
        person.key(Qt.Key.Key_Down)      # from dissuaded to "not reached: try again later"
        person.key(Qt.Key.Key_Return)    # the retry time offered is the centre's review interval

    person.when_dialog(not_reached)
    person.click(page.buttons["outcome"])
    assert get_warning(db, wang).status == "waiting"

    # The button goes off once the warning's detail is read again: the keys stay on the page.
    person.wait_until(lambda: journey_window.focusWidget() is page.table)
    reactivate(person, journey_window)
    clock.advance(minutes=page.review_after_minutes + 1)
    person.shortcut("Ctrl+5")
    person.shortcut("Ctrl+2")            # the queue brings back what is due for review when shown
    person.wait_until(lambda: get_warning(db, wang).status == "review" and page.warning_id == wang
                      and page.buttons["outcome"].isEnabled())
    assert get_warning(db, wang).review_round == 1

    person.when_dialog(dissuaded)
    person.click(page.buttons["outcome"])
    w = get_warning(db, wang)
    assert (w.status, w.outcome, w.review_round, w.loss_saved_cents) == ("closed", "dissuaded", 1, 12_000_00)

    audit = [r[0] for r in db.execute("SELECT DISTINCT user_id FROM audit_log WHERE table_name = 'warnings'")]
    assert audit == [officer.id]
    assert no_error_boxes() == []
