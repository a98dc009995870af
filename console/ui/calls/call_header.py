"""The top of the call panel: the number as typed and parsed, where it is from, risk hints, timers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.models.core.phone import (RISK_FROM_ABROAD, RISK_INVALID, RISK_KNOWN_FRAUD, RISK_SPOOFED_OFFICIAL,
                             RISK_VIRTUAL_OPERATOR, PhoneInfo)

STOP_WINDOW_HOURS = 48


def _clock_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class CallHeader(QWidget):
    startRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("callHeader")
        self.setStyleSheet("QWidget#callHeader { background: #f4f6fa; border-bottom: 1px solid #ccd; }")
        self.number_entry = QLineEdit(objectName="numberEntry")
        self.number_entry.setPlaceholderText(self.tr("Type or paste the caller's number, then Enter"))
        self.number_entry.returnPressed.connect(lambda: self.startRequested.emit(self.number_entry.text()))
        self.start_button = QPushButton(self.tr("Start call"), objectName="startCallButton")
        self.start_button.clicked.connect(lambda: self.startRequested.emit(self.number_entry.text()))
        self.number = QLabel(objectName="callerNumber")
        self.number.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1f3a5f;")
        self.number.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details = QLabel(objectName="callerDetails")
        self.details.setStyleSheet("font-size: 11pt;")
        self.details.setWordWrap(True)          # region, carrier and line may not fit a 1366×768 screen's width
        self.risks = QLabel(objectName="riskHints")
        self.risks.setStyleSheet("font-size: 11pt; color: #c62828; font-weight: bold;")
        self.risks.setWordWrap(True)
        self.call_timer = QLabel(objectName="callTimer")
        self.call_timer.setStyleSheet("font-size: 16pt; font-family: monospace;")
        self.window_timer = QLabel(objectName="stopWindowTimer")
        self.window_timer.setStyleSheet("font-size: 12pt;")
        self.window_timer.setWordWrap(True)

        entry = QHBoxLayout()
        entry.addWidget(self.number_entry, 1)
        entry.addWidget(self.start_button)
        left = QVBoxLayout()
        left.addLayout(entry)
        left.addWidget(self.number)
        left.addWidget(self.details)
        left.addWidget(self.risks)
        right = QVBoxLayout()
        right.addWidget(self.call_timer, 0, Qt.AlignRight)
        right.addWidget(self.window_timer, 0, Qt.AlignRight)
        right.addStretch()
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right)
        self.show_idle()

    def risk_text(self, code: str) -> str:
        return {
            RISK_FROM_ABROAD: self.tr("Number from abroad"),
            RISK_VIRTUAL_OPERATOR: self.tr("Virtual-operator range (170/171/162/165/167)"),
            RISK_SPOOFED_OFFICIAL: self.tr("Looks like a spoofed official number"),
            RISK_INVALID: self.tr("Not a valid number: kept as typed"),
            RISK_KNOWN_FRAUD: self.tr("Already in our records as a fraud number"),
        }.get(code, code)

    def kind_text(self, kind: str) -> str:
        return {"mobile": self.tr("mobile"), "fixed": self.tr("fixed line"), "short": self.tr("short number"),
                "foreign": self.tr("international"), "unknown": self.tr("unknown")}.get(kind, kind)

    def show_idle(self) -> None:
        self.number.setText(self.tr("No call in progress"))
        self.details.setText(self.tr("Ctrl+N: new call. A ringing line appears here by itself."))
        self.risks.clear()
        self.call_timer.clear()
        self.window_timer.clear()

    def show_number(self, info: PhoneInfo, line: str = "", direction: str = "in") -> None:
        arrow = "→" if direction == "out" else "←"
        self.number.setText(f"{arrow} {info.formatted}")
        bits = [self.kind_text(info.kind)]
        if info.region:
            bits.append(info.region)
        if info.carrier:
            bits.append(info.carrier)
        if line:
            bits.append(self.tr("line %1").replace("%1", line))
        self.details.setText(" · ".join(bits))
        self.risks.setText("  ".join("⚠ " + self.risk_text(r) for r in info.risks))

    def tick(self, now: datetime, started: datetime | None, first_transfer: datetime | None) -> None:
        if started is None:
            return
        self.call_timer.setText(self.tr("Call %1").replace("%1", _clock_text(int((now - started).total_seconds()))))
        if first_transfer is None:
            self.window_timer.clear()
            return
        left = STOP_WINDOW_HOURS * 3600 - int((now - first_transfer).total_seconds())
        since = int((now - first_transfer).total_seconds())
        color = "#c62828" if since > 30 * 60 else "#ef6c00"
        self.window_timer.setStyleSheet(f"font-size: 12pt; color: {color}; font-weight: bold;")
        self.window_timer.setText(self.tr("Money moved %1 ago").replace("%1", _clock_text(since))
                                  + "  ·  " + self.tr("48 h window left %1").replace("%1", _clock_text(left)))
