"""One search over everything recorded: what the typed text looks like decides which indexes answer.

- a phone number in any format (+/00 international, fullwidth, brackets) -> calls, warnings, people, fraud
  numbers (E.164, indexed)
- 4 to 19 digits -> card/account numbers (full, or the last digits via an index on the last four), and
  fraud numbers written that way (short service numbers)
- an 18-character resident ID, or an old 15-digit one (converted to 18) -> people
- request numbers (ZF...) -> stop-payment requests
- anything else -> names (indexed prefix), stations, and the notes' full text (FTS5)
Results are grouped by kind, newest first, a page at a time: each group knows how many records match in all
(`Results.totals`) and `next_page()` brings the next one. Every query uses an index (the
benchmark's baselines live in console/benchmarks/lookup.py).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from dataclasses import dataclass, field

from sqlite_utils import Database

from console.models.core import fraud_numbers
from console.models.core import labels
from console.models.core.engine import notes_matching
from console.models.core.numbers import clean, id_number_key, phone_e164
from console.models.core.sensitive import mask_card_number, mask_id_number, redact_text
from console.models.core.validation import format_amount

KINDS = ("call", "warning", "stop_request", "person", "account")
PER_KIND = 50               # one page of a group
CANDIDATES = 20_000         # records one index may offer for a search (newest first); beyond it the total says "+"
# Notes' chunks a full-text search offers, newest first. A common word ("对方", "要求") is in hundreds of
# thousands of notes: reading 20,000 of them from the index and their records to order a page cost 80-90 ms
# on ten years (docs/performance.md); the newest 2,000 are read in a tenth of that, and the total then says
# "2,000+" (no one pages through more; a filter or a longer phrase narrows the search).
FULLTEXT_CANDIDATES = 2_000


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
    groups: dict[str, list[Hit]] = field(default_factory=dict)     # the pages fetched so far, newest first
    totals: dict[str, int] = field(default_factory=dict)           # every record of the kind that matches
    capped: bool = False                                           # an index offered CANDIDATES: "at least"
    capped_kinds: set[str] = field(default_factory=set)            # the groups whose total is "at least"
    filters: Filters = field(default_factory=Filters)
    candidates: dict[str, list[int]] = field(default_factory=dict)  # for the next pages

    def count(self) -> int:
        """How many records match in all (not only the pages fetched)."""
        return sum(self.totals.values())

    def shown(self) -> int:
        return sum(len(v) for v in self.groups.values())

    def has_more(self, kind: str) -> bool:
        return len(self.groups.get(kind, [])) < self.totals.get(kind, 0)


def _old_id_like(digits: str) -> bool:
    """15 digits read as an old resident ID: a birth date (YYMMDD, 19xx) where an ID has one."""
    try:
        datetime.strptime("19" + digits[6:12], "%Y%m%d")
    except ValueError:
        return False
    return True


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_query(text: str) -> str:
    """What was typed, fit for a query: control characters (a NUL ends an FTS5 string early:
    "unterminated string") become spaces, unpaired surrogates are dropped, the ends trimmed."""
    text = text.encode("utf-8", "ignore").decode("utf-8") if not text.isascii() else text
    return _CONTROL.sub(" ", text).strip()


def classify(text: str) -> str:
    """What the typed text is: id | request | phone | card | card_tail | text (numbers.clean() first, so
    fullwidth digits, ＋ and brackets never change the answer)."""
    compact = clean(text).upper()
    # An ID starts with its area code (never 0), so '0086…' and '00852…' stay phone numbers.
    if re.fullmatch(r"[1-9]\d{16}[\dX]", compact) or (re.fullmatch(r"[1-9]\d{14}", compact) and _old_id_like(compact)):
        return "id"
    if re.fullmatch(r"ZF\d{8,}", compact):
        return "request"
    if compact.startswith(("+", "00")) or re.fullmatch(r"(?:86)?1[3-9]\d{9}", compact) or \
            re.fullmatch(r"0[1-9]\d{8,10}", compact):
        # International (+ or 00), a mobile with or without 86, a landline with its area code.
        return "phone" if phone_e164(compact) else "text"
    if re.fullmatch(r"\d{4,6}", compact):
        return "card_tail"
    if re.fullmatch(r"\d{7,19}", compact):
        return "card"
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
    compact = clean(q).upper()
    if how == "phone":
        e164 = phone_e164(q)
        call_ids = _ids(db, "SELECT id FROM calls WHERE caller_e164 = ? ORDER BY started_at DESC LIMIT ?", e164)
        warning_ids = _ids(db, "SELECT id FROM warnings WHERE phone_e164 = ? ORDER BY received_at DESC LIMIT ?", e164)
        warning_ids += fraud_numbers.warning_ids(db, e164, PER_KIND * 4)
        person_ids = _ids(db, "SELECT id FROM people WHERE phone_e164 = ? LIMIT ?", e164)
    elif how == "id":
        person_ids = _ids(db, "SELECT id FROM people WHERE id_number = ? LIMIT ?", id_number_key(compact))
    elif how == "request":
        request_ids = _ids(db, "SELECT id FROM stop_requests WHERE request_no >= ? AND request_no < ? LIMIT ?",
                           compact.upper(), compact.upper() + "~")
    elif how in ("card", "card_tail"):
        if how == "card":
            account_ids = _ids(db, "SELECT id FROM accounts WHERE number = ? LIMIT ?", compact)
        if not account_ids:
            account_ids = _ids(db, "SELECT id FROM accounts WHERE substr(number, -4) = ? AND number LIKE ? LIMIT ?",
                               compact[-4:], "%" + compact)
        # Digits alone may also be a short service number a scammer used (95588, 12345).
        warning_ids = fraud_numbers.warning_ids(db, q, PER_KIND * 4)
    else:
        person_ids = _ids(db, "SELECT id FROM people WHERE name >= ? AND name < ? LIMIT ?", q, q + "\uffff")
        account_ids = _ids(db, "SELECT id FROM accounts WHERE holder_name >= ? AND holder_name < ? LIMIT ?",
                           q, q + "\uffff")
        warning_ids = _ids(db, "SELECT id FROM warnings WHERE person_name >= ? AND person_name < ? LIMIT ?",
                           q, q + "\uffff")            # no ORDER BY: the page orders, the index walk stays cheap
        notes = _fulltext(db, q)
        if len(notes) >= FULLTEXT_CANDIDATES:      # the notes' newest only: their calls and warnings "at least"
            res.capped_kinds |= {"call", "warning"}
        for kind, rid in notes:
            {"call": call_ids, "warning": warning_ids}.get(kind, []).append(rid)
        warning_ids += fraud_numbers.warning_ids(db, q, PER_KIND * 4)     # an app or account name
        stations = _ids(db, "SELECT id FROM stations WHERE name LIKE ? LIMIT ?", f"%{q}%")
        if stations and len(q) >= 2:
            marks = ",".join("?" * len(stations))
            warning_ids += _ids(db, f"SELECT warning_id FROM dispatches WHERE station_id IN ({marks}) AND warning_id "
                                    f"IS NOT NULL ORDER BY created_at DESC LIMIT ?", *stations)
    # What is linked to the people and accounts found is part of the answer too.
    if person_ids:
        marks, people = _in(person_ids)
        call_ids += _ids(db, f"SELECT id FROM calls WHERE caller_person_id IN ({marks}) UNION "
                             f"SELECT id FROM calls WHERE victim_person_id IN ({marks}) LIMIT ?", *people, *people)
        request_ids += _ids(db, f"SELECT id FROM stop_requests WHERE victim_person_id IN ({marks}) LIMIT ?", *people)
    if account_ids:
        marks, accounts = _in(account_ids)
        call_ids += _ids(db, f"SELECT call_id FROM call_accounts WHERE account_id IN ({marks}) LIMIT ?", *accounts)
        request_ids += _ids(db, f"SELECT request_id FROM stop_accounts WHERE account_id IN ({marks}) LIMIT ?",
                            *accounts)
    found = {"call": call_ids, "warning": warning_ids, "stop_request": request_ids, "person": person_ids,
             "account": account_ids}
    res.filters = filters
    res.capped_kinds |= {kind for kind, ids in found.items() if len(ids) >= CANDIDATES}
    res.capped = bool(res.capped_kinds)
    for kind, ids in found.items():
        if kind not in filters.kinds or not ids:
            continue
        ids = list(dict.fromkeys(ids))
        total = _total(db, kind, ids, filters)
        if total:
            res.candidates[kind] = ids
            res.totals[kind] = total
            res.groups[kind] = _page(db, kind, ids, filters, 0)
    return res


def next_page(db: Database, results: Results, kind: str) -> list[Hit]:
    """The page of a group after those fetched, newest first (the caller adds it to results.groups[kind]);
    results itself is not changed, so a worker thread can read the page while the screen shows the rest."""
    if not results.has_more(kind):
        return []
    return _page(db, kind, results.candidates[kind], results.filters, len(results.groups.get(kind, [])))


def _page(db: Database, kind: str, ids: list[int], filters: Filters, offset: int) -> list[Hit]:
    if kind == "call":
        return _calls(db, ids, filters, offset)
    if kind == "warning":
        return _warnings(db, ids, filters, offset)
    if kind == "stop_request":
        return _requests(db, ids, filters, offset)
    if kind == "person":
        return _people(db, ids, offset)
    return _accounts(db, ids, offset)


def _total(db: Database, kind: str, ids: list[int], filters: Filters) -> int:
    """How many of the candidates pass the filters: the same conditions as the pages, counted. Without a
    filter that applies to the kind every candidate counts (each came from an index over existing rows)."""
    dates = bool(filters.since or filters.until)
    if not (dates and kind in ("call", "warning", "stop_request")) and not (
            kind in ("call", "warning") and (filters.fraud_type or filters.outcome)) and not (
            kind == "warning" and filters.district):
        return len(dict.fromkeys(ids))
    marks, args = _in(ids)
    if kind == "call":
        extra, more_args = _filter_sql(filters, "started_at")
        table = "calls"
    elif kind == "warning":
        extra, more_args = _filter_sql(filters, "received_at", "district_code")
        table = "warnings"
    elif kind == "stop_request":
        extra, more_args = _filter_sql(Filters(since=filters.since, until=filters.until), "created_at")
        table = "stop_requests"
    else:
        extra, more_args = "", []
        table = "people" if kind == "person" else "accounts"
    return db.execute(f"SELECT count(*) FROM {table} WHERE id IN ({marks}){extra}", [*args, *more_args]).fetchone()[0]


def _ids(db: Database, sql: str, *args) -> list[int]:
    return [r[0] for r in db.execute(sql, [*args, CANDIDATES])]




def _fulltext(db: Database, q: str) -> list[tuple[str, int]]:
    """Notes that hold the words, the newest written first (each engine's full-text search)."""
    return notes_matching(db, q, FULLTEXT_CANDIDATES)


def _in(ids: list[int]) -> tuple[str, list[str]]:
    """One parameter for any number of ids (a JSON array), so thousands of candidates never hit SQLite's
    limit on host parameters."""
    return "SELECT value FROM json_each(?)", [json.dumps(list(dict.fromkeys(ids)))]


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


def _calls(db: Database, ids: list[int], filters: Filters, offset: int = 0) -> list[Hit]:
    marks, ids = _in(ids)
    extra, args = _filter_sql(filters, "started_at")
    ft, oc = _names(db, "fraud_types"), _names(db, "outcomes")
    return [Hit("call", cid, at, f"{at[:16]} {raw}", " · ".join(x for x in (ft.get(f, ""), oc.get(o, ""), redact_text(n or "")[:60]) if x))
            for cid, at, raw, f, o, n in db.execute(
                f"SELECT id, started_at, caller_raw, fraud_type, outcome, notes FROM calls WHERE id IN ({marks}){extra} "
                f"ORDER BY started_at DESC, id DESC LIMIT {PER_KIND} OFFSET {int(offset)}", [*ids, *args])]


def _warnings(db: Database, ids: list[int], filters: Filters, offset: int = 0) -> list[Hit]:
    marks, ids = _in(ids)
    extra, args = _filter_sql(filters, "received_at", "district_code")
    ft, oc = _names(db, "fraud_types"), _names(db, "outcomes")
    return [Hit("warning", wid, at, f"{at[:16]} {phone} {name}", " · ".join(x for x in (level, ft.get(f, ""), oc.get(o, s)) if x))
            for wid, at, phone, name, level, f, o, s in db.execute(
                f"SELECT id, received_at, phone_raw, person_name, level, fraud_type, outcome, status FROM warnings "
                f"WHERE id IN ({marks}){extra} ORDER BY received_at DESC, id DESC LIMIT {PER_KIND} OFFSET {int(offset)}",
                [*ids, *args])]


def _requests(db: Database, ids: list[int], filters: Filters, offset: int = 0) -> list[Hit]:
    marks, ids = _in(ids)
    extra, args = _filter_sql(Filters(since=filters.since, until=filters.until), "r.created_at")
    return [Hit("stop_request", rid, at, f"{at[:16]} {no}", f"{labels.request_status(status)} · {format_amount(total)}")
            for rid, at, no, status, total in db.execute(
                f"SELECT r.id, r.created_at, r.request_no, r.status, coalesce(sum(s.amount_cents), 0) FROM stop_requests r "
                f"LEFT JOIN stop_accounts s ON s.request_id = r.id WHERE r.id IN ({marks}){extra} GROUP BY r.id "
                f"ORDER BY r.created_at DESC, r.id DESC LIMIT {PER_KIND} OFFSET {int(offset)}", [*ids, *args])]


def _people(db: Database, ids: list[int], offset: int = 0) -> list[Hit]:
    marks, ids = _in(ids)
    return [Hit("person", pid, at, f"{name} {phone}", mask_id_number(idn))
            for pid, at, name, phone, idn in db.execute(
                f"SELECT id, created_at, name, phone_raw, id_number FROM people WHERE id IN ({marks}) "
                f"ORDER BY created_at DESC, id DESC LIMIT {PER_KIND} OFFSET {int(offset)}", ids)]


def _accounts(db: Database, ids: list[int], offset: int = 0) -> list[Hit]:
    marks, ids = _in(ids)
    return [Hit("account", aid, at, f"{mask_card_number(number)} {holder}", f"{bank or kind}" + (" · 涉案" if suspect else ""))
            for aid, at, number, holder, bank, kind, suspect in db.execute(
                f"SELECT a.id, a.created_at, a.number, a.holder_name, b.name, a.kind, a.is_suspect FROM accounts a "
                f"LEFT JOIN banks b ON b.code = a.bank_code WHERE a.id IN ({marks}) ORDER BY a.created_at DESC, a.id DESC "
                f"LIMIT {PER_KIND} OFFSET {int(offset)}", ids)]

