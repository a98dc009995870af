"""The centre's figures for a period and a scope, by SQL aggregates over the tables the console writes.

Each headline figure is a `Measure`: one FROM ... WHERE clause that both counts and lists, so the
drill-down shows exactly the rows behind a number. Definitions are in docs/statistics.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from console.models.core.numbers import fraud_number_kind
from console.models.core.users import Permission, User, require


@dataclass(frozen=True)
class Period:
    start: date
    end: date                      # exclusive

    @property
    def args(self) -> list[str]:
        return [self.start.isoformat(), self.end.isoformat()]

    @classmethod
    def named(cls, name: str, today: date) -> "Period":
        if name == "today":
            return cls(today, today + timedelta(days=1))
        if name == "week":
            start = today - timedelta(days=today.weekday())
            return cls(start, start + timedelta(days=7))
        if name == "month":
            start = today.replace(day=1)
            return cls(start, (start + timedelta(days=32)).replace(day=1))
        if name == "year":
            return cls(today.replace(month=1, day=1), today.replace(year=today.year + 1, month=1, day=1))
        raise ValueError(name)


@dataclass(frozen=True)
class Scope:
    kind: str = "city"             # city | district | station | officer
    value: str | int | None = None


@dataclass(frozen=True)
class Measure:
    key: str
    table: str                     # FROM clause with joins; the first alias is the row listed
    time: str                      # the column that places a row in the period
    value: str                     # aggregate
    scope: dict[str, str]          # scope kind -> column compared with the scope's value (or a condition with ?)
    extra: str = ""                # further conditions
    columns: str = ""              # what the drill-down lists
    city_table: str = ""           # FROM clause when no scope needs the joins (faster, same rows)

    def source(self, scope: Scope) -> str:
        return self.city_table if scope.kind == "city" and self.city_table else self.table

    def where(self, period: Period, scope: Scope) -> tuple[str, list]:
        sql = f"{self.time} >= ? AND {self.time} < ?"
        args: list = list(period.args)
        if self.extra:
            sql += f" AND {self.extra}"
        if scope.kind != "city":
            col = self.scope.get(scope.kind)
            if col is None:
                sql += " AND 1 = 0"      # this figure cannot be attributed to such a scope
            else:
                sql += f" AND {col}" if "?" in col else f" AND {col} = ?"
                args.append(scope.value)
        return sql, args


_W_SCOPE = {"district": "w.district_code", "station": "w.station_id", "officer": "w.holder_id"}
_W_COLS = "w.id, w.received_at, w.phone_raw, w.level, w.fraud_type, w.outcome, w.loss_saved_cents"
_R_SCOPE = {"district": "substr(p.id_number, 1, 6)", "officer": "r.officer_id"}

MEASURES: dict[str, Measure] = {m.key: m for m in (
    Measure("warnings_received", "warnings w", "w.received_at", "count(*)", _W_SCOPE, columns=_W_COLS),
    Measure("warnings_handled", "warnings w", "w.closed_at", "count(*)", _W_SCOPE, "w.status = 'closed'", _W_COLS),
    Measure("warnings_dissuaded", "warnings w", "w.closed_at", "count(*)", _W_SCOPE, "w.outcome = 'dissuaded'", _W_COLS),
    # A district's or station's SMS by the place each SMS carries, its warning's (warnings
    # pgcentre_m009_sms_by_district_and_station): one index range, where the ids of the place's warnings of
    # every year took 1.1 s of a district's page on ten years.
    Measure("sms_sent", "sms_outbox s", "s.created_at", "count(*)",
            {"district": "s.district_code", "station": "s.station_id", "officer": "s.created_by"},
            columns="s.id, s.created_at, s.phone_e164, s.template_code, s.warning_id, s.call_id, 0"),
    Measure("calls", "calls c", "c.started_at", "count(*)", {"officer": "c.officer_id"},
            columns="c.id, c.started_at, c.caller_raw, c.call_type, c.fraud_type, c.outcome, c.loss_saved_cents"),
    Measure("accounts_stopped", "stop_accounts a JOIN stop_requests r ON r.id = a.request_id "
            "LEFT JOIN people p ON p.id = r.victim_person_id", "r.issued_at", "count(*)", _R_SCOPE,
            "a.status != 'pending'",
            "a.id, r.issued_at, r.request_no, a.status, a.amount_cents, a.stopped_cents, a.fail_reason"),
    Measure("amount_stopped", "stop_accounts a JOIN stop_requests r ON r.id = a.request_id "
            "LEFT JOIN people p ON p.id = r.victim_person_id", "r.issued_at", "coalesce(sum(a.stopped_cents), 0)",
            _R_SCOPE, "a.status IN ('stopped', 'frozen')",
            "a.id, r.issued_at, r.request_no, a.status, a.amount_cents, a.stopped_cents, a.fail_reason"),
    Measure("loss_saved_calls", "calls c", "c.started_at", "coalesce(sum(c.loss_saved_cents), 0)",
            {"officer": "c.officer_id"}, "c.loss_saved_cents > 0",
            "c.id, c.started_at, c.caller_raw, c.call_type, c.fraud_type, c.outcome, c.loss_saved_cents"),
    Measure("loss_saved_warnings", "warnings w", "w.closed_at", "coalesce(sum(w.loss_saved_cents), 0)", _W_SCOPE,
            "w.loss_saved_cents > 0", _W_COLS),
    # A station's saving counts only where the warning itself recorded none, so nothing is counted twice.
    Measure("loss_saved_stations", "dispatches d LEFT JOIN warnings w ON w.id = d.warning_id", "d.feedback_at",
            "coalesce(sum(d.loss_saved_cents), 0)",
            {"district": "w.district_code", "station": "d.station_id", "officer": "d.created_by"},
            "d.loss_saved_cents > 0 AND coalesce(w.loss_saved_cents, 0) = 0",
            "d.id, d.feedback_at, d.reason, d.status, d.dissuaded, d.visited, d.loss_saved_cents"),
)}

HEADLINE = ("warnings_received", "warnings_handled", "warnings_dissuaded", "sms_sent", "calls", "accounts_stopped",
            "amount_stopped", "loss_saved")


def value(db: Database, key: str, period: Period, scope: Scope = Scope(), *, user: User | None) -> int:
    """One headline figure (supervisors and administrators)."""
    require(user, Permission.VIEW_STATISTICS)
    return _value(db, key, period, scope)


def _value(db: Database, key: str, period: Period, scope: Scope) -> int:
    if key == "loss_saved":
        return sum(_value(db, k, period, scope) for k in ("loss_saved_calls", "loss_saved_warnings", "loss_saved_stations"))
    m = MEASURES[key]
    where, args = m.where(period, scope)
    return db.execute(f"SELECT {m.value} FROM {m.source(scope)} WHERE {where}", args).fetchone()[0]


LOSS_PARTS = ("loss_saved_calls", "loss_saved_warnings", "loss_saved_stations")


def drill_columns(key: str) -> list[str]:
    """The column of each position in a figure's drill-down rows, bare ("loss_saved_cents", not
    "c.loss_saved_cents"), for the page to name and format them. The merged loss-saved list (and any key
    without a measure of its own) is shown under the calls' columns."""
    m = MEASURES.get(key, MEASURES["loss_saved_calls"])
    return [c.strip().split(".")[-1] for c in m.columns.split(",")]


def _drill_where(m: Measure, period: Period, scope: Scope, fraud_type: str | None) -> tuple[str, list]:
    where, args = m.where(period, scope)
    if fraud_type is not None:           # a bar of the fraud-type chart: warnings of that type
        where += " AND w.fraud_type = ?"
        args.append(fraud_type)
    return where, args


def rows(db: Database, key: str, period: Period, scope: Scope = Scope(), *, user: User | None, limit: int = 5000,
         offset: int = 0, fraud_type: str | None = None) -> list[tuple]:
    """The rows behind a figure (same FROM and WHERE as its count), newest first, a page at a time."""
    require(user, Permission.VIEW_STATISTICS)
    if key == "loss_saved":
        merged = [r for k in LOSS_PARTS for r in rows(db, k, period, scope, user=user, limit=limit + offset)]
        merged.sort(key=lambda r: (r[1] or "", r[0]), reverse=True)
        return merged[offset:offset + limit]
    m = MEASURES[key]
    where, args = _drill_where(m, period, scope, fraud_type)
    # Newest by the time that put the row in the period (closed_at for warnings handled): that index is the
    # one the WHERE walks, so the first page of a year is read in milliseconds, not sorted in seconds.
    return db.execute(f"SELECT {m.columns} FROM {m.source(scope)} WHERE {where} ORDER BY {m.time} DESC "
                      f"LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()


def row_count(db: Database, key: str, period: Period, scope: Scope = Scope(), *, user: User | None,
              fraud_type: str | None = None) -> int:
    """How many rows the drill-down of a figure has in all (a money figure sums them; this counts them)."""
    require(user, Permission.VIEW_STATISTICS)
    if key == "loss_saved":
        return sum(row_count(db, k, period, scope, user=user) for k in LOSS_PARTS)
    m = MEASURES[key]
    where, args = _drill_where(m, period, scope, fraud_type)
    return db.execute(f"SELECT count(*) FROM {m.source(scope)} WHERE {where}", args).fetchone()[0]


@dataclass(frozen=True)
class FraudNumberCount:
    key: str                       # normal form (console.models.core.numbers)
    kind: str                      # mobile | landline | service | foreign | account
    shown: str                     # one of the forms it was written in
    warnings: int


def fraud_numbers_reported(db: Database, period: Period, scope: Scope = Scope(), *,
                           limit: int = 20) -> list[FraudNumberCount]:
    """The scammers' numbers named most often in the period's warnings (the rows of warnings_received),
    counted by normal form: '+852 6123 4567' and '00852-61234567' are one number."""
    where, args = MEASURES["warnings_received"].where(period, scope)
    rows_ = db.execute(
        f"SELECT f.number_key, max(f.number_raw), count(DISTINCT w.id) FROM warnings w "
        f"JOIN fraud_numbers f ON f.warning_id = w.id WHERE {where} GROUP BY f.number_key "
        f"ORDER BY 3 DESC, 1 LIMIT ?", [*args, limit]).fetchall()
    return [FraudNumberCount(k, fraud_number_kind(k), shown, n) for k, shown, n in rows_]


@dataclass
class Report:
    period: Period
    scope: Scope
    headline: dict[str, int] = field(default_factory=dict)
    daily: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    by_fraud_type: list[tuple[str, int, int]] = field(default_factory=list)    # code, warnings, calls
    by_station: list[tuple[int, str, int, int]] = field(default_factory=list)  # id, name, dispatches, dissuaded
    time_to_act: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)  # median, p90 minutes
    parts: dict[str, object] = field(default_factory=dict)      # partial results the passes share


def _daily(db: Database, key: str, period: Period, scope: Scope) -> list[tuple[str, int]]:
    """A figure by day in one GROUP BY: the definition the page's day-range queries are tested against."""
    m = MEASURES[key]
    where, args = m.where(period, scope)
    return db.execute(f"SELECT substr({m.time}, 1, 10) d, count(*) FROM {m.source(scope)} WHERE {where} "
                      f"GROUP BY d ORDER BY d", args).fetchall()


def _histogram(db: Database, sql: str, args: list) -> list[tuple[int, int]]:
    """(minute, rows) of a query's minutes column m."""
    return db.execute(f"SELECT CAST(round(m) AS INTEGER) b, count(*) FROM ({sql}) minutes GROUP BY b", args).fetchall()


def _quantiles_of(hist: list[tuple[int, int]]) -> tuple[float | None, float | None]:
    """Median and 90th percentile, to the minute (nearest rank), of a histogram (parts may repeat a minute)."""
    merged: dict[int, int] = {}
    for minute, count in hist:
        merged[minute] = merged.get(minute, 0) + count
    n = sum(merged.values())
    if not n:
        return None, None
    ordered = sorted(merged.items())

    def at(q: float) -> float:
        rank = max(1, math.ceil(q * n))
        seen = 0
        for minute, count in ordered:
            seen += count
            if seen >= rank:
                return float(minute)
        return float(ordered[-1][0])

    return at(0.5), at(0.9)


def _quantiles(db: Database, sql: str, args: list) -> tuple[float | None, float | None]:
    """Median and 90th percentile, to the minute, from a per-minute histogram (no sort of the rows)."""
    return _quantiles_of(_histogram(db, sql, args))


def _days(period: Period):
    d = period.start
    while d < period.end:
        yield Period(d, d + timedelta(days=1))
        d += timedelta(days=1)


def _per_day(db: Database, key: str, select: str, period: Period, scope: Scope, *,
             drop_extra: bool = False) -> list[tuple]:
    """(day, rows, *values) for each day of the period with rows: one range query per day over the measure's
    index. (GROUP BY the day of a timestamp sorts every row of the year in a temporary B-tree: 130 ms on a
    year of warnings; 365 range queries walk the index in order: about 20 ms.)"""
    m = MEASURES[key]
    if scope.kind != "city":
        # A district's, station's or officer's rows are a few per day: one GROUP BY over the period sorts
        # some thousands of rows, where 365 range queries each walked a day of the whole city's rows (and on
        # a server paid a round trip each: 1.4 s of a district's page on PostgreSQL, docs/statistics.md).
        where, args = m.where(period, scope)
        if drop_extra and m.extra:
            where = where.replace(f" AND {m.extra}", "", 1)
        return [tuple(row) for row in db.execute(
            f"SELECT substr({m.time}, 1, 10) d, count(*){', ' + select if select else ''} "
            f"FROM {m.source(scope)} WHERE {where} GROUP BY substr({m.time}, 1, 10) ORDER BY 1", args)]
    out = []
    sql = None
    for day in _days(period):
        where, args = m.where(day, scope)
        if drop_extra and m.extra:
            where = where.replace(f" AND {m.extra}", "", 1)
        sql = sql or f"SELECT count(*){', ' + select if select else ''} FROM {m.source(scope)} WHERE {where}"
        row = db.execute(sql, args).fetchone()
        if row[0]:
            out.append((day.start.isoformat(), *row))
    return out


def _type_counts(db: Database, key: str, period: Period, scope: Scope, codes: list[str]) -> dict[str, int]:
    """Rows per fraud type, one index range per type ((fraud_type, time) indexes), without sorting."""
    m = MEASURES[key]
    where, args = m.where(period, scope)
    alias = m.table.split()[1]
    sql = f"SELECT count(*) FROM {m.source(scope)} WHERE {alias}.fraud_type = ? AND {where}"
    return {code: db.execute(sql, [code, *args]).fetchone()[0] for code in codes}


def _warnings_received(db: Database, r: Report, period: Period, scope: Scope) -> None:
    """The period's warnings by time received: the count and the days (by type: _received_by_type)."""
    days = _per_day(db, "warnings_received", "", period, scope)
    r.daily["warnings_received"] = days
    r.headline["warnings_received"] = sum(n for _, n in days)


def _warnings_closed(db: Database, r: Report, period: Period, scope: Scope) -> None:
    """The warnings closed in the period, a day at a time: handled, dissuaded, loss saved, handled by day.
    The conditions are those of the measures (MEASURES), so the drill-down lists the same rows."""
    days = _per_day(db, "warnings_handled", "count(*) FILTER (WHERE w.status = 'closed'), "
                    "count(*) FILTER (WHERE w.outcome = 'dissuaded'), "
                    "coalesce(sum(CASE WHEN w.loss_saved_cents > 0 THEN w.loss_saved_cents ELSE 0 END), 0)",
                    period, scope, drop_extra=True)
    r.headline["warnings_handled"] = sum(h for _, _, h, _, _ in days)
    r.headline["warnings_dissuaded"] = sum(x for _, _, _, x, _ in days)
    r.parts["loss_saved_warnings"] = sum(x for *_, x in days)
    r.daily["warnings_handled"] = [(d, h) for d, _, h, _, _ in days if h]


def _calls(db: Database, r: Report, period: Period, scope: Scope) -> None:
    """The period's calls, a day at a time: the count, the days and the loss saved."""
    days = _per_day(db, "calls", "coalesce(sum(CASE WHEN c.loss_saved_cents > 0 THEN c.loss_saved_cents "
                    "ELSE 0 END), 0)", period, scope)
    r.headline["calls"] = sum(n for _, n, _ in days)
    r.daily["calls"] = [(d, n) for d, n, _ in days]
    r.parts["loss_saved_calls"] = sum(x for *_, x in days)


def _parts(period: Period, scope: Scope) -> list[Callable[[Database, Report], None]]:
    """The page's independent queries; each fills its part of the report (report() finishes it)."""
    wm = MEASURES["warnings_received"]
    cw, ca = MEASURES["calls"].where(period, scope)

    def headline(key):
        return lambda db, r: r.headline.__setitem__(key, _value(db, key, period, scope))

    def loss_saved_stations(db, r):
        r.parts["loss_saved_stations"] = _value(db, "loss_saved_stations", period, scope)

    def by_station(db, r):
        dscope = {"district": "s.district_code", "station": "s.id", "officer": "d.created_by"}
        dsql = "d.created_at >= ? AND d.created_at < ?"
        dargs: list = list(period.args)
        if scope.kind != "city":
            dsql += f" AND {dscope[scope.kind]} = ?"
            dargs.append(scope.value)
        r.by_station = db.execute(
            f"SELECT s.id, s.name, count(*), coalesce(sum(d.dissuaded), 0) FROM dispatches d JOIN stations s "
            f"ON s.id = d.station_id WHERE {dsql} GROUP BY s.id ORDER BY 3 DESC, 1", dargs).fetchall()

    def warning_to_contact(part: Period):
        # The heaviest query of the page (its GROUP BY sorts), cut into quarters that run side by side.
        pw, pa = wm.where(part, scope)

        def run(db, r):
            r.parts.setdefault("contact_hist", []).extend(_histogram(
                db, f"SELECT (julianday(w.first_contact_at) - julianday(w.received_at)) * 1440 AS m FROM warnings w "
                    f"WHERE {pw} AND w.first_contact_at IS NOT NULL", pa))
        return run

    def call_to_request(db, r):
        r.time_to_act["call_to_request"] = _quantiles(
            db, f"SELECT (julianday(r.created_at) - julianday(c.started_at)) * 1440 AS m FROM stop_requests r "
                f"JOIN calls c ON c.id = r.call_id WHERE {cw}", ca)

    def passes(fn):
        return lambda db, r: fn(db, r, period, scope)

    def by_type(key, part):
        def run(db, r):
            codes = [c for (c,) in db.execute("SELECT code FROM fraud_types ORDER BY rank")]
            r.parts[part] = _type_counts(db, key, period, scope, codes)
        return run

    def sms(db, r):
        days = _per_day(db, "sms_sent", "", period, scope)
        r.daily["sms_sent"] = days
        r.headline["sms_sent"] = sum(n for _, n in days)

    def golden_hour(db, r):
        from datetime import datetime

        from console.models.stats.golden_hour import figures
        r.parts["golden_hour"] = figures(db, period, scope, datetime.now())

    # Heaviest first, so two workers finish together.
    return [*(warning_to_contact(q) for q in _split(period, 4)), by_type("warnings_received", "warnings_by_type"), passes(_warnings_received),
            passes(_warnings_closed), sms, passes(_calls), by_type("calls", "calls_by_type"),
            headline("accounts_stopped"), headline("amount_stopped"), loss_saved_stations, by_station,
            call_to_request, golden_hour]


def _split(period: Period, n: int) -> list[Period]:
    days = (period.end - period.start).days
    cuts = [period.start + timedelta(days=days * i // n) for i in range(n)] + [period.end]
    return [Period(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]


def _finish(r: Report, db: Database) -> Report:
    p = r.parts
    r.time_to_act = {"warning_to_contact": _quantiles_of(p.get("contact_hist", [])),
                     "call_to_request": r.time_to_act.get("call_to_request", (None, None))}
    r.headline["loss_saved"] = p["loss_saved_calls"] + p["loss_saved_warnings"] + p["loss_saved_stations"]
    r.headline = {k: r.headline[k] for k in HEADLINE}
    order = [c for (c,) in db.execute("SELECT code FROM fraud_types ORDER BY rank")]
    w, c = p["warnings_by_type"], p["calls_by_type"]
    r.by_fraud_type = [(code, w.get(code, 0), c.get(code, 0)) for code in order]
    if r.scope.kind == "city" and "codes" not in p:
        # The structured interview's determinant codes of the period's calls (fraud type - state - urgency).
        from console.models.calls.interview import code_counts

        start, end = (f"{d.isoformat()} 00:00:00" for d in (r.period.start, r.period.end))
        p["codes"] = code_counts(db, start, end)
    return r


def report_from_rows(db: Database, period: Period, scope: Scope = Scope(), *, user: User | None) -> Report:
    """The page's figures counted over the records themselves, on one connection (every scope)."""
    require(user, Permission.VIEW_STATISTICS)
    r = Report(period, scope)
    for part in _parts(period, scope):
        part(db, r)
    return _finish(r, db)


def _contact_histogram(db: Database, period: Period) -> list[tuple[int, int]]:
    """(minute, warnings) from received to first contact: whole months from the monthly summary, the days
    before the first and after the last whole month from the daily one."""
    first = period.start if period.start.day == 1 else (period.start.replace(day=1) + timedelta(days=32)).replace(day=1)
    last = period.end.replace(day=1)
    if first >= last:
        return db.execute("SELECT minute, sum(n) FROM stats_contact_day WHERE day >= ? AND day < ? GROUP BY minute",
                          period.args).fetchall()
    hist = db.execute("SELECT minute, sum(n) FROM stats_contact_month WHERE month >= ? AND month < ? GROUP BY minute",
                      [first.isoformat()[:7], last.isoformat()[:7]]).fetchall()
    for a, b in ((period.start, first), (last, period.end)):
        if a < b:
            hist += db.execute("SELECT minute, sum(n) FROM stats_contact_day WHERE day >= ? AND day < ? "
                               "GROUP BY minute", [a.isoformat(), b.isoformat()]).fetchall()
    return hist


def _from_summaries(db: Database, period: Period) -> Report:
    """The city's page from the daily summary tables (console/models/migrations/stats.py), which triggers
    keep equal to the counts over the rows."""
    r = Report(period, Scope())
    args = period.args
    # Summed by SQL, by day (the key's order: no sort) and by type (a dozen groups): a year is some 4,000 rows
    # of each table, which a Python loop took 7 ms to add up.
    received = db.execute("SELECT day, sum(n) FROM stats_received_day WHERE day >= ? AND day < ? GROUP BY day "
                          "HAVING sum(n) != 0 ORDER BY day", args).fetchall()
    r.daily["warnings_received"] = received
    r.headline["warnings_received"] = sum(n for _, n in received)
    r.parts["warnings_by_type"] = dict(db.execute(
        "SELECT fraud_type, sum(n) FROM stats_received_day WHERE day >= ? AND day < ? GROUP BY fraud_type", args))
    closed = db.execute("SELECT day, handled, dissuaded, loss_saved_cents FROM stats_closed_day "
                        "WHERE day >= ? AND day < ? ORDER BY day", args).fetchall()
    r.headline["warnings_handled"] = sum(h for _, h, _, _ in closed)
    r.headline["warnings_dissuaded"] = sum(x for _, _, x, _ in closed)
    r.parts["loss_saved_warnings"] = sum(x for *_, x in closed)
    r.daily["warnings_handled"] = [(d, h) for d, h, _, _ in closed if h]
    sms = db.execute("SELECT day, n FROM stats_sms_day WHERE day >= ? AND day < ? AND n > 0 ORDER BY day",
                     args).fetchall()
    r.daily["sms_sent"] = sms
    r.headline["sms_sent"] = sum(n for _, n in sms)
    calls = db.execute("SELECT day, sum(n) FROM stats_calls_day WHERE day >= ? AND day < ? GROUP BY day "
                       "HAVING sum(n) != 0 ORDER BY day", args).fetchall()
    r.daily["calls"] = calls
    r.headline["calls"] = sum(n for _, n in calls)
    calls_by_type = {}
    saved = 0
    for code, n, cents in db.execute("SELECT fraud_type, sum(n), sum(loss_saved_cents) FROM stats_calls_day "
                                     "WHERE day >= ? AND day < ? GROUP BY fraud_type", args):
        calls_by_type[code] = n
        saved += cents
    r.parts["calls_by_type"] = calls_by_type
    r.parts["loss_saved_calls"] = saved
    r.parts["contact_hist"] = _contact_histogram(db, period)
    r.by_station = db.execute(      # (summed per station first: joined first, SQLite scanned the year per station)
        "SELECT s.id, s.name, x.n, x.dissuaded FROM (SELECT station_id, sum(n) n, sum(dissuaded) dissuaded "
        "FROM stats_dispatch_day WHERE day >= ? AND day < ? GROUP BY station_id) x JOIN stations s "
        "ON s.id = x.station_id WHERE x.n > 0 ORDER BY 3 DESC, 1", args).fetchall()
    r.headline["accounts_stopped"], r.headline["amount_stopped"] = db.execute(
        "SELECT coalesce(sum(accounts), 0), coalesce(sum(stopped_cents), 0) FROM stats_stop_day "
        "WHERE day >= ? AND day < ?", args).fetchone()
    r.parts["loss_saved_stations"] = db.execute("SELECT coalesce(sum(cents), 0) FROM stats_station_saved_day "
                                                "WHERE day >= ? AND day < ?", args).fetchone()[0]
    r.time_to_act["call_to_request"] = _quantiles_of(db.execute(
        "SELECT minute, sum(n) FROM stats_request_day WHERE day >= ? AND day < ? GROUP BY minute", args).fetchall())
    from console.models.stats.golden_hour import code_counts_from_summaries, figures_from_summaries

    r.parts["golden_hour"] = figures_from_summaries(db, period, datetime.now())
    r.parts["codes"] = code_counts_from_summaries(db, period)
    return _finish(r, db)


def report(db: Database, period: Period, scope: Scope = Scope(), *, user: User | None) -> Report:
    """The page's figures: the city's from the daily summaries, a district's, station's or officer's from
    the rows (the summaries are not kept by scope)."""
    require(user, Permission.VIEW_STATISTICS)
    if scope.kind == "city":
        return _from_summaries(db, period)
    return report_from_rows(db, period, scope, user=user)


def report_parallel(db_path, period: Period, scope: Scope = Scope(), *, user: User | None, workers: int = 2,
                    connection: Callable[[], Any] | None = None) -> Report:
    """What the page runs: the city's figures from the summaries; a narrower scope's from
    the rows with the queries shared out over several connections: each worker takes the next query when it
    is done with one (SQLite runs them on other cores, without the interpreter's lock).

    connection: makes a context giving a connection for one thread (the page passes its task runner's, which
    borrows from the seat's pool on a server); by default each opens and closes its own."""
    require(user, Permission.VIEW_STATISTICS)
    import contextlib
    import queue
    from concurrent.futures import ThreadPoolExecutor

    from console.models.core.db import connect

    @contextlib.contextmanager
    def own_connection():
        db = connect(db_path)
        try:
            yield db
        finally:
            db.conn.close()

    opened = connection or own_connection
    if scope.kind == "city":
        with opened() as db:
            return _from_summaries(db, period)
    r = Report(period, scope)
    todo: queue.SimpleQueue = queue.SimpleQueue()
    for part in _parts(period, scope):
        todo.put(part)

    def run() -> None:
        with opened() as db:
            while True:
                try:
                    part = todo.get_nowait()
                except queue.Empty:
                    return
                part(db, r)

    with ThreadPoolExecutor(workers) as pool:
        for future in [pool.submit(run) for _ in range(workers)]:
            future.result()
    with opened() as db:
        return _finish(r, db)
