"""Widgets that give way on a 1366×768 screen: a filter keeps its natural width where there is room and gives
up part of it (its text elided) where there is not, so that no page forces the window wider than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

ARROW_AND_FRAME = 36            # what a combo box needs beside its text


def squeezable(*widgets: QWidget, chars: int = 10) -> None:
    """Each widget may be squeezed down to about `chars` characters (a combo's text is then elided; its list
    still opens wide enough to read every entry). The natural width stays the size hint, used where it fits."""
    for widget in widgets:
        width = widget.fontMetrics().horizontalAdvance("0" * chars)
        natural = widget.sizeHint().width()
        if isinstance(widget, QComboBox):
            widget.setMinimumWidth(min(natural, width + ARROW_AND_FRAME))
            widget.view().setMinimumWidth(natural)
        elif isinstance(widget, QLineEdit):
            widget.setMinimumWidth(min(natural, width + 12))
        else:
            widget.setMinimumWidth(min(natural, width))
