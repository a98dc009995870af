"""`python -m console.demo --db PATH --years N [--seed S]`: fills a database with synthetic data."""

from __future__ import annotations

import argparse
import sys
import time

from console.demo.generator import DEMO_USERS, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.demo")
    parser.add_argument("--db", required=True)
    parser.add_argument("--years", type=float, default=1.0, help="years of data (fractions allowed)")
    parser.add_argument("--seed", type=int, default=96110)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    db = generate(args.db, years=args.years, seed=args.seed)
    counts = {t: db[t].count for t in ("calls", "warnings", "stop_requests", "stop_accounts", "people")}
    print(f"demo database {args.db} ready in {time.perf_counter() - t0:.1f} s: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("Demo users (user name / password):")
    for username, _name, role, password in DEMO_USERS:
        print(f"  {role.value:<11} {username:<11} {password}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
