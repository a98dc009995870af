"""A caller's earlier history, at once: calls, warnings, stop-payments and accounts, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from . import fraud_numbers, labels
from .sensitive import mask_card_number, redact_text
from .validation import format_amount

HISTORY_LIMIT = 50


@dataclass(frozen=True)
class HistoryItem:
    kind: str            # call | warning | stop_request | account
    record_id: int
    at: str
    summary: str


def caller_history(db: Database, e164: str | None, person_ids: list[int] | None = None,
                   *, exclude_call: int | None = None) -> list[HistoryItem]:
    """Everything linked to this number or these people; each query uses an index."""
    items: list[HistoryItem] = []
    person_ids = list(person_ids or [])
    if e164:
        person_ids += [r[0] for r in db.execute("SELECT id FROM people WHERE phone_e164 = ? LIMIT 20", [e164])]
    person_ids = sorted(set(person_ids))
    marks = ",".join("?" * len(person_ids)) or "NULL"
    ft = {c: n for c, n in db.execute("SELECT code, name FROM fraud_types")}
    oc = {c: n for c, n in db.execute("SELECT code, name FROM outcomes")}
    call_rows = db.execute(
        f"SELECT id, started_at, fraud_type, outcome, notes FROM calls WHERE id IN ("
        f"SELECT id FROM calls WHERE caller_e164 = ? UNION SELECT id FROM calls WHERE caller_person_id IN ({marks}) "
        f"UNION SELECT id FROM calls WHERE victim_person_id IN ({marks})) ORDER BY started_at DESC LIMIT ?",
        [e164, *person_ids, *person_ids, HISTORY_LIMIT]).fetchall()
    call_ids = []
    for cid, at, f, o, notes in call_rows:
        if cid == exclude_call:
            continue
        call_ids.append(cid)
        items.append(HistoryItem("call", cid, at, " · ".join(x for x in (ft.get(f, ""), oc.get(o, ""),
                                                                         redact_text(notes or "")[:40]) if x)))
    if e164:
        for wid, at, level, f, status, o in db.execute(
                "SELECT id, received_at, level, fraud_type, status, outcome FROM warnings WHERE phone_e164 = ? "
                "ORDER BY received_at DESC LIMIT ?", [e164, HISTORY_LIMIT]):
            items.append(HistoryItem("warning", wid, at, " · ".join(x for x in (labels.warning_level(level), ft.get(f, ""), oc.get(o, labels.warning_status(status))) if x)))
        # The cross-case link: warnings that name this number as the scammer's, in whatever form.
        named = fraud_numbers.warning_ids(db, e164, HISTORY_LIMIT)
        if named:
            wmarks = ",".join("?" * len(named))
            label = QCoreApplication.translate("History", "named as the fraud number")
            for wid, at, raw, f in db.execute(
                    f"SELECT id, received_at, fraud_number, fraud_type FROM warnings WHERE id IN ({wmarks}) "
                    f"ORDER BY received_at DESC", named):
                items.append(HistoryItem("warning", wid, at, " · ".join(x for x in (label, raw, ft.get(f, "")) if x)))
    if person_ids:
        for rid, at, no, total in db.execute(
                f"SELECT r.id, r.created_at, r.request_no, coalesce(sum(a.amount_cents), 0) FROM stop_requests r "
                f"LEFT JOIN stop_accounts a ON a.request_id = r.id WHERE r.victim_person_id IN ({marks}) "
                f"GROUP BY r.id ORDER BY r.created_at DESC LIMIT ?", [*person_ids, HISTORY_LIMIT]):
            items.append(HistoryItem("stop_request", rid, at, f"{no} · {format_amount(total)}"))
    if call_ids:
        cmarks = ",".join("?" * len(call_ids))
        for aid, number, role, at in db.execute(
                f"SELECT a.id, a.number, ca.role, max(c.started_at) FROM call_accounts ca "
                f"JOIN accounts a ON a.id = ca.account_id JOIN calls c ON c.id = ca.call_id "
                f"WHERE ca.call_id IN ({cmarks}) GROUP BY a.id, ca.role", call_ids):
            items.append(HistoryItem("account", aid, at, f"{labels.account_role(role)} · {mask_card_number(number)}"))
    items.sort(key=lambda i: i.at or "", reverse=True)
    return items

