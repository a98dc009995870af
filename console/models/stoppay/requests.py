"""Emergency stop-payment (紧急止付) requests: created from the call, checked, issued, tracked per account.

A request's form is a plain dict kept as a draft while it is being completed: its problems say exactly
what blocks issuing; saving writes every valid part; issuing needs none left.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core import drafts
from console.models.calls.records import parse_transfer_time
from console.models.core.clock import Clock, parse_iso
from console.models.core.numbers import clean
from console.models.core.people import upsert_account, upsert_person
from console.models.core.phone import normalize_phone
from console.models.core.users import Permission, User, require
from console.models.core.validation import check_account, check_id_number, check_past_time, parse_amount
from console.models.core.changes import ChangedElsewhere
from console.models.core.db import transaction

WINDOW_HOURS = 48
UNIT = "孝感市公安局新型犯罪侦查支队反诈中心"
DRAFT_KIND = "stop_request"
RESULT_STATUSES = ("issued", "stopped", "failed", "frozen")


class IssueBlocked(Exception):
    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(problems.values()))
        self.problems = problems
        self.version: int | None = None     # the request's version once the blocked form was kept


# -- versions: two seats on one request -----------------------------------------------------------------
def request_version(db: Database, request_id: int) -> int | None:
    """The request's version as a seat shows it (None: no such request). Every saved change of its form,
    its issuing or discarding, and every bank result, renewal or freeze of its accounts raises it."""
    row = db.execute("SELECT version FROM stop_requests WHERE id = ?", [request_id]).fetchone()
    return row[0] if row else None


def _last_change(db: Database, request_id: int) -> tuple[str, str]:
    """(who, when) of the request's newest version."""
    row = db.execute("SELECT coalesce(u.display_name, u.username, '?'), r.version_at FROM stop_requests r "
                     "LEFT JOIN users u ON u.id = r.version_by WHERE r.id = ?", [request_id]).fetchone()
    return (row[0], row[1] or "") if row else ("?", "")


def changed_elsewhere(db: Database, request_id: int) -> ChangedElsewhere:
    """What a seat is told when the request moved on since it showed it: who saved the newest version, when."""
    return ChangedElsewhere(*_last_change(db, request_id))


def check_version(db: Database, request_id: int, seen_version: int | None) -> int:
    """The request's version now, inside the caller's write transaction; ChangedElsewhere (who and when)
    when it is not the one the seat showed (`seen_version`; None checks nothing)."""
    row = db.execute("SELECT version FROM stop_requests WHERE id = ?", [request_id]).fetchone()
    if row is None:
        raise LookupError(f"no stop-payment request {request_id}")
    if seen_version is not None and row[0] != seen_version:
        raise changed_elsewhere(db, request_id)
    return row[0]


def advance_version(db: Database, user: User, request_id: int, *, clock: Clock) -> int:
    """A change of the request was written (inside the caller's transaction): its version goes up, with who
    and when. Returns the new version."""
    db.execute("UPDATE stop_requests SET version = version + 1, version_by = ?, version_at = ? WHERE id = ?",
               [user.id, clock.now_iso(), request_id])
    return db.execute("SELECT version FROM stop_requests WHERE id = ?", [request_id]).fetchone()[0]


def _next_request_no(db: Database, now: datetime) -> str:
    """ZF + date + the day's sequence, at least four digits and as many more as needed (no daily ceiling).

    Called inside the creating transaction (BEGIN IMMEDIATE holds the write lock), so two seats never
    read the same maximum. The sequence is compared as a number: 'ZF...10000' sorts before 'ZF...9999'.
    """
    prefix = f"ZF{now:%Y%m%d}"
    last = db.execute("SELECT max(CAST(substr(request_no, ?) AS INTEGER)) FROM stop_requests "
                      "WHERE request_no >= ? AND request_no < ?", [len(prefix) + 1, prefix, prefix + "~"]).fetchone()[0]
    return f"{prefix}{(last or 0) + 1:04d}"


def create_request_from_call(db: Database, user: User, call_id: int, *, clock: Clock) -> int:
    """One transaction: victim, victim's account, every receiving account and transfer of the call."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    # Everything read under the write lock: two seats pressing for one call get one request, and the
    # number is allocated where no other seat can take it meanwhile.
    with transaction(db):
        existing = request_for_call(db, call_id)
        if existing is not None:
            return existing   # one call, one request: pressing 紧急止付 again opens it, whatever its state
        call = db.execute("SELECT victim_person_id, caller_person_id FROM calls WHERE id = ?", [call_id]).fetchone()
        if call is None:
            raise LookupError(f"no call {call_id}")
        victim_account = db.execute("SELECT account_id FROM call_accounts WHERE call_id = ? AND role = 'victim' "
                                    "ORDER BY account_id LIMIT 1", [call_id]).fetchone()
        values = {"request_no": _next_request_no(db, now), "call_id": call_id,
                  "victim_person_id": call[0] or call[1], "victim_account_id": victim_account[0] if victim_account else None,
                  "unit": UNIT, "officer_id": user.id, "status": "draft", "created_at": clock.iso(now),
                  "updated_at": clock.iso(now)}
        rid = db.execute(f"INSERT INTO stop_requests ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values())).lastrowid
        db.execute("INSERT INTO stop_transfers (request_id, transferred_at, amount_cents, channel, serial_no, "
                   "from_account_id, to_account_id) SELECT ?, transferred_at, amount_cents, channel, serial_no, "
                   "from_account_id, to_account_id FROM call_transfers WHERE call_id = ? ORDER BY id", [rid, call_id])
        window = clock.iso(now + timedelta(hours=WINDOW_HOURS))
        db.execute(
            "INSERT INTO stop_accounts (request_id, account_id, amount_cents, window_ends_at, updated_at) "
            "SELECT ?, ca.account_id, coalesce((SELECT sum(amount_cents) FROM call_transfers t WHERE t.call_id = ? "
            "AND t.to_account_id = ca.account_id), 0), ?, ? FROM call_accounts ca "
            "WHERE ca.call_id = ? AND ca.role = 'suspect' ORDER BY ca.account_id",
            [rid, call_id, window, clock.iso(now), call_id])
        audit.record(db, user, "insert", "stop_requests", rid, audit.diff(None, values), clock=clock)
    return rid


def request_for_call(db: Database, call_id: int) -> int | None:
    """The call's request that is still in force (draft, issued or closed), if any; discarded ones do not count."""
    row = db.execute("SELECT id FROM stop_requests WHERE call_id = ? AND status != 'discarded' ORDER BY id DESC "
                     "LIMIT 1", [call_id]).fetchone()
    return row[0] if row else None


def status_of(db: Database, request_id: int) -> str | None:
    row = db.execute("SELECT status FROM stop_requests WHERE id = ?", [request_id]).fetchone()
    return row[0] if row else None


def number_and_status(db: Database, request_id: int) -> tuple[str, str] | None:
    """(request number, status) of a request, None if there is no such request."""
    row = db.execute("SELECT request_no, status FROM stop_requests WHERE id = ?", [request_id]).fetchone()
    return (row[0], row[1]) if row else None


def call_of(db: Database, request_id: int) -> int | None:
    """The call the request was made from, if any."""
    row = db.execute("SELECT call_id FROM stop_requests WHERE id = ?", [request_id]).fetchone()
    return row[0] if row else None


def discard(db: Database, user: User, request_id: int, *, clock: Clock, seen_version: int | None = None) -> None:
    """Throws a draft away: its accounts and transfers go, the numbered row stays as 'discarded' (audited),
    so the number trail has no gap and a discarded request never counts as a stop-payment. A seat that
    showed the request at `seen_version` discards nothing another seat changed since (ChangedElsewhere)."""
    require(user, Permission.HANDLE_CALLS)
    with transaction(db):
        check_version(db, request_id, seen_version)
        status = status_of(db, request_id)
        if status != "draft":
            raise ValueError(f"only a draft can be discarded (request {request_id} is {status})")
        db.execute("DELETE FROM stop_transfers WHERE request_id = ?", [request_id])
        db.execute("DELETE FROM stop_accounts WHERE request_id = ?", [request_id])
        db.execute("UPDATE stop_requests SET status = 'discarded', updated_at = ? WHERE id = ?",
                   [clock.now_iso(), request_id])
        audit.record(db, user, "discard", "stop_requests", request_id, {"status": ("draft", "discarded")},
                     clock=clock)
        advance_version(db, user, request_id, clock=clock)
        drafts.delete_every_draft(db, DRAFT_KIND, str(request_id))


def typed_draft(db: Database, request_id: int, user_id: int) -> tuple[dict[str, Any], int | None] | None:
    """The user's draft of a request still a draft, as typed, with the request's version the typing
    started from (None when unknown: a draft kept before versions, shared by every seat as user 0)."""
    if status_of(db, request_id) != "draft":
        return None
    for uid in (user_id, 0):
        form = drafts.load_draft(db, DRAFT_KIND, str(request_id), uid)
        if form is not None:
            return form, drafts.draft_version(db, DRAFT_KIND, str(request_id), uid)
    return None


def keep_draft(db: Database, user: User, request_id: int, form: dict[str, Any], *, clock: Clock,
               typed_against: int | None) -> None:
    """The form as typed, as the user's own draft of the request, with the version it was typed against
    (a seat told of another seat's change keeps typing into it until the officer chooses)."""
    drafts.save_draft(db, DRAFT_KIND, str(request_id), user.id, form, clock.now_iso(), version=typed_against)


def load_form(db: Database, request_id: int, user_id: int | None = None) -> dict[str, Any]:
    """The request as a form: the user's draft if one is being edited (`user_id`), else from the database."""
    typed = typed_draft(db, request_id, user_id) if user_id is not None else None
    if typed is not None:
        return typed[0]
    r = db.execute("SELECT r.victim_person_id, r.victim_account_id, p.name, p.id_number, p.phone_raw, "
                   "a.number, a.kind, a.bank_code FROM stop_requests r LEFT JOIN people p ON p.id = r.victim_person_id "
                   "LEFT JOIN accounts a ON a.id = r.victim_account_id WHERE r.id = ?", [request_id]).fetchone()
    # Freshest money first: the account whose last transfer arrived most recently is the one still worth
    # chasing (the golden hour); accounts without a known transfer time come last.
    accounts = [{"number": n, "kind": k, "holder": h or "", "amount": f"{c / 100:.2f}" if c else "",
                 "status": s, "stopped": f"{sc / 100:.2f}" if sc else "", "reason": fr, "id": sid,
                 "last_transfer": last or "", "window_ends_at": ends or "", "renewals": ren,
                 "frozen_until": until or ""}
                for sid, n, k, h, c, s, sc, fr, last, ends, ren, until in db.execute(
                    "SELECT s.id, a.number, a.kind, a.holder_name, s.amount_cents, s.status, s.stopped_cents, "
                    "s.fail_reason, (SELECT max(t.transferred_at) FROM stop_transfers t WHERE t.request_id = "
                    "s.request_id AND t.to_account_id = s.account_id) AS last, s.window_ends_at, s.renewals, "
                    "s.frozen_until FROM stop_accounts s JOIN accounts a ON a.id = s.account_id "
                    "WHERE s.request_id = ? ORDER BY last DESC NULLS LAST, s.id", [request_id])]
    transfers = [{"time": (t or "")[:16], "amount": f"{c / 100:.2f}", "channel": ch, "serial": sn, "to": to or ""}
                 for t, c, ch, sn, to in db.execute(
                     "SELECT t.transferred_at, t.amount_cents, t.channel, t.serial_no, a.number FROM stop_transfers t "
                     "LEFT JOIN accounts a ON a.id = t.to_account_id WHERE t.request_id = ? ORDER BY t.id", [request_id])]
    return {"victim": {"name": r[2] or "", "id_number": r[3] or "", "phone": r[4] or "",
                       "account": r[5] or "", "account_kind": r[6] or "bank_card"},
            "accounts": accounts, "transfers": transfers}


def problems(form: dict[str, Any], now: datetime) -> dict[str, str]:
    """Everything that blocks issuing, by field, in words the officer can act on."""
    out: dict[str, str] = {}
    v = form.get("victim", {})
    if not v.get("name", "").strip():
        out["victim.name"] = QCoreApplication.translate("StopPay", "The victim's name is missing.")
    idc = check_id_number(v.get("id_number", ""))
    if not idc:
        out["victim.id_number"] = idc.message
    if normalize_phone(v.get("phone", "")) is None:
        out["victim.phone"] = QCoreApplication.translate("StopPay", "The victim's phone number is missing or wrong.")
    ac = check_account(v.get("account_kind", "bank_card"), v.get("account", ""))
    if not ac:
        out["victim.account"] = QCoreApplication.translate("StopPay", "The account the money left from: %1").replace("%1", ac.message)
    accounts = form.get("accounts", [])
    if not any(a.get("number", "").strip() for a in accounts):
        out["accounts"] = QCoreApplication.translate("StopPay", "Add at least one receiving account to stop.")
    for i, a in enumerate(accounts):
        check = check_account(a.get("kind", "bank_card"), a.get("number", ""))
        if not check:
            out[f"accounts.{i}.number"] = check.message
    transfers = form.get("transfers", [])
    if not transfers:
        out["transfers"] = QCoreApplication.translate("StopPay", "Add each transfer: time, amount and receiving account.")
    numbers = {clean(a.get("number", "")) for a in accounts}
    for i, t in enumerate(transfers):
        amount = parse_amount(t.get("amount", ""))
        if not amount:
            out[f"transfers.{i}.amount"] = amount.message
        when = parse_transfer_time(t.get("time", ""), now)
        check = check_past_time(when, now)
        if not check:
            out[f"transfers.{i}.time"] = check.message
        if clean(t.get("to", "")) not in numbers:
            out[f"transfers.{i}.to"] = QCoreApplication.translate("StopPay", "The receiving account of this transfer is not in the list of accounts.")
    return out


def save_form(db: Database, user: User, request_id: int, form: dict[str, Any], *, clock: Clock) -> dict[str, str]:
    """Keeps the form as a draft and writes its valid parts; returns what still blocks issuing."""
    return save_form_checked(db, user, request_id, form, clock=clock)[0]


def save_form_checked(db: Database, user: User, request_id: int, form: dict[str, Any], *, clock: Clock,
                      seen_version: int | None = None) -> tuple[dict[str, str], int]:
    """save_form for a seat that showed the request at `seen_version`: the form is kept as the user's draft
    first (typed against that version), then, when another seat saved a change to the request since,
    ChangedElsewhere (who and when) is raised and nothing else is written; the check and the save hold the
    write lock together. Only a save that changes something raises the version, so a seat's own autosaves
    follow one another without a clash. Returns what still blocks issuing and the request's version now.
    `seen_version` None checks nothing."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    bad = problems(form, now)
    if status_of(db, request_id) == "draft":
        keep_draft(db, user, request_id, form, clock=clock,
                   typed_against=seen_version if seen_version is not None else request_version(db, request_id))
    with transaction(db):
        version = check_version(db, request_id, seen_version)
        if status_of(db, request_id) != "draft":
            return bad, version   # an issued request is read-only: only bank results change it (record_results)
        audit_before = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
        v = form["victim"]
        pid = None
        if v.get("name") or v.get("phone") or "victim.id_number" not in bad:
            pid = upsert_person(db, user, name=v.get("name", ""), phone=v.get("phone", ""),
                                id_number=None if "victim.id_number" in bad else v.get("id_number"), clock=clock)
        vacc = None
        if "victim.account" not in bad:
            vacc = upsert_account(db, user, number=v["account"], kind=v.get("account_kind", "bank_card"),
                                  holder_name=v.get("name", ""), clock=clock)
        ids: dict[str, int] = {}
        for i, a in enumerate(form.get("accounts", [])):
            if f"accounts.{i}.number" in bad:
                continue
            aid = upsert_account(db, user, number=a["number"], kind=a.get("kind", "bank_card"),
                                 holder_name=a.get("holder", ""), is_suspect=True, clock=clock)
            ids[clean(a["number"])] = aid
        changes = _write_form_rows(db, request_id, form, bad, pid, vacc, ids, clock, now)
        if changes:
            db.execute("UPDATE stop_requests SET updated_at = ? WHERE id = ?", [clock.iso(now), request_id])
            audit.record(db, user, "update", "stop_requests", request_id,
                         {**changes, "problems": (None, len(bad))}, clock=clock)
        if (db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0) > audit_before:
            version = advance_version(db, user, request_id, clock=clock)
        drafts.follow_version(db, DRAFT_KIND, str(request_id), user.id, version)
    return bad, version


def _write_form_rows(db: Database, request_id: int, form: dict[str, Any], bad: dict[str, str], pid: int | None,
                     vacc: int | None, ids: dict[str, int], clock: Clock, now: datetime) -> dict[str, tuple]:
    """Writes the request's victim, transfers and accounts where they differ from the stored ones (rows
    kept as they are when nothing changed, so their ids stay); returns the changes for the audit row."""
    changes: dict[str, tuple] = {}
    old = db.execute("SELECT victim_person_id, victim_account_id FROM stop_requests WHERE id = ?",
                     [request_id]).fetchone()
    victim = (pid if pid is not None else old[0], vacc if vacc is not None else old[1])
    if tuple(old) != victim:
        db.execute("UPDATE stop_requests SET victim_person_id = ?, victim_account_id = ? WHERE id = ?",
                   [*victim, request_id])
        changes["victim"] = (list(old), list(victim))
    rows: list[tuple] = []
    totals: dict[int, int] = {}
    for i, t in enumerate(form.get("transfers", [])):
        if any(f"transfers.{i}.{f}" in bad for f in ("amount", "time")):
            continue
        to = ids.get(clean(t.get("to", "")))
        cents = parse_amount(t["amount"]).value
        if to:
            totals[to] = totals.get(to, 0) + cents
        rows.append((clock.iso(parse_transfer_time(t["time"], now)), cents, t.get("channel", ""),
                     t.get("serial", ""), vacc, to))
    old_rows = [tuple(r) for r in db.execute(
        "SELECT transferred_at, amount_cents, channel, serial_no, from_account_id, to_account_id "
        "FROM stop_transfers WHERE request_id = ? ORDER BY id", [request_id]).fetchall()]
    if old_rows != rows:
        db.execute("DELETE FROM stop_transfers WHERE request_id = ?", [request_id])
        for row in rows:
            db.execute("INSERT INTO stop_transfers (request_id, transferred_at, amount_cents, channel, serial_no, "
                       "from_account_id, to_account_id) VALUES (?, ?, ?, ?, ?, ?, ?)", [request_id, *row])
        changes["transfers"] = (len(old_rows), len(rows))
    accounts = [(aid, totals.get(aid, 0)) for aid in dict.fromkeys(ids.values())]
    old_accounts = [tuple(r) for r in db.execute(
        "SELECT account_id, amount_cents FROM stop_accounts WHERE request_id = ? ORDER BY id", [request_id]).fetchall()]
    if old_accounts != accounts:
        db.execute("DELETE FROM stop_accounts WHERE request_id = ?", [request_id])
        window = clock.iso(now + timedelta(hours=WINDOW_HOURS))
        for aid, cents in accounts:
            db.execute("INSERT INTO stop_accounts (request_id, account_id, amount_cents, window_ends_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)", [request_id, aid, cents, window, clock.iso(now)])
        changes["accounts"] = (len(old_accounts), len(accounts))
    return changes


def issue(db: Database, user: User, request_id: int, form: dict[str, Any], *, clock: Clock,
          seen_version: int | None = None) -> str:
    """Saves and issues: the 48-hour window of every account starts now. Returns the request number.
    A seat that showed the request at `seen_version` issues nothing another seat changed since
    (ChangedElsewhere, nothing written)."""
    now = clock.now()
    # Saving and issuing are one write: a failure while issuing leaves the request as it was, not saved
    # with new accounts but unissued. A blocked request is still saved (the transaction ends normally).
    with transaction(db):
        bad, version = save_form_checked(db, user, request_id, form, clock=clock, seen_version=seen_version)
        if not bad:
            db.execute("UPDATE stop_requests SET status = 'issued', issued_at = ?, updated_at = ? WHERE id = ?",
                       [clock.iso(now), clock.iso(now), request_id])
            db.execute("UPDATE stop_accounts SET status = 'issued', window_ends_at = ?, updated_at = ? "
                       "WHERE request_id = ?", [clock.iso(now + timedelta(hours=WINDOW_HOURS)), clock.iso(now), request_id])
            audit.record(db, user, "issue", "stop_requests", request_id, {"status": ("draft", "issued")}, clock=clock)
            advance_version(db, user, request_id, clock=clock)
            drafts.delete_every_draft(db, DRAFT_KIND, str(request_id))
            # The victim lost money: watched as a repeat victim, called back at 72 hours and 30 days.
            from console.models.calls.repeat_victims import flag_from_request
            flag_from_request(db, user, request_id, clock=clock)
    if bad:
        blocked = IssueBlocked(bad)
        blocked.version = version
        raise blocked
    return db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [request_id]).fetchone()[0]


def record_result(db: Database, user: User, stop_account_id: int, status: str, *, stopped_cents: int = 0,
                  reason: str = "", clock: Clock) -> None:
    """The bank's answer for one account: stopped (with the amount), failed (why), frozen (extended)."""
    require(user, Permission.HANDLE_CALLS)
    if status not in RESULT_STATUSES:
        raise ValueError(status)
    if not isinstance(stopped_cents, int) or stopped_cents < 0:
        raise ValueError(QCoreApplication.translate("StopPay", "The stopped amount cannot be negative."))
    old = db.execute("SELECT status, stopped_cents, fail_reason, request_id FROM stop_accounts WHERE id = ?",
                     [stop_account_id]).fetchone()
    if old is None:
        raise LookupError(f"no stop account {stop_account_id}")
    request_id, old = old[3], old[:3]
    new = (status, stopped_cents, reason)
    with transaction(db):
        db.execute("UPDATE stop_accounts SET status = ?, stopped_cents = ?, fail_reason = ?, updated_at = ? "
                   "WHERE id = ?", [*new, clock.now_iso(), stop_account_id])
        audit.record(db, user, "result", "stop_accounts", stop_account_id,
                     audit.diff(dict(zip(("status", "stopped_cents", "fail_reason"), old)),
                                dict(zip(("status", "stopped_cents", "fail_reason"), new))), clock=clock)
        advance_version(db, user, request_id, clock=clock)


def totals(db: Database, request_id: int) -> tuple[int, int]:
    """(amount that reached the accounts, amount stopped) in fen."""
    return db.execute("SELECT coalesce(sum(amount_cents), 0), coalesce(sum(stopped_cents), 0) FROM stop_accounts "
                      "WHERE request_id = ?", [request_id]).fetchone()


def seconds_left(window_ends_at: str | None, now: datetime) -> int | None:
    return None if not window_ends_at else int((parse_iso(window_ends_at) - now).total_seconds())


def ending_soon(db: Database, now: datetime, *, within_hours: int = 12) -> list[tuple[int, str, str, int]]:
    """(request id, request no, window end, accounts) of issued requests whose window ends within the hours."""
    return db.execute(
        "SELECT r.id, r.request_no, min(s.window_ends_at), count(*) FROM stop_accounts s "
        "JOIN stop_requests r ON r.id = s.request_id WHERE s.status = 'issued' AND s.window_ends_at BETWEEN ? AND ? "
        "GROUP BY r.id ORDER BY 3", [Clock.iso(now), Clock.iso(now + timedelta(hours=within_hours))]).fetchall()


def shared_accounts(db: Database, request_id: int) -> dict[str, list[str]]:
    """Receiving accounts of this request that appear in other cases: number -> other request numbers/calls."""
    out: dict[str, list[str]] = {}
    for number, other in db.execute(
            "SELECT a.number, r2.request_no FROM stop_accounts s JOIN accounts a ON a.id = s.account_id "
            "JOIN stop_accounts s2 ON s2.account_id = s.account_id AND s2.request_id != s.request_id "
            "JOIN stop_requests r2 ON r2.id = s2.request_id WHERE s.request_id = ? ORDER BY r2.created_at DESC",
            [request_id]):
        out.setdefault(number, []).append(other)
    return out


def request_list(db: Database, *, limit: int = 200) -> list[tuple]:
    """(id, request no, created, status, victim name, accounts, amount, stopped, earliest window end), newest first."""
    return db.execute(
        "SELECT r.id, r.request_no, r.created_at, r.status, coalesce(p.name, ''), count(s.id), "
        "coalesce(sum(s.amount_cents), 0), coalesce(sum(s.stopped_cents), 0), "
        "min(CASE WHEN s.status = 'issued' THEN s.window_ends_at END) "
        "FROM (SELECT * FROM stop_requests WHERE status != 'discarded' ORDER BY created_at DESC LIMIT ?) r "
        "LEFT JOIN people p ON p.id = r.victim_person_id LEFT JOIN stop_accounts s ON s.request_id = r.id "
        "GROUP BY r.id, r.request_no, r.created_at, r.status, p.name ORDER BY r.created_at DESC", [limit]).fetchall()


def form_from_call(call_form: dict[str, Any]) -> dict[str, Any]:
    """The request form from the call's form as typed (wrong fields included, to be fixed here)."""
    victim = call_form["caller"] if call_form.get("victim_is_caller", True) else call_form["victim"]
    typed = str((call_form.get("victim") or {}).get("account", "") or "").strip()   # taken on the call
    paying = {"number": typed, "kind": "bank_card" if typed.replace(" ", "").replace("-", "").isdigit() else "other"} \
        if typed else next((a for a in call_form.get("accounts", []) if a.get("role") == "victim"), {})
    return {
        "victim": {"name": victim.get("name", ""), "id_number": victim.get("id_number", ""),
                   "phone": victim.get("phone", ""), "account": paying.get("number", ""),
                   "account_kind": paying.get("kind", "bank_card")},
        "accounts": [{"number": a.get("number", ""), "kind": a.get("kind", "bank_card"), "holder": a.get("holder", ""),
                      "status": "pending"} for a in call_form.get("accounts", []) if a.get("role") == "suspect"],
        "transfers": [dict(t) for t in call_form.get("transfers", [])],
    }
