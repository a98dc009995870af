"""An editable table of plain dict rows (a call's or a request's accounts and transfers) that shows each cell's
problem in place, with the view Tab walks through and its Add / Remove row buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QAbstractScrollArea, QGroupBox,
                               QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout)

from console.ui.widgets.table_model import TableModel


class RowsModel(TableModel):
    """Rows as dicts, one key per column, every cell editable but the read-only keys; a cell with a problem
    is red with the problem as its tooltip; read-only cells show texts computed elsewhere (the bank's name)."""

    rowsEdited = Signal()

    def __init__(self, columns: list[tuple[str, str]], blank: Callable[[], dict[str, Any]],
                 display: dict[str, Callable[[Any], str]] | None = None, parent=None):
        """columns: (key, header). display: key -> function giving the shown text (e.g. code to name)."""
        super().__init__([header for _, header in columns], parent)
        self.columns = columns
        self.blank = blank
        self.display = display or {}
        self.rows: list[dict[str, Any]] = []
        self.problems: dict[tuple[int, str], str] = {}
        self.derived: dict[tuple[int, str], str] = {}     # read-only cells computed elsewhere (bank name)
        self.read_only: set[str] = set()

    def is_editable(self, column: int) -> bool:
        return self.key_of(column) not in self.read_only

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role == Qt.EditRole:
            return self._value(index.row(), self.key_of(index.column()))     # the value itself, e.g. a code
        return super().data(index, role)

    def _value(self, row: int, key: str) -> Any:
        if key in self.read_only:
            return self.derived.get((row, key), "")
        return self.rows[row].get(key, "")

    def cell_text(self, row: int, column: int) -> Any:
        key = self.key_of(column)
        value = self._value(row, key)
        return self.display[key](value) if key in self.display and key not in self.read_only else value

    def cell_style(self, row: int, column: int, role: int) -> Any:
        problem = self.problems.get((row, self.key_of(column)))
        if role == Qt.BackgroundRole and problem:
            return QColor("#ffd7d7")
        if role == Qt.ToolTipRole:
            return problem
        return None

    def write_cell(self, row: int, column: int, value: Any) -> bool:
        self.rows[row][self.key_of(column)] = value
        return True

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 (Qt name)
        """Any cell but the read-only ones takes what is typed; the form checks it (set_problems)."""
        if role != Qt.EditRole or not index.isValid():
            return False
        self.write_cell(index.row(), index.column(), value)
        self.dataChanged.emit(index, index)
        self.rowsEdited.emit()
        return True

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append({**self.blank(), **(values or {})})
        self.endInsertRows()
        self.rowsEdited.emit()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.rowsEdited.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [{**self.blank(), **r} for r in rows]
        self.problems = {}
        self.endResetModel()

    def set_problems(self, problems: dict[tuple[int, str], str], derived: dict[tuple[int, str], str],
                     editing: set[tuple[int, str]] = frozenset()) -> None:
        """Marks the cells whose problem or derived text changed, and only those, never the cell being edited.

        A view copies the model's value into an open editor on any dataChanged that covers its cell (Qt 6
        does so for ranges too), which used to wipe what the officer had typed since the editor opened."""
        changed = {k for k in problems.keys() | self.problems.keys() if problems.get(k) != self.problems.get(k)}
        changed |= {k for k in derived.keys() | self.derived.keys() if derived.get(k) != self.derived.get(k)}
        self.problems = dict(problems)
        self.derived = dict(derived)
        keys = [k for k, _ in self.columns]
        for row, key in sorted(changed - set(editing)):
            if 0 <= row < len(self.rows) and key in keys:
                index = self.index(row, keys.index(key))
                self.dataChanged.emit(index, index, [Qt.DisplayRole, Qt.BackgroundRole, Qt.ToolTipRole])

    def key_of(self, column: int) -> str:
        return self.columns[column][0]


class CellTable(QTableView):
    """A table Tab walks through cell by cell, skipping read-only cells, and leaves after the last one
    (Shift+Tab before the first), instead of cycling through its cells forever."""

    def _step(self, index: QModelIndex, forward: bool) -> QModelIndex:
        model = self.model()
        rows, cols = model.rowCount(), model.columnCount()
        pos = index.row() * cols + index.column() if index.isValid() else (-1 if forward else rows * cols)
        while True:
            pos += 1 if forward else -1
            if not 0 <= pos < rows * cols:
                return QModelIndex()
            candidate = model.index(pos // cols, pos % cols)
            if candidate.flags() & Qt.ItemIsEditable and not self.isColumnHidden(candidate.column()):
                return candidate

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt name)
        if action in (QAbstractItemView.MoveNext, QAbstractItemView.MovePrevious):
            return self._step(self.currentIndex(), action == QAbstractItemView.MoveNext)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor, hint):  # noqa: N802 (Qt name)
        leaving = None
        if hint in (QAbstractItemDelegate.EditNextItem, QAbstractItemDelegate.EditPreviousItem):
            forward = hint == QAbstractItemDelegate.EditNextItem
            if not self._step(self.currentIndex(), forward).isValid():
                leaving, hint = forward, QAbstractItemDelegate.NoHint
        super().closeEditor(editor, hint)
        if leaving is not None:
            self.focusNextPrevChild_out(leaving)

    def keyPressEvent(self, event):  # noqa: N802 (Qt name)
        """Ctrl+Tab (Ctrl+Shift+Tab) leaves the table from any cell."""
        if event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and event.modifiers() & Qt.ControlModifier:
            self.focusNextPrevChild_out(event.key() == Qt.Key_Tab and not event.modifiers() & Qt.ShiftModifier)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild_out(self, forward: bool) -> None:  # noqa: N802
        """Moves the focus to the widget after (before) the table, past its own cells."""
        QAbstractScrollArea.focusNextPrevChild(self, forward)


def rows_table(name: str, model: RowsModel, title: str, add_label: str, remove_label: str, on_add=None):
    """A titled box with the table view and its Add / Remove row buttons; returns (box, view)."""
    box = QGroupBox(title)
    v = QVBoxLayout(box)
    v.setContentsMargins(6, 4, 6, 4)
    view = CellTable(objectName=name)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setMinimumHeight(96)
    add = QPushButton(add_label, objectName=name + "Add")
    add.clicked.connect(on_add or (lambda: model.add_row()))
    remove = QPushButton(remove_label, objectName=name + "Remove")
    remove.clicked.connect(lambda: model.remove_row(view.currentIndex().row()))
    buttons = QHBoxLayout()
    buttons.addWidget(add)
    buttons.addWidget(remove)
    buttons.addStretch()
    v.addWidget(view)
    v.addLayout(buttons)
    return box, view
