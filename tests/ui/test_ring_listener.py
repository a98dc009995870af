"""The screen-pop port under abuse: strangers, over-long lines, idle and piled-up connections, floods."""

from __future__ import annotations

import json
import os
import socket
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from console.models.calls.ring import RingEvent, encode_event
from console.ui.calls import ring_listener
from console.ui.calls.ring_listener import MAX_CONNECTIONS, RingListener
from tests.flood import start_flood

SECRET = "listener-test-secret"


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def listener(qtbot):
    got: list[RingEvent] = []
    lst = RingListener(secret=SECRET)
    lst.eventReceived.connect(got.append)
    assert lst.listen(0)
    lst.got = got
    yield lst
    lst.close()


def send(port: int, data: bytes) -> None:
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(data)


def ring(number: str = "13800001234", secret: str = SECRET) -> bytes:
    return encode_event(RingEvent("ring", number, "3"), secret)


def test_only_the_secret_holder_pops_a_call(qtbot, listener):
    send(listener.port(), ring(secret="not-the-secret") + b'{"event": "ring", "number": {"a": 1}}\n')
    qtbot.waitUntil(lambda: listener.rejected == 2)
    send(listener.port(), ring())
    qtbot.waitUntil(lambda: len(listener.got) == 1)
    assert listener.got == [RingEvent("ring", "13800001234", "3", listener.got[0].time)]


def test_an_over_long_line_is_dropped_whole(qtbot, listener):
    # Before: the tail after the first 4 KiB was parsed as a message of its own and popped a call.
    tail = ring("13900000000")
    with socket.create_connection(("127.0.0.1", listener.port())) as s:
        s.sendall(b"x" * 5000)                # more than a message may hold, and no end yet
        qtbot.wait(100)
        s.sendall(tail)                       # the same line goes on: its end looks like a message
        qtbot.wait(100)
        s.sendall(b"y" * 5000 + tail)         # over-long in one piece: dropped too
        s.sendall(ring())
    qtbot.waitUntil(lambda: len(listener.got) == 1)
    qtbot.wait(100)
    assert [e.number for e in listener.got] == ["13800001234"]
    assert listener.rejected == 2             # one refusal for each over-long line


def test_idle_connections_are_closed(qtbot, listener, monkeypatch):
    monkeypatch.setattr(ring_listener, "IDLE_MS", 400)
    slow = RingListener(secret=SECRET)
    assert slow.listen(0)
    clients = [socket.create_connection(("127.0.0.1", slow.port())) for _ in range(5)]
    qtbot.waitUntil(lambda: slow.open_connections() == 5)
    clients[0].sendall(b'{"event": "ri')        # a trickle without an end counts as idle too
    qtbot.waitUntil(lambda: slow.open_connections() == 0, timeout=3000)
    for c in clients:
        c.settimeout(2)
        assert c.recv(10) == b""                 # the console hung up
        c.close()
    slow.close()


def test_connections_beyond_the_limit_are_refused_and_the_port_still_answers(qtbot, listener):
    # Before: 1,000 half-open connections were all held, for ever.
    clients: list[socket.socket] = []
    opener = threading.Thread(target=lambda: clients.extend(
        socket.create_connection(("127.0.0.1", listener.port()), timeout=10) for _ in range(3 * MAX_CONNECTIONS)))
    opener.start()                     # the event loop must run while they connect, as in the console
    qtbot.waitUntil(lambda: not opener.is_alive(), timeout=20_000)
    qtbot.waitUntil(lambda: listener.refused == 2 * MAX_CONNECTIONS, timeout=5000)
    assert listener.open_connections() == MAX_CONNECTIONS
    for c in clients:
        c.close()
    qtbot.waitUntil(lambda: listener.open_connections() == 0, timeout=5000)
    send(listener.port(), ring())
    qtbot.waitUntil(lambda: len(listener.got) == 1)


def test_a_flood_leaks_no_descriptor_and_keeps_the_ui_ticking(qtbot, listener):
    # Before: 19,000 connections left 19,011 descriptors open.
    n = int(os.environ.get("HOTLINE_RING_FLOOD", "600"))
    ticks: list[float] = []
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    qtbot.wait(50)
    before = open_fds()
    junk = [b'{"event": "ring", "number": "1"}\n', b"\x00\xff" * 10, b"", ring(secret="guess"), b"z" * 9000]
    ticker.start()
    flood = start_flood(listener.port(), n, junk)
    qtbot.waitUntil(lambda: flood.poll() is not None, timeout=300_000)
    qtbot.waitUntil(lambda: listener.open_connections() == 0, timeout=10_000)
    ticker.stop()
    qtbot.wait(100)
    after = open_fds()
    assert after <= before + 2, (before, after)
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert gaps and max(gaps) < 1.0, max(gaps)       # the UI thread kept its timers running
    assert listener.rejected > 0 and listener.got == []
    send(listener.port(), ring())
    qtbot.waitUntil(lambda: len(listener.got) == 1)
