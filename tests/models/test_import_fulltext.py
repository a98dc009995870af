"""A warnings import writes its notes' full-text rows itself, block by block: the rows are exactly those the
triggers (and the maintenance rebuild) write, words of imported notes are found, duplicates already in the
database are reported row by row, and every other write of a warning is still indexed by the triggers."""

from __future__ import annotations

import pytest

import csv

from console.models.lookup import search as lookup
from console.models.core.db import transaction
from console.models.migrations.lookup import CHUNK, KIND_NUMBER, KINDS, MAX_CHUNKS, rebuild_fulltext
from console.models.warnings.importer import import_file
from console.models.warnings.mapping import guess_mapping

HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "备注"]
LONG = ("受害人称对方自称客服要求下载会议软件共享屏幕并转账到所谓安全账户" * 60)[:3 * CHUNK + 77]


pytestmark = pytest.mark.sqlite_only("SQLite's FTS5 rows the importer writes (the server's are kept by pg_trgm indexes)")


def write_csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def warning_fulltext(db) -> dict[str, dict[int, str]]:
    """Every warning's full-text rows, by table."""
    out = {}
    for table in ("notes_tri", "notes_uni"):
        out[table] = {rowid: text for rowid, text in db.execute(f"SELECT rowid, text FROM {table}")
                      if (rowid // MAX_CHUNKS) % KINDS == KIND_NUMBER["warning"]}
    return out


def rows(n: int, start: int = 0) -> list[list[str]]:
    notes = ("", "冒充公检法称其涉嫌洗钱", LONG, "平台推送：刷单返利", "Zoom 会议共享屏幕")
    return [[f"F{i}", f"139{i:08d}", "2026-11-25 10:00:00", "red", "刷单返利", notes[i % len(notes)]]
            for i in range(start, start + n)]


def test_imported_notes_get_the_rows_the_triggers_would_write(db, officer, clock, tmp_path):
    path = write_csv(tmp_path / "w.csv", rows(230) + [["X1", "13812345678", "2026-11-25 10:00:00", "red",
                                                        "不认识的类型", "备注"]])
    result = import_file(db, officer, path, source="p", mapping=guess_mapping(HEADER), clock=clock, chunk=40)
    assert result.ok == 231
    imported = warning_fulltext(db)
    assert len(imported["notes_tri"]) == len(imported["notes_uni"]) > 184      # long notes: several chunks each
    assert db.execute("SELECT count(*) FROM fulltext_by_writer").fetchone() == (0,)
    with transaction(db):
        rebuild_fulltext(db)                      # what the triggers and the maintenance command write
    assert warning_fulltext(db) == imported
    # The unknown type's label went into the notes (by the row checks) and is found like any word.
    assert [h.record_id for h in lookup.search(db, "不认识的类型").groups["warning"]] == \
        [r[0] for r in db.execute("SELECT id FROM warnings WHERE external_id = 'X1'")]
    assert len(lookup.search(db, "洗钱").groups["warning"]) == 46            # a two-character word: unigrams


def test_rows_already_in_the_database_are_reported_and_not_indexed_twice(db, officer, clock, tmp_path):
    first = import_file(db, officer, write_csv(tmp_path / "a.csv", rows(30)), source="p",
                        mapping=guess_mapping(HEADER), clock=clock, chunk=7)
    before = warning_fulltext(db)
    again = import_file(db, officer, write_csv(tmp_path / "b.csv", rows(40, start=20)), source="p",
                        mapping=guess_mapping(HEADER), clock=clock, chunk=7)
    assert (first.ok, again.ok, again.duplicate) == (30, 30, 10)
    assert sorted(r.row_number for r in again.rejects) == list(range(2, 12))     # lines 2-11 of the file
    assert {r.code for r in again.rejects} == {"duplicate"}
    after = warning_fulltext(db)
    assert {k: v for k, v in after["notes_tri"].items() if k in before["notes_tri"]} == before["notes_tri"]
    with transaction(db):
        rebuild_fulltext(db)
    assert warning_fulltext(db) == after


def test_a_warning_written_outside_an_import_is_indexed_by_the_trigger(db, officer, clock, tmp_path):
    import_file(db, officer, write_csv(tmp_path / "a.csv", rows(3)), source="p", mapping=guess_mapping(HEADER),
                clock=clock)
    with transaction(db):
        db.execute("INSERT INTO warnings (source, dedupe_key, received_at, deadline_at, level, phone_raw, "
                   "notes, updated_at) VALUES ('manual', 'm1', '2026-11-25 11:00:00', '2026-11-25 11:30:00', "
                   "'red', '13900000000', '受害人在银行柜台准备汇款', '2026-11-25 11:00:00')")
    assert len(lookup.search(db, "柜台").groups["warning"]) == 1
    assert len(lookup.search(db, "银行柜台准备").groups["warning"]) == 1
