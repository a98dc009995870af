"""Imports a warning list exported by the alert platform: checked rows in, bad rows kept aside with reasons.

Rows go in with executemany in transactions of CHUNK rows (one commit per chunk, not per row), checked
against prepared lookups; duplicates are recognised by dedupe_key, inside the file and against the
database. One audit row per import batch (its warnings carry the batch id), not one per warning.
Cancelling stops after the current chunk: what was committed stays, and importing the same file again
skips it as duplicates.

Reading and checking run on a second thread (at a lower OS priority, yielding the interpreter every 256
rows) while the caller's thread writes the previous block as one INSERT over a JSON array, which SQLite
reads without holding the interpreter; the connection's page cache is enlarged for the import. What
remains is SQLite's index work: each row goes into about fifteen indexes (queue, lookup, statistics),
some 35 µs a row on ten years of warnings (docs/performance.md has the figures).
"""

from __future__ import annotations

import gc
import json
import os
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.users import Permission, User, require
from console.models.warnings.mapping import FIELDS, missing_required
from console.models.warnings.readers import open_table, write_csv
from console.models.warnings.rows import CheckedRow, RowChecker, RowProblem
from console.models.core.db import transaction

CHUNK = 10000
IMPORT_CACHE_KIB = 256 * 1024   # page cache while importing: the indexes' pages stay in memory between blocks
SHOWN_REJECTS = 2000          # rejects kept in the result for the dialog; all of them go to the database
_ORDER = ("phone", "received_at", "level", "external_id", "fraud_type", "person_name", "district",
          "fraud_number", "fraud_app", "notes")

# A block of rows goes in as one statement over a JSON array: SQLite reads it without the interpreter, so
# the UI thread is never kept waiting while the rows are written (executemany needs the GIL for every row).
_CHECKED_FIELDS = len(CheckedRow._fields)
INSERT_WARNINGS = (
    "INSERT OR IGNORE INTO warnings (source, dedupe_key, external_id, received_at, deadline_at, level, fraud_type, "
    "phone_raw, phone_e164, person_name, district_code, fraud_number, fraud_app, notes, fraud_number_key, batch_id, "
    "updated_at) "
    "SELECT ?, " + ", ".join(f"json_extract(value, '$[{i}]')" for i in range(_CHECKED_FIELDS))
    + ", ?, ? FROM json_each(?) ORDER BY key"
)
INSERT_REJECT = ("INSERT INTO import_rejects (batch_id, row_number, raw, reason, reason_code, text) "
                 "VALUES (?, ?, ?, ?, ?, ?)")
_MAINLAND_MOBILE = re.compile(r"(?:86)?1[3-9]\d{9}")


def looks_mangled_phone(text: str) -> bool:
    """A phone a spreadsheet turned into a number: nine or more digits, neither a mainland mobile nor starting
    with the 0 of a trunk or international prefix, so its + or leading 0 was lost (+85291234567 became
    85291234567). Such a number is reported, not guessed into some country."""
    t = text.strip()
    return (len(t) >= 9 and t.isdigit() and t[0] != "0" and _MAINLAND_MOBILE.fullmatch(t) is None)


def _mangled_message(text: str) -> str:
    return QCoreApplication.translate(
        "WarningImport", "%1 looks changed by a spreadsheet (a + or a leading 0 lost when the cell became a "
        "number): check the number on the platform and import it written as text.").replace("%1", text.strip())


def _unreadable_problem(message: str) -> RowProblem:
    return RowProblem("unreadable_row", message)


class MappingError(ValueError):
    """A required field has no column."""

    def __init__(self, missing: list[str]):
        super().__init__(", ".join(missing))
        self.missing = missing


@dataclass(frozen=True)
class Reject:
    row_number: int            # the line of the file the row starts on (XLSX: the sheet row); the header is 1
    code: str
    reason: str
    raw: dict[str, str]        # its cells by header
    text: str = ""             # the row as written in the file


@dataclass
class ImportResult:
    batch_id: int
    total: int = 0
    ok: int = 0
    bad: int = 0
    duplicate: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    rejects: list[Reject] = field(default_factory=list)
    unknown_fraud_types: dict[str, int] = field(default_factory=dict)   # label in the file -> rows kept as other
    unmapped_columns: list[str] = field(default_factory=list)            # columns of the file not imported

    @property
    def rows_per_s(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0


def _existing_keys(db: Database, keys: list[str]) -> set[str]:
    """Which of the keys are already in the database (one statement over a JSON array of them)."""
    if not keys:
        return set()
    return {r[0] for r in db.execute(
        "SELECT dedupe_key FROM warnings WHERE dedupe_key IN (SELECT value FROM json_each(?))",
        [json.dumps(keys, ensure_ascii=False)]).fetchall()}


_DONE = object()


def _lower_thread_priority() -> None:
    """Asks the OS to prefer other threads (the UI's) to the calling one, where it can (Linux: per-thread
    nice). With both cores busy importing, the UI thread otherwise waits its turn for a core."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):
        pass


def _check_rows(table, cols: list[int], checker: RowChecker, chunk: int, stop: threading.Event,
                out: "queue.Queue", unknown_types: dict[str, int]) -> None:
    """Producer: reads and checks the file's rows, handing blocks of (good, bad, rows read so far) to the writer.
    Runs on its own thread, so checking the next block overlaps SQLite writing this one (sqlite3 lets go of
    the GIL while it works). A good row keeps its cells and text until written, in case the database
    already holds it; a bad one goes with its reason."""
    _lower_thread_priority()
    try:
        need = max(cols) + 1
        phone_col, type_col = cols[0], cols[_ORDER.index("fraud_type")]   # phone is required: phone_col >= 0
        seen: set[str] = set()
        good: list[tuple[int, CheckedRow, list[str], str]] = []
        bad: list[tuple[int, list[str], str, RowProblem]] = []
        total = 0
        fraud_type_code = checker.fraud_type_code
        for line, row, text, problem in table.records:
            if problem is not None:
                total += 1
                bad.append((line, row, text, _unreadable_problem(problem)))
            else:
                if not any(row):
                    continue            # blank lines at the end of an Excel export
                if len(row) < need:
                    row = row + [""] * (need - len(row))
                total += 1
                if not total & 255:
                    # Lets the UI thread in. Left to the interpreter's switching, the UI thread waited up to
                    # 190 ms for the GIL while this thread checked rows (measured); with this, under 10 ms.
                    time.sleep(0)
                checked = checker.check(*[row[c] if c >= 0 else "" for c in cols])
                if isinstance(checked, RowProblem):
                    if checked.code == "bad_phone" and looks_mangled_phone(row[phone_col]):
                        checked = RowProblem("mangled_phone", _mangled_message(row[phone_col]))
                    bad.append((line, row, text, checked))
                elif checked.phone_e164[3] != "1" and looks_mangled_phone(row[phone_col]):
                    # Not a mainland mobile: 85291234567 passes as a Zunyi landline, but it lost its + in Excel.
                    bad.append((line, row, text, RowProblem("mangled_phone", _mangled_message(row[phone_col]))))
                elif checked.dedupe_key in seen:
                    bad.append((line, row, text, checker.duplicate()))
                else:
                    seen.add(checked.dedupe_key)
                    good.append((line, checked, row, text))
                    if checked.fraud_type == "other" and type_col >= 0:
                        label = row[type_col].strip()
                        if label and fraud_type_code(label) is None:
                            unknown_types[label] = unknown_types.get(label, 0) + 1
            if len(good) + len(bad) >= chunk:
                out.put((good, bad, total))
                good, bad = [], []
                if stop.is_set():
                    return
        out.put((good, bad, total))
    except BaseException as exc:  # handed to the writer, which raises it in the caller's thread
        out.put(exc)
    finally:
        out.put(_DONE)


def import_file(db: Database, user: User, path: Path | str, *, source: str, mapping: dict[str, str],
                clock: Clock, progress: Callable[[int, int], bool] | None = None,
                chunk: int = CHUNK) -> ImportResult:
    """Imports the file into warnings; progress(done, total) returning False cancels after the chunk."""
    require(user, Permission.HANDLE_CALLS)
    missing = missing_required(mapping)
    if missing:
        raise MappingError(missing)
    started = time.perf_counter()
    path = Path(path)
    table = open_table(path)
    # Hundreds of thousands of short-lived tuples would set off the cycle collector again and again, and
    # each full collection walks every object of the process holding the interpreter: with a console's
    # heap that stalled the UI thread 290 ms (measured; 20 ms without). Reference counting frees them.
    collecting = gc.isenabled()
    gc.disable()
    stop = threading.Event()
    blocks: queue.Queue = queue.Queue(maxsize=2)
    producer: threading.Thread | None = None
    result: ImportResult | None = None
    try:
        index = {h: i for i, h in enumerate(table.header)}
        cols = [index.get(mapping.get(f, ""), -1) for f in _ORDER]
        checker = RowChecker(db, source=source, now=clock.now())
        now = clock.now_iso()
        with transaction(db):
            batch_id = db.execute(
                "INSERT INTO import_batches (source, filename, started_at, user_id) VALUES (?, ?, ?, ?)",
                [source, path.name, now, user.id]).lastrowid
        result = ImportResult(batch_id)
        result.unmapped_columns = [h for h in table.header if h and h not in mapping.values()]
        header = table.header

        def flush(good, bad) -> None:
            existing = _existing_keys(db, [r.dedupe_key for _, r, _, _ in good])
            params = []
            for n, r, row, text in good:
                if r.dedupe_key in existing:
                    bad.append((n, row, text, checker.duplicate()))
                else:
                    params.append(r)
            bad.sort(key=lambda b: b[0])           # file order, whichever check found them
            reject_params = []
            for n, raw, text, problem in bad:
                raw_dict = dict(zip(header, raw))
                text = text.rstrip("\r\n")
                if problem.code == "duplicate":
                    result.duplicate += 1
                else:
                    result.bad += 1
                if len(result.rejects) < SHOWN_REJECTS:
                    result.rejects.append(Reject(n, problem.code, problem.message, raw_dict, text))
                reject_params.append((batch_id, n, json.dumps(raw_dict, ensure_ascii=False),
                                      problem.message, problem.code, text))
            db.execute("BEGIN IMMEDIATE")
            try:
                inserted = db.conn.execute(INSERT_WARNINGS, [source, batch_id, now, json.dumps(
                    params, ensure_ascii=False)]).rowcount if params else 0
                db.conn.executemany(INSERT_REJECT, reject_params)
                db.conn.commit()
            except BaseException:
                db.conn.rollback()
                raise
            # Another console may have imported the same rows meanwhile: those count as duplicates.
            result.duplicate += len(params) - inserted
            result.ok += inserted

        cache_before = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        producer = threading.Thread(target=_check_rows,
                                    args=(table, cols, checker, chunk, stop, blocks, result.unknown_fraud_types),
                                    name="warning-import-check", daemon=True)
        producer.start()
        while (item := blocks.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            good, bad, result.total = item
            flush(good, bad)
            if progress is not None and not progress(result.total, max(table.total_rows, result.total)):
                result.cancelled = True
                break
        else:
            if progress is not None:
                progress(result.total, result.total)
        result.seconds = time.perf_counter() - started
        db.execute(f"PRAGMA cache_size = {cache_before}")
        with transaction(db):
            db.execute("UPDATE import_batches SET finished_at = ?, rows_total = ?, rows_ok = ?, rows_bad = ?, "
                       "rows_duplicate = ?, cancelled = ? WHERE id = ?",
                       [clock.now_iso(), result.total, result.ok, result.bad, result.duplicate,
                        int(result.cancelled), batch_id])
            audit.record(db, user, "import", "import_batches", batch_id,
                         {"filename": (None, path.name), "source": (None, source),
                          "rows_ok": (None, result.ok), "rows_bad": (None, result.bad),
                          "rows_duplicate": (None, result.duplicate), "cancelled": (None, result.cancelled),
                          "unknown_fraud_types": (None, sum(result.unknown_fraud_types.values()))},
                         clock=clock)
        return result
    except BaseException:
        # Whatever stopped the import, its batch says so (finished, marked cancelled) with what it got in.
        if result is not None and not db.conn.in_transaction:
            try:
                with transaction(db):
                    db.execute("UPDATE import_batches SET finished_at = coalesce(finished_at, ?), rows_total = ?, "
                               "rows_ok = ?, rows_bad = ?, rows_duplicate = ?, cancelled = 1 WHERE id = ?",
                               [clock.now_iso(), result.total, result.ok, result.bad, result.duplicate,
                                result.batch_id])
            except Exception:
                pass
        raise
    finally:
        if producer is not None:
            stop.set()
            while producer.is_alive():          # unblocks a producer waiting to hand over a block
                try:
                    blocks.get(timeout=0.05)
                except queue.Empty:
                    pass
            producer.join()
        table.close()
        if collecting:
            gc.enable()


def batch_rejects(db: Database, batch_id: int) -> list[Reject]:
    rows = db.execute("SELECT row_number, reason_code, reason, raw, text FROM import_rejects WHERE batch_id = ? "
                      "ORDER BY row_number", [batch_id]).fetchall()
    return [Reject(n, c, r, json.loads(raw), t) for n, c, r, raw, t in rows]


def export_rejects(db: Database, batch_id: int, path: Path, *, include_duplicates: bool = False) -> int:
    """Writes the batch's rejected rows as CSV (user-only, no live formula): line, reason, the row's cells
    under the file's headers (to be corrected and imported again) and its text as written."""
    rejects = [r for r in batch_rejects(db, batch_id) if include_duplicates or r.code != "duplicate"]
    header: list[str] = []
    for r in rejects:
        header += [h for h in r.raw if h not in header]
    reason = QCoreApplication.translate("WarningImport", "Reason")
    row_label = QCoreApplication.translate("WarningImport", "Row")
    text_label = QCoreApplication.translate("WarningImport", "Row as in the file")
    write_csv(path, [row_label, reason, *header, text_label],
              [[str(r.row_number), r.reason, *[r.raw.get(h, "") for h in header], r.text] for r in rejects])
    return len(rejects)


__all__ = ["FIELDS", "ImportResult", "MappingError", "Reject", "batch_rejects", "export_rejects", "import_file",
           "looks_mangled_phone"]
