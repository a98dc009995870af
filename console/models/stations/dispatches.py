"""Hand-off to a police station (下发派出所) for a face-to-face visit, and the station's feedback."""

from __future__ import annotations

from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.users import Permission, User, require
from console.models.core.db import transaction


def create_dispatch(db: Database, user: User, *, station_id: int, reason: str, deadline_at: str,
                    call_id: int | None = None, warning_id: int | None = None, clock: Clock) -> int:
    require(user, Permission.HANDLE_CALLS)
    if call_id is None and warning_id is None:
        raise ValueError("a dispatch belongs to a call or a warning")
    values = {"warning_id": warning_id, "call_id": call_id, "station_id": station_id, "reason": reason,
              "deadline_at": deadline_at, "created_at": clock.now_iso(), "created_by": user.id, "status": "open"}
    with transaction(db):
        cur = db.execute(f"INSERT INTO dispatches ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values()))
        if warning_id is not None:
            db.execute("UPDATE warnings SET status = 'dispatched', updated_at = ? WHERE id = ?",
                       [clock.now_iso(), warning_id])
        audit.record(db, user, "insert", "dispatches", cur.lastrowid, audit.diff(None, values), clock=clock)
    return cur.lastrowid


def record_feedback(db: Database, user: User, dispatch_id: int, *, visited: bool, dissuaded: bool,
                    loss_saved_cents: int, notes: str, clock: Clock) -> None:
    require(user, Permission.HANDLE_CALLS)
    cur = db.execute("SELECT visited, dissuaded, loss_saved_cents, feedback_notes, status FROM dispatches "
                     "WHERE id = ?", [dispatch_id])
    row = cur.fetchone()
    if row is None:
        raise LookupError(f"no dispatch {dispatch_id}")
    old = dict(zip(["visited", "dissuaded", "loss_saved_cents", "feedback_notes", "status"], row))
    new = {"visited": int(visited), "dissuaded": int(dissuaded), "loss_saved_cents": loss_saved_cents,
           "feedback_notes": notes, "status": "done"}
    with transaction(db):
        db.execute("UPDATE dispatches SET visited = ?, dissuaded = ?, loss_saved_cents = ?, feedback_notes = ?, "
                   "status = 'done', feedback_at = ? WHERE id = ?",
                   [new["visited"], new["dissuaded"], loss_saved_cents, notes, clock.now_iso(), dispatch_id])
        audit.record(db, user, "feedback", "dispatches", dispatch_id, audit.diff(old, new), clock=clock)


def stations(db: Database) -> list[tuple[int, str, str]]:
    """(id, station, district) of the active stations, by district."""
    return db.execute("SELECT s.id, s.name, d.name FROM stations s JOIN districts d ON d.code = s.district_code "
                      "WHERE s.active = 1 ORDER BY d.rank, s.name").fetchall()
