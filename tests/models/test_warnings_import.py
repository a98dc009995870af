"""Importing the alert platform's warning lists: good rows in, each bad row reported and kept aside."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import Workbook

from console.models.warnings.importer import MappingError, batch_rejects, export_rejects, import_file
from console.models.warnings.mapping import guess_mapping, load_mapping, mapping_for, save_mapping
from console.models.warnings.readers import open_table

HEADER = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "区县", "涉诈号码", "涉诈APP"]
ROWS = [
    ["A001", "13800001234", "2026-11-25 13:50:00", "红色", "冒充公检法", "张三", "孝南区", "+44 20 7946 0000", ""],
    ["A002", "139-0000-5678", "2026/11/25 13:10", "orange", "刷单返利", "李四", "汉川", "", "某某任务"],
    ["A003", "12345", "2026-11-25 13:00:00", "red", "", "", "", "", ""],                    # bad phone
    ["A004", "13700001111", "2026-11-25 12:00:00", "紫色", "", "", "", "", ""],            # bad level
    ["A005", "13600002222", "", "yellow", "", "", "", "", ""],                             # missing time
    ["A001", "13800001234", "2026-11-25 13:50:00", "红色", "冒充公检法", "张三", "孝南区", "", ""],  # duplicate
    ["A006", "0712-2345678", "20261125120000", "黄色（低）", "新型诈骗", "王五", "云梦县", "", ""],
]


def write_csv(path, rows, header=HEADER, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_file_with_malformed_rows_imports_good_ones_and_reports_each_bad_one(db, officer, clock, tmp_path):
    path = write_csv(tmp_path / "platform.csv", ROWS)
    header = open_table(path).header
    result = import_file(db, officer, path, source="省预警平台", mapping=guess_mapping(header), clock=clock)

    assert (result.total, result.ok, result.bad, result.duplicate) == (7, 3, 3, 1)
    by_row = {r.row_number: r for r in result.rejects}
    assert by_row[4].code == "bad_phone" and "12345" in by_row[4].reason
    assert by_row[5].code == "bad_level" and "紫色" in by_row[5].reason
    assert by_row[6].code == "missing_time"
    assert by_row[7].code == "duplicate"
    assert by_row[4].raw["预警编号"] == "A003"

    rows = {r[0]: r for r in db.execute(
        "SELECT external_id, phone_e164, level, received_at, deadline_at, fraud_type, district_code, notes, "
        "batch_id FROM warnings ORDER BY id").fetchall()}
    assert set(rows) == {"A001", "A002", "A006"}
    assert rows["A001"][1:5] == ("+8613800001234", "red", "2026-11-25 13:50:00", "2026-11-25 14:20:00")
    assert rows["A001"][5:7] == ("police_impersonation", "420902")
    assert rows["A002"][1:4] == ("+8613900005678", "orange", "2026-11-25 13:10:00")
    assert rows["A002"][5:7] == ("rebate", "420984")
    # An unknown fraud type is kept as "other" with the platform's word, not rejected.
    assert rows["A006"][5] == "other" and "新型诈骗" in rows["A006"][7]
    assert rows["A006"][1] == "+867122345678" and rows["A006"][3] == "2026-11-25 12:00:00"

    batch = db.execute("SELECT rows_total, rows_ok, rows_bad, rows_duplicate, cancelled FROM import_batches "
                       "WHERE id = ?", [result.batch_id]).fetchone()
    assert batch == (7, 3, 3, 1, 0)
    stored = batch_rejects(db, result.batch_id)
    assert [r.row_number for r in stored] == [4, 5, 6, 7]
    assert db.execute("SELECT COUNT(*) FROM audit_log WHERE table_name = 'import_batches'").fetchone()[0] == 1


def test_importing_the_same_file_again_finds_only_duplicates(db, officer, clock, tmp_path):
    path = write_csv(tmp_path / "p.csv", ROWS)
    mapping = guess_mapping(HEADER)
    import_file(db, officer, path, source="p", mapping=mapping, clock=clock)
    again = import_file(db, officer, path, source="p", mapping=mapping, clock=clock)
    assert again.ok == 0 and again.duplicate == 4 and again.bad == 3
    assert db.execute("SELECT COUNT(*) FROM warnings").fetchone()[0] == 3


def test_rows_without_platform_number_dedupe_on_phone_time_and_fraud_number(db, officer, clock, tmp_path):
    header = ["phone", "time", "level", "fraud_number"]
    rows = [["13800001234", "2026-11-25 10:00", "red", "95588"],
            ["138 0000 1234", "2026-11-25 10:00:00", "红", "95588"],     # same warning typed differently
            ["13800001234", "2026-11-25 10:00", "red", "95566"]]         # another fraud number: a new one
    path = write_csv(tmp_path / "n.csv", rows, header=header)
    result = import_file(db, officer, path, source="n", mapping=guess_mapping(header), clock=clock)
    assert (result.ok, result.duplicate) == (2, 1)


def test_gb18030_csv_and_xlsx_are_read(db, officer, clock, tmp_path):
    gbk = write_csv(tmp_path / "gbk.csv", ROWS[:2], encoding="gb18030")
    assert open_table(gbk).header == HEADER
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["X1", 13800009999, "2026-11-25 13:00:00", "红色", "虚假投资理财", "赵六", "应城市", "", "某APP"])
    ws.append(["X2", "abc", "2026-11-25 13:00:00", "红色", "", "", "", "", ""])
    xlsx = tmp_path / "list.xlsx"
    wb.save(xlsx)
    result = import_file(db, officer, xlsx, source="xlsx", mapping=guess_mapping(HEADER), clock=clock)
    assert (result.ok, result.bad) == (1, 1)
    assert db.execute("SELECT phone_e164, fraud_type, district_code FROM warnings").fetchone() == (
        "+8613800009999", "investment", "420981")


def test_mapping_is_remembered_per_source(db, officer, clock):
    header = ["号码X", "时间X", "级别X", "其他"]
    assert guess_mapping(header) == {}
    mapping = {"phone": "号码X", "received_at": "时间X", "level": "级别X"}
    save_mapping(db, officer, "县平台", mapping, clock=clock)
    assert load_mapping(db, "县平台") == mapping
    assert mapping_for(db, "县平台", header) == mapping
    assert mapping_for(db, "另一平台", header) == {}
    with pytest.raises(MappingError) as err:
        import_file(db, officer, "unused.csv", source="另一平台", mapping={"phone": "号码X"}, clock=clock)
    assert err.value.missing == ["received_at", "level"]


def test_future_times_are_refused(db, officer, clock, tmp_path):
    path = write_csv(tmp_path / "f.csv", [["F1", "13800001234", "2026-11-26 14:00:00", "red", "", "", "", "", ""]])
    result = import_file(db, officer, path, source="f", mapping=guess_mapping(HEADER), clock=clock)
    assert result.rejects[0].code == "future_time"


def test_cancel_keeps_committed_chunks_and_marks_the_batch(db, officer, clock, tmp_path):
    rows = [[f"C{i}", f"138{i:08d}", "2026-11-25 10:00:00", "red", "", "", "", "", ""] for i in range(50)]
    path = write_csv(tmp_path / "c.csv", rows)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return False                      # the officer pressed Cancel at the first report

    result = import_file(db, officer, path, source="c", mapping=guess_mapping(HEADER), clock=clock,
                         progress=progress, chunk=20, transaction_budget_s=0)
    assert result.cancelled and result.ok == 20 and calls == [(20, 50)]
    assert db.execute("SELECT cancelled FROM import_batches WHERE id = ?", [result.batch_id]).fetchone() == (1,)


def test_rejects_export_for_correction(db, officer, clock, tmp_path):
    path = write_csv(tmp_path / "p.csv", ROWS)
    result = import_file(db, officer, path, source="p", mapping=guess_mapping(HEADER), clock=clock)
    out = tmp_path / "rejects.csv"
    assert export_rejects(db, result.batch_id, out) == 3
    with out.open(encoding="utf-8-sig") as f:
        back = list(csv.reader(f))
    assert back[0][2:-1] == HEADER and back[0][-1] == "Row as in the file"
    assert [r[0] for r in back[1:]] == ["4", "5", "6"]
    assert back[1][2] == "A003" and back[1][-1] == "A003,12345,2026-11-25 13:00:00,red,,,,,"
    raw = json.loads(db.execute("SELECT raw FROM import_rejects WHERE row_number = 4").fetchone()[0])
    assert raw["手机号"] == "12345"
