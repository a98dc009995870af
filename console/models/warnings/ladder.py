"""The escalation ladder for a person who cannot be reached: repeated calls at short intervals, then the
warning SMS, then the emergency contact or family, then the station sent to the door. Each rung has its own
due time; each step is a row saying who did it when; a busy line moves the ladder on at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock, iso
from console.models.core.db import transaction
from console.models.core.users import Permission, User, require
from console.models.warnings import sms
from console.models.warnings.handling import WarningError, ensure_holder

CALL, SMS, CONTACT, STATION = "call", "sms", "contact", "station"
RUNGS = (CALL, SMS, CONTACT, STATION)                 # rung n is RUNGS[n - 1]
REACHED, NO_ANSWER, BUSY, SENT, FAILED, STOPPED = "reached", "no_answer", "busy", "sent", "failed", "stopped"
RESULTS = (REACHED, NO_ANSWER, BUSY, SENT, FAILED)
CALL_ATTEMPTS = 3                                     # calls on rung 1 before the SMS
CALL_INTERVAL_MIN = 3                                 # minutes between two calls of rung 1
# Minutes each rung has from the moment it becomes current (the calls: each attempt).
RUNG_MINUTES = {CALL: 2, SMS: 2, CONTACT: 10, STATION: 60}


class LadderError(WarningError):
    """A ladder step that cannot be done now (translated)."""


@dataclass(frozen=True)
class LadderStep:
    id: int
    warning_id: int
    rung: int
    kind: str
    attempt: int
    due_at: str
    started_at: str
    started_by: int | None
    ended_at: str | None
    ended_by: int | None
    result: str | None


_COLS = "id, warning_id, rung, kind, attempt, due_at, started_at, started_by, ended_at, ended_by, result"


def steps(db: Database, warning_id: int) -> list[LadderStep]:
    return [LadderStep(*r) for r in db.execute(
        f"SELECT {_COLS} FROM ladder_steps WHERE warning_id = ? ORDER BY id", [warning_id])]


def current(db: Database, warning_id: int) -> LadderStep | None:
    """The step being worked (not yet ended), if the ladder is running."""
    row = db.execute(f"SELECT {_COLS} FROM ladder_steps WHERE warning_id = ? AND ended_at IS NULL "
                     "ORDER BY id DESC LIMIT 1", [warning_id]).fetchone()
    return LadderStep(*row) if row else None


def _open_step(db: Database, user: User, warning_id: int, rung: int, attempt: int, due: datetime,
               now: datetime, clock: Clock) -> int:
    kind = RUNGS[rung - 1]
    sid = db.execute("INSERT INTO ladder_steps (warning_id, rung, kind, attempt, due_at, started_at, started_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [warning_id, rung, kind, attempt, iso(due), iso(now), user.id]).lastrowid
    audit.record(db, user, "ladder_step", "warnings", warning_id,
                 {"ladder": (None, f"{rung}:{kind}:{attempt}"), "due_at": (None, iso(due))}, clock=clock)
    return sid


def start(db: Database, user: User, warning_id: int, *, clock: Clock) -> LadderStep:
    """Starts the ladder at its first call (the officer takes the warning if it is free)."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    with transaction(db):
        if current(db, warning_id) is not None:
            raise LadderError(QCoreApplication.translate("Ladder", "The ladder is already running for this warning."))
        ensure_holder(db, user, warning_id, clock=clock)
        _open_step(db, user, warning_id, 1, 1, now + timedelta(minutes=RUNG_MINUTES[CALL]), now, clock)
    return current(db, warning_id)


def record(db: Database, user: User, warning_id: int, result: str, *, clock: Clock) -> LadderStep | None:
    """Ends the current step with its result and opens the next one; returns it (None: the ladder ended).

    Reached ends the ladder (and is the warning's first contact). A busy line skips the remaining calls.
    The SMS rung puts the warning SMS of the fraud type in the outbox."""
    require(user, Permission.HANDLE_CALLS)
    if result not in RESULTS:
        raise ValueError(result)
    now = clock.now()
    with transaction(db):
        step = current(db, warning_id)
        if step is None:
            raise LadderError(QCoreApplication.translate("Ladder", "No ladder is running for this warning."))
        if step.kind == SMS and result == SENT:
            _queue_sms(db, user, warning_id, clock)
        db.execute("UPDATE ladder_steps SET ended_at = ?, ended_by = ?, result = ? WHERE id = ?",
                   [iso(now), user.id, result, step.id])
        audit.record(db, user, "ladder_result", "warnings", warning_id,
                     {"ladder": (f"{step.rung}:{step.kind}:{step.attempt}", result)}, clock=clock)
        if result == REACHED:
            db.execute("UPDATE warnings SET first_contact_at = coalesce(first_contact_at, ?), updated_at = ? "
                       "WHERE id = ?", [iso(now), iso(now), warning_id])
            return None
        if step.kind == CALL and result == NO_ANSWER and step.attempt < CALL_ATTEMPTS:
            due = now + timedelta(minutes=CALL_INTERVAL_MIN)
            _open_step(db, user, warning_id, 1, step.attempt + 1, due, now, clock)
        elif step.rung < len(RUNGS):
            nxt = step.rung + 1
            _open_step(db, user, warning_id, nxt, 1, now + timedelta(minutes=RUNG_MINUTES[RUNGS[nxt - 1]]), now,
                       clock)
        else:
            return None
    return current(db, warning_id)


def stop(db: Database, user: User, warning_id: int, *, clock: Clock) -> None:
    """Ends a running ladder without a result (e.g. the person called back on another line)."""
    require(user, Permission.HANDLE_CALLS)
    with transaction(db):
        step = current(db, warning_id)
        if step is None:
            return
        db.execute("UPDATE ladder_steps SET ended_at = ?, ended_by = ?, result = ? WHERE id = ?",
                   [clock.now_iso(), user.id, STOPPED, step.id])
        audit.record(db, user, "ladder_result", "warnings", warning_id,
                     {"ladder": (f"{step.rung}:{step.kind}:{step.attempt}", STOPPED)}, clock=clock)


def _queue_sms(db: Database, user: User, warning_id: int, clock: Clock) -> None:
    w = db.execute("SELECT fraud_type FROM warnings WHERE id = ?", [warning_id]).fetchone()
    template = sms.template_for(db, w[0] if w else None)
    if template is None:
        raise LadderError(QCoreApplication.translate("Ladder", "No warning SMS template is set up for this fraud type."))
    sms.queue_sms(db, user, warning_id, sms.preview(db, warning_id, template), clock=clock,
                  template_code=template.code)


def running(db: Database, warning_ids: list[int]) -> dict[int, LadderStep]:
    """The current step of each listed warning whose ladder is running (for the queue's rows)."""
    if not warning_ids:
        return {}
    marks = ",".join("?" * len(warning_ids))
    return {r[1]: LadderStep(*r) for r in db.execute(
        f"SELECT {_COLS} FROM ladder_steps WHERE ended_at IS NULL AND warning_id IN ({marks})", warning_ids)}


def overdue(db: Database, now: datetime) -> list[LadderStep]:
    """Running steps past their due time, the most overdue first."""
    return [LadderStep(*r) for r in db.execute(
        f"SELECT {_COLS} FROM ladder_steps WHERE ended_at IS NULL AND due_at < ? ORDER BY due_at", [iso(now)])]
