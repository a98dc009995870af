"""`python -m console.maintenance rebuild-index|verify-audit --db PATH`: the administrator's maintenance commands.

rebuild-index   rebuilds the full-text indexes and the statistics' daily summary tables, then ANALYZE.
verify-audit    walks the audit trail's hash chain; exits 1 and names the first broken row if any.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from console.models.core.db import open_database, open_read_only, transaction
from console.models.migrations.lookup import rebuild_fulltext
from console.models.migrations.stats import GOLDEN_NAMES, SUMMARY_NAMES, rebuild_golden_summaries, rebuild_summaries


def rebuild_index(path: str) -> int:
    db = open_database(path)
    t0 = time.perf_counter()
    with transaction(db):
        rebuild_fulltext(db)
    db.execute("INSERT INTO notes_tri(notes_tri) VALUES ('optimize')")
    db.execute("INSERT INTO notes_uni(notes_uni) VALUES ('optimize')")
    n = db.execute("SELECT count(*) FROM notes_tri").fetchone()[0]
    print(f"rebuilt full-text indexes ({n} texts) in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    with transaction(db):       # the page's figures from the rows again, should a summary ever be doubted
        rebuild_summaries(db)
        rebuild_golden_summaries(db)
    days = sum(db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in SUMMARY_NAMES + GOLDEN_NAMES)
    print(f"rebuilt statistics summaries ({days} rows) in {time.perf_counter() - t0:.1f} s")
    db.execute("ANALYZE")
    return 0


def verify_audit(path: str) -> int:
    from console.models.core.audit import verify_chain

    if not Path(path).is_file():
        print(f"no such database: {path}", file=sys.stderr)
        return 2
    db = open_read_only(path)      # a check never writes: not even the switch to WAL
    try:
        t0 = time.perf_counter()
        n = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        broken = verify_chain(db)
    finally:
        db.conn.close()
    if broken:
        print(f"audit trail BROKEN at row {broken.row_id} (written {broken.at}): {broken.reason}; "
              f"rows from {broken.row_id} on cannot be trusted", file=sys.stderr)
        return 1
    print(f"audit trail intact: {n} rows verified in {time.perf_counter() - t0:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.maintenance")
    parser.add_argument("command", choices=["rebuild-index", "verify-audit"])
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    if args.command == "verify-audit":
        return verify_audit(args.db)
    return rebuild_index(args.db)


if __name__ == "__main__":
    sys.exit(main())
