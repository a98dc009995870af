"""`python -m console` / `hotline-console`: starts the console."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hotline-console", description="Anti-fraud hotline console")
    parser.add_argument("--db", help="SQLite database file (created if missing), or a centre's PostgreSQL server: "
                        "a URL or libpq service, e.g. postgresql://hotline@db:5432/hotline or service=hotline "
                        "(docs/centre.md)")
    parser.add_argument("--lang", choices=["zh", "en"], help="interface language (default: zh)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database (created with synthetic data if missing)")
    parser.add_argument("--user", help="user name to sign in as (password from HOTLINE_CONSOLE_PASSWORD)")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from console.app import run

    return run(args.db, args.lang, args.demo, args.user, args.quit_after_paint)


if __name__ == "__main__":
    sys.exit(main())
