"""Journeys through the background runner: an officer who types a second lookup before the first is done
sees only the second's answer; a lookup that meets a damaged file says so in plain words; and three
hundred lookups typed in a row leave no connection open behind them.

Before the runner owned the connections, the damaged file's lookup put SQLite's own text ("database disk
image is malformed") in the status line.
"""

from __future__ import annotations

import pytest

import gc
import logging
import os
import sqlite3
import threading

from PySide6.QtCore import QCoreApplication

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.errors import Trouble, message
from console.ui.lookup.page import DEBOUNCE_MS
from tests.journey import Person, no_error_boxes

QUERIES = ["13800001234", "420902199003074518", "0122", "赵刚", "+86 139-0000-1111", "转账", "x",
           "6217001234567890122", "咨询退款", "何敏"]


def _call(db, officer, clock, number, notes, name, accounts=()):
    cid = calls.start_call(db, officer, manual_call(number), clock=clock)
    form = calls.empty_form(manual_call(number))
    form["caller"].update(name=name)
    form["notes"] = notes
    form["accounts"] = [{"role": "suspect", "kind": "bank_card", "number": a, "holder": "李强"} for a in accounts]
    calls.save_call(db, officer, cid, form, clock=clock)
    return cid


def _two_callers(db, officer, clock):
    _call(db, officer, clock, "13800001234", "咨询退款", "何敏")
    _call(db, officer, clock, "13900001111", "转账到对方卡上", "赵刚", accounts=["6217001234567890122"])


def _shown_rows(page) -> list[str]:
    """Every record row the results ever showed, in order (kept by the test as the rows arrive)."""
    seen: list[str] = []

    def inserted(parent, first, last):
        if parent.isValid():
            group = page.model.itemFromIndex(parent)
            seen.extend(group.child(r).text() for r in range(first, last + 1))

    page.model.rowsInserted.connect(inserted)
    return seen


def fd_targets() -> list[str]:
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            out.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            pass
    return sorted(out)


def open_connections() -> int:
    """SQLite connections of this process still open."""
    count = 0
    for obj in gc.get_objects():
        if isinstance(obj, sqlite3.Connection):
            try:
                obj.total_changes
            except sqlite3.ProgrammingError:
                continue
            count += 1
    return count


def test_a_second_lookup_typed_before_the_first_is_done_shows_only_its_own_answer(
        qtbot, journey_window, db, officer, clock):
    _two_callers(db, officer, clock)
    window, person = journey_window, Person(qtbot)
    runner = window.runner
    person.shortcut("Ctrl+K")
    page = window.page("lookup")
    assert person.focus() is page.box
    shown = _shown_rows(page)

    # Both workers are busy with other work (an import, a report): the first lookup has to wait its turn.
    qtbot.waitUntil(lambda: runner.in_flight() == 0, timeout=10_000)
    gate = threading.Event()
    for _ in range(runner.pool.maxThreadCount()):
        runner.start(lambda progress: gate.wait(30))
    person.type("何敏")
    person.wait(DEBOUNCE_MS + 100)
    assert page.status.text() == QCoreApplication.translate("LookupPage", "Searching…")
    waiting = runner.in_flight()

    person.shortcut("Ctrl+K")                                  # the box's text selected: typing replaces it
    person.type("赵刚")
    person.wait(DEBOUNCE_MS + 100)
    assert runner.in_flight() >= waiting + 1                   # the second is queued behind the first
    gate.set()
    person.wait_until(lambda: runner.in_flight() == 0)
    person.wait_until(lambda: page.result_count("person") == 1)

    assert any("赵刚" in row for row in shown)
    assert not any("何敏" in row for row in shown), shown      # the first lookup's answer never appeared
    assert page.box.text() == "赵刚"
    assert not no_error_boxes()


@pytest.mark.sqlite_only('damages the SQLite file under the seat')
def test_a_lookup_meeting_a_damaged_file_says_so_plainly(qtbot, journey_window, db, db_path, officer, clock):
    _two_callers(db, officer, clock)
    window, person = journey_window, Person(qtbot)
    person.shortcut("Ctrl+K")
    page = window.page("lookup")
    qtbot.waitUntil(lambda: window.runner.in_flight() == 0, timeout=10_000)

    # The disk spoils the page of the people table (the window's own connection keeps its good copy).
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    with open(db_path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff\x00garbage" * (size // 9))

    person.type("何敏")
    searching = QCoreApplication.translate("LookupPage", "Searching…")
    person.wait_until(lambda: page.status.text() not in ("", searching))
    text = page.status.text()
    assert text == message(Trouble.DAMAGED)
    for raw in ("malformed", "sqlite", "SQLITE", "Error", "disk image"):
        assert raw not in text
    assert not no_error_boxes()
    assert window.isVisible()


def test_three_hundred_lookups_typed_in_a_row_leave_no_connection_open(qtbot, journey_window, db, officer, clock,
                                                                       caplog):
    _two_callers(db, officer, clock)
    window = journey_window
    person = Person(qtbot, pace_s=0.001)            # a person typing as fast as keys go
    person.shortcut("Ctrl+K")
    page = window.page("lookup")
    runner = window.runner
    person.wait_until(lambda: runner.in_flight() == 0)
    gc.collect()
    fds_before, connections_before = len(os.listdir("/proc/self/fd")), open_connections()

    caplog.set_level(logging.DEBUG, logger="console.ui.tasks")
    gate = threading.Event()
    for n in range(300):
        if n == 100:        # for the middle hundred both workers are busy (an import, a report): lookups queue
            for _ in range(runner.pool.maxThreadCount()):
                runner.start(lambda progress: gate.wait(60))
        if n == 200:
            gate.set()
        person.shortcut("Ctrl+K")
        person.type(QUERIES[n % len(QUERIES)])
        person.wait(DEBOUNCE_MS + 30)               # the search starts; the next one is typed straight away

    last = QUERIES[299 % len(QUERIES)]
    person.wait_until(lambda: runner.in_flight() == 0, timeout_ms=60_000)
    person.wait_until(lambda: page.status.text() != QCoreApplication.translate("LookupPage", "Searching…"))
    gc.collect()
    fds_after, connections_after = len(os.listdir("/proc/self/fd")), open_connections()
    cancelled = sum(r.getMessage() == "background job cancelled" for r in caplog.records)
    print(f"lookup soak: fds {fds_before} -> {fds_after}, open connections {connections_before} -> "
          f"{connections_after}, lookups cancelled by the next one {cancelled}")
    assert cancelled >= 50                 # the queued ones, each cancelled by the next, never ran (99 here)
    assert connections_after == connections_before
    # SQLite keeps the descriptor of a closed connection for the next one to the same file while another
    # connection holds a lock on it (closing it would drop that lock: POSIX locks belong to the file),
    # so up to one a worker may stay; a leak would be one for each of the 300 lookups.
    assert fds_after <= fds_before + runner.pool.maxThreadCount(), "\n".join(fd_targets())
    assert page.box.text() == last
    assert page.result_count("person") == 1                   # the last lookup's answer is on screen
    assert not no_error_boxes()
    assert window.isVisible()
