"""Small pieces the console's forms share: an amount typed as officers say it, a choice of one among a
few, the message line under a form, and the OK/Cancel row that checks before it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from console.models.core.validation import parse_amount

MESSAGE_STYLE = "color: #c62828; font-weight: bold;"


class AmountEdit(QLineEdit):
    """Yuan as officers type them ('450000', '45万', '1,234.50'); empty means none."""

    def __init__(self, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setPlaceholderText(self.tr("e.g. 450000 or 45万"))

    def problem(self, *, required: bool = False) -> str | None:
        """What is wrong with the text, or None."""
        text = self.text().strip()
        if not text:
            return self.tr("Write the amount, e.g. 450000 or 45万.") if required else None
        check = parse_amount(text)
        return None if check else (check.message or self.tr("Write the amount, e.g. 450000 or 45万."))

    def cents(self) -> int:
        text = self.text().strip()
        return parse_amount(text).value if text else 0

    def said_wrong(self, message: QLabel, *, required: bool = False) -> bool:
        """True, with the reason in message and the focus here, when the amount is wrong."""
        problem = self.problem(required=required)
        if problem:
            message.setText(problem)
            self.setFocus()
        return problem is not None


def coded_combo(object_name: str, items: list[tuple[str, str]]) -> QComboBox:
    """A combo box of (code, text) choices; an empty code (\"all\", \"not known\") is stored as None."""
    combo = QComboBox(objectName=object_name)
    for code, text in items:
        combo.addItem(text, code or None)
    return combo


class RadioChoice(QWidget):
    """One of a few coded choices as radio buttons, the first chosen."""

    changed = Signal(str)

    def __init__(self, choices: list[tuple[str, str]], prefix: str, parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QRadioButton] = {}
        for code, text in choices:
            button = QRadioButton(text, objectName=f"{prefix}_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        next(iter(self.buttons.values())).setChecked(True)
        self.group.buttonToggled.connect(lambda _b, on: on and self.changed.emit(self.value()))

    def value(self) -> str:
        return next(c for c, b in self.buttons.items() if b.isChecked())

    def set_value(self, code: str) -> None:
        self.buttons[code].setChecked(True)


def message_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setStyleSheet(MESSAGE_STYLE)
    label.setWordWrap(True)
    return label


def checked_dialog(dialog: QDialog, form: QFormLayout, message: QLabel, accept: Callable[[], None]) -> QDialogButtonBox:
    """Lays out form, message and OK/Cancel; OK calls accept, which accepts the dialog only if all is right."""
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return buttons
