"""A warning as the queue and the handling forms see it, its statuses, and how close its deadline is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.models.core.clock import parse_iso

NEW, TAKEN, WAITING, DISPATCHED, REVIEW, CLOSED = "new", "taken", "waiting", "dispatched", "review", "closed"
OPEN_STATUSES = (NEW, REVIEW, TAKEN, WAITING, DISPATCHED)
TAKEABLE_STATUSES = (NEW, REVIEW)

# Outcome codes (the outcomes reference table) a warning can end with.
DISSUADED, UNREACHABLE, DEFRAUDED, NOT_FRAUD, TO_STATION = (
    "dissuaded", "unreachable", "defrauded", "not_fraud", "to_station")

# A warning is "due soon" in the last fifth of its level's time (6 min of a red 30, 24 of an orange 120).
SOON_FRACTION = 0.2

OVERDUE, SOON, ON_TIME, DONE = "overdue", "soon", "on_time", "done"


@dataclass(frozen=True)
class Warning:
    id: int
    source: str
    external_id: str | None
    received_at: str
    deadline_at: str
    level: str
    fraud_type: str | None
    phone_raw: str
    phone_e164: str | None
    person_name: str
    district_code: str | None
    station_id: int | None
    fraud_number: str
    fraud_app: str
    status: str
    holder_id: int | None
    taken_at: str | None
    first_contact_at: str | None
    sms_sent_at: str | None
    outcome: str | None
    loss_saved_cents: int
    retry_at: str | None
    review_round: int
    closed_at: str | None
    notes: str
    holder_name: str = ""
    level_minutes: int = 0

COLUMNS = ("id, source, external_id, received_at, deadline_at, level, fraud_type, phone_raw, phone_e164, "
           "person_name, district_code, station_id, fraud_number, fraud_app, status, holder_id, taken_at, "
           "first_contact_at, sms_sent_at, outcome, loss_saved_cents, retry_at, review_round, closed_at, notes")


def get_warning(db: Database, warning_id: int) -> Warning | None:
    row = db.execute(
        f"SELECT {', '.join('w.' + c.strip() for c in COLUMNS.split(','))}, "
        "COALESCE(u.display_name, ''), COALESCE(l.deadline_minutes, 0) "
        "FROM warnings w LEFT JOIN users u ON u.id = w.holder_id "
        "LEFT JOIN warning_levels l ON l.code = w.level WHERE w.id = ?", [warning_id]).fetchone()
    return Warning(*row) if row else None


def holder_names(db: Database) -> dict[int, str]:
    """The display name of every user who may hold a warning, by id."""
    return dict(db.execute("SELECT id, display_name FROM users").fetchall())


def level_colors(db: Database) -> dict[str, str]:
    """The colour each warning level is shown in, by level code."""
    return dict(db.execute("SELECT code, color FROM warning_levels").fetchall())


def level_minutes(db: Database) -> dict[str, int]:
    """The minutes each warning level allows before its deadline, by level code."""
    return dict(db.execute("SELECT code, deadline_minutes FROM warning_levels").fetchall())


def due_state(status: str, deadline_at: str, level_minutes: int, now: datetime) -> str:
    """overdue | soon | on_time for an open warning; done once it is closed or handed to a station."""
    if status in (CLOSED, DISPATCHED, WAITING):
        return DONE
    deadline = parse_iso(deadline_at)
    if deadline < now:
        return OVERDUE
    if deadline - now <= timedelta(minutes=max(1.0, level_minutes * SOON_FRACTION)):
        return SOON
    return ON_TIME
