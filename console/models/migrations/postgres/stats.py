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
