"""`python -m console.maintenance rebuild-index --db PATH`: rebuilds the full-text indexes and statistics."""

from __future__ import annotations

import argparse
import sys
import time

from .models.db import open_database
from .models.migrations.lookup import rebuild_fulltext
from console.models.db import transaction


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.maintenance")
    parser.add_argument("command", choices=["rebuild-index"])
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    db = open_database(args.db)
    t0 = time.perf_counter()
    with transaction(db):
        rebuild_fulltext(db)
    db.execute("INSERT INTO notes_tri(notes_tri) VALUES ('optimize')")
    db.execute("INSERT INTO notes_uni(notes_uni) VALUES ('optimize')")
    db.execute("ANALYZE")
    n = db.execute("SELECT count(*) FROM notes_tri").fetchone()[0]
    print(f"rebuilt full-text indexes ({n} texts) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
