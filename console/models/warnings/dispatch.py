"""Handing a warning down to the local police station for a face-to-face visit, and the station's feedback.

Works on the shared dispatches table; console/models/stations/dispatches.py (the live call's dispatches) is written
in parallel, and the two are to be unified later (same columns, same meaning).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock, iso
from console.models.core.users import Permission, User, require
from console.models.warnings.records import CLOSED, DEFRAUDED, DISPATCHED, DISSUADED, NOT_FRAUD, REVIEW, TO_STATION, get_warning
from console.models.core.db import transaction

DEFAULT_VISIT_HOURS = 24


@dataclass(frozen=True)
class Dispatch:
    id: int
    warning_id: int | None
    station_id: int
    station_name: str
    reason: str
    deadline_at: str
    created_at: str
    status: str
    feedback_at: str | None
    visited: int | None
    dissuaded: int | None
    loss_saved_cents: int
    feedback_notes: str



def stations(db: Database, district_code: str | None = None) -> list[tuple[int, str, str]]:
    """(id, name, district_code) of the active stations, those of the district first."""
    rows = db.execute("SELECT id, name, district_code FROM stations WHERE active = 1 ORDER BY name").fetchall()
    return sorted(rows, key=lambda r: r[2] != district_code)


def default_deadline(now: datetime, level: str) -> datetime:
    """A red warning is visited within 2 hours, others within a day (the centre edits this in the form)."""
    return now + (timedelta(hours=2) if level == "red" else timedelta(hours=DEFAULT_VISIT_HOURS))


def dispatch_warning(db: Database, user: User, warning_id: int, *, station_id: int, reason: str,
                     deadline_at: datetime, clock: Clock) -> int:
    """Creates the dispatch and marks the warning as with the station (outcome 'to_station')."""
    require(user, Permission.HANDLE_CALLS)
    w = get_warning(db, warning_id)
    if w is None:
        raise ValueError(QCoreApplication.translate("WarningDispatch", "This warning no longer exists."))
    if w.status == CLOSED:
        raise ValueError(QCoreApplication.translate("WarningDispatch", "This warning is closed."))
    now = clock.now()
    if deadline_at <= now:
        raise ValueError(QCoreApplication.translate("WarningDispatch", "The station's deadline must be later than now."))
    if db.execute("SELECT 1 FROM stations WHERE id = ?", [station_id]).fetchone() is None:
        raise ValueError(QCoreApplication.translate("WarningDispatch", "Choose a station."))
    now_iso = iso(now)
    with transaction(db):
        did = db.execute(
            "INSERT INTO dispatches (warning_id, station_id, reason, deadline_at, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?)", [warning_id, station_id, reason.strip(), iso(deadline_at), now_iso,
                                         user.id]).lastrowid
        db.execute("UPDATE warnings SET status = ?, station_id = ?, outcome = ?, holder_id = COALESCE(holder_id, ?), "
                   "first_contact_at = COALESCE(first_contact_at, ?), updated_at = ? WHERE id = ?",
                   [DISPATCHED, station_id, TO_STATION, user.id, now_iso, now_iso, warning_id])
        audit.record(db, user, "insert", "dispatches", did,
                     {"warning_id": (None, warning_id), "station_id": (None, station_id),
                      "deadline_at": (None, iso(deadline_at)), "reason": (None, reason.strip())}, clock=clock)
        audit.record(db, user, "dispatch", "warnings", warning_id,
                     {"status": (w.status, DISPATCHED), "station_id": (w.station_id, station_id)}, clock=clock)
    return did


def dispatches_for(db: Database, warning_id: int) -> list[Dispatch]:
    rows = db.execute(
        "SELECT d.id, d.warning_id, d.station_id, s.name, d.reason, d.deadline_at, d.created_at, d.status, "
        "d.feedback_at, d.visited, d.dissuaded, d.loss_saved_cents, d.feedback_notes FROM dispatches d "
        "JOIN stations s ON s.id = d.station_id WHERE d.warning_id = ? ORDER BY d.id", [warning_id]).fetchall()
    return [Dispatch(*r) for r in rows]


def record_warning_feedback(db: Database, user: User, dispatch_id: int, *, visited: bool, dissuaded: bool,
                            loss_saved_cents: int = 0, notes: str = "", outcome: str | None = None,
                            clock: Clock) -> None:
    """The station's result: dissuaded closes the warning; visited without dissuading closes it with the
    outcome given (already defrauded by default); not visited sends it back for second-round review."""
    require(user, Permission.HANDLE_CALLS)
    if loss_saved_cents < 0:
        raise ValueError(QCoreApplication.translate("WarningDispatch", "The loss saved cannot be negative."))
    row = db.execute("SELECT warning_id, status, visited, dissuaded, loss_saved_cents, feedback_notes "
                     "FROM dispatches WHERE id = ?", [dispatch_id]).fetchone()
    if row is None:
        raise ValueError(QCoreApplication.translate("WarningDispatch", "This dispatch no longer exists."))
    warning_id, old_status, old_visited, old_dissuaded, old_loss, old_notes = row
    now = clock.now_iso()
    new_d = {"status": "done", "visited": int(visited), "dissuaded": int(dissuaded),
             "loss_saved_cents": loss_saved_cents, "feedback_notes": notes.strip()}
    with transaction(db):
        db.execute("UPDATE dispatches SET status = 'done', feedback_at = ?, visited = ?, dissuaded = ?, "
                   "loss_saved_cents = ?, feedback_notes = ? WHERE id = ?",
                   [now, int(visited), int(dissuaded), loss_saved_cents, notes.strip(), dispatch_id])
        audit.record(db, user, "feedback", "dispatches", dispatch_id,
                     audit.diff({"status": old_status, "visited": old_visited, "dissuaded": old_dissuaded,
                                 "loss_saved_cents": old_loss, "feedback_notes": old_notes}, new_d), clock=clock)
        w = get_warning(db, warning_id) if warning_id else None
        if w is None:
            return
        # The warning's loss saved counts the station's figure once, even when feedback is corrected.
        loss = w.loss_saved_cents - (old_loss or 0) + loss_saved_cents
        if dissuaded:
            status, final = CLOSED, DISSUADED
        elif visited:
            status, final = CLOSED, outcome if outcome in (DEFRAUDED, NOT_FRAUD) else DEFRAUDED
        else:
            status, final = REVIEW, TO_STATION
        closed_at = now if status == CLOSED else None
        review_round = w.review_round + (1 if status == REVIEW else 0)
        db.execute("UPDATE warnings SET status = ?, outcome = ?, loss_saved_cents = ?, closed_at = ?, "
                   "review_round = ?, holder_id = CASE WHEN ? = 'review' THEN NULL ELSE holder_id END, "
                   "updated_at = ? WHERE id = ?",
                   [status, final, loss, closed_at, review_round, status, now, warning_id])
        audit.record(db, user, "feedback", "warnings", warning_id,
                     audit.diff({"status": w.status, "outcome": w.outcome, "loss_saved_cents": w.loss_saved_cents},
                                {"status": status, "outcome": final, "loss_saved_cents": loss}), clock=clock)
