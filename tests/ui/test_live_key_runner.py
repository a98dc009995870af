"""A live list's check "did what I show change?" reads the list on the page's runner: it was read on the UI
thread every 2 s, shown or hidden (~50 ms a year of stop-payments, issue 18). A hidden page reads nothing and
catches up when shown."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.db import connect
from console.models.stoppay import requests as stoppay
from console.ui.live import LiveRefresh
from console.ui.tasks import TaskRunner


def test_the_key_is_read_on_the_runner_and_not_for_a_hidden_page(qtbot, db, db_path, senior, clock):
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    threads: list[int] = []
    refreshes: list[int] = []

    def key(conn):
        threads.append(threading.get_ident())
        return stoppay.request_list(conn)

    runner = TaskRunner(db_path)
    live = LiveRefresh(page, db, lambda: refreshes.append(1), interval_ms=50, key=key, target=db_path,
                       runner=runner)
    qtbot.waitUntil(lambda: len(threads) == 1)              # the first look, to compare the next ones with
    colleague = connect(db_path)                             # another PC of the centre
    cid = calls.start_call(colleague, senior, manual_call("13971234567"), clock=clock)
    qtbot.waitUntil(lambda: len(threads) == 2)
    qtbot.wait(200)
    assert refreshes == [], "a write elsewhere, the list as it was: no reread"
    stoppay.create_request_from_call(colleague, senior, cid, clock=clock)
    qtbot.waitUntil(lambda: refreshes == [1], timeout=3000)
    assert threading.get_ident() not in threads, "the list was read on the UI thread"

    page.hide()
    read = len(threads)
    cid = calls.start_call(colleague, senior, manual_call("13971234568"), clock=clock)
    stoppay.create_request_from_call(colleague, senior, cid, clock=clock)
    colleague.conn.close()
    qtbot.wait(400)
    assert len(threads) == read and live.stale, "a hidden page reads nothing and waits"
    page.show()
    qtbot.waitUntil(lambda: refreshes == [1, 1], timeout=3000)
    runner.pool.waitForDone(5000)
