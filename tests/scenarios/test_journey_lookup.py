"""Journey (e): an officer looks up by phone, by a card's last digits and by a Chinese word, through the
real main window: Ctrl+K, typing, Down into the results, Enter to page on to the last of them.

It would have caught 15.10: a word in 449 calls said "50 records found" and left out the newest call (the
full-text index offered its first 400 hits in no order), the side pane kept the previous person's
timeline, and Down from the box did not reach the results.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.lookup.search import PER_KIND
from tests.journey import Person

MULE = "6217001234567890122"
WORD_CALLS = 449


def _call(db, officer, clock, number, notes, accounts=(), name=""):
    cid = calls.start_call(db, officer, manual_call(number), clock=clock)
    form = calls.empty_form(manual_call(number))
    form["caller"].update(name=name)
    form["notes"] = notes
    form["accounts"] = [{"role": "suspect", "kind": "bank_card", "number": a, "holder": "李强"} for a in accounts]
    calls.save_call(db, officer, cid, form, clock=clock)
    return cid


def current(page):
    """What the highlighted row of the results stands for: (kind, id), ("more", kind), or None for a heading."""
    return page.tree.currentIndex().data(Qt.UserRole)


def test_lookup_by_phone_card_tail_and_word_pages_to_every_result(qtbot, journey_window, db, officer, clock):
    he_min = _call(db, officer, clock, "13800001234", "咨询退款", name="何敏")
    card_call = _call(db, officer, clock, "13900001111", "转账到对方卡上", accounts=[MULE], name="赵刚")
    word_calls = []
    for i in range(WORD_CALLS):           # a month of calls about money laundering, oldest first
        clock.advance(minutes=90)
        word_calls.append(_call(db, officer, clock, f"1370000{i:04d}", f"对方称其涉嫌洗钱，第{i}次来电"))
    newest = word_calls[-1]

    person = Person(qtbot)
    page = journey_window.page("lookup")

    # -- by phone, typed as the caller says it; Down reaches the results, Enter opens the person's case ------
    person.shortcut("Ctrl+K")
    assert person.focus() is page.box
    person.type("138 0000 1234")
    person.wait_until(lambda: page.result_count("person") == 1)
    assert page.result_count("call") == 1
    person.key(Qt.Key.Key_Down)
    assert person.focus() is page.tree
    while (current(page) or ("",))[0] != "person":           # past the calls, to the person found
        person.key(Qt.Key.Key_Down)
    person.key(Qt.Key.Key_Return)
    assert "何敏" in page.case_view.toPlainText()

    # -- by a card's last four digits: a new search clears the side pane ------------------------------------
    person.shortcut("Ctrl+K")
    person.type("0122")
    person.wait_until(lambda: page.result_count("account") == 1 and page.result_count("call") == 1)
    assert page.case_view.toPlainText().strip() == ""              # not He Min's case any more
    assert "0122" in page.model.item(0).child(0).text() or any(
        "0122" in page.model.item(r).child(0).text() for r in range(page.model.rowCount()))
    person.key(Qt.Key.Key_Down)
    while current(page) != ("call", card_call):
        person.key(Qt.Key.Key_Down)

    # -- by a Chinese word found in 449 calls: the count says all of them, the newest first, paged with Enter --
    person.shortcut("Ctrl+K")
    person.type("洗钱")
    person.wait_until(lambda: page.result_count("call") == PER_KIND)
    assert "449" in page.status.text()
    calls_group = page._group("call")
    assert "449" in calls_group.text()
    assert calls_group.child(0).data(Qt.UserRole) == ("call", newest)
    person.key(Qt.Key.Key_Down)                                    # into the results, on the newest call
    assert current(page) == ("call", newest)
    pages = 1
    while page.result_count("call") < WORD_CALLS:
        shown = page.result_count("call")
        person.key(Qt.Key.Key_End)                                 # the last row: "show the next 50…"
        assert current(page) == ("more", "call")
        person.key(Qt.Key.Key_Return)
        person.wait_until(lambda: page.result_count("call") > shown)
        pages += 1
        assert current(page)[0] == "call"    # on the first of the new page
    assert pages == 9
    ids = [calls_group.child(r).data(Qt.UserRole)[1] for r in range(calls_group.rowCount())]
    assert ids == list(reversed(word_calls))                       # every one, newest first, none twice
    assert "449" in page.status.text() and calls_group.text().startswith(page.kind_names["call"])
