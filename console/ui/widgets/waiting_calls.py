"""The waiting-call strip: one red line per ringing line while a call is already open, until handled.

A ring during a call used to be a status-bar line for 15 seconds; a caller waiting on another line must be
impossible to miss and one key away (the answer-call key takes the oldest waiting call).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.models.calls.ring import RingEvent


class WaitingCallStrip(QWidget):
    answerRequested = Signal(object)     # RingEvent the officer takes now
    dismissed = Signal(object)           # RingEvent the officer lets go (handled elsewhere)

    def __init__(self, answer_keys: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("waitingCalls")
        self.answer_keys = answer_keys
        self._rows: list[tuple[RingEvent, QFrame]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.hide()

    def waiting(self) -> list[RingEvent]:
        return [event for event, _ in self._rows]

    def add(self, event: RingEvent, at: datetime) -> None:
        """A ring while busy: one line per phone line (a second ring on the same line replaces the first)."""
        self.remove(line=event.line, number=None)
        frame = QFrame(objectName="waitingCall")
        frame.setStyleSheet("QFrame#waitingCall { background: #c62828; border-radius: 3px; }"
                            "QFrame#waitingCall QLabel { color: white; font-weight: bold; font-size: 11pt; }")
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 4, 10, 4)
        text = (self.tr("Line %1 is waiting: %2 (ringing since %3)") if event.line else
                self.tr("A call is waiting: %2 (ringing since %3)"))
        label = QLabel(text.replace("%1", event.line).replace("%2", event.number)
                       .replace("%3", at.strftime("%H:%M:%S")), objectName="waitingCallText")
        answer = QPushButton(self.tr("Answer (%1)").replace("%1", self.answer_keys) if self.answer_keys
                             else self.tr("Answer"), objectName="waitingCallAnswer")
        answer.clicked.connect(lambda _=False, e=event: self.answerRequested.emit(e))
        dismiss = QPushButton(self.tr("Handled"), objectName="waitingCallDismiss")
        dismiss.setToolTip(self.tr("Remove this line from the strip (answered elsewhere or hung up)"))
        dismiss.clicked.connect(lambda _=False, e=event: self._dismiss(e))
        row.addWidget(label, 1)
        row.addWidget(answer)
        row.addWidget(dismiss)
        self._layout.addWidget(frame)
        self._rows.append((event, frame))
        self.show()

    def remove(self, *, line: str, number: str | None) -> None:
        """Drops the waiting call of this line (and number, when given): answered, hung up or taken."""
        for event, frame in list(self._rows):
            if event.line == line and (number is None or event.number == number):
                self._rows.remove((event, frame))
                frame.hide()
                frame.deleteLater()
        self.setVisible(bool(self._rows))

    def clear(self) -> None:
        for event, _ in list(self._rows):
            self.remove(line=event.line, number=event.number)

    def _dismiss(self, event: RingEvent) -> None:
        self.remove(line=event.line, number=event.number)
        self.dismissed.emit(event)
