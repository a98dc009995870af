"""A page whose area is not built yet: says so plainly instead of showing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from console.ui.page import Page


class PlaceholderPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        self._title = QLabel()
        body = QLabel(self.tr("This area is being built. Its data is already kept in the database."))
        for w in (self._title, body):
            w.setAlignment(Qt.AlignCenter)
            layout.addWidget(w)
        layout.addStretch()

    def set_heading(self, text: str) -> None:
        self._title.setText(f"<h2>{text}</h2>")
