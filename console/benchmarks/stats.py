"""A year's statistics page computed from the records, beside loading the rows into Python to count them."""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from ..bench import timed_ms
from ..models import stats
from ..models.db import connect
from ..models.users import Role, User


BENCH_USER = User(0, "bench", "benchmark", Role.SUPERVISOR)   # the statistics need the role
RUNS = 5                      # the median of five computations of the page


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    today = date.today()
    period = stats.Period(date(today.year - 1, today.month, 1), date(today.year, today.month, 1))
    stats.report(db, period, user=BENCH_USER)            # first run warms the page cache, as a supervisor's second look would
    serial = timed_ms(lambda: stats.report(db, period, user=BENCH_USER), RUNS)
    page = timed_ms(lambda: stats.report_parallel(db_path, period, user=BENCH_USER), RUNS)     # what the page runs
    t0 = time.perf_counter()
    stats.naive_report(db, period, user=BENCH_USER)
    naive_ms = (time.perf_counter() - t0) * 1000
    db.conn.close()
    return {"stats_year_ms": round(statistics.median(page), 1), "stats_year_max_ms": round(max(page), 1),
            "stats_year_one_connection_ms": round(statistics.median(serial), 1),
            "stats_year_naive_ms": round(naive_ms, 1)}
