"""The small forms of warning handling: a warning typed in by hand, the outcome, the SMS, the station's feedback.

Each form keeps what was typed when a field is wrong: the message goes under the form and it stays open.
The manual-entry form is also kept as a draft while it is typed, so a closed window or a crash loses nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout)

from console.models.warnings import sms
from console.models.stations.dispatches import Dispatch
from console.models.warnings.handling import DEFRAUDED, DISSUADED, NOT_FRAUD, UNREACHABLE
from console.ui.form_parts import AmountEdit, RadioChoice, checked_dialog, coded_combo, message_label


def _datetime_edit(name: str, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value), objectName=name)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class NewWarningDialog(QDialog):
    """A warning passed on by telephone or by hand: the same checks as an imported row."""

    draftChanged = Signal(dict)

    def __init__(self, now: datetime, levels, fraud_types, districts, parent=None, draft: dict | None = None):
        super().__init__(parent)
        self.setObjectName("newWarningDialog")
        self.setWindowTitle(self.tr("New warning"))
        self.phone = QLineEdit(objectName="newWarningPhone")
        self.phone.setPlaceholderText(self.tr("Phone of the person warned, any format"))
        self.received = _datetime_edit("newWarningReceived", now)
        self.level = coded_combo("newWarningLevel", levels)
        self.fraud_type = coded_combo("newWarningFraudType", [("", self.tr("(not known)"))] + fraud_types)
        self.district = coded_combo("newWarningDistrict", [("", self.tr("(not known)"))] + districts)
        self.person_name = QLineEdit(objectName="newWarningName")
        self.fraud_number = QLineEdit(objectName="newWarningFraudNumber")
        self.fraud_app = QLineEdit(objectName="newWarningFraudApp")
        self.notes = QPlainTextEdit(objectName="newWarningNotes")
        self.notes.setFixedHeight(70)
        self.message = message_label("newWarningMessage")
        form = QFormLayout()
        for label, w in ((self.tr("Phone"), self.phone), (self.tr("Time received"), self.received),
                         (self.tr("Level"), self.level), (self.tr("Fraud type"), self.fraud_type),
                         (self.tr("Name"), self.person_name), (self.tr("District"), self.district),
                         (self.tr("Fraud number"), self.fraud_number), (self.tr("Fraud app"), self.fraud_app),
                         (self.tr("Notes"), self.notes)):
            form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add to the queue"))
        self.buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.message)
        v.addWidget(self.buttons)
        if draft:
            self.set_values(draft)
        for w in (self.phone, self.person_name, self.fraud_number, self.fraud_app):
            w.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        for c in (self.level, self.fraud_type, self.district):
            c.currentIndexChanged.connect(self._changed)
        self.received.dateTimeChanged.connect(self._changed)

    def values(self) -> dict[str, str]:
        return {"phone": self.phone.text(), "received_at": self.received.dateTime().toString("yyyy-MM-dd HH:mm:ss"),
                "level": self.level.currentData(), "fraud_type": self.fraud_type.currentData() or "",
                "person_name": self.person_name.text(), "district": self.district.currentData() or "",
                "fraud_number": self.fraud_number.text(), "fraud_app": self.fraud_app.text(),
                "notes": self.notes.toPlainText()}

    def set_values(self, v: dict) -> None:
        self.phone.setText(v.get("phone", ""))
        if v.get("received_at"):
            self.received.setDateTime(QDateTime.fromString(v["received_at"], "yyyy-MM-dd HH:mm:ss"))
        for combo, key in ((self.level, "level"), (self.fraud_type, "fraud_type"), (self.district, "district")):
            i = combo.findData(v.get(key, ""))
            if i >= 0:
                combo.setCurrentIndex(i)
        self.person_name.setText(v.get("person_name", ""))
        self.fraud_number.setText(v.get("fraud_number", ""))
        self.fraud_app.setText(v.get("fraud_app", ""))
        self.notes.setPlainText(v.get("notes", ""))

    def _changed(self, *_):
        self.draftChanged.emit(self.values())

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.phone.setFocus()


class OutcomeDialog(QDialog):
    """Dissuaded, not reached (with when to try again), already defrauded, false alarm; loss saved; a note."""

    def __init__(self, now: datetime, outcome_names: dict[str, str], review_after_minutes: int, parent=None):
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Record the outcome"))
        self.now = now
        self.choice = RadioChoice([
            (DISSUADED, outcome_names.get(DISSUADED, self.tr("Dissuaded"))),
            (UNREACHABLE, self.tr("Not reached: try again later")),
            (DEFRAUDED, self.tr("Already defrauded: go to the stop-payment")),
            (NOT_FRAUD, outcome_names.get(NOT_FRAUD, self.tr("Not fraud / false alarm")))], "outcome")
        self.loss = AmountEdit("outcomeLossSaved")
        self.retry = _datetime_edit("outcomeRetryAt", now + timedelta(minutes=review_after_minutes))
        self.notes = QPlainTextEdit(objectName="outcomeNotes")
        self.notes.setFixedHeight(70)
        self.message = message_label("outcomeMessage")
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.choice)
        form.addRow(self.tr("Loss saved (yuan)"), self.loss)
        form.addRow(self.tr("Try again at"), self.retry)
        form.addRow(self.tr("Note"), self.notes)
        self.choice.changed.connect(self._changed)
        self._changed()
        checked_dialog(self, form, self.message, self._accept)

    def outcome(self) -> str:
        return self.choice.value()

    def set_outcome(self, code: str) -> None:
        self.choice.set_value(code)

    def _changed(self, *_):
        self.retry.setEnabled(self.outcome() == UNREACHABLE)

    def loss_saved_cents(self) -> int:
        return self.loss.cents()

    def retry_at(self) -> datetime | None:
        return self.retry.dateTime().toPython() if self.outcome() == UNREACHABLE else None

    def _accept(self) -> None:
        if self.loss.said_wrong(self.message):
            return
        if self.outcome() == UNREACHABLE and self.retry.dateTime().toPython() <= self.now:
            self.message.setText(self.tr("The retry time must be later than now."))
            return
        self.accept()


class SmsDialog(QDialog):
    """A template chosen, its placeholders filled from the warning, the text editable before it goes out."""

    def __init__(self, db, warning_id: int, templates: list[sms.SmsTemplate], chosen: sms.SmsTemplate | None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("smsDialog")
        self.setWindowTitle(self.tr("Warning SMS"))
        self.db, self.warning_id = db, warning_id
        self.template = QComboBox(objectName="smsTemplate")
        for t in templates:
            self.template.addItem(t.name, t.code)
        self.templates = {t.code: t for t in templates}
        self.text = QPlainTextEdit(objectName="smsText")
        self.text.setMinimumSize(420, 120)
        self.count = QLabel(objectName="smsCount")
        self.message = message_label("smsMessage")
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", " ".join("{" + p + "}" for p in sms.PLACEHOLDERS)))
        hint.setStyleSheet("color: #666666; font-size: 9pt;")
        self.template.currentIndexChanged.connect(self._fill)
        self.text.textChanged.connect(self._count)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Put in the outbox"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        v.addLayout(form)
        v.addWidget(self.text)
        v.addWidget(self.count)
        v.addWidget(hint)
        v.addWidget(self.message)
        v.addWidget(buttons)
        if chosen is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(chosen.code)))
        self._fill()

    def _fill(self, *_):
        t = self.templates.get(self.template.currentData())
        if t is not None:
            self.text.setPlainText(sms.preview(self.db, self.warning_id, t))

    def _count(self):
        body = self.text.toPlainText().strip()
        self.count.setText(self.tr("%1 characters, %2 SMS").replace("%1", str(len(body)))
                           .replace("%2", str(sms.segments(body))))

    def body(self) -> str:
        return self.text.toPlainText()

    def template_code(self) -> str | None:
        return self.template.currentData()


class FeedbackDialog(QDialog):
    """The station's result against its dispatch: visited, dissuaded, loss saved, what they found."""

    def __init__(self, dispatch: Dispatch, parent=None):
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Station feedback"))
        self.dispatch = dispatch
        title = QLabel(self.tr("%1, asked by %2").replace("%1", dispatch.station_name)
                       .replace("%2", dispatch.deadline_at[:16]))
        title.setStyleSheet("font-weight: bold;")
        self.visited = QCheckBox(self.tr("Visited the person"), objectName="feedbackVisited")
        self.dissuaded = QCheckBox(self.tr("Dissuaded"), objectName="feedbackDissuaded")
        self.defrauded = QCheckBox(self.tr("Money had already gone"), objectName="feedbackDefrauded")
        self.loss = AmountEdit("feedbackLossSaved")
        if dispatch.loss_saved_cents:
            self.loss.setText(f"{dispatch.loss_saved_cents / 100:.2f}")
        self.visited.setChecked(bool(dispatch.visited))
        self.dissuaded.setChecked(bool(dispatch.dissuaded))
        self.notes = QPlainTextEdit(dispatch.feedback_notes, objectName="feedbackNotes")
        self.notes.setFixedHeight(70)
        self.message = message_label("feedbackMessage")
        self.dissuaded.toggled.connect(lambda on: on and self.visited.setChecked(True))
        form = QFormLayout()
        for row in (title, self.visited, self.dissuaded, self.defrauded):
            form.addRow(row)
        form.addRow(self.tr("Loss saved (yuan)"), self.loss)
        form.addRow(self.tr("What the station found"), self.notes)
        checked_dialog(self, form, self.message, self._accept)

    def loss_saved_cents(self) -> int:
        return self.loss.cents()

    def outcome(self) -> str | None:
        return DEFRAUDED if self.defrauded.isChecked() else NOT_FRAUD if self.visited.isChecked() else None

    def _accept(self) -> None:
        if not self.loss.said_wrong(self.message):
            self.accept()
