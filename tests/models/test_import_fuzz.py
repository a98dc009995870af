"""Any bytes or text given to the import readers: rows with their problems, or the readers' own clear
"cannot read" error, never another exception."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.models.warnings.readers import Record, UnreadableFileError, open_table

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SUFFIXES = (".csv", ".txt", ".xlsx")
_CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | \
    st.sampled_from(['"', '""', '"a', "a\"b", "\r", "\n", "\r\n", ",", ";", "\t", "|", "\ufeff", "\x00", "=1+1"])


def _read_all(path: Path) -> list[Record]:
    try:
        table = open_table(path)
    except UnreadableFileError as exc:
        assert str(exc)                              # a reason the officer can read
        return []
    try:
        assert isinstance(table.header, list) and all(isinstance(h, str) for h in table.header)
        records = list(table.records)
    finally:
        table.close()
    for r in records:
        assert isinstance(r.line, int) and r.line >= 1
        assert r.problem is None or r.cells == []          # a row that could not be read has no cells
        assert all(isinstance(c, str) for c in r.cells) and isinstance(r.text, str)
    lines = [r.line for r in records]
    assert lines == sorted(lines)
    return records


def _write(data: bytes, suffix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    path = folder / f"f{suffix}"
    path.write_bytes(data)
    return path


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(_SUFFIXES))
def test_arbitrary_bytes(data, suffix):
    _read_all(_write(data, suffix))


@FUZZ
@given(text=st.text(max_size=1500), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_arbitrary_text(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    _read_all(_write(data, ".csv"))


@FUZZ
@given(rows=st.lists(st.lists(_CELL, max_size=8), max_size=25), encoding=st.sampled_from(["utf-8-sig", "gb18030"]))
def test_csv_like_rows_keep_their_order_and_count(rows, encoding):
    buf = io.StringIO()
    csv.writer(buf).writerows([["编号", "手机号", "时间"], *rows])
    try:
        data = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return
    records = _read_all(_write(data, ".csv"))
    assert len(records) <= len(rows) + buf.getvalue().count("\n")
