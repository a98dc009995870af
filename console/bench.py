"""`python -m console.bench`: the figures an officer feels, each beside the baseline a competent engineer
would write first (indexed SQL, no Python loops over rows), on N years.

Each measurement is a function returning a dict of figures; the command prints a table and writes JSON
with the keys named in docs/performance.md. Later areas add their measurements to MEASUREMENTS.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.models.core.paths import data_dir


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def timed_ms(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def bench_dir() -> Path:
    """Where the reusable benchmark databases live: HOTLINE_BENCH_DIR, else the data folder's bench/."""
    return Path(os.environ.get("HOTLINE_BENCH_DIR", data_dir() / "bench"))


def bench_db_path(years: float, seed: int, directory: Path | None = None) -> Path:
    d = directory or bench_dir()
    d.mkdir(parents=True, exist_ok=True)
    from console.demo.generator import GENERATOR_VERSION

    return d / f"bench-{years:g}y-seed{seed}-v{GENERATOR_VERSION}.db"


def ensure_db(years: float, seed: int, directory: Path | None = None) -> tuple[Path, float]:
    """Reuses the database for this size and seed, or generates it; returns (path, seconds spent)."""
    from console.demo.generator import generate

    path = bench_db_path(years, seed, directory)
    if path.exists() and Path(str(path) + ".complete").exists():
        # A database kept from an earlier run gets this version's migrations (in place: no copy is kept of
        # a benchmark file).
        from console.models.core.db import connect, migrate

        db = connect(path)
        migrate(db)
        db.conn.close()
        return path, 0.0
    for suffix in ("", "-wal", "-shm", ".complete"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    generate(path, years=years, seed=seed).conn.close()
    Path(str(path) + ".complete").touch()
    return path, time.perf_counter() - t0


def measure_cold_start(path: Path, runs: int = 3) -> dict[str, float]:
    """Separate processes: start, open the database, sign in, paint the main window, quit."""
    from console.demo.generator import DEMO_USERS

    username, _name, _role, password = DEMO_USERS[0]
    times: list[float] = []
    rss: list[int] = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOTLINE_CONSOLE_PASSWORD": password,
           "HOTLINE_CONSOLE_HOME": tempfile.mkdtemp(prefix="bench-home-")}
    for _ in range(runs):
        # From launching the process to the line it prints once the main window has painted.
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "console", "--db", str(path), "--user", username,
                                 "--quit-after-paint"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        painted = None
        for line in proc.stdout:
            if line.startswith("first_paint_s="):
                painted = time.perf_counter() - t0
            elif line.startswith("rss_bytes="):
                rss.append(int(line.split("=", 1)[1]))
        _, err = proc.communicate(timeout=120)
        if proc.returncode != 0 or painted is None:
            raise RuntimeError(f"console did not start: {err[-2000:]}")
        times.append(painted)
    return {"cold_start_s": round(statistics.median(times), 3), "cold_start_max_s": round(max(times), 3),
            "rss_bytes": max(rss) if rss else 0}


def measurements() -> list[Callable[[Path, argparse.Namespace], dict[str, Any]]]:
    """The `measure` function of every module in console/benchmarks, in name order."""
    import importlib
    import pkgutil

    from console import benchmarks

    found = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{benchmarks.__name__}.{info.name}")
        if hasattr(module, "measure"):
            found.append(module.measure)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.bench")
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=96110)
    parser.add_argument("--out", default="bench-out/bench.json")
    parser.add_argument("--runs", type=int, default=3, help="cold-start runs")
    parser.add_argument("--no-server", action="store_true",
                        help="skip the PostgreSQL half of the engines' figures (its first run copies the database)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The reusable database's folder is decided before the data folder is pointed at the scratch folder
    # below (decided after, the database was generated in the scratch folder and removed with it).
    args.bench_dir = bench_dir()
    # Every scratch file of the run (console homes with their daily backups, exports, small databases)
    # goes under one folder removed at the end: a run leaves its JSON and the reusable database only.
    scratch = tempfile.mkdtemp(prefix="console-bench-")
    old_tempdir, old_env = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = scratch
    os.environ["TMPDIR"] = scratch
    old_home = os.environ.get("HOTLINE_CONSOLE_HOME")
    os.environ["HOTLINE_CONSOLE_HOME"] = str(Path(scratch) / "home")     # the main window's settings and logs
    try:
        return _run(args)
    finally:
        if old_home is None:
            os.environ.pop("HOTLINE_CONSOLE_HOME", None)
        else:
            os.environ["HOTLINE_CONSOLE_HOME"] = old_home
        tempfile.tempdir = old_tempdir
        if old_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = old_env
        shutil.rmtree(scratch, ignore_errors=True)


def _run(args: argparse.Namespace) -> int:

    results: dict[str, Any] = {"years": args.years, "seed": args.seed}
    path, gen_s = ensure_db(args.years, args.seed, args.bench_dir)
    results["generate_s"] = round(gen_s, 2)
    empty = Path(tempfile.mkdtemp()) / "empty.db"
    from console.demo.generator import generate

    generate(empty, years=0).conn.close()
    empty_start = measure_cold_start(empty, args.runs)
    results["cold_start_empty_s"] = empty_start["cold_start_s"]
    results["rss_empty_bytes"] = empty_start["rss_bytes"]
    results.update(measure_cold_start(path, args.runs))
    for measure in measurements():
        results.update(measure(path, args))
    results["db_bytes"] = path.stat().st_size

    width = max(len(k) for k in results)
    for key, value in results.items():
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value
        print(f"{key:<{width}}  {shown}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
