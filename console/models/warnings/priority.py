"""Recoverable money first: the open warnings ordered by what can still be saved, each with the reason for
its place. Money that left less than an hour ago comes first (largest first), then red warnings by deadline,
then money still inside its 48-hour window (weighted by how fresh it is), then the rest by deadline.

A warning's money is the transfers recorded on its calls: calls made for the warning (callbacks) and calls
from its phone number, on any seat; the queue rereads it, so a fresh transfer anywhere lifts its warning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.models.core.clock import iso, parse_iso
from console.models.warnings.queue import _COLS, QueueFilter, QueueRow, _where

FRESH_MINUTES = 60          # the golden hour
WINDOW_HOURS = 48           # after this, a stop-payment can no longer be asked for
CAP = 2000                  # open warnings are a few hundred; never sort more than this many


@dataclass(frozen=True)
class Stake:
    """What can still be saved on one warning."""
    cents: int = 0                      # transfers inside the 48-hour window
    last_transfer_at: str | None = None

    def minutes_since(self, now: datetime) -> int | None:
        if not self.last_transfer_at:
            return None
        return max(0, int((now - parse_iso(self.last_transfer_at)).total_seconds() // 60))


@dataclass(frozen=True)
class Placed:
    row: QueueRow
    tier: int                           # 0 fresh money, 1 red, 2 money in its window, 3 the rest
    stake: Stake
    minutes_left: int


def stakes(db: Database, warning_ids: list[int], now: datetime) -> dict[int, Stake]:
    """Money inside the 48-hour window on the warnings' calls (by warning link or by phone)."""
    if not warning_ids:
        return {}
    since = iso(now - timedelta(hours=WINDOW_HOURS))
    out: dict[int, Stake] = {}
    for i in range(0, len(warning_ids), 500):
        chunk = warning_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for wid, cents, last in db.execute(
                f"SELECT w.id, sum(t.amount_cents), max(t.transferred_at) FROM warnings w "
                f"JOIN calls c ON c.warning_id = w.id OR (w.phone_e164 IS NOT NULL AND c.caller_e164 = w.phone_e164) "
                f"JOIN call_transfers t ON t.call_id = c.id "
                f"WHERE w.id IN ({marks}) AND t.transferred_at >= ? AND t.transferred_at <= ? GROUP BY w.id",
                [*chunk, since, iso(now)]):
            out[wid] = Stake(cents or 0, last)
    return out


def _weight(minutes: int | None) -> float:
    if minutes is None:
        return 0.0
    return 1.0 if minutes < FRESH_MINUTES else 0.5 if minutes < 6 * 60 else 0.2


def place(rows: list[QueueRow], stakes_by_id: dict[int, Stake], ranks: dict[str, int], now: datetime) -> list[Placed]:
    """The rows in the order of what can still be saved."""
    placed = []
    for r in rows:
        stake = stakes_by_id.get(r.id, Stake())
        minutes = stake.minutes_since(now)
        left = int((parse_iso(r.deadline_at) - now).total_seconds() // 60)
        if stake.cents and minutes is not None and minutes < FRESH_MINUTES:
            tier = 0
        elif r.level == "red" and r.status in ("new", "review", "taken"):
            tier = 1
        elif stake.cents:
            tier = 2
        else:
            tier = 3
        placed.append(Placed(r, tier, stake, left))

    def key(p: Placed):
        weighted = -p.stake.cents * _weight(p.stake.minutes_since(now))
        return (p.tier, weighted if p.tier in (0, 2) else 0, ranks.get(p.row.level, 9), p.minutes_left, p.row.id)

    return sorted(placed, key=key)


def fetch_by_stake(db: Database, f: QueueFilter, now: datetime) -> list[Placed]:
    """The filter's warnings (at most CAP) in the order of what can still be saved."""
    rows: list[QueueRow] = []
    for status in dict.fromkeys(f.statuses):
        clauses, args = _where(f, status)
        rows += [QueueRow(*r) for r in db.execute(
            f"SELECT {_COLS} FROM warnings WHERE {' AND '.join(clauses)} ORDER BY deadline_at, id LIMIT ?",
            [*args, CAP])]
    ranks = dict(db.execute("SELECT code, deadline_minutes FROM warning_levels").fetchall())   # shorter: more urgent
    return place(rows, stakes(db, [r.id for r in rows], now), ranks, now)
