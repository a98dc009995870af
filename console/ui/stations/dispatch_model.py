"""The dispatches a station or county bureau sees, as a Qt table: the most urgent first, overdue in red."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from console.models.core.clock import parse_iso
from console.models.stations.dispatches import OPEN, StationDispatch

OVERDUE, SOON = QColor("#c62828"), QColor("#ef6c00")


class StationDispatchModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[StationDispatch] = []
        self.now = datetime.now()
        self.headers = [self.tr("Deadline"), self.tr("Time left"), self.tr("Person"), self.tr("Phone"),
                        self.tr("Reason"), self.tr("Station"), self.tr("State")]

    def set_rows(self, rows: list[StationDispatch], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = rows, now
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def time_left(self, d: StationDispatch) -> str:
        if d.status != OPEN:
            return ""
        minutes = int((parse_iso(d.deadline_at) - self.now).total_seconds() // 60)
        span = abs(minutes)
        text = (self.tr("%1 h %2 min").replace("%1", str(span // 60)).replace("%2", str(span % 60))
                if span >= 60 else self.tr("%1 min").replace("%1", str(span)))
        return self.tr("overdue %1").replace("%1", text) if minutes < 0 else text

    def state(self, d: StationDispatch) -> str:
        if d.status == OPEN:
            return self.tr("to visit")
        parts = [self.tr("visited") if d.visited else self.tr("not visited")]
        if d.dissuaded:
            parts.append(self.tr("dissuaded"))
        return ", ".join(parts)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return (d.deadline_at[:16], self.time_left(d), d.person_name, d.phone, d.reason,
                    d.station_name, self.state(d))[col]
        if role == Qt.UserRole:
            return d.id
        if role == Qt.ForegroundRole and d.status == OPEN and col in (0, 1):
            minutes = (parse_iso(d.deadline_at) - self.now).total_seconds() / 60
            return OVERDUE if minutes < 0 else SOON if minutes < 60 else None
        return None

    def row_of(self, dispatch_id: int | None) -> int:
        return next((i for i, d in enumerate(self.rows) if d.id == dispatch_id), -1)
