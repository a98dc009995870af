"""One search over everything recorded: what the typed text looks like decides which indexes answer.

- a phone number in any format -> calls, warnings, people, fraud numbers (E.164, indexed)
- 4 to 19 digits -> card/account numbers (full, or the last digits via an index on the last four)
- an 18-character resident ID -> people
- request numbers (ZF...) -> stop-payment requests
- anything else -> names (indexed prefix), stations, and the notes' full text (FTS5)
Results are grouped by kind, newest first. Every query uses an index; `scan_*` are the naive baselines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from .db import cjk_tokens
from .phone import normalize_phone
from .sensitive import mask_card_number, mask_id_number, redact_text
from .validation import format_amount

KINDS = ("call", "warning", "stop_request", "person", "account")
PER_KIND = 50


@dataclass(frozen=True)
class Filters:
    since: str | None = None          # ISO date
    until: str | None = None
    kinds: tuple[str, ...] = KINDS
    fraud_type: str | None = None
    outcome: str | None = None
    district: str | None = None


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: int
    at: str
    title: str
    detail: str


@dataclass
class Results:
    query: str
    how: str = ""
    groups: dict[str, list[Hit]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(v) for v in self.groups.values())


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_query(text: str) -> str:
    """What was typed, fit for a query: control characters (a NUL ends an FTS5 string early:
    "unterminated string") become spaces, unpaired surrogates are dropped, the ends trimmed."""
    text = text.encode("utf-8", "ignore").decode("utf-8") if not text.isascii() else text
    return _CONTROL.sub(" ", text).strip()


def classify(text: str) -> str:
    q = text.strip()
    compact = re.sub(r"[\s\-]", "", q)
    if re.fullmatch(r"\d{17}[\dXx]", compact):
        return "id"
    if re.fullmatch(r"ZF\d{8,}", compact, re.I):
        return "request"
    if re.fullmatch(r"\d{4,10}", compact) and not re.fullmatch(r"1[3-9]\d{9}", compact):
        return "card_tail" if len(compact) <= 6 else "card"
    if re.fullmatch(r"\d{12,19}", compact) and not compact.startswith(("0086", "86")) and len(compact) != 11:
        return "card"
    if normalize_phone(q) and re.fullmatch(r"[+\d\s\-()]{5,}", q):
        return "phone"
    return "text"


def search(db: Database, text: str, filters: Filters = Filters()) -> Results:
    q = clean_query(text)
    res = Results(q)
    if not q:
        return res
    how = classify(q)
    res.how = how
    call_ids: list[int] = []
    warning_ids: list[int] = []
    request_ids: list[int] = []
    person_ids: list[int] = []
    account_ids: list[int] = []
    compact = re.sub(r"[\s\-]", "", q)
    if how == "phone":
        e164 = normalize_phone(q)
        call_ids = _ids(db, "SELECT id FROM calls WHERE caller_e164 = ? ORDER BY started_at DESC LIMIT ?", e164)
        warning_ids = _ids(db, "SELECT id FROM warnings WHERE phone_e164 = ? ORDER BY received_at DESC LIMIT ?", e164)
        warning_ids += _ids(db, "SELECT id FROM warnings WHERE fraud_number IN (?, ?) LIMIT ?", e164, e164[3:])
        person_ids = _ids(db, "SELECT id FROM people WHERE phone_e164 = ? LIMIT ?", e164)
    elif how == "id":
        person_ids = _ids(db, "SELECT id FROM people WHERE id_number = ? LIMIT ?", compact.upper())
    elif how == "request":
        request_ids = _ids(db, "SELECT id FROM stop_requests WHERE request_no >= ? AND request_no < ? LIMIT ?",
                           compact.upper(), compact.upper() + "~")
    elif how in ("card", "card_tail"):
        if how == "card":
            account_ids = _ids(db, "SELECT id FROM accounts WHERE number = ? LIMIT ?", compact)
        if not account_ids:
            account_ids = _ids(db, "SELECT id FROM accounts WHERE substr(number, -4) = ? AND number LIKE ? LIMIT ?",
                               compact[-4:], "%" + compact)
    else:
        person_ids = _ids(db, "SELECT id FROM people WHERE name >= ? AND name < ? LIMIT ?", q, q + "\uffff")
        account_ids = _ids(db, "SELECT id FROM accounts WHERE holder_name >= ? AND holder_name < ? LIMIT ?",
                           q, q + "\uffff")
        warning_ids = _ids(db, "SELECT id FROM warnings WHERE person_name >= ? AND person_name < ? "
                               "ORDER BY received_at DESC LIMIT ?", q, q + "\uffff")
        for kind, rid in _fulltext(db, q):
            {"call": call_ids, "warning": warning_ids}.get(kind, []).append(rid)
        stations = _ids(db, "SELECT id FROM stations WHERE name LIKE ? LIMIT ?", f"%{q}%")
        if stations and len(q) >= 2:
            marks = ",".join("?" * len(stations))
            warning_ids += _ids(db, f"SELECT warning_id FROM dispatches WHERE station_id IN ({marks}) AND warning_id "
                                    f"IS NOT NULL ORDER BY created_at DESC LIMIT ?", *stations)
    # What is linked to the people and accounts found is part of the answer too.
    if person_ids:
        marks = ",".join("?" * len(person_ids))
        call_ids += _ids(db, f"SELECT id FROM calls WHERE caller_person_id IN ({marks}) UNION "
                             f"SELECT id FROM calls WHERE victim_person_id IN ({marks}) LIMIT ?", *person_ids, *person_ids)
        request_ids += _ids(db, f"SELECT id FROM stop_requests WHERE victim_person_id IN ({marks}) LIMIT ?", *person_ids)
    if account_ids:
        marks = ",".join("?" * len(account_ids))
        call_ids += _ids(db, f"SELECT call_id FROM call_accounts WHERE account_id IN ({marks}) LIMIT ?", *account_ids)
        request_ids += _ids(db, f"SELECT request_id FROM stop_accounts WHERE account_id IN ({marks}) LIMIT ?",
                            *account_ids)
    res.groups = {
        "call": _calls(db, call_ids, filters), "warning": _warnings(db, warning_ids, filters),
        "stop_request": _requests(db, request_ids, filters), "person": _people(db, person_ids),
        "account": _accounts(db, account_ids),
    }
    res.groups = {k: v for k, v in res.groups.items() if v and k in filters.kinds}
    return res


def _ids(db: Database, sql: str, *args) -> list[int]:
    return [r[0] for r in db.execute(sql, [*args, PER_KIND * 4])]


def _fulltext(db: Database, q: str) -> list[tuple[str, int]]:
    if len(q) >= 3:
        rows = db.execute("SELECT kind, record_id FROM notes_tri WHERE notes_tri MATCH ? LIMIT 400",
                          ['"' + q.replace('"', '""') + '"'])
    else:
        rows = db.execute("SELECT kind, record_id FROM notes_uni WHERE notes_uni MATCH ? LIMIT 400",
                          ['"' + cjk_tokens(q).strip().replace('"', '""') + '"'])
    return [(k, int(r)) for k, r in rows]


def _in(ids: list[int]) -> tuple[str, list[int]]:
    ids = list(dict.fromkeys(ids))
    return ",".join("?" * len(ids)) or "NULL", ids


def _filter_sql(filters: Filters, time_col: str, district_col: str | None = None) -> tuple[str, list]:
    sql, args = "", []
    if filters.since:
        sql += f" AND {time_col} >= ?"
        args.append(filters.since)
    if filters.until:
        sql += f" AND {time_col} < date(?, '+1 day')"
        args.append(filters.until)
    if filters.fraud_type:
        sql += " AND fraud_type = ?"
        args.append(filters.fraud_type)
    if filters.outcome:
        sql += " AND outcome = ?"
        args.append(filters.outcome)
    if filters.district and district_col:
        sql += f" AND {district_col} = ?"
        args.append(filters.district)
    return sql, args


def _names(db: Database, table: str) -> dict[str, str]:
    return dict(db.execute(f"SELECT code, name FROM {table}").fetchall())


def _calls(db: Database, ids: list[int], filters: Filters) -> list[Hit]:
    marks, ids = _in(ids)
    extra, args = _filter_sql(filters, "started_at")
    ft, oc = _names(db, "fraud_types"), _names(db, "outcomes")
    return [Hit("call", cid, at, f"{at[:16]} {raw}", " · ".join(x for x in (ft.get(f, ""), oc.get(o, ""), redact_text(n or "")[:60]) if x))
            for cid, at, raw, f, o, n in db.execute(
                f"SELECT id, started_at, caller_raw, fraud_type, outcome, notes FROM calls WHERE id IN ({marks}){extra} "
                f"ORDER BY started_at DESC LIMIT {PER_KIND}", [*ids, *args])]


def _warnings(db: Database, ids: list[int], filters: Filters) -> list[Hit]:
    marks, ids = _in(ids)
    extra, args = _filter_sql(filters, "received_at", "district_code")
    ft, oc = _names(db, "fraud_types"), _names(db, "outcomes")
    return [Hit("warning", wid, at, f"{at[:16]} {phone} {name}", " · ".join(x for x in (level, ft.get(f, ""), oc.get(o, s)) if x))
            for wid, at, phone, name, level, f, o, s in db.execute(
                f"SELECT id, received_at, phone_raw, person_name, level, fraud_type, outcome, status FROM warnings "
                f"WHERE id IN ({marks}){extra} ORDER BY received_at DESC LIMIT {PER_KIND}", [*ids, *args])]


def _requests(db: Database, ids: list[int], filters: Filters) -> list[Hit]:
    marks, ids = _in(ids)
    extra, args = _filter_sql(Filters(since=filters.since, until=filters.until), "r.created_at")
    return [Hit("stop_request", rid, at, f"{at[:16]} {no}", f"{status} · {format_amount(total)}")
            for rid, at, no, status, total in db.execute(
                f"SELECT r.id, r.created_at, r.request_no, r.status, coalesce(sum(s.amount_cents), 0) FROM stop_requests r "
                f"LEFT JOIN stop_accounts s ON s.request_id = r.id WHERE r.id IN ({marks}){extra} GROUP BY r.id "
                f"ORDER BY r.created_at DESC LIMIT {PER_KIND}", [*ids, *args])]


def _people(db: Database, ids: list[int]) -> list[Hit]:
    marks, ids = _in(ids)
    return [Hit("person", pid, at, f"{name} {phone}", mask_id_number(idn))
            for pid, at, name, phone, idn in db.execute(
                f"SELECT id, created_at, name, phone_raw, id_number FROM people WHERE id IN ({marks}) "
                f"ORDER BY created_at DESC LIMIT {PER_KIND}", ids)]


def _accounts(db: Database, ids: list[int]) -> list[Hit]:
    marks, ids = _in(ids)
    return [Hit("account", aid, at, f"{mask_card_number(number)} {holder}", f"{bank or kind}" + (" · 涉案" if suspect else ""))
            for aid, at, number, holder, bank, kind, suspect in db.execute(
                f"SELECT a.id, a.created_at, a.number, a.holder_name, b.name, a.kind, a.is_suspect FROM accounts a "
                f"LEFT JOIN banks b ON b.code = a.bank_code WHERE a.id IN ({marks}) ORDER BY a.created_at DESC "
                f"LIMIT {PER_KIND}", ids)]


# -- naive baselines for the benchmark: the same questions as plain LIKE scans ------------------
def scan(db: Database, kind: str, value: str) -> int:
    if kind == "phone":
        digits = value[-11:]
        return db.execute("SELECT (SELECT count(*) FROM calls WHERE caller_raw LIKE ?) + "
                          "(SELECT count(*) FROM warnings WHERE phone_raw LIKE ?)", [f"%{digits}%"] * 2).fetchone()[0]
    if kind == "card_tail":
        return db.execute("SELECT count(*) FROM accounts WHERE number LIKE ?", [f"%{value}"]).fetchone()[0]
    if kind == "id":
        return db.execute("SELECT count(*) FROM people WHERE id_number LIKE ?", [f"%{value}%"]).fetchone()[0]
    return db.execute("SELECT (SELECT count(*) FROM calls WHERE notes LIKE ?) + "
                      "(SELECT count(*) FROM warnings WHERE notes LIKE ?)", [f"%{value}%"] * 2).fetchone()[0]
