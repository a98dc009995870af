"""A district's, station's and officer's figures (counted over the rows, one GROUP BY per figure) equal the
city's rows restricted by hand, on a small generated centre, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from console.demo.generator import generate
from console.models.core.db import connect
from console.models.core.engine import is_server_target
from console.models.core.engine.copy import copy_database
from console.models.core.users import Role, User
from console.models.stats import figures as stats
from tests.pg import db_path_on_both_engines, drop_database, empty_database  # noqa: F401

SUPERVISOR = User(0, "supervisor", "Supervisor", Role.SUPERVISOR)


def _by_hand(rows, time_col, keep, period):
    """(day, rows) of the rows placed in the period by time_col that keep() accepts, by day."""
    lo, hi = period.start.isoformat(), period.end.isoformat()
    days = Counter(str(r[time_col])[:10] for r in rows if r[time_col] and lo <= str(r[time_col]) < hi and keep(r))
    return sorted(days.items())


def test_scoped_figures_equal_the_citys_rows_restricted_by_hand(db_path, request, tmp_path):
    # The generator writes SQLite; the server gets the same centre through the console's own copy.
    generate(tmp_path / "centre.db", years=0.02, seed=7).close()
    target, cluster = tmp_path / "centre.db", None
    if is_server_target(db_path):
        cluster = request.getfixturevalue("pg_cluster")
        target = empty_database(cluster)
        copy_database(str(tmp_path / "centre.db"), target)
    db = connect(target)
    try:
        today = date.today()
        period = stats.Period(today - timedelta(days=12), today + timedelta(days=1))
        cols = "received_at, closed_at, status, outcome, district_code, station_id, holder_id, id"
        warnings = [dict(zip(cols.split(", "), r)) for r in db.execute(f"SELECT {cols} FROM warnings")]
        sms = [{"created_at": c, "created_by": by, "w": w} for c, by, w in
               db.execute("SELECT created_at, created_by, warning_id FROM sms_outbox")]
        calls = [{"started_at": s, "officer_id": o} for s, o in db.execute("SELECT started_at, officer_id FROM calls")]
        by_id = {w["id"]: w for w in warnings}
        district = max(Counter(w["district_code"] for w in warnings).items(), key=lambda x: x[1])[0]
        station = max(Counter(w["station_id"] for w in warnings if w["station_id"]).items(), key=lambda x: x[1])[0]
        officer = max(Counter(w["holder_id"] for w in warnings if w["holder_id"]).items(), key=lambda x: x[1])[0]
        city = stats.report_from_rows(db, period, stats.Scope(), user=SUPERVISOR)
        assert city.headline["warnings_received"] > 50        # a centre, not an empty file
        for kind, value, col, sms_keep, call_keep in (
                ("district", district, "district_code", lambda s: by_id.get(s["w"], {}).get("district_code") == district,
                 lambda c: False),
                ("station", station, "station_id", lambda s: by_id.get(s["w"], {}).get("station_id") == station,
                 lambda c: False),
                ("officer", officer, "holder_id", lambda s: s["created_by"] == officer,
                 lambda c: c["officer_id"] == officer)):
            r = stats.report_from_rows(db, period, stats.Scope(kind, value), user=SUPERVISOR)
            mine = lambda w: w[col] == value  # noqa: E731
            received = _by_hand(warnings, "received_at", mine, period)
            handled = _by_hand(warnings, "closed_at", lambda w: mine(w) and w["status"] == "closed", period)
            dissuaded = _by_hand(warnings, "closed_at", lambda w: mine(w) and w["outcome"] == "dissuaded", period)
            sent = _by_hand(sms, "created_at", sms_keep, period)
            answered = _by_hand(calls, "started_at", call_keep, period)
            assert received and handled, kind                  # the scope has rows to count
            assert r.daily["warnings_received"] == received, kind
            assert r.daily["warnings_handled"] == handled, kind
            assert r.daily["sms_sent"] == sent, kind
            assert r.daily["calls"] == answered, kind
            assert r.headline["warnings_received"] == sum(n for _, n in received), kind
            assert r.headline["warnings_dissuaded"] == sum(n for _, n in dissuaded), kind
            assert r.headline["sms_sent"] == sum(n for _, n in sent), kind
            assert r.headline["calls"] == sum(n for _, n in answered), kind
            assert sum(n for _, n in received) <= city.headline["warnings_received"]
    finally:
        db.close()
        if cluster:
            drop_database(cluster, target)
