"""The golden hour and the 48-hour window of an issued stop-payment: per-transfer clocks, renewals (at most
twice), conversion to a freeze with its own term, each bank's result for many accounts at once, reminders
before a window lapses and the lapses nobody acted on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock, parse_iso
from console.models.core.db import transaction
from console.models.stoppay.requests import RESULT_STATUSES, WINDOW_HOURS, advance_version, check_version
from console.models.core.users import Permission, User, require

MAX_RENEWALS = 2                 # the 2016 rules: the same account may be stopped again, at most twice
FREEZE_DAYS = 183                # a freeze lasts six months (renewable by six months)
REMIND_HOURS = 6                 # a window ending within this many hours is a reminder on the page
HELD = ("issued", "stopped")     # accounts still under the 48-hour stop-payment


class WindowRefused(Exception):
    """A renewal or freeze the rules do not allow, in words the officer can act on."""


@dataclass(frozen=True)
class BankResult:
    stop_account_id: int
    status: str                  # stopped | frozen | failed
    stopped_cents: int = 0
    reason: str = ""


# -- clocks -------------------------------------------------------------------------------------------
def minutes_since(transferred_at: str | None, now: datetime) -> int | None:
    """Whole minutes since the money left (None when the time is unknown)."""
    if not transferred_at:
        return None
    try:
        return max(0, int((now - parse_iso(transferred_at)).total_seconds() // 60))
    except ValueError:
        return None


def clock_grade(minutes: int | None) -> str:
    """The colour grade of a transfer through the golden hour: fresh (<15 min), hot (<30), warm (<60),
    cold (an hour or more: the money has most likely moved on)."""
    if minutes is None:
        return "unknown"
    if minutes < 15:
        return "fresh"
    if minutes < 30:
        return "hot"
    if minutes < 60:
        return "warm"
    return "cold"


def transfer_clocks(db: Database, request_id: int, now: datetime) -> list[tuple[int, str, int, int | None]]:
    """(transfer id, transferred at, amount, minutes since) of the request's transfers, freshest first."""
    return [(tid, at, cents, minutes_since(at, now)) for tid, at, cents in db.execute(
        "SELECT id, transferred_at, amount_cents FROM stop_transfers WHERE request_id = ? "
        "ORDER BY transferred_at IS NULL, transferred_at DESC, id", [request_id])]


# -- the window ---------------------------------------------------------------------------------------
def held_accounts(db: Database, request_id: int) -> list[tuple[int, str | None, int]]:
    return db.execute(f"SELECT id, window_ends_at, renewals FROM stop_accounts WHERE request_id = ? "
                      f"AND status IN ({', '.join('?' * len(HELD))}) ORDER BY id", [request_id, *HELD]).fetchall()


def renewals_left(db: Database, request_id: int) -> int:
    """How many more renewals the rules allow for every held account of the request."""
    held = held_accounts(db, request_id)
    return min((MAX_RENEWALS - r for _i, _e, r in held), default=0)


def renew(db: Database, user: User, request_id: int, *, clock: Clock, seen_version: int | None = None) -> int:
    """Stops every held account of the request for another 48 hours (from the end of its window, or from now
    if it has already lapsed). At most twice per account; each renewal is a recorded event. Returns how many
    accounts were renewed. A seat that showed the request at `seen_version` renews nothing another seat
    changed since (ChangedElsewhere)."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    with transaction(db):
        check_version(db, request_id, seen_version)
        held = held_accounts(db, request_id)
        if not held:
            raise WindowRefused(QCoreApplication.translate(
                "StopWindow", "No account of this request is under a stop-payment to renew."))
        if any(r >= MAX_RENEWALS for _i, _e, r in held):
            raise WindowRefused(QCoreApplication.translate(
                "StopWindow", "The rules allow at most two renewals; convert to a freeze instead."))
        for sid, ends, renewals in held:
            start = max(parse_iso(ends), now) if ends else now
            new_end = clock.iso(start + timedelta(hours=WINDOW_HOURS))
            db.execute("UPDATE stop_accounts SET window_ends_at = ?, renewals = ?, updated_at = ? WHERE id = ?",
                       [new_end, renewals + 1, clock.iso(now), sid])
            db.execute("INSERT INTO stop_window_events (stop_account_id, kind, at, user_id, ends_at, detail) "
                       "VALUES (?, 'renewed', ?, ?, ?, ?)", [sid, clock.iso(now), user.id, new_end, str(renewals + 1)])
            audit.record(db, user, "renew", "stop_accounts", sid,
                         {"window_ends_at": (ends, new_end), "renewals": (renewals, renewals + 1)}, clock=clock)
        advance_version(db, user, request_id, clock=clock)
    return len(held)


def convert_to_freeze(db: Database, user: User, request_id: int, *, clock: Clock, days: int = FREEZE_DAYS,
                      seen_version: int | None = None) -> int:
    """Turns every held account of the request into a freeze (approved, with a registered case) that runs for
    its own term. Returns how many accounts were frozen. Checked against `seen_version` as renew is."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    until = clock.iso(now + timedelta(days=days))
    with transaction(db):
        check_version(db, request_id, seen_version)
        held = held_accounts(db, request_id)
        if not held:
            raise WindowRefused(QCoreApplication.translate(
                "StopWindow", "No account of this request is under a stop-payment to freeze."))
        for sid, ends, _renewals in held:
            db.execute("UPDATE stop_accounts SET status = 'frozen', frozen_until = ?, updated_at = ? WHERE id = ?",
                       [until, clock.iso(now), sid])
            db.execute("INSERT INTO stop_window_events (stop_account_id, kind, at, user_id, ends_at) "
                       "VALUES (?, 'frozen', ?, ?, ?)", [sid, clock.iso(now), user.id, until])
            audit.record(db, user, "freeze", "stop_accounts", sid, {"frozen_until": (None, until)}, clock=clock)
        advance_version(db, user, request_id, clock=clock)
    return len(held)


def record_results(db: Database, user: User, results: list[BankResult], *, clock: Clock,
                   request_id: int | None = None, seen_version: int | None = None) -> int:
    """Each bank's answer for many accounts at once, in one write: stopped (amount), frozen (amount; the
    freeze's term starts), failed (why). Every request whose accounts were answered moves to a new version.
    A seat that showed `request_id` at `seen_version` records nothing when another seat changed it since
    (ChangedElsewhere: it may have answered the same accounts). Returns how many were recorded."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.iso(clock.now())
    with transaction(db):
        if request_id is not None:
            check_version(db, request_id, seen_version)
        answered: set[int] = set()
        for r in results:
            if r.status not in RESULT_STATUSES or r.status == "issued":
                raise ValueError(r.status)
            if not isinstance(r.stopped_cents, int) or r.stopped_cents < 0:
                raise ValueError(QCoreApplication.translate("StopPay", "The stopped amount cannot be negative."))
            old = db.execute("SELECT status, stopped_cents, fail_reason, frozen_until, request_id FROM stop_accounts "
                             "WHERE id = ?", [r.stop_account_id]).fetchone()
            if old is None:
                raise LookupError(f"no stop account {r.stop_account_id}")
            if request_id is not None and old[4] != request_id:
                raise ValueError(f"stop account {r.stop_account_id} is not of request {request_id}")
            answered.add(old[4])
            old = old[:4]
            until = old[3]
            if r.status == "frozen" and not until:
                until = clock.iso(clock.now() + timedelta(days=FREEZE_DAYS))
            new = (r.status, r.stopped_cents, r.reason.strip() if r.status == "failed" else "", until)
            db.execute("UPDATE stop_accounts SET status = ?, stopped_cents = ?, fail_reason = ?, frozen_until = ?, "
                       "result_at = coalesce(result_at, ?), updated_at = ? WHERE id = ?",
                       [*new, now, now, r.stop_account_id])
            db.execute("INSERT INTO stop_window_events (stop_account_id, kind, at, user_id, ends_at, detail) "
                       "VALUES (?, 'result', ?, ?, ?, ?)", [r.stop_account_id, now, user.id, until, r.status])
            keys = ("status", "stopped_cents", "fail_reason", "frozen_until")
            audit.record(db, user, "result", "stop_accounts", r.stop_account_id,
                         audit.diff(dict(zip(keys, old)), dict(zip(keys, new))), clock=clock)
        for rid in sorted(answered):
            advance_version(db, user, rid, clock=clock)
    return len(results)


def events(db: Database, request_id: int) -> list[tuple[str, str, str, str | None, str]]:
    """(account number, kind, at, new end, who) of every step on the request's windows, in order."""
    return db.execute(
        "SELECT a.number, e.kind, e.at, e.ends_at, coalesce(u.display_name, '') FROM stop_window_events e "
        "JOIN stop_accounts s ON s.id = e.stop_account_id JOIN accounts a ON a.id = s.account_id "
        "LEFT JOIN users u ON u.id = e.user_id WHERE s.request_id = ? ORDER BY e.id", [request_id]).fetchall()


# -- reminders and lapses ---------------------------------------------------------------------------
def reminders(db: Database, now: datetime, *, within_hours: int = REMIND_HOURS) -> list[tuple[int, str, str, int]]:
    """(request id, request no, earliest window end, accounts) of held windows ending within the hours."""
    return db.execute(
        "SELECT r.id, r.request_no, min(s.window_ends_at), count(*) FROM stop_accounts s "
        "JOIN stop_requests r ON r.id = s.request_id WHERE s.status IN ('issued', 'stopped') "
        "AND s.window_ends_at > ? AND s.window_ends_at <= ? GROUP BY r.id ORDER BY 3",
        [Clock.iso(now), Clock.iso(now + timedelta(hours=within_hours))]).fetchall()


def lapsed(db: Database, now: datetime) -> list[tuple[int, str, str, int]]:
    """(request id, request no, when the first window lapsed, accounts) of stop-payments whose window ran
    out with nobody renewing, freezing or closing them, and of freezes past their term."""
    return db.execute(
        "SELECT r.id, r.request_no, min(coalesce(CASE WHEN s.status = 'frozen' THEN s.frozen_until END, "
        "s.window_ends_at)), count(*) FROM stop_accounts s JOIN stop_requests r ON r.id = s.request_id "
        "WHERE (s.status IN ('issued', 'stopped') AND s.window_ends_at <= ?) "
        "OR (s.status = 'frozen' AND s.frozen_until <= ?) GROUP BY r.id ORDER BY 3",
        [Clock.iso(now), Clock.iso(now)]).fetchall()


# -- what can still be saved ----------------------------------------------------------------------------
def request_list_by_stake(db: Database, now: datetime, *, limit: int = 200) -> list[tuple[tuple, int, int, int | None]]:
    """The request list (rows as stoppay.request_list) ordered by what can still be saved, each with
    (tier, money without a bank answer yet, minutes since the last transfer). Tier 0: money that left less
    than an hour ago; 1: a window lapsed or ending within 12 hours with money unanswered; 2: other money
    unanswered; 3: everything answered, closed or empty."""
    from console.models.stoppay.requests import request_list

    rows = request_list(db, limit=limit)
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    ids = [r[0] for r in rows]
    open_money = dict(db.execute(
        f"SELECT request_id, sum(amount_cents) FROM stop_accounts WHERE request_id IN ({marks}) "
        f"AND status IN ('pending', 'issued') GROUP BY request_id", ids).fetchall())
    last = dict(db.execute(f"SELECT request_id, max(transferred_at) FROM stop_transfers WHERE request_id IN ({marks}) "
                           f"GROUP BY request_id", ids).fetchall())
    soon = Clock.iso(now + timedelta(hours=12))
    out = []
    for r in rows:
        money = open_money.get(r[0], 0) or 0
        minutes = minutes_since(last.get(r[0]), now)
        if money and minutes is not None and minutes < 60:
            tier = 0
        elif money and r[8] and r[8] <= soon:
            tier = 1
        elif money:
            tier = 2
        else:
            tier = 3
        out.append((r, tier, money, minutes))
    weight = {0: 1.0, 1: 1.0, 2: 1.0, 3: 0.0}
    return sorted(out, key=lambda x: (x[1], x[0][8] or "~" if x[1] == 1 else "", -x[2] * weight[x[1]],
                                      x[3] if x[3] is not None else 10**9))
