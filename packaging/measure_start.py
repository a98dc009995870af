"""Cold start of console commands: from launching the process to the line it prints once the main window
has painted (as console.bench measures the source run). The commands take turns, run by run, so that a
busy machine weighs on each alike; prints per command the median seconds to the painted line and the
median first_paint_s the console printed itself (which leaves out the interpreter's own start).

usage: python measure_start.py RUNS -- COMMAND_A... [-- COMMAND_B...] (the environment is passed on)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def run_once(cmd: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    painted = None
    for line in proc.stdout:
        if line.startswith("first_paint_s=") and painted is None:
            painted = (time.perf_counter() - t0, float(line.split("=", 1)[1]))
    if proc.wait(timeout=120) != 0 or painted is None:
        raise SystemExit(f"measure_start: {' '.join(cmd[:2])} failed (exit {proc.returncode})")
    return painted


def split_commands(args: list[str]) -> list[list[str]]:
    commands: list[list[str]] = []
    for arg in args:
        if arg == "--":
            commands.append([])
        else:
            commands[-1].append(arg)
    return [c for c in commands if c]


def main(argv: list[str]) -> int:
    runs, commands = int(argv[0]), split_commands(argv[1:])
    results: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for i, cmd in enumerate(commands):
            results[i].append(run_once(cmd))
    for measured in results:
        print(f"{statistics.median(w for w, _ in measured):.2f} {statistics.median(p for _, p in measured):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
