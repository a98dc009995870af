"""Warnings: a year's export file (330,000 rows) imported in the background while a timer in the event loop
measures the longest stall of the UI thread; queue pages for the officer's filters beside the query one
would write first (one ORDER BY over the filter, which sorts).

The import goes into the benchmark database itself (a year more of warnings is what the file is) and is
taken out again afterwards, so the reused database stays the same size run after run.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from ..bench import percentile
from ..models.clock import Clock
from ..models.db import connect
from ..models.users import get_user_by_name
from ..models.warnings import queue
from ..models.warnings.importer import import_file
from ..models.warnings.mapping import guess_mapping
from ..models.warnings.readers import open_table
from console.models.db import transaction

YEAR_ROWS = 330_000
HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "区县", "涉诈号码", "涉诈APP"]
LEVELS = ("红色", "橙色", "黄色", "red", "orange", "yellow")
TYPES = ("刷单返利", "虚假投资理财", "虚假网络贷款", "冒充电商物流客服", "冒充公检法", "冒充领导熟人", "网络游戏产品虚假交易")
DISTRICTS = ("孝南区", "汉川市", "应城市", "安陆市", "云梦县", "大悟县", "孝昌县")


def write_year_file(path: Path, rows: int, *, seed: int, now: datetime) -> None:
    """A platform export, in time order as the platform writes it: mostly good rows, about 1% malformed
    (bad phone, level, time) and 0.5% repeated."""
    rnd = random.Random(seed)
    start = now - timedelta(days=365)
    step = (365 * 86400 - 3600) / rows
    kept: list[list[str]] = []
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(rows):
            received = start + timedelta(seconds=int(i * step + rnd.random() * step))
            row = [f"BENCH{seed}-{i:07d}", f"1{rnd.choice('3456789')}{rnd.randrange(10**9):09d}",
                   received.strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(LEVELS), rnd.choice(TYPES), "",
                   rnd.choice(DISTRICTS), f"+852{rnd.randrange(10**8):08d}", ""]
            r = rnd.random()
            if r < 0.004:
                row[1] = row[1][:6]
            elif r < 0.007:
                row[3] = "紫色"
            elif r < 0.010:
                row[2] = ""
            elif r < 0.015 and kept:
                row = rnd.choice(kept)
            elif len(kept) < 1000:
                kept.append(row)
            w.writerow(row)


def measure_import(db_path: Path, csv_path: Path) -> dict:
    """Imports on a worker thread (the console's TaskRunner) while a 5 ms timer on the UI thread notes gaps."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

    from ..ui.tasks import TaskRunner

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (the event loop needs one)
    db = connect(db_path)
    user = get_user_by_name(db, "admin")
    mapping = guess_mapping(open_table(csv_path).header)
    clock = Clock()
    loop = QEventLoop()
    outcome: dict = {}
    clock_ui = QElapsedTimer()
    gaps: list[int] = []
    tick = QTimer(interval=5)

    def on_tick() -> None:
        gaps.append(clock_ui.restart())

    def job(progress):
        wdb = connect(db_path)
        try:
            return import_file(wdb, user, csv_path, source="bench", mapping=mapping, clock=clock, progress=progress)
        finally:
            wdb.conn.close()

    def done(result) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc) -> None:
        outcome["error"] = exc
        loop.quit()

    tick.timeout.connect(on_tick)
    clock_ui.start()
    tick.start()
    runner = TaskRunner()
    runner.start(job, done, failed, lambda *_: None)
    loop.exec()
    tick.stop()
    if "error" in outcome:
        raise outcome["error"]
    result = outcome["result"]
    # Take the bench's year out again (the audit row of the import stays: the log is append-only).
    t0 = time.perf_counter()
    with transaction(db):
        db.execute("DELETE FROM warnings WHERE batch_id = ?", [result.batch_id])
        db.execute("DELETE FROM import_rejects WHERE batch_id = ?", [result.batch_id])
    cleanup_s = time.perf_counter() - t0
    db.conn.close()
    stall = max(gaps) - 5 if gaps else 0
    return {"import_rows": result.total, "import_ok": result.ok, "import_bad": result.bad,
            "import_duplicate": result.duplicate, "import_s": round(result.seconds, 2),
            "import_rows_per_s": round(result.rows_per_s), "max_ui_stall_ms": max(0, stall),
            "ui_ticks_during_import": len(gaps), "import_cleanup_s": round(cleanup_s, 1)}


def measure_queue(db_path: Path, repeat: int = 30) -> dict:
    db = connect(db_path)
    now = datetime.now()
    holder = db.execute("SELECT holder_id FROM warnings WHERE holder_id IS NOT NULL LIMIT 1").fetchone()
    filters = {
        "to_act": queue.QueueFilter(statuses=("new", "review", "taken")),
        "open": queue.QueueFilter(),
        "red": queue.QueueFilter(level="red"),
        "fraud_type": queue.QueueFilter(fraud_type="investment"),
        "district": queue.QueueFilter(district_code="420902"),
        "mine": queue.QueueFilter(statuses=("taken", "waiting", "dispatched", "review"),
                                  holder_id=holder[0] if holder else 1),
        "closed_archive": queue.ARCHIVE,
        "closed_red_district": queue.ARCHIVE.with_(level="red", district_code="420902"),
    }
    times: list[float] = []
    naive: list[float] = []
    for f in filters.values():
        for i in range(repeat):
            t0 = time.perf_counter()
            page = queue.fetch_page(db, f)
            if page and i % 3 == 2:                      # the officer scrolls: the next page after the last row
                queue.fetch_page(db, f, after=page[-1].cursor)
            times.append((time.perf_counter() - t0) * 1000)
        # The first query one would write: the whole filter in one statement, ordered, which sorts its rows.
        clauses, args = [f"status IN ({','.join('?' * len(f.statuses))})"], list(f.statuses)
        for col, value in (("level", f.level), ("fraud_type", f.fraud_type), ("district_code", f.district_code),
                           ("holder_id", f.holder_id)):
            if value is not None:
                clauses.append(f"{col} = ?")
                args.append(value)
        order = "DESC" if f.descending else "ASC"
        for _ in range(3):
            t0 = time.perf_counter()
            db.execute(f"SELECT * FROM warnings NOT INDEXED WHERE {' AND '.join(clauses)} "
                       f"ORDER BY deadline_at {order}, id {order} LIMIT 200", args).fetchall()
            naive.append((time.perf_counter() - t0) * 1000)
    summary = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        queue.summary(db, now)
        summary.append((time.perf_counter() - t0) * 1000)
    total = db.execute("SELECT COUNT(*) FROM warnings").fetchone()[0]
    db.conn.close()
    p95 = percentile(times, 95)
    naive_p95 = percentile(naive, 95)
    return {"warnings_in_db": total, "queue_filter_p50_ms": round(percentile(times, 50), 2),
            "queue_filter_p95_ms": round(p95, 2), "queue_filter_naive_p95_ms": round(naive_p95, 1),
            "queue_filter_ratio": round(naive_p95 / p95, 1) if p95 else None,
            "queue_summary_p95_ms": round(percentile(summary, 95), 2)}


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    rows = YEAR_ROWS if args.years >= 1 else max(2_000, int(YEAR_ROWS * args.years))
    out = measure_queue(db_path)
    with tempfile.TemporaryDirectory(prefix="bench-warnings-") as tmp:
        path = Path(tmp) / "platform-year.csv"
        t0 = time.perf_counter()
        write_year_file(path, rows, seed=args.seed, now=datetime.now() - timedelta(minutes=1))
        out["import_file_write_s"] = round(time.perf_counter() - t0, 1)
        out.update(measure_import(db_path, path))
    return out

