"""A year's statistics page as the page computes it (the city's figures from the daily summaries), warm and
with the database file dropped from the OS page cache, beside the same figures counted over the rows by
indexed SQL on one connection (the baseline a competent engineer writes first; no Python loops over rows)."""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date
from pathlib import Path

from console.bench import timed_ms
from console.models.stats import figures as stats
from console.models.core.db import connect
from console.models.migrations.stats import rebuild_golden_summaries, rebuild_summaries
from console.models.core.users import Role, User


BENCH_USER = User(0, "bench", "benchmark", Role.SUPERVISOR)   # the statistics need the role
RUNS = 5                      # the median of five computations of the page
COLD_RUNS = 3


def drop_from_page_cache(path: Path) -> bool:
    """Evicts the database file (and its WAL) from the OS page cache, as after a reboot or a night of other
    work; False where the OS offers no way (the cold figure is then not measured)."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for suffix in ("", "-wal"):
        name = Path(str(path) + suffix)
        if name.exists():
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def year_period() -> stats.Period:
    today = date.today()
    return stats.Period(date(today.year - 1, today.month, 1), date(today.year, today.month, 1))


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    period = year_period()
    page = stats.report_parallel(db_path, period, user=BENCH_USER)       # what the page runs; the first run warms the cache
    rows = stats.report_from_rows(db, period, user=BENCH_USER)
    same = (page.headline == rows.headline and page.by_fraud_type == rows.by_fraud_type
            and page.parts["golden_hour"] == rows.parts["golden_hour"] and page.parts["codes"] == rows.parts["codes"])
    warm = timed_ms(lambda: stats.report_parallel(db_path, period, user=BENCH_USER), RUNS)
    cold: list[float] = []
    for _ in range(COLD_RUNS):
        if not drop_from_page_cache(db_path):
            break
        cold += timed_ms(lambda: stats.report_parallel(db_path, period, user=BENCH_USER), 1)
    baseline = timed_ms(lambda: stats.report_from_rows(db, period, user=BENCH_USER), 3)
    cold_baseline: list[float] = []
    if drop_from_page_cache(db_path):
        cold_baseline = timed_ms(lambda: stats.report_from_rows(db, period, user=BENCH_USER), 1)
    # Building the summaries from the rows (what the migration does once on an existing database), undone.
    db.execute("BEGIN IMMEDIATE")
    t0 = time.perf_counter()
    rebuild_summaries(db)
    rebuild_golden_summaries(db)
    build_s = time.perf_counter() - t0
    db.execute("ROLLBACK")
    db.conn.close()
    page_ms, base_ms = statistics.median(warm), statistics.median(baseline)
    return {"stats_year_ms": round(page_ms, 1), "stats_year_max_ms": round(max(warm), 1),
            "stats_year_cold_ms": round(statistics.median(cold), 1) if cold else None,
            "stats_year_baseline_ms": round(base_ms, 1), "stats_year_baseline_p95_ms": round(max(baseline), 1),
            "stats_year_baseline_cold_ms": round(cold_baseline[0], 1) if cold_baseline else None,
            "stats_year_ratio": round(base_ms / max(page_ms, 1e-3), 1),
            "stats_summaries_equal_rows": same, "stats_summaries_build_s": round(build_s, 2)}
