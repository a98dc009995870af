"""The bank's answer for one account: stopped (how much), frozen (how much, the window extended) or failed
(why). A wrong amount is said in the dialog, which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit

from console.ui.form_parts import AmountEdit, RadioChoice, checked_dialog, message_label


class BankResultDialog(QDialog):
    def __init__(self, account_text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("bankResultDialog")
        self.setWindowTitle(self.tr("Bank result"))
        self.choice = RadioChoice([("stopped", self.tr("Stopped")), ("frozen", self.tr("Frozen")),
                                   ("failed", self.tr("Failed"))], "result")
        self.amount = AmountEdit("resultAmount")
        self.reason = QLineEdit(self.tr("Money already moved on"), objectName="resultReason")
        self.message = message_label("resultMessage")
        form = QFormLayout()
        form.addRow(self.tr("Account"), QLabel(account_text))
        form.addRow(self.tr("Result"), self.choice)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Why it failed"), self.reason)
        self.choice.changed.connect(self._changed)
        self._changed()
        checked_dialog(self, form, self.message, self._accept)

    def status(self) -> str:
        return self.choice.value()

    def set_status(self, code: str) -> None:
        self.choice.set_value(code)

    def _changed(self, *_) -> None:
        failed = self.status() == "failed"
        self.amount.setEnabled(not failed)
        self.reason.setEnabled(failed)

    def amount_cents(self) -> int:
        return 0 if self.status() == "failed" else self.amount.cents()

    def _accept(self) -> None:
        if self.status() != "failed":
            if not self.amount.said_wrong(self.message, required=True):
                self.accept()
        elif not self.reason.text().strip():
            self.message.setText(self.tr("Say why the stop failed."))
            self.reason.setFocus()
        else:
            self.accept()
