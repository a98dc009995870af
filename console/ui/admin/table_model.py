"""A table over rows of tuples, optionally editable through a callback that writes (and audits) each cell."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class TupleTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None,
                 on_edit: Callable[[int, int, Any], str | None] | None = None, editable_from: int = 1):
        """on_edit(row, column, value) writes the change and returns an error message or None."""
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[Any]] = []
        self.on_edit = on_edit
        self.editable_from = editable_from
        self.last_error: str | None = None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if self.on_edit and index.column() >= self.editable_from:
            base |= Qt.ItemIsEditable
        return base

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role in (Qt.DisplayRole, Qt.EditRole):
            v = self.rows[index.row()][index.column()]
            return "" if v is None else str(v)
        return None

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802
        if role != Qt.EditRole or not self.on_edit:
            return False
        self.last_error = self.on_edit(index.row(), index.column(), value)
        if self.last_error:
            return False
        self.rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        return True

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.endResetModel()
