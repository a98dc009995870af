"""The golden-hour figures of the statistics page, by period and scope: minutes from the first transfer to
the stop-payment issued and from issue to the bank's result; the share of money stopped within 1, 6 and 48
hours of the first transfer; renewals and lapses; escalation-ladder steps and how each ended. (Warning to
first contact is in stats.py.) A request belongs to the period by its issue time; a ladder step by its start."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from console.models.core.clock import iso

# Scope columns: requests by the victim's district (resident ID prefix) or the issuing officer; ladder steps
# by the warning's district, station or the officer who started the step.
_R_SCOPE = {"district": "substr(p.id_number, 1, 6)", "officer": "r.officer_id"}
_L_SCOPE = {"district": "w.district_code", "station": "w.station_id", "officer": "s.started_by"}
WITHIN_HOURS = (1, 6, 48)


@dataclass
class GoldenHour:
    transfer_to_issue: tuple[float | None, float | None] = (None, None)     # median, p90 minutes
    issue_to_result: tuple[float | None, float | None] = (None, None)
    money_at_stake: int = 0                                                 # fen on requests issued
    stopped_within: dict[int, int] = field(default_factory=dict)            # hours -> fen stopped or frozen
    renewals: int = 0
    freezes: int = 0
    lapses: int = 0                                                         # windows that ran out unanswered
    ladder: dict[tuple[str, str], int] = field(default_factory=dict)        # (kind, result) -> steps

    def share(self, hours: int) -> float | None:
        return None if not self.money_at_stake else self.stopped_within.get(hours, 0) / self.money_at_stake


def _scope_sql(columns: dict[str, str], scope) -> tuple[str, list]:
    if scope.kind == "city":
        return "", []
    col = columns.get(scope.kind)
    return (" AND 1 = 0", []) if col is None else (f" AND {col} = ?", [scope.value])


def figures(db: Database, period, scope, now: datetime) -> GoldenHour:
    from console.models.stats.figures import _quantiles

    out = GoldenHour()
    rs, ra = _scope_sql(_R_SCOPE, scope)
    requests = (f"FROM stop_requests r LEFT JOIN people p ON p.id = r.victim_person_id "
                f"WHERE r.issued_at >= ? AND r.issued_at < ? AND r.status != 'discarded'{rs}")
    args = [*period.args, *ra]
    first = "(SELECT min(t.transferred_at) FROM stop_transfers t WHERE t.request_id = r.id)"
    out.transfer_to_issue = _quantiles(
        db, f"SELECT (julianday(r.issued_at) - julianday({first})) * 1440 AS m {requests} AND {first} IS NOT NULL",
        args)
    out.issue_to_result = _quantiles(
        db, f"SELECT (julianday(s.result_at) - julianday(r.issued_at)) * 1440 AS m FROM stop_accounts s "
            f"JOIN stop_requests r ON r.id = s.request_id LEFT JOIN people p ON p.id = r.victim_person_id "
            f"WHERE r.issued_at >= ? AND r.issued_at < ? AND r.status != 'discarded'{rs} AND s.result_at IS NOT NULL",
        args)
    row = db.execute(
        "SELECT coalesce(sum(s.amount_cents), 0), "
        + ", ".join(f"coalesce(sum(CASE WHEN s.status IN ('stopped', 'frozen') AND s.result_at IS NOT NULL "
                    f"AND (julianday(s.result_at) - julianday({first})) * 24 <= {h} THEN s.stopped_cents END), 0)"
                    for h in WITHIN_HOURS)
        + f" FROM stop_accounts s JOIN stop_requests r ON r.id = s.request_id "
          f"LEFT JOIN people p ON p.id = r.victim_person_id "
          f"WHERE r.issued_at >= ? AND r.issued_at < ? AND r.status != 'discarded'{rs}", args).fetchone()
    out.money_at_stake = row[0]
    out.stopped_within = dict(zip(WITHIN_HOURS, row[1:]))
    for kind, n in db.execute(
            f"SELECT e.kind, count(*) FROM stop_window_events e JOIN stop_accounts s ON s.id = e.stop_account_id "
            f"JOIN stop_requests r ON r.id = s.request_id LEFT JOIN people p ON p.id = r.victim_person_id "
            f"WHERE e.at >= ? AND e.at < ? AND e.kind IN ('renewed', 'frozen'){rs} GROUP BY e.kind", args):
        if kind == "renewed":
            out.renewals = n
        else:
            out.freezes = n
    out.lapses = db.execute(
        f"SELECT count(*) FROM stop_accounts s JOIN stop_requests r ON r.id = s.request_id "
        f"LEFT JOIN people p ON p.id = r.victim_person_id WHERE s.status IN ('issued', 'stopped') "
        f"AND s.window_ends_at >= ? AND s.window_ends_at < ? AND s.window_ends_at <= ?{rs}",
        [*period.args, iso(now), *ra]).fetchone()[0]
    ls, la = _scope_sql(_L_SCOPE, scope)
    for kind, result, n in db.execute(
            f"SELECT s.kind, coalesce(s.result, 'running'), count(*) FROM ladder_steps s "
            f"JOIN warnings w ON w.id = s.warning_id WHERE s.started_at >= ? AND s.started_at < ?{ls} "
            f"GROUP BY 1, 2 ORDER BY 1, 2", [*period.args, *la]):
        out.ladder[(kind, result)] = n
    return out


def _lapses_from_summaries(db: Database, period, now: datetime) -> int:
    """Windows of held accounts ending in the period, up to now: whole days before today from the daily
    summary, today's up to now (and nothing after it) from the accounts' own (status, window_ends_at) index."""
    start, end = period.args
    today = now.date().isoformat()
    n = db.execute("SELECT coalesce(sum(n), 0) FROM stats_gh_lapse_day WHERE day >= ? AND day < ?",
                   [start, min(end, today)]).fetchone()[0]
    if end > today:
        n += db.execute("SELECT count(*) FROM stop_accounts s WHERE s.status IN ('issued', 'stopped') "
                        "AND s.window_ends_at >= ? AND s.window_ends_at < ? AND s.window_ends_at <= ?",
                        [max(start, today), end, iso(now)]).fetchone()[0]
    return n


def figures_from_summaries(db: Database, period, now: datetime) -> GoldenHour:
    """The city's figures (`figures` with the city's scope) from the daily summaries that triggers keep equal
    to the rows (console/models/migrations/stats.py, m006_summaries_golden_hour_and_codes)."""
    from console.models.stats.figures import _quantiles_of

    out = GoldenHour()
    args = period.args
    out.transfer_to_issue = _quantiles_of(db.execute(
        "SELECT minute, sum(n) FROM stats_gh_issue_day WHERE day >= ? AND day < ? GROUP BY minute", args).fetchall())
    out.issue_to_result = _quantiles_of(db.execute(
        "SELECT minute, sum(n) FROM stats_gh_result_day WHERE day >= ? AND day < ? GROUP BY minute", args).fetchall())
    row = db.execute("SELECT coalesce(sum(at_stake), 0), coalesce(sum(within_1h), 0), coalesce(sum(within_6h), 0), "
                     "coalesce(sum(within_48h), 0) FROM stats_gh_money_day WHERE day >= ? AND day < ?", args).fetchone()
    out.money_at_stake = row[0]
    out.stopped_within = dict(zip(WITHIN_HOURS, row[1:]))
    out.renewals, out.freezes = db.execute("SELECT coalesce(sum(renewed), 0), coalesce(sum(frozen), 0) "
                                           "FROM stats_gh_window_day WHERE day >= ? AND day < ?", args).fetchone()
    out.lapses = _lapses_from_summaries(db, period, now)
    for kind, result, n in db.execute(
            "SELECT kind, result, sum(n) FROM stats_gh_ladder_day WHERE day >= ? AND day < ? GROUP BY kind, result "
            "HAVING sum(n) > 0 ORDER BY 1, 2", args):
        out.ladder[(kind, result)] = n
    return out


def code_counts_from_summaries(db: Database, period) -> list[tuple[str, int]]:
    """The period's calls by interview determinant code (interview.code_counts of the period's days): whole
    months from the monthly summary, the days before the first and after the last whole month from the daily."""
    from datetime import timedelta

    start, end = period.start, period.end
    first = start if start.day == 1 else (start.replace(day=1) + timedelta(days=32)).replace(day=1)
    last = end.replace(day=1)
    counts: dict[str, int] = {}
    parts = [("stats_codes_day", "day", start.isoformat(), end.isoformat())]
    if first < last:
        parts = [("stats_codes_month", "month", first.isoformat()[:7], last.isoformat()[:7])]
        parts += [("stats_codes_day", "day", a.isoformat(), b.isoformat())
                  for a, b in ((start, first), (last, end)) if a < b]
    for table, column, a, b in parts:
        for code, n in db.execute(f"SELECT code, sum(n) FROM {table} WHERE {column} >= ? AND {column} < ? "
                                  f"GROUP BY code", [a, b]):
            counts[code] = counts.get(code, 0) + n
    return sorted(((c, n) for c, n in counts.items() if n), key=lambda cn: (-cn[1], cn[0]))
