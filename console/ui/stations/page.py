"""A police station's page (or a county bureau's): the dispatches sent down by the centre, the most urgent
first with their deadlines, and the visit's feedback recorded against each; the centre sees it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from console.models.core.users import PermissionDenied
from console.models.core.validation import format_amount
from console.models.stations import dispatches
from console.models.stations.dispatches import OPEN, StationDispatch
from console.models.warnings.dispatch import record_warning_feedback
from console.ui.tasks import failure_message
from console.ui.actions import ActionName
from console.ui.form_parts import AmountEdit, message_label
from console.ui.live import LiveRefresh
from console.ui.page import Page
from console.ui.stations.dispatch_model import StationDispatchModel


class StationsPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setObjectName("stationsPage")
        self.current: StationDispatch | None = None
        self._reselecting = False
        self._generation = 0
        self._said: tuple[str, bool] | None = None
        user = self.ctx.user
        place = dispatches.workplace_name(self.ctx.db, user)
        self.title = title = QLabel(self.tr("Dispatches to %1").replace("%1", place) if place
                                    else self.tr("Dispatches to every station"), objectName="stationTitle")
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.count = QLabel(objectName="stationCount")
        self.view = QComboBox(objectName="stationFilter")
        self.view.addItem(self.tr("To visit"), True)
        self.view.addItem(self.tr("All, answered too"), False)
        self.view.currentIndexChanged.connect(self.refresh)

        self.model = StationDispatchModel(self)
        self.table = QTableView(objectName="stationDispatches")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setColumnHidden(5, user.station_id is not None)   # one station: its name is the title
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.table.activated.connect(lambda _index: self.visited.setFocus())    # Return: to the feedback

        self.detail = QLabel(objectName="stationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.RichText)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.visited = QCheckBox(self.tr("Visited the person"), objectName="stationVisited")
        self.dissuaded = QCheckBox(self.tr("Dissuaded: no money will be sent"), objectName="stationDissuaded")
        self.dissuaded.toggled.connect(lambda on: on and self.visited.setChecked(True))
        self.loss = AmountEdit("stationLossSaved")
        self.notes = QPlainTextEdit(objectName="stationNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(120)
        self.notes.setPlaceholderText(self.tr("What you found: whom you met, what they said, what was done"))
        self.save = QPushButton(self.tr("Save feedback"), objectName="stationSave")
        self.save.setToolTip(self.actions[ActionName.SAVE_FEEDBACK].toolTip())
        self.save.clicked.connect(self.save_feedback)
        self.actions[ActionName.SAVE_FEEDBACK].triggered.connect(self._save_key)
        self.message = message_label("stationMessage")

        form = QFormLayout()
        form.addRow(self.visited)
        form.addRow(self.dissuaded)
        form.addRow(self.tr("Loss saved (yuan)"), self.loss)
        form.addRow(self.tr("Feedback"), self.notes)
        box = QGroupBox(self.tr("The visit"), objectName="stationFeedback")
        bv = QVBoxLayout(box)
        bv.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save)
        bv.addLayout(row)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(title)
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.view)
        lv.addLayout(top)
        lv.addWidget(self.table)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.detail)
        rv.addWidget(box)
        rv.addStretch(1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 480])
        QVBoxLayout(self).addWidget(split)
        self.live = LiveRefresh(self, self.ctx.db, self.refresh, target=self.ctx.db_path)     # the centre's new dispatches, at once
        self.refresh()

    # -- the list ----------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        """Rereads the list off the UI thread (the newest request wins); the dispatch being answered stays put
        with what is typed in its form."""
        self._generation += 1
        generation, ctx, open_only = self._generation, self.ctx, self.view.currentData()

        def job(db, progress):
            return (dispatches.station_dispatches(db, ctx.user, open_only=open_only),
                    dispatches.open_count(db, ctx.user, ctx.clock.now_iso()))

        self.runner.read(job, lambda result: self._apply(generation, result), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.say(self.tr("The dispatches could not be read: %1").replace("%1", failure_message(exc)))

    def _apply(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        rows, (n_open, n_overdue) = result
        keep = self.current.id if self.current else None
        self.model.set_rows(rows, self.ctx.clock.now())
        text = self.tr("%1 to visit").replace("%1", str(n_open))
        if n_overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(n_overdue))
        self.count.setText(text)
        row = self.model.row_of(keep)
        if row >= 0:
            self._reselecting = True               # the same dispatch: the form keeps what is typed
            self.table.selectRow(row)
            self._reselecting = False
        elif keep is not None:
            self.say(self.tr("This dispatch left the list: it was answered on another seat."))
        else:
            if rows:
                self.table.selectRow(0)
            self._show(0 if rows else -1)
        if self._said is not None:                 # what the last save said outlives the reread it caused
            self.say(*self._said)
            self._said = None

    def _show(self, row: int) -> None:
        if self._reselecting:
            return
        d = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        self.current = d
        self.message.clear()
        for w in (self.visited, self.dissuaded, self.loss, self.notes, self.save):
            w.setEnabled(d is not None)
        if d is None:
            self.detail.setText(self.tr("No dispatch to answer."))
            for box in (self.visited, self.dissuaded):
                box.setChecked(False)
            self.loss.clear()
            self.notes.clear()
            return
        self.detail.setText(self._detail_html(d))
        self.visited.setChecked(bool(d.visited))
        self.dissuaded.setChecked(bool(d.dissuaded))
        self.loss.setText(f"{d.loss_saved_cents / 100:.2f}" if d.loss_saved_cents else "")
        self.notes.setPlainText(d.feedback_notes)

    def _detail_html(self, d: StationDispatch) -> str:
        from html import escape as e

        source = (self.tr("Warning #%1").replace("%1", str(d.warning_id)) if d.warning_id is not None
                  else self.tr("Call #%1").replace("%1", str(d.call_id)))
        rows = [(self.tr("Person"), f"<b style='font-size:13pt'>{e(d.person_name)}</b>"),
                (self.tr("Phone"), e(d.phone)),
                (self.tr("Reason"), e(d.reason)),
                (self.tr("Deadline"), f"<b>{d.deadline_at[:16]}</b> ({e(self.model.time_left(d))})"
                 if d.status == OPEN else d.deadline_at[:16]),
                (self.tr("Sent by"), e(f"{d.sent_by}, {d.created_at[:16]} · {source}")),
                (self.tr("Station"), e(f"{d.station_name} ({d.district_name})"))]
        if d.status != OPEN:
            rows.append((self.tr("Answered"), e(f"{(d.feedback_at or '')[:16]} · {self.model.state(d)}")
                         + (f" · {format_amount(d.loss_saved_cents)}" if d.loss_saved_cents else "")))
        table = "".join(f"<tr><td style='color:#555;padding-right:10px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        return f"<table>{table}</table>"

    # -- the feedback ------------------------------------------------------------------------------
    def _save_key(self) -> None:
        if self.isVisible():
            self.save_feedback()

    def save_feedback(self) -> bool:
        """Saves the visit against the dispatch shown; a feedback recorded meanwhile elsewhere is not
        overwritten (the seat is told who and when)."""
        d = self.current
        if d is None:
            self.say(self.tr("Choose a dispatch in the list."))
            return False
        if self.loss.said_wrong(self.message):
            return False
        try:
            record_warning_feedback(
                self.ctx.db, self.ctx.user, d.id, visited=self.visited.isChecked(),
                dissuaded=self.dissuaded.isChecked(), loss_saved_cents=self.loss.cents(),
                notes=self.notes.toPlainText(), clock=self.ctx.clock, seen_feedback_at=d.feedback_at)
        except PermissionDenied:
            self.say(self.tr("This dispatch is for another station."))
            return False
        except ValueError as exc:          # changed on another seat, gone, a wrong amount: said here
            self.say(str(exc))
            return False
        self.current = None
        self._said = (self.tr("Feedback saved for %1; the centre sees it now.").replace(
            "%1", d.person_name or str(d.id)), False)
        self.refresh()
        self.table.setFocus()
        return True

    def say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#2e7d32'}; font-weight: bold;")
        self.message.setText(text)
