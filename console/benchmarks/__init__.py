"""Measurements of the benchmark command, one module per area.

Each module defines `measure(db_path: Path, args: argparse.Namespace) -> dict` returning figures with
their unit in the key name (e.g. `lookup_p95_ms`); `console.bench` finds and runs them in name order.
"""
