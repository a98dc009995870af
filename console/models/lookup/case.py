"""A case seen whole: one person's or one account's timeline, and the accounts and numbers shared by cases."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import fraud_numbers
from console.models.core import labels
from console.models.core.sensitive import mask_card_number, mask_id_number, redact_text
from console.models.core.validation import format_amount


@dataclass(frozen=True)
class Event:
    at: str
    kind: str
    record_id: int
    text: str


def person_with_phone(db: Database, e164: str) -> int | None:
    """A person known by this phone number (E.164), whose timeline a phone opens; None if nobody is."""
    row = db.execute("SELECT id FROM people WHERE phone_e164 = ? LIMIT 1", [e164]).fetchone()
    return row[0] if row else None


def person_timeline(db: Database, person_id: int) -> tuple[str, list[Event]]:
    row = db.execute("SELECT name, id_number, phone_raw, phone_e164 FROM people WHERE id = ?", [person_id]).fetchone()
    if row is None:
        return "", []
    name, idn, phone, e164 = row
    ft = dict(db.execute("SELECT code, name FROM fraud_types").fetchall())
    oc = dict(db.execute("SELECT code, name FROM outcomes").fetchall())
    events: list[Event] = []
    call_ids = []
    for cid, at, f, o, notes, saved in db.execute(
            "SELECT id, started_at, fraud_type, outcome, notes, loss_saved_cents FROM calls WHERE caller_person_id = ? "
            "UNION SELECT id, started_at, fraud_type, outcome, notes, loss_saved_cents FROM calls WHERE victim_person_id = ?",
            [person_id, person_id]):
        call_ids.append(cid)
        events.append(Event(at, "call", cid, " · ".join(x for x in (ft.get(f, ""), oc.get(o, ""),
                                                                   redact_text(notes or "")[:80],
                                                                   format_amount(saved) if saved else "") if x)))
    shown = _scripts_shown(db, call_ids)
    events = [Event(e.at, e.kind, e.record_id, e.text + (" · " + shown[e.record_id] if e.record_id in shown else ""))
              if e.kind == "call" else e for e in events]
    warning_ids = []
    if e164:
        for wid, at, level, f, o, saved in db.execute(
                "SELECT id, received_at, level, fraud_type, outcome, loss_saved_cents FROM warnings WHERE phone_e164 = ?",
                [e164]):
            warning_ids.append(wid)
            events.append(Event(at, "warning", wid, " · ".join(x for x in (level, ft.get(f, ""), oc.get(o, "")) if x)))
    for rid, at, no, total, stopped in db.execute(
            "SELECT r.id, r.created_at, r.request_no, coalesce(sum(s.amount_cents), 0), coalesce(sum(s.stopped_cents), 0) "
            "FROM stop_requests r LEFT JOIN stop_accounts s ON s.request_id = r.id WHERE r.victim_person_id = ? "
            "GROUP BY r.id", [person_id]):
        events.append(Event(at, "stop_request", rid, f"{no} · {format_amount(total)} · 止付 {format_amount(stopped)}"))
    events += _dispatches(db, call_ids, warning_ids)
    events.sort(key=lambda e: e.at)
    return f"{name} · {mask_id_number(idn)} · {phone}", events


def _scripts_shown(db: Database, call_ids: list[int]) -> dict[int, str]:
    """Which script versions each call showed (kept with the call when shown), for the case timeline."""
    if not call_ids:
        return {}
    marks = ",".join("?" * len(call_ids))
    shown: dict[int, list[str]] = {}
    for cid, title, version in db.execute(
            f"SELECT v.call_id, coalesce(sv.title, s.title), sv.version FROM script_views v JOIN scripts s "
            f"ON s.id = v.script_id LEFT JOIN script_versions sv ON sv.id = v.version_id WHERE v.call_id IN ({marks}) "
            f"ORDER BY v.shown_at, v.id", call_ids):
        shown.setdefault(cid, []).append(f"{title} v{version}" if version else title)
    label = QCoreApplication.translate("Case", "scripts shown: %1")
    return {cid: label.replace("%1", "、".join(dict.fromkeys(titles))) for cid, titles in shown.items()}


def account_timeline(db: Database, account_id: int) -> tuple[str, list[Event]]:
    row = db.execute("SELECT number, holder_name, bank_code FROM accounts WHERE id = ?", [account_id]).fetchone()
    if row is None:
        return "", []
    number, holder, bank = row
    events = [Event(at, "call", cid, f"{labels.account_role(role)} · {redact_text(notes or '')[:80]}") for cid, at, role, notes in db.execute(
        "SELECT c.id, c.started_at, ca.role, c.notes FROM call_accounts ca JOIN calls c ON c.id = ca.call_id "
        "WHERE ca.account_id = ?", [account_id])]
    events += [Event(at, "stop_request", rid, f"{no} · {format_amount(amount)} · {labels.stop_account_status(status)} {format_amount(stopped)}")
               for rid, at, no, amount, status, stopped in db.execute(
                   "SELECT r.id, r.created_at, r.request_no, s.amount_cents, s.status, s.stopped_cents FROM stop_accounts s "
                   "JOIN stop_requests r ON r.id = s.request_id WHERE s.account_id = ?", [account_id])]
    events.sort(key=lambda e: e.at)
    return f"{mask_card_number(number)} · {holder} · {bank or ''}", events


def _dispatches(db: Database, call_ids: list[int], warning_ids: list[int]) -> list[Event]:
    out = []
    for ids, col in ((call_ids, "call_id"), (warning_ids, "warning_id")):
        if not ids:
            continue
        marks = ",".join("?" * len(ids))
        for did, at, station, status, dissuaded, saved in db.execute(
                f"SELECT d.id, d.created_at, s.name, d.status, d.dissuaded, d.loss_saved_cents FROM dispatches d "
                f"JOIN stations s ON s.id = d.station_id WHERE d.{col} IN ({marks})", ids):
            out.append(Event(at, "dispatch", did, f"{station} · {labels.dispatch_status(status)}" + (" · 劝阻成功" if dissuaded else "")
                             + (f" · 挽损 {format_amount(saved)}" if saved else "")))
    return out


@dataclass(frozen=True)
class SharedAccount:
    account_id: int
    number: str
    holder: str
    cases: int
    total_cents: int
    request_nos: tuple[str, ...]


def shared_accounts(db: Database, *, min_cases: int = 2, limit: int = 100) -> list[SharedAccount]:
    """Suspect accounts that received money in more than one case: the thread investigators pull."""
    rows = db.execute(
        "SELECT s.account_id, a.number, a.holder_name, count(DISTINCT s.request_id), "
        "(SELECT coalesce(sum(t.amount_cents), 0) FROM stop_transfers t WHERE t.to_account_id = s.account_id), "
        "group_concat(DISTINCT r.request_no) FROM stop_accounts s JOIN accounts a ON a.id = s.account_id "
        "JOIN stop_requests r ON r.id = s.request_id GROUP BY s.account_id, a.number, a.holder_name "
        "HAVING count(DISTINCT s.request_id) >= ? "
        "ORDER BY 4 DESC, 5 DESC LIMIT ?", [min_cases, limit]).fetchall()
    return [SharedAccount(aid, n, h or "", c, t, tuple(sorted((nos or "").split(",")))) for aid, n, h, c, t, nos in rows]


def shared_fraud_numbers(db: Database, *, min_cases: int = 2, limit: int = 100) -> list[tuple[str, int]]:
    """Fraud numbers reported in more than one warning or call (compared normalised), most frequent first."""
    return [(s.shown, s.cases) for s in fraud_numbers.shared_fraud_numbers(db, min_cases=min_cases, limit=limit)]


def timeline_html(title: str, events: list[Event], kind_names: dict[str, str]) -> str:
    e = html.escape
    rows = "".join(f"<tr><td>{e(ev.at[:16])}</td><td>{e(kind_names.get(ev.kind, ev.kind))}</td><td>{e(ev.text)}</td></tr>"
                   for ev in events)
    return (f"<h2>{e(title)}</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr><th>时间</th><th>类别</th><th>内容</th></tr>{rows}</table>")
