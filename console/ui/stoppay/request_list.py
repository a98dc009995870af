"""The list of stop-payment requests, newest first; windows about to run out stand out."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from console.models.stoppay.requests import seconds_left
from console.models.core.validation import format_amount
from console.ui.widgets.table_model import TableModel


class RequestListModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("Request no."), self.tr("Why here"), self.tr("Created"), self.tr("Status"),
                        self.tr("Victim"), self.tr("Accounts"), self.tr("Amount"), self.tr("Stopped"),
                        self.tr("Window left")]
        self.now = datetime.now()
        self.status_names: dict[str, str] = {}
        self.why: dict[int, str] = {}        # request id -> why it stands where it does (by what can be saved)

    def _left(self, row: int) -> int | None:
        return seconds_left(self.rows[row][8], self.now)

    def cell_text(self, row: int, column: int) -> str:
        rid, no, created, status, victim, n, amount, stopped, _window = self.rows[row]
        if column == 8:
            left = self._left(row)
            if left is None:
                return ""
            return self.tr("expired") if left <= 0 else f"{left // 3600} h {left % 3600 // 60:02d} min"
        return [no, self.why.get(rid, ""), created[:16], self.status_names.get(status, status), victim, n,
                format_amount(amount), format_amount(stopped) if stopped else "", ""][column]

    def cell_style(self, row: int, column: int, role: int):
        left = self._left(row) if column == 8 and role == Qt.BackgroundRole else None
        if left is not None and left <= 6 * 3600:
            return QColor("#ffcdd2")
        if left is not None and left <= 12 * 3600:
            return QColor("#ffe0b2")
        return None

    def row_key(self, row: int) -> int:
        return self.rows[row][0]

    def set_rows(self, rows: list[tuple], now: datetime | None = None) -> None:
        """The requests as of now (the windows left are counted from it)."""
        if now is not None:
            self.now = now
        super().set_rows(rows)
