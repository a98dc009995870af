"""Queue queries: a page of warnings in deadline order for a filter, without ever loading the whole table.

Pages use keyset pagination on (deadline_at, id). A filter over several statuses runs one indexed query
per status (each walks (status, deadline_at) or a filter's (x, status, deadline_at) index) and merges
them, so no query sorts the table.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.models.core.clock import iso
from console.models.warnings.records import (CLOSED, DISPATCHED, NEW, OPEN_STATUSES, REVIEW, SOON_FRACTION,
                                             TAKEABLE_STATUSES, TAKEN, WAITING)

PAGE_SIZE = 200


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = OPEN_STATUSES
    level: str | None = None
    fraud_type: str | None = None
    district_code: str | None = None
    holder_id: int | None = None      # a user id
    unassigned: bool = False          # holder_id IS NULL
    phone_e164: str | None = None
    descending: bool = False          # newest deadline first (the closed archive)

    def with_(self, **changes) -> "QueueFilter":
        return replace(self, **changes)


@dataclass(frozen=True)
class QueueRow:
    id: int
    deadline_at: str
    received_at: str
    level: str
    fraud_type: str | None
    phone_raw: str
    phone_e164: str | None
    person_name: str
    district_code: str | None
    fraud_number: str
    fraud_app: str
    status: str
    holder_id: int | None
    outcome: str | None
    review_round: int
    retry_at: str | None
    loss_saved_cents: int

    @property
    def cursor(self) -> tuple[str, int]:
        return (self.deadline_at, self.id)


_COLS = ("id, deadline_at, received_at, level, fraud_type, phone_raw, phone_e164, person_name, district_code, "
         "fraud_number, fraud_app, status, holder_id, outcome, review_round, retry_at, loss_saved_cents")


def _where(f: QueueFilter, status: str) -> tuple[list[str], list]:
    clauses, args = ["status = ?"], [status]
    for col, value in (("level", f.level), ("fraud_type", f.fraud_type), ("district_code", f.district_code),
                       ("holder_id", f.holder_id), ("phone_e164", f.phone_e164)):
        if value is not None:
            clauses.append(f"{col} = ?")
            args.append(value)
    if f.unassigned:
        clauses.append("holder_id IS NULL")
    return clauses, args


def fetch_page(db: Database, f: QueueFilter, *, after: tuple[str, int] | None = None,
               limit: int = PAGE_SIZE) -> list[QueueRow]:
    """The next `limit` warnings of the filter after the cursor (deadline_at, id), in deadline order."""
    parts: list[list[QueueRow]] = []
    op, order = ("<", "DESC") if f.descending else (">", "ASC")
    for status in dict.fromkeys(f.statuses):
        clauses, args = _where(f, status)
        if after is not None:
            clauses.append(f"(deadline_at, id) {op} (?, ?)")
            args += list(after)
        sql = (f"SELECT {_COLS} FROM warnings WHERE {' AND '.join(clauses)} "
               f"ORDER BY deadline_at {order}, id {order} LIMIT ?")
        parts.append([QueueRow(*r) for r in db.execute(sql, [*args, limit]).fetchall()])
    merged = heapq.merge(*parts, key=lambda r: r.cursor, reverse=f.descending)
    return [r for _, r in zip(range(limit), merged)]


def count(db: Database, f: QueueFilter, *, cap: int = 10_000) -> int:
    """How many warnings match, counted up to cap (the archive of closed ones is millions long)."""
    total = 0
    for status in dict.fromkeys(f.statuses):
        clauses, args = _where(f, status)
        total += db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM warnings WHERE {' AND '.join(clauses)} "
                            "LIMIT ?) capped", [*args, cap]).fetchone()[0]
        if total >= cap:
            return cap
    return total


@dataclass(frozen=True)
class QueueSummary:
    open: int
    overdue: int
    soon: int
    review: int
    by_level: dict[str, int] = field(default_factory=dict)


def summary(db: Database, now: datetime) -> QueueSummary:
    """Counts for the banner above the queue: open, overdue, due soon and back for review."""
    now_iso = iso(now)
    overdue = soon = total = review = 0
    by_level: dict[str, int] = {}
    levels = db.execute("SELECT code, deadline_minutes FROM warning_levels").fetchall()
    for status in ("new", "review", "taken"):
        for level, minutes in levels:
            soon_iso = iso(now + timedelta(minutes=max(1.0, minutes * SOON_FRACTION)))
            n_all, n_over, n_soon = db.execute(
                "SELECT COUNT(*), count(*) FILTER (WHERE deadline_at < ?), "
                "count(*) FILTER (WHERE deadline_at >= ? AND deadline_at <= ?) "
                "FROM warnings WHERE level = ? AND status = ?",
                [now_iso, now_iso, soon_iso, level, status]).fetchone()
            overdue += n_over
            soon += n_soon
            total += n_all
            by_level[level] = by_level.get(level, 0) + n_all
            if status == REVIEW:
                review += n_all
    return QueueSummary(total, overdue, soon, review, by_level)


def position_of(db: Database, f: QueueFilter, warning_id: int) -> bool:
    """True when the warning matches the filter (open_warning uses it to decide whether to widen it)."""
    row = db.execute("SELECT status, deadline_at FROM warnings WHERE id = ?", [warning_id]).fetchone()
    if row is None or row[0] not in f.statuses:
        return False
    clauses, args = _where(f, row[0])
    return db.execute(f"SELECT 1 FROM warnings WHERE id = ? AND {' AND '.join(clauses)}",
                      [warning_id, *args]).fetchone() is not None


ARCHIVE = QueueFilter(statuses=(CLOSED,), descending=True)

# The queue's views, in the order the page offers them.
VIEWS = ("to_act", "to_take", "mine", "open", "stations", "closed")


def view_filter(view: str, user_id: int | None) -> QueueFilter:
    """The warnings a view lists: to act on (new, back for review, being handled), free to take, the user's own
    still open, every open one, those with a station, or the closed archive (newest first)."""
    if view == "closed":
        return ARCHIVE
    f = QueueFilter()
    if view == "to_act":
        return f.with_(statuses=(NEW, REVIEW, TAKEN))
    if view == "to_take":
        return f.with_(statuses=TAKEABLE_STATUSES, unassigned=True)
    if view == "mine":
        return f.with_(statuses=(TAKEN, WAITING, DISPATCHED, REVIEW), holder_id=user_id)
    if view == "stations":
        return f.with_(statuses=(DISPATCHED,))
    return f
