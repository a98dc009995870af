"""A long shift in a few minutes: the real window with a call open takes 10,000 keystrokes into the notes
and the fields, 500 lookups through the lookup box (Ctrl+K), and 20,000 connections to the screen-pop
port from another process meanwhile; then the console still answers: a ring pops the next call.

Python 3.11 with PySide6 6.12 aborted after a few thousand signal emissions (the set-up now requires
3.12); this is the test that would have caught it. HOTLINE_SOAK=full multiplies every count by ten.
"""

from __future__ import annotations

import os
import time

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from console.app import resident_bytes
from console.models.calls.ring import RingEvent, read_secret, send_event
from tests.flood import start_flood
from tests.journey import Person, no_error_boxes

SCALE = 10 if os.environ.get("HOTLINE_SOAK") == "full" else 1
KEYS = 10_000 * SCALE
LOOKUPS = 500 * SCALE
CONNECTIONS = 20_000 * SCALE

NOTE = "对方自称公安局民警 said a safe account, sent 5000 yuan at 14:03; 6222 0212 3456 7890 123\n"
FIELDS = ["何敏", "420902199003074518", "13800001234"]
QUERIES = ["13800001234", "+86 138-0000-1234", "7890", "何敏", "安全账户", "ZF20261125", "420902199003074518",
           "刷单", "x", "6222021234567890123", "民警 转账", "0712-2345678"]


pytestmark = pytest.mark.sqlite_only("measures a long shift's stalls, memory and descriptors: one engine's figures are the point, and it runs long")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


class Soak(Person):
    """A person at full speed: no pause between keys, only the event loop run once after each."""

    def wait(self, ms: int | None = None) -> None:
        if ms is None:
            QCoreApplication.processEvents()
        else:
            super().wait(ms)


@pytest.mark.slow
def test_a_long_shift_leaves_the_console_answering(qtbot, journey_window, db):
    window = journey_window
    person = Soak(qtbot, pace_s=0.0)
    figures: dict[str, float] = {}
    fds_before, rss_before = open_fds(), resident_bytes()
    call_page = window.page("call")
    port = call_page.listener.port()
    junk = [b'{"event": "ring", "number": "13900000000"}\n', b"\x00" * 64, b"", b"y" * 10_000,
            b'{"event": "ring", "number": {"a": 1}, "secret": "guess"}\n']
    ticks: list[float] = []
    ticker = QTimer(window, interval=50)          # the UI thread's pulse: its longest pause is reported
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    flood = start_flood(port, CONNECTIONS, junk)
    started = time.perf_counter()

    # A call, typed in by hand.
    person.shortcut("Ctrl+N")
    person.type("13800001234\n")
    person.wait_until(lambda: call_page.call_id is not None)
    call_id = call_page.call_id

    # Notes and fields until KEYS keys are pressed.
    rounds = 0
    while person.keys < KEYS:
        person.shortcut("Alt+N")
        assert isinstance(person.focus(), QPlainTextEdit)
        person.type(NOTE)
        rounds += 1
        if rounds % 5 == 0:
            for field in (call_page.form.fields[k] for k in ("caller.name", "caller.id_number", "caller.phone")):
                qtbot.mouseClick(field, Qt.MouseButton.LeftButton)      # a click into the field
                person.mouse += 1
                assert person.focus() is field
                person.key(Qt.Key.Key_End)
                person.type(FIELDS[rounds // 5 % 3])
    figures["keys"] = person.keys
    figures["typing_s"] = time.perf_counter() - started

    # Lookups through the one box.
    lookup_started = time.perf_counter()
    shown = [0]
    for n in range(LOOKUPS):
        person.shortcut("Ctrl+K")
        if n == 0:
            lookup = window.page("lookup")
            lookup.model.modelReset.connect(lambda: shown.__setitem__(0, shown[0] + 1))
        before = shown[0]
        person.type(QUERIES[n % len(QUERIES)] + ("" if n % 3 else str(n)))
        person.wait_until(lambda: shown[0] > before, timeout_ms=10_000)
    figures["lookups"] = LOOKUPS
    figures["lookup_s"] = time.perf_counter() - lookup_started

    # The flood ends; nothing of it is left open.
    person.wait_until(lambda: flood.poll() is not None, timeout_ms=600_000)
    person.wait_until(lambda: call_page.listener.open_connections() == 0, timeout_ms=10_000)
    figures["connections"] = CONNECTIONS
    figures["refused_messages"] = call_page.listener.rejected
    figures["refused_connections"] = call_page.listener.refused
    figures["total_s"] = time.perf_counter() - started
    ticker.stop()
    figures["longest_ui_pause_s"] = max(b - a for a, b in zip(ticks, ticks[1:]))
    qtbot.wait(200)
    figures["fds_before"], figures["fds_after"] = fds_before, open_fds()
    figures["rss_mb_before"], figures["rss_mb_after"] = rss_before / 1e6, resident_bytes() / 1e6
    print("soak figures:", {k: round(v, 1) if isinstance(v, float) else v for k, v in figures.items()})
    assert figures["fds_after"] <= fds_before + 8, figures
    assert not no_error_boxes()
    assert figures["longest_ui_pause_s"] < 2.0, figures

    # What was typed is saved; the next ring pops the next call.
    person.shortcut("Ctrl+1")
    person.when_dialog(lambda dialog: person.click(dialog.later))     # hang-up asks for the outcome
    person.shortcut("Ctrl+E")
    person.wait_until(lambda: call_page.call_id is None)
    notes = db.execute("SELECT notes FROM calls WHERE id = ?", [call_id]).fetchone()[0]
    assert notes.count("对方自称公安局民警") == rounds
    send_event(port, RingEvent("ring", "13900001111", "5"), read_secret())
    person.wait_until(lambda: call_page.call_id not in (None, call_id), timeout_ms=10_000)
    assert "139 0000 1111" in call_page.header.number.text()
