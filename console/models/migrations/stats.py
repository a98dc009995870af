"""Indexes that let a year's statistics be computed from the records in milliseconds."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("stats")


@migrations()
def m001_covering_indexes(db: Database) -> None:
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS warnings_closed_stats ON warnings(closed_at, status, outcome, loss_saved_cents,
            district_code, station_id, holder_id);
        CREATE INDEX IF NOT EXISTS warnings_received_stats ON warnings(received_at, fraud_type, district_code,
            station_id, holder_id, first_contact_at);
        CREATE INDEX IF NOT EXISTS stop_requests_issued ON stop_requests(issued_at);
        CREATE INDEX IF NOT EXISTS dispatches_feedback ON dispatches(feedback_at);
        CREATE INDEX IF NOT EXISTS dispatches_created ON dispatches(created_at);
        CREATE INDEX IF NOT EXISTS sms_outbox_created_by ON sms_outbox(created_at, created_by);
        """
    )


@migrations()
def m002_per_day_and_per_type_indexes(db: Database) -> None:
    """The page counts a day, or a fraud type, at a time by index ranges instead of sorting a year of rows;
    these make those ranges covering (no visit to the table's rows)."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS warnings_type_received ON warnings(fraud_type, received_at, district_code,
            station_id, holder_id);
        CREATE INDEX IF NOT EXISTS calls_stats ON calls(started_at, fraud_type, loss_saved_cents, officer_id);
        CREATE INDEX IF NOT EXISTS calls_type_started ON calls(fraud_type, started_at, officer_id);
        DROP INDEX IF EXISTS dispatches_feedback;
        CREATE INDEX IF NOT EXISTS dispatches_feedback_stats ON dispatches(feedback_at, loss_saved_cents,
            warning_id, station_id, created_by);
        """
    )


# -- Daily summaries kept in step by triggers ---------------------------------------------------------------
# The statistics page of a city reads these instead of a year of rows: each is one row per day (and fraud
# type, minute or station) with the counts the page shows, under the same definitions as the measures of
# console/models/stats/figures.py (tests hold them equal to the counts over the rows after inserts, edits, deletes).
# Each trigger takes the old row's share out and puts the new row's in (an UPSERT on a small table).

SUMMARY_TABLES = """
CREATE TABLE IF NOT EXISTS stats_received_day (      -- warnings by the day received, by fraud type
    day TEXT NOT NULL, fraud_type TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, fraud_type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_contact_day (       -- received warnings' minutes to first contact, by day
    day TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_contact_month (     -- the same by month: a year's page reads 12 months of it
    month TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, minute)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_closed_day (        -- warnings by the day of closed_at
    day TEXT NOT NULL PRIMARY KEY, handled INTEGER NOT NULL DEFAULT 0, dissuaded INTEGER NOT NULL DEFAULT 0,
    loss_saved_cents INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_calls_day (         -- calls by the day started, by fraud type
    day TEXT NOT NULL, fraud_type TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    loss_saved_cents INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, fraud_type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_sms_day (
    day TEXT NOT NULL PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_stop_day (          -- stop-payment accounts by the day the request was issued
    day TEXT NOT NULL PRIMARY KEY, accounts INTEGER NOT NULL DEFAULT 0,
    stopped_cents INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_request_day (       -- minutes from a call to its stop-payment request, by call day
    day TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_station_saved_day ( -- stations' savings where the warning recorded none
    day TEXT NOT NULL PRIMARY KEY, cents INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_dispatch_day (      -- dispatches by the day created, by station
    day TEXT NOT NULL, station_id INTEGER NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    dissuaded INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, station_id)) WITHOUT ROWID;
"""

_MINUTES = "CAST(round((julianday({r}.first_contact_at) - julianday({r}.received_at)) * 1440) AS INTEGER)"
SUMMARY_NAMES = ("stats_received_day", "stats_contact_day", "stats_contact_month", "stats_closed_day", "stats_calls_day",
                 "stats_sms_day", "stats_stop_day", "stats_request_day", "stats_station_saved_day", "stats_dispatch_day")


def _stop_share(sign: str, day: str, accounts_where: str) -> str:
    """Stop-payment accounts (the measures accounts_stopped and amount_stopped) of the rows matched."""
    return f"""
            INSERT INTO stats_stop_day (day, accounts, stopped_cents)
                SELECT substr({day}, 1, 10), {sign}sum(a.status != 'pending'),
                       {sign}sum(CASE WHEN a.status IN ('stopped', 'frozen') THEN a.stopped_cents ELSE 0 END)
                FROM stop_accounts a WHERE {accounts_where} AND {day} IS NOT NULL GROUP BY 1
                ON CONFLICT (day) DO UPDATE SET accounts = accounts + excluded.accounts,
                    stopped_cents = stopped_cents + excluded.stopped_cents;"""


def _request_share(sign: str, r: str, call_where: str) -> str:
    """A request's minutes from its call (time_to_act call_to_request), on the day the call started."""
    return f"""
            INSERT INTO stats_request_day (day, minute, n)
                SELECT substr(c.started_at, 1, 10),
                       CAST(round((julianday({r}.created_at) - julianday(c.started_at)) * 1440) AS INTEGER), {sign}1
                FROM calls c WHERE {call_where}
                ON CONFLICT (day, minute) DO UPDATE SET n = n + excluded.n;"""


def _saved_share(sign: str, d: str, warning_loss: str) -> str:
    """A dispatch's saving counted for the station (the measure loss_saved_stations)."""
    return f"""
            INSERT INTO stats_station_saved_day (day, cents)
                SELECT substr({d}.feedback_at, 1, 10), {sign}{d}.loss_saved_cents
                WHERE {d}.feedback_at IS NOT NULL AND {d}.loss_saved_cents > 0 AND coalesce({warning_loss}, 0) = 0
                ON CONFLICT (day) DO UPDATE SET cents = cents + excluded.cents;"""


def _shares(r: str, sign: str) -> dict[str, str]:
    """The statements adding (sign '+') or taking out ('-') row r's share of each summary it feeds."""
    one = f"{sign}1"
    return {
        "warnings": f"""
            INSERT INTO stats_received_day (day, fraud_type, n)
                VALUES (substr({r}.received_at, 1, 10), coalesce({r}.fraud_type, ''), {one})
                ON CONFLICT (day, fraud_type) DO UPDATE SET n = n + excluded.n;
            INSERT INTO stats_contact_day (day, minute, n)
                SELECT substr({r}.received_at, 1, 10), {_MINUTES.format(r=r)}, {one}
                WHERE {r}.first_contact_at IS NOT NULL
                ON CONFLICT (day, minute) DO UPDATE SET n = n + excluded.n;
            INSERT INTO stats_contact_month (month, minute, n)
                SELECT substr({r}.received_at, 1, 7), {_MINUTES.format(r=r)}, {one}
                WHERE {r}.first_contact_at IS NOT NULL
                ON CONFLICT (month, minute) DO UPDATE SET n = n + excluded.n;
            INSERT INTO stats_closed_day (day, handled, dissuaded, loss_saved_cents)
                SELECT substr({r}.closed_at, 1, 10), {sign}({r}.status = 'closed'),
                       {sign}coalesce({r}.outcome = 'dissuaded', 0),
                       {sign}(CASE WHEN {r}.loss_saved_cents > 0 THEN {r}.loss_saved_cents ELSE 0 END)
                WHERE {r}.closed_at IS NOT NULL
                ON CONFLICT (day) DO UPDATE SET handled = handled + excluded.handled,
                    dissuaded = dissuaded + excluded.dissuaded,
                    loss_saved_cents = loss_saved_cents + excluded.loss_saved_cents;""",
        "calls": f"""
            INSERT INTO stats_calls_day (day, fraud_type, n, loss_saved_cents)
                VALUES (substr({r}.started_at, 1, 10), coalesce({r}.fraud_type, ''), {one},
                        {sign}(CASE WHEN {r}.loss_saved_cents > 0 THEN {r}.loss_saved_cents ELSE 0 END))
                ON CONFLICT (day, fraud_type) DO UPDATE SET n = n + excluded.n,
                    loss_saved_cents = loss_saved_cents + excluded.loss_saved_cents;""",
        "sms_outbox": f"""
            INSERT INTO stats_sms_day (day, n) VALUES (substr({r}.created_at, 1, 10), {one})
                ON CONFLICT (day) DO UPDATE SET n = n + excluded.n;""",
        "dispatches": f"""
            INSERT INTO stats_dispatch_day (day, station_id, n, dissuaded)
                VALUES (substr({r}.created_at, 1, 10), {r}.station_id, {one}, {sign}coalesce({r}.dissuaded, 0))
                ON CONFLICT (day, station_id) DO UPDATE SET n = n + excluded.n,
                    dissuaded = dissuaded + excluded.dissuaded;"""
            + _saved_share(sign, r, f"(SELECT w.loss_saved_cents FROM warnings w WHERE w.id = {r}.warning_id)"),
        "stop_accounts": f"""
            INSERT INTO stats_stop_day (day, accounts, stopped_cents)
                SELECT substr(q.issued_at, 1, 10), {sign}({r}.status != 'pending'),
                       {sign}(CASE WHEN {r}.status IN ('stopped', 'frozen') THEN {r}.stopped_cents ELSE 0 END)
                FROM stop_requests q WHERE q.id = {r}.request_id AND q.issued_at IS NOT NULL
                ON CONFLICT (day) DO UPDATE SET accounts = accounts + excluded.accounts,
                    stopped_cents = stopped_cents + excluded.stopped_cents;""",
        "stop_requests": _request_share(sign, r, f"c.id = {r}.call_id"),
    }


# The columns whose change moves a row's share (an edit of anything else fires no trigger).
SUMMARY_COLUMNS = {
    "warnings": "received_at, fraud_type, first_contact_at, closed_at, status, outcome, loss_saved_cents",
    "calls": "started_at, fraud_type, loss_saved_cents",
    "sms_outbox": "created_at",
    "dispatches": "created_at, station_id, dissuaded, feedback_at, loss_saved_cents, warning_id",
    "stop_accounts": "status, stopped_cents, request_id",
    "stop_requests": "created_at, call_id",
}


def summary_triggers_sql() -> str:
    add, take = _shares("new", "+"), _shares("old", "-")
    out = []
    for table, columns in SUMMARY_COLUMNS.items():
        out.append(f"""
        CREATE TRIGGER IF NOT EXISTS {table}_stats_insert AFTER INSERT ON {table} BEGIN {add[table]} END;
        CREATE TRIGGER IF NOT EXISTS {table}_stats_update AFTER UPDATE OF {columns} ON {table} BEGIN
            {take[table]} {add[table]} END;""")
        if table != "stop_requests":
            out.append(f"""
        CREATE TRIGGER IF NOT EXISTS {table}_stats_delete AFTER DELETE ON {table} BEGIN {take[table]} END;""")
    # Shares that move with another table's row: a request's accounts with its issue day (taken out before
    # the request goes, as its accounts are deleted by cascade after it), requests with their call's start,
    # stations' savings with their warning's own saving.
    accounts = "a.request_id = {r}.id"
    out.append(f"""
        CREATE TRIGGER IF NOT EXISTS stop_requests_stats_delete BEFORE DELETE ON stop_requests BEGIN
            {take["stop_requests"]} {_stop_share("-", "old.issued_at", accounts.format(r="old"))} END;
        CREATE TRIGGER IF NOT EXISTS stop_requests_stats_issue AFTER UPDATE OF issued_at ON stop_requests BEGIN
            {_stop_share("-", "old.issued_at", accounts.format(r="old"))}
            {_stop_share("+", "new.issued_at", accounts.format(r="new"))} END;
        CREATE TRIGGER IF NOT EXISTS calls_stats_requests AFTER UPDATE OF started_at ON calls BEGIN
            {_request_share("-", "q", "1").replace("FROM calls c WHERE", "FROM stop_requests q, (SELECT old.started_at AS started_at) c WHERE q.call_id = old.id AND")}
            {_request_share("+", "q", "c.id = new.id").replace("FROM calls c WHERE", "FROM stop_requests q, calls c WHERE q.call_id = c.id AND")} END;
        CREATE TRIGGER IF NOT EXISTS warnings_stats_stations AFTER UPDATE OF loss_saved_cents ON warnings
            WHEN (coalesce(old.loss_saved_cents, 0) = 0) != (coalesce(new.loss_saved_cents, 0) = 0) BEGIN
            {_saved_share("-", "d", "old.loss_saved_cents").replace("WHERE d.", "FROM dispatches d WHERE d.warning_id = old.id AND d.", 1)}
            {_saved_share("+", "d", "new.loss_saved_cents").replace("WHERE d.", "FROM dispatches d WHERE d.warning_id = new.id AND d.", 1)} END;""")
    return "\n".join(out)


def rebuild_summaries(db: Database) -> None:
    """Fills the summary tables from the records (the migration's and the demo generator's work, and the
    maintenance answer should a summary ever be doubted)."""
    db.executescript(SUMMARY_TABLES)
    for table in SUMMARY_NAMES:
        db.execute(f"DELETE FROM {table}")
    minutes = _MINUTES.format(r="w")
    db.execute("INSERT INTO stats_received_day (day, fraud_type, n) SELECT substr(received_at, 1, 10) d, "
               "coalesce(fraud_type, '') t, count(*) FROM warnings GROUP BY d, t")
    db.execute(f"INSERT INTO stats_contact_day (day, minute, n) SELECT substr(w.received_at, 1, 10) d, {minutes} m, "
               f"count(*) FROM warnings w WHERE w.first_contact_at IS NOT NULL GROUP BY d, m")
    db.execute("INSERT INTO stats_contact_month (month, minute, n) SELECT substr(day, 1, 7) m, minute, sum(n) "
               "FROM stats_contact_day GROUP BY m, minute")
    db.execute("INSERT INTO stats_closed_day (day, handled, dissuaded, loss_saved_cents) "
               "SELECT substr(closed_at, 1, 10) d, sum(status = 'closed'), sum(coalesce(outcome = 'dissuaded', 0)), "
               "sum(CASE WHEN loss_saved_cents > 0 THEN loss_saved_cents ELSE 0 END) FROM warnings "
               "WHERE closed_at IS NOT NULL GROUP BY d")
    db.execute("INSERT INTO stats_calls_day (day, fraud_type, n, loss_saved_cents) SELECT substr(started_at, 1, 10) d, "
               "coalesce(fraud_type, '') t, count(*), sum(CASE WHEN loss_saved_cents > 0 THEN loss_saved_cents "
               "ELSE 0 END) FROM calls GROUP BY d, t")
    db.execute("INSERT INTO stats_sms_day (day, n) SELECT substr(created_at, 1, 10) d, count(*) FROM sms_outbox "
               "GROUP BY d")
    db.execute("INSERT INTO stats_stop_day (day, accounts, stopped_cents) SELECT substr(r.issued_at, 1, 10) d, "
               "sum(a.status != 'pending'), sum(CASE WHEN a.status IN ('stopped', 'frozen') THEN a.stopped_cents "
               "ELSE 0 END) FROM stop_accounts a JOIN stop_requests r ON r.id = a.request_id "
               "WHERE r.issued_at IS NOT NULL GROUP BY d")
    db.execute("INSERT INTO stats_request_day (day, minute, n) SELECT substr(c.started_at, 1, 10) d, "
               "CAST(round((julianday(r.created_at) - julianday(c.started_at)) * 1440) AS INTEGER) m, count(*) "
               "FROM stop_requests r JOIN calls c ON c.id = r.call_id GROUP BY d, m")
    db.execute("INSERT INTO stats_station_saved_day (day, cents) SELECT substr(d.feedback_at, 1, 10) x, "
               "sum(d.loss_saved_cents) FROM dispatches d LEFT JOIN warnings w ON w.id = d.warning_id "
               "WHERE d.feedback_at IS NOT NULL AND d.loss_saved_cents > 0 AND coalesce(w.loss_saved_cents, 0) = 0 "
               "GROUP BY x")
    db.execute("INSERT INTO stats_dispatch_day (day, station_id, n, dissuaded) SELECT substr(created_at, 1, 10) d, "
               "station_id, count(*), sum(coalesce(dissuaded, 0)) FROM dispatches GROUP BY d, station_id")


@migrations()
def m003_speed_daily_summaries(db: Database) -> None:
    """Daily summary tables for the statistics page, filled from the records and kept by triggers."""
    rebuild_summaries(db)
    db.executescript(summary_triggers_sql())


@migrations()
def m004_speed2_calls_by_interview_code(db: Database) -> None:
    """The period's calls by interview code (interview.code_counts) from an index range alone: a year of
    ten is 30,000 index entries instead of every call's row."""
    db.execute("CREATE INDEX IF NOT EXISTS calls_started_code ON calls(started_at, determinant_code) "
               "WHERE determinant_code IS NOT NULL")


@migrations()
def m005_speed2_first_transfer_of_a_request(db: Database) -> None:
    """The golden-hour figures ask each request's first transfer time (min(transferred_at) by request):
    answered from this index alone, not from the transfers' rows (66 ms of the year's page on ten years)."""
    db.execute("CREATE INDEX IF NOT EXISTS stop_transfers_request_time ON stop_transfers(request_id, transferred_at)")


# -- The golden-hour figures and the interview codes, by day (summaries branch) ------------------------------
# What the city's page still counted over the rows (console/models/stats/golden_hour.py `figures`,
# interview.code_counts): the same definitions, a row per day. A request's figures depend on its accounts and
# its first transfer, so a change to any of the three recounts the request's issue day from the rows (about
# 25 requests a day: idempotent, right whatever order the rows change in); the others move by the row's own
# share, as the summaries above.

GOLDEN_TABLES = """
CREATE TABLE IF NOT EXISTS stats_gh_issue_day (      -- requests by issue day: minutes from the first transfer
    day TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_gh_result_day (     -- answered accounts by their request's issue day: minutes to the result
    day TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_gh_money_day (      -- money at stake and stopped within 1, 6, 48 hours of the first transfer
    day TEXT NOT NULL PRIMARY KEY, at_stake INTEGER NOT NULL DEFAULT 0, within_1h INTEGER NOT NULL DEFAULT 0,
    within_6h INTEGER NOT NULL DEFAULT 0, within_48h INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_gh_window_day (     -- renewals and freezes by the day of the event
    day TEXT NOT NULL PRIMARY KEY, renewed INTEGER NOT NULL DEFAULT 0, frozen INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_gh_lapse_day (      -- accounts held (issued, stopped) by the day their window ends
    day TEXT NOT NULL PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_codes_day (         -- calls by the day started, by interview determinant code
    day TEXT NOT NULL, code TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_codes_month (       -- the same by month (some 50 codes a day: a year's page reads 12 months)
    month TEXT NOT NULL, code TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, code)) WITHOUT ROWID;
"""
# The ladder steps' table comes with the warnings set (ladder_steps is one of its tables, made after this set
# runs on a new database): warnings summaries_m007_ladder_steps_by_day calls ladder_summary below.
LADDER_TABLE = """
CREATE TABLE IF NOT EXISTS stats_gh_ladder_day (     -- escalation-ladder steps by the day started, rung kind, result
    day TEXT NOT NULL, kind TEXT NOT NULL, result TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind, result)) WITHOUT ROWID;
"""
GOLDEN_NAMES = ("stats_gh_issue_day", "stats_gh_result_day", "stats_gh_money_day", "stats_gh_window_day",
                "stats_gh_lapse_day", "stats_gh_ladder_day", "stats_codes_day", "stats_codes_month")
GOLDEN_HOURS = (1, 6, 48)        # golden_hour.WITHIN_HOURS when this step was written


NEXT_DAY = "date({day}, '+1 day')"    # the day after, in SQLite's words (PostgreSQL's twin has its own)


def _requests_where(day: str | None, next_day: str) -> str:
    """The requests of an issue day (day: an SQL expression 'YYYY-MM-DD'), or of every day (None)."""
    if day is None:
        return "r.issued_at IS NOT NULL AND r.status != 'discarded'"
    return f"r.issued_at >= {day} AND r.issued_at < {next_day.format(day=day)} AND r.status != 'discarded'"


def _first_transfer(r: str = "r") -> str:
    return f"(SELECT min(t.transferred_at) FROM stop_transfers t WHERE t.request_id = {r}.id)"


def request_day_sql(day: str | None, next_day: str = NEXT_DAY) -> str:
    """Counts the golden-hour figures of the requests issued on a day (or on every day) from the rows, as
    golden_hour.figures does, into the summaries (the day's old rows first taken out). Both engines' SQL but
    for next_day."""
    where = _requests_where(day, next_day)
    out = "" if day is None else "".join(
        f"DELETE FROM {t} WHERE day = {day}; " for t in ("stats_gh_issue_day", "stats_gh_result_day", "stats_gh_money_day"))
    within = ", ".join(
        f"sum(CASE WHEN q.status IN ('stopped', 'frozen') AND q.result_at IS NOT NULL "
        f"AND (julianday(q.result_at) - julianday(q.first_at)) * 24 <= {h} THEN q.stopped_cents ELSE 0 END)"
        for h in GOLDEN_HOURS)
    return out + f"""
        INSERT INTO stats_gh_issue_day (day, minute, n)
            SELECT substr(q.issued_at, 1, 10), q.m, count(*) FROM (
                SELECT r.issued_at, CAST(round((julianday(r.issued_at) - julianday({_first_transfer()})) * 1440)
                    AS INTEGER) m FROM stop_requests r WHERE {where}) q
            WHERE q.m IS NOT NULL GROUP BY 1, 2;
        INSERT INTO stats_gh_result_day (day, minute, n)
            SELECT substr(q.issued_at, 1, 10), q.m, count(*) FROM (
                SELECT r.issued_at, CAST(round((julianday(s.result_at) - julianday(r.issued_at)) * 1440) AS INTEGER) m
                FROM stop_accounts s JOIN stop_requests r ON r.id = s.request_id
                WHERE {where} AND s.result_at IS NOT NULL) q
            WHERE q.m IS NOT NULL GROUP BY 1, 2;
        INSERT INTO stats_gh_money_day (day, at_stake, within_1h, within_6h, within_48h)
            SELECT substr(q.issued_at, 1, 10), sum(q.amount_cents), {within} FROM (
                SELECT r.issued_at, s.amount_cents, s.status, s.result_at, s.stopped_cents, {_first_transfer()} first_at
                FROM stop_accounts s JOIN stop_requests r ON r.id = s.request_id WHERE {where}) q
            GROUP BY 1;"""


def _window_share(sign: str, e: str) -> str:
    return f"""
            INSERT INTO stats_gh_window_day (day, renewed, frozen)
                SELECT substr({e}.at, 1, 10), {sign}({e}.kind = 'renewed'), {sign}({e}.kind = 'frozen')
                WHERE {e}.kind IN ('renewed', 'frozen')
                ON CONFLICT (day) DO UPDATE SET renewed = renewed + excluded.renewed, frozen = frozen + excluded.frozen;"""


def _lapse_share(sign: str, a: str) -> str:
    return f"""
            INSERT INTO stats_gh_lapse_day (day, n) SELECT substr({a}.window_ends_at, 1, 10), {sign}1
                WHERE {a}.status IN ('issued', 'stopped') AND {a}.window_ends_at IS NOT NULL
                ON CONFLICT (day) DO UPDATE SET n = n + excluded.n;"""


def _ladder_share(sign: str, s: str) -> str:
    return f"""
            INSERT INTO stats_gh_ladder_day (day, kind, result, n)
                VALUES (substr({s}.started_at, 1, 10), {s}.kind, coalesce({s}.result, 'running'), {sign}1)
                ON CONFLICT (day, kind, result) DO UPDATE SET n = n + excluded.n;"""


def _codes_share(sign: str, c: str) -> str:
    return f"""
            INSERT INTO stats_codes_day (day, code, n)
                SELECT substr({c}.started_at, 1, 10), {c}.determinant_code, {sign}1 WHERE {c}.determinant_code IS NOT NULL
                ON CONFLICT (day, code) DO UPDATE SET n = n + excluded.n;
            INSERT INTO stats_codes_month (month, code, n)
                SELECT substr({c}.started_at, 1, 7), {c}.determinant_code, {sign}1 WHERE {c}.determinant_code IS NOT NULL
                ON CONFLICT (month, code) DO UPDATE SET n = n + excluded.n;"""


def _share_triggers(table: str, name: str, columns: str, share) -> str:
    return f"""
        CREATE TRIGGER IF NOT EXISTS {table}_{name}_share_insert AFTER INSERT ON {table} BEGIN {share("+", "new")} END;
        CREATE TRIGGER IF NOT EXISTS {table}_{name}_share_update AFTER UPDATE OF {columns} ON {table} BEGIN
            {share("-", "old")} {share("+", "new")} END;
        CREATE TRIGGER IF NOT EXISTS {table}_{name}_share_delete AFTER DELETE ON {table} BEGIN {share("-", "old")} END;"""


# An update recounts its request's day only when it changes what the figures count (issuing a request sets
# every account's status and window; that alone moves nothing here): one recount, not three, per row.
GH_CHANGED = {
    "stop_requests": "old.issued_at IS NOT new.issued_at "
                     "OR (old.status = 'discarded') IS NOT (new.status = 'discarded')",
    "stop_accounts": "old.request_id IS NOT new.request_id OR old.amount_cents IS NOT new.amount_cents "
                     "OR old.stopped_cents IS NOT new.stopped_cents OR old.result_at IS NOT new.result_at "
                     "OR (old.status IN ('stopped', 'frozen')) IS NOT (new.status IN ('stopped', 'frozen'))",
    "stop_transfers": "old.request_id IS NOT new.request_id OR old.transferred_at IS NOT new.transferred_at",
}


def golden_triggers_sql() -> str:
    """The triggers. The recount of a day is written once, in an INSTEAD OF trigger on an empty view that the
    other triggers insert the day into (SQLite's way of calling a procedure): written out in each of them it
    made the schema 42 KB larger, which every new connection parses (about 2 ms more to open one)."""
    def recount(request_id: str) -> str:
        return (f"INSERT INTO stats_gh_recount (day) SELECT substr(x.issued_at, 1, 10) FROM stop_requests x "
                f"WHERE x.id = {request_id};")

    out = [f"""
        CREATE VIEW IF NOT EXISTS stats_gh_recount AS SELECT '' AS day WHERE 0;
        CREATE TRIGGER IF NOT EXISTS stats_gh_recount_day INSTEAD OF INSERT ON stats_gh_recount
            WHEN new.day IS NOT NULL BEGIN {request_day_sql("new.day")} END;
        CREATE TRIGGER IF NOT EXISTS stop_requests_gh_insert AFTER INSERT ON stop_requests
            WHEN new.issued_at IS NOT NULL BEGIN
            INSERT INTO stats_gh_recount (day) VALUES (substr(new.issued_at, 1, 10)); END;
        CREATE TRIGGER IF NOT EXISTS stop_requests_gh_update AFTER UPDATE OF issued_at, status ON stop_requests
            WHEN {GH_CHANGED["stop_requests"]} BEGIN
            INSERT INTO stats_gh_recount (day) SELECT substr(old.issued_at, 1, 10)
                WHERE substr(old.issued_at, 1, 10) IS NOT substr(new.issued_at, 1, 10);
            INSERT INTO stats_gh_recount (day) VALUES (substr(new.issued_at, 1, 10)); END;
        CREATE TRIGGER IF NOT EXISTS stop_requests_gh_delete AFTER DELETE ON stop_requests
            WHEN old.issued_at IS NOT NULL BEGIN
            INSERT INTO stats_gh_recount (day) VALUES (substr(old.issued_at, 1, 10)); END;"""]
    for table, columns in (("stop_accounts", "request_id, amount_cents, status, stopped_cents, result_at"),
                           ("stop_transfers", "request_id, transferred_at")):
        out.append(f"""
        CREATE TRIGGER IF NOT EXISTS {table}_gh_insert AFTER INSERT ON {table} BEGIN {recount("new.request_id")} END;
        CREATE TRIGGER IF NOT EXISTS {table}_gh_update AFTER UPDATE OF {columns} ON {table}
            WHEN {GH_CHANGED[table]} BEGIN
            {recount("old.request_id").replace(";", " AND old.request_id IS NOT new.request_id;")}
            {recount("new.request_id")} END;
        CREATE TRIGGER IF NOT EXISTS {table}_gh_delete AFTER DELETE ON {table} BEGIN {recount("old.request_id")} END;""")
    for table, columns, share in (("stop_window_events", "kind, at", _window_share),
                                  ("stop_accounts", "status, window_ends_at", _lapse_share),
                                  ("calls", "started_at, determinant_code", _codes_share)):
        out.append(_share_triggers(table, "lapse" if table == "stop_accounts" else "gh", columns, share))
    return "\n".join(out)


def rebuild_golden_summaries(db: Database) -> None:
    """Fills the golden-hour and interview-code summaries from the records (the migration's backfill, and
    rebuild-index's answer should one be doubted)."""
    db.executescript(GOLDEN_TABLES + LADDER_TABLE)
    fill_golden_summaries(db.execute)


def fill_golden_summaries(execute, *, ladder: bool = True) -> None:
    """Empties the golden-hour and interview-code summaries and sums the rows into them (statements both
    engines run; execute: the connection's). ladder: the ladder steps' too (they exist once every set ran)."""
    for table in GOLDEN_NAMES:
        if ladder or table != "stats_gh_ladder_day":
            execute(f"DELETE FROM {table}")
    for statement in request_day_sql(None).split(";"):
        if statement.strip():
            execute(statement)
    execute("INSERT INTO stats_gh_window_day (day, renewed, frozen) SELECT substr(e.at, 1, 10) d, "
            "sum(CASE WHEN e.kind = 'renewed' THEN 1 ELSE 0 END), sum(CASE WHEN e.kind = 'frozen' THEN 1 ELSE 0 END) "
            "FROM stop_window_events e WHERE e.kind IN ('renewed', 'frozen') GROUP BY d")
    execute("INSERT INTO stats_gh_lapse_day (day, n) SELECT substr(a.window_ends_at, 1, 10) d, count(*) "
            "FROM stop_accounts a WHERE a.status IN ('issued', 'stopped') AND a.window_ends_at IS NOT NULL GROUP BY d")
    execute("INSERT INTO stats_codes_day (day, code, n) SELECT substr(c.started_at, 1, 10) d, c.determinant_code, "
            "count(*) FROM calls c WHERE c.determinant_code IS NOT NULL GROUP BY d, c.determinant_code")
    execute("INSERT INTO stats_codes_month (month, code, n) SELECT substr(day, 1, 7) m, code, sum(n) "
            "FROM stats_codes_day GROUP BY m, code")
    if ladder:
        execute(LADDER_FILL)


LADDER_FILL = ("INSERT INTO stats_gh_ladder_day (day, kind, result, n) SELECT substr(s.started_at, 1, 10) d, s.kind, "
               "coalesce(s.result, 'running') x, count(*) FROM ladder_steps s GROUP BY d, s.kind, x")


@migrations()
def m006_summaries_golden_hour_and_codes(db: Database) -> None:
    """Daily summaries of the golden-hour figures and of the calls by interview code, filled from the records
    and kept by triggers: the city's year is read from a few hundred rows instead of its requests, accounts,
    transfers and calls."""
    db.executescript(GOLDEN_TABLES)
    fill_golden_summaries(db.execute, ladder=False)
    db.executescript(golden_triggers_sql())


def ladder_summary(db: Database) -> None:
    """The ladder steps by day, kind and result (golden_hour.figures' ladder), filled and kept by triggers:
    the warnings set's step summaries_m007_ladder_steps_by_day."""
    db.executescript(LADDER_TABLE)
    db.execute("DELETE FROM stats_gh_ladder_day")
    db.execute(LADDER_FILL)
    db.executescript(_share_triggers("ladder_steps", "gh", "kind, result, started_at", _ladder_share))
