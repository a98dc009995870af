"""What leaves the console for a stop-payment: the platform's structured rows (CSV, XLSX) and the form's HTML.

The columns follow the fields the banks' side of the joint telecom-fraud risk platform exchanges for a
stop-payment (business code 945100).
"""

from __future__ import annotations

import csv
import html
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from console.models.core import audit
from console.models.stoppay import requests as stoppay
from console.models.core.clock import Clock, parse_iso
from console.models.core.db import transaction
from console.models.core.export_files import FileSet, safe_row, write_private, xlsx_text_cells
from console.models.core.users import Permission, User, require
from console.models.core.validation import format_amount

BUSINESS_CODE = "945100"
COLUMNS = ("业务类型代码", "申请编号", "原申请编号", "转出账户开户行代码", "转出账户开户行名称", "转出账户户名",
           "转出账号", "币种", "转出金额", "转出时间", "止付账户开户行代码", "止付账户开户行名称", "止付账户类型",
           "止付账户户名", "止付账号", "交易流水号", "反馈截止时间", "止付起始时间", "止付截止时间",
           "申请单位", "经办民警", "受害人姓名", "受害人身份证号", "受害人电话")
KIND_NAMES = {"bank_card": "银行卡", "alipay": "支付宝账户", "wechat": "微信支付账户", "other": "其他"}


def _stamp(text: str | None) -> str:
    return parse_iso(text).strftime("%Y%m%d%H%M%S") if text else ""


def export_rows(db: Database, request_id: int) -> list[dict[str, str]]:
    """One row per transfer to a receiving account, as the platform matches name, number, amount and time."""
    r = db.execute(
        "SELECT r.request_no, r.unit, r.issued_at, r.created_at, u.display_name, p.name, p.id_number, p.phone_raw, "
        "va.number, va.bank_code, vb.name FROM stop_requests r LEFT JOIN users u ON u.id = r.officer_id "
        "LEFT JOIN people p ON p.id = r.victim_person_id LEFT JOIN accounts va ON va.id = r.victim_account_id "
        "LEFT JOIN banks vb ON vb.code = va.bank_code WHERE r.id = ?", [request_id]).fetchone()
    no, unit, issued, created, officer, vname, vid, vphone, vnum, vbank, vbank_name = r
    start = issued or created
    rows = []
    for t_at, cents, serial, number, kind, holder, bank, bank_name in db.execute(
            "SELECT t.transferred_at, t.amount_cents, t.serial_no, a.number, a.kind, a.holder_name, a.bank_code, "
            "b.name FROM stop_transfers t JOIN accounts a ON a.id = t.to_account_id LEFT JOIN banks b "
            "ON b.code = a.bank_code WHERE t.request_id = ? ORDER BY t.transferred_at, t.id", [request_id]):
        rows.append(dict(zip(COLUMNS, (
            BUSINESS_CODE, no, "", vbank or "", vbank_name or "", vname or "", vnum or "", "CNY", f"{cents / 100:.2f}",
            _stamp(t_at), bank or "", bank_name or "", KIND_NAMES.get(kind, kind), holder or "", number, serial or "",
            _stamp(_plus_hours(start, 24)), _stamp(start), _stamp(_plus_hours(start, 48)), unit, officer or "",
            vname or "", vid or "", vphone or ""))))
    return rows


def _plus_hours(text: str | None, hours: int) -> str | None:
    return None if not text else (parse_iso(text) + timedelta(hours=hours)).isoformat(sep=" ")


def _write_csv_to(rows: list[dict[str, str]], path: Path) -> None:
    # UTF-8 with BOM: the platform's and Excel's import both read Chinese headings correctly. A name such as
    # "=HYPERLINK(...)" copied from a platform file reaches the bank as text, never as a formula.
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(safe_row(row[c] for c in COLUMNS) for row in rows)


def _write_xlsx_to(rows: list[dict[str, str]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "紧急止付"
    ws.append(list(COLUMNS))
    for row in rows:
        ws.append([row[c] for c in COLUMNS])
    xlsx_text_cells(ws)
    for col in ws.columns:
        ws.column_dimensions[col[0].column_letter].width = max(10, max(len(str(c.value or "")) for c in col) + 4)
    wb.save(path)


def write_csv(rows: list[dict[str, str]], path: Path) -> Path:
    """The platform's CSV: complete or absent, readable by this user only."""
    return write_private(path, lambda tmp: _write_csv_to(rows, tmp))


def write_xlsx(rows: list[dict[str, str]], path: Path) -> Path:
    """The platform's XLSX: every cell a value (texts stay texts), complete or absent, user-only."""
    return write_private(path, lambda tmp: _write_xlsx_to(rows, tmp))


PdfWriter = Callable[[str, Path], object]


def write_request_files(db: Database, request_id: int, folder: Path, write_pdf: PdfWriter) -> list[Path]:
    """The request's PDF form, XLSX and CSV in folder, all three complete or none (0600 each).

    write_pdf(html, path) draws the form (the UI's Qt PDF writer; the models hold no painting code)."""
    no = db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [request_id]).fetchone()[0]
    rows = export_rows(db, request_id)
    html_text = form_html(db, request_id)
    with FileSet() as files:
        write_pdf(html_text, files.new(folder / f"{no}.pdf"))
        _write_xlsx_to(rows, files.new(folder / f"{no}.xlsx"))
        _write_csv_to(rows, files.new(folder / f"{no}.csv"))
    return [folder / f"{no}.{ext}" for ext in ("pdf", "xlsx", "csv")]


def issue_and_export(db: Database, user: User, request_id: int, form: dict, folder: Path, *, clock: Clock,
                     write_pdf: PdfWriter, seen_version: int | None = None) -> list[Path]:
    """Issues the request and writes its files as one step: when a file cannot be written (folder read-only,
    disk full, a folder squatting a file's name) the request stays a draft and no file is left behind.
    Raises stoppay.IssueBlocked (the form was saved) or OSError, either with `version`: the request's
    version once the form was kept; ChangedElsewhere (nothing written) when the seat showed the request at
    `seen_version` and another seat changed it since."""
    try:
        with transaction(db):
            stoppay.issue(db, user, request_id, form, clock=clock, seen_version=seen_version)
            files = write_request_files(db, request_id, folder, write_pdf)
    except (stoppay.IssueBlocked, OSError) as failed:
        # What was typed stays saved as the draft; the seat shows the version that saved it.
        failed.version = stoppay.save_form_checked(db, user, request_id, form, clock=clock,
                                                   seen_version=seen_version)[1]
        raise
    return files


def export_again(db: Database, user: User, request_id: int, folder: Path, *, clock: Clock,
                 write_pdf: PdfWriter) -> list[Path]:
    """Writes an issued request's files again (a lost or failed export); the dates stay those of issuing."""
    require(user, Permission.HANDLE_CALLS)
    status = db.execute("SELECT status FROM stop_requests WHERE id = ?", [request_id]).fetchone()
    if status is None or status[0] == "draft":
        raise ValueError("only an issued request is exported again")
    files = write_request_files(db, request_id, folder, write_pdf)
    with transaction(db):
        audit.record(db, user, "export", "stop_requests", request_id,
                     {"files": (None, ", ".join(p.name for p in files)), "folder": (None, str(folder))},
                     clock=clock)
    return files


def print_time(value: str | None) -> str:
    """'20261125100500' (the platform's stamp) or an ISO time -> '2026-11-25 10:05'; other text unchanged."""
    if not value:
        return ""
    text = str(value).strip()
    try:
        when = datetime.strptime(text, "%Y%m%d%H%M%S") if text.isdigit() and len(text) == 14 else parse_iso(text)
    except ValueError:
        return text
    return when.strftime("%Y-%m-%d %H:%M")


def print_amount(cents: int) -> str:
    """Fen -> '450,000.00 元' (the full figure, as a bank form writes it)."""
    return f"{cents / 100:,.2f} 元"


def _cents(text: str) -> int:
    try:
        return round(float(str(text).replace(",", "")) * 100)
    except ValueError:
        return 0


def form_html(db: Database, request_id: int) -> str:
    """The printable request: unit, officer, number, victim, accounts, transfers, amounts, signature line."""
    e = html.escape
    rows = export_rows(db, request_id)
    r = db.execute("SELECT r.request_no, r.unit, coalesce(r.issued_at, r.created_at), u.display_name, p.name, "
                   "p.id_number, p.phone_raw, va.number, vb.name FROM stop_requests r LEFT JOIN users u "
                   "ON u.id = r.officer_id LEFT JOIN people p ON p.id = r.victim_person_id LEFT JOIN accounts va "
                   "ON va.id = r.victim_account_id LEFT JOIN banks vb ON vb.code = va.bank_code WHERE r.id = ?",
                   [request_id]).fetchone()
    no, unit, at, officer, vname, vid, vphone, vnum, vbank = r
    accounts = db.execute(
        "SELECT a.number, a.holder_name, coalesce(b.name, a.bank_code, ''), s.amount_cents FROM stop_accounts s "
        "JOIN accounts a ON a.id = s.account_id LEFT JOIN banks b ON b.code = a.bank_code WHERE s.request_id = ? "
        "ORDER BY s.id", [request_id]).fetchall()
    total = sum(a[3] for a in accounts)
    cell = "border:1px solid #000; padding:4px;"
    num = cell + " text-align:right;"
    acc_rows = "".join(f"<tr><td style='{cell}'>{i}</td><td style='{cell}'>{e(n)}</td><td style='{cell}'>{e(h or '')}</td>"
                       f"<td style='{cell}'>{e(b)}</td><td style='{num}'>{e(print_amount(c))}</td></tr>"
                       for i, (n, h, b, c) in enumerate(accounts, 1))
    tr_rows = "".join(f"<tr><td style='{cell}'>{e(print_time(x['转出时间']))}</td>"
                      f"<td style='{num}'>{e(print_amount(_cents(x['转出金额'])))}</td>"
                      f"<td style='{cell}'>{e(x['止付账号'])}</td><td style='{cell}'>{e(x['交易流水号'])}</td></tr>"
                      for x in rows)
    return f"""
    <h2 align="center">紧急止付申请表</h2>
    <p>申请编号：{e(no)}　　申请单位：{e(unit)}　　申请时间：{e(print_time(at))}</p>
    <h3>受害人</h3>
    <p>姓名：{e(vname or '')}　　身份证号：{e(vid or '')}　　电话：{e(vphone or '')}<br>
    转出账号：{e(vnum or '')}　　开户行：{e(vbank or '')}</p>
    <h3>止付账户（共 {len(accounts)} 个，合计 {e(print_amount(total))}（{e(format_amount(total))}））</h3>
    <table style="border-collapse:collapse" width="100%">
    <tr><th style='{cell}'>序号</th><th style='{cell}'>账号</th><th style='{cell}'>户名</th><th style='{cell}'>开户行/支付机构</th>
    <th style='{cell}'>金额</th></tr>{acc_rows}</table>
    <h3>转账明细</h3>
    <table style="border-collapse:collapse" width="100%">
    <tr><th style='{cell}'>转出时间</th><th style='{cell}'>金额</th><th style='{cell}'>收款账号</th>
    <th style='{cell}'>交易流水号</th></tr>{tr_rows}</table>
    <p>止付期限：自止付之时起 48 小时。</p>
    <p><br>经办民警：{e(officer or '')}　　　　　　审批人签字：________________　　　　（盖章）</p>
    """
