"""The warnings import on both engines (tests/pg.py): a year-like platform file with names and notes goes in
row for row as the row checks read it, in file order; the words of its notes are found by the lookup right
after (a 1-character word through the unigrams on SQLite, 3 characters through the trigrams or pg_trgm);
and a seat's save commits while an import is under way, waiting for one short transaction, not the import."""

from __future__ import annotations

import csv
import threading
import time
from datetime import datetime

from console.benchmarks.warnings import HEADER, write_year_file
from console.models.calls.records import load_form, save_call, start_call
from console.models.calls.source import IncomingCall
from console.models.core.db import connect
from console.models.lookup import search as lookup
from console.models.warnings.importer import COLUMNS, import_file
from console.models.warnings.mapping import guess_mapping
from console.models.warnings.rows import RowChecker, RowProblem
from tests.pg import db_path_on_both_engines  # noqa: F401

# Cells the two engines' block formats must carry through unchanged (JSON on SQLite, COPY text on the server).
AWKWARD = [
    ["AWK-1", "13911112222", "2026-11-20 08:00:00", "red", "刷单返利", "欧阳\t娜娜", "孝南区", "", "",
     "第一行\n第二行\r\n反斜杠\\N 与 \\t 原样"],
    ["AWK-2", "13911113333", "2026-11-20 08:01:00", "red", "刷单返利", "O'Brien \"Bob\"", "孝南区", "", "",
     "引号 ' \" 和 % _ ? 都照录，NULL 也是文字"],
]


def _year_like_file(tmp_path, rows: int):
    path = tmp_path / "platform.csv"
    write_year_file(path, rows, seed=7, now=datetime(2026, 11, 25, 12, 0))
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(AWKWARD)
    return path


def _expected_rows(db, path, source: str, clock) -> list[tuple]:
    """The file's rows as the row checks read them, first of each dedupe key, in file order."""
    checker = RowChecker(db, source=source, now=clock.now())
    seen, out = set(), []
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        index = {h: i for i, h in enumerate(next(reader))}
        mapping = guess_mapping(HEADER)
        fields = ("phone", "received_at", "level", "external_id", "fraud_type", "person_name", "district",
                  "fraud_number", "fraud_app", "notes")
        for row in reader:
            checked = checker.check(*[row[index[mapping[f]]] if f in mapping else "" for f in fields])
            if isinstance(checked, RowProblem) or checked.dedupe_key in seen:
                continue
            seen.add(checked.dedupe_key)
            out.append(tuple(checked))
    return out


def test_a_year_like_file_goes_in_row_for_row_and_its_notes_are_found(db, officer, clock, tmp_path):
    path = _year_like_file(tmp_path, 2_400)
    result = import_file(db, officer, path, source="省预警平台", mapping=guess_mapping(HEADER), clock=clock,
                         chunk=300)
    expected = _expected_rows(db, path, "省预警平台", clock)
    stored = [tuple(r) for r in db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM warnings WHERE batch_id = ? ORDER BY id", [result.batch_id])]
    assert stored == expected                                   # every column, in file order
    assert result.ok == len(expected) and result.total == 2_402
    assert result.bad > 0 and result.duplicate > 0               # the file's malformed and repeated rows
    assert result.ok + result.bad + result.duplicate == result.total
    assert sum(1 for r in stored if r[COLUMNS.index("person_name")]) > 0.5 * len(stored)
    assert db.execute("SELECT count(*) FROM import_rejects WHERE batch_id = ?",
                      [result.batch_id]).fetchone()[0] == result.bad + result.duplicate

    for word in ("洗", "共享屏", "安全账户", "第二行", "反斜杠\\N"):
        hits = lookup.search(db, word)
        want = {i for (i,) in db.execute("SELECT id FROM warnings WHERE instr(notes, ?) > 0", [word])}
        assert want, word
        assert set(hits.candidates.get("warning", [])) == want, word
        assert hits.totals["warning"] == len(want), word

    # The same file again: every good row is a duplicate now, reported at its line, nothing written.
    again = import_file(db, officer, path, source="省预警平台", mapping=guess_mapping(HEADER), clock=clock,
                        chunk=300)
    assert (again.ok, again.bad, again.duplicate) == (0, result.bad, result.duplicate + result.ok)
    assert db.execute("SELECT count(*) FROM warnings").fetchone()[0] == result.ok
    audit = db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'import_batches'").fetchone()[0]
    assert audit == 2


def test_a_seats_save_commits_while_an_import_runs(db, db_path, officer, senior, clock, tmp_path):
    path = tmp_path / "big.csv"
    write_year_file(path, 40_000, seed=11, now=datetime(2026, 11, 25, 12, 0))
    call_id = start_call(db, senior, IncomingCall("13800001234", "manual"), clock=clock)
    form = load_form(db, call_id)
    outcome: dict = {}

    def run_import() -> None:
        own = connect(db_path)
        try:
            outcome["result"] = import_file(own, officer, path, source="p", mapping=guess_mapping(HEADER),
                                            clock=clock)
        except BaseException as exc:        # handed to the test's thread
            outcome["error"] = exc
        finally:
            own.conn.close()

    importer = threading.Thread(target=run_import)
    importer.start()
    try:
        deadline = time.monotonic() + 60
        while db.execute("SELECT count(*) FROM warnings").fetchone()[0] == 0:
            assert time.monotonic() < deadline and importer.is_alive(), outcome
            time.sleep(0.01)
        waits, during = [], 0
        for i in range(8):
            form["notes"] = f"第{i}次保存：来电人称正在转账"
            t0 = time.perf_counter()
            save_call(db, senior, call_id, form, clock=clock)
            waits.append(time.perf_counter() - t0)
            during += importer.is_alive()
            assert db.execute("SELECT notes FROM calls WHERE id = ?", [call_id]).fetchone()[0] == form["notes"]
            time.sleep(0.02)
    finally:
        importer.join()
    assert "error" not in outcome, outcome.get("error")
    assert outcome["result"].ok > 39_000
    assert during >= 4, f"the import ended before the saves ({waits})"
    # One of the import's transactions (up to 50 ms of work, plus its commit), not the whole import (several
    # seconds); generous for a loaded machine: the benchmark measures the 200 ms aim.
    assert max(waits) < 1.5, waits
