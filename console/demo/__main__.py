"""`python -m console.demo --db PATH --years N [--seed S]`: fills a database with synthetic data.

PATH may be a server's empty database (a PostgreSQL URL or libpq service): the demo centre is generated into
a temporary SQLite file, then copied in with the console's own copy (console.server copy), counts checked."""

from __future__ import annotations

import argparse
import sys
import time

from console.demo.generator import DEMO_USERS, generate
from console.models.core.engine import is_server_target

COUNTED = ("calls", "warnings", "stop_requests", "stop_accounts", "people")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.demo")
    parser.add_argument("--db", required=True)
    parser.add_argument("--years", type=float, default=1.0, help="years of data (fractions allowed)")
    parser.add_argument("--seed", type=int, default=96110)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if is_server_target(args.db):
        counts = _onto_server(args.db, args.years, args.seed)
    else:
        db = generate(args.db, years=args.years, seed=args.seed)
        counts = {t: db[t].count for t in COUNTED}
    print(f"demo database {args.db} ready in {time.perf_counter() - t0:.1f} s: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("Demo users (user name / password):")
    for username, _name, role, password in DEMO_USERS:
        print(f"  {role.value:<11} {username:<11} {password}")
    return 0


def _onto_server(target: str, years: float, seed: int) -> dict[str, int]:
    """The demo generated into a temporary file and copied into the server's empty database."""
    import tempfile
    from pathlib import Path

    from console.models.core.engine.copy import copy_database

    with tempfile.TemporaryDirectory(prefix="hotline-demo-") as folder:
        path = Path(folder) / "demo.db"
        db = generate(path, years=years, seed=seed)
        db.conn.close()
        report = copy_database(str(path), target)
    return {t: report.tables[t][1] for t in COUNTED}


if __name__ == "__main__":
    sys.exit(main())
