"""The escalation ladder of the selected warning: the step being worked with its due time, one button per
result, and the steps done so far with who did them when."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from console.models.core.clock import parse_iso
from console.models.warnings import ladder


class LadderPanel(QGroupBox):
    """Shows the ladder; resultChosen(result) when the officer says how the current step went."""

    resultChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ladderPanel")
        self.setTitle(self.tr("Escalation ladder"))
        self.kinds = {ladder.CALL: self.tr("call"), ladder.SMS: self.tr("warning SMS"),
                      ladder.CONTACT: self.tr("emergency contact / family"), ladder.STATION: self.tr("station to the door")}
        self.results = {ladder.REACHED: self.tr("reached"), ladder.NO_ANSWER: self.tr("no answer"),
                        ladder.BUSY: self.tr("line busy"), ladder.SENT: self.tr("sent"), ladder.FAILED: self.tr("failed"),
                        ladder.STOPPED: self.tr("stopped")}
        self.state = QLabel(objectName="ladderState")
        self.state.setWordWrap(True)
        self.history = QLabel(objectName="ladderHistory")
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for code, text in ((ladder.REACHED, self.tr("Reached")), (ladder.NO_ANSWER, self.tr("No answer")),
                           (ladder.BUSY, self.tr("Line busy")), (ladder.SENT, self.tr("SMS sent")),
                           (ladder.FAILED, self.tr("Could not send"))):
            button = QPushButton(text, objectName=f"ladder_{code}")
            button.clicked.connect(lambda *_, c=code: self.resultChosen.emit(c))
            self.buttons[code] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.history)

    def step_text(self, step: ladder.LadderStep) -> str:
        kind = self.kinds.get(step.kind, step.kind)
        if step.kind == ladder.CALL:
            kind += f" {step.attempt}/{ladder.CALL_ATTEMPTS}"
        return self.tr("step %1: %2").replace("%1", str(step.rung)).replace("%2", kind)

    def show_ladder(self, steps: list[ladder.LadderStep], now, names: dict[int, str]) -> None:
        running = next((s for s in reversed(steps) if s.ended_at is None), None)
        if running is None:
            self.state.setText(self.tr("Not running. Start it with %1 when the person cannot be reached.")
                               .replace("%1", "Ctrl+Shift+E") if not steps else self.tr("Ladder ended."))
            self.state.setStyleSheet("")
        else:
            left = int((parse_iso(running.due_at) - now).total_seconds() // 60)
            due = self.tr("due %1 (%2 min)").replace("%1", running.due_at[11:16]).replace("%2", str(left))
            self.state.setText(f"<b>{html.escape(self.step_text(running))}</b> · {due}")
            self.state.setStyleSheet("color: #c62828;" if left < 0 else "color: #1f3a5f;")
        on_phone = running is not None and running.kind in (ladder.CALL, ladder.CONTACT, ladder.STATION)
        for code, button in self.buttons.items():
            button.setVisible(running is not None and (code in (ladder.SENT, ladder.FAILED)) != on_phone)
        self.history.setText("<br>".join(
            f"{s.ended_at[11:16]} {html.escape(self.step_text(s))}: {self.results.get(s.result, s.result)}"
            f" · {html.escape(names.get(s.ended_by, ''))}" for s in steps if s.ended_at))
