"""The call panel's bar that says another seat changed the open call: who and when, "Reload" or "Keep mine"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class ConflictBar(QFrame):
    """Shown once per clash (the autosave keeps the officer's typing in the draft meanwhile and does not
    say it again); the officer chooses to take the other seat's version or to save over it."""

    reloadRequested = Signal()
    keepMineRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="callConflict")
        self.setStyleSheet("#callConflict { background: #ffebee; border: 1px solid #e57373; }"
                           " QLabel { color: #8e0000; }")
        self.text = QLabel(objectName="callConflictText", wordWrap=True)
        self.reload = QPushButton(self.tr("Reload"), objectName="conflictReload")
        self.reload.setToolTip(self.tr("Show the call as the other seat saved it (what you typed since is dropped)"))
        self.keep = QPushButton(self.tr("Keep mine"), objectName="conflictKeepMine")
        self.keep.setToolTip(self.tr("Save what you typed over the other seat's change"))
        self.reload.clicked.connect(self.reloadRequested)
        self.keep.clicked.connect(self.keepMineRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.addWidget(self.text, 1)
        row.addWidget(self.reload)
        row.addWidget(self.keep)
        self.hide()

    def show_change(self, who: str, at: str) -> None:
        self.text.setText(self.tr("%1 changed this call on another seat at %2. Your typing since is kept but not "
                                  "saved: reload their version, or keep yours and save it over theirs.")
                          .replace("%1", who).replace("%2", at[11:16]))
        self.show()
