"""The stop-payment page: requests with their 48-hour windows, and the request being completed and issued."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from console.models.core.changes import ChangedElsewhere
from console.models.stoppay import window as stop_window
from console.models.stoppay import requests as stoppay
from console.models.core.reference import bank_names
from console.models.stoppay.export import export_again, issue_and_export
from console.models.core.validation import format_amount, guess_bank, parse_amount
from console.ui.actions import ActionName
from console.ui.calls.call_form import ERROR_STYLE, FieldError
from console.ui.calls.choice_delegate import ChoiceDelegate
from console.ui.widgets.rows_table import RowsModel, rows_table
from console.ui.choices import account_kinds, channels
from console.ui.form_parts import coded_combo
from console.ui.page import Page
from console.ui.tasks import failure_message
from console.ui.stoppay.pdf import write_form_pdf
from console.ui.live import LiveRefresh
from console.ui.stoppay.request_list import RequestListModel
from console.ui.stoppay.clocks import ClockedRowsModel, transfer_minutes
from console.ui.stoppay.results_dialog import BankResultsDialog
from console.ui.widgets.conflict_bar import ConflictBar

log = logging.getLogger(__name__)


PROBLEM_STYLE = "color: #c62828;"
READY_STYLE = "color: #2e7d32; font-weight: bold;"
NEUTRAL_STYLE = "color: #1f3a5f;"
EDIT_TRIGGERS = (QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed | QAbstractItemView.AnyKeyPressed
                 | QAbstractItemView.SelectedClicked)


class StopPaymentsPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._list_seq = 0
        self.request_id: int | None = None
        self._loading = False
        # Two seats on one request: the version this seat showed, and the bar that says another seat saved
        # since (the call panel's, with a look at the other seat's version before choosing).
        self._seen_version: int | None = None
        self._mine: dict | None = None           # the officer's typing while the other version is shown
        self._dirty = False                      # typed since the last save or load
        self.conflict = ConflictBar(name="stopConflict", compare=True, message=self.tr(
            "%1 changed this request on another seat at %2. What you typed since is kept but not saved: look "
            "at their version, then reload it or keep yours and save it over theirs."))
        self.conflict.reload.setToolTip(self.tr("Show the request as the other seat saved it (what you typed "
                                                "since is dropped)"))
        self.conflict.reloadRequested.connect(self._take_their_version)
        self.conflict.keepMineRequested.connect(self._keep_my_version)
        self.conflict.compareToggled.connect(self._show_theirs)
        self._banks = bank_names(self.ctx.db, lang=self.ctx.lang)
        self.list_model = RequestListModel(self)
        self.list_model.status_names = {"draft": self.tr("draft"), "issued": self.tr("issued"),
                                        "closed": self.tr("closed")}
        self.list_view = QTableView(objectName="stopRequestList")
        self.setFocusProxy(self.list_view)          # where the keys go when the page is opened
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QTableView.SelectRows)
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.list_view.activated.connect(lambda i: self.open_request(i.data(Qt.UserRole)))
        self.list_view.clicked.connect(lambda i: self.open_request(i.data(Qt.UserRole)))
        self.soon = QLabel(objectName="windowsEndingSoon")
        self.soon.setStyleSheet("color: #c62828; font-weight: bold;")
        self.soon.setWordWrap(True)
        # A lapsed window nobody acted on cannot be missed: a red banner above the list until it is renewed,
        # frozen or answered.
        self.lapsed = QLabel(objectName="lapsedWindows")
        self.lapsed.setStyleSheet("background: #c62828; color: white; font-weight: bold; padding: 6px;")
        self.lapsed.setWordWrap(True)
        self.lapsed.setVisible(False)
        self.lapsed.linkActivated.connect(lambda rid: self.open_request(int(rid)))
        self.order = coded_combo("requestOrder", [("newest", self.tr("Newest first")),
                                                  ("stake", self.tr("By what can still be saved"))])
        self.order.setToolTip(self.tr("Money that left in the last hour first, then windows lapsed or ending "
                                      "within 12 hours, then other money without a bank answer"))
        self.order.currentIndexChanged.connect(lambda *_: self.refresh_list())
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.lapsed)
        lv.addWidget(self.order)
        lv.addWidget(self.soon)
        lv.addWidget(self.list_view)

        form_box = QWidget(objectName="stopPaymentForm")
        fv = QVBoxLayout(form_box)
        self.title = QLabel(objectName="requestTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f3a5f;")
        fv.addWidget(self.title)
        victim = QGroupBox(self.tr("Victim"))
        vform = QFormLayout(victim)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        for key, label in (("victim.name", self.tr("Name")), ("victim.id_number", self.tr("Resident ID")),
                           ("victim.phone", self.tr("Phone")), ("victim.account", self.tr("Account the money left from"))):
            edit = QLineEdit(objectName="stop_" + key.replace(".", "_"))
            edit.textChanged.connect(self._edited)
            err = FieldError("stopError_" + key.replace(".", "_"))
            box = QWidget()
            b = QVBoxLayout(box)
            b.setContentsMargins(0, 0, 0, 0)
            b.addWidget(edit)
            b.addWidget(err)
            vform.addRow(label, box)
            self.fields[key], self.errors[key] = edit, err
        fv.addWidget(victim)
        self.accounts = RowsModel(
            [("number", self.tr("Receiving account")), ("kind", self.tr("Kind")), ("holder", self.tr("Holder")),
             ("bank", self.tr("Bank / institution")), ("amount", self.tr("Amount received")),
             ("status", self.tr("Result")), ("window", self.tr("Window"))],
            lambda: {"number": "", "kind": "bank_card", "holder": "", "amount": "", "status": "pending"},
            display={"kind": self._kind_text, "status": self._status_text}, parent=self)
        self.accounts.read_only = {"bank", "amount", "status", "window"}
        self.accounts_view = self._table("stopAccountsTable", self.accounts, self.tr("Accounts to stop"), fv)
        self.accounts_view.setItemDelegateForColumn(1, ChoiceDelegate(self._kinds(), self))
        self.transfers = ClockedRowsModel(
            [("time", self.tr("Time")), ("amount", self.tr("Amount (yuan)")), ("channel", self.tr("Channel")),
             ("serial", self.tr("Serial no.")), ("to", self.tr("To account")), ("since", self.tr("Since it left"))],
            lambda: {"time": "", "amount": "", "channel": "mobile_banking", "serial": "", "to": ""},
            display={"channel": self._channel_text}, parent=self)
        self.transfers.read_only = {"since"}
        self.transfers_view = self._table("stopTransfersTable", self.transfers, self.tr("Transfers"), fv)
        self.transfers_view.setItemDelegateForColumn(2, ChoiceDelegate(self._channels(), self))
        self.shared = QLabel(objectName="sharedAccounts")
        self.shared.setStyleSheet("color: #6a1b9a; font-weight: bold;")
        self.shared.setWordWrap(True)
        self.shared.linkActivated.connect(lambda number: self.nav.search(number))
        fv.addWidget(self.shared)
        self.missing = QLabel(objectName="requestProblems")
        self.missing.setStyleSheet(PROBLEM_STYLE)
        self.missing.setWordWrap(True)
        buttons = QHBoxLayout()
        issue_action = self.actions[ActionName.ISSUE_REQUEST]
        self.issue_button = QPushButton(issue_action.text(), objectName="issueRequestButton")
        self.issue_button.setToolTip(issue_action.toolTip())
        self.issue_button.setStyleSheet("background: #c62828; color: white; font-weight: bold; padding: 6px 14px;")
        self.issue_button.clicked.connect(issue_action.trigger)
        issue_action.triggered.connect(self.issue)
        self.result_button = QPushButton(self.tr("Record bank results…"), objectName="recordResultButton")
        self.result_button.setToolTip(self.tr("Each bank's answer for every account of the request, in one dialog"))
        self.result_button.clicked.connect(self.record_results_dialog)
        self.renew_button = QPushButton(objectName="renewWindowButton")
        self.renew_button.setToolTip(self.tr("Stop the held accounts for another 48 hours (the rules allow two "
                                             "renewals)"))
        self.renew_button.clicked.connect(self.renew)
        self.freeze_button = QPushButton(self.tr("Convert to freeze…"), objectName="freezeButton")
        self.freeze_button.setToolTip(self.tr("The case is registered and the freeze approved: the held accounts "
                                              "are frozen for six months"))
        self.freeze_button.clicked.connect(self.freeze)
        self.back_to_call = QPushButton(self.tr("Back to the call"), objectName="backToCallButton")
        self.back_to_call.clicked.connect(self._open_call)
        self.export_again_button = QPushButton(self.tr("Export again"), objectName="exportAgainButton")
        self.export_again_button.setToolTip(self.tr("Write the issued request's PDF, XLSX and CSV again"))
        self.export_again_button.clicked.connect(self.export_again)
        self.discard_button = QPushButton(self.tr("Discard draft…"), objectName="discardRequestButton")
        self.discard_button.setToolTip(self.tr("Throw this draft away (recorded in the audit log); an issued "
                                               "request cannot be discarded"))
        self.discard_button.clicked.connect(self.discard)
        self.saved = QLabel(objectName="stopSaved")
        # Two rows, so that the form fits a 1366×768 screen in English too: the request's own steps, then the rest.
        for w in (self.issue_button, self.result_button, self.renew_button, self.freeze_button):
            buttons.addWidget(w)
        buttons.addStretch()
        more = QHBoxLayout()
        for w in (self.export_again_button, self.back_to_call, self.discard_button):
            more.addWidget(w)
        more.addStretch()
        more.addWidget(self.saved)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        # The form scrolls on a screen too short for it (1366×768 less a task bar) instead of forcing the window
        # taller; its buttons stay in sight below it.
        form_scroll = QScrollArea(objectName="stopPaymentFormScroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        form_scroll.setFrameShape(QScrollArea.NoFrame)
        form_scroll.setWidget(form_box)
        self.form_actions = QWidget(objectName="stopPaymentActions")
        av = QVBoxLayout(self.form_actions)
        av.setContentsMargins(9, 0, 9, 0)
        av.addWidget(self.missing)          # what stops the request from being issued, beside the Issue button
        av.addLayout(buttons)
        av.addLayout(more)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.conflict)          # above the form, where the officer is looking, never scrolled away
        rv.addWidget(form_scroll, 1)
        rv.addWidget(self.form_actions)
        splitter.addWidget(right)
        splitter.setSizes([640, 700])
        QVBoxLayout(self).addWidget(splitter)
        self._autosave = QTimer(self, singleShot=True, interval=500)
        self._autosave.timeout.connect(self.save_now)
        form_box.setEnabled(False)
        self.form_actions.setEnabled(False)
        self.form_box = form_box
        self.row_buttons = [b for b in form_box.findChildren(QPushButton)
                            if b.objectName().endswith(("TableAdd", "TableRemove"))]
        self.refresh_list()
        self._ticking = QTimer(self, interval=30_000)     # the clocks and windows move on by themselves
        self._ticking.timeout.connect(self._tick)
        self._ticking.start()
        # A colleague's request shows up here without a restart (other seats' commits, checked every 2 s; the
        # list is repainted only when its rows changed: a repaint of 200 rows costs the UI thread ~0.7 s).
        # The list read to compare (~50 ms on a year's requests) is the runner's, never the UI thread's.
        self.live = LiveRefresh(self, self.ctx.db, self.refresh_list, interval_ms=2_000,
                                key=stoppay.request_list, target=self.ctx.db_path, runner=self.runner)

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh_list()
            self._refresh_derived()

    # -- building ------------------------------------------------------------------------------
    def _table(self, name: str, model: RowsModel, title: str, layout) -> QTableView:
        box, view = rows_table(name, model, title, self.tr("Add row"), self.tr("Remove row"))
        # The account number is what the bank needs: always whole (19 digits), whatever the language's column
        # titles take; the bank's name (accounts) or the serial number (transfers) gives way instead.
        header = view.horizontalHeader()
        number = 0 if model is self.accounts else 4
        header.setSectionResizeMode(number, QHeaderView.Fixed)
        header.resizeSection(number, view.fontMetrics().horizontalAdvance("0" * 19) + 16)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        view.setMinimumHeight(110)
        model.rowsEdited.connect(self._edited)
        model.rowsEdited.connect(self._refresh_derived)
        layout.addWidget(box)
        return view

    def _channels(self):
        return channels()

    def _kinds(self):
        return account_kinds()

    def _channel_text(self, code):
        return dict(self._channels()).get(code, code)

    def _kind_text(self, code):
        return dict(self._kinds()).get(code, code)

    def _status_text(self, code):
        return {"pending": self.tr("not issued"), "issued": self.tr("issued"), "stopped": self.tr("stopped"),
                "failed": self.tr("failed"), "frozen": self.tr("frozen")}.get(code, code)

    # -- navigation ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh_list()

    def refresh_list(self) -> None:
        """The list, the windows ending and the lapsed ones, read on the runner (the list alone is ~50 ms on a
        year's requests; the 30 s tick and other seats' requests ask for it); the newest request wins."""
        self._list_seq += 1
        seq, now, by_stake = self._list_seq, self.ctx.clock.now(), self.order.currentData() == "stake"

        def job(db, progress):
            listed = stop_window.request_list_by_stake(db, now) if by_stake else stoppay.request_list(db)
            return (listed, stoppay.ending_soon(db, now), stop_window.reminders(db, now),
                    stop_window.lapsed(db, now))

        self.runner.read(job, lambda result: self._list_read(seq, now, by_stake, result), self._list_failed)

    def _list_failed(self, exc: Exception) -> None:
        self.soon.setText(self.tr("The requests could not be read: %1").replace("%1", failure_message(exc)))

    def _list_read(self, seq: int, now, by_stake: bool, result) -> None:
        if seq != self._list_seq:
            return
        listed, soon, remind, lapsed = result
        if by_stake:
            self.list_model.why = {r[0]: self._why_text(tier, money, minutes, r[8], now)
                                   for r, tier, money, minutes in listed}
            self.list_model.set_rows([p[0] for p in listed], now)
        else:
            self.list_model.why = {}
            self.list_model.set_rows(listed, now)
        self.list_view.setColumnHidden(1, not by_stake)
        text = self.tr("%1 request(s) whose 48-hour window ends within 12 hours").replace("%1", str(len(soon))) \
            if soon else ""
        if remind:
            text += ("\n" if text else "") + self.tr("Renew, freeze or record the result now: %1").replace(
                "%1", "、".join(f"{no} ({self._left_text(ends, now)})" for _r, no, ends, _n in remind))
        self.soon.setText(text)
        self.lapsed.setVisible(bool(lapsed))
        # The newest first and at most five named: the banner must not push the list off the page.
        newest = sorted(lapsed, key=lambda r: r[2], reverse=True)[:5]
        text = self.tr("LAPSED, nobody acted: %1").replace("%1", "、".join(
            f"<a style='color: white' href='{rid}'>{no}</a> ({ends[:16]}, "
            + self.tr("%1 account(s)").replace("%1", str(n)) + ")" for rid, no, ends, n in newest))
        if len(lapsed) > len(newest):
            text += " " + self.tr("and %1 more").replace("%1", str(len(lapsed) - len(newest)))
        self.lapsed.setText(text)

    def _why_text(self, tier: int, money: int, minutes: int | None, window_end: str | None, now) -> str:
        amount = format_amount(money)
        if tier == 0:
            return self.tr("%1 left %2 min ago: still in the golden hour").replace("%1", amount) \
                .replace("%2", str(minutes))
        if tier == 1:
            left = stoppay.seconds_left(window_end, now) or 0
            return (self.tr("%1 unanswered, window LAPSED") if left <= 0 else
                    self.tr("%1 unanswered, window ends in %2").replace("%2", self._left_text(window_end, now))) \
                .replace("%1", amount)
        if tier == 2:
            return self.tr("%1 without a bank answer").replace("%1", amount)
        return self.tr("answered or closed")

    def _left_text(self, ends: str, now) -> str:
        left = stoppay.seconds_left(ends, now) or 0
        return self.tr("%1 h %2 min left").replace("%1", str(left // 3600)).replace("%2", f"{left % 3600 // 60:02d}")

    def create_from_call(self, call_id: int) -> int:
        """One action from the call: everything the officer typed there arrives here, wrong fields included.
        A call has one request: pressing 紧急止付 again opens the one it has."""
        from console.models.core import drafts

        existing = stoppay.request_for_call(self.ctx.db, call_id)
        if existing is not None:
            self.open_request(existing)
            self.saved.setText(self.tr("This call's request is already open."))
            return existing
        rid = stoppay.create_request_from_call(self.ctx.db, self.ctx.user, call_id, clock=self.ctx.clock)
        typed = drafts.load_draft(self.ctx.db, "call", str(call_id), self.ctx.user.id)
        if typed is not None and stoppay.typed_draft(self.ctx.db, rid, self.ctx.user.id) is None:
            stoppay.save_form(self.ctx.db, self.ctx.user, rid, stoppay.form_from_call(typed), clock=self.ctx.clock)
        self.open_request(rid)
        return rid

    def _end_editing(self) -> None:
        """Commits and closes a cell editor before the rows change under it (a reset would orphan it)."""
        for view in (self.accounts_view, self.transfers_view):
            if view.state() == QAbstractItemView.EditingState:
                view.setFocus()

    def can_leave(self) -> bool:
        self._end_editing()
        self.save_now()
        return True

    def open_request(self, request_id: int) -> None:
        self._end_editing()
        if self.request_id is not None and (self.request_id != request_id or self._mine is not None):
            self.save_now()                 # (the typing kept aside while the other version is shown, too)
        self.request_id = request_id
        self._end_clash()
        # This seat's draft, typed against the version it showed then (kept across a restart): a change saved
        # by another seat since is told now, before a save could overwrite it.
        typed = stoppay.typed_draft(self.ctx.db, request_id, self.ctx.user.id)
        now = stoppay.request_version(self.ctx.db, request_id)
        self._seen_version = now if typed is None or typed[1] is None else typed[1]
        self._load(typed[0] if typed is not None else stoppay.load_form(self.ctx.db, request_id))
        self.form_box.setEnabled(True)
        self.form_actions.setEnabled(True)
        self._show_state()
        self.refresh_list()
        if self._seen_version != now:
            self._told(stoppay.changed_elsewhere(self.ctx.db, request_id))

    def _load(self, form: dict) -> None:
        self._dirty = False
        self._loading = True
        for key, edit in self.fields.items():
            edit.setText(form["victim"].get(key.split(".")[1], ""))
        self._account_kind = form["victim"].get("account_kind", "bank_card")
        self.accounts.set_rows(form["accounts"])
        self.transfers.set_rows(form["transfers"])
        self._loading = False

    def _open_call(self) -> None:
        call_id = stoppay.call_of(self.ctx.db, self.request_id)
        if call_id:
            self.nav.open_call(call_id)

    # -- editing -------------------------------------------------------------------------------
    def form(self) -> dict:
        v = {k.split(".")[1]: e.text() for k, e in self.fields.items()}
        v["account_kind"] = getattr(self, "_account_kind", "bank_card")
        return {"victim": v, "accounts": [dict(r) for r in self.accounts.rows],
                "transfers": [dict(r) for r in self.transfers.rows]}

    def _edited(self, *args) -> None:
        if not self._loading and self.request_id is not None and self._mine is None:
            self._dirty = True
            self.saved.setText(self.tr("Saving…"))
            self._autosave.start()

    def _status(self) -> str | None:
        return stoppay.status_of(self.ctx.db, self.request_id)

    def save_now(self) -> dict[str, str]:
        self._autosave.stop()
        if self.request_id is None:
            return {}
        if self._status() != "draft":
            # Issued or discarded on another seat while this one was typing: told, never silently dropped.
            if self._dirty and not self.conflict.isVisible() and \
                    stoppay.request_version(self.ctx.db, self.request_id) != self._seen_version:
                self._told(stoppay.changed_elsewhere(self.ctx.db, self.request_id))
            return {}
        form = self.form() if self._mine is None else self._mine
        if self.conflict.isVisible():       # told once; the draft keeps the typing until the officer chooses
            stoppay.keep_draft(self.ctx.db, self.ctx.user, self.request_id, form, clock=self.ctx.clock,
                               typed_against=self._seen_version)
            self.saved.setText(self.tr("Not saved: changed on another seat"))
            return {}
        try:
            problems, self._seen_version = stoppay.save_form_checked(
                self.ctx.db, self.ctx.user, self.request_id, form, clock=self.ctx.clock,
                seen_version=self._seen_version)
        except ChangedElsewhere as exc:
            self._told(exc)
            return {}
        self._dirty = False
        self._show_problems(problems)
        self.saved.setText(self.tr("Draft saved"))
        return problems

    # -- another seat's change ---------------------------------------------------------------------
    def _told(self, exc: ChangedElsewhere) -> None:
        """Another seat saved the request since this seat showed it: said once, above the form."""
        log.info("stop-payment request %s changed on another seat by %s at %s", self.request_id, exc.who, exc.at)
        self.conflict.show_change(exc.who, exc.at)
        self.saved.setText(self.tr("Not saved: changed on another seat"))

    def _end_clash(self) -> None:
        if self._mine is not None:
            self._show_theirs(False)
        if self.conflict.compare is not None:
            self.conflict.compare.blockSignals(True)
            self.conflict.compare.setChecked(False)
            self.conflict.compare.setText(self.tr("Show theirs"))
            self.conflict.compare.blockSignals(False)
        self.conflict.hide()

    def _show_theirs(self, on: bool) -> None:
        """The other seat's version in the form, read-only, and back to the officer's typing (kept aside)."""
        if self.request_id is None:
            return
        if on and self._mine is None:
            self._mine = self.form()
            self._load(stoppay.load_form(self.ctx.db, self.request_id))
            self._set_editable(False)
            self.saved.setText(self.tr("Showing the other seat's version (read-only)"))
        elif not on and self._mine is not None:
            mine, self._mine = self._mine, None
            self._load(mine)
            self._dirty = True
            self._set_editable(self._status() == "draft")
            self.saved.setText(self.tr("Not saved: changed on another seat"))
        self._refresh_derived()

    def _take_their_version(self) -> None:
        """Reload: the request as saved now (the officer's typing since is dropped)."""
        if self.request_id is None:
            return
        self._mine = None
        self._end_clash()
        self._seen_version = stoppay.request_version(self.ctx.db, self.request_id)
        self._load(stoppay.load_form(self.ctx.db, self.request_id))
        self._show_state()
        self.save_now()                     # this seat's draft follows the reloaded form
        self.saved.setText(self.tr("Reloaded the other seat's version"))
        self.fields["victim.name"].setFocus()

    def _keep_my_version(self) -> None:
        """Keep mine: saved over the other seat's change, knowingly (both are in the audit log)."""
        if self.request_id is None:
            return
        if self._status() != "draft":
            self._take_their_version()
            self.saved.setText(self.tr("Issued or discarded on another seat: it can no longer be changed here"))
            return
        self._end_clash()
        self._seen_version = stoppay.request_version(self.ctx.db, self.request_id)
        self.save_now()
        self._show_state()

    def _refresh_derived(self) -> None:
        """Bank, amount and result of each account row, recomputed at once after any edit (a deleted row must
        not leave its bank and amount on the next card)."""
        sums: dict[str, int] = {}
        for t in self.transfers.rows:
            key = t.get("to", "").replace(" ", "")
            sums[key] = sums.get(key, 0) + (parse_amount(t.get("amount", "")).value or 0)
        derived = {}
        for i, a in enumerate(self.accounts.rows):
            code = guess_bank(self.ctx.db, a["number"]) if a.get("kind") == "bank_card" else \
                {"alipay": "ALIPAY", "wechat": "WECHAT"}.get(a.get("kind"))
            derived[(i, "bank")] = self._banks.get(code, "") if code else ""
            derived[(i, "amount")] = format_amount(sums.get(a["number"].replace(" ", ""), 0))
            derived[(i, "status")] = self._status_text(a.get("status", "pending"))
            derived[(i, "window")] = self._window_text(a)
        problems = {k: v for k, v in self.accounts.problems.items() if k[0] < len(self.accounts.rows)}
        self.accounts.set_problems(problems, derived)
        now = self.ctx.clock.now()
        clocks = self.transfers.set_clocks([transfer_minutes(t.get("time", ""), now) for t in self.transfers.rows])
        trn = {k: v for k, v in self.transfers.problems.items() if k[0] < len(self.transfers.rows)}
        self.transfers.set_problems(trn, clocks)

    def _window_text(self, account: dict) -> str:
        """What is left of the account's hold: the 48-hour window (and renewals), or the freeze's term."""
        status = account.get("status", "pending")
        if status == "frozen" and account.get("frozen_until"):
            return self.tr("frozen until %1").replace("%1", account["frozen_until"][:10])
        if status not in stop_window.HELD or not account.get("window_ends_at"):
            return ""
        left = stoppay.seconds_left(account["window_ends_at"], self.ctx.clock.now()) or 0
        text = self.tr("LAPSED") if left <= 0 else self._left_text(account["window_ends_at"], self.ctx.clock.now())
        renewals = int(account.get("renewals") or 0)
        return text + (" · " + self.tr("renewed %1×").replace("%1", str(renewals)) if renewals else "")

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, edit in self.fields.items():
            message = problems.get(key, "")
            edit.setStyleSheet(ERROR_STYLE if message else "")
            self.errors[key].setText(message)
            self.errors[key].setVisible(bool(message))
        acc, trn = {}, {}
        for key, message in problems.items():
            parts = key.split(".")
            if parts[0] == "accounts" and len(parts) == 3:
                acc[(int(parts[1]), parts[2])] = message
            elif parts[0] == "transfers" and len(parts) == 3:
                trn[(int(parts[1]), parts[2])] = message
        self.accounts.problems = acc
        self.transfers.problems = trn
        self._refresh_derived()
        if problems:
            self.missing.setStyleSheet(PROBLEM_STYLE)
            self.missing.setText(self.tr("Before issuing, fix:") + "\n• " + "\n• ".join(dict.fromkeys(problems.values())))
        else:
            self.missing.setStyleSheet(READY_STYLE)      # good news is not written in the colour of errors
            self.missing.setText(self.tr("Complete: ready to issue."))
        self.issue_button.setEnabled(not problems and self._status() == "draft")

    def _show_state(self) -> None:
        no, status = stoppay.number_and_status(self.ctx.db, self.request_id)
        total, stopped = stoppay.totals(self.ctx.db, self.request_id)
        self.title.setText(f"{no} · {self.list_model.status_names.get(status, status)} · "
                           + self.tr("%1 received, %2 stopped").replace("%1", format_amount(total))
                           .replace("%2", format_amount(stopped)))
        shared = stoppay.shared_accounts(self.ctx.db, self.request_id)
        self.shared.setText("<br>".join(
            self.tr("Account %1 also appears in %2 other case(s): %3").replace("%1", f"<a href='{n}'>{n}</a>")
            .replace("%2", str(len(others))).replace("%3", "、".join(others[:5])) for n, others in shared.items()))
        if status == "draft":
            self._show_problems(stoppay.problems(self.form(), self.ctx.clock.now()))
        else:
            self._show_problems({})
            self.missing.setStyleSheet(NEUTRAL_STYLE)
            self.missing.setText(self.tr("Issued. Record each bank's answer as it comes."))
            self.issue_button.setEnabled(False)
        draft = status == "draft"
        self.export_again_button.setVisible(not draft)
        self._set_editable(draft and self._mine is None)
        self.discard_button.setVisible(draft)
        self.result_button.setVisible(not draft)
        left = stop_window.renewals_left(self.ctx.db, self.request_id) if not draft else 0
        held = not draft and bool(stop_window.held_accounts(self.ctx.db, self.request_id))
        self.renew_button.setText(self.tr("Renew 48 h (%1 left)").replace("%1", str(left)))
        self.renew_button.setVisible(held)
        self.renew_button.setEnabled(left > 0)
        self.freeze_button.setVisible(held)

    def _set_editable(self, editable: bool) -> None:
        for view in (self.accounts_view, self.transfers_view):
            # Not on a mere change of the current cell: an editor opened by a click or by a reload would be
            # orphaned when a row goes (Remove row) and commit into the wrong row later.
            view.setEditTriggers(EDIT_TRIGGERS if editable else QTableView.NoEditTriggers)
        for edit in self.fields.values():
            edit.setReadOnly(not editable)
        for button in self.row_buttons:      # an issued request is read-only except for the bank results
            button.setVisible(editable)

    # -- issuing and results -------------------------------------------------------------------
    def export_dir(self) -> Path | None:
        folder = self.ctx.settings.get("export_dir")
        if not folder or not Path(folder).is_dir():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for stop-payment forms and exports"))
            if not folder:
                return None
            self.ctx.settings.set("export_dir", folder)
        return Path(folder)

    def issue(self) -> list[Path] | None:
        if self.request_id is None or self._status() != "draft":
            return None
        if self.conflict.isVisible():       # another seat's change first: reload it or keep this one
            self.conflict.reload.setFocus()
            return None
        folder = self.export_dir()
        if folder is None:
            return None
        try:
            files = issue_and_export(self.ctx.db, self.ctx.user, self.request_id, self.form(), folder,
                                     clock=self.ctx.clock, write_pdf=write_form_pdf, seen_version=self._seen_version)
        except ChangedElsewhere as exc:
            self._told(exc)
            return None
        except stoppay.IssueBlocked as blocked:
            self._seen_version = blocked.version
            self._show_problems(blocked.problems)
            return None
        except OSError as exc:
            self._seen_version = getattr(exc, "version", self._seen_version)
            self._export_failed(folder, exc, self.tr("Not issued: the files could not be written to %1 (%2). "
                                                     "The request is still a draft; choose another folder."))
            return None
        self.open_request(self.request_id)
        self.saved.setText(self.tr("Issued; files written to %1").replace("%1", str(folder)))
        self.last_files = files
        return files

    def export_again(self) -> list[Path] | None:
        """Writes an issued request's files again, e.g. after the first folder failed or the files were lost."""
        if self.request_id is None or self._status() == "draft":
            return None
        folder = self.export_dir()
        if folder is None:
            return None
        try:
            files = export_again(self.ctx.db, self.ctx.user, self.request_id, folder, clock=self.ctx.clock,
                                 write_pdf=write_form_pdf)
        except OSError as exc:
            self._export_failed(folder, exc, self.tr("The files could not be written to %1 (%2). "
                                                     "Choose another folder and export again."))
            return None
        self.saved.setText(self.tr("Files written again to %1").replace("%1", str(folder)))
        self.last_files = files
        return files

    def _export_failed(self, folder: Path, exc: OSError, message: str) -> None:
        # The folder is asked for again next time: the remembered one is what failed.
        self.ctx.settings.set("export_dir", "")
        self.saved.setText("")
        self.missing.setText(message.replace("%1", str(folder)).replace("%2", exc.strerror or str(exc)))

    def discard(self) -> bool:
        """A draft started by mistake (or twice) goes, after a question; the audit log keeps who and when."""
        if self.request_id is None or self._status() != "draft":
            return False
        no, _status = stoppay.number_and_status(self.ctx.db, self.request_id)
        answer = QMessageBox.question(self, self.tr("Discard draft"), self.tr(
            "Discard the draft request %1? Its accounts and transfers are removed; the call keeps its notes.")
            .replace("%1", no), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return False
        self._end_editing()
        self._autosave.stop()
        try:
            stoppay.discard(self.ctx.db, self.ctx.user, self.request_id, clock=self.ctx.clock,
                            seen_version=self._seen_version)
        except ChangedElsewhere as exc:
            self.save_now()                 # this seat's typing is kept in its draft
            self._told(exc)
            return False
        self.request_id = None
        self._loading = True
        for edit in self.fields.values():
            edit.clear()
        self.accounts.set_rows([])
        self.transfers.set_rows([])
        self._loading = False
        self.title.setText(self.tr("Request %1 discarded").replace("%1", no))
        self.missing.clear()
        self.form_box.setEnabled(False)
        self.form_actions.setEnabled(False)
        self.refresh_list()
        return True

    def record_results_dialog(self) -> None:
        """Every account's answer in one dialog, written in one transaction."""
        accounts = [a for a in self.accounts.rows if "id" in a]
        if self.request_id is None or not accounts:
            return
        dialog = BankResultsDialog(accounts, self)
        if dialog.exec() == QDialog.Accepted and dialog.results():
            try:
                stop_window.record_results(self.ctx.db, self.ctx.user, dialog.results(), clock=self.ctx.clock,
                                           request_id=self.request_id, seen_version=self._seen_version)
            except ChangedElsewhere as exc:
                self._told(exc)             # the answers typed in the dialog are asked again after a reload
                return
            self.open_request(self.request_id)
            self.saved.setText(self.tr("Bank results recorded"))

    def renew(self) -> None:
        if self.request_id is None:
            return
        try:
            n = stop_window.renew(self.ctx.db, self.ctx.user, self.request_id, clock=self.ctx.clock,
                                  seen_version=self._seen_version)
        except ChangedElsewhere as exc:
            self._told(exc)
            return
        except stop_window.WindowRefused as refused:
            self.saved.setText(str(refused))
            return
        self.open_request(self.request_id)
        self.saved.setText(self.tr("%1 account(s) stopped for another 48 hours").replace("%1", str(n)))

    def freeze(self) -> None:
        if self.request_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Convert to freeze"), self.tr(
            "Has the case been registered and the freeze approved? The held accounts are then frozen for six "
            "months."), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            n = stop_window.convert_to_freeze(self.ctx.db, self.ctx.user, self.request_id, clock=self.ctx.clock,
                                              seen_version=self._seen_version)
        except ChangedElsewhere as exc:
            self._told(exc)
            return
        except stop_window.WindowRefused as refused:
            self.saved.setText(str(refused))
            return
        self.open_request(self.request_id)
        self.saved.setText(self.tr("%1 account(s) frozen").replace("%1", str(n)))
