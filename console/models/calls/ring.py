"""Screen-pop events from the phone system: one JSON object per line on a loopback socket.

    {"event": "ring", "number": "13800001234", "line": "3", "time": "2026-11-25T14:03:07", "secret": "…"}

`event` is ring | answered | hangup; `number` is required for ring; `line` and `time` are optional;
`secret` is the shared secret from the user-only file `ring-secret` in the console's data folder (the
console creates it, 0600, on its first start; the PBX side and `python -m console.ring` read it). Any
local user can connect to a loopback port, so a message without the right secret is refused, as is any
message that does not match this schema exactly. Refusals carry a reason (the listener logs it and
carries on).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import socket
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.models.core.numbers import phone_e164
from console.models.core.paths import data_dir

log = logging.getLogger(__name__)

EVENTS = ("ring", "answered", "hangup")
MAX_LINE = 4096                 # bytes in one message; a longer line is dropped whole
MAX_NUMBER = 40                 # characters of a phone number as the PBX writes it
MAX_LINE_ID = 8                 # characters of a line (extension) name
MAX_TIME = 32
FIELDS = frozenset({"event", "number", "line", "time", "secret"})
SECRET_FILE = "ring-secret"


class RingMessageError(ValueError):
    pass


class RingSecretError(OSError):
    """The shared secret file is missing or unreadable (the console has not been started yet)."""


@dataclass(frozen=True)
class RingEvent:
    event: str
    number: str
    line: str = ""
    time: str = ""


def ends_call(event: RingEvent, line: str, number: str) -> bool:
    """Whether a hang-up event is the end of the call on this line with this caller (a waiting caller giving
    up on another line is not). The line decides when both sides name one; else the caller's number."""
    if event.event != "hangup":
        return False
    if event.line and line:
        return event.line == line
    if not event.number:
        return True
    return (phone_e164(event.number) or event.number.strip()) == (phone_e164(number) or number.strip())


# -- the shared secret ------------------------------------------------------------------------------
def secret_path() -> Path:
    return data_dir() / SECRET_FILE


def load_or_create_secret(path: Path | None = None) -> str:
    """The shared secret; created (0600, random 256 bits) when missing, made user-only if it was not."""
    path = path or secret_path()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(secrets.token_hex(32) + "\n")
        log.info("screen-pop secret created: %s", path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 and os.name == "posix":
        path.chmod(0o600)
        log.warning("screen-pop secret was readable by others (mode %o); made user-only", mode)
    return read_secret(path)


def read_secret(path: Path | None = None) -> str:
    """The shared secret as the PBX side reads it; RingSecretError if the file is missing or empty."""
    path = path or secret_path()
    try:
        value = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise RingSecretError(f"cannot read the screen-pop secret {path}: {exc}") from exc
    if not value:
        raise RingSecretError(f"the screen-pop secret {path} is empty")
    return value


# -- messages ---------------------------------------------------------------------------------------
def _text(data: dict, key: str, limit: int, *, allow_int: bool = False) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value < 10 ** limit:
            raise RingMessageError(f"{key} out of range")
        return str(value)
    if not isinstance(value, str):
        raise RingMessageError(f"{key} is not a string")
    value = value.strip()
    if len(value) > limit:
        raise RingMessageError(f"{key} too long")
    if any(ch < " " or ch == "\x7f" for ch in value):
        raise RingMessageError(f"{key} has control characters")
    return value


def parse_event(raw: bytes | str, secret: str | None) -> RingEvent:
    """The event in one line, or RingMessageError with the reason. `secret` None accepts any sender
    (only for callers that authenticate otherwise); the console always passes its secret."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_LINE:
        raise RingMessageError("message too long")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RingMessageError("not UTF-8") from exc
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise RingMessageError("not JSON") from exc
    if not isinstance(data, dict):
        raise RingMessageError("not a JSON object")
    if secret is not None:
        given = data.get("secret")
        if not isinstance(given, str) or not hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                                                                 secret.encode("utf-8")):
            raise RingMessageError("wrong or missing secret")
    unknown = set(data) - FIELDS
    if unknown:
        raise RingMessageError("unknown field " + ", ".join(sorted(repr(k)[:20] for k in unknown)[:3]))
    event = data.get("event")
    if not isinstance(event, str) or event not in EVENTS:
        raise RingMessageError(f"unknown event {str(event)[:20]!r}")
    number = _text(data, "number", MAX_NUMBER)
    if event == "ring" and not number:
        raise RingMessageError("ring without a number")
    line = _text(data, "line", MAX_LINE_ID, allow_int=True)
    when = _text(data, "time", MAX_TIME)
    if when:
        try:
            datetime.fromisoformat(when)
        except ValueError as exc:
            raise RingMessageError("bad time") from exc
    return RingEvent(event, number, line, when)


def encode_event(event: RingEvent, secret: str) -> bytes:
    """One message line as the console expects it."""
    payload = {"event": event.event, "number": event.number, "line": event.line,
               "time": event.time or datetime.now().replace(microsecond=0).isoformat(), "secret": secret}
    return (json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8")


def send_event(port: int, event: RingEvent, secret: str | None = None, host: str = "127.0.0.1",
               timeout: float = 2.0) -> None:
    """What a PBX dial plan calls (through `python -m console.ring`); the secret is read from the file."""
    message = encode_event(event, secret if secret is not None else read_secret())
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(message)
