"""Time as the domain sees it: one clock object, so deadlines can be tested with a fixed time."""

from __future__ import annotations

from datetime import datetime, timedelta


def iso(dt: datetime) -> str:
    """The stored form of a time: local time, seconds precision, ISO 8601 ('2026-11-25 14:03:07')."""
    return dt.replace(microsecond=0).isoformat(sep=" ")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Clock:
    """The wall clock. Pass a FixedClock in tests."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def now_iso(self) -> str:
        return iso(self.now())

    @staticmethod
    def iso(dt: datetime) -> str:
        return iso(dt)


class FixedClock(Clock):
    """A clock that stands still until advanced."""

    def __init__(self, at: datetime):
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, **delta: float) -> None:
        self._at = self._at + timedelta(**delta)

    def set(self, at: datetime) -> None:
        self._at = at
