"""The printed stop-payment request (A4 PDF, Qt's own PDF writer): what the bank's counter reads, so times
read as times (2026-11-25 10:05) and amounts as amounts (450,000.00 元), not as the platform's raw fields."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from sqlite_utils import Database

from ...models.clock import parse_iso
from ...models.stoppay_export import export_rows
from ...models.validation import format_amount


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


def write_pdf(html_text: str, path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Millimeter))
    writer.setResolution(150)
    writer.setTitle("紧急止付申请表")
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-size: 10pt; } h2 { font-size: 16pt; }")
    doc.setHtml(html_text)
    doc.print_(writer)
    return path
