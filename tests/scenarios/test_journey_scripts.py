"""Journey (d): a senior edits a script, another senior reviews and publishes it, and an officer reads it on a
call: three real main windows, one after another on the same database, each driven by keys and buttons.

It would have caught 15.17 (nothing told the second senior that a review was waiting; the review showed raw
unified-diff text) and 15.12 (the editor showed the fraud types as codes such as police_impersonation).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from console.models.core.users import Role, insert_user
from tests.journey import Person

ADDED = "民警不会通过电话办案，请立即挂断。"


def open_window(qtbot, ctx, user):
    """The console as it starts for this user (the journey_window fixture's recipe, for any user)."""
    from console.ui.main_window import MainWindow

    ctx.settings.set("ring_port", 0)
    window = MainWindow(replace(ctx, user=user))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def close_window(qtbot, window) -> None:
    window.runner.pool.waitForDone(10_000)
    window.close()
    qtbot.wait(50)


def click_into(person: Person, widget) -> None:
    person.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    person.mouse += 1
    person.wait()


def click_tab(person: Person, tabs, title_start: str) -> None:
    """A click on the tab whose title starts so."""
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).startswith(title_start))
    person.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    person.mouse += 1
    person.wait()
    assert tabs.currentIndex() == index


def test_senior_edits_another_publishes_officer_reads_it_on_a_call(qtbot, ctx, db, senior, officer, clock):
    second = insert_user(db, "senior2", "Second Senior", Role.SENIOR, "senior2-pass-123")
    person = Person(qtbot)

    # -- the first senior finds the police-impersonation script by its pinyin initials and adds a line ---------
    window = open_window(qtbot, ctx, senior)
    person.shortcut("Ctrl+3")
    page = window.page("scripts")
    assert not page.review_notice.isVisible()                       # nothing waits for anyone yet
    click_into(person, page.search_box)
    person.type("mcgjf")
    person.wait_until(lambda: page.results.count() > 0)
    person.key(Qt.Key.Key_Down)                                    # from the box into the scripts found
    assert person.focus() is page.results
    person.key(Qt.Key.Key_Return)
    script_id = page.script_id
    assert script_id is not None
    title = db.execute("SELECT title FROM scripts WHERE id = ?", [script_id]).fetchone()[0]

    click_tab(person, page.tabs, "编辑" if page.tabs.tabText(1) == "编辑" else "Edit")
    ticked = [page.edit_types.item(i).text() for i in range(page.edit_types.count())
              if page.edit_types.item(i).checkState() == Qt.Checked]
    assert "冒充公检法" in ticked and "police_impersonation" not in ticked        # names, not codes (15.12)
    click_into(person, page.edit_body)
    person.key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    person.key(Qt.Key.Key_Return)
    person.type(ADDED)
    person.click(page.findChild(type(page.review_notice), "submitScript"))
    row = db.execute("SELECT status, author_id, body FROM script_versions WHERE script_id = ? ORDER BY version DESC "
                     "LIMIT 1", [script_id]).fetchone()
    assert row[0] == "review" and row[1] == senior.id and row[2].endswith(ADDED)
    assert not page.review_notice.isVisible()                       # one's own script waits for another senior
    close_window(qtbot, window)

    # -- the second senior is told a review waits, reads the change side by side and publishes it -------------
    window = open_window(qtbot, ctx, second)
    person.shortcut("Ctrl+3")
    page = window.page("scripts")
    assert page.review_notice.isVisible() and "1" in page.review_notice.text()        # 15.17: told at once
    assert "(1)" in page.tabs.tabText(page.tabs.indexOf(page.review_tab))
    person.click(page.review_notice)
    assert page.tabs.currentWidget() is page.review_tab and page.review_list.currentItem() is not None
    assert title in page.review_list.currentItem().text()
    shown = page.review_view.toHtml()
    assert ADDED in page.review_view.toPlainText() and "@@" not in page.review_view.toPlainText()
    assert "#c8e6c9" in shown                                       # the added words marked in green
    person.click(page.findChild(type(page.review_notice), "approveScript"))
    assert db.execute("SELECT status, reviewer_id FROM script_versions WHERE script_id = ? ORDER BY version DESC "
                      "LIMIT 1", [script_id]).fetchone() == ("published", second.id)
    assert not page.review_notice.isVisible()
    close_window(qtbot, window)

    # -- the officer takes a call; the notes name the fraud; the published words are on the panel -------------
    window = open_window(qtbot, ctx, officer)
    person.shortcut("Ctrl+N")
    person.type("13800001234\n")
    call = window.page("call")
    person.wait_until(lambda: call.call_id is not None)
    person.shortcut("Alt+N")
    person.type("对方自称公安局民警，说我涉嫌洗钱")
    person.wait_until(lambda: call.form.suggestion.isVisible())
    person.click(call.form.suggestion)
    person.wait_until(lambda: ADDED in call.side.scripts.toPlainText())
    close_window(qtbot, window)
