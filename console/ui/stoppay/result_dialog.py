"""The bank's answer for one account: stopped (how much), frozen (how much, the window extended) or failed
(why). A wrong amount is said in the dialog, which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
                               QVBoxLayout, QWidget)

from ...models.validation import parse_amount

RESULTS = ("stopped", "frozen", "failed")


class BankResultDialog(QDialog):
    def __init__(self, account_text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("bankResultDialog")
        self.setWindowTitle(self.tr("Bank result"))
        labels = {"stopped": self.tr("Stopped"), "frozen": self.tr("Frozen"), "failed": self.tr("Failed")}
        self.group = QButtonGroup(self)
        box = QWidget()
        bv = QVBoxLayout(box)
        bv.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QRadioButton] = {}
        for code in RESULTS:
            rb = QRadioButton(labels[code], objectName=f"result_{code}")
            self.group.addButton(rb)
            self.buttons[code] = rb
            bv.addWidget(rb)
        self.buttons["stopped"].setChecked(True)
        self.amount = QLineEdit(objectName="resultAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 450000 or 45万"))
        self.reason = QLineEdit(self.tr("Money already moved on"), objectName="resultReason")
        self.message = QLabel(objectName="resultMessage")
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), QLabel(account_text))
        form.addRow(self.tr("Result"), box)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Why it failed"), self.reason)
        self.group.buttonToggled.connect(self._toggled)
        self._toggled()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.message)
        v.addWidget(buttons)

    def status(self) -> str:
        return next(c for c, b in self.buttons.items() if b.isChecked())

    def set_status(self, code: str) -> None:
        self.buttons[code].setChecked(True)

    def _toggled(self, *_) -> None:
        failed = self.status() == "failed"
        self.amount.setEnabled(not failed)
        self.reason.setEnabled(failed)

    def amount_cents(self) -> int:
        return 0 if self.status() == "failed" else parse_amount(self.amount.text()).value

    def _accept(self) -> None:
        if self.status() != "failed":
            check = parse_amount(self.amount.text())
            if not check:
                self.message.setText(check.message or self.tr("Write the amount, e.g. 450000 or 45万."))
                self.amount.setFocus()
                return
        elif not self.reason.text().strip():
            self.message.setText(self.tr("Say why the stop failed."))
            self.reason.setFocus()
            return
        self.accept()
