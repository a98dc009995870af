"""Warning files as they really arrive: odd encodings, stray quotes, giant fields and rows, zip bombs,
spreadsheet-mangled numbers, unknown headers and fraud types. Every good row is kept, every bad one reported
with its line and its text; a file that cannot be read at all is refused with a clear reason."""

from __future__ import annotations

import csv
import time
import zipfile

import pytest
from openpyxl import Workbook

from console.models.warnings.importer import batch_rejects, import_file
from console.models.warnings.mapping import guess_mapping
from console.models.warnings.readers import MAX_LINE_CHARS, UnreadableFileError, open_table

HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "区县", "涉诈号码", "涉诈APP"]


def row(i: int, **changes) -> list[str]:
    r = [f"W{i:05d}", f"139{i:08d}", "2026-11-25 13:00:00", "红色", "刷单返利", "", "孝南区", "", ""]
    for k, v in changes.items():
        r[HEADER.index(k)] = v
    return r


def write_rows(path, rows, header=HEADER, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def run(db, officer, clock, path, header=HEADER):
    return import_file(db, officer, path, source="t", mapping=guess_mapping(header), clock=clock)


def _batch_finished(db, batch_id):
    return db.execute("SELECT finished_at IS NOT NULL, cancelled FROM import_batches WHERE id = ?",
                      [batch_id]).fetchone()


# -- encodings --------------------------------------------------------------------------------------------

def test_gb18030_with_chinese_only_after_the_first_64_kib_is_read_right(db, officer, clock, tmp_path):
    ascii_rows = [row(i, 诈骗类型="rebate", 区县="420902", 预警等级="red") for i in range(1500)]
    chinese = [row(9000, 姓名="欧阳娜娜", 预警等级="橙色", 区县="汉川市")]
    path = write_rows(tmp_path / "gbk.csv", ascii_rows + chinese, header=["id", "phone", "time", "level",
                      "fraud_type", "name", "district", "fraud_number", "fraud_app"], encoding="gb18030")
    head = path.read_bytes()[: 64 * 1024]
    assert head.isascii() and not path.read_bytes().isascii()

    result = run(db, officer, clock, path, ["id", "phone", "time", "level", "fraud_type", "name", "district",
                                            "fraud_number", "fraud_app"])
    assert db.execute("SELECT person_name, level, district_code FROM warnings WHERE external_id = 'W09000'"
                      ).fetchone() == ("欧阳娜娜", "orange", "420984")
    assert result.ok == 1501
    table = open_table(path)
    assert table.encoding == "gb18030"
    table.close()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_and_without_bom(db, officer, clock, tmp_path, encoding):
    path = write_rows(tmp_path / "u.csv", [row(1, 姓名="张三")], encoding=encoding)
    table = open_table(path)
    assert table.header == HEADER and table.encoding == "utf-8-sig"
    table.close()
    assert run(db, officer, clock, path).ok == 1
    assert db.execute("SELECT person_name FROM warnings").fetchone() == ("张三",)


def test_a_file_that_is_neither_utf8_nor_gb18030_is_refused_never_garbled(tmp_path):
    path = tmp_path / "mixed.csv"
    good = "预警编号,手机号,预警时间,预警等级\n".encode("utf-8") + b"W1,13900000001,2026-11-25 13:00:00,red\n" * 3
    path.write_bytes(good + b"W2,13900000002,\xff\xfe\x80,red\n")
    with pytest.raises(UnreadableFileError) as err:
        open_table(path)
    assert "line 5" in str(err.value) and "UTF-8" in str(err.value)


# -- bounded reading --------------------------------------------------------------------------------------

def test_an_unbalanced_quote_swallows_one_row_not_the_rest(db, officer, clock, tmp_path):
    path = write_rows(tmp_path / "q.csv", [row(i) for i in range(2000)])
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    lines[6] = lines[6].replace("W00005,", 'W00005,"', 1)          # line 7 opens a quote it never closes
    path.write_text("".join(lines), encoding="utf-8-sig")

    result = run(db, officer, clock, path)
    assert (result.total, result.ok, result.bad) == (2000, 1999, 1)
    bad = result.rejects[0]
    assert bad.row_number == 7 and bad.code == "unreadable_row" and bad.text.startswith('W00005,"139')
    assert "quote" in bad.reason
    assert _batch_finished(db, result.batch_id) == (1, 0)


def test_a_field_over_128_kib_is_reported_and_the_import_finishes(db, officer, clock, tmp_path):
    rows = [row(i) for i in range(3000)]
    rows[1200][5] = "长" * (130 * 1024)
    rows[2500][5] = "x" * (200 * 1024)
    path = write_rows(tmp_path / "big-field.csv", rows)
    result = run(db, officer, clock, path)
    assert (result.ok, result.bad) == (2998, 2)
    assert [r.row_number for r in result.rejects] == [1202, 2502]
    assert all(len(r.text) < 3000 for r in result.rejects)            # a bounded part, not 200 KiB
    assert all("longer than" in r.reason for r in result.rejects)
    assert _batch_finished(db, result.batch_id) == (1, 0)


def test_a_header_of_a_million_columns_is_refused_and_a_wide_row_reported(db, officer, clock, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n1,2\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(UnreadableFileError):
        open_table(path)
    assert time.perf_counter() - started < 5

    rows = [row(1), row(2) + ["x"] * 5000, row(3)]
    path = write_rows(tmp_path / "row-wide.csv", rows)
    result = run(db, officer, clock, path)
    assert (result.ok, result.bad) == (2, 1) and result.rejects[0].row_number == 3
    assert len(row(2)) < MAX_LINE_CHARS


def _patch_declared_size(path, member: str, size: int) -> None:
    """Makes member declare `size` unpacked bytes, as a zip bomb's part does (without writing gigabytes)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    local = info.header_offset
    data[local + 22: local + 26] = size.to_bytes(4, "little")
    name = member.encode()
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        name_len = int.from_bytes(data[pos + 28: pos + 30], "little")
        if data[pos + 46: pos + 46 + name_len] == name:
            data[pos + 24: pos + 28] = size.to_bytes(4, "little")
            break
        pos += 4
    path.write_bytes(bytes(data))


def test_an_xlsx_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    wb = Workbook()
    wb.active.append(HEADER)
    path = tmp_path / "bomb.xlsx"
    wb.save(path)
    _patch_declared_size(path, "xl/worksheets/sheet1.xml", 4_000_000_000)
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("xl/worksheets/sheet1.xml").file_size == 4_000_000_000
    started = time.perf_counter()
    with pytest.raises(UnreadableFileError) as err:
        open_table(path)
    assert time.perf_counter() - started < 1
    assert "sheet1.xml" in str(err.value)


def test_not_a_workbook_and_not_a_file_are_refused(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("预警编号,手机号\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError):
        open_table(fake)
    with pytest.raises(UnreadableFileError):
        open_table(tmp_path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFileError):
        open_table(empty)


# -- what the rejects show --------------------------------------------------------------------------------

def test_every_reject_has_its_line_and_text_in_file_order(db, officer, clock, tmp_path):
    first = write_rows(tmp_path / "first.csv", [row(1), row(2)])
    run(db, officer, clock, first)
    rows = [row(5, 手机号="12345"), row(1), row(6), row(2), row(7, 预警等级="紫色")]
    path = write_rows(tmp_path / "second.csv", rows)
    result = run(db, officer, clock, path)
    assert [(r.row_number, r.code) for r in result.rejects] == [
        (2, "bad_phone"), (3, "duplicate"), (5, "duplicate"), (6, "bad_level")]
    expected = path.read_text(encoding="utf-8-sig").splitlines()
    assert [r.text for r in result.rejects] == [expected[n - 1] for n in (2, 3, 5, 6)]
    stored = batch_rejects(db, result.batch_id)
    assert [(r.row_number, r.text) for r in stored] == [(r.row_number, r.text) for r in result.rejects]
    assert stored[1].raw["预警编号"] == "W00001"           # the database duplicate has its cells too


# -- spreadsheets -----------------------------------------------------------------------------------------

def test_numbers_a_spreadsheet_mangled_are_reported_not_guessed(db, officer, clock, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["预警编号", "手机号码", "预警时间", "预警等级", "所属辖区", "涉诈号码"])
    ws.append([1001, 13800001234, "2026-11-25 13:00:00", "红色", "孝南区", 85291234567])     # fine
    ws.append([1002, 85291234567, "2026-11-25 13:00:00", "红色", "孝南区", ""])    # was +85291234567
    ws.append([1003, 7122345678, "2026-11-25 13:00:00", "红色", "孝南区", ""])     # was 0712-2345678
    ws.append([1004, 8.613800001235e12, "2026-11-25 13:00:00", "红色", "孝南区", ""])   # 86 13800001235 as float
    path = tmp_path / "numbers.xlsx"
    wb.save(path)
    table = open_table(path)
    cells = list(table.rows)
    table.close()
    assert [c[1] for c in cells] == ["13800001234", "85291234567", "7122345678", "8613800001235"]
    assert cells[0][0] == "1001" and cells[0][5] == "85291234567"

    result = import_file(db, officer, path, source="x", mapping=guess_mapping(
        ["预警编号", "手机号码", "预警时间", "预警等级", "所属辖区", "涉诈号码"]), clock=clock)
    assert result.ok == 2
    assert [(r.row_number, r.code) for r in result.rejects] == [(3, "mangled_phone"), (4, "mangled_phone")]
    assert "85291234567" in result.rejects[0].reason and "spreadsheet" in result.rejects[0].reason
    assert db.execute("SELECT phone_e164, district_code FROM warnings ORDER BY external_id").fetchall() == [
        ("+8613800001234", "420902"), ("+8613800001235", "420902")]


def test_usual_headers_are_recognised_and_unknown_ones_named(db, officer, clock, tmp_path):
    header = ["序号", "预警单号", "预警对象号码", "预警下发时间", "风险等级（红/橙/黄）", "预警类型", "所属辖区",
              "涉诈电话", "涉诈应用", "简要案情", "处置时限"]
    mapping = guess_mapping(header)
    assert mapping == {"external_id": "预警单号", "phone": "预警对象号码", "received_at": "预警下发时间",
                       "level": "风险等级（红/橙/黄）", "fraud_type": "预警类型", "district": "所属辖区",
                       "fraud_number": "涉诈电话", "fraud_app": "涉诈应用", "notes": "简要案情"}
    english = ["Alert ID", "Phone Number", "Received Time", "Alert Level", "Fraud Type", "Victim Name",
               "Jurisdiction", "Suspect Number", "App Name", "Remarks"]
    assert len(guess_mapping(english)) == 10
    path = write_rows(tmp_path / "h.csv", [["1", "A1", "13900000001", "2026-11-25 13:00", "红", "刷单返利",
                                            "应城市", "", "", "", "24小时"]], header=header)
    result = import_file(db, officer, path, source="h", mapping=mapping, clock=clock)
    assert result.ok == 1 and result.unmapped_columns == ["序号", "处置时限"]
    assert db.execute("SELECT district_code FROM warnings").fetchone() == ("420981",)


def test_an_unknown_fraud_type_is_counted_and_said(db, officer, clock, tmp_path):
    rows = [row(1, 诈骗类型="新型诈骗"), row(2, 诈骗类型="新型诈骗"), row(3, 诈骗类型="AI换脸"), row(4)]
    result = run(db, officer, clock, write_rows(tmp_path / "t.csv", rows))
    assert result.ok == 4 and result.unknown_fraud_types == {"新型诈骗": 2, "AI换脸": 1}
    changes = db.execute("SELECT changes FROM audit_log WHERE table_name = 'import_batches'").fetchone()[0]
    assert '"unknown_fraud_types": [null, 3]' in changes


def test_a_damaged_sheet_stops_with_a_clear_error_and_a_finished_batch(db, officer, clock, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(1, 200):
        ws.append(row(i))
    good = tmp_path / "good.xlsx"
    wb.save(good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<row r=\"x\"><c><<<"       # cut in the middle
            dst.writestr(info, data)
    with pytest.raises(UnreadableFileError) as err:
        import_file(db, officer, damaged, source="x", mapping=guess_mapping(HEADER), clock=clock)
    assert "damaged" in str(err.value)
    assert db.execute("SELECT finished_at IS NOT NULL FROM import_batches").fetchone() == (1,)
