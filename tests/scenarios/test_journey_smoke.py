"""The journey harness itself: keys reach the real window's focus and timers run between them."""

from __future__ import annotations

from tests.journey import Person


def test_keys_reach_the_focused_field_of_the_real_window(qtbot, journey_window):
    person = Person(qtbot, pace_s=0.02)
    person.shortcut("Ctrl+K")          # the lookup box, from anywhere
    person.type("13800001234")
    assert "13800001234" in person.focus().text()
    assert person.keys == 12
