"""The early-warning queue: what is overdue or due soon at the top, one officer per warning, and every way of
handling it (callback on the live call panel, SMS, station, outcome) one click from the selected row."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout,
                               QWidget)

from console.models.core import changes, drafts
from console.models.calls import repeat_victims
from console.models.calls.links import latest_call_for_warning
from console.models.core.reference import code_names
from console.models.core.validation import format_amount
from console.models.stations import dispatches as station_dispatches
from console.models.warnings import dispatch as dispatch_model
from console.models.warnings import handling, ladder, priority, queue, sms
from console.models.warnings.detail import WarningDetail, read_detail
from console.models.warnings.queue import VIEWS
from console.models.warnings.actions import LADDER, allowed_actions, feedback_target
from console.models.warnings.records import (CLOSED, DEFRAUDED, DISPATCHED, NEW, REVIEW, TAKEN,
                                        WAITING, Warning, get_warning, holder_names, level_colors, level_minutes)
from console.models.warnings.rows import RowProblem, fast_e164
from console.ui.actions import ActionName
from console.ui.calls.dispatch_dialog import DispatchDialog
from console.ui.live import LiveRefresh
from console.ui.page import Page
from console.ui.tasks import failure_message
from console.ui.form_parts import coded_combo
from console.ui.widgets.fit import squeezable
from console.ui.warnings.callbacks_dialog import CallbacksDialog
from console.ui.warnings.dialogs import FeedbackDialog, NewWarningDialog, OutcomeDialog, SmsDialog
from console.ui.warnings.import_dialog import ImportDialog
from console.ui.warnings.ladder_panel import LadderPanel
from console.ui.warnings.queue_model import COLUMN_SAMPLES, COLUMNS, QueueModel

PHONE_FILTER_MS = 300      # the queue follows the phone filter once the officer stops typing
STAKE_REFRESH_MS = 5_000    # ordered by what can be saved, the queue rereads the money recorded on every seat
TICK_MS = 30_000            # time left is redrawn, and warnings due for review come back, twice a minute
DRAFT_KIND, DRAFT_KEY = "new_warning", "manual"


class WarningsPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setObjectName("warningsPage")
        # The warning selected in the queue, and the one whose detail is on screen (warning_id): they differ only
        # while the selected one's detail is being read, and no action runs then (it would act unseen).
        self._selected_id: int | None = None
        self.warning_id: int | None = None
        self._detail_seq = 0
        self._detail_text = ""              # the HTML the detail pane shows
        self._wanted: int | None = None     # a warning opened from elsewhere, to bring on screen once listed
        self._generation = 0
        lang = self.ctx.lang
        db = self.ctx.db
        self.levels = code_names(db, "warning_levels", lang=lang)
        self.fraud_types = code_names(db, "fraud_types", lang=lang)
        self.districts = code_names(db, "districts", lang=lang)
        self.outcome_names = dict(code_names(db, "outcomes", lang=lang))
        self.status_names = {NEW: self.tr("new"), REVIEW: self.tr("back for review"), TAKEN: self.tr("being handled"),
                             WAITING: self.tr("waiting to retry"), DISPATCHED: self.tr("with the station"),
                             CLOSED: self.tr("closed")}
        names = {"level": dict(self.levels), "fraud_type": dict(self.fraud_types), "district": dict(self.districts),
                 "outcome": self.outcome_names, "status": self.status_names, "holder": holder_names(db),
                 "level_color": level_colors(db), "level_minutes": level_minutes(db)}
        self.model = QueueModel(db, names, self)

        # -- banner: what needs doing now ---------------------------------------------------------
        self.banner = QLabel(objectName="queueSummary")
        self.banner.setTextFormat(Qt.RichText)
        self.banner.setStyleSheet("font-size: 12pt;")
        self.banner.setWordWrap(True)               # on a small screen the figures go on two lines
        self.outbox = QLabel(objectName="smsOutbox")
        self.outbox.setWordWrap(True)
        self.export_sms = QPushButton(self.tr("Export SMS for the gateway…"), objectName="exportSmsButton")
        # Buttons send clicked(bool): every slot here is reached through a lambda that drops it, so a
        # parameter such as export_outbox(directory) never receives False from a click.
        self.export_sms.clicked.connect(lambda *_: self.export_outbox())
        self.new_button = QPushButton(self.tr("New warning…"), objectName="newWarningButton")
        self.new_button.clicked.connect(lambda *_: self.new_warning())
        self.callbacks_button = QPushButton(objectName="repeatCallbacksButton")
        self.callbacks_button.setToolTip(self.tr("People who lost money, to call back at 72 hours and 30 days"))
        self.callbacks_button.clicked.connect(lambda *_: self.repeat_callbacks())
        self.import_button = QPushButton(self.tr("Import list…"), objectName="importWarningsButton")
        self.import_button.clicked.connect(lambda *_: self.import_dialog())
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        for w in (self.outbox, self.export_sms, self.callbacks_button, self.new_button, self.import_button):
            top.addWidget(w)

        # -- filters -------------------------------------------------------------------------------
        view_names = {"to_act": self.tr("To handle (new, review, being handled)"),
                      "open": self.tr("All open warnings"), "to_take": self.tr("Waiting to be taken"),
                      "mine": self.tr("Mine"), "stations": self.tr("With stations"),
                      "closed": self.tr("Closed (newest first)")}
        self.view = coded_combo("queueView", [(v, view_names[v]) for v in VIEWS])
        self.level = coded_combo("levelFilter", [("", self.tr("All levels"))] + self.levels)
        self.fraud = coded_combo("fraudTypeFilter", [("", self.tr("All fraud types"))] + self.fraud_types)
        self.district = coded_combo("districtFilter", [("", self.tr("All districts"))] + self.districts)
        self.order = coded_combo("queueOrder", [("deadline", self.tr("By deadline")),
                                                ("stake", self.tr("By what can still be saved"))])
        self.order.setToolTip(self.tr("Money that left in the last hour first, then red warnings, then money still "
                                      "inside its 48-hour window, then the rest by deadline"))
        self.phone = QLineEdit(objectName="phoneFilter")
        self.phone.setPlaceholderText(self.tr("Phone number"))
        self.phone.setClearButtonEnabled(True)
        self.phone.setMaximumWidth(180)
        self.phone.returnPressed.connect(self.refresh)
        self._phone_timer = QTimer(self, singleShot=True, interval=PHONE_FILTER_MS)
        self._phone_timer.timeout.connect(self.refresh)
        self.phone.textChanged.connect(lambda *_: self._phone_timer.start())
        self.count = QLabel(objectName="queueCount")
        squeezable(self.view, self.order, self.level, self.fraud, self.district, self.phone, chars=8)   # 1366×768
        filters = QHBoxLayout()
        for w in (self.view, self.order, self.level, self.fraud, self.district, self.phone):
            filters.addWidget(w)
        filters.addStretch()
        filters.addWidget(self.count)

        # -- the table -----------------------------------------------------------------------------
        self.table = QTableView(objectName="warningQueue")
        self.setFocusProxy(self.table)              # where the keys go when the page is opened
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setEditTriggers(QTableView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Fixed widths from sample text: resizing to contents read every cell of the page on every refresh.
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        metrics, bold = self.table.fontMetrics(), QFont(self.table.font())
        bold.setBold(True)
        for i, sample in enumerate(COLUMN_SAMPLES):
            fm = QFontMetrics(bold) if COLUMNS[i] in ("level", "deadline") else metrics
            title = self.model.headerData(i, Qt.Horizontal)
            header.resizeSection(i, max(fm.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 20)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda *_: self.call_back())

        # -- the selected warning --------------------------------------------------------------------
        self.detail = QTextBrowser(objectName="warningDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.message = QLabel(objectName="warningMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        a = self.actions
        self.buttons: dict[str, QPushButton] = {}
        specs = (("take", a[ActionName.TAKE_WARNING].text(), self.take, a[ActionName.TAKE_WARNING]),
                 ("call_back", a[ActionName.CALL_BACK].text(), self.call_back, a[ActionName.CALL_BACK]),
                 ("sms", a[ActionName.SEND_SMS].text(), self.send_sms, a[ActionName.SEND_SMS]),
                 ("dispatch", self.tr("Dispatch to station…"), self.dispatch, None),
                 ("outcome", self.tr("Record outcome…"), self.record_outcome, None),
                 ("feedback", self.tr("Station feedback…"), self.station_feedback, None),
                 ("note", self.tr("Add note…"), self.add_note, None),
                 ("release", self.tr("Give back to the queue"), self.release, None))
        grid = QVBoxLayout()
        row = QHBoxLayout()
        for i, (key, text, slot, action) in enumerate(specs):
            button = QPushButton(text, objectName=f"warning_{key}")
            if action is not None:
                button.setToolTip(action.toolTip())
                button.clicked.connect(action.trigger)
            else:
                button.clicked.connect(lambda *_, fn=slot: fn())
            self.buttons[key] = button
            row.addWidget(button)
            if i == 3:
                grid.addLayout(row)
                row = QHBoxLayout()
        grid.addLayout(row)
        self.buttons["call_back"].setStyleSheet(        # the main action stands out, and looks off when it is off
            "QPushButton { background: #1f3a5f; color: white; font-weight: bold; padding: 5px; }"
            "QPushButton:disabled { background: #b0bac5; color: #eef1f4; }")
        a[ActionName.TAKE_WARNING].triggered.connect(lambda: self._when_shown(self.take))
        a[ActionName.CALL_BACK].triggered.connect(lambda: self._when_shown(self.call_back))
        a[ActionName.SEND_SMS].triggered.connect(lambda: self._when_shown(self.send_sms))
        a[ActionName.START_LADDER].triggered.connect(lambda: self._when_shown(self.start_ladder))
        self.ladder = LadderPanel(self)
        self.ladder.resultChosen.connect(self.ladder_result)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.detail, 1)
        rv.addWidget(self.message)
        rv.addLayout(grid)
        rv.addWidget(self.ladder)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        for combo in (self.view, self.order, self.level, self.fraud, self.district):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self._stake_timer = QTimer(self, interval=STAKE_REFRESH_MS)
        self._stake_timer.timeout.connect(lambda: self.isVisible() and self.by_stake() and self.refresh())
        self._stake_timer.start()

        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        # Other seats' takes, imports, dispatches and station feedback show within a second.
        self.live = LiveRefresh(self, self.ctx.db, self.refresh, target=self.ctx.db_path)
        self._import: ImportDialog | None = None
        self.review_after_minutes = self.ctx.settings.get("review_after_minutes")
        self._show_warning(None)
        self.refresh()

    # -- building ----------------------------------------------------------------------------------
    def _when_shown(self, fn) -> None:
        if self.isVisible():
            fn()
        else:
            self.nav.go("warnings")

    # -- the queue ---------------------------------------------------------------------------------
    def current_filter(self) -> queue.QueueFilter:
        f = queue.view_filter(self.view.currentData(), self.ctx.user.id)
        phone = self.phone.text().strip()
        e164 = (fast_e164(phone) or phone) if phone else None
        return f.with_(level=self.level.currentData() or None, fraud_type=self.fraud.currentData() or None,
                       district_code=self.district.currentData() or None, phone_e164=e164)

    def refresh(self) -> None:
        """Summary, first page and count, read off the UI thread; the newest request wins."""
        self._phone_timer.stop()
        self._generation += 1
        generation, f, now = self._generation, self.current_filter(), self.ctx.clock.now()
        by_stake = self.by_stake()

        def job(db, progress):
            placed = priority.fetch_by_stake(db, f, now) if by_stake else None
            rows = [p.row for p in placed] if placed is not None else queue.fetch_page(db, f)
            return (queue.summary(db, now), rows, queue.count(db, f), sms.pending_count(db),
                    ladder.running(db, [r.id for r in rows]), placed, holder_names(db),
                    len(repeat_victims.callbacks_due(db, now)))

        self.runner.read(job, lambda result: self._apply(generation, f, now, result), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.say(self.tr("The queue could not be read: %1").replace("%1", failure_message(exc)))

    def _apply(self, generation: int, f: queue.QueueFilter, now, result) -> None:
        if generation != self._generation:
            return
        summary, rows, total, pending, ladders, placed, holders, due = result
        self.model.names["holder"] = holders
        self.model.why = {p.row.id: self._why_text(p) for p in placed} if placed is not None else {}
        self.table.setColumnHidden(COLUMNS.index("why"), placed is None)
        self.model.ladders = {wid: (step.rung, self.ladder.step_text(step), step.due_at)
                             for wid, step in ladders.items()}
        self.model.set_rows(f, rows, now, paged=placed is None)
        parts = [self.tr("Open: %1").replace("%1", f"<b>{summary.open:,}</b>"),
                 self.tr("Overdue: %1").replace("%1", f"<b style='color:#c62828'>{summary.overdue:,}</b>"),
                 self.tr("Due soon: %1").replace("%1", f"<b style='color:#ef6c00'>{summary.soon:,}</b>"),
                 self.tr("Back for review: %1").replace("%1", f"<b>{summary.review:,}</b>")]
        self.banner.setText(" &nbsp;·&nbsp; ".join(parts))
        self.outbox.setText(self.tr("SMS waiting for the gateway: %1").replace("%1", str(pending)))
        self.export_sms.setEnabled(pending > 0)
        self.callbacks_button.setText(self.tr("Repeat victims to call back: %1").replace("%1", str(due)))
        self.callbacks_button.setStyleSheet("color: #c62828; font-weight: bold;" if due else "")
        self.count.setText(self.tr("%1 shown of %2").replace("%1", f"{len(rows):,}")
                           .replace("%2", f"{total:,}+" if total >= 10_000 else f"{total:,}"))
        self._follow_screen()

    def by_stake(self) -> bool:
        return self.order.currentData() == "stake" and self.view.currentData() != "closed"

    def _why_text(self, p: priority.Placed) -> str:
        """The reason for the row's place, in the officer's words."""
        minutes = p.stake.minutes_since(self.ctx.clock.now())
        money = format_amount(p.stake.cents) if p.stake.cents else ""
        if p.tier == 0:
            return self.tr("%1 left %2 min ago: still in the golden hour").replace("%1", money).replace("%2", str(minutes))
        if p.tier == 1:
            return self.tr("red warning, %1 min to the deadline").replace("%1", str(p.minutes_left))
        if p.tier == 2:
            return self.tr("%1 left %2 h ago: still inside the 48-hour window").replace("%1", money) \
                .replace("%2", str((minutes or 0) // 60))
        return self.tr("by deadline")

    def _follow_screen(self) -> None:
        """The selection, the detail panel and every action follow what the queue shows: the warning shown
        before stays selected while it is listed, else the first row is, else nothing is and the actions are
        off (a filter must never leave the officer acting on a warning that is no longer on screen)."""
        r = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        wanted, self._wanted = self._wanted, None
        while r is None and wanted is not None and wanted == self._selected_id and self.model.canFetchMore():
            self.model.fetchMore()          # opened from elsewhere and further down the queue: bring it on screen
            r = self.model.row_of(wanted)
        if r is None and self.model.rowCount() > 0:
            r = 0
        if r is None:
            self.table.clearSelection()
            self._show_warning(None)
            return
        self.table.selectRow(r)
        self.table.scrollTo(self.model.index(r, 0))
        self._show_warning(self.model.rows[r].id)

    def _tick(self) -> None:
        self.model.set_now(self.ctx.clock.now())
        if self._selected_id is not None:
            self._show_warning(self._selected_id)       # the ladder's times move on
        self.bring_back_for_review()

    def bring_back_for_review(self) -> None:
        """Second-round review: not reached at their retry time, stale, or stations past their deadline. A
        write, so on the runner: beside an import it may wait for the write lock."""
        user, clock, minutes = self.ctx.user, self.ctx.clock, self.review_after_minutes

        def job(db, progress):
            return handling.return_for_review(db, user, clock=clock, review_after_minutes=minutes)

        self.runner.write(job, lambda ids: ids and self.isVisible() and self.refresh(), self._failed)

    def page_shown(self) -> None:
        self.review_after_minutes = self.ctx.settings.get("review_after_minutes")  # may have changed
        self.bring_back_for_review()
        self.refresh()

    def _row_changed(self, current, _previous) -> None:
        r = self.model.warning_at(current.row()) if current.isValid() else None
        if r is None:
            self._show_warning(None)
        elif r.id != self._selected_id:
            self._show_warning(r.id)

    # -- the selected warning --------------------------------------------------------------------
    def selected(self) -> Warning | None:
        """The warning on screen, as it is now (None while the selected one's detail is still being read)."""
        wid = self.ready_id()
        return get_warning(self.ctx.db, wid) if wid is not None else None

    def ready_id(self) -> int | None:
        """The warning an action may act on: the selected one, once its detail is on screen."""
        return self.warning_id if self.warning_id == self._selected_id else None

    def open_warning(self, warning_id: int) -> None:
        """From history, lookup or a call: shows this warning, widening the filter when it is hidden."""
        if not queue.position_of(self.ctx.db, self.current_filter(), warning_id):
            w = get_warning(self.ctx.db, warning_id)
            if w is None:
                return
            for combo in (self.level, self.fraud, self.district):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.phone.blockSignals(True)
            self.phone.clear()
            self.phone.blockSignals(False)
            self.view.blockSignals(True)
            self.view.setCurrentIndex(self.view.findData("closed" if w.status == CLOSED else "open"))
            self.view.blockSignals(False)
        self._show_warning(warning_id)
        self._wanted = warning_id
        self.refresh()

    def _show_warning(self, warning_id: int | None) -> None:
        """Selects a warning; its detail is read on the runner and shown when it comes (an answer for a warning
        selected before is dropped). Until then the actions are off: nothing acts on a warning not yet seen."""
        if warning_id != self._selected_id:
            self.message.clear()
        self._selected_id = warning_id
        self._detail_seq += 1
        if warning_id is None:
            self._put_detail(None)
            return
        if warning_id != self.warning_id:
            self._set_buttons(set())
        seq, now = self._detail_seq, self.ctx.clock.now()
        self.runner.read(lambda db, progress: read_detail(db, warning_id, now),
                         lambda detail: self._detail_read(seq, warning_id, detail), self._detail_failed)

    def _detail_read(self, seq: int, warning_id: int, detail: WarningDetail | None) -> None:
        if seq != self._detail_seq or warning_id != self._selected_id:
            return                                    # the officer moved on meanwhile
        if detail is None:                            # gone (removed by another seat)
            self._selected_id = None
        self._put_detail(detail)

    def _detail_failed(self, exc: Exception) -> None:
        self.say(self.tr("The warning could not be read: %1").replace("%1", failure_message(exc)))

    def _set_buttons(self, allowed: set[str]) -> None:
        focused = self.window().focusWidget()        # the window's focus, even while a dialog has the keys
        had_focus = next((b for b in self.buttons.values() if b is focused), None)
        for key, b in self.buttons.items():
            b.setEnabled(key in allowed)
        self._keep_focus(had_focus)

    def _put_detail(self, detail: WarningDetail | None) -> None:
        self.warning_id = detail.warning.id if detail is not None else None
        if detail is None:
            hint = self.tr("Choose a warning in the queue.")
            self._detail_text = f"<p style='color:#666'>{hint}</p>"
            self.detail.setHtml(self._detail_text)
            self._set_buttons(set())
            self.ladder.setVisible(False)
            return
        w = detail.warning
        allowed = allowed_actions(w, self.ctx.user, [d.status for d in detail.dispatches])
        self.ladder.setVisible(LADDER in allowed)
        self.ladder.show_ladder(detail.steps, self.ctx.clock.now(), detail.holders)
        self._set_buttons(set(allowed))
        text = self._detail_html(detail)
        if text != self._detail_text:         # each refresh rereads it; laying out the same page again is waste
            self._detail_text = text
            self.detail.setHtml(text)

    def _keep_focus(self, button: QPushButton | None) -> None:
        """A button switched off under the keyboard focus hands it to the queue, so keys still land here."""
        if button is not None and not button.isEnabled():
            self.table.setFocus()

    def _detail_html(self, detail: WarningDetail) -> str:
        w, dispatches = detail.warning, detail.dispatches
        e = html.escape
        levels, types, districts = dict(self.levels), dict(self.fraud_types), dict(self.districts)
        color = self.model.colors.get(w.level, "#333")
        invalid = self.tr("(not a valid number)")
        round_text = self.tr("round %1").replace("%1", str(w.review_round))
        title = self.tr("Warning #%1").replace("%1", str(w.id))
        h_stations, h_calls, h_notes = self.tr("Stations"), self.tr("Calls"), self.tr("Notes")
        rows = [
            (self.tr("Phone"), f"<b style='font-size:14pt'>{e(w.phone_raw)}</b>"
             + (f" <span style='color:#c62828'>{invalid}</span>" if not w.phone_e164 else "")),
            (self.tr("Name"), e(w.person_name)),
            (self.tr("Level"), f"<b style='color:{color}'>{e(levels.get(w.level, w.level))}</b>"),
            (self.tr("Received"), w.received_at[:16]),
            (self.tr("Deadline"), w.deadline_at[:16]),
            (self.tr("Fraud type"), e(types.get(w.fraud_type, w.fraud_type or ""))),
            (self.tr("District"), e(districts.get(w.district_code, w.district_code or ""))),
            (self.tr("Fraud number"), e(w.fraud_number)),
            (self.tr("Fraud app"), e(w.fraud_app)),
            (self.tr("Status"), e(self.status_names.get(w.status, w.status))
             + (f" · {e(w.holder_name)}" if w.holder_name else "")
             + (f" · {round_text}" if w.review_round else "")),
        ]
        if w.outcome:
            rows.append((self.tr("Outcome"), e(self.outcome_names.get(w.outcome, w.outcome))))
        if w.loss_saved_cents:
            rows.append((self.tr("Loss saved"), format_amount(w.loss_saved_cents)))
        if w.retry_at:
            rows.append((self.tr("Try again at"), w.retry_at[:16]))
        if w.sms_sent_at:
            rows.append((self.tr("SMS sent"), w.sms_sent_at[:16]))
        table = "".join(f"<tr><td style='color:#555;padding-right:10px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        out = [f"<h3>{title}</h3><table>{table}</table>"]
        flag = detail.flag
        if flag is not None:
            text = self.tr("Repeat victim: lost %1 on %2 (%3); watched until %4.").replace(
                "%1", format_amount(flag.lost_cents)).replace("%2", flag.flagged_at[:10]) \
                .replace("%3", flag.request_no).replace("%4", flag.expires_at[:10])
            out.insert(0, f"<p id='repeatVictimFlag' style='background:#c62828;color:white;padding:4px'><b>"
                          f"{e(text)}</b><br>{e(repeat_victims.recovery_warning())}</p>")
        if dispatches:
            out.append(f"<h4>{h_stations}</h4><ul>")
            for d in dispatches:
                result = (self.tr("waiting for feedback, due %1").replace("%1", d.deadline_at[:16])
                          if d.status == "open" else
                          self.tr("visited") if d.visited else self.tr("not visited"))
                if d.dissuaded:
                    result += ", " + self.tr("dissuaded")
                if d.loss_saved_cents:
                    result += ", " + format_amount(d.loss_saved_cents)
                out.append(f"<li>{e(d.station_name)}: {e(result)}"
                           + (f"<br><i>{e(d.feedback_notes)}</i>" if d.feedback_notes else "") + "</li>")
            out.append("</ul>")
        calls = detail.calls
        if calls:
            out.append(f"<h4>{h_calls}</h4><ul>")
            for cid, started, outcome in calls:
                label = started[:16] + (" · " + self.outcome_names.get(outcome, outcome) if outcome else "")
                out.append(f"<li><a href='call:{cid}'>{e(label)}</a></li>")
            out.append("</ul>")
        if w.notes:
            out.append(f"<h4>{h_notes}</h4><p>{e(w.notes).replace(chr(10), '<br>')}</p>")
        return "".join(out)

    def _link(self, url) -> None:
        kind, _, key = url.toString().partition(":")
        if kind == "call" and key.isdigit():
            self.nav.open_call(int(key))

    # -- handling ----------------------------------------------------------------------------------
    def _run(self, fn) -> bool:
        """Runs a handling step; what goes wrong is said under the warning, and the queue is reread."""
        try:
            fn()
        except (handling.WarningError, ValueError) as exc:
            self.refresh()
            self.say(str(exc))
            return False
        self.refresh()
        self._show_warning(self._selected_id)
        return True

    def take(self) -> bool:
        wid = self.ready_id()
        if wid is None:
            return False
        return self._run(lambda: handling.take(self.ctx.db, self.ctx.user, wid, clock=self.ctx.clock))

    def start_ladder(self) -> bool:
        """One key: the ladder starts at its first call, and the call panel opens on the warning's number."""
        wid = self.ready_id()
        if wid is None or not self._run(lambda: ladder.start(self.ctx.db, self.ctx.user, wid, clock=self.ctx.clock)):
            return False
        self.say(self.tr("Ladder started: call now; say how it went below."), error=False)
        self.ladder.setFocus()
        return True

    def ladder_result(self, result: str) -> bool:
        wid = self.ready_id()
        return wid is not None and self._run(
            lambda: ladder.record(self.ctx.db, self.ctx.user, wid, result, clock=self.ctx.clock))

    def release(self) -> bool:
        wid = self.ready_id()
        return wid is not None and self._run(lambda: handling.release(self.ctx.db, self.ctx.user, wid,
                                                                      clock=self.ctx.clock))

    def call_back(self) -> int | None:
        """Takes the warning (if free) and opens the live call panel filled from it."""
        wid = self.ready_id()
        if wid is None:
            return None
        if not self._run(lambda: handling.ensure_holder(self.ctx.db, self.ctx.user, wid, clock=self.ctx.clock)):
            return None
        return self.nav.start_callback(wid)

    def send_sms(self) -> int | None:
        w = self.selected()
        if w is None:
            return None
        dialog = SmsDialog(self.ctx.db, w.id, sms.templates(self.ctx.db), sms.template_for(self.ctx.db, w.fraud_type),
                           self)
        return self._until_done(dialog, lambda: sms.queue_sms(
            self.ctx.db, self.ctx.user, w.id, dialog.body(), clock=self.ctx.clock,
            template_code=dialog.template_code()))

    def dispatch(self) -> int | None:
        w = self.selected()
        if w is None:
            return None
        now = self.ctx.clock.now()
        dialog = DispatchDialog(station_dispatches.stations(self.ctx.db, w.district_code), now, self)
        dialog.deadline.setDateTime(dispatch_model.default_deadline(now, w.level))
        return self._until_done(dialog, lambda: dispatch_model.dispatch_warning(
            self.ctx.db, self.ctx.user, w.id, station_id=dialog.station_id(), reason=dialog.reason.text(),
            deadline_at=dialog.deadline.dateTime().toPython(), clock=self.ctx.clock))

    def _until_done(self, dialog: QDialog, act):
        """Runs act when the dialog is accepted; what the models refuse is said in the dialog, which opens
        again with everything still typed. Returns act's result, or None when the officer cancels."""
        while dialog.exec() == QDialog.Accepted:
            try:
                result = act()
            except ValueError as exc:
                dialog.message.setText(str(exc))
                continue
            self.refresh()
            self._show_warning(self._selected_id)
            return result
        return None

    def record_outcome(self, dialog: OutcomeDialog | None = None) -> bool:
        w = self.selected()
        if w is None:
            return False
        seen = changes.version_of(self.ctx.db, "warnings", w.id)    # what the officer decides on
        if dialog is None:        # tests, and callers that already have the answer, pass an accepted dialog
            dialog = OutcomeDialog(self.ctx.clock.now(), self.outcome_names, self.review_after_minutes, self)
            if dialog.exec() != QDialog.Accepted:
                return False
        outcome = dialog.outcome()

        def save() -> None:       # refused, with who and when, if another seat changed the warning meanwhile
            with changes.unchanged_since(self.ctx.db, "warnings", w.id, seen):
                handling.record_outcome(self.ctx.db, self.ctx.user, w.id, outcome, clock=self.ctx.clock,
                                        loss_saved_cents=dialog.loss_saved_cents(), retry_at=dialog.retry_at(),
                                        notes=dialog.notes.toPlainText())
        done = self._run(save)
        if done and outcome == DEFRAUDED:
            self._to_stop_payment(w.id)
        return done

    def _to_stop_payment(self, warning_id: int) -> None:
        """Money has gone: the stop-payment starts from the warning's callback, or a new call filled from it."""
        call_id = latest_call_for_warning(self.ctx.db, warning_id)
        if call_id is not None:
            self.nav.create_stop_request_from_call(call_id)
        else:
            self.nav.start_callback(warning_id)

    def station_feedback(self, dialog: FeedbackDialog | None = None) -> bool:
        w = self.selected()
        if w is None:
            return False
        d = feedback_target(station_dispatches.dispatches_for(self.ctx.db, w.id))
        if d is None:
            return False
        if dialog is None:
            dialog = FeedbackDialog(d, self)
            if dialog.exec() != QDialog.Accepted:
                return False
        return self._run(lambda: dispatch_model.record_warning_feedback(
            self.ctx.db, self.ctx.user, d.id, visited=dialog.visited.isChecked(),
            dissuaded=dialog.dissuaded.isChecked(), loss_saved_cents=dialog.loss_saved_cents(),
            notes=dialog.notes.toPlainText(), outcome=dialog.outcome(), clock=self.ctx.clock,
            seen_feedback_at=d.feedback_at))       # the station's own answer meanwhile is not overwritten

    def add_note(self) -> None:
        wid = self.ready_id()
        if wid is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add note"), self.tr("Note"))
        if ok and text.strip():
            self._run(lambda: handling.add_note(self.ctx.db, self.ctx.user, wid, text, clock=self.ctx.clock))

    # -- new warnings ------------------------------------------------------------------------------
    def new_warning_dialog(self) -> NewWarningDialog:
        """The manual-entry form, with the officer's unfinished one restored."""
        draft = drafts.load_draft(self.ctx.db, DRAFT_KIND, DRAFT_KEY, self.ctx.user.id)
        dialog = NewWarningDialog(self.ctx.clock.now(), self.levels, self.fraud_types, self.districts, self, draft)
        dialog.draftChanged.connect(lambda values: drafts.save_draft(
            self.ctx.db, DRAFT_KIND, DRAFT_KEY, self.ctx.user.id, values, self.ctx.clock.now_iso()))
        dialog.buttons.accepted.connect(lambda: self.submit_new_warning(dialog))
        return dialog

    def new_warning(self) -> None:
        self.new_warning_dialog().exec()

    def submit_new_warning(self, dialog: NewWarningDialog) -> int | None:
        v = dialog.values()
        checked = handling.check_manual(self.ctx.db, self.ctx.clock, phone=v["phone"], received=v["received_at"],
                                        level=v["level"], fraud_type=v["fraud_type"], person_name=v["person_name"],
                                        district=v["district"], fraud_number=v["fraud_number"],
                                        fraud_app=v["fraud_app"], notes=v["notes"])
        if isinstance(checked, RowProblem):
            dialog.show_problem(checked.message)
            return None
        try:
            wid = handling.create_warning(self.ctx.db, self.ctx.user, clock=self.ctx.clock, phone=v["phone"],
                                          received_at=v["received_at"], level=v["level"],
                                          fraud_type=v["fraud_type"], person_name=v["person_name"],
                                          district=v["district"], fraud_number=v["fraud_number"],
                                          fraud_app=v["fraud_app"], notes=v["notes"])
        except handling.DuplicateWarning as exc:
            dialog.show_problem(str(exc))
            return None
        except ValueError as exc:
            dialog.show_problem(str(exc))
            return None
        drafts.delete_draft(self.ctx.db, DRAFT_KIND, DRAFT_KEY, self.ctx.user.id)
        dialog.accept()
        self.open_warning(wid)
        return wid

    def repeat_callbacks(self) -> None:
        CallbacksDialog(self.ctx, self).exec()
        self.refresh()

    # -- import and the SMS outbox -------------------------------------------------------------------
    def import_dialog(self) -> ImportDialog:
        if self._import is None:
            self._import = ImportDialog(self.ctx, self.runner, self)
            self._import.imported.connect(lambda *_: self.refresh())
        self._import.show()
        self._import.raise_()
        return self._import

    def export_outbox(self, directory: Path | None = None) -> Path | None:
        if directory is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder the SMS gateway reads"),
                                                    self.ctx.settings.get("export_dir") or str(Path.home()))
            if not name:
                return None
            directory = Path(name)
        path = sms.export_outbox(self.ctx.db, self.ctx.user, directory, clock=self.ctx.clock)
        self.refresh()
        self.say(self.tr("The messages were written to %1 for the SMS gateway.").replace("%1", str(path))
                 if path is not None else self.tr("No message is waiting for the gateway."), error=False)
        return path

    def say(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#2e7d32'}; font-weight: bold;")
        self.message.setText(text)
