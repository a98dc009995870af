"""Any text or bytes into the screen-pop parser and the search boxes: a clear refusal or a result, never a crash.

Before: a NUL byte in the lookup box raised sqlite3.OperationalError ("unterminated string") from FTS5,
which the page showed as the unexpected-error box.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from console.models.lookup import search as lookup
from console.models.calls.ring import RingMessageError, parse_event
from console.scripts_library.search import search_scripts

SECRET = "fuzz-secret"
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
QUERY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["\x00", "a\x00b", '"', '""', "涉嫌\x00洗钱", "*", "NEAR(", "13800001234\x00", "ZF\x00", "- 1", "^", "'", ")(",
     "110101199003070\x0034", "\ud800"[:0] + "AND OR NOT", "6222\x00021234567890123"])


@FAST
@given(raw=st.binary(max_size=300))
@example(raw=b'{"event": "ring", "number": {"a": 1}, "secret": "fuzz-secret"}')
@example(raw=b"\x00")
@example(raw=b'{"event": "ring", "number": "1\x00", "secret": "fuzz-secret"}')
def test_the_screen_pop_parser_refuses_any_bytes_clearly(raw):
    try:
        event = parse_event(raw, SECRET)
    except RingMessageError:
        return
    assert isinstance(event.number, str) and len(event.number) <= 40


@FAST
@given(fields=st.dictionaries(st.sampled_from(["event", "number", "line", "time", "secret", "x"]),
                              st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) |
                              st.text(max_size=50) | st.lists(st.integers(), max_size=2) |
                              st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
def test_the_screen_pop_parser_refuses_any_json_clearly(fields):
    fields.setdefault("secret", SECRET)
    try:
        event = parse_event(json.dumps(fields).encode(), SECRET)
    except RingMessageError:
        return
    assert event.event in ("ring", "answered", "hangup")
    assert isinstance(event.number, str) and isinstance(event.line, str)


@FAST
@given(text=QUERY_TEXT)
def test_the_lookup_box_takes_any_text(db, text):
    results = lookup.search(db, text)
    assert results.count() == 0 and "\x00" not in results.query


@FAST
@given(text=QUERY_TEXT)
def test_the_script_search_takes_any_text(db, text):
    assert isinstance(search_scripts(db, text, include_unpublished=True), list)
