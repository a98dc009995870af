"""The statistics' schema steps on PostgreSQL (console/models/migrations/stats.py).

Not yet: the daily summary tables exist but no trigger keeps them here (SQLite's triggers are in its own
dialect); a new step appended to both sets is to add them (PL/pgSQL) before the page reads summaries on a server.

Each step has the name of its SQLite twin, so both engines record one history; a step whose SQLite
work has no PostgreSQL counterpart (SQLite full-text tables, backfills of rows an empty server cannot
hold) is recorded with what it does have, or nothing.
"""

from __future__ import annotations
from console.models.migrations.postgres.steps import MigrationSet

migrations = MigrationSet("stats")


migrations.step("m001_covering_indexes", """
CREATE INDEX IF NOT EXISTS warnings_closed_stats ON warnings(closed_at, status, outcome, loss_saved_cents,
            district_code, station_id, holder_id);
CREATE INDEX IF NOT EXISTS warnings_received_stats ON warnings(received_at, fraud_type, district_code,
            station_id, holder_id, first_contact_at);
CREATE INDEX IF NOT EXISTS stop_requests_issued ON stop_requests(issued_at);
CREATE INDEX IF NOT EXISTS dispatches_feedback ON dispatches(feedback_at);
CREATE INDEX IF NOT EXISTS dispatches_created ON dispatches(created_at);
CREATE INDEX IF NOT EXISTS sms_outbox_created_by ON sms_outbox(created_at, created_by);
""")


migrations.step("m002_per_day_and_per_type_indexes", """
CREATE INDEX IF NOT EXISTS warnings_type_received ON warnings(fraud_type, received_at, district_code,
            station_id, holder_id);
CREATE INDEX IF NOT EXISTS calls_stats ON calls(started_at, fraud_type, loss_saved_cents, officer_id);
CREATE INDEX IF NOT EXISTS calls_type_started ON calls(fraud_type, started_at, officer_id);
DROP INDEX IF EXISTS dispatches_feedback;
CREATE INDEX IF NOT EXISTS dispatches_feedback_stats ON dispatches(feedback_at, loss_saved_cents,
            warning_id, station_id, created_by);
""")


migrations.step("m003_speed_daily_summaries", """
CREATE TABLE IF NOT EXISTS stats_received_day (      -- warnings by the day received, by fraud type
    day TEXT NOT NULL, fraud_type TEXT NOT NULL, n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, fraud_type));
CREATE TABLE IF NOT EXISTS stats_contact_day (       -- received warnings' minutes to first contact, by day
    day TEXT NOT NULL, minute BIGINT NOT NULL, n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute));
CREATE TABLE IF NOT EXISTS stats_contact_month (     -- the same by month: a year's page reads 12 months of it
    month TEXT NOT NULL, minute BIGINT NOT NULL, n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, minute));
CREATE TABLE IF NOT EXISTS stats_closed_day (        -- warnings by the day of closed_at
    day TEXT NOT NULL PRIMARY KEY, handled BIGINT NOT NULL DEFAULT 0, dissuaded BIGINT NOT NULL DEFAULT 0,
    loss_saved_cents BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stats_calls_day (         -- calls by the day started, by fraud type
    day TEXT NOT NULL, fraud_type TEXT NOT NULL, n BIGINT NOT NULL DEFAULT 0,
    loss_saved_cents BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (day, fraud_type));
CREATE TABLE IF NOT EXISTS stats_sms_day (
    day TEXT NOT NULL PRIMARY KEY, n BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stats_stop_day (          -- stop-payment accounts by the day the request was issued
    day TEXT NOT NULL PRIMARY KEY, accounts BIGINT NOT NULL DEFAULT 0,
    stopped_cents BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stats_request_day (       -- minutes from a call to its stop-payment request, by call day
    day TEXT NOT NULL, minute BIGINT NOT NULL, n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute));
CREATE TABLE IF NOT EXISTS stats_station_saved_day ( -- stations' savings where the warning recorded none
    day TEXT NOT NULL PRIMARY KEY, cents BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stats_dispatch_day (      -- dispatches by the day created, by station
    day TEXT NOT NULL, station_id BIGINT NOT NULL, n BIGINT NOT NULL DEFAULT 0,
    dissuaded BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (day, station_id));
""")


# The triggers SQLite's m003 creates (console/models/migrations/stats.py, same definitions), in PL/pgSQL: each
# share is a function of the row and a sign (+1 adds the row's share, -1 takes it out), called by a row
# trigger with OLD then NEW. A statement adding several rows to one summary row groups them first
# (PostgreSQL's ON CONFLICT may not touch one row twice in a statement, SQLite's may).
_MINUTES = "CAST(round((julianday({a}) - julianday({b})) * 1440) AS INTEGER)"
_ADD = "ON CONFLICT ({key}) DO UPDATE SET " + "{sets}"


def _upsert(table: str, key: str, columns: list[str], select: str) -> str:
    sets = ", ".join(f"{c} = t.{c} + excluded.{c}" for c in columns)
    return (f"INSERT INTO {table} AS t ({key}, {', '.join(columns)}) {select}\n"
            f"        ON CONFLICT ({key}) DO UPDATE SET {sets};\n")


def _stop_share(issued: str, request_id: str) -> str:
    return _upsert("stats_stop_day", "day", ["accounts", "stopped_cents"],
                   f"SELECT substr({issued}, 1, 10), s * sum((a.status != 'pending')::int), "
                   f"s * sum(CASE WHEN a.status IN ('stopped', 'frozen') THEN a.stopped_cents ELSE 0 END) "
                   f"FROM stop_accounts a WHERE a.request_id = {request_id} AND {issued} IS NOT NULL GROUP BY 1")


def _saved_share(dispatches: str, warning_loss: str) -> str:
    """Stations' savings where the warning recorded none (the measure loss_saved_stations)."""
    return _upsert("stats_station_saved_day", "day", ["cents"],
                   f"SELECT substr(d.feedback_at, 1, 10), s * sum(d.loss_saved_cents) FROM {dispatches} "
                   f"AND d.feedback_at IS NOT NULL AND d.loss_saved_cents > 0 AND coalesce({warning_loss}, 0) = 0 "
                   f"GROUP BY 1")


def _request_share(requests_and_calls: str) -> str:
    return _upsert("stats_request_day", "day, minute", ["n"],
                   f"SELECT substr(c.started_at, 1, 10), {_MINUTES.format(a='q.created_at', b='c.started_at')}, "
                   f"s * count(*) FROM {requests_and_calls} GROUP BY 1, 2")


_SHARES = {
    "warnings": _upsert("stats_received_day", "day, fraud_type", ["n"],
                        "VALUES (substr(r.received_at, 1, 10), coalesce(r.fraud_type, ''), s)")
    + _upsert("stats_contact_day", "day, minute", ["n"],
              f"SELECT substr(r.received_at, 1, 10), {_MINUTES.format(a='r.first_contact_at', b='r.received_at')}, s "
              "WHERE r.first_contact_at IS NOT NULL")
    + _upsert("stats_contact_month", "month, minute", ["n"],
              f"SELECT substr(r.received_at, 1, 7), {_MINUTES.format(a='r.first_contact_at', b='r.received_at')}, s "
              "WHERE r.first_contact_at IS NOT NULL")
    + _upsert("stats_closed_day", "day", ["handled", "dissuaded", "loss_saved_cents"],
              "SELECT substr(r.closed_at, 1, 10), s * (r.status = 'closed')::int, "
              "s * coalesce((r.outcome = 'dissuaded')::int, 0), "
              "s * (CASE WHEN r.loss_saved_cents > 0 THEN r.loss_saved_cents ELSE 0 END) WHERE r.closed_at IS NOT NULL"),
    "calls": _upsert("stats_calls_day", "day, fraud_type", ["n", "loss_saved_cents"],
                     "VALUES (substr(r.started_at, 1, 10), coalesce(r.fraud_type, ''), s, "
                     "s * (CASE WHEN r.loss_saved_cents > 0 THEN r.loss_saved_cents ELSE 0 END))"),
    "sms_outbox": _upsert("stats_sms_day", "day", ["n"], "VALUES (substr(r.created_at, 1, 10), s)"),
    "dispatches": _upsert("stats_dispatch_day", "day, station_id", ["n", "dissuaded"],
                          "VALUES (substr(r.created_at, 1, 10), r.station_id, s, s * coalesce(r.dissuaded, 0))")
    + _saved_share("(SELECT (r).*) d WHERE true", "(SELECT w.loss_saved_cents FROM warnings w WHERE w.id = d.warning_id)"),
    "stop_accounts": _upsert("stats_stop_day", "day", ["accounts", "stopped_cents"],
                             "SELECT substr(q.issued_at, 1, 10), s * (r.status != 'pending')::int, "
                             "s * (CASE WHEN r.status IN ('stopped', 'frozen') THEN r.stopped_cents ELSE 0 END) "
                             "FROM stop_requests q WHERE q.id = r.request_id AND q.issued_at IS NOT NULL"),
    "stop_requests": _request_share("(SELECT (r).*) q JOIN calls c ON c.id = q.call_id"),
}
# The columns whose change moves a row's share, as SQLite's SUMMARY_COLUMNS.
_COLUMNS = {
    "warnings": "received_at, fraud_type, first_contact_at, closed_at, status, outcome, loss_saved_cents",
    "calls": "started_at, fraud_type, loss_saved_cents",
    "sms_outbox": "created_at",
    "dispatches": "created_at, station_id, dissuaded, feedback_at, loss_saved_cents, warning_id",
    "stop_accounts": "status, stopped_cents, request_id",
    "stop_requests": "created_at, call_id",
}


def _share_function(table: str) -> str:
    return (f"CREATE FUNCTION stats_share_{table}(r {table}, s integer) RETURNS void LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n        {_SHARES[table]}END $$;\n"
            f"CREATE FUNCTION stats_trigger_{table}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            f"    IF TG_OP <> 'INSERT' THEN PERFORM stats_share_{table}(OLD, -1); END IF;\n"
            f"    IF TG_OP <> 'DELETE' THEN PERFORM stats_share_{table}(NEW, 1); END IF;\n"
            "    RETURN NULL;\nEND $$;\n"
            f"CREATE TRIGGER {table}_stats AFTER INSERT OR UPDATE OF {_COLUMNS[table]}"
            f"{'' if table == 'stop_requests' else ' OR DELETE'} ON {table}\n"
            f"    FOR EACH ROW EXECUTE FUNCTION stats_trigger_{table}();\n")


SUMMARY_TRIGGERS = "".join(_share_function(t) for t in _SHARES) + f"""
-- A request's accounts move with its issue day (taken out before the request goes: its accounts are deleted
-- by cascade after it); requests move with their call's start; stations' savings with their warning's own.
CREATE FUNCTION stats_request_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s integer := -1;
BEGIN
    PERFORM stats_share_stop_requests(OLD, -1);
    {_stop_share("OLD.issued_at", "OLD.id")}    RETURN OLD;
END $$;
CREATE TRIGGER stop_requests_stats_delete BEFORE DELETE ON stop_requests
    FOR EACH ROW EXECUTE FUNCTION stats_request_delete();
CREATE FUNCTION stats_request_issue() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s integer;
BEGIN
    s := -1;
    {_stop_share("OLD.issued_at", "OLD.id")}    s := 1;
    {_stop_share("NEW.issued_at", "NEW.id")}    RETURN NULL;
END $$;
CREATE TRIGGER stop_requests_stats_issue AFTER UPDATE OF issued_at ON stop_requests
    FOR EACH ROW EXECUTE FUNCTION stats_request_issue();
CREATE FUNCTION stats_call_start() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s integer;
BEGIN
    s := -1;
    {_request_share("stop_requests q, (SELECT OLD.started_at AS started_at) c WHERE q.call_id = OLD.id")}    s := 1;
    {_request_share("stop_requests q JOIN calls c ON c.id = q.call_id WHERE c.id = NEW.id")}    RETURN NULL;
END $$;
CREATE TRIGGER calls_stats_requests AFTER UPDATE OF started_at ON calls
    FOR EACH ROW EXECUTE FUNCTION stats_call_start();
CREATE FUNCTION stats_warning_stations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s integer;
BEGIN
    s := -1;
    {_saved_share("dispatches d WHERE d.warning_id = OLD.id", "OLD.loss_saved_cents")}    s := 1;
    {_saved_share("dispatches d WHERE d.warning_id = NEW.id", "NEW.loss_saved_cents")}    RETURN NULL;
END $$;
CREATE TRIGGER warnings_stats_stations AFTER UPDATE OF loss_saved_cents ON warnings
    FOR EACH ROW WHEN ((coalesce(OLD.loss_saved_cents, 0) = 0) != (coalesce(NEW.loss_saved_cents, 0) = 0))
    EXECUTE FUNCTION stats_warning_stations();
"""

migrations.steps[migrations.names.index("m003_speed_daily_summaries")] = (
    "m003_speed_daily_summaries",
    dict(migrations.steps)["m003_speed_daily_summaries"] + SUMMARY_TRIGGERS)


def rebuild_summaries(db) -> None:
    """Fills the summary tables again from the records: every row's share, added as its insert would add it
    (the maintenance answer should a summary be doubted, as SQLite's rebuild_summaries)."""
    from console.models.migrations.stats import SUMMARY_NAMES

    with db.transaction():
        for table in SUMMARY_NAMES:
            db.raw.execute(f"DELETE FROM {table}")
        for table in _SHARES:
            db.raw.execute(f"SELECT count(stats_share_{table}(x, 1)) FROM {table} x")


migrations.step("m004_speed2_calls_by_interview_code", """
CREATE INDEX IF NOT EXISTS calls_started_code ON calls(started_at, determinant_code) WHERE determinant_code IS NOT NULL;
""")


migrations.step("m005_speed2_first_transfer_of_a_request", """
CREATE INDEX IF NOT EXISTS stop_transfers_request_time ON stop_transfers(request_id, transferred_at);
""")


# -- The golden-hour figures and the interview codes, by day (SQLite's m006_summaries_golden_hour_and_codes) --
# Same tables and definitions. A request's issue day is counted again from the rows by stats_gh_request_day
# whenever the request, one of its accounts or one of its transfers changes (idempotent, so right however a
# statement's row triggers are ordered and whatever state they see); the others move by the row's own share.

def _pg_tables(sql: str) -> str:
    return sql.replace(" WITHOUT ROWID", "").replace("INTEGER", "BIGINT")


def _gh_share(table: str, body: str) -> str:
    """A row's share of a summary as a function of the row and a sign, and the row trigger calling it."""
    return (f"CREATE FUNCTION stats_gh_share_{table}(r {table}, s integer) RETURNS void LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n        {body}END $$;\n"
            f"CREATE FUNCTION stats_gh_trigger_{table}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            f"    IF TG_OP <> 'INSERT' THEN PERFORM stats_gh_share_{table}(OLD, -1); END IF;\n"
            f"    IF TG_OP <> 'DELETE' THEN PERFORM stats_gh_share_{table}(NEW, 1); END IF;\n"
            "    RETURN NULL;\nEND $$;\n")


def _golden_step() -> str:
    from console.models.migrations.stats import GH_CHANGED, GOLDEN_TABLES, request_day_sql

    tables = _pg_tables(GOLDEN_TABLES)
    recount = request_day_sql("p_day", "to_char(CAST({day} AS date) + 1, 'YYYY-MM-DD')")
    share = _gh_share

    def issue_day(request_id: str) -> str:
        return f"(SELECT substr(x.issued_at, 1, 10) FROM stop_requests x WHERE x.id = {request_id})"

    def changed(table: str) -> str:         # SQLite's conditions (GH_CHANGED) in PostgreSQL's words
        return GH_CHANGED[table].replace(" IS NOT ", " IS DISTINCT FROM ")

    return tables + f"""
-- SQLite calls its recount by inserting into this empty view (an INSTEAD OF trigger); here it is the function
-- below, and the view is kept so both schemas have the same relations.
CREATE VIEW stats_gh_recount AS SELECT CAST('' AS text) AS day WHERE false;
CREATE FUNCTION stats_gh_request_day(p_day text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_day IS NULL THEN RETURN; END IF;
    {recount}
END $$;
CREATE FUNCTION stats_gh_trigger_stop_requests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NOT ({changed("stop_requests")}) THEN RETURN NULL; END IF;
    IF TG_OP <> 'INSERT' THEN PERFORM stats_gh_request_day(substr(OLD.issued_at, 1, 10)); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM stats_gh_request_day(substr(NEW.issued_at, 1, 10)); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stop_requests_gh AFTER INSERT OR UPDATE OF issued_at, status OR DELETE ON stop_requests
    FOR EACH ROW EXECUTE FUNCTION stats_gh_trigger_stop_requests();
""" + "".join(f"""CREATE FUNCTION stats_gh_trigger_{table}_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NOT ({changed(table)}) THEN RETURN NULL; END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.request_id IS DISTINCT FROM NEW.request_id) THEN
        PERFORM stats_gh_request_day({issue_day("OLD.request_id")});
    END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM stats_gh_request_day({issue_day("NEW.request_id")}); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER {table}_gh AFTER INSERT OR UPDATE OF {columns} OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION stats_gh_trigger_{table}_part();
""" for table, columns in (("stop_accounts", "request_id, amount_cents, status, stopped_cents, result_at"),
                           ("stop_transfers", "request_id, transferred_at"))) + share("stop_window_events", _upsert(
        "stats_gh_window_day", "day", ["renewed", "frozen"],
        "SELECT substr(r.at, 1, 10), s * (CASE WHEN r.kind = 'renewed' THEN 1 ELSE 0 END), "
        "s * (CASE WHEN r.kind = 'frozen' THEN 1 ELSE 0 END) WHERE r.kind IN ('renewed', 'frozen')")) + """
CREATE TRIGGER stop_window_events_gh AFTER INSERT OR UPDATE OF kind, at OR DELETE ON stop_window_events
    FOR EACH ROW EXECUTE FUNCTION stats_gh_trigger_stop_window_events();
""" + share("stop_accounts", _upsert(
        "stats_gh_lapse_day", "day", ["n"],
        "SELECT substr(r.window_ends_at, 1, 10), s WHERE r.status IN ('issued', 'stopped') "
        "AND r.window_ends_at IS NOT NULL")) + """
CREATE TRIGGER stop_accounts_lapse AFTER INSERT OR UPDATE OF status, window_ends_at OR DELETE ON stop_accounts
    FOR EACH ROW EXECUTE FUNCTION stats_gh_trigger_stop_accounts();
""" + share("calls", _upsert(
        "stats_codes_day", "day, code", ["n"],
        "SELECT substr(r.started_at, 1, 10), r.determinant_code, s WHERE r.determinant_code IS NOT NULL")
        + _upsert("stats_codes_month", "month, code", ["n"],
                  "SELECT substr(r.started_at, 1, 7), r.determinant_code, s WHERE r.determinant_code IS NOT NULL")) + """
CREATE TRIGGER calls_codes AFTER INSERT OR UPDATE OF started_at, determinant_code OR DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION stats_gh_trigger_calls();
"""


def _golden_backfill() -> str:
    """The step's filling of the summaries from the rows a server already holds."""
    from console.models.migrations.stats import GOLDEN_NAMES, fill_golden_summaries

    statements: list[str] = []
    fill_golden_summaries(statements.append, ladder=False)
    assert len(statements) > len(GOLDEN_NAMES)
    return ";\n".join(statements) + ";\n"


migrations.step("m006_summaries_golden_hour_and_codes", _golden_step() + _golden_backfill())


def rebuild_golden_summaries(db) -> None:
    """The golden-hour and interview-code summaries summed again from the rows (rebuild-index on a server)."""
    from console.models.migrations.stats import fill_golden_summaries

    with db.transaction():
        fill_golden_summaries(db.raw.execute)


def ladder_summary_step() -> str:
    """The ladder steps by day, kind and result, and their trigger: the warnings set's step
    summaries_m007_ladder_steps_by_day (ladder_steps is made by that set, after this one runs)."""
    from console.models.migrations.stats import LADDER_FILL, LADDER_TABLE

    return _pg_tables(LADDER_TABLE) + _gh_share("ladder_steps", _upsert(
        "stats_gh_ladder_day", "day, kind, result", ["n"],
        "VALUES (substr(r.started_at, 1, 10), r.kind, coalesce(r.result, 'running'), s)")) + f"""
CREATE TRIGGER ladder_steps_gh AFTER INSERT OR UPDATE OF kind, result, started_at OR DELETE ON ladder_steps
    FOR EACH ROW EXECUTE FUNCTION stats_gh_trigger_ladder_steps();
DELETE FROM stats_gh_ladder_day;
{LADDER_FILL};
"""
