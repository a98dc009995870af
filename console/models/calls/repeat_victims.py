"""Repeat victims watched: a person who lost money is flagged until an expiry, called back at 72 hours and at
30 days (warned about 'recovery service' fraud), and any later warning or call for the person or the number
shows the flag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock, iso
from console.models.core.db import transaction
from console.models.core.users import Permission, User, require

WATCH_DAYS = 180
CALLBACKS = (("72h", timedelta(hours=72)), ("30d", timedelta(days=30)))


@dataclass(frozen=True)
class Flag:
    watch_id: int
    flagged_at: str
    expires_at: str
    lost_cents: int
    request_no: str


@dataclass(frozen=True)
class DueCallback:
    id: int
    kind: str
    due_at: str
    name: str
    phone_e164: str
    lost_cents: int
    request_no: str


def recovery_warning() -> str:
    """What the officer tells the person on every callback."""
    return QCoreApplication.translate(
        "RepeatVictims", "Warn them: anyone who offers to get the money back for a fee (a 'recovery service', a "
        "'lawyer', a 'refund channel') is the next fraud. The police never charge to return money.")


def flag_from_request(db: Database, user: User, request_id: int, *, clock: Clock) -> int | None:
    """Flags the victim of an issued request (once per request) and schedules the two callbacks."""
    require(user, Permission.HANDLE_CALLS)
    row = db.execute("SELECT r.victim_person_id, p.phone_e164, coalesce((SELECT sum(amount_cents) FROM stop_accounts "
                     "WHERE request_id = r.id), 0) FROM stop_requests r LEFT JOIN people p ON p.id = r.victim_person_id "
                     "WHERE r.id = ?", [request_id]).fetchone()
    if row is None or (row[0] is None and row[1] is None):
        return None
    if db.execute("SELECT 1 FROM victim_watch WHERE request_id = ?", [request_id]).fetchone():
        return None
    now = clock.now()
    with transaction(db):
        wid = db.execute("INSERT INTO victim_watch (person_id, phone_e164, request_id, lost_cents, flagged_at, "
                         "flagged_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [row[0], row[1], request_id, row[2], iso(now), user.id,
                          iso(now + timedelta(days=WATCH_DAYS))]).lastrowid
        for kind, after in CALLBACKS:
            db.execute("INSERT INTO victim_callbacks (watch_id, kind, due_at) VALUES (?, ?, ?)",
                       [wid, kind, iso(now + after)])
        audit.record(db, user, "flag", "victim_watch", wid,
                     {"person_id": (None, row[0]), "expires_at": (None, iso(now + timedelta(days=WATCH_DAYS)))},
                     clock=clock)
    return wid


def flag_for(db: Database, now: datetime, *, phone_e164: str | None = None,
             person_id: int | None = None) -> Flag | None:
    """The person's or number's watch still in force, if any (the most recent)."""
    if not phone_e164 and person_id is None:
        return None
    row = db.execute(
        "SELECT v.id, v.flagged_at, v.expires_at, v.lost_cents, coalesce(r.request_no, '') FROM victim_watch v "
        "LEFT JOIN stop_requests r ON r.id = v.request_id WHERE v.expires_at > ? AND "
        "((? IS NOT NULL AND v.phone_e164 = ?) OR (? IS NOT NULL AND v.person_id = ?)) "
        "ORDER BY v.flagged_at DESC LIMIT 1", [iso(now), phone_e164, phone_e164, person_id, person_id]).fetchone()
    return Flag(*row) if row else None


def flag_for_warning(db: Database, now: datetime, warning_id: int, phone_e164: str | None) -> Flag | None:
    """The watch in force on a warning's number or on the person it names, if any."""
    row = db.execute("SELECT person_id FROM warnings WHERE id = ?", [warning_id]).fetchone()
    return flag_for(db, now, phone_e164=phone_e164, person_id=row[0] if row else None)


def callbacks_due(db: Database, now: datetime) -> list[DueCallback]:
    """Callbacks due by now and not yet made, the oldest first."""
    return [DueCallback(*r) for r in db.execute(
        "SELECT c.id, c.kind, c.due_at, coalesce(p.name, ''), coalesce(v.phone_e164, ''), v.lost_cents, "
        "coalesce(r.request_no, '') FROM victim_callbacks c JOIN victim_watch v ON v.id = c.watch_id "
        "LEFT JOIN people p ON p.id = v.person_id LEFT JOIN stop_requests r ON r.id = v.request_id "
        "WHERE c.done_at IS NULL AND c.due_at <= ? AND v.expires_at > ? ORDER BY c.due_at, c.id",
        [iso(now), iso(now)])]


def complete_callback(db: Database, user: User, callback_id: int, *, reached: bool, notes: str = "",
                      clock: Clock) -> None:
    require(user, Permission.HANDLE_CALLS)
    with transaction(db):
        cur = db.execute("UPDATE victim_callbacks SET done_at = ?, done_by = ?, reached = ?, notes = ? "
                         "WHERE id = ? AND done_at IS NULL", [clock.now_iso(), user.id, int(reached), notes.strip(),
                                                              callback_id])
        if cur.rowcount != 1:
            raise ValueError(QCoreApplication.translate("RepeatVictims", "This callback was already made."))
        audit.record(db, user, "callback", "victim_callbacks", callback_id,
                     {"reached": (None, int(reached)), "notes": (None, notes.strip())}, clock=clock)


def flag_text(flag: Flag) -> str:
    """One line for a call or warning from a watched person or number."""
    from console.models.core.validation import format_amount

    return (QCoreApplication.translate("RepeatVictims", "Repeat victim: lost %1 on %2, watched until %3. Warn about "
                                       "'recovery service' fraud.")
            .replace("%1", format_amount(flag.lost_cents)).replace("%2", flag.flagged_at[:10])
            .replace("%3", flag.expires_at[:10]))
