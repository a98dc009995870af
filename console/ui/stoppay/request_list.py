"""The list of stop-payment requests, newest first; windows about to run out stand out."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from console.models.stoppay.requests import seconds_left
from console.models.core.validation import format_amount


class RequestListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.now = datetime.now()
        self.status_names: dict[str, str] = {}
        self.why: dict[int, str] = {}        # request id -> why it stands where it does (by what can be saved)
        self.headers = [self.tr("Request no."), self.tr("Why here"), self.tr("Created"), self.tr("Status"), self.tr("Victim"),
                        self.tr("Accounts"), self.tr("Amount"), self.tr("Stopped"), self.tr("Window left")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def _left(self, row) -> int | None:
        return seconds_left(row[8], self.now)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        rid, no, created, status, victim, n, amount, stopped, _window = self.rows[index.row()]
        col = index.column()
        left = self._left(self.rows[index.row()])
        if role == Qt.DisplayRole:
            if col == 8:
                if left is None:
                    return ""
                return self.tr("expired") if left <= 0 else f"{left // 3600} h {left % 3600 // 60:02d} min"
            return [no, self.why.get(rid, ""), created[:16], self.status_names.get(status, status), victim, n,
                    format_amount(amount), format_amount(stopped) if stopped else "", ""][col]
        if role == Qt.BackgroundRole and left is not None and col == 8:
            if left <= 6 * 3600:
                return QColor("#ffcdd2")
            if left <= 12 * 3600:
                return QColor("#ffe0b2")
        if role == Qt.UserRole:
            return rid
        return None

    def set_rows(self, rows: list[tuple], now: datetime) -> None:
        self.beginResetModel()
        self.rows = rows
        self.now = now
        self.endResetModel()
