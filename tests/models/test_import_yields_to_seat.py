"""The warnings import hears a seat waiting for the write lock and ends its transaction after the block it is
writing, on both engines (SQLite: the waiting seat's knock file; PostgreSQL: the server's lock queue), even
with a time budget longer than the whole import; nothing it wrote is lost or counted twice."""

from __future__ import annotations

import threading
import time
from datetime import datetime

from console.benchmarks.warnings import HEADER, write_year_file
from console.models.core.db import connect, transaction
from console.models.warnings.importer import import_file
from console.models.warnings.mapping import guess_mapping
from tests.pg import db_path_on_both_engines  # noqa: F401


def test_the_import_ends_its_transaction_when_a_seat_waits(db, db_path, officer, clock, tmp_path):
    path = tmp_path / "platform.csv"
    write_year_file(path, 10_000, seed=19, now=datetime(2026, 11, 25, 12, 0))
    outcome: dict = {}

    def slow_progress(done: int, total: int) -> bool:
        time.sleep(0.02)                    # each block takes 20 ms more: the reading thread stays ahead
        return True

    def run_import() -> None:
        own = connect(db_path)
        try:
            # A budget longer than the import (200 blocks, 4 s and more): only a waiting seat ends a transaction
            # before the file does.
            outcome["result"] = import_file(own, officer, path, source="p", mapping=guess_mapping(HEADER),
                                            clock=clock, chunk=50, transaction_budget_s=600,
                                            progress=slow_progress)
        except BaseException as exc:        # handed to the test's thread
            outcome["error"] = exc
        finally:
            own.conn.close()

    importer = threading.Thread(target=run_import)
    importer.start()
    try:
        deadline = time.monotonic() + 60
        while not db.execute("SELECT count(*) FROM import_batches").fetchone()[0]:   # its batch row: blocks next
            assert time.monotonic() < deadline and importer.is_alive(), outcome
            time.sleep(0.005)
        time.sleep(0.3)                     # inside the import's first transaction by now
        t0 = time.perf_counter()
        with transaction(db):               # the seat's save: waits for the write lock
            waited = time.perf_counter() - t0
            seen = db.execute("SELECT count(*) FROM warnings").fetchone()[0]
            db.execute("UPDATE users SET display_name = display_name WHERE id = ?", [officer.id])
        during = importer.is_alive()
    finally:
        importer.join()
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert during, "the import ended before the seat got the lock"
    # The seat got in after one block of the import (20-odd ms), not after the whole file; what it saw was
    # committed.
    assert 0 < seen < result.ok, (seen, result.ok, waited)
    assert waited < 1.0, waited
    assert result.yielded >= 1
    assert db.execute("SELECT count(*) FROM warnings WHERE batch_id = ?", [result.batch_id]).fetchone()[0] == result.ok
    assert result.ok + result.bad + result.duplicate == result.total == 10_000
