"""Which call a PBX hang-up ends: the one on its line, else the one with its caller; never another line's."""

from console.models.calls.ring import RingEvent, ends_call


def test_the_line_decides_when_both_name_one():
    assert ends_call(RingEvent("hangup", "13971234567", "3"), "3", "13971234567")
    assert not ends_call(RingEvent("hangup", "13971234567", "5"), "3", "13971234567")
    assert ends_call(RingEvent("hangup", "", "3"), "3", "139 7123 4567")


def test_without_a_line_the_caller_decides_in_any_format():
    assert ends_call(RingEvent("hangup", "+86 139-7123-4567"), "", "13971234567")
    assert not ends_call(RingEvent("hangup", "13912345678"), "", "13971234567")
    assert ends_call(RingEvent("hangup", ""), "", "13971234567")


def test_only_a_hangup_ends_a_call():
    assert not ends_call(RingEvent("answered", "13971234567", "3"), "3", "13971234567")
    assert not ends_call(RingEvent("ring", "13971234567", "3"), "3", "13971234567")
