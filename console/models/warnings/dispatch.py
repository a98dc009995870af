"""What handing a warning down to a police station means for the warning: the station's deadline by level,
the warning's status when it goes and when the station's feedback comes back.

The dispatch itself (the dispatches table) is written by console/models/stations/dispatches.py; each function
here calls it and changes the warning in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.changes import last_change
from console.models.core.clock import Clock, iso
from console.models.core.db import transaction
from console.models.core.users import Permission, User, require
from console.models.stations import dispatches
from console.models.warnings.records import CLOSED, DEFRAUDED, DISPATCHED, DISSUADED, NOT_FRAUD, REVIEW, TO_STATION, get_warning

DEFAULT_VISIT_HOURS = 24


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
    if w.status == DISPATCHED:       # two seats sending it down at once: the second is told, no second visit
        sent = dispatches.dispatches_for(db, warning_id)[-1]
        who, _at = last_change(db, "dispatches", sent.id)
        raise ValueError(QCoreApplication.translate("WarningDispatch", "%1 already sent this warning to %2 at %3.")
                         .replace("%1", who).replace("%2", sent.station_name).replace("%3", sent.created_at[11:16]))
    now_iso = clock.now_iso()
    with transaction(db):
        did = dispatches.create_dispatch(db, user, station_id=station_id, reason=reason, deadline_at=iso(deadline_at),
                                         warning_id=warning_id, clock=clock)
        db.execute("UPDATE warnings SET status = ?, station_id = ?, outcome = ?, holder_id = COALESCE(holder_id, ?), "
                   "first_contact_at = COALESCE(first_contact_at, ?), updated_at = ? WHERE id = ?",
                   [DISPATCHED, station_id, TO_STATION, user.id, now_iso, now_iso, warning_id])
        audit.record(db, user, "dispatch", "warnings", warning_id,
                     {"status": (w.status, DISPATCHED), "station_id": (w.station_id, station_id)}, clock=clock)
    return did


def record_warning_feedback(db: Database, user: User, dispatch_id: int, *, visited: bool, dissuaded: bool,
                            loss_saved_cents: int = 0, notes: str = "", outcome: str | None = None,
                            clock: Clock, seen_feedback_at: str | None | object = dispatches.ANY) -> None:
    """The station's result: dissuaded closes the warning; visited without dissuading closes it with the
    outcome given (already defrauded by default); not visited sends it back for second-round review.
    A dispatch of a call has no warning: only the dispatch is written."""
    with transaction(db):
        change = dispatches.record_feedback(db, user, dispatch_id, visited=visited, dissuaded=dissuaded,
                                            loss_saved_cents=loss_saved_cents, notes=notes, clock=clock,
                                            seen_feedback_at=seen_feedback_at)
        settle_warning(db, user, change, visited=visited, dissuaded=dissuaded, loss_saved_cents=loss_saved_cents,
                       outcome=outcome, clock=clock)


def settle_warning(db: Database, user: User, change: dispatches.FeedbackChange, *, visited: bool, dissuaded: bool,
                   loss_saved_cents: int, outcome: str | None, clock: Clock) -> None:
    """The warning's side of a station's feedback (inside the feedback's transaction)."""
    w = get_warning(db, change.warning_id) if change.warning_id else None
    if w is None:
        return
    now = clock.now_iso()
    # The warning's loss saved counts the station's figure once, even when feedback is corrected.
    loss = w.loss_saved_cents - change.old_loss_saved_cents + loss_saved_cents
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
               [status, final, loss, closed_at, review_round, status, now, change.warning_id])
    audit.record(db, user, "feedback", "warnings", change.warning_id,
                 audit.diff({"status": w.status, "outcome": w.outcome, "loss_saved_cents": w.loss_saved_cents},
                            {"status": status, "outcome": final, "loss_saved_cents": loss}), clock=clock)
