"""Reads the alert platform's export files (CSV in UTF-8 or GB18030, XLSX) as a header and rows of text.

What is read is bounded, so no file can swallow, stall or abort an import: a CSV line is at most
MAX_LINE_CHARS characters and a record at most MAX_RECORD_LINES lines (a quote left open swallows no
more than that: the record is reported and reading resumes on its next line), a row at most
MAX_COLUMNS columns, and an XLSX's parts are checked against their unpacked sizes before anything is
unpacked. The encoding is decided from the whole file, decoding strictly: UTF-8 (with or without a BOM),
else GB18030; a file that is neither is refused, never read with characters silently replaced.
Every record carries the line it starts on and its text as written, for the rejects list.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from console.models.core.export_files import write_csv_private

MAX_LINE_CHARS = 64 * 1024          # a warning row is a few hundred characters
MAX_RECORD_LINES = 50               # a quoted field may hold line breaks, not a whole file
MAX_COLUMNS = 1024
SHOWN_TEXT_CHARS = 2000             # of a bad line, kept for the rejects list
MAX_XLSX_SHEET_BYTES = 512 * 1024 * 1024    # a year's warnings unpack to about 120 MB
MAX_XLSX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024
MAX_XLSX_OTHER_PART_BYTES = 64 * 1024 * 1024
MAX_XLSX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_XLSX_PARTS = 10_000
_READ_CHUNK = 1 << 20


class UnreadableFileError(Exception):
    """The file is not a CSV or XLSX table the console can read (the message says why, for the officer)."""


class Record(NamedTuple):
    """One row of the file: the line (CSV) or row (XLSX) it starts on, its cells, its text as in the file,
    and why it could not be read as a row (None when it could)."""

    line: int
    cells: list[str]
    text: str
    problem: str | None


@dataclass
class TableFile:
    """An open export file: its header, an estimate of its row count, and its records."""

    path: Path
    header: list[str]
    total_rows: int
    records: Iterator[Record]
    encoding: str = ""
    _closer: object = field(default=None, repr=False)

    @property
    def rows(self) -> Iterator[list[str]]:
        """The cells of every readable row (for a preview)."""
        return (r.cells for r in self.records if r.problem is None)

    def close(self) -> None:
        if self._closer is not None:
            self._closer.close()


# -- CSV ------------------------------------------------------------------------------------------------

def decide_encoding(path: Path) -> tuple[str, int]:
    """(encoding, line count) from decoding the whole file strictly: utf-8-sig, else gb18030.

    Raises UnreadableFileError naming the first line that is neither."""
    first_error: tuple[int, int] | None = None
    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        lines = offset = 0
        try:
            with path.open("rb") as f:
                while chunk := f.read(_READ_CHUNK):
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError as exc:
                        bad_line = lines + chunk.count(b"\n", 0, max(0, exc.start)) + 1
                        raise _Undecodable(offset + exc.start, bad_line) from None
                    lines += chunk.count(b"\n")
                    offset += len(chunk)
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    raise _Undecodable(offset, lines + 1) from None
        except _Undecodable as bad:
            if first_error is None or bad.line > first_error[1]:
                first_error = (bad.offset, bad.line)
            continue
        return encoding, lines
    assert first_error is not None
    raise UnreadableFileError(
        QCoreApplication.translate("WarningFiles", "The file is neither UTF-8 nor GB18030 text (line %1 cannot be read). Save it again from the "
            "platform or from Excel as \"CSV UTF-8\".").replace("%1", str(first_error[1])))


class _Undecodable(Exception):
    def __init__(self, offset: int, line: int):
        self.offset, self.line = offset, line


class _RecordTooLong(Exception):
    pass


class _LineFeed:
    """Feeds the csv module one physical line at a time, each bounded, and keeps the current record's lines.

    feed() is a generator for speed; raising _RecordTooLong ends it, and the reader goes on with a fresh one
    (every bit of state is here, not in the generator)."""

    def __init__(self, f):
        self.readline = f.readline
        self.next_no = 1                        # the number of the next line handed out
        self.pending: deque[tuple[str, bool]] = deque()   # lines to hand out again: (text, cut short)
        self.lines: list[str] = []              # the current record's lines
        self.start = 1                          # the number of its first line
        self.cut = False                        # its last line was longer than MAX_LINE_CHARS

    def feed(self) -> Iterator[str]:
        lines, pending, readline = self.lines, self.pending, self.readline
        limit = MAX_LINE_CHARS + 1
        while True:
            if len(lines) >= MAX_RECORD_LINES:
                raise _RecordTooLong()
            cut = False
            if pending:
                line, cut = pending.popleft()
            else:
                line = readline(limit)
                if not line:
                    if lines:                   # the file ended inside a quoted field
                        raise _RecordTooLong()
                    return
                if len(line) == limit and line[-1] != "\n":
                    while rest := readline(limit):      # the rest of the line is skipped, not kept
                        if rest[-1] == "\n":
                            break
                    line, cut = line[:SHOWN_TEXT_CHARS] + "…\n", True
            if not lines:
                self.start = self.next_no
            self.next_no += 1
            lines.append(line)
            if cut:
                self.cut = True
                raise _RecordTooLong()
            yield line

    def skip_record(self) -> tuple[int, str, bool]:
        """Drops the current record's first line, to be reported, and hands the others out again."""
        first, rest, cut = self.lines[0], self.lines[1:], self.cut and len(self.lines) == 1
        self.pending.extendleft(reversed([(line, self.cut and i == len(rest) - 1) for i, line in enumerate(rest)]))
        self.next_no = self.start + 1
        self.lines.clear()
        self.cut = False
        return self.start, first, cut


def _text(lines: list[str]) -> str:
    text = "".join(lines).rstrip("\r\n")
    return text if len(text) <= SHOWN_TEXT_CHARS else text[:SHOWN_TEXT_CHARS] + "…"


def _csv_records(feed: _LineFeed, delimiter: str) -> Iterator[Record]:
    too_long = QCoreApplication.translate(
        "WarningFiles", "Line longer than %1 characters: skipped, reading went on with the next line.").replace(
        "%1", f"{MAX_LINE_CHARS:,}")
    open_quote = QCoreApplication.translate(
        "WarningFiles", "A quote opened on this line is never closed: the line was skipped, reading went on with "
        "the next line.")
    too_wide = QCoreApplication.translate("WarningFiles", "More than %1 columns.").replace("%1", str(MAX_COLUMNS))
    lines = feed.lines
    make = tuple.__new__              # Record(...) through its Python __new__ costs more than the row's reading
    while True:
        try:
            for cells in csv.reader(feed.feed(), delimiter=delimiter):
                text = lines[0] if len(lines) == 1 else _text(lines)
                lines.clear()
                if len(cells) > MAX_COLUMNS:
                    yield make(Record, (feed.start, [], text[:SHOWN_TEXT_CHARS], too_wide))
                else:
                    yield make(Record, (feed.start, cells, text, None))
            return
        except _RecordTooLong:
            start, first, cut = feed.skip_record()
            yield Record(start, [], _text([first]), too_long if cut else open_quote)
        except csv.Error as exc:
            start, text = feed.start, _text(lines)
            lines.clear()
            yield Record(start, [], text, QCoreApplication.translate("WarningFiles", "Not a CSV row: %1")
                         .replace("%1", str(exc)))


def _delimiter(first_line: str) -> str:
    return max((",", "\t", ";", "|"), key=first_line.count) if first_line else ","


def open_csv(path: Path) -> TableFile:
    encoding, lines = decide_encoding(path)
    f = path.open(encoding=encoding, newline="", errors="strict")
    try:
        first = f.readline(MAX_LINE_CHARS + 1)
        f.seek(0)
        records = _csv_records(_LineFeed(f), _delimiter(first))
        head = next(records, None)
        while head is not None and head.problem is None and not any(c.strip() for c in head.cells):
            head = next(records, None)          # blank lines above the header
        if head is None:
            raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "The file is empty."))
        if head.problem is not None:
            raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "The header row (line %1) cannot be read: %2")
                                      .replace("%1", str(head.line)).replace("%2", head.problem))
    except BaseException:
        f.close()
        raise
    header = [h.strip().lstrip("\ufeff") for h in head.cells]
    return TableFile(path, header, max(0, lines - head.line), records, encoding, f)


# -- XLSX -----------------------------------------------------------------------------------------------

def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            # A number typed into Excel (13800001234, 85291234567) arrives as 13800001234.0 or 8.5291234567E10:
            # the digits it holds, no exponent and no ".0".
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    return str(value)


def check_xlsx_parts(path: Path) -> None:
    """Refuses a workbook whose parts would unpack to more than the console reads (a zip bomb), before any
    part is unpacked. The declared sizes bind: Python's zipfile never unpacks more than a part declares."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "Not an XLSX workbook: %1").replace("%1", str(exc))) from exc
    if len(infos) > MAX_XLSX_PARTS:
        raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "The workbook has %1 parts; at most %2 are read.")
                                  .replace("%1", f"{len(infos):,}").replace("%2", f"{MAX_XLSX_PARTS:,}"))
    total = 0
    for info in infos:
        name = info.filename
        limit = (MAX_XLSX_SHEET_BYTES if name.startswith("xl/worksheets/")
                 else MAX_XLSX_SHARED_STRINGS_BYTES if name == "xl/sharedStrings.xml"
                 else MAX_XLSX_OTHER_PART_BYTES)
        total += info.file_size
        if info.file_size > limit or total > MAX_XLSX_TOTAL_BYTES:
            raise UnreadableFileError(
                QCoreApplication.translate("WarningFiles", "The workbook is too large to read: its part %1 unpacks to %2 MB (at most %3 MB). Split the "
                    "list or export it as CSV.").replace("%1", name).replace("%2", f"{info.file_size / 2**20:,.0f}")
                .replace("%3", f"{min(limit, MAX_XLSX_TOTAL_BYTES) / 2**20:,.0f}"))


def _xlsx_records(ws, width: int) -> Iterator[Record]:
    n = 1
    try:
        for n, values in enumerate(ws.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
            cells = [_cell_text(v) for v in values]
            yield Record(n, cells, "\t".join(cells), None)
    except (UnreadableFileError, GeneratorExit):
        raise
    except Exception as exc:  # a damaged sheet: the rows before it were read; the rest cannot be
        raise UnreadableFileError(QCoreApplication.translate(
            "WarningFiles", "The workbook is damaged after row %1: %2").replace("%1", str(n)).replace(
            "%2", str(exc) or type(exc).__name__)) from exc


def open_xlsx(path: Path) -> TableFile:
    check_xlsx_parts(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "Not an XLSX workbook: %1").replace("%1", str(exc))) from exc
    try:
        ws = wb.active
        first = next(ws.iter_rows(max_row=1, max_col=MAX_COLUMNS + 1, values_only=True), None)
        if first is None:
            raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "The file is empty."))
        header = [_cell_text(v).strip() for v in first]
        while header and not header[-1]:
            header.pop()
        if len(header) > MAX_COLUMNS:
            raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "More than %1 columns.").replace("%1", str(MAX_COLUMNS)))
        if not header:
            raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "The file is empty."))
    except Exception as exc:
        wb.close()
        if isinstance(exc, UnreadableFileError):
            raise
        raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "Not an XLSX workbook: %1").replace("%1", str(exc))) from exc
    return TableFile(path, header, max(0, (ws.max_row or 1) - 1), _xlsx_records(ws, len(header)), "xlsx", wb)


def open_table(path: Path | str) -> TableFile:
    """The file as a table; UnreadableFileError (with a reason for the officer) or OSError when it is not one."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFileError(QCoreApplication.translate("WarningFiles", "Not a file: %1").replace("%1", str(path)))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return open_xlsx(path)
    with path.open("rb") as f:
        magic = f.read(4)
    if magic == b"PK\x03\x04":
        return open_xlsx(path)     # a workbook saved under another name
    return open_csv(path)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Writes rows as UTF-8 CSV with a BOM (Excel on a Chinese Windows opens it correctly), every cell safe
    from spreadsheet formulas, the file complete or absent and readable by this user only."""
    write_csv_private(path, header, rows)
