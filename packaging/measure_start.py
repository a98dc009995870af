"""Cold start of a console command: from launching the process to the line it prints once the main
window has painted (as console.bench measures the source run), the median of N runs.

usage: python measure_start.py RUNS -- COMMAND... (the environment is passed on as it is)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def measure(cmd: list[str], runs: int) -> tuple[float, float]:
    """(median seconds to the painted line, median first_paint_s the console printed itself)."""
    walls, inside = [], []
    for run in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("first_paint_s="):
                walls.append(time.perf_counter() - t0)
                inside.append(float(line.split("=", 1)[1]))
        if proc.wait(timeout=120) != 0 or len(walls) != run + 1:
            raise SystemExit(f"measure_start: {cmd[0]} failed (exit {proc.returncode})")
    return statistics.median(walls), statistics.median(inside)


def main(argv: list[str]) -> int:
    runs = int(argv[0])
    cmd = argv[argv.index("--") + 1:]
    wall, inside = measure(cmd, runs)
    print(f"{wall:.2f} {inside:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
