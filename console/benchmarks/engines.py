"""Both engines side by side (issue 19): the same workloads through the same models on the benchmark's SQLite
file and on a PostgreSQL 15 cluster holding a copy of it.

- Six seats beside a year's import: six seat processes, each starting and saving a call (notes, audit rows)
  every 0.5 s and reading the caller's history, while a year's warnings file is imported through the models
  on a connection of its own; save and history p50/p99/max, errors, and the rows lost (every call a seat was
  told it saved, looked up afterwards with its notes).
- Every lookup kind (phone in three formats, card tail, ID, name, a notes word of 1, 2 and 3+ characters) and
  the year's statistics page, warm and cold (PostgreSQL cold: the cluster restarted and its data folder's
  files dropped from the OS page cache with posix_fadvise DONTNEED).
- The cross-seat delay: from a take on one seat to the warning's disappearance from another seat's "free to
  take" view, that seat following the base as the warnings page does (console.ui.live.LiveRefresh: the
  engine's change watch asked every POLL_MS, the view reread when another seat committed).

The cluster lives beside the SQLite file (``bench-1y-seed96110-v3-pg/``; as root, where the postgres user
cannot reach the bench folder, under /var/lib/hotline-console/bench/), is kept and reused by the next run
(its schema upgraded in place, as the file is), filled once by the console's own copy
(console/models/core/engine/copy.py), and stopped at the end. Without PostgreSQL's programs the SQLite
half is measured and ``engines.postgresql`` says why the server's figures are missing.

JSON: everything under ``"engines": {"sqlite": {...}, "postgresql": {...}}``, the same keys in both blocks
(docs/performance.md, "Both engines side by side").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from console.bench import percentile, timed_ms

SEATS = 6
SAVE_EVERY_S = 0.5
TAKES = 20
MIN_SEAT_S = 5.0              # the seats run at least this long, import or not
LOOKUPS_PER_KIND = 20
STATS_RUNS = 5
COLD_RUNS = 2
ROOT_CLUSTERS = Path("/var/lib/hotline-console/bench")
SEAT_NOTES = "bench seat"     # the seats' calls' notes begin so; the lookups draw their samples from the others


# -- The cluster ----------------------------------------------------------------------------------------------

def cluster_root(db_path: Path) -> Path:
    """Where the benchmark file's cluster lives: beside it; elsewhere (HOTLINE_BENCH_PG_DIR, else
    /var/lib/hotline-console/bench as root, else the temporary folder's hotline-bench/) where the cluster's
    OS user (postgres, when the benchmark runs as root) cannot reach the bench folder or the socket's path
    would pass the ~100 bytes a unix socket's name may have."""
    name = Path(db_path).stem + "-pg"
    beside = Path(db_path).resolve().parent
    reachable = os.geteuid() != 0 or subprocess.run(
        ["runuser", "-u", "postgres", "--", "test", "-x", str(beside)]).returncode == 0
    if reachable and len(str(beside / name / "socket" / ".s.PGSQL.65535")) <= 100:
        return beside / name
    elsewhere = Path(os.environ.get("HOTLINE_BENCH_PG_DIR") or
                     (ROOT_CLUSTERS if os.geteuid() == 0 else Path(tempfile.gettempdir()) / "hotline-bench"))
    elsewhere.mkdir(parents=True, exist_ok=True)
    return elsewhere / name


def ensure_cluster(db_path: Path) -> tuple[Any, dict]:
    """The started cluster holding a copy of the benchmark file (copied now if it was not yet); its figures."""
    from console import server
    from console.models.core.engine.copy import copy_database

    root = cluster_root(db_path)
    marker = root / "copy.json"
    info: dict[str, Any] = {"pg_cluster_dir": str(root)}
    cluster = server.Cluster(root.resolve())
    if not (cluster.data / "PG_VERSION").exists():
        shutil.rmtree(root, ignore_errors=True)
        t0 = time.perf_counter()
        server.init(root)
        info["pg_init_s"] = round(time.perf_counter() - t0, 1)
    else:
        server.start(root)
        server.upgrade(cluster)                  # migrated in place, as the reused SQLite file is
        server.set_seat_durability(cluster)      # the seats' role as `init` sets it up now (a cluster made before)
    if not marker.exists():
        if _holds_cases(cluster):                # a copy interrupted by an earlier run: start it again
            _recreate_database(cluster)
        report = copy_database(str(db_path), cluster.url(server.OWNER_ROLE))
        rows = sum(a for a, _ in report.tables.values())
        marker.write_text(json.dumps({"copy_s": round(report.seconds, 1), "copy_rows": rows,
                                      "copy_rows_per_s": round(rows / max(report.seconds, 1e-3))}))
        info["copy_this_run"] = True
    else:
        info["copy_this_run"] = False
    info.update(json.loads(marker.read_text()))
    return cluster, info


def _holds_cases(cluster) -> bool:
    from console import server
    from console.models.core.db import connect

    db = connect(cluster.url(server.OWNER_ROLE))
    try:
        return bool(db.execute("SELECT count(*) FROM calls").fetchone()[0])
    finally:
        db.conn.close()


def _recreate_database(cluster) -> None:
    from console import server

    server.superuser_sql(cluster, [f"DROP DATABASE IF EXISTS {server.DATABASE} WITH (FORCE)",
                                   f"CREATE DATABASE {server.DATABASE} OWNER {server.OWNER_ROLE} "
                                   "ENCODING 'UTF8' TEMPLATE template0"], dbname="postgres")
    server.prepare_database(cluster, server.DATABASE)
    server.upgrade(cluster)


def drop_cluster_cache(cluster) -> bool:
    """Restarts the cluster (its shared buffers emptied) and drops its data folder's files from the OS page
    cache, as after a reboot; False where the OS offers no way."""
    from console import server

    if not hasattr(os, "posix_fadvise"):
        return False
    server.stop(cluster.root)
    for folder, _dirs, files in os.walk(cluster.data):
        for name in files:
            try:
                fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    server.start(cluster.root)
    return True


# -- Six seats beside a year's import ----------------------------------------------------------------------------

def _seat(target: str, seat_no: int, stop_file: str, ready_file: str) -> None:
    """One seat's officer in a process of its own: a call started and saved (notes, audit rows) every
    SAVE_EVERY_S, then the caller's history read, until the stop file appears; prints its figures as JSON."""
    from console.models.calls.history import caller_history
    from console.models.calls.records import empty_form, save_call, start_call
    from console.models.calls.source import IncomingCall
    from console.models.core.clock import Clock
    from console.models.core.db import connect
    from console.models.core.engine import keep_wal_small
    from console.models.core.users import get_user_by_name

    saves, history, errors, saved = [], [], [], []
    db = connect(target)
    # As console.app runs one beside each seat's window: on SQLite the WAL is copied into the file by a thread
    # of the seat's own, not by its saves (without it a save's commit past 1,000 pages of the import's log
    # copied and synced them: seat commit p99 149 ms beside the year's import); nothing on a server.
    checkpointer = keep_wal_small(target, db)
    user = get_user_by_name(db, "officer")
    clock = Clock()
    Path(ready_file).touch()
    n = 0
    stamp = f"{os.getpid()}-{time.time():.0f}"
    next_at = time.perf_counter()
    while not os.path.exists(stop_file):
        n += 1
        number = f"1390{seat_no}{n % 1_000_000:06d}"
        try:
            t0 = time.perf_counter()
            call_id = start_call(db, user, IncomingCall(number, "pbx", line=str(seat_no)), clock=clock)
            form = empty_form(IncomingCall(number, "pbx"))
            form["notes"] = f"{SEAT_NOTES} {seat_no} call {n} {stamp}"
            problems = save_call(db, user, call_id, form, clock=clock)
            saves.append(round((time.perf_counter() - t0) * 1000, 2))
            if problems:
                raise RuntimeError(f"the form had problems: {problems}")
            saved.append([call_id, form["notes"]])
            t0 = time.perf_counter()
            caller_history(db, f"+86{number}")
            history.append(round((time.perf_counter() - t0) * 1000, 2))
        except Exception:
            errors.append(traceback.format_exc(limit=2)[-600:])
        next_at += SAVE_EVERY_S
        time.sleep(max(0.0, next_at - time.perf_counter()))
    checkpointer.stop()
    db.conn.close()
    print(json.dumps({"saves": saves, "history": history, "errors": errors, "saved": saved}))


def _spread(values: list[float], name: str) -> dict[str, float | None]:
    if not values:
        return {f"{name}_p50_ms": None, f"{name}_p99_ms": None, f"{name}_max_ms": None}
    return {f"{name}_p50_ms": round(percentile(values, 50), 1), f"{name}_p99_ms": round(percentile(values, 99), 1),
            f"{name}_max_ms": round(max(values), 1)}


def seats_beside_import(target: str, csv_path: Path) -> dict:
    """SEATS seat processes on the target while the year's file is imported through the models."""
    from console.models.core.clock import Clock
    from console.models.core.db import connect, transaction
    from console.models.core.users import get_user_by_name
    from console.models.warnings.importer import import_file
    from console.models.warnings.mapping import guess_mapping
    from console.models.warnings.readers import open_table

    folder = Path(tempfile.mkdtemp(prefix="bench-seats-"))
    stop_file = folder / "stop"
    procs = []
    for seat_no in range(1, SEATS + 1):
        ready = folder / f"ready{seat_no}"
        procs.append((ready, subprocess.Popen(
            [sys.executable, "-c", f"import sys; from {__name__} import {_seat.__name__} as seat; "
             "seat(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])",
             target, str(seat_no), str(stop_file), str(ready)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    deadline = time.perf_counter() + 120
    while not all(r.exists() for r, _ in procs) and time.perf_counter() < deadline:
        if any(p.poll() is not None for _, p in procs):
            break
        time.sleep(0.1)
    out: dict[str, Any] = {"seats": SEATS}
    db = connect(target)
    import_error = None
    t0 = time.perf_counter()
    result = None
    try:
        user = get_user_by_name(db, "supervisor")
        mapping = guess_mapping(open_table(csv_path).header)
        result = import_file(db, user, csv_path, source="bench-engines", mapping=mapping, clock=Clock())
    except Exception:
        import_error = traceback.format_exc(limit=3)[-800:]
    import_s = time.perf_counter() - t0
    time.sleep(max(0.0, MIN_SEAT_S - import_s))
    stop_file.touch()
    runs = []
    for _, p in procs:
        stdout, stderr = p.communicate(timeout=180)
        lines = stdout.strip().splitlines()
        runs.append(json.loads(lines[-1]) if p.returncode == 0 and lines else
                    {"saves": [], "history": [], "saved": [], "errors": [f"seat process failed: {stderr[-600:]}"]})
    saves = [t for r in runs for t in r["saves"]]
    history = [t for r in runs for t in r["history"]]
    errors = [e for r in runs for e in r["errors"]]
    saved = [tuple(s) for r in runs for s in r["saved"]]
    stored = {}
    ids = [c for c, _ in saved]
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        stored.update({r[0]: r[1] for r in db.execute(
            f"SELECT id, notes FROM calls WHERE id IN ({','.join('?' * len(part))})", part)})
    lost = sum(1 for call_id, notes in saved if stored.get(call_id) != notes)
    out.update({"seat_saves": len(saves), **_spread(saves, "seat_save"), **_spread(history, "seat_history"),
                "seat_errors": len(errors), "seat_rows_lost": lost,
                "import_rows": result.total if result else None, "import_ok": result.ok if result else None,
                "import_s": round(import_s, 2),
                "import_rows_per_s": round(result.total / max(import_s, 1e-3)) if result else None,
                "import_yielded": result.yielded if result else None,   # transactions ended for a waiting seat
                "import_error": import_error})
    if errors:
        out["seat_first_error"] = errors[0]
    if result is not None:                   # the year's rows out again: the reused database stays its size
        t0 = time.perf_counter()
        with transaction(db):
            db.execute("DELETE FROM warnings WHERE batch_id = ?", [result.batch_id])
            db.execute("DELETE FROM import_rejects WHERE batch_id = ?", [result.batch_id])
        out["import_cleanup_s"] = round(time.perf_counter() - t0, 1)
        from console.models.core.engine import tidy_search

        tidy_search(db, pause_s=0)          # as the console's next start does: the lookups read a tidy index
    db.conn.close()
    shutil.rmtree(folder, ignore_errors=True)
    return out


# -- The cross-seat delay ------------------------------------------------------------------------------------------

def cross_seat_delay(target: str, takes: int = TAKES) -> dict:
    """From a take on seat A to the warning's absence from seat B's free-to-take view, B polling its change
    watch every POLL_MS as the warnings page's LiveRefresh does and rereading the view when it fires."""
    from console.models.core.changes import DataWatch
    from console.models.core.clock import Clock
    from console.models.core.db import connect
    from console.models.core.users import get_user_by_name
    from console.models.warnings import queue
    from console.models.warnings.handling import release, take
    from console.ui.live import POLL_MS

    seat_a = connect(target)
    officer = get_user_by_name(seat_a, "officer")
    view = queue.view_filter("to_take", officer.id)
    free = [r.id for r in queue.fetch_page(seat_a, view, limit=takes)]
    if not free:
        seat_a.conn.close()
        return {"cross_seat_takes": 0, "cross_seat_p50_ms": None, "cross_seat_max_ms": None}
    clock = Clock()
    gone: dict[int, float] = {}
    watching: set[int] = set()
    stop = threading.Event()
    started = threading.Event()
    errors: list[str] = []

    def seat_b() -> None:
        db = connect(target)
        watch = DataWatch(db, target)
        started.set()
        try:
            while not stop.wait(POLL_MS / 1000):
                if watch.changed():
                    shown = {r.id for r in queue.fetch_page(db, view)}
                    now = time.perf_counter()
                    for wid in list(watching):
                        if wid not in shown and wid not in gone:
                            gone[wid] = now
        except Exception:
            errors.append(traceback.format_exc(limit=2))
        finally:
            db.conn.close()

    thread = threading.Thread(target=seat_b, name="bench-seat-b", daemon=True)
    thread.start()
    started.wait(30)
    rnd = random.Random(19)
    delays: list[float] = []
    try:
        for wid in free:
            time.sleep(rnd.uniform(0.05, POLL_MS / 1000))    # any moment between two of B's polls
            watching.add(wid)
            t0 = time.perf_counter()
            take(seat_a, officer, wid, clock=clock)
            until = t0 + 10
            while wid not in gone and time.perf_counter() < until and not errors:
                time.sleep(0.002)
            if wid in gone:
                delays.append((gone[wid] - t0) * 1000)
    finally:
        stop.set()
        thread.join(10)
        for wid in free:                                     # back to the queue: the base stays as it was
            try:
                release(seat_a, officer, wid, clock=clock)
            except Exception:
                pass
        seat_a.conn.close()
    return {"cross_seat_takes": len(free), "cross_seat_seen": len(delays), "cross_seat_poll_ms": POLL_MS,
            "cross_seat_p50_ms": round(statistics.median(delays), 1) if delays else None,
            "cross_seat_max_ms": round(max(delays), 1) if delays else None,
            **({"cross_seat_error": errors[0][-600:]} if errors else {})}


# -- Every lookup kind, the year's statistics ---------------------------------------------------------------------

def lookup_samples(db, rng: random.Random, n: int = LOOKUPS_PER_KIND) -> dict[str, list[str]]:
    """What officers type, drawn from the stored rows the same on both engines (ordered by id, a seeded pick)."""
    def pick(sql: str) -> list[str]:
        values = [r[0] for r in db.execute(sql) if r[0]]
        return rng.sample(values, min(n, len(values)))

    # (not the calls the seats of this and earlier runs saved: their notes and numbers are the benchmark's)
    officers = f"notes NOT LIKE '{SEAT_NOTES} %'"
    phones = [p[3:] for p in pick(f"SELECT caller_e164 FROM calls WHERE caller_e164 LIKE '+861%' AND {officers} "
                                  "ORDER BY id DESC LIMIT 2000")]
    phones = [p for p in phones if len(p) == 11 and p.isdigit()]
    notes = pick(f"SELECT notes FROM calls WHERE notes <> '' AND {officers} ORDER BY id DESC LIMIT 2000")
    notes = [s for s in notes if len(s) >= 4]

    def words(k: int) -> list[str]:
        out = []
        for s in notes:
            i = rng.randrange(len(s) - k + 1)
            word = s[i:i + k]
            if word.strip() == word and word:
                out.append(word)
        return out

    return {
        "phone_spaced": [f"{p[:3]} {p[3:7]} {p[7:]}" for p in phones],
        "phone_plus86": [f"+86 {p}" for p in phones],
        "phone_dashed": [f"{p[:3]}-{p[3:7]}-{p[7:]}" for p in phones],
        "card_tail": [c[-4:] for c in pick("SELECT number FROM accounts WHERE kind = 'bank_card' "
                                           "ORDER BY id DESC LIMIT 2000")],
        "id": pick("SELECT id_number FROM people WHERE id_number IS NOT NULL ORDER BY id DESC LIMIT 2000"),
        "name": pick("SELECT name FROM people WHERE name <> '' ORDER BY id DESC LIMIT 2000"),
        "notes_1char": words(1),
        "notes_2char": words(2),
        "notes_3plus": words(4),
    }


def lookups(target: str) -> dict:
    from console.models.core.db import connect
    from console.models.lookup.search import search

    db = connect(target)
    try:
        samples = lookup_samples(db, random.Random(19))
        p50, p95 = {}, {}
        for kind, values in samples.items():
            if not values:
                continue
            times = [t for v in values for t in timed_ms(lambda v=v: search(db, v), 1)]
            p50[kind], p95[kind] = round(percentile(times, 50), 1), round(percentile(times, 95), 1)
    finally:
        db.conn.close()
    return {"lookup_p50_ms": p50, "lookup_p95_ms": p95}      # (p95 of LOOKUPS_PER_KIND: the slowest)


def year_stats(target: str, cold: Any) -> dict:
    """The year's statistics page as the page computes it, warm (median of STATS_RUNS) and cold (cold() empties
    the engine's caches; median of COLD_RUNS): on the connections the page's task runner lends (the engine's
    pool for a seat's jobs on a server, a connection opened per run on SQLite, where opening costs 0.1 ms);
    opening a server connection anew costs 10-25 ms and a fresh backend runs the queries slower (docs/centre.md)."""
    import contextlib

    from console.benchmarks.stats import BENCH_USER, year_period
    from console.models.core.db import connect
    from console.models.core.engine import job_pool
    from console.models.stats import figures as stats

    pool = job_pool(target)

    @contextlib.contextmanager
    def page_connection():
        if pool is not None:
            with pool.borrow(read_only=True) as db:
                yield db
            return
        db = connect(target)
        try:
            yield db
        finally:
            db.conn.close()

    def page() -> Any:
        return stats.report_parallel(target, period, user=BENCH_USER, connection=page_connection)

    period = year_period()
    try:
        page()                                                            # warms the caches
        warm = timed_ms(page, STATS_RUNS)
        cold_times: list[float] = []
        for _ in range(COLD_RUNS):
            if not cold():
                break
            if pool is not None:       # its connections died with the restart: a seat's pool made anew, so
                pool.close()           # the figure is the cold caches' and not the pool's reconnect back-off
                pool = job_pool(target)
            cold_times += timed_ms(page, 1)
    finally:
        if pool is not None:
            pool.close()
    return {"stats_year_ms": round(statistics.median(warm), 1), "stats_year_max_ms": round(max(warm), 1),
            "stats_year_cold_ms": round(statistics.median(cold_times), 1) if cold_times else None}


# -- Both engines -----------------------------------------------------------------------------------------------

def measure_engine(target: str, csv_path: Path, cold: Any, takes: int) -> dict:
    figures: dict[str, Any] = {}
    for part in (lambda: seats_beside_import(target, csv_path), lambda: cross_seat_delay(target, takes),
                 lambda: lookups(target), lambda: year_stats(target, cold)):
        try:
            figures.update(part())
        except Exception:
            figures.setdefault("errors", []).append(traceback.format_exc(limit=4)[-1200:])
    return figures


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    from console import server
    from console.benchmarks.stats import drop_from_page_cache
    from console.benchmarks.warnings import YEAR_ROWS, write_year_file

    rows = YEAR_ROWS if args.years >= 1 else max(2_000, int(YEAR_ROWS * args.years))
    takes = TAKES if args.years >= 0.5 else 5           # a tiny run (the test's) checks the figures are there
    engines: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as tmp:
        csv_path = Path(tmp) / "platform-year.csv"
        write_year_file(csv_path, rows, seed=args.seed + 19, now=datetime.now() - timedelta(minutes=1))
        engines["sqlite"] = measure_engine(str(db_path), csv_path, lambda: drop_from_page_cache(db_path), takes)
        if getattr(args, "no_server", False):
            engines["postgresql"] = {"missing": "skipped (--no-server)"}
        elif not server.available():
            engines["postgresql"] = {"missing": "PostgreSQL's server programs (initdb, pg_ctl) are not installed "
                                                "here: apt-get install postgresql"}
        else:
            cluster = None
            try:
                t0 = time.perf_counter()
                cluster, info = ensure_cluster(db_path)
                info["pg_ready_s"] = round(time.perf_counter() - t0, 1)
                target = cluster.url(server.SEAT_ROLE)
                engines["postgresql"] = {**info, **measure_engine(target, csv_path,
                                                                  lambda: drop_cluster_cache(cluster), takes)}
            except Exception as exc:
                engines["postgresql"] = {"missing": f"the bench cluster failed: {exc}"[:1200]}
            finally:
                if cluster is not None:
                    try:
                        server.stop(cluster.root)
                    except Exception:
                        pass
    return {"engines": engines}
