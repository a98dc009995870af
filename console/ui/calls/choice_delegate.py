"""A table cell edited by picking from a fixed list (role, account kind, channel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.choices = choices          # (code, shown text)

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for code, text in self.choices:
            combo.addItem(text, code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findData(index.data(Qt.EditRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.EditRole)
