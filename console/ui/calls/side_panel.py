"""Beside the call: the scripts for its fraud type (filled with the call's details) and the caller's history."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from console.models.calls.history import HistoryItem
from console.scripts_library.reading import ScriptText, fill_placeholders


class HistoryModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[HistoryItem] = []
        self.kind_names: dict[str, str] = {}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.DisplayRole:
            return f"{item.at[:16]}  【{self.kind_names.get(item.kind, item.kind)}】 {item.summary}"
        if role == Qt.UserRole:
            return item
        return None

    def set_items(self, items: list[HistoryItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()


class SidePanel(QTabWidget):
    historyActivated = Signal(object)     # HistoryItem
    resumeRequested = Signal(int)         # call id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scripts = QTextBrowser(objectName="scriptPanel")
        self.scripts.setStyleSheet("font-size: 12pt;")
        self.history_model = HistoryModel(self)
        self.history_model.kind_names = {"call": self.tr("call"), "warning": self.tr("warning"),
                                         "stop_request": self.tr("stop-payment"), "account": self.tr("account")}
        self.history = QListView(objectName="callerHistory")
        self.history.setModel(self.history_model)
        self.history.activated.connect(lambda i: self.historyActivated.emit(i.data(Qt.UserRole)))
        self.history_status = QLabel(objectName="historyStatus", wordWrap=True)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.history_status)
        v.addWidget(self.history)
        self.addTab(self.scripts, self.tr("Scripts"))
        self.addTab(box, self.tr("Caller history"))
        self.awaiting_model = AwaitingModel(self)
        self.awaiting = QListView(objectName="awaitingOutcome")
        self.awaiting.setModel(self.awaiting_model)
        self.awaiting.activated.connect(lambda i: self.resumeRequested.emit(i.data(Qt.UserRole)))
        hint = QLabel(self.tr("Calls ended without an outcome. Enter or Ctrl+Shift+R resumes the chosen one."))
        hint.setWordWrap(True)
        waiting = QWidget()
        w = QVBoxLayout(waiting)
        w.addWidget(hint)
        w.addWidget(self.awaiting)
        self.addTab(waiting, self.tr("Awaiting outcome"))

    def show_awaiting(self, items: list) -> None:
        self.awaiting_model.set_items(items)
        self.setTabText(2, self.tr("Awaiting outcome (%1)").replace("%1", str(len(items))) if items
                        else self.tr("Awaiting outcome"))
        self.tabBar().setTabTextColor(2, QColor("#c62828") if items else QColor())
        if items and not self.awaiting.currentIndex().isValid():
            self.awaiting.setCurrentIndex(self.awaiting_model.index(0))

    def chosen_awaiting(self) -> int | None:
        index = self.awaiting.currentIndex()
        if index.isValid():
            return index.data(Qt.UserRole)
        return self.awaiting_model.items[0].id if self.awaiting_model.items else None

    def show_scripts(self, scripts: list[ScriptText], values: dict[str, str], stage_names: dict[str, str]) -> None:
        if not scripts:
            self.scripts.setHtml("<p style='color:#666'>" + self.tr("Choose the fraud type to see its scripts.") + "</p>")
            return
        parts = []
        for s in scripts:
            body = fill_placeholders(s.body, values).replace("\n", "<br>")
            parts.append(f"<h3 style='color:#1f3a5f'>{stage_names.get(s.stage, s.stage)} · {s.title}</h3><p>{body}</p>")
        self.scripts.setHtml("".join(parts))

    def show_history(self, items: list[HistoryItem]) -> None:
        self.history_model.set_items(items)
        if items:
            self.history_status.setText(self.tr("%1 earlier records for this caller").replace("%1", str(len(items))))
            self.history_status.setStyleSheet("color: #c62828; font-weight: bold;")
            self.setTabText(1, self.tr("Caller history (%1)").replace("%1", str(len(items))))
        else:
            self.history_status.setText(self.tr("No earlier record of this caller."))
            self.history_status.setStyleSheet("")
            self.setTabText(1, self.tr("Caller history"))


class AwaitingModel(QAbstractListModel):
    """The officer's calls that ended without an outcome, oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.DisplayRole:
            return f"{item.started_at[:16]}  {item.caller}  {item.name}".rstrip()
        if role == Qt.UserRole:
            return item.id
        return None

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()
