"""The structured interview beside the call: one question at a time with one-key answers, the victim's state
set by one key (Alt+1…Alt+6) or inferred from the answers, the resulting code and the response it calls for.

Answers that are call details land in the call form (accounts, transfers, app and fraud number in the notes),
so nothing is typed twice; the state, the answers and the code are saved with the call at once. The panel
sits above the scripts and history of the call page; `attach_interview(page)` places and wires it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout

from console.models.calls import records as call_model
from console.models.calls import interview
from console.models.core.reference import fraud_types
from console.scripts_library.reading import scripts_for_call

OPTION_KEYS = "123456789ABCDEFGH"
FRAUD_TYPE_QUESTION = "fraud_type"      # asked first while the call has no fraud type
FOCUS_KEY = "F6"


class InterviewPanel(QFrame):
    """Emits stateChanged when the victim's state changes (the page then shows that state's scripts)."""

    stateChanged = Signal(object)              # str | None
    answerGiven = Signal(object, str)          # Question, the answer ("" when skipped)
    saveRequested = Signal()                   # state, answers or code changed: store them with the call
    fraudTypeChosen = Signal(str)              # fraud type code chosen in the interview

    def __init__(self, db, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("interviewPanel")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("QFrame#interviewPanel { background: #fbfcfe; } "
                           "QFrame#interviewPanel:focus { border: 2px solid #1f6feb; }")
        self.db, self.lang = db, lang
        self.fraud_type: str | None = None
        self.answers: dict[str, str] = {}
        self.officer_state: str | None = None     # set by key; wins over what the answers suggest
        self.minutes: int | None = None
        self.has_account = False
        self._types = [(t.code, t.name_en if lang == "en" and t.name_en else t.name) for t in fraud_types(db)]

        self.code = QLabel(objectName="interviewCode")
        self.code.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f3a5f;")
        self.response = QLabel(objectName="interviewResponse")
        self.response.setWordWrap(True)
        self.response.setStyleSheet("color: #c62828; font-weight: bold;")
        self.progress = QLabel(objectName="interviewProgress")
        self.progress.setStyleSheet("color: #555;")
        self.question = QLabel(objectName="interviewQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.options = QLabel(objectName="interviewOptions")
        self.options.setWordWrap(True)
        self.options.setStyleSheet("font-size: 11pt;")
        self.text_answer = QLineEdit(objectName="interviewTextAnswer")
        self.text_answer.setPlaceholderText(self.tr("Type the answer, Enter (empty Enter skips)"))
        self.text_answer.returnPressed.connect(self._answer_text)
        self.text_answer.installEventFilter(self)
        self.summary = QLabel(objectName="interviewAnswers")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setStyleSheet("color: #333;")
        self.summary.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.MinimumExpanding)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        hint = QLabel(self.tr("F6 interview · digits answer · 0 skips · Backspace goes back · "
                              "Alt+1…Alt+6 victim state"), objectName="interviewKeys")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #777; font-size: 9pt;")
        v = QVBoxLayout(self)
        v.setContentsMargins(8, 6, 8, 6)
        v.setSpacing(3)
        for w in (self.code, self.response, self.progress, self.question, self.options, self.text_answer,
                  self.summary, hint):
            v.addWidget(w)
        self.reset()

    # -- the state of the interview ------------------------------------------------------------------
    @property
    def state(self) -> str | None:
        return self.officer_state or interview.infer_state(self.fraud_type, self.answers)

    def current_code(self) -> str | None:
        if not self.answers and self.state is None:
            return None
        return interview.determinant_code(self.fraud_type, self.state, self.minutes)

    def current_response(self) -> tuple[str, ...]:
        if self.current_code() is None:
            return ()
        return interview.choose_response(self.state, self.minutes, has_account=self.has_account,
                                         unreachable=interview.victim_unreached(self.answers))

    def reset(self, record: interview.InterviewRecord | None = None, fraud_type: str | None = None) -> None:
        answers = dict(record.answers) if record else {}
        self.officer_state = answers.pop("_state", None)
        self.answers = answers
        self.fraud_type = fraud_type
        self._show()

    def set_context(self, fraud_type: str | None, minutes: int | None, has_account: bool) -> bool:
        """The call's fraud type and money as the form has them now; True when the code may have changed."""
        changed = (fraud_type or None, minutes, has_account) != (self.fraud_type, self.minutes, self.has_account)
        self.fraud_type, self.minutes, self.has_account = fraud_type or None, minutes, has_account
        if changed:
            self._show()
        return changed

    def set_state(self, code: str | None) -> None:
        """One key: the officer says where the victim is (pressing the same key again clears it)."""
        before = self.state
        self.officer_state = None if code == self.officer_state else code
        self._changed(before)

    def answer(self, question: interview.Question, value: str) -> None:
        before = self.state
        self.answers[question.id] = value
        self.answerGiven.emit(question, value)
        self._changed(before)

    def go_back(self) -> None:
        if self.answers:
            before = self.state
            self.answers.pop(next(reversed(self.answers)))
            self._changed(before)

    def _changed(self, state_before: str | None) -> None:
        self._show()
        self.saveRequested.emit()
        if self.state != state_before:
            self.stateChanged.emit(self.state)

    def stored_answers(self) -> dict[str, str]:
        return {**self.answers, **({"_state": self.officer_state} if self.officer_state else {})}

    # -- what is shown -------------------------------------------------------------------------------
    def pending(self):
        if not self.fraud_type and FRAUD_TYPE_QUESTION not in self.answers:
            return FRAUD_TYPE_QUESTION
        return interview.next_question(self.fraud_type, self.answers)

    def _show(self) -> None:
        code = self.current_code()
        self.code.setText(interview.code_label(code, self.lang) if code else self.tr("No code yet"))
        names = {interview.STOP_PAYMENT: self.tr("Emergency stop-payment now (Ctrl+Shift+Z)"),
                 interview.DISPATCH: self.tr("Dispatch the station to the victim (Ctrl+Shift+D)"),
                 interview.REPORT_AT_STATION: self.tr("Past the 48-hour window: report at the station"),
                 interview.SCRIPTS: self.tr("Scripts for: %1")}
        state_text = interview.state_label(self.state, self.lang) or self.tr("any state")
        self.response.setText("  ·  ".join(names[r].replace("%1", state_text) for r in self.current_response()))
        keys = interview.key_questions(self.fraud_type, self.answers)
        asked = sum(1 for q in keys if self.answers.get(q.id))
        self.progress.setText(self.tr("Key questions asked: %1 of %2").replace("%1", str(asked))
                              .replace("%2", str(len(keys))))
        q = self.pending()
        self.text_answer.setVisible(q is not None and q != FRAUD_TYPE_QUESTION and q.kind == "text")
        if q is None:
            self.question.setText(self.tr("Interview complete. Backspace reopens the last question."))
            self.options.clear()
        elif q == FRAUD_TYPE_QUESTION:
            self.question.setText(self.tr("What kind of fraud is it?"))
            self.options.setText("   ".join(f"[{OPTION_KEYS[i]}] {name}" for i, (_c, name) in enumerate(self._types))
                                 + "   [0] " + self.tr("skip"))
        elif q.kind == "choice":
            self.question.setText(q.label(self.lang))
            self.options.setText("   ".join(f"[{OPTION_KEYS[i]}] {o.label(self.lang)}" for i, o in enumerate(q.options))
                                 + "   [0] " + self.tr("skip"))
        else:
            self.question.setText(q.label(self.lang))
            self.options.clear()
            self.text_answer.clear()
            if self.hasFocus():
                self.text_answer.setFocus()
        self.summary.setText(self._summary_html())

    def _summary_html(self) -> str:
        rows = []
        for q in interview.questions_for(self.fraud_type):
            if q.id not in self.answers:
                continue
            value = self.answers[q.id]
            opt = q.option(value) if q.kind == "choice" else None
            shown = opt.label(self.lang) if opt else (value or "—")
            rows.append(f"<span style='color:#777'>{q.label(self.lang)}</span> <b>{shown}</b>")
        return "<br>".join(rows[-4:])

    # -- keys ----------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        q = self.pending()
        text = event.text().upper()
        if event.key() == Qt.Key_Backspace:
            self.go_back()
            return
        # Enter comes here too, passed up by the answer box after it took it: it must not answer again.
        if q is None or not text.isprintable() or not text or event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            super().keyPressEvent(event)
            return
        if q == FRAUD_TYPE_QUESTION:
            if text == "0":
                self.answers[FRAUD_TYPE_QUESTION] = ""
                self._show()
            elif text in OPTION_KEYS[:len(self._types)]:
                self.fraudTypeChosen.emit(self._types[OPTION_KEYS.index(text)][0])
            return
        if q.kind == "text":
            self.text_answer.setFocus()
            self.text_answer.keyPressEvent(event)
            return
        if text == "0":
            self.answer(q, interview.SKIPPED)
        elif text in OPTION_KEYS[:len(q.options)]:
            self.answer(q, q.options[OPTION_KEYS.index(text)].code)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.text_answer and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Backspace \
                and not self.text_answer.text():
            self.setFocus()
            self.go_back()
            return True
        return super().eventFilter(obj, event)

    def _answer_text(self) -> None:
        q = self.pending()
        if q is None or q == FRAUD_TYPE_QUESTION or q.kind != "text":
            return
        value = self.text_answer.text().strip()
        self.text_answer.clear()
        self.setFocus()
        self.answer(q, value)


class StateBadge(QLabel):
    """The code (fraud type - victim state - urgency), in the call header."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("victimStateBadge")
        self.setAlignment(Qt.AlignRight)

    def show_code(self, code_text: str) -> None:
        if not code_text:
            self.clear()
            self.setStyleSheet("")
            return
        self.setText(code_text)
        self.setStyleSheet("background: #fdecea; color: #b71c1c; font-weight: bold; padding: 2px 8px; "
                           "border-radius: 3px;")


def _first_transfer_minutes(page) -> int | None:
    now = page.ctx.clock.now()
    times = [call_model.parse_transfer_time(t.get("time", ""), now) for t in page.form.transfers.rows]
    times = [t for t in times if t is not None]
    return interview.minutes_since(min(times), now) if times else None


def attach_interview(page) -> InterviewPanel:
    """Places the interview above the scripts of a call page and wires it to the call; returns the panel."""
    panel = InterviewPanel(page.ctx.db, page.ctx.lang)
    outer: QSplitter = page.side.parentWidget()
    column = QSplitter(Qt.Vertical, objectName="interviewColumn")
    at, sizes = outer.indexOf(page.side), outer.sizes()
    outer.insertWidget(at, column)
    # On a 1366×768 screen the wrapped question and answers can be taller than the room left: the interview
    # then scrolls rather than cutting its last lines.
    scroll = QScrollArea(objectName="interviewScroll")
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidget(panel)
    column.addWidget(scroll)
    column.addWidget(page.side)          # moves the scripts and history under the interview
    outer.setStretchFactor(at, 3)
    outer.setSizes(sizes)
    column.setStretchFactor(0, 2)
    column.setStretchFactor(1, 3)
    # The question, its numbered answers and the key line wrap at 1366 wide: never squeeze them into
    # each other (the scripts below scroll; the interview must stay readable).
    scroll.setMinimumHeight(230)
    column.setChildrenCollapsible(False)
    badge = StateBadge()
    right = page.header.layout().itemAt(1).layout()
    right.insertWidget(2, badge, 0, Qt.AlignRight)
    followed: dict[str, object] = {"call": None, "audiences": ()}

    def victim_audiences() -> tuple[str, ...]:
        p = page.form.payload()
        victim = p["caller"] if p["victim_is_caller"] else p["victim"]
        return interview.audiences(victim.get("id_number", ""), page.ctx.clock.now().date())

    def scripts_for(fraud_type: str | None, call_type: str | None) -> list:
        """The scripts for this call's fraud type, victim state and kind of victim (an elderly victim)."""
        followed["audiences"] = victim_audiences()
        return scripts_for_call(page.ctx.db, fraud_type, call_type, panel.state, followed["audiences"])

    def save() -> None:
        if page.call_id is None or page.ctx.user is None:
            return
        interview.save(page.ctx.db, page.ctx.user, page.call_id, victim_state=panel.state,
                       answers=panel.stored_answers(), code=panel.current_code(),
                       response=panel.current_response(), clock=page.ctx.clock)
        badge.show_code(interview.code_label(panel.current_code(), page.ctx.lang))

    def follow() -> None:
        """A new or reopened call loads its interview; the form's fraud type and money update the code."""
        if page.call_id != followed["call"]:
            followed["call"] = page.call_id
            record = interview.load(page.ctx.db, page.call_id) if page.call_id is not None else None
            panel.reset(record, page.form.fraud_type.currentData() or None)
            panel.setEnabled(page.call_id is not None)
        if page.call_id is None:
            badge.show_code("")
            return
        if victim_audiences() != followed["audiences"]:
            followed["audiences"] = victim_audiences()
            on_state(None)                 # the victim's ID says elderly: their scripts join at once
        has_account = bool(page.form.receiving_numbers())
        if panel.set_context(page.form.fraud_type.currentData() or None, _first_transfer_minutes(page), has_account):
            save()
        badge.show_code(interview.code_label(panel.current_code(), page.ctx.lang))

    def land(question: interview.Question, value: str) -> None:
        """The answer goes where the officer would otherwise type it again."""
        if not value or not question.field:
            return
        form = page.form
        if question.field == "suspect_account":
            if value not in form.receiving_numbers():
                form.accounts.add_row({"role": "suspect", "kind": call_model.victim_account_kind(value),
                                       "number": value})
            for row, t in enumerate(form.transfers.rows):
                if not t.get("to", "").strip():
                    form.transfers.setData(form.transfers.index(row, _column(form.transfers, "to")), value)
        elif question.field in ("transfer_amount", "transfer_time"):
            key = "amount" if question.field == "transfer_amount" else "time"
            row = next((i for i, t in enumerate(form.transfers.rows) if not t.get(key, "").strip()), None)
            if row is None:
                form.transfers.add_row({key: value})
            else:
                form.transfers.setData(form.transfers.index(row, _column(form.transfers, key)), value)
        elif question.field in ("app", "fraud_number"):
            label = (QCoreApplication.translate("InterviewPanel", "App: %1") if question.field == "app"
                     else QCoreApplication.translate("InterviewPanel", "Fraud number: %1"))
            form.notes.appendPlainText(label.replace("%1", value))
        follow()

    def on_state(_state) -> None:
        page._scripts_for = ()        # the scripts shown are a snapshot per fraud type: take a new one
        page._refresh_side()

    panel.answerGiven.connect(land)
    panel.saveRequested.connect(save)
    panel.fraudTypeChosen.connect(lambda code: (page.form.set_combo(page.form.fraud_type, code), follow()))
    panel.stateChanged.connect(on_state)
    page.form.edited.connect(follow)
    page._ticker.timeout.connect(follow)
    focus = QShortcut(QKeySequence(FOCUS_KEY), page, context=Qt.WidgetWithChildrenShortcut)
    focus.activated.connect(lambda: panel.setFocus() if page.call_id is not None else None)
    for i, s in enumerate(interview.victim_states()):
        shortcut = QShortcut(QKeySequence(s.key), page, context=Qt.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda code=s.code: panel.set_state(code) if page.call_id is not None else None)
    panel.follow = follow
    panel.scripts_for = scripts_for
    return panel


def _column(model, key: str) -> int:
    return next(i for i, (k, _label) in enumerate(model.columns) if k == key)
