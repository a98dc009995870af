"""Imports a warning list exported by the alert platform: checked rows in, bad rows kept aside with reasons.

Reading and checking run on a second thread (at a lower OS priority, yielding the interpreter every 256
rows), which also prepares each block of BLOCK rows for the database's engine (console.models.core.engine
`warning_blocks`: on SQLite the block's values for one INSERT and its notes' unigram text for the
full-text index; on PostgreSQL the block as COPY text). The caller's thread writes the blocks in short
transactions of a few statements each, during which the database works without holding the interpreter:
a transaction takes the ready blocks for up to TRANSACTION_BUDGET_S, then leaves the write lock free for
PAUSE_S, so another seat's save never waits long for it (the benchmark measures that wait). It ends sooner, after
the block being written, when another writer waits for the lock (the engine's `writer_waiting`: the server's lock
queue, or SQLite's knock file), so beside six seats a save waits for one block of BLOCK rows, not the budget. Duplicates are recognised by dedupe_key, inside the file (on the reading thread) and
against the database (INSERT ... ON CONFLICT DO NOTHING, so what another console imported meanwhile
counts too). One audit row per import batch (its warnings carry the batch id), not one per warning.
Cancelling stops after the block being written: what was committed stays, and importing the same file
again skips it as duplicates.
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
from console.models.core.db import transaction
from console.models.core.engine import warning_blocks
from console.models.core.users import Permission, User, require
from console.models.warnings.mapping import FIELDS, missing_required
from console.models.warnings.readers import open_table, write_csv
from console.models.warnings.rows import CheckedRow, RowChecker, RowProblem

BLOCK = 50                    # rows the reading thread hands over at a time
TRANSACTION_BUDGET_S = 0.04   # a transaction takes more ready blocks until it has worked this long
PAUSE_S = 0.004               # then the write lock is left free this long, for a seat's save (it asks every 2 ms)
IMPORT_CACHE_KIB = 256 * 1024   # page cache while importing: the indexes' pages stay in memory between blocks
SHOWN_REJECTS = 2000          # rejects kept in the result for the dialog; all of them go to the database
_ORDER = ("phone", "received_at", "level", "external_id", "fraud_type", "person_name", "district",
          "fraud_number", "fraud_app", "notes")
COLUMNS = CheckedRow._fields  # the warnings columns a checked row fills, in its order
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
    yielded: int = 0           # transactions ended early because another writer (a seat's save) waited

    @property
    def rows_per_s(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0


_DONE = object()


def _lower_thread_priority() -> None:
    """Asks the OS to prefer other threads (the UI's) to the calling one, where it can (Linux: per-thread
    nice). With both cores busy importing, the UI thread otherwise waits its turn for a core."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):
        pass


class _Block:
    """A block of the file ready for the writer: its good rows (line, cells, text) in file order, the same
    rows prepared for the engine, the bad rows (line, cells, text, problem), the rows read so far."""

    __slots__ = ("good", "prepared", "bad", "total")

    def __init__(self, good: list, prepared, bad: list, total: int):
        self.good, self.prepared, self.bad, self.total = good, prepared, bad, total


def _make_block(good: list, bad: list, total: int, blocks) -> _Block:
    return _Block([(n, row, text) for n, _, row, text in good], blocks.prepare([c for _, c, _, _ in good]),
                  bad, total)


def _check_rows(table, cols: list[int], checker: RowChecker, chunk: int, stop: threading.Event,
                out: "queue.Queue", unknown_types: dict[str, int], blocks) -> None:
    """Producer: reads and checks the file's rows, handing blocks (_Block, prepared for the engine by
    `blocks`) to the writer. Runs on its own thread, so checking the next block overlaps the database
    writing this one (sqlite3 and psycopg let go of the GIL while they work). A good row keeps its cells
    and text until written, in case the database already holds it; a bad one goes with its reason."""
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
                out.put(_make_block(good, bad, total, blocks))
                good, bad = [], []
                if stop.is_set():
                    return
        out.put(_make_block(good, bad, total, blocks))
    except BaseException as exc:  # handed to the writer, which raises it in the caller's thread
        out.put(exc)
    finally:
        out.put(_DONE)


def import_file(db: Database, user: User, path: Path | str, *, source: str, mapping: dict[str, str],
                clock: Clock, progress: Callable[[int, int], bool] | None = None,
                chunk: int = BLOCK, transaction_budget_s: float = TRANSACTION_BUDGET_S) -> ImportResult:
    """Imports the file into warnings in blocks of `chunk` rows, a transaction taking the ready blocks for up
    to transaction_budget_s; progress(done, total) is called after each block and returning False cancels
    there (the blocks written are committed, nothing after them)."""
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
    ready: queue.Queue = queue.Queue(maxsize=16)
    producer: threading.Thread | None = None
    result: ImportResult | None = None
    blocks = None
    started_blocks = False
    try:
        index = {h: i for i, h in enumerate(table.header)}
        cols = [index.get(mapping.get(f, ""), -1) for f in _ORDER]
        checker = RowChecker(db, source=source, now=clock.now())
        blocks = warning_blocks(db, COLUMNS)
        now = clock.now_iso()
        with transaction(db):
            batch_id = db.execute(
                "INSERT INTO import_batches (source, filename, started_at, user_id) VALUES (?, ?, ?, ?)",
                [source, path.name, now, user.id]).lastrowid
        result = ImportResult(batch_id)
        result.unmapped_columns = [h for h in table.header if h and h not in mapping.values()]
        header = table.header

        def write(block: _Block) -> tuple[int, list]:
            """Writes a block inside the open transaction: (rows inserted, its rejects in file order)."""
            bad = block.bad
            held = blocks.write(db, block.prepared, source=source, batch_id=batch_id, now=now)
            if held:
                # Already in the database (an earlier import, or another console's meanwhile).
                bad = list(bad)
                for i in held:
                    n, row, text = block.good[i]
                    bad.append((n, row, text, checker.duplicate()))
            bad.sort(key=lambda b: b[0])           # file order, whichever check found them
            rejects = [(n, problem, dict(zip(header, raw)), text.rstrip("\r\n")) for n, raw, text, problem in bad]
            if rejects:
                db.conn.executemany(INSERT_REJECT, [(batch_id, n, json.dumps(raw_dict, ensure_ascii=False),
                                                     problem.message, problem.code, text)
                                                    for n, problem, raw_dict, text in rejects])
            return len(block.good) - len(held), rejects

        def counted(inserted: int, rejects: list) -> None:
            result.ok += inserted
            for n, problem, raw_dict, text in rejects:
                if problem.code == "duplicate":
                    result.duplicate += 1
                else:
                    result.bad += 1
                if len(result.rejects) < SHOWN_REJECTS:
                    result.rejects.append(Reject(n, problem.code, problem.message, raw_dict, text))

        def go_on(block: _Block) -> bool:
            """Reports the block written; False when the officer cancelled."""
            result.total = block.total
            return progress is None or bool(progress(result.total, max(table.total_rows, result.total)))

        cache_before = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        blocks.start(db)
        started_blocks = True
        producer = threading.Thread(target=_check_rows,
                                    args=(table, cols, checker, chunk, stop, ready, result.unknown_fraud_types,
                                          blocks),
                                    name="warning-import-check", daemon=True)
        producer.start()
        finished = False
        while not finished and not result.cancelled:
            item = ready.get()
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            # One transaction takes the blocks that are ready until it has worked TRANSACTION_BUDGET_S: some
            # 1,000 rows a commit on an idle machine, fewer on a loaded one, so the write lock is never held
            # much longer than the budget and one block (fixed 1,000-row transactions held it 3-4 times
            # longer when the machine was loaded; measured). Then the lock is left free PAUSE_S.
            written = []
            with transaction(db):
                t0, since = time.perf_counter(), time.time()
                while True:
                    written.append(write(item))
                    if not go_on(item):
                        result.cancelled = True
                        break
                    if time.perf_counter() - t0 >= transaction_budget_s:
                        break
                    if blocks.writer_waiting(db, since):
                        result.yielded += 1      # a seat waits for the lock: it gets it after this block
                        break
                    try:
                        item = ready.get_nowait()
                    except queue.Empty:
                        break
                    if item is _DONE:
                        finished = True
                        break
                    if isinstance(item, BaseException):
                        raise item
            for inserted, rejects in written:
                counted(inserted, rejects)
            if not finished and not result.cancelled:
                time.sleep(PAUSE_S)
        if not result.cancelled and progress is not None:
            progress(result.total, result.total)
        started_blocks = False
        blocks.finish(db)
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
        if started_blocks and not db.conn.in_transaction:
            try:
                blocks.finish(db)
            except Exception:
                pass
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
                    ready.get(timeout=0.05)
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
