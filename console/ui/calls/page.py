"""The live call page: the number and timers on top, the form on the left, scripts and history on the right.

Everything typed is saved on its own: the draft (exactly as typed) and the valid parts of the call row,
half a second after the last keystroke and at least once a second while typing goes on, and again when
the page is left or the window closes. A call is never left without an outcome or an explicit "outcome
later", which puts it on the page's list of calls awaiting an outcome.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QSplitter,
                               QVBoxLayout)

from console.models.calls import records as call_model
from console.models.core import drafts
from console.models.core.changes import ChangedElsewhere
from console.models.core import people
from console.models.core.reference import bank_names, code_names
from console.models.calls.ring import ends_call
from console.models.calls.source import IncomingCall, callback_from_warning, from_ring_event, manual_call
from console.models.core.clock import parse_iso
from console.models.stations.dispatches import create_dispatch, stations
from console.models.calls.history import caller_history
from console.models.core.phone import RISK_KNOWN_FRAUD, analyse
from console.models.calls import repeat_victims
from console.models.core.validation import guess_bank
from console.scripts_library.placeholders import call_values
from console.scripts_library.reading import record_all_shown
from console.ui.actions import ActionName
from console.ui.page import Page
from console.ui.tasks import failure_message
from console.ui.calls.call_form import CallForm
from console.ui.calls.call_header import CallHeader
from console.ui.widgets.conflict_bar import ConflictBar
from console.ui.calls.dispatch_dialog import DispatchDialog
from console.ui.calls.interview_panel import attach_interview
from console.ui.calls.outcome_dialog import OutcomeDialog
from console.ui.calls.ring_listener import RingListener
from console.ui.calls.side_panel import SidePanel

log = logging.getLogger(__name__)
AUTOSAVE_MS = 500
AUTOSAVE_MAX_WAIT_MS = 1000      # continuous typing still saves at least this often
HANGUP_PAUSE_MS = 1500           # a hang-up by the PBX waits this long after the officer's last key
STOP_STYLE = ("QPushButton#stopPaymentButton { background: #c62828; color: white; font-weight: bold; "
              "padding: 6px 14px; } QPushButton#stopPaymentButton:disabled { background: #e4e4e4; color: #9a9a9a; "
              "font-weight: normal; border: 1px solid #cfcfcf; }")
DRAFT_KIND = "call"


class CallPage(Page):
    callWaiting = Signal(object)     # RingEvent: a line rings while a call is open (the main window shows it)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.call_id: int | None = None
        self.incoming: IncomingCall | None = None
        self.started: datetime | None = None
        self._scripts_for: object = ()
        self._scripts = []
        self._history_seq = 0
        self._bank_names = bank_names(self.ctx.db, lang=self.ctx.lang)
        self._stage_names = {"opening": self.tr("Opening"), "questions": self.tr("Key questions"),
                             "debunk": self.tr("Debunk"), "action": self.tr("Action now"),
                             "closing": self.tr("Closing")}

        self.header = CallHeader()
        self.header.startRequested.connect(lambda number: self.start_incoming(manual_call(number)))
        self.form = CallForm(self.ctx.db, self.ctx.lang)
        self.form.now = self.ctx.clock.now          # goldenhour: transfer clocks on the call's time
        self.form.edited.connect(self._on_edited)
        self.form.suggestionAccepted.connect(lambda _code: self._on_edited())
        self.scroll = scroll = QScrollArea(objectName="callFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.side = SidePanel()
        self.side.historyActivated.connect(self._open_history_item)
        self.side.resumeRequested.connect(self.resume_call)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.side)
        splitter.setSizes([870, 310])
        splitter.setStretchFactor(0, 7)
        splitter.setStretchFactor(1, 3)
        self.notice = QLabel(objectName="callNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff8e1; border: 1px solid #f0c36d; padding: 3px 8px; color: #5d4200;")
        self.notice.hide()
        # Two seats on one call: the version this seat showed, and the bar that says another seat saved since.
        self._seen_version: int | None = None
        self.conflict = ConflictBar()
        self.conflict.reloadRequested.connect(self._take_their_version)
        self.conflict.keepMineRequested.connect(self._keep_my_version)

        buttons = QHBoxLayout()
        self.buttons = {}
        for name, obj in ((ActionName.STOP_PAYMENT, "stopPaymentButton"), (ActionName.DISPATCH, "dispatchButton"),
                          (ActionName.HANG_UP, "hangUpButton")):
            action = self.actions[name]
            button = QPushButton(action.text(), objectName=obj)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[name] = button
        self.buttons[ActionName.STOP_PAYMENT].setStyleSheet(STOP_STYLE)
        self.awaiting_button = QPushButton(objectName="awaitingButton")
        self.awaiting_button.setStyleSheet("color: #c62828; font-weight: bold;")
        self.awaiting_button.clicked.connect(lambda: self.side.setCurrentIndex(2))
        self.awaiting_button.hide()
        self.status = QPushButton(objectName="saveStatus")
        self.status.setFlat(True)
        self.status.setEnabled(False)
        buttons.addWidget(self.awaiting_button)
        buttons.addStretch()
        buttons.addWidget(self.status)

        layout = QVBoxLayout(self)
        panel = self
        panel.setObjectName("callPanel")
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.conflict)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._max_wait = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.save_now)
        # The PBX's hang-up ends the call as Ctrl+E does, once the officer stops typing (see _caller_hung_up).
        self._hung_up: int | None = None
        self._hangup_timer = QTimer(self, singleShot=True, interval=HANGUP_PAUSE_MS)
        self._hangup_timer.timeout.connect(self._end_after_hangup)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._connect_actions()
        # Watched where the keys go (the focused field or cell editor), not application-wide: a filter on the
        # application would run Python for every event of every page.
        self.listener = RingListener(self)
        self.listener.eventReceived.connect(self._on_ring)
        self.listener.listen(self.ctx.settings.get("ring_port"))
        self.interview = attach_interview(self)
        self._set_active(False)
        self._restore_draft()
        self._refresh_awaiting()

    # -- actions -------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions
        a[ActionName.NEW_CALL].triggered.connect(self._focus_number)
        a[ActionName.HANG_UP].triggered.connect(self.hang_up)
        a[ActionName.STOP_PAYMENT].triggered.connect(self.stop_payment)
        a[ActionName.DISPATCH].triggered.connect(self.dispatch)
        a[ActionName.ANSWER_CALL].triggered.connect(self._answer)
        a[ActionName.FOCUS_NOTES].triggered.connect(lambda: self._when_active(self.form.notes.setFocus))
        a[ActionName.ADD_ACCOUNT].triggered.connect(
            lambda: self._when_active(lambda: self.form._add_row(self.form.accounts, self.form.accounts_view)))
        a[ActionName.ADD_TRANSFER].triggered.connect(
            lambda: self._when_active(lambda: self.form._add_row(self.form.transfers, self.form.transfers_view)))
        a[ActionName.FOCUS_OUTCOME].triggered.connect(lambda: self._when_active(self._focus_outcome))
        a[ActionName.SWITCH_SIDE_TAB].triggered.connect(self._switch_side_tab)
        a[ActionName.USE_KNOWN_CALLER].triggered.connect(lambda: self._when_active(self.form.use_known))
        a[ActionName.RESUME_CALL].triggered.connect(self._resume_chosen)

    def _when_active(self, fn) -> None:
        if self.call_id is not None:
            self.nav.go("call")
            fn()

    def _focus_number(self) -> None:
        self.nav.go("call")
        self.header.number_entry.setFocus()
        self.header.number_entry.selectAll()

    def _focus_outcome(self) -> None:
        self.scroll.ensureWidgetVisible(self.form.outcome)
        self.form.outcome.setFocus()

    def _switch_side_tab(self) -> None:
        self.nav.go("call")
        self.side.setCurrentIndex((self.side.currentIndex() + 1) % self.side.count())
        if self.side.currentIndex() == 2:
            self.side.awaiting.setFocus()

    def _set_active(self, active: bool) -> None:
        self.form.setEnabled(active)
        for name, button in self.buttons.items():
            button.setEnabled(active)
        self._update_stop_button()
        self.header.number_entry.setEnabled(not active)
        # Where the keys go when the page is opened: the number to call, or the notes of the call on.
        self.setFocusProxy(self.form.notes if active else self.header.number_entry)
        self.header.start_button.setEnabled(not active)

    # -- starting and ending calls -----------------------------------------------------------------
    def _on_ring(self, event) -> None:
        if event.event == "ring":
            if self.call_id is not None:
                self.window().statusBar().showMessage(
                    self.tr("Line %1 is ringing: %2").replace("%1", event.line).replace("%2", event.number), 15000)
                self.callWaiting.emit(event)
                return
            self.nav.go("call")
            self.start_incoming(from_ring_event(event))
        elif event.event == "answered":
            self._answer()
        elif self.incoming is not None and ends_call(event, self.incoming.line, self.incoming.number):
            self._caller_hung_up()

    def _caller_hung_up(self) -> None:
        """The caller hung up: the call ends as with Ctrl+E (its outcome recorded, or asked for), but never under
        the officer's fingers. A dialog opened mid-word would take the next keys (a typed character can choose
        an outcome), so the question waits until the keys pause; and an officer on another page (filling the
        stop-payment form, say) is not stopped by a modal question about a call they are not looking at: that
        call goes to the list awaiting an outcome (Ctrl+Shift+R), as "Outcome later" would put it."""
        self.save_now()
        self._hung_up = self.call_id
        self._show_notice(self.tr("The caller hung up at %1. Finish the notes; the outcome is asked when you "
                                  "stop typing.").replace("%1", self.ctx.clock.now().strftime("%H:%M:%S")))
        self._hangup_timer.start()

    def _end_after_hangup(self) -> None:
        if self._hung_up is None or self._hung_up != self.call_id:
            self._hung_up = None            # the officer ended the call meanwhile
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, OutcomeDialog):
            self._hung_up = None            # the officer is being asked already (Ctrl+E): once is enough
            return
        if modal is not None:
            self._hangup_timer.start()      # a dialog is open (the dispatch of this call, say): after it
            return
        self._hung_up = None
        if not self.isVisible():           # the officer is on another page
            line = self.incoming.line if self.incoming else ""
            caller = self.incoming.number if self.incoming else ""
            if self.form.outcome.currentData():
                self._leave_current_call()  # the outcome is there: the call is closed, nothing is asked
                text = self.tr("Line %1 hung up: the call with %2 was closed with its outcome.")
            else:
                call_model.park_call(self.ctx.db, self.ctx.user, self.call_id, clock=self.ctx.clock)
                self._clear_call()
                text = self.tr("Line %1 hung up: the call with %2 awaits its outcome (Ctrl+Shift+R).")
            text = text.replace("%1", line or "-").replace("%2", caller)
            self._show_notice(text)
            self.window().statusBar().showMessage(text, 30000)
            return
        self.notice.hide()
        self.hang_up()                      # exactly Ctrl+E: closed with its outcome, or the outcome asked

    def start_incoming(self, incoming: IncomingCall) -> int | None:
        if not incoming.number.strip():
            self.header.number_entry.setFocus()
            return None
        if not self._leave_current_call():
            return None
        self.incoming = incoming
        self.call_id = call_model.start_call(self.ctx.db, self.ctx.user, incoming, clock=self.ctx.clock)
        self._seen_version = call_model.call_version(self.ctx.db, self.call_id)
        self.conflict.hide()
        self.started = self.ctx.clock.now()
        self.form.load(call_model.empty_form(incoming))
        self.notice.hide()
        self._after_open()
        return self.call_id

    def start_callback(self, warning_id: int) -> int | None:
        """Opened from the warnings queue: an outgoing call filled from the warning."""
        return self.start_incoming(callback_from_warning(self.ctx.db, warning_id))

    def open_call(self, call_id: int) -> None:
        """Reopens a recorded call (from history, lookup or the list awaiting an outcome) to read or complete it."""
        if self.call_id == call_id:
            return
        row = call_model.call_row(self.ctx.db, call_id)
        if row is None or not self._leave_current_call():
            return
        if row["status"] == call_model.AWAITING_OUTCOME:
            call_model.resume_call(self.ctx.db, self.ctx.user, call_id, clock=self.ctx.clock)
        self.notice.hide()
        self.conflict.hide()
        self.call_id = call_id
        self.incoming = IncomingCall(row["caller_raw"], row["source"], row["direction"], row["line"], row["warning_id"])
        self.started = parse_iso(row["started_at"])
        draft = drafts.load_draft(self.ctx.db, DRAFT_KIND, str(call_id), self.ctx.user.id)
        # A draft (typed before a restart, or before the call was parked) is checked against the version it was
        # typed against: another seat's change saved meanwhile is told at the first save, not overwritten.
        typed_against = drafts.draft_version(self.ctx.db, DRAFT_KIND, str(call_id), self.ctx.user.id) \
            if draft is not None else None
        self._seen_version = typed_against if typed_against is not None else \
            call_model.call_version(self.ctx.db, call_id)
        self.form.load(draft or call_model.load_form(self.ctx.db, call_id))
        self._after_open()

    def _after_open(self) -> None:
        info = analyse(self.incoming.number, self.ctx.lang)
        if call_model.known_fraud_number(self.ctx.db, info.e164):
            info.risks.append(RISK_KNOWN_FRAUD)
        flag = repeat_victims.flag_for(self.ctx.db, self.ctx.clock.now(), phone_e164=info.e164)   # goldenhour
        if flag is not None:
            info.risks.append(repeat_victims.flag_text(flag))
        self.header.show_number(info, self.incoming.line, self.incoming.direction)
        self._set_active(True)
        self._scripts_for = ()
        self._refresh_side()
        self._load_history(info.e164)
        self._update_suggestion()
        self.save_now()
        self._refresh_awaiting()
        self.form.offer_known(people.known_caller(self.ctx.db, self.incoming.number, exclude_call=self.call_id))
        # A new call starts at the top, on the caller's name, wherever the last one was left.
        self.scroll.verticalScrollBar().setValue(0)
        self.form.fields["caller.name"].setFocus()

    def _answer(self) -> None:
        if self.call_id is not None:
            call_model.mark_answered(self.ctx.db, self.call_id, clock=self.ctx.clock, user=self.ctx.user)

    def hang_up(self) -> None:
        if self.call_id is None:       # nothing to hang up: the key must not move the officer's focus
            return
        if self._leave_current_call():
            self.header.number_entry.setFocus()

    def _leave_current_call(self) -> bool:
        """Ends the current call with its outcome, or with an explicit 'outcome later' (the call then waits
        on the list); False when the officer goes back to the call. True when there is no call."""
        if self.call_id is None:
            return True
        self.save_now()
        if self.conflict.isVisible():       # another seat's change first: reload it or keep this one
            self.conflict.reload.setFocus()
            return False
        if not self.form.outcome.currentData():
            dialog = OutcomeDialog(code_names(self.ctx.db, "outcomes", lang=self.ctx.lang),
                                   self.incoming.number if self.incoming else "", self)
            choice = dialog.choice if dialog.exec() == QDialog.Accepted else None
            dialog.deleteLater()
            self.window().activateWindow()      # back from the dialog, the keys go to this window again
            if not choice:
                self._focus_outcome()
                return False
            if choice == OutcomeDialog.LATER:
                call_model.park_call(self.ctx.db, self.ctx.user, self.call_id, clock=self.ctx.clock)
                self._clear_call()
                return True
            self.form.set_combo(self.form.outcome, choice)
            self.save_now()
        call_model.close_call(self.ctx.db, self.ctx.user, self.call_id, clock=self.ctx.clock)
        drafts.delete_draft(self.ctx.db, DRAFT_KIND, str(self.call_id), self.ctx.user.id)
        self._clear_call()
        return True

    def _clear_call(self) -> None:
        """Back to idle (the draft of a call awaiting its outcome stays for when it is resumed)."""
        self._autosave.stop()
        self._max_wait.stop()
        self.call_id = None
        self._seen_version = None
        self.conflict.hide()
        self.incoming = None
        self.started = None
        self.form.load(call_model.empty_form())
        self.form.show_problems({}, {})
        self.header.show_idle()
        self.side.show_history([])
        self._scripts_for = ()
        self._refresh_side()            # the last call's scripts, filled with its details, do not stay on screen
        self._set_active(False)
        self.header.number_entry.clear()
        self.form.offer_known(None)
        self._refresh_awaiting()

    def _restore_draft(self) -> None:
        """Reopens the call that was being typed when the console last stopped; a draft that cannot be
        restored is set aside (kept under its own kind) with a message, never a failing start."""
        if self.ctx.user is None:
            return
        for key in drafts.raw_draft_keys(self.ctx.db, DRAFT_KIND, self.ctx.user.id):
            row = call_model.call_row(self.ctx.db, int(key)) if key.isdigit() else None
            if row is None or row["status"] != "open":
                continue
            try:
                self.open_call(int(key))
            except Exception:           # noqa: BLE001 (any damage in a draft must not stop the console)
                log.exception("call draft %s could not be restored; set aside", key)
                drafts.set_aside(self.ctx.db, DRAFT_KIND, key, self.ctx.user.id, self.ctx.clock.now_iso())
                self._clear_call()
                self._show_notice(self.tr("The draft of call %1 could not be restored. It was set aside and kept; "
                                          "the call is on the list awaiting an outcome.").replace("%1", key))
                continue
            self._show_notice(self.tr("Restored the unfinished call of %1 from its draft, as it was last typed.")
                              .replace("%1", (row["started_at"] or "")[11:16]))
            return

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # -- saving --------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if self.call_id is None:
            return
        self.status.setText(self.tr("Saving…"))
        self._autosave.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self._update_suggestion()
        self._update_stop_button()
        if self._hangup_timer.isActive():
            self._hangup_timer.start()      # the caller has hung up: ask once the officer stops typing
        if self.form.fraud_type.currentData() != self._scripts_for:
            self._refresh_side()

    def _update_suggestion(self) -> None:
        notes = self.form.notes.toPlainText()
        found = call_model.suggest_fraud_types(self.ctx.db, notes, limit=1)
        if found:
            self.form.show_suggestion(found[0].code, found[0].name, found[0].words)
        else:
            self.form.show_suggestion(None)

    def _has_money_to_stop(self) -> bool:
        f = self.form
        return bool(f.fields["victim.account"].text().strip()
                    or any(r.get("number", "").strip() for r in f.accounts.rows)
                    or any(r.get("amount", "").strip() or r.get("to", "").strip() for r in f.transfers.rows))

    def _update_stop_button(self) -> None:
        """紧急止付 is enabled, red, only on a call with an account or a transfer to stop."""
        button = self.buttons[ActionName.STOP_PAYMENT]
        enabled = self.call_id is not None and self._has_money_to_stop()
        button.setEnabled(enabled)
        button.setToolTip(self.actions[ActionName.STOP_PAYMENT].toolTip() if enabled else
                          self.tr("Nothing to stop yet: type the receiving account or a transfer first."))

    def _refresh_awaiting(self) -> None:
        if self.ctx.user is None:
            return
        items = call_model.calls_awaiting_outcome(self.ctx.db, self.ctx.user.id, current=self.call_id)
        self.side.show_awaiting(items)
        self.awaiting_button.setText(self.tr("%1 call(s) awaiting an outcome (Ctrl+Shift+R)").replace("%1", str(len(items))))
        self.awaiting_button.setVisible(bool(items))

    def _resume_chosen(self) -> None:
        self.nav.go("call")
        call_id = self.side.chosen_awaiting()
        if call_id is not None:
            self.resume_call(call_id)

    def resume_call(self, call_id: int) -> None:
        self.open_call(call_id)

    def save_now(self) -> None:
        """Writes the draft and the valid parts of the call; marks the wrong fields."""
        self._autosave.stop()
        self._max_wait.stop()
        if self.call_id is None:
            return
        payload = self.form.payload()
        drafts.save_draft(self.ctx.db, DRAFT_KIND, str(self.call_id), self.ctx.user.id, self.form.draft_payload(),
                          self.ctx.clock.now_iso(), version=self._seen_version)
        if self.conflict.isVisible():       # told once; the draft keeps the typing until the officer chooses
            self.status.setText(self.tr("Not saved: changed on another seat"))
            return
        typed_against = self._seen_version
        try:
            problems, self._seen_version = call_model.save_call_checked(
                self.ctx.db, self.ctx.user, self.call_id, payload, clock=self.ctx.clock,
                seen_version=self._seen_version)
            if self._seen_version != typed_against:     # the draft is saved: a restart checks the version it made
                drafts.follow_version(self.ctx.db, DRAFT_KIND, str(self.call_id), self.ctx.user.id,
                                      self._seen_version)
        except ChangedElsewhere as exc:
            log.info("call %s changed on another seat by %s at %s", self.call_id, exc.who, exc.at)
            self.conflict.show_change(exc.who, exc.at)
            self.status.setText(self.tr("Not saved: changed on another seat"))
            return
        banks = {}
        for i, acct in enumerate(payload["accounts"]):
            code = guess_bank(self.ctx.db, acct["number"]) if acct.get("kind") == "bank_card" else None
            if code:
                banks[i] = self._bank_names.get(code, code)
        self.form.show_problems(problems, banks)
        self.status.setText(self.tr("Saved %1").replace("%1", self.ctx.clock.now().strftime("%H:%M:%S"))
                            if not problems else self.tr("Saved; %1 field(s) to check").replace("%1", str(len(problems))))
        self._refresh_side()

    def _take_their_version(self) -> None:
        """Reload: the form shows the call as saved now (the officer's typing since is dropped)."""
        if self.call_id is None:
            return
        self.conflict.hide()
        self._seen_version = call_model.call_version(self.ctx.db, self.call_id)
        self.form.load(call_model.load_form(self.ctx.db, self.call_id))
        self.save_now()                     # the draft follows the reloaded form
        self.form.notes.setFocus()
        self.form.notes.moveCursor(QTextCursor.MoveOperation.End)

    def _keep_my_version(self) -> None:
        """Keep mine: saved over the other seat's change, knowingly (both are in the audit log)."""
        if self.call_id is None:
            return
        self.conflict.hide()
        self._seen_version = call_model.call_version(self.ctx.db, self.call_id)
        self.save_now()

    def can_leave(self) -> bool:
        self.save_now()
        return True

    # -- scripts, history, timers --------------------------------------------------------------
    def _placeholder_values(self) -> dict[str, str]:
        values = call_values(self.ctx.db, self.form.payload(),
                             officer_name=self.ctx.user.display_name if self.ctx.user else "",
                             caller_phone=self.incoming.number if self.incoming else "",
                             warning_id=self.incoming.warning_id if self.incoming else None)
        values["station"] = values["station"] or self.tr("the local police station")
        return values

    def _refresh_side(self) -> None:
        code = self.form.fraud_type.currentData()
        self.interview.follow()
        if code != self._scripts_for:
            # A snapshot per fraud type: publishing a new version never changes what is being read.
            self._scripts = self.interview.scripts_for(code, self.form.call_type.currentData()) if code else []
            self._scripts_for = code
            if self.call_id is not None:
                record_all_shown(self.ctx.db, self.call_id, self._scripts, self.ctx.clock.now_iso())
        self.side.show_scripts(self._scripts, self._placeholder_values(), self._stage_names)

    def _load_history(self, e164: str | None) -> None:
        self._history_seq += 1
        seq = self._history_seq
        call_id = self.call_id
        self.side.history_status.setText(self.tr("Looking up earlier records…"))

        def job(db, progress):
            return caller_history(db, e164, exclude_call=call_id)

        def done(items):
            if seq == self._history_seq:
                self.side.show_history(items)
                if items:
                    self.side.setCurrentIndex(1 if not self._scripts else self.side.currentIndex())

        self.runner.read(job, done, lambda exc: self.side.history_status.setText(failure_message(exc)))

    def _open_history_item(self, item) -> None:
        if item.kind == "call":
            self.open_call(item.record_id)
        elif item.kind == "warning":
            self.nav.open_warning(item.record_id)
        elif item.kind == "stop_request":
            self.nav.open_stop_request(item.record_id)
        elif item.kind == "account":
            self.nav.open_case("account", item.record_id)

    def _tick(self) -> None:
        if self.started is None:
            return
        now = self.ctx.clock.now()
        first = None
        for t in self.form.transfers.rows:
            when = call_model.parse_transfer_time(t.get("time", ""), now)
            if when and when <= now and (first is None or when < first):
                first = when
        self.header.tick(now, self.started, first)

    # -- acting ------------------------------------------------------------------------------
    def stop_payment(self) -> None:
        if self.call_id is None:
            return
        if not self._has_money_to_stop():
            self.window().statusBar().showMessage(self.buttons[ActionName.STOP_PAYMENT].toolTip(), 8000)
            return
        self.save_now()
        self.nav.create_stop_request_from_call(self.call_id)

    def dispatch(self) -> None:
        if self.call_id is None:
            return
        self.save_now()
        dialog = DispatchDialog(stations(self.ctx.db), self.ctx.clock.now(), self)
        if dialog.exec() != QDialog.Accepted:
            return
        deadline = dialog.deadline.dateTime().toPython()
        try:
            create_dispatch(self.ctx.db, self.ctx.user, station_id=dialog.station_id(), reason=dialog.reason.text(),
                            deadline_at=self.ctx.clock.iso(deadline), call_id=self.call_id, clock=self.ctx.clock)
        except ValueError as exc:          # a deadline already past: said, nothing saved
            QMessageBox.warning(self, self.tr("Dispatch"), str(exc))
            return
        QMessageBox.information(self, self.tr("Dispatched"), self.tr("The station has been assigned."))
