"""Dispatch to a station: pick it by typing part of its name or district, give the reason and deadline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt, QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView,
                               QVBoxLayout)


class DispatchDialog(QDialog):
    def __init__(self, stations: list[tuple[int, str, str]], now, parent=None):
        super().__init__(parent)
        self.setObjectName("dispatchDialog")
        self.setWindowTitle(self.tr("Dispatch to a station"))
        model = QStandardItemModel(self)
        for sid, name, district in stations:
            item = QStandardItem(f"{name}  ({district})")
            item.setData(sid, Qt.UserRole)
            model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.search = QLineEdit(objectName="stationSearch")
        self.search.setPlaceholderText(self.tr("Type part of the station or district name"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(objectName="stationList")
        self.list.setModel(self.proxy)
        self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.search.textChanged.connect(lambda: self.list.setCurrentIndex(self.proxy.index(0, 0)))
        self.reason = QLineEdit(self.tr("Face-to-face dissuasion"), objectName="dispatchReason")
        self.deadline = QDateTimeEdit(QDateTime(now + timedelta(hours=2)), objectName="dispatchDeadline")
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.message = QLabel(objectName="dispatchMessage")
        self.message.setStyleSheet("color: #c62828")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Deadline"), self.deadline)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(self.search)
        v.addWidget(self.list)
        v.addLayout(form)
        v.addWidget(self.message)
        v.addWidget(buttons)

    def station_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(Qt.UserRole) if index.isValid() else None

    def _accept(self) -> None:
        if self.station_id() is None:
            self.message.setText(self.tr("Choose a station."))
            return
        self.accept()
