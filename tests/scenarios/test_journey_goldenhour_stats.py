"""Journey (issue 21): a supervisor opens the statistics (Ctrl+6) and reads the golden-hour figures of the
month: first transfer to issue, issue to the bank's answer, money stopped within 1/6/48 hours, renewals,
lapses and the ladder's steps."""

from __future__ import annotations

import os

from console.models.stoppay import window as stop_window
from console.models.stoppay import requests as stoppay
from console.models.stoppay.window import BankResult
from console.models.warnings import ladder
from tests.journey import Person, no_error_boxes
from tests.models.test_integrity_atomic import _saved_call, _stop_form
from tests.models.warnings_data import add_warning


def test_statistics_show_the_golden_hour(qtbot, ctx, db, officer, supervisor, clock):
    from console.ui.main_window import MainWindow

    cid = _saved_call(db, officer, clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    a, b = [r[0] for r in db.execute("SELECT id FROM stop_accounts WHERE request_id = ? ORDER BY id", [rid])]
    clock.advance(minutes=30)
    stop_window.record_results(db, officer, [BankResult(a, "stopped", 200_000_00),
                                             BankResult(b, "failed", reason="已转出")], clock=clock)
    stop_window.renew(db, officer, rid, clock=clock)
    wid = add_warning(db, officer, clock, minutes_ago=1)
    ladder.start(db, officer, wid, clock=clock)
    ladder.record(db, officer, wid, ladder.BUSY, clock=clock)

    ctx.user = supervisor
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+6")
    page = window.page("stats")
    person.wait_until(lambda: page.report is not None, timeout_ms=15_000)       # this year, computed on opening
    person.wait_until(lambda: "55" in page.golden_hour.text())
    text = page.golden_hour.text()
    assert "55" in text and "30" in text, text                   # 55 min to issue, 30 min to the answer
    assert "57%" in text, text                                   # 20万 of 35万 stopped within 6 and 48 h
    assert ("Renewals: 1" in text) or ("续止付：1" in text), text
    assert "busy 1" in text or "占线 1" in text, text
    assert no_error_boxes() == []
    window.runner.pool.waitForDone(10_000)
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "stats_golden_hour.png"))
