"""Hand-off to a police station (下发派出所) for a face-to-face visit, and the station's feedback.

The one module that writes the dispatches table: a call's or a warning's dispatch is created here, the
station's feedback recorded here. What a dispatch means for a warning (its deadline by level, its status
afterwards) is the warnings' rule (console/models/warnings/dispatch.py), which calls these functions inside
its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.changes import ChangedElsewhere, last_change
from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.models.core.users import Permission, PermissionDenied, Role, User, require

OPEN, DONE = "open", "done"
ANY = object()           # no optimistic check asked for


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


@dataclass(frozen=True)
class FeedbackChange:
    """What a feedback replaced: the warnings' rule needs the station's previous figure."""
    dispatch_id: int
    warning_id: int | None
    old_loss_saved_cents: int


_COLUMNS = ("d.id, d.warning_id, d.station_id, s.name, d.reason, d.deadline_at, d.created_at, d.status, "
            "d.feedback_at, d.visited, d.dissuaded, d.loss_saved_cents, d.feedback_notes")


def stations(db: Database, district_code: str | None = None) -> list[tuple[int, str, str]]:
    """(id, station, district name) of the active stations: those of the given district first, then by
    district and name."""
    return db.execute(
        "SELECT s.id, s.name, d.name FROM stations s JOIN districts d ON d.code = s.district_code "
        "WHERE s.active = 1 ORDER BY s.district_code IS NOT ? , d.rank, s.name", [district_code]).fetchall()


def _check(db: Database, station_id: int | None, deadline_at: str, now_iso: str) -> None:
    if station_id is None or db.execute("SELECT 1 FROM stations WHERE id = ?", [station_id]).fetchone() is None:
        raise ValueError(QCoreApplication.translate("StationDispatch", "Choose a station."))
    if deadline_at <= now_iso:
        raise ValueError(QCoreApplication.translate("StationDispatch",
                                                    "The station's deadline must be later than now."))


def create_dispatch(db: Database, user: User, *, station_id: int, reason: str, deadline_at: str,
                    call_id: int | None = None, warning_id: int | None = None, clock: Clock) -> int:
    """A dispatch of a call or a warning to a station, with its deadline (local ISO time), audited."""
    require(user, Permission.HANDLE_CALLS)
    if call_id is None and warning_id is None:
        raise ValueError("a dispatch belongs to a call or a warning")
    now = clock.now_iso()
    _check(db, station_id, deadline_at, now)
    values = {"warning_id": warning_id, "call_id": call_id, "station_id": station_id, "reason": reason.strip(),
              "deadline_at": deadline_at, "created_at": now, "created_by": user.id, "status": OPEN}
    with transaction(db):
        did = db.execute(f"INSERT INTO dispatches ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values())).lastrowid
        audit.record(db, user, "insert", "dispatches", did,
                     audit.diff(None, {k: v for k, v in values.items() if v is not None}), clock=clock)
    return did


def record_feedback(db: Database, user: User, dispatch_id: int, *, visited: bool, dissuaded: bool,
                    loss_saved_cents: int = 0, notes: str = "", clock: Clock,
                    seen_feedback_at: str | None | object = ANY) -> FeedbackChange:
    """The station's result against a dispatch (a correction replaces the earlier one), audited. The
    centre records it for a station on the phone; a station's or county bureau's user for its own.
    With `seen_feedback_at` (the feedback time the seat showed, None: none yet), a feedback recorded
    meanwhile on another seat is not overwritten: ChangedElsewhere says who and when."""
    require_dispatch(db, user, dispatch_id)
    if loss_saved_cents < 0:
        raise ValueError(QCoreApplication.translate("StationDispatch", "The loss saved cannot be negative."))
    with transaction(db):
        row = db.execute("SELECT warning_id, visited, dissuaded, loss_saved_cents, feedback_notes, status, "
                         "feedback_at FROM dispatches WHERE id = ?", [dispatch_id]).fetchone()
        if row is None:
            raise ValueError(QCoreApplication.translate("StationDispatch", "This dispatch no longer exists."))
        if seen_feedback_at is not ANY and row[6] != seen_feedback_at:
            raise ChangedElsewhere(*last_change(db, "dispatches", dispatch_id))
        row = row[:6]
        warning_id, *old_values = row
        old = dict(zip(("visited", "dissuaded", "loss_saved_cents", "feedback_notes", "status"), old_values))
        new = {"visited": int(visited), "dissuaded": int(dissuaded), "loss_saved_cents": loss_saved_cents,
               "feedback_notes": notes.strip(), "status": DONE}
        db.execute("UPDATE dispatches SET visited = ?, dissuaded = ?, loss_saved_cents = ?, feedback_notes = ?, "
                   "status = ?, feedback_at = ? WHERE id = ?",
                   [new["visited"], new["dissuaded"], loss_saved_cents, new["feedback_notes"], DONE,
                    clock.now_iso(), dispatch_id])
        audit.record(db, user, "feedback", "dispatches", dispatch_id, audit.diff(old, new), clock=clock)
    return FeedbackChange(dispatch_id, warning_id, old["loss_saved_cents"] or 0)


def dispatches_for(db: Database, warning_id: int) -> list[Dispatch]:
    """A warning's dispatches, oldest first."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM dispatches d JOIN stations s ON s.id = d.station_id "
                      "WHERE d.warning_id = ? ORDER BY d.id", [warning_id]).fetchall()
    return [Dispatch(*r) for r in rows]


# -- a station's or a county bureau's view -----------------------------------------------------------
@dataclass(frozen=True)
class StationDispatch:
    """A dispatch as the station sees it: whom to visit, why, by when, and what was answered."""
    id: int
    station_id: int
    station_name: str
    district_name: str
    warning_id: int | None
    call_id: int | None
    person_name: str
    phone: str
    reason: str
    deadline_at: str
    created_at: str
    status: str
    feedback_at: str | None
    visited: int | None
    dissuaded: int | None
    loss_saved_cents: int
    feedback_notes: str
    sent_by: str

    def overdue(self, now_iso: str) -> bool:
        return self.status == OPEN and self.deadline_at < now_iso


_STATION_COLUMNS = (
    "d.id, d.station_id, s.name, di.name, d.warning_id, d.call_id, "
    "coalesce(nullif(w.person_name, ''), p.name, ''), coalesce(w.phone_raw, c.caller_raw, ''), d.reason, "
    "d.deadline_at, d.created_at, d.status, d.feedback_at, d.visited, d.dissuaded, d.loss_saved_cents, "
    "d.feedback_notes, coalesce(u.display_name, '')")
_STATION_FROM = (
    "dispatches d JOIN stations s ON s.id = d.station_id JOIN districts di ON di.code = s.district_code "
    "LEFT JOIN warnings w ON w.id = d.warning_id LEFT JOIN calls c ON c.id = d.call_id "
    "LEFT JOIN people p ON p.id = coalesce(c.victim_person_id, c.caller_person_id) "
    "LEFT JOIN users u ON u.id = d.created_by")


def _scope(user: User) -> tuple[str, list]:
    """The dispatches a user may see: a station's user its station's, a county bureau's its district's,
    the centre all of them."""
    if user.role == Role.STATION:
        return "d.station_id = ?", [user.station_id]
    if user.role == Role.DISTRICT:
        return "s.district_code = ?", [user.district_code]
    return "1 = 1", []


def station_dispatches(db: Database, user: User, *, open_only: bool = True, limit: int = 500) -> list[StationDispatch]:
    """The dispatches in the user's scope: open ones by deadline (the most urgent first), then, unless
    open_only, the newest answered ones (each part read along its own index: no sort of the years)."""
    if not (user.can(Permission.STATION_FEEDBACK) or user.can(Permission.HANDLE_CALLS)):
        raise PermissionDenied(user, Permission.STATION_FEEDBACK)
    where, args = _scope(user)
    rows = db.execute(f"SELECT {_STATION_COLUMNS} FROM {_STATION_FROM} WHERE d.status = 'open' AND {where} "
                      "ORDER BY d.deadline_at, d.id LIMIT ?", [*args, limit]).fetchall()
    if not open_only and len(rows) < limit:
        rows += db.execute(f"SELECT {_STATION_COLUMNS} FROM {_STATION_FROM} WHERE d.status = 'done' AND {where} "
                           "ORDER BY d.feedback_at DESC, d.id DESC LIMIT ?", [*args, limit - len(rows)]).fetchall()
    return [StationDispatch(*r) for r in rows]


def station_dispatch(db: Database, user: User, dispatch_id: int) -> StationDispatch | None:
    """One dispatch, if it is in the user's scope."""
    where, args = _scope(user)
    row = db.execute(f"SELECT {_STATION_COLUMNS} FROM {_STATION_FROM} WHERE d.id = ? AND {where}",
                     [dispatch_id, *args]).fetchone()
    return StationDispatch(*row) if row else None


def require_dispatch(db: Database, user: User | None, dispatch_id: int) -> None:
    """The centre may answer any dispatch; a station's or county bureau's user only those in its scope."""
    if user is not None and user.can(Permission.HANDLE_CALLS):
        return
    require(user, Permission.STATION_FEEDBACK)
    assert user is not None
    if station_dispatch(db, user, dispatch_id) is None:
        if db.execute("SELECT 1 FROM dispatches WHERE id = ?", [dispatch_id]).fetchone() is None:
            raise ValueError(QCoreApplication.translate("StationDispatch", "This dispatch no longer exists."))
        raise PermissionDenied(user, Permission.STATION_FEEDBACK)


def open_count(db: Database, user: User, now_iso: str) -> tuple[int, int]:
    """(open, overdue) dispatches in the user's scope."""
    where, args = _scope(user)
    return db.execute(f"SELECT count(*), count(*) FILTER (WHERE d.deadline_at < ?) FROM dispatches d "
                      f"JOIN stations s ON s.id = d.station_id WHERE d.status = 'open' AND {where}",
                      [now_iso, *args]).fetchone()


def workplace_name(db: Database, user: User) -> str:
    """The station or the district a scoped user works for ('' for the centre's users)."""
    if user.role == Role.STATION:
        row = db.execute("SELECT name FROM stations WHERE id = ?", [user.station_id]).fetchone()
    elif user.role == Role.DISTRICT:
        row = db.execute("SELECT name FROM districts WHERE code = ?", [user.district_code]).fetchone()
    else:
        row = None
    return row[0] if row else ""
