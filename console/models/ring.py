"""Screen-pop events from the phone system: one JSON object per line on a loopback socket.

    {"event": "ring", "number": "13800001234", "line": "3", "time": "2026-11-25T14:03:07"}

`event` is ring | answered | hangup; `number` is required for ring; `line` and `time` are optional.
Anything else is refused with a reason (the listener logs it and carries on).
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from datetime import datetime

EVENTS = ("ring", "answered", "hangup")
MAX_LINE = 4096


class RingMessageError(ValueError):
    pass


@dataclass(frozen=True)
class RingEvent:
    event: str
    number: str
    line: str = ""
    time: str = ""


def parse_event(raw: bytes | str) -> RingEvent:
    if isinstance(raw, bytes):
        if len(raw) > MAX_LINE:
            raise RingMessageError("message too long")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RingMessageError("not UTF-8") from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RingMessageError("not JSON") from exc
    if not isinstance(data, dict):
        raise RingMessageError("not a JSON object")
    event = data.get("event")
    if event not in EVENTS:
        raise RingMessageError(f"unknown event {event!r}")
    number = str(data.get("number") or "").strip()
    if event == "ring" and not number:
        raise RingMessageError("ring without a number")
    when = str(data.get("time") or "")
    if when:
        try:
            datetime.fromisoformat(when)
        except ValueError as exc:
            raise RingMessageError("bad time") from exc
    return RingEvent(event, number[:40], str(data.get("line") or "")[:20], when)


def send_event(port: int, event: RingEvent, host: str = "127.0.0.1", timeout: float = 2.0) -> None:
    """What a PBX dial plan calls (through `python -m console.ring`)."""
    payload = {"event": event.event, "number": event.number, "line": event.line,
               "time": event.time or datetime.now().replace(microsecond=0).isoformat()}
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall((json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8"))
