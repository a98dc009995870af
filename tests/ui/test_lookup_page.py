"""The lookup page: results as you type, grouped, the case timeline, and Ctrl+K from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.models import calls
from console.models.call_source import manual_call


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
