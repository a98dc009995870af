"""The repeat victims to call back now (72 hours and 30 days after their loss), with what to warn them about;
each callback is marked reached or not, with a note."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout)

from console.models.calls import repeat_victims
from console.models.core.validation import format_amount
from console.ui.widgets.table_model import TableModel


class DueCallbacksModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([], parent)
        self.rows: list[repeat_victims.DueCallback] = []
        self.headers = [self.tr("Due"), self.tr("Callback"), self.tr("Name"), self.tr("Phone"), self.tr("Lost"),
                        self.tr("Request")]
        self.kinds = {"72h": self.tr("72 hours"), "30d": self.tr("30 days")}

    def cell_text(self, row: int, column: int) -> str:
        d = self.rows[row]
        return [d.due_at[:16], self.kinds.get(d.kind, d.kind), d.name, d.phone_e164, format_amount(d.lost_cents),
                d.request_no][column]


class CallbacksDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("repeatCallbacksDialog")
        self.setWindowTitle(self.tr("Repeat victims to call back"))
        self.resize(820, 420)
        warning = QLabel(repeat_victims.recovery_warning(), objectName="recoveryWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #c62828; font-weight: bold;")
        self.model = DueCallbacksModel(self)
        self.table = QTableView(objectName="dueCallbacks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.notes = QLineEdit(objectName="callbackNotes")
        self.notes.setPlaceholderText(self.tr("What was said (optional)"))
        self.reached = QPushButton(self.tr("Reached and warned"), objectName="callbackReached")
        self.not_reached = QPushButton(self.tr("Not reached"), objectName="callbackNotReached")
        self.reached.clicked.connect(lambda *_: self._done(True))
        self.not_reached.clicked.connect(lambda *_: self._done(False))
        close = QPushButton(self.tr("Close"), objectName="callbacksClose")
        close.clicked.connect(self.accept)
        self.message = QLabel(objectName="callbacksMessage")
        buttons = QHBoxLayout()
        for w in (self.notes, self.reached, self.not_reached, close):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(repeat_victims.callbacks_due(self.ctx.db, self.ctx.clock.now()))
        if self.model.rows:
            self.table.selectRow(0)
        for b in (self.reached, self.not_reached):
            b.setEnabled(bool(self.model.rows))

    def _done(self, reached: bool) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        try:
            repeat_victims.complete_callback(self.ctx.db, self.ctx.user, self.model.rows[row].id, reached=reached,
                                             notes=self.notes.text(), clock=self.ctx.clock)
        except ValueError as exc:
            self.message.setText(str(exc))
        self.notes.clear()
        self.reload()
