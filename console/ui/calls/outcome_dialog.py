"""Asked when a call ends without an outcome: record it now, or say it will follow (the call then waits on
the officer's list of calls awaiting an outcome). Leaving a call silently is not one of the choices."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout

from console.ui.form_parts import coded_combo


class OutcomeDialog(QDialog):
    LATER = "later"

    def __init__(self, outcomes: list[tuple[str, str]], caller: str, parent=None):
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Outcome of the call"))
        self.choice: str | None = None          # an outcome code, LATER, or None (back to the call)
        intro = QLabel(self.tr("The call with %1 has no outcome yet. Choose it, or say that it will follow: "
                               "the call then waits on your list of calls awaiting an outcome.").replace("%1", caller))
        intro.setWordWrap(True)
        # Nothing chosen at first: Enter alone must not record the first outcome of the list.
        self.outcome = coded_combo("outcomeChoice", [("", self.tr("(choose the outcome)"))] + list(outcomes))
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        buttons = QDialogButtonBox(self)
        self.record = QPushButton(self.tr("Record outcome"), objectName="recordOutcome")
        self.record.setDefault(True)
        self.later = QPushButton(self.tr("&Outcome later"), objectName="outcomeLater")
        self.back = QPushButton(self.tr("Back to the call"), objectName="backToCall")
        buttons.addButton(self.record, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.later, QDialogButtonBox.ActionRole)
        buttons.addButton(self.back, QDialogButtonBox.RejectRole)
        self.record.clicked.connect(self._record)
        self.later.clicked.connect(self._later)
        self.back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.outcome.setFocus()
        self.resize(460, 160)

    def _record(self) -> None:
        self.choice = self.outcome.currentData()
        if self.choice:
            self.accept()
        else:
            self.outcome.setFocus()
            self.outcome.showPopup()

    def _later(self) -> None:
        self.choice = self.LATER
        self.accept()
