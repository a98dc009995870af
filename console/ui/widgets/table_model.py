"""The console's one table model: rows of values (tuples, records or dicts) under a row of headers.

Plain lists use it as it is (a value shows as its text, None as nothing); a list that shows money, names for
codes or colours says so by overriding `cell_text`, `cell_style` and `row_key` for its rows. A list's cell is
edited only through `on_edit(row, column, value)`, which writes (and audits) the change and returns an error
message or None, so the list never shows a value that was not saved (the form tables of rows_table keep their
cells in the form's draft instead, by overriding `write_cell`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)       # cell_style's alignment of amounts


class TableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str] = (), parent=None, *,
                 on_edit: Callable[[int, int, Any], str | None] | None = None, editable_from: int = 1):
        """on_edit(row, column, value) writes the change and returns an error message or None; the columns
        from editable_from on are then editable (the first holds the record's id)."""
        super().__init__(parent)
        self.headers: list[str] = list(headers)
        self.rows: list[Any] = []
        self.on_edit = on_edit
        self.editable_from = editable_from
        self.last_error: str | None = None

    # -- what a list says about its rows (override) --------------------------------------------------------
    def cell_text(self, row: int, column: int) -> str:
        """The text shown (and edited) in a cell."""
        value = self.rows[row][column]
        return "" if value is None else str(value)

    def cell_style(self, row: int, column: int, role: int) -> Any:
        """Any other role of a cell: Qt.BackgroundRole, ForegroundRole, TextAlignmentRole, ToolTipRole…"""
        return None

    def row_key(self, row: int) -> Any:
        """What Qt.UserRole gives for any cell of the row, e.g. the record's id."""
        return None

    def is_editable(self, column: int) -> bool:
        return self.on_edit is not None and column >= self.editable_from

    def write_cell(self, row: int, column: int, value: Any) -> bool:
        """Saves an edit through on_edit; on success the row shows the new value."""
        if self.on_edit is None:
            return False
        self.last_error = self.on_edit(row, column, value)
        if self.last_error:
            return False
        values = list(self.rows[row])
        values[column] = value
        self.rows[row] = tuple(values)
        return True

    # -- Qt's model interface ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802 (Qt name)
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: Index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsEditable if self.is_editable(index.column()) else base

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self.cell_text(index.row(), index.column())
        if role == Qt.UserRole:
            return self.row_key(index.row())
        return self.cell_style(index.row(), index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.EditRole) -> bool:  # noqa: N802 (Qt name)
        if role != Qt.EditRole or not index.isValid() or not self.is_editable(index.column()):
            return False
        if not self.write_cell(index.row(), index.column(), value):
            return False
        self.dataChanged.emit(index, index)
        return True

    # -- filling ------------------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any], headers: Sequence[str] | None = None) -> None:
        """Shows these rows instead of the ones shown (and these headers, if given)."""
        self.beginResetModel()
        if headers is not None:
            self.headers = list(headers)
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Adds rows below those shown (the next page of a long list)."""
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
