"""The navigator calls each page's own method directly (issue 16.6): every call lands on its page with the
record in hand, and a page of the wrong kind under a key is an error, never a silent nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from console.models.calls.records import start_call
from console.models.calls.source import manual_call
from console.ui.navigator import Navigator
from tests.models.test_stoppay_export import draft_request
from tests.models.warnings_data import add_warning


def test_every_navigator_call_lands_on_its_page(qtbot, main_window, ctx):
    db, officer, clock, nav = ctx.db, ctx.user, ctx.clock, main_window.nav
    call_id = start_call(db, officer, manual_call("13812345678"), clock=clock)
    rid, _ = draft_request(db, officer, clock)
    wid = add_warning(db, officer, clock, minutes_ago=5, phone="13900001111")

    nav.open_warning(wid)
    assert main_window.current_key() == "warnings" and main_window.page("warnings").warning_id == wid

    nav.open_stop_request(rid)
    assert main_window.current_key() == "stoppay" and main_window.page("stoppay").request_id == rid

    nav.search("13812345678")
    lookup = main_window.page("lookup")
    assert main_window.current_key() == "lookup" and lookup.box.text() == "13812345678"

    nav.open_case("phone", "+8613812345678")
    assert main_window.current_key() == "lookup"

    main_window.show_page("call")
    nav.focus_search()
    assert main_window.current_key() == "lookup"
    qtbot.waitUntil(lookup.box.hasFocus, timeout=2000)

    nav.open_call(call_id)
    assert main_window.current_key() == "call" and main_window.page("call").call_id == call_id

    new_rid = nav.create_stop_request_from_call(call_id)
    assert new_rid and main_window.current_key() == "stoppay"
    assert main_window.page("stoppay").request_id == new_rid


def test_a_callback_opens_the_call_page_on_the_warning(qtbot, main_window, ctx):
    wid = add_warning(ctx.db, ctx.user, ctx.clock, minutes_ago=5, phone="13900002222")
    call_id = main_window.nav.start_callback(wid)
    assert call_id is not None and main_window.current_key() == "call"
    assert ctx.db.execute("SELECT warning_id FROM calls WHERE id = ?", [call_id]).fetchone()[0] == wid


def test_a_page_of_the_wrong_kind_is_an_error(qtbot):
    stray = QWidget()
    qtbot.addWidget(stray)
    nav = Navigator(lambda key: stray)
    with pytest.raises(TypeError, match="not a CallPage"):
        nav.open_call(1)


def test_a_page_the_user_may_not_open_is_nothing(qtbot):
    nav = Navigator(lambda key: None)
    assert nav.start_callback(1) is None and nav.create_stop_request_from_call(1) is None
