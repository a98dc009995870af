"""The seed's story: an investment-fraud victim sent 500,000 yuan in three transfers to two accounts.

From the call the officer presses stop-payment; the request arrives filled; the one mistyped card number
is caught at its cell and fixed; the request is issued; the PDF and XLSX read back match the database;
later 450,000 is recorded as stopped.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


GOOD_A = "6217001234567890122"      # CCB, valid
BAD_B = "6222021234567890123"       # ICBC, last digit mistyped
GOOD_B = "6222021234567890128"


@pytest.fixture
def window(qtbot, ctx, runner, tmp_path):
    (tmp_path / "exports").mkdir()
    ctx.settings.update({"ring_port": 0, "export_dir": str(tmp_path / "exports")})
    from console.ui.main_window import MainWindow

    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    w.show()
    return w


def test_investment_victim_500k(window, db, tmp_path):
    from console.models.calls.source import manual_call

    call = window.page("call")
    call.start_incoming(manual_call("13971234567"))
    f = call.form
    f.fields["caller.name"].setText("何敏")
    f.fields["caller.id_number"].setText("420902198503120028")
    f.set_combo(f.fraud_type, "investment")
    f.notes.setPlainText("炒股群导师带投资，已分三笔转账50万元，无法提现")
    f.accounts.add_row({"role": "victim", "number": "6228480000000000000"})
    f.accounts.add_row({"role": "suspect", "number": GOOD_A, "holder": "李强"})
    f.accounts.add_row({"role": "suspect", "number": BAD_B, "holder": "王五"})
    f.transfers.add_row({"time": "13:05", "amount": "200000", "serial": "SN001", "to": GOOD_A})
    f.transfers.add_row({"time": "13:12", "amount": "150000", "serial": "SN002", "to": GOOD_A})
    f.transfers.add_row({"time": "13:20", "amount": "15万", "serial": "SN003", "to": BAD_B})
    call.save_now()

    actions_after_entry = 0
    call.buttons[__import__("console.ui.actions", fromlist=["ActionName"]).ActionName.STOP_PAYMENT].click()
    actions_after_entry += 1
    page = window.page("stoppay")
    assert window.current_key() == "stoppay" and page.request_id is not None
    assert page.fields["victim.name"].text() == "何敏"
    assert page.fields["victim.account"].text() == "6228480000000000000"
    assert [a["number"] for a in page.accounts.rows] == [GOOD_A, BAD_B]
    assert len(page.transfers.rows) == 3
    assert (1, "number") in page.accounts.problems                 # caught at the cell
    assert not page.issue_button.isEnabled()
    assert page.issue() is None                                     # cannot be issued with the mistake

    page.accounts.setData(page.accounts.index(1, 0), GOOD_B)
    for t in page.transfers.rows:
        if t["to"] == BAD_B:
            t["to"] = GOOD_B
    page.save_now()
    assert not page.accounts.problems and page.issue_button.isEnabled()
    files = page.issue()
    actions_after_entry += 1
    assert files and all(p.exists() for p in files)
    assert actions_after_entry == 2          # stop-payment on the call, then issue (nothing retyped)

    rid = page.request_id
    no, status = db.execute("SELECT request_no, status FROM stop_requests WHERE id = ?", [rid]).fetchone()
    assert status == "issued"
    accounts = db.execute("SELECT a.number, a.bank_code, s.amount_cents, s.status FROM stop_accounts s JOIN accounts a "
                          "ON a.id = s.account_id WHERE request_id = ? ORDER BY a.number", [rid]).fetchall()
    assert accounts == [(GOOD_A, "CCB", 35_000_000, "issued"), (GOOD_B, "ICBC", 15_000_000, "issued")]

    pdf_text = "".join(p.extract_text() for p in PdfReader(str(files[0])).pages)
    pdf_text = "".join(pdf_text.split())
    assert no in pdf_text and "何敏" in pdf_text and GOOD_A in pdf_text and GOOD_B in pdf_text
    assert "紧急止付申请表" in pdf_text and "50万元" in pdf_text
    ws = load_workbook(files[1]).active
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, [c.value for c in r])) for r in ws.iter_rows(min_row=2)]
    assert [(r["止付账号"], r["转出金额"], r["转出时间"]) for r in rows] == [
        (GOOD_A, "200000.00", "20261125130500"), (GOOD_A, "150000.00", "20261125131200"),
        (GOOD_B, "150000.00", "20261125132000")]
    assert {r["业务类型代码"] for r in rows} == {"945100"} and {r["申请编号"] for r in rows} == {no}
    assert rows[0]["止付账户开户行名称"] == "中国建设银行"

    ids = [r[0] for r in db.execute("SELECT s.id FROM stop_accounts s JOIN accounts a ON a.id = s.account_id "
                                    "WHERE request_id = ? ORDER BY a.number", [rid])]
    said: list = []

    def answer(dialog) -> None:
        """The officer writes both banks' answers in the one results dialog."""
        line = {account["number"]: widgets for account, widgets in zip(dialog.accounts, dialog.lines)}
        (result_a, amount_a, _), (result_b, amount_b, _) = line[GOOD_A], line[GOOD_B]
        result_a.setCurrentIndex(result_a.findData("stopped"))
        amount_a.setText("30万x")                     # a slip of the keyboard: said, nothing recorded
        dialog._accept()
        said.append((dialog.result(), dialog.message.text(), amount_a.text()))
        amount_a.setText("30万")
        result_b.setCurrentIndex(result_b.findData("frozen"))
        amount_b.setText("15万")
        dialog._accept()

    QTimer.singleShot(0, lambda: answer(QApplication.activeModalWidget()))
    page.result_button.click()
    assert said and said[0][0] != QDialog.Accepted and said[0][1] and said[0][2] == "30万x"
    statuses = dict(db.execute("SELECT id, status FROM stop_accounts WHERE request_id = ?", [rid]).fetchall())
    assert (statuses[ids[0]], statuses[ids[1]]) == ("stopped", "frozen")
    assert db.execute("SELECT sum(stopped_cents) FROM stop_accounts WHERE request_id = ?", [rid]).fetchone()[0] == 45_000_000
    assert "45万元" in page.title.text()
