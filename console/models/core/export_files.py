"""Every file the console writes for someone else: private (0600), complete or absent, and free of formulas.

- ``spreadsheet_safe(value)`` neutralises a cell a spreadsheet would run as a formula (OWASP "CSV injection":
  a text starting with = + - @, tab or CR gets a leading single quote); plain numbers such as
  ``+8613800001234`` or ``-12.50`` are left alone, since no formula can hide in digits.
- ``xlsx_text_cells(ws)`` makes every such cell of an openpyxl sheet a string with Excel's quote prefix,
  never a formula: what the officer sees stays the same text.
- ``FileSet`` writes several files to temporary names beside their targets and renames them only once all
  are complete; nothing is left behind when one fails. ``write_private`` does it for one file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
PRIVATE_MODE = 0o600


def is_formula_like(value: object) -> bool:
    """True for a text a spreadsheet would read as a formula (or the start of one)."""
    return (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and _PLAIN_NUMBER.fullmatch(value) is None)


def spreadsheet_safe(value: object) -> object:
    """The value for a CSV cell: a formula-like text gets a leading ' (shown by Excel as the plain text)."""
    return "'" + value if is_formula_like(value) else value


def safe_row(row: Iterable[object]) -> list[object]:
    return [spreadsheet_safe(v) for v in row]


def xlsx_text_cells(ws) -> None:
    """Every formula-like text of the sheet stays text: type string, Excel's quote prefix set."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and is_formula_like(cell.value):
                cell.data_type = "s"          # openpyxl made it a formula ('f') on assignment
                cell.quotePrefix = True       # and Excel keeps it text when the cell is edited


class ExportError(OSError):
    """A file could not be written completely; nothing of it was left behind."""


def _check_target(path: Path) -> None:
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExportError(QCoreApplication.translate(
            "ExportFiles", "%1 is in the way: a folder or link has that name").replace("%1", path.name))


class FileSet:
    """Files that appear together or not at all.

    ``with FileSet() as files: p = files.new(target); write(p)`` writes to a private temporary file in the
    target's folder; leaving the block without an error renames every one onto its target. On an error,
    every temporary file is removed and any target renamed so far that did not exist before is removed too.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def new(self, target: Path) -> Path:
        target = Path(target)
        _check_target(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)                  # mkstemp creates it 0600; writers that reopen it keep the mode
        self._pending.append((Path(tmp), target))
        return Path(tmp)

    def _discard(self) -> None:
        for tmp, _ in self._pending:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._pending = []

    def commit(self) -> list[Path]:
        done: list[tuple[Path, bool]] = []
        try:
            for tmp, target in self._pending:
                if tmp.stat().st_size == 0:
                    raise ExportError(QCoreApplication.translate(
                        "ExportFiles", "%1 came out empty").replace("%1", target.name))
                _check_target(target)
            for tmp, target in self._pending:
                os.chmod(tmp, PRIVATE_MODE)
                with open(tmp, "rb") as f:
                    os.fsync(f.fileno())
            for tmp, target in self._pending:
                existed = target.exists()
                os.replace(tmp, target)
                done.append((target, existed))
        except BaseException:
            for target, existed in done:
                if not existed:
                    with contextlib.suppress(OSError):
                        target.unlink()
            self._discard()
            raise
        targets = [t for _, t in self._pending]
        self._pending = []
        return targets

    def __enter__(self) -> "FileSet":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self._discard()


def write_private(path: Path, write: Callable[[Path], object]) -> Path:
    """Writes one file through write(temporary path), then renames it into place (mode 0600)."""
    with FileSet() as files:
        write(files.new(path))
    return Path(path)


def csv_text(header: list[str] | None, rows: Iterable[Iterable[object]], *, delimiter: str = ",") -> str:
    """Rows as CSV text with every cell made spreadsheet-safe."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter)
    if header is not None:
        w.writerow(safe_row(header))
    for row in rows:
        w.writerow(safe_row(row))
    return buf.getvalue()


def write_csv_private(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> Path:
    """UTF-8 CSV with a BOM (Excel on a Chinese Windows reads it right), safe cells, 0600, all or nothing."""
    text = csv_text(header, rows)
    return write_private(path, lambda tmp: tmp.write_text(text, encoding="utf-8-sig", newline=""))
