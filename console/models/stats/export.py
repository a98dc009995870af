"""The period's report as files: the tables in XLSX (Chinese headings); the PDF is drawn by the UI (charts)."""

from __future__ import annotations

from pathlib import Path

from console.models.core.export_files import write_private, xlsx_text_cells
from console.models.stats.figures import Report

HEADLINE_NAMES = {
    "warnings_received": "接收预警", "warnings_handled": "处置预警", "warnings_dissuaded": "预警劝阻成功",
    "sms_sent": "发送预警短信", "calls": "专线来电", "accounts_stopped": "止付涉案账户",
    "amount_stopped": "止付金额（元）", "loss_saved": "挽损金额（元）",
}
MONEY_KEYS = {"amount_stopped", "loss_saved"}


def headline_rows(report: Report) -> list[tuple[str, float | int]]:
    return [(HEADLINE_NAMES[k], v / 100 if k in MONEY_KEYS else v) for k, v in report.headline.items()]


def write_xlsx(report: Report, path: Path, fraud_names: dict[str, str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "主要指标"
    ws.append(["统计期间", f"{report.period.start} 至 {report.period.end}"])
    ws.append(["指标", "数值"])
    for name, v in headline_rows(report):
        ws.append([name, v])
    for key, label in (("warning_to_contact", "预警至首次联系（分钟）"), ("call_to_request", "来电至止付申请（分钟）")):
        median, p90 = report.time_to_act.get(key, (None, None))
        ws.append([label + " 中位数", median])
        ws.append([label + " 90%分位", p90])
    daily = wb.create_sheet("每日数量")
    daily.append(["日期", "接收预警", "处置预警", "专线来电", "预警短信"])
    days = sorted({d for series in report.daily.values() for d, _ in series})
    lookup = {k: dict(v) for k, v in report.daily.items()}
    for d in days:
        daily.append([d] + [lookup.get(k, {}).get(d, 0) for k in ("warnings_received", "warnings_handled", "calls",
                                                                   "sms_sent")])
    ft = wb.create_sheet("按诈骗类型")
    ft.append(["诈骗类型", "预警数", "来电数"])
    for code, w, c in report.by_fraud_type:
        ft.append([fraud_names.get(code, code), w, c])
    st = wb.create_sheet("按派出所")
    st.append(["派出所", "下发数", "见面劝阻成功"])
    for _sid, name, n, dissuaded in report.by_station:
        st.append([name, n, dissuaded])
    for sheet in wb.worksheets:
        xlsx_text_cells(sheet)       # names typed by staff stay text, never formulas
    return write_private(path, wb.save)
