"""Each bank's answer for every account of a request, in one dialog: one line per account (result, amount,
why it failed), Tab from one field to the next. A wrong amount is said in the dialog, which stays open with
everything typed; OK writes all the answers in one transaction."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGridLayout, QLabel, QLineEdit, QWidget

from console.models.stoppay.window import BankResult
from console.ui.form_parts import AmountEdit, checked_dialog, message_label


class BankResultsDialog(QDialog):
    def __init__(self, accounts: list[dict], parent=None):
        """accounts: the request's account rows (id, number, status, amount, stopped, reason)."""
        super().__init__(parent)
        self.setObjectName("bankResultsDialog")
        self.setWindowTitle(self.tr("Bank results for the whole request"))
        self.accounts = accounts
        self.lines: list[tuple[QComboBox, AmountEdit, QLineEdit]] = []
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        for col, header in enumerate((self.tr("Account"), self.tr("Received"), self.tr("Result"),
                                      self.tr("Amount stopped or frozen (yuan)"), self.tr("Why it failed"))):
            grid.addWidget(QLabel(f"<b>{header}</b>"), 0, col)
        choices = [("issued", self.tr("no answer yet")), ("stopped", self.tr("Stopped")),
                   ("frozen", self.tr("Frozen")), ("failed", self.tr("Failed"))]
        for i, account in enumerate(accounts, start=1):
            result = QComboBox(objectName=f"result_{i - 1}")
            for code, text in choices:
                result.addItem(text, code)
            status = account.get("status", "issued")
            result.setCurrentIndex(max(0, result.findData(status if status != "pending" else "issued")))
            amount = AmountEdit(f"resultAmount_{i - 1}")
            amount.setText(account.get("stopped", "") or "")
            reason = QLineEdit(account.get("reason", "") or "", objectName=f"resultReason_{i - 1}")
            result.currentIndexChanged.connect(lambda _i, line=i - 1: self._changed(line))
            grid.addWidget(QLabel(account.get("number", "")), i, 0)
            grid.addWidget(QLabel(account.get("amount", "")), i, 1)
            grid.addWidget(result, i, 2)
            grid.addWidget(amount, i, 3)
            grid.addWidget(reason, i, 4)
            self.lines.append((result, amount, reason))
            self._changed(i - 1)
        self.message = message_label("resultsMessage")
        form = QFormLayout()
        form.addRow(grid_box)
        checked_dialog(self, form, self.message, self._accept)
        if self.lines:
            self.lines[0][0].setFocus()

    def _changed(self, line: int) -> None:
        result, amount, reason = self.lines[line]
        code = result.currentData()
        amount.setEnabled(code in ("stopped", "frozen"))
        reason.setEnabled(code == "failed")

    def results(self) -> list[BankResult]:
        """The answers given (accounts left at 'no answer yet' are not written)."""
        out = []
        for account, (result, amount, reason) in zip(self.accounts, self.lines):
            code = result.currentData()
            if code == "issued":
                continue
            out.append(BankResult(account["id"], code, amount.cents() if code != "failed" else 0,
                                  reason.text().strip() if code == "failed" else ""))
        return out

    def _accept(self) -> None:
        for result, amount, reason in self.lines:
            code = result.currentData()
            if code in ("stopped", "frozen") and amount.said_wrong(self.message, required=True):
                return
            if code == "failed" and not reason.text().strip():
                self.message.setText(self.tr("Say why the stop failed."))
                reason.setFocus()
                return
        self.accept()
