"""A table cell edited by picking from a fixed list (role, account kind, channel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate


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


class AccountDelegate(QStyledItemDelegate):
    """A transfer's receiving account, picked from the call's accounts (typing its first digits completes
    it, Down lists them) or typed when it is not among them (then marked, to be added above)."""

    def __init__(self, numbers, parent=None, on_typed=None):
        super().__init__(parent)
        self.numbers = numbers          # () -> the call's receiving account numbers, as typed
        self.on_typed = on_typed

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("transferAccountEditor")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        combo.addItems([n for n in self.numbers() if n])
        combo.completer().setCompletionMode(QCompleter.InlineCompletion)
        if self.on_typed is not None:
            combo.lineEdit().textEdited.connect(lambda _text: self.on_typed())
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setEditText(index.data(Qt.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText().strip(), Qt.EditRole)


class TextDelegate(QStyledItemDelegate):
    """A text cell whose keystrokes count as editing the call (so the draft is saved while a long number
    is being typed, not only when the cell is left)."""

    def __init__(self, on_typed, parent=None):
        super().__init__(parent)
        self.on_typed = on_typed

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if hasattr(editor, "textEdited"):
            editor.textEdited.connect(lambda _text: self.on_typed())
        return editor
