"""Every file the console writes for someone else, read back: no cell a spreadsheet would run as a formula,
the text otherwise as the officer typed it, and readable by this user only."""

from __future__ import annotations

import csv
import stat
from datetime import date

from openpyxl import load_workbook

from console.models.stats import figures as stats
from console.models.core.export_files import is_formula_like, spreadsheet_safe
from console.models.stats.export import write_xlsx
from console.models.warnings import sms
from console.models.warnings.importer import export_rejects, import_file
from console.models.warnings.mapping import guess_mapping
from tests.models.test_import_files import HEADER, row, write_rows
from tests.models.warnings_data import add_warning

FORMULAS = ['=HYPERLINK("http://evil.example","点我")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_rule_leaves_numbers_and_plain_text_alone():
    for text in FORMULAS:
        assert is_formula_like(text) and spreadsheet_safe(text) == "'" + text
    for text in ("+8613800001234", "-12.50", "13800001234", "张三", "", "a=b", "2026-11-25 13:00"):
        assert spreadsheet_safe(text) == text
    assert spreadsheet_safe(42) == 42


def test_sms_gateway_csv(db, officer, clock, tmp_path):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    sid = sms.queue_sms(db, officer, wid, FORMULAS[0], clock=clock)
    path = sms.export_outbox(db, officer, tmp_path, clock=clock)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][0] == str(sid) and rows[1][1].startswith("+86")          # the phone stays a number
    assert rows[1][2] == "'" + FORMULAS[0]
    assert _mode(path) == 0o600


def test_import_rejects_csv(db, officer, clock, tmp_path):
    rows = [row(i, 姓名=f, 手机号="12345") for i, f in enumerate(FORMULAS)]
    source = write_rows(tmp_path / "in.csv", rows)
    result = import_file(db, officer, source, source="p", mapping=guess_mapping(HEADER), clock=clock)
    out = tmp_path / "rejects.csv"
    assert export_rejects(db, result.batch_id, out) == len(FORMULAS)
    with out.open(encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))
    names = [r[back[0].index("姓名")] for r in back[1:]]
    assert names == ["'" + f for f in FORMULAS]
    assert not any(is_formula_like(cell) for r in back for cell in r)
    assert _mode(out) == 0o600
    # What the import dialog shows keeps the text as it was.
    assert result.rejects[0].raw["姓名"] == FORMULAS[0]


def test_statistics_workbook(tmp_path):
    report = stats.Report(stats.Period(date(2026, 11, 1), date(2026, 12, 1)), stats.Scope())
    report.headline = {"warnings_received": 4}
    report.by_station = [(1, FORMULAS[0], 3, 2)]
    report.by_fraud_type = [("x", 1, 0)]
    path = write_xlsx(report, tmp_path / "report.xlsx", {"x": FORMULAS[3]})
    wb = load_workbook(path)
    station = wb["按派出所"]["A2"]
    assert station.value == FORMULAS[0] and station.data_type == "s" and station.quotePrefix
    assert wb["按诈骗类型"]["A2"].value == FORMULAS[3] and wb["按诈骗类型"]["A2"].data_type == "s"
    assert wb["主要指标"]["B3"].value == 4                                  # figures stay numbers
    assert not any(c.data_type == "f" for ws in wb.worksheets for r in ws.iter_rows() for c in r)
    assert _mode(path) == 0o600
