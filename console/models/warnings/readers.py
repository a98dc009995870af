"""Reads the alert platform's export files (CSV in UTF-8 or GB18030, XLSX) as a header and rows of text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SNIFF_BYTES = 64 * 1024


class UnreadableFileError(Exception):
    """The file is not a CSV or XLSX table the console can read."""


@dataclass
class TableFile:
    """An open export file: its header, an estimate of its row count, and an iterator over its rows."""

    path: Path
    header: list[str]
    total_rows: int
    rows: Iterator[list[str]]
    _closer: object = None

    def close(self) -> None:
        if self._closer is not None:
            self._closer.close()


def detect_encoding(sample: bytes) -> str:
    """utf-8-sig when the start decodes as UTF-8, else GB18030 (what Chinese Excel writes)."""
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        if exc.start >= len(sample) - 3:
            return "utf-8-sig"
        return "gb18030"


def _count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def open_csv(path: Path) -> TableFile:
    with path.open("rb") as f:
        sample = f.read(SNIFF_BYTES)
    encoding = detect_encoding(sample)
    text = sample.decode(encoding, errors="ignore")
    first = text.splitlines()[0] if text else ""
    delimiter = max((",", "\t", ";", "|"), key=first.count) if first else ","
    f = path.open(encoding=encoding, newline="", errors="replace")
    reader = csv.reader(f, delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        f.close()
        raise UnreadableFileError("empty file") from None
    except csv.Error as exc:
        f.close()
        raise UnreadableFileError(str(exc)) from exc
    return TableFile(path, header, max(0, _count_lines(path) - 1), reader, f)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))      # phone numbers typed into Excel arrive as 13800001234.0
    return str(value)


def open_xlsx(path: Path) -> TableFile:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise UnreadableFileError(str(exc)) from exc
    ws = wb.active
    it = ws.iter_rows(values_only=True)
    try:
        header = [_cell_text(v).strip() for v in next(it)]
    except StopIteration:
        wb.close()
        raise UnreadableFileError("empty sheet") from None
    rows = ([_cell_text(v) for v in row] for row in it)
    return TableFile(path, header, max(0, (ws.max_row or 1) - 1), rows, wb)


def open_table(path: Path | str) -> TableFile:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return open_xlsx(path)
    return open_csv(path)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Writes rows as UTF-8 CSV with a BOM, so Excel on a Chinese Windows opens it correctly."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8-sig", newline="")
