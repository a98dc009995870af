"""The bar that says another seat changed the record this seat is editing: who and when, "Reload" or
"Keep mine" (and, where the page offers it, a look at the other seat's version first). The call panel and
the stop-payment form use it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class ConflictBar(QFrame):
    """Shown once per clash (the autosave keeps the officer's typing in the draft meanwhile and does not
    say it again); the officer chooses to take the other seat's version or to save over it. `message` is
    the page's sentence with %1 (who) and %2 (when); `compare` adds a button that asks the page to show the
    other seat's version in place, and back (compareToggled)."""

    reloadRequested = Signal()
    keepMineRequested = Signal()
    compareToggled = Signal(bool)

    def __init__(self, parent=None, *, name: str = "callConflict", message: str | None = None,
                 compare: bool = False):
        super().__init__(parent, objectName=name)
        self.setStyleSheet(f"#{name} {{ background: #ffebee; border: 1px solid #e57373; }}"
                           " QLabel { color: #8e0000; }")
        self.message = message or self.tr(
            "%1 changed this call on another seat at %2. Your typing since is kept but not saved: reload their "
            "version, or keep yours and save it over theirs.")
        self.text = QLabel(objectName=name + "Text", wordWrap=True)
        self.reload = QPushButton(self.tr("Reload"), objectName="conflictReload")
        self.reload.setToolTip(self.tr("Show the call as the other seat saved it (what you typed since is dropped)"))
        self.keep = QPushButton(self.tr("Keep mine"), objectName="conflictKeepMine")
        self.keep.setToolTip(self.tr("Save what you typed over the other seat's change"))
        self.reload.clicked.connect(self.reloadRequested)
        self.keep.clicked.connect(self.keepMineRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.addWidget(self.text, 1)
        self.compare = None
        if compare:
            self.compare = QPushButton(self.tr("Show theirs"), objectName="conflictCompare", checkable=True)
            self.compare.setToolTip(self.tr("Look at the other seat's version; what you typed stays kept"))
            self.compare.toggled.connect(self._compare_toggled)
            row.addWidget(self.compare)
        row.addWidget(self.reload)
        row.addWidget(self.keep)
        self.hide()

    def _compare_toggled(self, on: bool) -> None:
        self.compare.setText(self.tr("Back to mine") if on else self.tr("Show theirs"))
        self.compareToggled.emit(on)

    def show_change(self, who: str, at: str) -> None:
        if self.compare is not None and self.compare.isChecked():
            self.compare.setChecked(False)
        self.text.setText(self.message.replace("%1", who).replace("%2", at[11:16]))
        self.show()
