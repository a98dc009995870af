"""The call's form: people, type, fraud type, notes, accounts, transfers, outcome. Emits `edited`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from console.models.core.reference import code_names
from console.models.core.sensitive import mask_id_number
from console.models.core.validation import card_digits
from console.ui.calls.choice_delegate import AccountDelegate, ChoiceDelegate, TextDelegate
from console.ui.choices import account_kinds, channels
from console.ui.form_parts import coded_combo
from console.ui.stoppay.clocks import ClockedRowsModel, clock_text, transfer_minutes
from console.ui.widgets.rows_table import RowsModel, rows_table

ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"


class FieldError(QLabel):
    """The message under a field that is filled in wrongly."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet("color: #c62828; font-size: 9pt;")
        self.setWordWrap(True)
        self.hide()


def editing_cells(view: QTableView) -> set[tuple[int, str]]:
    """The (row, key) whose editor is open in the view, if any: saving must not touch it."""
    if view.state() != QAbstractItemView.EditingState or not view.currentIndex().isValid():
        return set()
    index = view.currentIndex()
    return {(index.row(), view.model().key_of(index.column()))}


class CallForm(QWidget):
    edited = Signal()
    suggestionAccepted = Signal(str)

    def __init__(self, db, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.setObjectName("callForm")
        self._loading = False
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        # Two columns, so that at 1366x768 the people, the notes, the money and the outcome are all in view.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.setSpacing(2)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(4)
        right.setSpacing(4)
        columns.addLayout(left, 4)
        columns.addLayout(right, 7)

        people = QGroupBox(self.tr("Caller and victim"))
        pform = self._form_layout(people)
        self.known = QPushButton(objectName="knownCaller")
        self.known.setStyleSheet("text-align: left; color: #1f3a5f; font-weight: bold; padding: 3px;")
        self.known.setMinimumWidth(10)
        self.known.hide()
        self.known.clicked.connect(self.use_known)
        outer.addWidget(self.known)
        outer.addLayout(columns, 1)
        self._known: dict[str, Any] | None = None
        for key, label in (("caller.name", self.tr("Caller name")), ("caller.id_number", self.tr("Caller resident ID")),
                           ("caller.phone", self.tr("Caller phone"))):
            self._add_field(pform, key, label)
        self.victim_is_caller = QCheckBox(self.tr("The caller is the victim"), objectName="victimIsCaller")
        self.victim_is_caller.setChecked(True)
        self.victim_is_caller.toggled.connect(self._toggle_victim)
        pform.addRow(self.victim_is_caller)
        self.victim_rows = []
        for key, label in (("victim.name", self.tr("Victim name")), ("victim.id_number", self.tr("Victim resident ID")),
                           ("victim.phone", self.tr("Victim phone"))):
            self.victim_rows.append(self._add_field(pform, key, label))
        self._add_field(pform, "victim.account", self.tr("Victim's account (paid from)"))
        self.fields["victim.account"].setPlaceholderText(self.tr("The card or account the money left from"))
        left.addWidget(people)

        case = QGroupBox(self.tr("Case"))
        cform = self._form_layout(case)
        self.call_type = self._combo("callType", code_names(db, "call_types", lang=lang))
        cform.addRow(self.tr("Call type"), self.call_type)
        self.fraud_type = self._combo("fraudType", [("", self.tr("(not yet known)"))] + code_names(db, "fraud_types", lang=lang))
        cform.addRow(self.tr("Fraud type"), self.fraud_type)
        self.suggestion = QPushButton(objectName="fraudSuggestion")
        self.suggestion.setStyleSheet("text-align: left; color: #1f3a5f; font-weight: bold; padding: 3px;")
        self.suggestion.setMinimumWidth(10)
        self.suggestion.hide()
        self.suggestion.clicked.connect(self._accept_suggestion)
        cform.addRow(self.suggestion)
        self.notes = QPlainTextEdit(objectName="callNotes")
        self.notes.setPlaceholderText(self.tr("What the caller says: who contacted them, how, what was asked, what was paid..."))
        self.notes.setMinimumHeight(90)
        self.notes.setTabChangesFocus(True)      # Tab leaves the notes; a tab character is never wanted here
        self.notes.textChanged.connect(self._changed)
        cform.addRow(self.tr("Notes"), self.notes)
        self.three_way = QCheckBox(self.tr("Three-way call made"), objectName="threeWay")
        self.three_way.setToolTip(self.tr("Three-way call with the command centre / alert platform made"))
        self.three_way.toggled.connect(self._changed)
        cform.addRow(self.three_way)
        left.addWidget(case, 1)

        self.accounts = RowsModel(
            [("role", self.tr("Role")), ("kind", self.tr("Kind")), ("number", self.tr("Account / card number")),
             ("holder", self.tr("Holder")), ("bank", self.tr("Bank"))],
            lambda: {"role": "suspect", "kind": "bank_card", "number": "", "holder": ""},
            display={"role": self._role_text, "kind": self._kind_text}, parent=self)
        self.accounts.read_only = {"bank"}
        self.accounts_view = self._table("accountsTable", self.accounts, self.tr("Accounts"), right)
        self.accounts_view.setItemDelegateForColumn(0, ChoiceDelegate(self._roles(), self))
        self.accounts_view.setItemDelegateForColumn(1, ChoiceDelegate(self._kinds(), self))
        self.transfers = ClockedRowsModel(       # goldenhour: each transfer's time shows its clock, graded
            [("time", self.tr("Time")), ("amount", self.tr("Amount (yuan)")), ("channel", self.tr("Channel")),
             ("serial", self.tr("Serial no.")), ("to", self.tr("To account"))],
            lambda: {"time": "", "amount": "", "channel": "mobile_banking", "serial": "", "to": ""},
            display={"channel": self._channel_text, "time": self._time_with_clock}, parent=self)
        self.transfers.clock_key = "time"
        self.now = datetime.now                  # the page gives its clock
        self.transfers_view = self._table("transfersTable", self.transfers, self.tr("Transfers"), right)
        self.transfers_view.setItemDelegateForColumn(2, ChoiceDelegate(self._channels(), self))
        self.transfers_view.setItemDelegateForColumn(4, AccountDelegate(self.receiving_numbers, self, self._changed))
        for view in (self.accounts_view, self.transfers_view):
            view.setItemDelegate(TextDelegate(self._changed, self))
        # The numbers (and the time) are shown whole; the other columns share what is left, elided if they
        # must be, so a table never needs a horizontal scroll bar at 1366 wide.
        for view, whole in ((self.accounts_view, (2,)), (self.transfers_view, (0, 4))):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.Stretch)
            for column in whole:
                header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
            header.setMinimumSectionSize(40)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.ElideRight)
        self.table_errors = FieldError("tableErrors")
        right.addWidget(self.table_errors)

        result = QGroupBox(self.tr("Outcome"))
        rform = self._form_layout(result)
        self.outcome = self._combo("outcome", [("", self.tr("(open)"))] + code_names(db, "outcomes", lang=lang))
        rform.addRow(self.tr("Outcome"), self.outcome)
        self._add_field(rform, "loss_saved", self.tr("Loss saved (yuan)"))
        self._add_field(rform, "loss_suffered", self.tr("Loss suffered (yuan)"))
        right.addWidget(result)
        right.addStretch()
        self._toggle_victim(True)
        self._suggested: str | None = None

    # -- building ------------------------------------------------------------------------------
    def _add_field(self, form: QFormLayout, key: str, label: str) -> tuple[QLabel, QWidget]:
        edit = QLineEdit(objectName="field_" + key.replace(".", "_"))
        edit.textChanged.connect(self._changed)
        error = FieldError("error_" + key.replace(".", "_"))
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(edit)
        v.addWidget(error)
        lab = QLabel(label)
        form.addRow(lab, box)
        self.fields[key] = edit
        self.errors[key] = error
        return lab, box

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = coded_combo(name, items)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    @staticmethod
    def _form_layout(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setContentsMargins(6, 4, 6, 4)
        form.setVerticalSpacing(3)
        return form

    def _table(self, name: str, model: RowsModel, title: str, layout: QVBoxLayout) -> QTableView:
        box, view = rows_table(name, model, title, self.tr("Add row"), self.tr("Remove row"),
                               on_add=lambda: self._add_row(model, view))
        model.rowsEdited.connect(self._changed)
        layout.addWidget(box, 1)
        return view

    def receiving_numbers(self) -> list[str]:
        """The call's receiving (suspect) accounts as typed, for a transfer's 'to' cell."""
        return list(dict.fromkeys(r["number"].strip() for r in self.accounts.rows
                                  if r.get("role") == "suspect" and r.get("number", "").strip()))

    # -- a caller the console already knows --------------------------------------------------------
    def offer_known(self, known: dict[str, Any] | None) -> None:
        """Shows what the console holds about this caller (name, ID, accounts), to take with one key."""
        self._known = known
        if not known:
            self.known.hide()
            return
        bits = [known.get("name") or "", mask_id_number(known["id_number"]) if known.get("id_number") else ""]
        if known.get("accounts"):
            bits.append(self.tr("%1 account(s)").replace("%1", str(len(known["accounts"]))))
        self.known.setText(self.tr("Known caller: %1 (Alt+K fills in)")
                           .replace("%1", " · ".join(b for b in bits if b)))
        self.known.show()

    def use_known(self) -> None:
        """Fills the empty fields from the known caller; what was typed stays."""
        known = self._known
        if not known:
            return
        for key in ("name", "id_number"):
            edit = self.fields[f"caller.{key}"]
            if not edit.text().strip() and known.get(key):
                edit.setText(known[key])
        have = {card_digits(r.get("number", "")) for r in self.accounts.rows}
        for acct in known.get("accounts", []):
            if card_digits(acct["number"]) in have:
                continue
            if acct["role"] == "victim" and not self.fields["victim.account"].text().strip():
                self.fields["victim.account"].setText(acct["number"])
            elif acct["role"] != "victim":
                self.accounts.add_row({"role": "suspect", "kind": acct["kind"], "number": acct["number"],
                                       "holder": acct.get("holder", "")})
        self.known.hide()
        self._known = None
        self._changed()

    def _time_with_clock(self, text: str) -> str:
        minutes = transfer_minutes(text, self.now())
        return f"{text} · {clock_text(minutes)}" if minutes is not None else text

    def _add_row(self, model: RowsModel, view: QTableView) -> None:
        row = model.add_row()
        view.setFocus()
        view.setCurrentIndex(model.index(row, 2 if model is self.accounts else 0))
        view.edit(view.currentIndex())

    def _roles(self):
        return [("suspect", self.tr("Suspect (receiving)")), ("victim", self.tr("Victim (paying)"))]

    def _kinds(self):
        return account_kinds()

    def _channels(self):
        return channels()

    def _role_text(self, code):
        return dict(self._roles()).get(code, code)

    def _kind_text(self, code):
        return dict(self._kinds()).get(code, code)

    def _channel_text(self, code):
        return dict(self._channels()).get(code, code)

    def _toggle_victim(self, same: bool) -> None:
        for lab, box in self.victim_rows:
            lab.setVisible(not same)
            box.setVisible(not same)
        self._changed()

    def _changed(self, *args) -> None:
        if not self._loading:
            self.edited.emit()

    # -- fraud-type suggestion -----------------------------------------------------------------
    def show_suggestion(self, code: str | None, name: str = "", words: tuple[str, ...] = ()) -> None:
        self._suggested = code
        if code is None or code == self.fraud_type.currentData():
            self.suggestion.hide()
            return
        self.suggestion.setText(self.tr("Suggested: %1 (words: %2). Click to confirm.").replace("%1", name)
                                .replace("%2", "、".join(words[:4])))
        self.suggestion.show()

    def _accept_suggestion(self) -> None:
        if self._suggested:
            self.set_combo(self.fraud_type, self._suggested)
            self.suggestion.hide()
            self.suggestionAccepted.emit(self._suggested)

    # -- payload -------------------------------------------------------------------------------
    @staticmethod
    def set_combo(combo: QComboBox, code) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def payload(self) -> dict[str, Any]:
        f = {k: e.text() for k, e in self.fields.items()}
        return {
            "caller": {"name": f["caller.name"], "id_number": f["caller.id_number"], "phone": f["caller.phone"]},
            "victim_is_caller": self.victim_is_caller.isChecked(),
            "victim": {"name": f["victim.name"], "id_number": f["victim.id_number"], "phone": f["victim.phone"],
                       "account": f["victim.account"]},
            "call_type": self.call_type.currentData(),
            "fraud_type": self.fraud_type.currentData(),
            "notes": self.notes.toPlainText(),
            "three_way": self.three_way.isChecked(),
            "outcome": self.outcome.currentData(),
            "loss_saved": f["loss_saved"],
            "loss_suffered": f["loss_suffered"],
            "accounts": [dict(r) for r in self.accounts.rows],
            "transfers": [dict(r) for r in self.transfers.rows],
        }

    def draft_payload(self) -> dict[str, Any]:
        """The payload plus what is in an open cell editor and not yet in the table: the draft is what was
        typed, to the last key. (The call row is saved from the tables alone.)"""
        payload = self.payload()
        editor = QApplication.focusWidget()
        for view, name in ((self.accounts_view, "accounts"), (self.transfers_view, "transfers")):
            cells = editing_cells(view)
            if not cells or editor is None or not view.viewport().isAncestorOf(editor):
                continue
            (row, key), = cells
            if isinstance(editor, QLineEdit):
                text = editor.text()
            elif isinstance(editor, QComboBox) and editor.isEditable():
                text = editor.currentText()
            else:
                continue            # a choice (role, kind, channel): its value is set when it is picked
            if 0 <= row < len(payload[name]):
                payload[name][row][key] = text
        return payload

    def load(self, form: dict[str, Any]) -> None:
        self._loading = True
        try:
            for who in ("caller", "victim"):
                for k in ("name", "id_number", "phone"):
                    self.fields[f"{who}.{k}"].setText(str(form.get(who, {}).get(k, "") or ""))
            self.fields["victim.account"].setText(str(form.get("victim", {}).get("account", "") or ""))
            self.victim_is_caller.setChecked(form.get("victim_is_caller", True))
            self.set_combo(self.call_type, form.get("call_type"))
            self.set_combo(self.fraud_type, form.get("fraud_type"))
            self.notes.setPlainText(form.get("notes", ""))
            self.three_way.setChecked(bool(form.get("three_way")))
            self.set_combo(self.outcome, form.get("outcome"))
            self.fields["loss_saved"].setText(form.get("loss_saved", ""))
            self.fields["loss_suffered"].setText(form.get("loss_suffered", ""))
            self.accounts.set_rows(form.get("accounts", []))
            self.transfers.set_rows(form.get("transfers", []))
            self.show_suggestion(None)
        finally:
            self._loading = False

    def show_problems(self, problems: dict[str, str], banks: dict[int, str]) -> None:
        """Marks each wrong field with its message; nothing typed is touched."""
        for key, edit in self.fields.items():
            message = problems.get(key, "")
            edit.setStyleSheet(ERROR_STYLE if message else "")
            self.errors[key].setText(message)
            self.errors[key].setVisible(bool(message))
        acc, tr = {}, {}
        for key, message in problems.items():
            parts = key.split(".")
            if parts[0] == "accounts":
                acc[(int(parts[1]), parts[2])] = message
            elif parts[0] == "transfers":
                tr[(int(parts[1]), parts[2])] = message
        self.accounts.set_problems(acc, {(row, "bank"): name for row, name in banks.items()},
                                   editing_cells(self.accounts_view))
        clocks = self.transfers.set_clocks([transfer_minutes(t.get("time", ""), self.now()) for t in self.transfers.rows])
        self.transfers.set_problems(tr, clocks, editing_cells(self.transfers_view))
        lines = [m for k, m in problems.items() if k.startswith(("accounts.", "transfers."))]
        self.table_errors.setText("\n".join(dict.fromkeys(lines)))
        self.table_errors.setVisible(bool(lines))
