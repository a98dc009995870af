"""Lists that follow other seats without a restart: a colleague's stop-payment request on another PC shows in
this seat's list; the list is not repainted for writes that leave it as it was, and a hidden page catches up
when shown."""

from __future__ import annotations

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.db import connect
from console.models.stoppay import requests as stoppay


def test_a_colleagues_stop_payment_shows_in_this_seats_list(qtbot, main_window, db_path, senior, clock):
    page = main_window.show_page("stoppay")
    before = len(page.list_model.rows)
    colleague = connect(db_path)                        # another PC of the centre
    cid = calls.start_call(colleague, senior, manual_call("13971234567"), clock=clock)
    rid = stoppay.create_request_from_call(colleague, senior, cid, clock=clock)
    colleague.conn.close()
    qtbot.waitUntil(lambda: rid in [r[0] for r in page.list_model.rows], timeout=4000)
    assert len(page.list_model.rows) == before + 1


def test_the_list_is_not_repainted_for_others_writes_elsewhere_and_a_hidden_page_catches_up(
        qtbot, main_window, db_path, senior, clock):
    page = main_window.show_page("stoppay")
    reads = []
    page.live.refresh = lambda: reads.append(1)        # count the rereads the watcher asks for
    colleague = connect(db_path)                        # another PC of the centre
    cid = calls.start_call(colleague, senior, manual_call("13971234567"), clock=clock)   # a call, no request
    qtbot.wait(2600)
    assert reads == [], "another seat wrote, but not to the list: no repaint"
    main_window.show_page("warnings")                  # the stop-payment list is hidden now
    stoppay.create_request_from_call(colleague, senior, cid, clock=clock)
    colleague.conn.close()
    qtbot.wait(2600)
    assert reads == [] and page.live.stale, "a hidden page waits"
    main_window.show_page("stoppay")
    qtbot.waitUntil(lambda: reads == [1], timeout=2000)


def test_the_queues_own_rereads_do_not_wake_its_watcher(qtbot, main_window, officer, db, clock):
    """The warnings queue rereads on a worker's own connection; that must not count as another seat's write
    (a reread asking for the next reread would poll the base for ever)."""
    from tests.models.warnings_data import add_warning

    add_warning(db, officer, clock, minutes_ago=3)
    page = main_window.show_page("warnings")
    real, reads = page.live.refresh, []

    def counted():
        reads.append(1)
        real()

    page.live.refresh = counted
    page.refresh()
    qtbot.wait(1600)
    assert reads == []
