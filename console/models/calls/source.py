"""Where a call comes from: typed by the officer, a callback from a warning, or a screen-pop.

All three produce an `IncomingCall`, the one thing the call panel starts a call from.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from console.models.calls.ring import RingEvent


@dataclass(frozen=True)
class IncomingCall:
    number: str
    source: str                   # manual | callback | pbx
    direction: str = "in"         # in | out
    line: str = ""
    warning_id: int | None = None
    person_name: str = ""
    fraud_type: str | None = None
    call_type: str | None = None


def manual_call(number: str, line: str = "") -> IncomingCall:
    return IncomingCall(number=number.strip(), source="manual", line=line)


def from_ring_event(event: RingEvent) -> IncomingCall:
    return IncomingCall(number=event.number, source="pbx", line=event.line)


def callback_from_warning(db: Database, warning_id: int) -> IncomingCall:
    row = db.execute("SELECT phone_raw, person_name, fraud_type FROM warnings WHERE id = ?", [warning_id]).fetchone()
    if row is None:
        raise LookupError(f"no warning {warning_id}")
    return IncomingCall(number=row[0], source="callback", direction="out", warning_id=warning_id,
                        person_name=row[1], fraud_type=row[2], call_type="warning_callback")
