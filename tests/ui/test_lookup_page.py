"""The lookup page: results as you type, grouped, the case timeline, and Ctrl+K from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.models.calls import records as calls
from console.models.calls.source import manual_call


def test_type_to_find_and_open_the_case(qtbot, main_window, db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    form["caller"]["name"] = "何敏"
    form["notes"] = "对方称其涉嫌洗钱"
    calls.save_call(db, officer, cid, form, clock=clock)

    qtbot.keyClick(main_window, Qt.Key_K, Qt.ControlModifier)
    page = main_window.page("lookup")
    assert main_window.current_key() == "lookup" and page.box.hasFocus()
    qtbot.keyClicks(page.box, "138 0000 1234")
    qtbot.waitUntil(lambda: page.result_count("call") == 1, timeout=2000)
    assert page.result_count("person") == 1

    page.search("洗钱")
    assert page.result_count("call") == 1
    page.fraud.setCurrentIndex(page.fraud.findData("loan"))
    page._run_search()
    assert page.result_count("call") == 0

    pid = db.execute("SELECT caller_person_id FROM calls WHERE id = ?", [cid]).fetchone()[0]
    page.show_case("person", pid)
    assert "何敏" in page.case_view.toPlainText() and "涉嫌洗钱" in page.case_view.toPlainText()


def test_counts_every_match_pages_the_rest_and_filters_the_count(qtbot, main_window, db, officer, clock):
    from console.models.lookup.search import PER_KIND

    ids = []
    for i in range(PER_KIND + 10):
        clock.advance(minutes=10)
        cid = calls.start_call(db, officer, manual_call(f"1370000{i:04d}"), clock=clock)
        form = calls.empty_form(manual_call(f"1370000{i:04d}"))
        form["notes"] = "对方称其涉嫌洗钱"
        form["fraud_type"] = "loan" if i % 2 else "police_impersonation"
        calls.save_call(db, officer, cid, form, clock=clock)
        ids.append(cid)

    page = main_window.show_page("lookup")
    page.search("洗钱")
    assert page.result_count("call") == PER_KIND and str(PER_KIND + 10) in page.status.text()
    group = page._group("call")
    assert group.child(0).data(Qt.UserRole) == ("call", ids[-1])                    # newest first
    more = group.child(group.rowCount() - 1)
    assert more.data(Qt.UserRole) == ("more", "call")
    page._open_hit(more.index())
    assert page.result_count("call") == PER_KIND + 10
    assert group.child(group.rowCount() - 1).data(Qt.UserRole) == ("call", ids[0])     # the oldest last, no more row

    page.fraud.setCurrentIndex(page.fraud.findData("loan"))
    page._run_search()
    assert page.result_count("call") == (PER_KIND + 10) // 2 and str((PER_KIND + 10) // 2) in page.status.text()
