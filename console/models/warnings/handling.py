"""Handling a warning: typed in by hand, taken by one officer, released, its outcome recorded, and
warnings not reached or not resolved brought back for second-round review (二次研判)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock, iso
from console.models.core.users import Permission, User, require
from console.models.warnings.records import (CLOSED, DEFRAUDED, DISPATCHED, DISSUADED, NEW, NOT_FRAUD, REVIEW, TAKEABLE_STATUSES,
                      TAKEN, UNREACHABLE, WAITING, get_warning)
from console.models.warnings.rows import CheckedRow, RowChecker, RowProblem
from console.models.core.db import transaction

MANUAL_SOURCE = "manual"
OUTCOMES = (DISSUADED, UNREACHABLE, DEFRAUDED, NOT_FRAUD)


class WarningError(Exception):
    """A handling step that cannot be done now; the message says why, translated."""


class AlreadyTaken(WarningError):
    pass


class DuplicateWarning(WarningError):
    def __init__(self, message: str, existing_id: int):
        super().__init__(message)
        self.existing_id = existing_id



def check_manual(db: Database, clock: Clock, **fields: str) -> CheckedRow | RowProblem:
    """The same checks as an import row, for the manual-entry form (it marks the field at fault)."""
    return RowChecker(db, source=MANUAL_SOURCE, now=clock.now()).check(**fields)


def create_warning(db: Database, user: User, *, clock: Clock, phone: str, received_at: str, level: str,
                   fraud_type: str = "", person_name: str = "", district: str = "", fraud_number: str = "",
                   fraud_app: str = "", notes: str = "") -> int:
    """One warning typed in by an officer (e.g. passed on by telephone); raises ValueError or DuplicateWarning."""
    require(user, Permission.HANDLE_CALLS)
    checked = check_manual(db, clock, phone=phone, received=received_at, level=level, fraud_type=fraud_type,
                           person_name=person_name, district=district, fraud_number=fraud_number,
                           fraud_app=fraud_app, notes=notes)
    if isinstance(checked, RowProblem):
        raise ValueError(checked.message)
    existing = db.execute("SELECT id FROM warnings WHERE dedupe_key = ?", [checked.dedupe_key]).fetchone()
    if existing:
        raise DuplicateWarning(QCoreApplication.translate("WarningHandling", "This warning is already in the queue (#%1).").replace("%1", str(existing[0])),
                               existing[0])
    now = clock.now_iso()
    values = checked._asdict()
    with transaction(db):
        wid = db.execute(
            "INSERT INTO warnings (source, dedupe_key, external_id, received_at, deadline_at, level, fraud_type, "
            "phone_raw, phone_e164, person_name, district_code, fraud_number, fraud_app, notes, fraud_number_key, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [MANUAL_SOURCE, *checked, now]).lastrowid
        audit.record(db, user, "insert", "warnings", wid, audit.diff(None, values), clock=clock)
    return wid


def take(db: Database, user: User, warning_id: int, *, clock: Clock) -> None:
    """Makes the officer the warning's holder; AlreadyTaken when someone else was quicker."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now_iso()
    marks = ",".join("?" * len(TAKEABLE_STATUSES))
    with transaction(db):
        # One statement decides: two officers pressing Take together cannot both get the warning.
        cur = db.execute(
            f"UPDATE warnings SET holder_id = ?, taken_at = ?, status = ?, updated_at = ? "
            f"WHERE id = ? AND holder_id IS NULL AND status IN ({marks})",
            [user.id, now, TAKEN, now, warning_id, *TAKEABLE_STATUSES])
        if cur.rowcount == 1:
            audit.record(db, user, "take", "warnings", warning_id,
                         {"holder_id": (None, user.id), "status": (None, TAKEN)}, clock=clock)
            return
    w = get_warning(db, warning_id)
    if w is None:
        raise WarningError(QCoreApplication.translate("WarningHandling", "This warning no longer exists."))
    if w.holder_id == user.id and w.status == TAKEN:
        return
    if w.holder_id is not None and w.status == TAKEN:
        raise AlreadyTaken(QCoreApplication.translate("WarningHandling", "%1 is already handling this warning.").replace("%1", w.holder_name))
    raise WarningError(QCoreApplication.translate("WarningHandling", "This warning is no longer waiting to be taken."))


def ensure_holder(db: Database, user: User, warning_id: int, *, clock: Clock):
    """Takes the warning if it is free; raises unless the officer holds it (or may act for the holder)."""
    w = get_warning(db, warning_id)
    if w is None:
        raise WarningError(QCoreApplication.translate("WarningHandling", "This warning no longer exists."))
    if w.holder_id is None and w.status in TAKEABLE_STATUSES:
        take(db, user, warning_id, clock=clock)
        return get_warning(db, warning_id)
    if w.status == CLOSED:
        raise WarningError(QCoreApplication.translate("WarningHandling", "This warning is closed."))
    if w.holder_id not in (None, user.id) and not user.can(Permission.VIEW_STATISTICS):
        raise AlreadyTaken(QCoreApplication.translate("WarningHandling", "%1 is already handling this warning.").replace("%1", w.holder_name))
    return w


def release(db: Database, user: User, warning_id: int, *, clock: Clock) -> None:
    """Gives the warning back to the queue (the holder, or a supervisor for an officer who left)."""
    require(user, Permission.HANDLE_CALLS)
    w = get_warning(db, warning_id)
    if w is None or w.status != TAKEN:
        raise WarningError(QCoreApplication.translate("WarningHandling", "Only a warning being handled can be given back."))
    if w.holder_id != user.id and not user.can(Permission.VIEW_STATISTICS):
        raise AlreadyTaken(QCoreApplication.translate("WarningHandling", "%1 is already handling this warning.").replace("%1", w.holder_name))
    back = REVIEW if w.review_round else NEW
    now = clock.now_iso()
    with transaction(db):
        db.execute("UPDATE warnings SET holder_id = NULL, taken_at = NULL, status = ?, updated_at = ? WHERE id = ?",
                   [back, now, warning_id])
        audit.record(db, user, "release", "warnings", warning_id,
                     {"holder_id": (w.holder_id, None), "status": (w.status, back)}, clock=clock)


def record_outcome(db: Database, user: User, warning_id: int, outcome: str, *, clock: Clock,
                   loss_saved_cents: int = 0, retry_at: datetime | None = None, notes: str = "",
                   review_after_minutes: int = 120) -> None:
    """Dissuaded / not fraud / already defrauded close the warning; not reached waits until retry_at
    (default: review_after_minutes from now) and then comes back for review."""
    require(user, Permission.HANDLE_CALLS)
    if outcome not in OUTCOMES:
        raise ValueError(outcome)
    if loss_saved_cents < 0:
        raise ValueError(QCoreApplication.translate("WarningHandling", "The loss saved cannot be negative."))
    w = ensure_holder(db, user, warning_id, clock=clock)
    if w.status == DISPATCHED:
        raise WarningError(QCoreApplication.translate("WarningHandling", "This warning is with a station: enter the station's feedback instead."))
    now = clock.now()
    now_iso = iso(now)
    new = {"outcome": outcome, "first_contact_at": w.first_contact_at or now_iso,
           "loss_saved_cents": loss_saved_cents or w.loss_saved_cents,
           "notes": f"{w.notes}\n{notes.strip()}".strip() if notes.strip() else w.notes}
    if outcome == UNREACHABLE:
        when = retry_at or now + timedelta(minutes=review_after_minutes)
        if when <= now:
            raise ValueError(QCoreApplication.translate("WarningHandling", "The retry time must be later than now."))
        new.update(status=WAITING, retry_at=iso(when), holder_id=None, closed_at=None)
    else:
        new.update(status=CLOSED, retry_at=None, holder_id=w.holder_id or user.id, closed_at=now_iso)
    old = {k: getattr(w, k) for k in new}
    with transaction(db):
        db.execute("UPDATE warnings SET outcome = ?, first_contact_at = ?, loss_saved_cents = ?, notes = ?, "
                   "status = ?, retry_at = ?, holder_id = ?, closed_at = ?, updated_at = ? WHERE id = ?",
                   [new["outcome"], new["first_contact_at"], new["loss_saved_cents"], new["notes"], new["status"],
                    new["retry_at"], new["holder_id"], new["closed_at"], now_iso, warning_id])
        audit.record(db, user, "outcome", "warnings", warning_id, audit.diff(old, new), clock=clock)


def return_for_review(db: Database, user: User, *, clock: Clock, review_after_minutes: int = 120) -> list[int]:
    """Second-round review: warnings whose retry time came, taken ones left unresolved for
    review_after_minutes, and dispatched ones whose station missed its deadline go back to the queue
    as 'review' (review_round + 1, a fresh deadline of their level's length)."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    now_iso = iso(now)
    stale = iso(now - timedelta(minutes=review_after_minutes))
    ids = [r[0] for r in db.execute(
        "SELECT id FROM warnings WHERE status = ? AND retry_at <= ? "
        "UNION SELECT id FROM warnings WHERE status = ? AND taken_at <= ? "
        "UNION SELECT d.warning_id FROM dispatches d JOIN warnings w ON w.id = d.warning_id "
        "WHERE d.status = 'open' AND d.deadline_at <= ? AND w.status = ?",
        [WAITING, now_iso, TAKEN, stale, now_iso, DISPATCHED]).fetchall()]
    if not ids:
        return []
    with transaction(db):
        for wid in ids:
            old = db.execute("SELECT w.status, w.holder_id, w.review_round, w.retry_at, l.deadline_minutes "
                             "FROM warnings w JOIN warning_levels l ON l.code = w.level WHERE w.id = ?",
                             [wid]).fetchone()
            db.execute(
                "UPDATE warnings SET status = ?, review_round = review_round + 1, holder_id = NULL, "
                "taken_at = NULL, retry_at = NULL, updated_at = ?, deadline_at = ? WHERE id = ?",
                [REVIEW, now_iso, iso(now + timedelta(minutes=old[4])), wid])
            audit.record(db, user, "review", "warnings", wid,
                         {"status": (old[0], REVIEW), "holder_id": (old[1], None),
                          "review_round": (old[2], old[2] + 1), "retry_at": (old[3], None)}, clock=clock)
    return ids


def add_note(db: Database, user: User, warning_id: int, text: str, *, clock: Clock) -> None:
    require(user, Permission.HANDLE_CALLS)
    w = get_warning(db, warning_id)
    if w is None or not text.strip():
        return
    notes = f"{w.notes}\n{text.strip()}".strip()
    with transaction(db):
        db.execute("UPDATE warnings SET notes = ?, updated_at = ? WHERE id = ?", [notes, clock.now_iso(), warning_id])
        audit.record(db, user, "update", "warnings", warning_id, {"notes": (w.notes, notes)}, clock=clock)
