"""A call on the hotline: started from an IncomingCall, saved continuously, closed with its outcome.

The form the officer fills is a plain dict (the draft payload). `problems()` says which fields are wrong;
`save_call()` stores every valid part at once and leaves the wrong fields to the draft, so a mistyped card
number never blocks saving the notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core import fraud_numbers
from console.models.calls.source import IncomingCall
from console.models.core.clock import Clock
from console.models.core.numbers import clean
from console.models.core.people import upsert_account, upsert_person
from console.models.core.phone import normalize_phone
from console.models.core.reference import fraud_types
from console.models.core.users import Permission, User, require
from console.models.core.validation import card_digits, check_account, check_id_number, check_past_time, parse_amount
from console.models.core.changes import ChangedElsewhere
from console.models.core.db import transaction

CALL_FIELDS = ("call_type", "fraud_type", "notes", "three_way", "outcome", "loss_saved_cents",
               "loss_suffered_cents", "caller_person_id", "victim_person_id")


def empty_form(incoming: IncomingCall | None = None) -> dict[str, Any]:
    return {
        "caller": {"name": incoming.person_name if incoming else "", "id_number": "",
                   "phone": incoming.number if incoming else ""},
        "victim_is_caller": True,
        "victim": {"name": "", "id_number": "", "phone": "", "account": ""},
        "call_type": (incoming.call_type if incoming else None) or "stop_payment",
        "fraud_type": incoming.fraud_type if incoming else None,
        "notes": "",
        "three_way": False,
        "outcome": None,
        "loss_saved": "",
        "loss_suffered": "",
        "accounts": [],
        "transfers": [],
    }


def victim_account_kind(number: str) -> str:
    """The victim's own account as typed on the call: digits are a bank card, anything else an account."""
    return "bank_card" if card_digits(number).isdigit() else "other"


def start_call(db: Database, user: User, incoming: IncomingCall, *, clock: Clock) -> int:
    """Creates the call row the moment the call begins (status open)."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now_iso()
    values = {"started_at": now, "direction": incoming.direction, "source": incoming.source,
              "line": incoming.line, "caller_raw": incoming.number, "caller_e164": normalize_phone(incoming.number),
              "call_type": incoming.call_type, "fraud_type": incoming.fraud_type, "warning_id": incoming.warning_id,
              "officer_id": user.id, "status": "open", "updated_at": now}
    with transaction(db):
        cur = db.execute(f"INSERT INTO calls ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values()))
        audit.record(db, user, "insert", "calls", cur.lastrowid, audit.diff(None, values), clock=clock)
    return cur.lastrowid


def _parse_time(text: str) -> datetime | None:
    text = (text or "").strip().replace("/", "-").replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%H:%M"):
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed
    return None


def parse_transfer_time(text: str, now: datetime) -> datetime | None:
    """'2026-11-25 13:05' or just '13:05' (today)."""
    parsed = _parse_time(text)
    if parsed is not None and parsed.year == 1900:
        parsed = parsed.replace(year=now.year, month=now.month, day=now.day)
    return parsed


def problems(form: dict[str, Any], now: datetime) -> dict[str, str]:
    """{field path: message} for every field that is filled in but wrong (empty fields are no problem)."""
    out: dict[str, str] = {}
    people = [("caller", form.get("caller", {}))]
    if not form.get("victim_is_caller", True):
        people.append(("victim", form.get("victim", {})))
    for key, person in people:
        if person.get("id_number", "").strip():
            check = check_id_number(person["id_number"])
            if not check:
                out[f"{key}.id_number"] = check.message
        if person.get("phone", "").strip() and normalize_phone(person["phone"]) is None:
            out[f"{key}.phone"] = QCoreApplication.translate("Calls", "This is not a phone number; it is kept as typed.")
    paying = str(form.get("victim", {}).get("account", "") or "")
    if paying.strip():
        check = check_account(victim_account_kind(paying), paying)
        if not check:
            out["victim.account"] = check.message
    for field in ("loss_saved", "loss_suffered"):
        if form.get(field, "").strip():
            check = parse_amount(form[field])
            if not check:
                out[field] = check.message
    for i, acct in enumerate(form.get("accounts", [])):
        if acct.get("number", "").strip():
            check = check_account(acct.get("kind", "bank_card"), acct["number"])
            if not check:
                out[f"accounts.{i}.number"] = check.message
    known = {card_digits(a.get("number", "")) for a in form.get("accounts", []) if a.get("number", "").strip()}
    for i, tr in enumerate(form.get("transfers", [])):
        to = str(tr.get("to", "") or "")
        if to.strip() and card_digits(to) not in known:
            out[f"transfers.{i}.to"] = QCoreApplication.translate(
                "Calls", "This receiving account is not among the call's accounts: add it there, or pick one of them.")
        if tr.get("amount", "").strip():
            check = parse_amount(tr["amount"])
            if not check:
                out[f"transfers.{i}.amount"] = check.message
        if tr.get("time", "").strip():
            when = parse_transfer_time(tr["time"], now)
            check = check_past_time(when, now) if when else None
            if when is None:
                out[f"transfers.{i}.time"] = QCoreApplication.translate("Calls", "Write the time as 2026-11-25 13:05 or 13:05.")
            elif not check:
                out[f"transfers.{i}.time"] = check.message
    return out


def _person_id(db: Database, user: User, person: dict[str, str], bad: dict[str, str], key: str,
               clock: Clock) -> int | None:
    name = person.get("name", "").strip()
    idn = person.get("id_number", "").strip()
    phone = person.get("phone", "").strip()
    if f"{key}.id_number" in bad:
        idn = ""
    if not (name or idn or phone):
        return None
    return upsert_person(db, user, name=name, id_number=idn or None, phone=phone, clock=clock)


def save_call(db: Database, user: User, call_id: int, form: dict[str, Any], *, clock: Clock) -> dict[str, str]:
    """Stores every valid part of the form in one transaction; returns the problems left in the draft."""
    return save_call_checked(db, user, call_id, form, clock=clock)[0]


def call_version(db: Database, call_id: int) -> int | None:
    """The call's version as a seat shows it (None: no such call); every save that changes the form raises it."""
    row = db.execute("SELECT version FROM calls WHERE id = ?", [call_id]).fetchone()
    return row[0] if row else None


def _last_change(db: Database, call_id: int) -> tuple[str, str]:
    """(who, when) of the call's newest saved version."""
    row = db.execute("SELECT coalesce(u.display_name, u.username, '?'), c.version_at FROM calls c "
                     "LEFT JOIN users u ON u.id = c.version_by WHERE c.id = ?", [call_id]).fetchone()
    return (row[0], row[1] or "") if row else ("?", "")


def save_call_checked(db: Database, user: User, call_id: int, form: dict[str, Any], *, clock: Clock,
                      seen_version: int | None = None) -> tuple[dict[str, str], int]:
    """save_call for a seat that showed the call at `seen_version`: when another seat saved a change to it
    since, ChangedElsewhere (who and when) is raised and nothing is written; the check and the save hold
    the write lock together. Returns the problems left in the draft and the call's version now (the seat
    shows that one next). `seen_version` None checks nothing."""
    require(user, Permission.HANDLE_CALLS)
    now = clock.now()
    bad = problems(form, now)
    with transaction(db):
        old = db.execute(f"SELECT {', '.join(CALL_FIELDS)}, version FROM calls WHERE id = ?", [call_id]).fetchone()
        if old is None:
            raise LookupError(f"no call {call_id}")
        version = old[-1]
        old = old[:-1]
        if seen_version is not None and version != seen_version:
            raise ChangedElsewhere(*_last_change(db, call_id))
        # Whatever the form changes is audited (the call, its people, accounts, transfers): a new audit row
        # written by this save means the form's content moved on, and the version with it.
        audit_before = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
        caller_id = _person_id(db, user, form.get("caller", {}), bad, "caller", clock)
        victim_id = caller_id if form.get("victim_is_caller", True) else \
            _person_id(db, user, form.get("victim", {}), bad, "victim", clock)
        new = {
            "call_type": form.get("call_type") or None,
            "fraud_type": form.get("fraud_type") or None,
            "notes": form.get("notes", ""),
            "three_way": int(bool(form.get("three_way"))),
            "outcome": form.get("outcome") or None,
            "loss_saved_cents": parse_amount(form.get("loss_saved", "")).value or 0 if "loss_saved" not in bad else old[5],
            "loss_suffered_cents": parse_amount(form.get("loss_suffered", "")).value or 0
            if "loss_suffered" not in bad else old[6],
            "caller_person_id": caller_id,
            "victim_person_id": victim_id,
        }
        changes = audit.diff(dict(zip(CALL_FIELDS, old)), new)
        if changes:
            db.execute(f"UPDATE calls SET {', '.join(f'{k} = ?' for k in new)}, updated_at = ? WHERE id = ?",
                       [*new.values(), clock.now_iso(), call_id])
            audit.record(db, user, "update", "calls", call_id, changes, clock=clock)
        _save_accounts_and_transfers(db, user, call_id, form, bad, clock)
        if (db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0) > audit_before:
            version += 1
            db.execute("UPDATE calls SET version = ?, version_by = ?, version_at = ? WHERE id = ?",
                       [version, user.id, clock.now_iso(), call_id])
    return bad, version


def _save_accounts_and_transfers(db: Database, user: User, call_id: int, form: dict[str, Any],
                                 bad: dict[str, str], clock: Clock) -> None:
    ids_by_number: dict[str, int] = {}
    links: set[tuple[int, str]] = set()
    paying = str(form.get("victim", {}).get("account", "") or "").strip()
    if paying and "victim.account" not in bad:
        aid = upsert_account(db, user, number=paying, kind=victim_account_kind(paying), clock=clock)
        links.add((aid, "victim"))
    for i, acct in enumerate(form.get("accounts", [])):
        number = acct.get("number", "").strip()
        if not number or f"accounts.{i}.number" in bad:
            continue
        kind = acct.get("kind", "bank_card")
        role = acct.get("role", "suspect")
        aid = upsert_account(db, user, number=number, kind=kind, holder_name=acct.get("holder", ""),
                             is_suspect=role == "suspect", clock=clock)
        ids_by_number[clean(number)] = aid
        links.add((aid, role))
    old_links = set(db.execute("SELECT account_id, role FROM call_accounts WHERE call_id = ?", [call_id]).fetchall())
    if links != old_links:
        db.execute("DELETE FROM call_accounts WHERE call_id = ?", [call_id])
        db.conn.executemany("INSERT INTO call_accounts (call_id, account_id, role) VALUES (?, ?, ?)",
                            [(call_id, a, r) for a, r in sorted(links)])
        audit.record(db, user, "update", "call_accounts", call_id,
                     {"accounts": (len(old_links), len(links))}, clock=clock)
    victim_accounts = [a for a, r in sorted(links) if r == "victim"]
    now = clock.now()
    rows = []
    for i, tr in enumerate(form.get("transfers", [])):
        if any(f"transfers.{i}.{f}" in bad for f in ("amount", "time")) or not tr.get("amount", "").strip():
            continue
        when = parse_transfer_time(tr.get("time", ""), now)
        to = ids_by_number.get(clean(tr.get("to", "")))
        rows.append((call_id, clock.iso(when) if when else None, parse_amount(tr["amount"]).value,
                     tr.get("channel", ""), tr.get("serial", "").strip(),
                     victim_accounts[0] if victim_accounts else None, to))
    old_rows = db.execute("SELECT call_id, transferred_at, amount_cents, channel, serial_no, from_account_id, "
                          "to_account_id FROM call_transfers WHERE call_id = ? ORDER BY id", [call_id]).fetchall()
    if [tuple(r) for r in old_rows] != rows:
        db.execute("DELETE FROM call_transfers WHERE call_id = ?", [call_id])
        db.conn.executemany("INSERT INTO call_transfers (call_id, transferred_at, amount_cents, channel, serial_no, "
                            "from_account_id, to_account_id) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        audit.record(db, user, "update", "call_transfers", call_id, {"transfers": (len(old_rows), len(rows))},
                     clock=clock)


def close_call(db: Database, user: User, call_id: int, *, clock: Clock) -> None:
    require(user, Permission.HANDLE_CALLS)
    with transaction(db):
        db.execute("UPDATE calls SET status = 'closed', ended_at = coalesce(ended_at, ?), updated_at = ? "
                   "WHERE id = ?", [clock.now_iso(), clock.now_iso(), call_id])
        audit.record(db, user, "close", "calls", call_id, {"status": ("open", "closed")}, clock=clock)


AWAITING_OUTCOME = "awaiting_outcome"


def park_call(db: Database, user: User, call_id: int, *, clock: Clock) -> None:
    """The officer ends the call and says the outcome will follow: it waits on the officer's list."""
    require(user, Permission.HANDLE_CALLS)
    with transaction(db):
        old = db.execute("SELECT status FROM calls WHERE id = ?", [call_id]).fetchone()
        db.execute("UPDATE calls SET status = ?, ended_at = coalesce(ended_at, ?), updated_at = ? WHERE id = ?",
                   [AWAITING_OUTCOME, clock.now_iso(), clock.now_iso(), call_id])
        audit.record(db, user, "park", "calls", call_id, {"status": (old[0] if old else None, AWAITING_OUTCOME)},
                     clock=clock)


def resume_call(db: Database, user: User, call_id: int, *, clock: Clock) -> None:
    """A call awaiting its outcome is open again (to record the outcome, or to go on with it)."""
    require(user, Permission.HANDLE_CALLS)
    with transaction(db):
        old = db.execute("SELECT status FROM calls WHERE id = ?", [call_id]).fetchone()
        if old and old[0] == AWAITING_OUTCOME:
            db.execute("UPDATE calls SET status = 'open', updated_at = ? WHERE id = ?", [clock.now_iso(), call_id])
            audit.record(db, user, "resume", "calls", call_id, {"status": (AWAITING_OUTCOME, "open")}, clock=clock)


@dataclass(frozen=True)
class AwaitingCall:
    id: int
    started_at: str
    caller: str
    name: str


def calls_awaiting_outcome(db: Database, officer_id: int, *, current: int | None = None) -> list[AwaitingCall]:
    """The officer's calls left without an outcome (parked, or still open from an earlier session), oldest first."""
    rows = db.execute(
        "SELECT c.id, c.started_at, c.caller_raw, coalesce(p.name, '') FROM calls c "
        "LEFT JOIN people p ON p.id = c.caller_person_id "
        "WHERE c.officer_id = ? AND c.status IN ('awaiting_outcome', 'open') AND c.id IS NOT ? "
        "ORDER BY c.started_at, c.id", [officer_id, current]).fetchall()
    return [AwaitingCall(*r) for r in rows]


def mark_answered(db: Database, call_id: int, *, clock: Clock, user: User | None = None) -> None:
    """The moment the officer answered; audited like every change to a call (once: later calls change nothing)."""
    now = clock.now_iso()
    with transaction(db):
        if db.execute("UPDATE calls SET answered_at = ? WHERE id = ? AND answered_at IS NULL", [now, call_id]).rowcount:
            audit.record(db, user, "answer", "calls", call_id, {"answered_at": (None, now)}, clock=clock)


@dataclass(frozen=True)
class Suggestion:
    code: str
    name: str
    words: tuple[str, ...]


def suggest_fraud_types(db: Database, notes: str, *, limit: int = 3) -> list[Suggestion]:
    """Fraud types whose red-flag words occur in the notes, most matches first (the officer confirms)."""
    found = []
    for ft in fraud_types(db):
        words = tuple(w for w in ft.red_flags if w and w in notes)
        if words:
            found.append((len(words), Suggestion(ft.code, ft.name, words)))
    found.sort(key=lambda t: -t[0])
    return [s for _, s in found[:limit]]


def known_fraud_number(db: Database, e164: str | None) -> bool:
    """The number is already in our records as a fraud (scammer's) number, however it was written there."""
    return fraud_numbers.is_known(db, e164)


def call_row(db: Database, call_id: int) -> dict[str, Any] | None:
    cur = db.execute("SELECT * FROM calls WHERE id = ?", [call_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def load_form(db: Database, call_id: int) -> dict[str, Any]:
    """The form as it stands in the database (used when a call is reopened without a draft)."""
    call = call_row(db, call_id)
    if call is None:
        raise LookupError(f"no call {call_id}")

    def person(pid):
        if not pid:
            return {"name": "", "id_number": "", "phone": ""}
        row = db.execute("SELECT name, id_number, phone_raw FROM people WHERE id = ?", [pid]).fetchone()
        return {"name": row[0] or "", "id_number": row[1] or "", "phone": row[2] or ""}

    caller = person(call["caller_person_id"])
    if not caller["phone"]:
        caller["phone"] = call["caller_raw"]
    accounts = [{"role": role, "kind": kind, "number": number, "holder": holder or ""}
                for role, kind, number, holder in db.execute(
                    "SELECT ca.role, a.kind, a.number, a.holder_name FROM call_accounts ca JOIN accounts a "
                    "ON a.id = ca.account_id WHERE ca.call_id = ? ORDER BY ca.role DESC, a.id", [call_id])]
    transfers = [{"time": (t or "")[:16], "amount": f"{cents / 100:.2f}", "channel": ch, "serial": sn,
                  "to": to or ""}
                 for t, cents, ch, sn, to in db.execute(
                     "SELECT t.transferred_at, t.amount_cents, t.channel, t.serial_no, a.number FROM call_transfers t "
                     "LEFT JOIN accounts a ON a.id = t.to_account_id WHERE t.call_id = ? ORDER BY t.id", [call_id])]
    same = call["victim_person_id"] in (None, call["caller_person_id"])
    victim = person(None if same else call["victim_person_id"])
    paying = next((a for a in accounts if a["role"] == "victim"), None)
    if paying is not None:
        accounts.remove(paying)
    victim["account"] = paying["number"] if paying else ""
    return {
        "caller": caller, "victim_is_caller": same,
        "victim": victim,
        "call_type": call["call_type"], "fraud_type": call["fraud_type"], "notes": call["notes"],
        "three_way": bool(call["three_way"]), "outcome": call["outcome"],
        "loss_saved": f"{call['loss_saved_cents'] / 100:.2f}" if call["loss_saved_cents"] else "",
        "loss_suffered": f"{call['loss_suffered_cents'] / 100:.2f}" if call["loss_suffered_cents"] else "",
        "accounts": accounts, "transfers": transfers,
    }
