"""Imports a warning list exported by the alert platform: checked rows in, bad rows kept aside with reasons.

Reading and checking run on a second thread (at a lower OS priority, yielding the interpreter every 256
rows), which also prepares each block of BLOCK rows for SQLite: the rows as one JSON array, and the
unigram text of their notes for the full-text index. The caller's thread writes the blocks in short
transactions of a few SQL statements each, during which SQLite works without holding the interpreter: the
rows in one INSERT over the JSON array, both full-text tables for the block in one statement each (the
insert trigger stands aside, see migrations/lookup.py m005), the rejects. A transaction takes the blocks
that are ready for up to TRANSACTION_BUDGET_S, then leaves the write lock free for PAUSE_S, so another
seat's save never waits long for it (the benchmark measures that wait). Duplicates are recognised by
dedupe_key, inside the file and against the database (INSERT OR IGNORE: what another console imported
meanwhile counts too). One audit row per import batch (its warnings carry the batch id), not one per
warning. Cancelling stops after the current transaction: what was committed stays, and importing the same
file again skips it as duplicates.
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

from .. import audit
from ..clock import Clock
from ..users import Permission, User, require
from .mapping import FIELDS, missing_required
from .readers import open_table, write_csv
from .rows import CheckedRow, RowChecker, RowProblem
from ..db import cjk_tokens, transaction
from ..migrations.lookup import CHUNK as TEXT_CHUNK, FULLTEXT_BY_WRITER, KIND_NUMBER, KINDS, MAX_CHUNKS, OVERLAP

BLOCK = 500                   # rows the reading thread hands over at a time
TRANSACTION_BUDGET_S = 0.05   # a transaction takes more ready blocks until it has held the write lock this long
PAUSE_S = 0.004               # then the lock is left free this long, for a seat's save (which asks every 2 ms)
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
# The block's rows that did not go in (already in the database): their places in the JSON array.
NOT_INSERTED = ("SELECT key FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM warnings w "
                "WHERE w.dedupe_key = json_extract(j.value, '$[0]') AND w.batch_id = ?)")
# The full-text rows of the block's notes, as the trigger would write them (rowid scheme of
# migrations/lookup.py): the trigram text cut from the stored notes, the unigram text worked out by the
# reading thread ([dedupe key, chunk, unigram text] per chunk).
_KIND = KIND_NUMBER["warning"]
INSERT_NOTES_TRI = (
    f"INSERT INTO notes_tri (rowid, text, kind, record_id) SELECT (w.id * {KINDS} + {_KIND}) * {MAX_CHUNKS} + c.i, "
    f"substr(w.notes, c.i * {TEXT_CHUNK} + 1, {TEXT_CHUNK + OVERLAP}), 'warning', w.id FROM warnings w "
    f"JOIN fulltext_chunks c ON c.i < (length(w.notes) + {TEXT_CHUNK - 1}) / {TEXT_CHUNK} "
    f"WHERE w.id > ? AND w.batch_id = ? AND w.notes != '' ORDER BY 1")
INSERT_NOTES_UNI = (
    f"INSERT INTO notes_uni (rowid, text, kind, record_id) SELECT (w.id * {KINDS} + {_KIND}) * {MAX_CHUNKS} "
    f"+ json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), 'warning', w.id FROM json_each(?) j "
    f"JOIN warnings w ON w.dedupe_key = json_extract(j.value, '$[0]') AND w.batch_id = ? ORDER BY 1")
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


_DONE = object()


def _lower_thread_priority() -> None:
    """Asks the OS to prefer other threads (the UI's) to the calling one, where it can (Linux: per-thread
    nice). With both cores busy importing, the UI thread otherwise waits its turn for a core."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):
        pass


class _Block:
    """A block of the file ready for the writer: its good rows (line, dedupe key, cells, text) in file order,
    their values as one JSON array, their notes' unigram rows as another, the bad rows, the rows read."""

    __slots__ = ("good", "rows_json", "uni_json", "bad", "total")

    def __init__(self, good, rows_json, uni_json, bad, total):
        self.good, self.rows_json, self.uni_json, self.bad, self.total = good, rows_json, uni_json, bad, total


def _unigram_chunks(key: str, notes: str, cache: dict[str, list[str]], out: list) -> None:
    """The unigram rows of a note's chunks (the same cuts as the full-text triggers), the text of a note
    seen before taken from the cache (platform notes repeat)."""
    tokens = cache.get(notes)
    if tokens is None:
        tokens = [cjk_tokens(notes[i * TEXT_CHUNK:i * TEXT_CHUNK + TEXT_CHUNK + OVERLAP])
                  for i in range(min(MAX_CHUNKS, (len(notes) + TEXT_CHUNK - 1) // TEXT_CHUNK))]
        if len(cache) > 20_000:
            cache.clear()
        cache[notes] = tokens
    for i, t in enumerate(tokens):
        out.append((key, i, t))


def _make_block(good: list, bad: list, total: int, cache: dict[str, list[str]]) -> _Block:
    uni: list[tuple[str, int, str]] = []
    rows = []
    for _, checked, _, _ in good:
        rows.append(checked)
        if checked.notes:
            _unigram_chunks(checked.dedupe_key, checked.notes, cache, uni)
    dumps = json.dumps
    return _Block([(n, c.dedupe_key, row, text) for n, c, row, text in good],
                  dumps(rows, ensure_ascii=False) if rows else "", dumps(uni, ensure_ascii=False) if uni else "",
                  bad, total)


def _check_rows(table, cols: list[int], checker: RowChecker, chunk: int, stop: threading.Event,
                out: "queue.Queue", unknown_types: dict[str, int]) -> None:
    """Producer: reads and checks the file's rows, handing blocks (_Block) to the writer. Runs on its own
    thread, so checking the next block overlaps SQLite writing this one (sqlite3 lets go of the GIL while it
    works). A good row keeps its cells and text until written, in case the database already holds it; a bad
    one goes with its reason."""
    _lower_thread_priority()
    try:
        need = max(cols) + 1
        phone_col, type_col = cols[0], cols[_ORDER.index("fraud_type")]   # phone is required: phone_col >= 0
        seen: set[str] = set()
        good: list[tuple[int, CheckedRow, list[str], str]] = []
        bad: list[tuple[int, list[str], str, RowProblem]] = []
        tokens_cache: dict[str, list[str]] = {}
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
                out.put(_make_block(good, bad, total, tokens_cache))
                good, bad = [], []
                if stop.is_set():
                    return
        out.put(_make_block(good, bad, total, tokens_cache))
    except BaseException as exc:  # handed to the writer, which raises it in the caller's thread
        out.put(exc)
    finally:
        out.put(_DONE)


def import_file(db: Database, user: User, path: Path | str, *, source: str, mapping: dict[str, str],
                clock: Clock, progress: Callable[[int, int], bool] | None = None,
                chunk: int = BLOCK, transaction_budget_s: float = TRANSACTION_BUDGET_S) -> ImportResult:
    """Imports the file into warnings; progress(done, total) returning False cancels after the transaction
    (blocks of `chunk` rows, one transaction taking ready blocks for up to transaction_budget_s)."""
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
    blocks: queue.Queue = queue.Queue(maxsize=16)
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

        def write(block: _Block) -> tuple[int, list]:
            """Writes a block inside the open transaction: (rows inserted, its rejects in file order)."""
            bad = block.bad
            inserted = 0
            if block.rows_json:
                before = db.conn.execute("SELECT coalesce(max(id), 0) FROM warnings").fetchone()[0]
                db.conn.execute(f"INSERT INTO {FULLTEXT_BY_WRITER} (writer) VALUES ('import')")
                inserted = db.conn.execute(INSERT_WARNINGS, [source, batch_id, now, block.rows_json]).rowcount
                db.conn.execute(INSERT_NOTES_TRI, [before, batch_id])
                if block.uni_json:
                    db.conn.execute(INSERT_NOTES_UNI, [block.uni_json, batch_id])
                db.conn.execute(f"DELETE FROM {FULLTEXT_BY_WRITER} WHERE writer = 'import'")
                if inserted < len(block.good):
                    # Already in the database (an earlier import, or another console's meanwhile).
                    bad = list(bad)
                    for (i,) in db.conn.execute(NOT_INSERTED, [block.rows_json, batch_id]).fetchall():
                        n, _key, row, text = block.good[i]
                        bad.append((n, row, text, checker.duplicate()))
                    bad.sort(key=lambda b: b[0])           # file order, whichever check found them
            rejects = []
            for n, raw, text, problem in bad:
                rejects.append((n, problem, dict(zip(header, raw)), text.rstrip("\r\n")))
            db.conn.executemany(INSERT_REJECT, [(batch_id, n, json.dumps(raw_dict, ensure_ascii=False),
                                                 problem.message, problem.code, text)
                                                for n, problem, raw_dict, text in rejects])
            return inserted, rejects

        def counted(inserted: int, rejects: list) -> None:
            result.ok += inserted
            for n, problem, raw_dict, text in rejects:
                if problem.code == "duplicate":
                    result.duplicate += 1
                else:
                    result.bad += 1
                if len(result.rejects) < SHOWN_REJECTS:
                    result.rejects.append(Reject(n, problem.code, problem.message, raw_dict, text))

        cache_before = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        producer = threading.Thread(target=_check_rows,
                                    args=(table, cols, checker, chunk, stop, blocks, result.unknown_fraud_types),
                                    name="warning-import-check", daemon=True)
        producer.start()
        finished = False
        while not finished:
            item = blocks.get()
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            # One transaction takes the blocks that are ready, for as long as TRANSACTION_BUDGET_S allows:
            # few commits on a fast machine, short holds of the write lock on a loaded one.
            with transaction(db):
                t0 = time.perf_counter()
                written = [write(item)]
                while time.perf_counter() - t0 < transaction_budget_s:
                    try:
                        more = blocks.get_nowait()
                    except queue.Empty:
                        break
                    if more is _DONE:
                        finished = True
                        break
                    if isinstance(more, BaseException):
                        raise more
                    written.append(write(more))
                    item = more
            if not finished:
                time.sleep(PAUSE_S)
            for inserted, rejects in written:
                counted(inserted, rejects)
            result.total = item.total
            if progress is not None and not progress(result.total, max(table.total_rows, result.total)):
                result.cancelled = True
                break
        if not result.cancelled and progress is not None:
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
