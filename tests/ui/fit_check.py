"""What "fits the screen" means for a page, as a person sees it: every button and label shows its whole text,
every field keeps its natural width or a narrower one chosen for it, and the window is no wider than the screen.
Used by tests/ui/test_fit_screen.py (and handy from a console session when a page is changed)."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QTabBar, QWidget)

SCREEN = (1366, 768 - 40)          # a 1366×768 screen less a task bar


def _shown(widget: QWidget, page: QWidget) -> bool:
    if not widget.isVisibleTo(page) or not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, (QAbstractItemView, QTabBar, QAbstractSpinBox, QComboBox)):
            return False            # the parts of an item view, a tab bar, a date field or a combo box
        parent = parent.parentWidget()
    return True


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {str(text)[:40]!r}"


def cut_off(page: QWidget) -> list[str]:
    """The widgets of the page that do not show what they hold at their present size."""
    problems = []
    for w in page.findChildren(QWidget):
        if not _shown(w, page):
            continue
        width = w.width()
        if isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.text():
            if width < w.sizeHint().width():
                problems.append(f"{_name(w)}: {width} px of {w.sizeHint().width()}")
        elif isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(width)
                if need > w.height() + 1:
                    problems.append(f"{_name(w)}: {w.height()} px high of {need}")
            elif width < w.sizeHint().width() and w.minimumWidth() == 0:
                problems.append(f"{_name(w)}: {width} px of {w.sizeHint().width()}")
        elif isinstance(w, (QComboBox, QLineEdit)):
            natural = min(w.sizeHint().width(), w.maximumWidth())
            if width < natural and w.minimumWidth() == 0:      # squeezed, and not to a width chosen for it
                problems.append(f"{_name(w)}: {width} px of {natural}")
    return problems


def too_big(window) -> list[str]:
    problems = []
    hint = window.minimumSizeHint()
    if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
        problems.append(f"the window needs at least {hint.width()}×{hint.height()}")
    if window.width() > SCREEN[0]:
        problems.append(f"the window was widened to {window.width()}")
    return problems
