"""Warnings: a year's export file (330,000 rows, 60% with names, notes on some) imported through the import
dialog of the console's real main window, every page opened, the queue refreshing every few seconds and
the statistics page recomputing, while a 5 ms timer on the UI thread measures its longest stall; queue
pages for the officer's filters beside the query one would write first (one ORDER BY over the filter, on
the same indexes, OFFSET for the next page).

The import goes into the benchmark database itself (a year more of warnings is what the file is) and is
taken out again afterwards, so the reused database stays the same size run after run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from console.bench import percentile
from console.models.core.db import connect
from console.models.core.users import get_user_by_name
from console.models.warnings import queue
from console.models.core.db import transaction
from console.models.core.engine import tidy_search

YEAR_ROWS = 330_000
HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "区县", "涉诈号码", "涉诈APP", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
APPS = ("", "", "", "", "某某理财", "易通宝", "蓝鲸会议", "TT语音", "钉钉", "QQ")
NOTES = ("", "", "", "", "疑似被冒充客服诱导下载共享屏幕软件", "受害人近期频繁接听境外来电，已提示勿转账",
         "平台推送：对方以刷单返利为由要求垫付", "涉诈号码多次呼入，时长超过10分钟", "受害人正在ATM机附近，建议立即劝阻",
         "冒充公检法称其涉嫌洗钱，要求转入安全账户", "网贷诱导缴纳解冻费、保证金")
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
                   received.strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(LEVELS), rnd.choice(TYPES),
                   # 60% of the platform's rows name the person (two or three characters), as real files do.
                   rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
                   if rnd.random() < 0.6 else "",
                   rnd.choice(DISTRICTS), f"+852{rnd.randrange(10**8):08d}", rnd.choice(APPS), rnd.choice(NOTES)]
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


def open_window(db_path: Path, username: str = "supervisor"):
    """The console's real main window on the benchmark database, signed in, 1366x768, every page opened
    once as a shift would (the pages keep their timers and background jobs, as in the console)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from console.app import make_application
    from console.models.core.context import AppContext
    from console.ui.main_window import MainWindow

    # The console's application (Chinese, its font) unless one is running already (a test's: left as it is).
    app = QApplication.instance() or make_application("zh")
    if "HOTLINE_CONSOLE_HOME" not in os.environ:           # never the settings of the console on this machine
        os.environ["HOTLINE_CONSOLE_HOME"] = tempfile.mkdtemp(prefix="bench-home-")
    db = connect(db_path)
    ctx = AppContext(db_path=Path(db_path), db=db, user=get_user_by_name(db, username))
    ctx.settings.set("ring_port", 0)             # any free port: never the port of a console running beside
    window = MainWindow(ctx)
    window.setWindowState(Qt.WindowNoState)      # (not maximised to the offscreen screen)
    window.resize(1366, 768)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        settle(window)
    QApplication.processEvents()
    return app, window


def settle(window, timeout_s: float = 120) -> None:
    """Until the window's background jobs are done and their results shown, the event loop running meanwhile
    (waiting on the pool instead would be a stall of the benchmark's own making)."""
    from PySide6.QtWidgets import QApplication

    wait_until(lambda: window.runner.pool.activeThreadCount() == 0, timeout_s)
    QApplication.processEvents()
    QApplication.processEvents()


class StallMeter:
    """A 5 ms timer on the UI thread; the longest gap between its ticks, less the 5 ms, is the longest time
    the window could not answer a key or paint. A watchdog thread samples where the UI thread is (its Python
    stack, from sys._current_frames) whenever a tick is more than SAMPLE_AFTER_MS late, so a stall names its
    cause: the innermost frames of our code seen most often during stalls (`ui_stall_where`)."""

    SAMPLE_AFTER_MS = 25

    def __init__(self, interval_ms: int = 5):
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.interval = interval_ms
        self.gaps: list[int] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=interval_ms)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last_tick = time.perf_counter()
        self.samples: Counter = Counter()
        self._watching: threading.Event | None = None
        self._ui_thread = threading.get_ident()

    def _tick(self) -> None:
        self.gaps.append(self.clock.restart())
        self.last_tick = time.perf_counter()

    def _watch(self, stop: threading.Event) -> None:
        late = self.SAMPLE_AFTER_MS / 1000
        while not stop.wait(0.004):
            if time.perf_counter() - self.last_tick > late:
                frame = sys._current_frames().get(self._ui_thread)
                if frame is not None:
                    self.samples[_where(frame)] += 1

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.last_tick = time.perf_counter()
        self.timer.start()

    def watch(self) -> None:
        """Starts sampling the UI thread's stack during stalls (until stop())."""
        self._watching = threading.Event()
        threading.Thread(target=self._watch, args=(self._watching,), daemon=True, name="stall-watchdog").start()

    def stop(self) -> int:
        self.timer.stop()
        if self._watching is not None:
            self._watching.set()
            self._watching = None
        return max(0, max(self.gaps, default=0) - self.interval)

    def where(self, n: int = 8) -> dict[str, int]:
        """The places the UI thread was seen in during stalls, most often first (4 ms samples)."""
        return dict(self.samples.most_common(n))


def _where(frame) -> str:
    """The innermost three frames of the console's own code in a stack (or the innermost frame)."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack if "/console/" in f.filename and "/benchmarks/" not in f.filename]
    picked = ours[-3:] or stack[-1:]
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(picked))


def _seat_saves(db_path: str, stop_file: str) -> None:
    """Another seat (its own process, as a second console is): saves a call's form every 100 ms until the
    stop file appears, then prints each save's milliseconds as JSON. The form is saved as it is, so nothing
    changes in the database, but each save takes the write lock as an autosave does."""
    from console.models.calls.records import load_form, save_call
    from console.models.core.clock import Clock

    db = connect(db_path)
    user = get_user_by_name(db, "officer")
    call_id = db.execute("SELECT id FROM calls WHERE status = 'closed' ORDER BY id LIMIT 1").fetchone()[0]
    form = load_form(db, call_id)
    clock = Clock()
    times = []
    while not os.path.exists(stop_file):
        t0 = time.perf_counter()
        save_call(db, user, call_id, form, clock=clock)
        times.append(round((time.perf_counter() - t0) * 1000, 1))
        if len(times) == 1:
            Path(stop_file + ".ready").touch()     # saving: the import may start
        time.sleep(0.1)
    db.conn.close()
    print(json.dumps(times))


class SeatBeside:
    """Runs _seat_saves in another process while the import runs; the figures once stopped."""

    def __init__(self, db_path: Path):
        self.stop_file = Path(tempfile.mkdtemp(prefix="bench-seat-")) / "stop"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from console.benchmarks.warnings import _seat_saves; "
             "_seat_saves(sys.argv[1], sys.argv[2])", str(db_path), str(self.stop_file)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def ready(self) -> bool:
        """The other seat has made its first save (its process started and its modules loaded, which takes
        seconds on a loaded machine: a small import could otherwise finish before the seat saved once)."""
        return Path(str(self.stop_file) + ".ready").exists() or self.proc.poll() is not None

    def stop(self) -> list[float]:
        self.stop_file.touch()
        out, err = self.proc.communicate(timeout=120)
        if self.proc.returncode != 0:
            raise RuntimeError(f"the other seat failed: {err[-2000:]}")
        return json.loads(out.strip().splitlines()[-1]) if out.strip() else []


def wait_until(condition, timeout_s: float) -> bool:
    """Runs Qt's own event loop (as the console does) until the condition holds, looking every 20 ms.

    (A Python loop of processEvents() and short sleeps, as this was before, kept the UI thread asking for
    the interpreter's lock every 2 ms: the benchmark itself then made the stalls it measured.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    timer = QTimer(interval=20)

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return bool(condition())


def measure_window(db_path: Path, csv_path: Path, *, refresh_every_ms: int = 3000) -> dict:
    """In the console's real main window, every page opened, the warnings page on screen: the idle queue
    refresh, then a year's file imported through the import dialog while the queue refreshes every few
    seconds and the statistics page recomputes its year; a 5 ms timer on the UI thread notes the longest
    stall. The imported rows are taken out again afterwards."""
    from PySide6.QtCore import QTimer

    from console.models.core.engine import keep_wal_small

    app, window = open_window(db_path)       # noqa: F841 (the application must outlive the window)
    checkpointer = keep_wal_small(db_path, window.ctx.db)    # as console.app runs one beside the window
    page = window.show_page("warnings")
    settle(window)
    stats_page = window.page("stats")
    meter = StallMeter()

    # The queue refreshing on an idle console (the UI thread's share: filling the table).
    idle = []
    for _ in range(10):
        meter.start()
        page.refresh()
        settle(window)
        wait_until(lambda: False, 0.05)
        idle.append(meter.stop())

    dialog = page.import_dialog()
    dialog.show()
    dialog.load_file(csv_path)
    wait_until(lambda: dialog.reading is None and dialog.start_button.isEnabled(), 60)
    refresher = QTimer(interval=refresh_every_ms)
    refresher.timeout.connect(page.refresh)
    stats_once = QTimer(singleShot=True, interval=refresh_every_ms // 2)
    if stats_page is not None:
        stats_once.timeout.connect(stats_page.compute)
    done: dict = {}
    dialog.imported.connect(lambda result: done.setdefault("result", result))
    seat = SeatBeside(db_path)
    wait_until(seat.ready, 120)                # the other seat's process is up and saving
    meter.start()
    meter.watch()
    refresher.start()
    stats_once.start()
    t0 = time.perf_counter()
    dialog.start()
    finished = wait_until(lambda: "result" in done, 1800)
    wait_until(lambda: False, 0.3)             # the rejects shown, the queue refreshed after the import
    refresher.stop()
    settle(window)
    wall_s = time.perf_counter() - t0
    stall = meter.stop()
    ticks = len(meter.gaps)
    seat_saves = seat.stop()
    if not finished:
        raise RuntimeError(f"the import did not finish: {dialog.status.text()}")
    result = done["result"]
    db = window.ctx.db
    dialog.close()
    window.close()
    settle(window)
    checkpointer.stop()
    t0 = time.perf_counter()
    with transaction(db):
        db.execute("DELETE FROM warnings WHERE batch_id = ?", [result.batch_id])
        db.execute("DELETE FROM import_rejects WHERE batch_id = ?", [result.batch_id])
    cleanup_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    tidy_steps = tidy_search(db, pause_s=0)     # as the console's next start does: the lookups read a tidy index
    tidy_s = time.perf_counter() - t0
    window.deleteLater()
    app.processEvents()
    return {"import_rows": result.total, "import_ok": result.ok, "import_bad": result.bad,
            "import_duplicate": result.duplicate, "import_s": round(result.seconds, 2),
            "import_rows_per_s": round(result.rows_per_s), "import_wall_s": round(wall_s, 2),
            "max_ui_stall_ms": stall, "ui_ticks_during_import": ticks, "ui_stall_where": meter.where(),
            "import_seat_wait_max_ms": max(seat_saves, default=None),
            "import_seat_wait_p50_ms": percentile(seat_saves, 50) if seat_saves else None,
            "import_seat_saves": len(seat_saves),
            "queue_refresh_ui_max_ms": max(idle), "queue_refresh_ui_p50_ms": sorted(idle)[len(idle) // 2],
            "import_cleanup_s": round(cleanup_s, 1), "search_tidy_steps": tidy_steps,
            "search_tidy_s": round(tidy_s, 1)}


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
    base: list[float] = []
    by_filter: dict[str, float] = {}
    base_by_filter: dict[str, float] = {}
    for name, f in filters.items():
        mine: list[float] = []
        for i in range(repeat):
            t0 = time.perf_counter()
            page = queue.fetch_page(db, f)
            if page and i % 3 == 2:                      # the officer scrolls: the next page after the last row
                queue.fetch_page(db, f, after=page[-1].cursor)
            mine.append((time.perf_counter() - t0) * 1000)
        # The first query one would write: the whole filter in one statement, ordered, first page, on the
        # same indexes (SQLite picks one of them; no NOT INDEXED, no Python over the rows).
        clauses, args = [f"status IN ({','.join('?' * len(f.statuses))})"], list(f.statuses)
        for col, value in (("level", f.level), ("fraud_type", f.fraud_type), ("district_code", f.district_code),
                           ("holder_id", f.holder_id)):
            if value is not None:
                clauses.append(f"{col} = ?")
                args.append(value)
        order = "DESC" if f.descending else "ASC"
        theirs: list[float] = []
        for i in range(repeat):
            t0 = time.perf_counter()
            rows = db.execute(f"SELECT * FROM warnings WHERE {' AND '.join(clauses)} "
                              f"ORDER BY deadline_at {order}, id {order} LIMIT 200", args).fetchall()
            if rows and i % 3 == 2:                      # and its next page, by OFFSET as one would first write
                db.execute(f"SELECT * FROM warnings WHERE {' AND '.join(clauses)} "
                           f"ORDER BY deadline_at {order}, id {order} LIMIT 200 OFFSET 200", args).fetchall()
            theirs.append((time.perf_counter() - t0) * 1000)
        times += mine
        base += theirs
        by_filter[name] = round(percentile(mine, 95), 2)
        base_by_filter[name] = round(percentile(theirs, 95), 2)
    summary = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        queue.summary(db, now)
        summary.append((time.perf_counter() - t0) * 1000)
    total = db.execute("SELECT COUNT(*) FROM warnings").fetchone()[0]
    db.conn.close()
    p95, base_p95 = percentile(times, 95), percentile(base, 95)
    return {"warnings_in_db": total, "queue_filter_p50_ms": round(percentile(times, 50), 2),
            "queue_filter_p95_ms": round(p95, 2), "queue_filter_baseline_p95_ms": round(base_p95, 2),
            "queue_filter_ratio": round(base_p95 / p95, 1) if p95 else None,
            "queue_filter_p95_by_filter_ms": by_filter, "queue_filter_baseline_p95_by_filter_ms": base_by_filter,
            "queue_summary_p95_ms": round(percentile(summary, 95), 2)}


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    rows = YEAR_ROWS if args.years >= 1 else max(2_000, int(YEAR_ROWS * args.years))
    out = measure_queue(db_path)
    with tempfile.TemporaryDirectory(prefix="bench-warnings-") as tmp:
        path = Path(tmp) / "platform-year.csv"
        t0 = time.perf_counter()
        write_year_file(path, rows, seed=args.seed, now=datetime.now() - timedelta(minutes=1))
        out["import_file_write_s"] = round(time.perf_counter() - t0, 1)
        out.update(measure_window(db_path, path))
    return out

