"""Screen-pop messages: only the shared secret's holder is heard, and only in the documented shape."""

from __future__ import annotations

import json
import os
import stat

import pytest

from console.models.calls.ring import (MAX_LINE, RingEvent, RingMessageError, encode_event, load_or_create_secret,
                                 parse_event, read_secret, secret_path)

SECRET = "s3cret-for-tests"


def msg(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_the_secret_file_is_created_user_only_once_and_reread(private_home):
    first = load_or_create_secret()
    assert len(first) == 64
    assert stat.S_IMODE(secret_path().stat().st_mode) == 0o600
    assert load_or_create_secret() == first == read_secret()
    secret_path().chmod(0o644)                       # someone loosened it: the console tightens it again
    assert load_or_create_secret() == first
    assert stat.S_IMODE(secret_path().stat().st_mode) == 0o600


def test_a_message_needs_the_secret():
    good = parse_event(msg(event="ring", number="13800001234", line="3", secret=SECRET), SECRET)
    assert good == RingEvent("ring", "13800001234", "3", "")
    for bad in (msg(event="ring", number="13800001234"),                      # no secret
                msg(event="ring", number="13800001234", secret="guess"),
                msg(event="ring", number="13800001234", secret=123),
                msg(event="ring", number="13800001234", secret=SECRET + "x")):
        with pytest.raises(RingMessageError, match="secret"):
            parse_event(bad, SECRET)
    round_trip = encode_event(RingEvent("hangup", "", "2"), SECRET)
    assert round_trip.endswith(b"\n") and parse_event(round_trip.strip(), SECRET).event == "hangup"


@pytest.mark.parametrize("fields", [
    {"event": "ring", "number": {"a": 1}},             # was a call for "{'a': 1}"
    {"event": "ring", "number": ["13800001234"]},
    {"event": "ring", "number": 13800001234},
    {"event": "ring", "number": "1" * 41},              # was silently cut to 40
    {"event": "ring", "number": "138\x0000001234"},
    {"event": "ring", "number": ""},
    {"event": "ring", "number": "13800001234", "line": "x" * 9},
    {"event": "ring", "number": "13800001234", "line": 1.5},
    {"event": "ring", "number": "13800001234", "line": True},
    {"event": "ring", "number": "13800001234", "line": -1},
    {"event": "ring", "number": "13800001234", "time": "yesterday"},
    {"event": "ring", "number": "13800001234", "time": 5},
    {"event": "ring", "number": "13800001234", "extra": "field"},
    {"event": ["ring"], "number": "13800001234"},
    {"event": "explode", "number": "13800001234"},
])
def test_a_message_off_the_schema_is_refused(fields):
    with pytest.raises(RingMessageError):
        parse_event(msg(**fields, secret=SECRET), SECRET)


def test_integer_line_and_bounds():
    assert parse_event(msg(event="ring", number="13800001234", line=12, secret=SECRET), SECRET).line == "12"
    assert parse_event(msg(event="ring", number="1" * 40, secret=SECRET), SECRET).number == "1" * 40
    with pytest.raises(RingMessageError, match="too long"):
        parse_event(b"{" + b" " * MAX_LINE + b"}", SECRET)
    with pytest.raises(RingMessageError, match="JSON"):
        parse_event(b"[" * 2000 + b"]" * 2000, None)     # deep nesting is a refusal, not a crash
