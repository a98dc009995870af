"""The command bar: `/` (outside a text field) or Ctrl+Space opens one line that runs any action with
completion (`zf`, `cb 30m`, `pc 孝南书院`, `log …`, `find …`, `ladder`, or any action's name), so an officer
on a headset never reaches for the mouse. What cannot be done is said under the line, which keeps the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QCompleter, QFrame, QLabel, QLineEdit,
                               QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget)

from console.models.core import commands
from console.models.core.clock import iso
from console.models.warnings import dispatch as warning_dispatch
from console.models.warnings import handling
from console.models.calls.links import warning_of_call
from console.models.warnings.records import UNREACHABLE, get_warning
from console.ui.actions import ActionName, action_text


def _typing_into(widget: QWidget | None) -> bool:
    """Whether a '/' typed now belongs to a text field (then it is a character, not the command bar)."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


class CommandBar(QFrame):
    """One line over the top of the main window; Enter runs it, Escape closes it."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("commandBar")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("QFrame#commandBar { background: #1f3a5f; border: 2px solid #c62828; }"
                           "QLabel { color: #e8eef6; } QLabel#commandMessage { color: #ffcdd2; font-weight: bold; }")
        self.line = QLineEdit(objectName="commandLine")
        self.line.setPlaceholderText(self.tr("zf · cb 30m · pc 孝南书院 · log … · find … · ladder · any action"))
        self.line.setStyleSheet("font-size: 13pt; padding: 4px;")
        self.hint = QLabel(objectName="commandHint")
        self.message = QLabel(objectName="commandMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.PopupCompletion)
        self.words = QStringListModel(self)
        self.completer.setModel(self.words)
        self.line.setCompleter(self.completer)
        self.line.returnPressed.connect(self.run_line)
        self.line.textChanged.connect(self._hint)
        self._back_to: QWidget | None = None
        self.hide()
        QApplication.instance().installEventFilter(self)

    # -- opening and closing --------------------------------------------------------------------
    def open(self) -> None:
        if self.isVisible():
            self.line.setFocus()
            return
        self._back_to = QApplication.focusWidget()
        self.words.setStringList(self._words())
        self.line.clear()
        self.message.clear()
        self._hint("")
        width = min(760, self.window_.width() - 40)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((self.window_.width() - width) // 2, 40)
        self.show()
        self.raise_()
        self.line.setFocus()

    def close_bar(self) -> None:
        self.hide()
        if self._back_to is not None and self._back_to.isVisible():
            self._back_to.setFocus()
        self._back_to = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.KeyPress or not isinstance(obj, QWidget) or obj.window() is not self.window_:
            return False
        if self.isVisible() and event.key() == Qt.Key_Escape and obj is self.line \
                and not self.completer.popup().isVisible():
            self.close_bar()
            return True
        if (event.key() == Qt.Key_Slash and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier)
                and not self.isVisible() and self.window_.ctx.user is not None
                and not _typing_into(QApplication.focusWidget())):
            self.open()
            return True
        return False

    # -- completion ------------------------------------------------------------------------------
    def _words(self) -> list[str]:
        db = self.window_.ctx.db
        words = ["zf", "cb 15m", "cb 30m", "cb 1h", "cb 2h", "log ", "find ", "ladder"]
        words += [f"pc {name}" for name in commands.station_names(db)]
        words += [action_text(name) for name, _a in self.window_.actions.offered().items()
                  if name != ActionName.COMMAND_BAR]
        return words

    def _hint(self, text: str) -> None:
        code = commands.parse(text).code if text.strip() else ""
        if code in commands.CODES:
            self.hint.setText(f"{code}: {commands.describe(code)}")
        else:
            self.hint.setText(" · ".join(f"{c} {commands.describe(c)}" for c in list(commands.CODES)[:3]))

    # -- running -----------------------------------------------------------------------------------
    def run_line(self) -> None:
        if self.completer.popup().isVisible():
            self.completer.popup().hide()
        text = self.line.text()
        if not text.strip():
            return
        try:
            done = self.run(text)
        except (commands.CommandError, handling.WarningError, ValueError) as exc:
            self.message.setText(str(exc))       # the line keeps the text: fix it and press Enter again
            self.adjustSize()
            return
        self.close_bar()
        if done:
            self.window_.statusBar().showMessage(done, 8000)

    def _case(self) -> tuple[str | None, int | None, int | None]:
        """(page key, warning id, call id or request id) of the case in hand on the page shown."""
        key = self.window_.current_key()
        page = self.window_.page(key) if key else None
        db = self.window_.ctx.db
        if key == "warnings":
            return key, getattr(page, "warning_id", None), None
        if key == "call":
            cid = getattr(page, "call_id", None)
            return key, warning_of_call(db, cid) if cid else None, cid
        if key == "stoppay":
            return key, None, getattr(page, "request_id", None)
        return key, None, None

    def run(self, text: str) -> str:
        """Carries the line out; returns what was done (for the status bar)."""
        ctx, nav, actions = self.window_.ctx, self.window_.nav, self.window_.actions
        cmd = commands.parse(text)
        key, warning_id, other_id = self._case()
        if cmd.code == "zf":
            self._trigger(ActionName.STOP_PAYMENT)
            return self.tr("Stop-payment opened for this call")
        if cmd.code == "find":
            if not cmd.arg:
                raise commands.CommandError(self.tr("Write what to look for after find."))
            nav.search(cmd.arg)
            return self.tr("Looking up %1").replace("%1", cmd.arg)
        if cmd.code == "ladder":
            self._trigger(ActionName.START_LADDER)
            return self.tr("Escalation ladder started")
        if cmd.code == "cb":
            when = commands.callback_time(ctx.clock, cmd.arg)
            if warning_id is None:
                raise commands.CommandError(self.tr("cb works on a warning: select one in the queue or call it back."))
            handling.record_outcome(ctx.db, ctx.user, warning_id, UNREACHABLE, clock=ctx.clock, retry_at=when,
                                    notes=self.tr("Call back at %1 (command bar)").replace("%1", iso(when)[11:16]))
            self._reread(key)
            return self.tr("Warning #%1 will be called back at %2").replace("%1", str(warning_id)) \
                .replace("%2", iso(when)[11:16])
        if cmd.code == "pc":
            station_id, station = commands.match_station(ctx.db, cmd.arg)
            reason = self.tr("Sent to the door from the command bar")
            if warning_id is not None:
                level = get_warning(ctx.db, warning_id).level
                warning_dispatch.dispatch_warning(
                    ctx.db, ctx.user, warning_id, station_id=station_id, reason=reason,
                    deadline_at=warning_dispatch.default_deadline(ctx.clock.now(), level), clock=ctx.clock)
            elif key == "call" and other_id is not None:
                from console.models.stations.dispatches import create_dispatch
                from console.models.warnings.dispatch import default_deadline

                create_dispatch(ctx.db, ctx.user, station_id=station_id, reason=reason, call_id=other_id,
                                deadline_at=iso(default_deadline(ctx.clock.now(), "red")), clock=ctx.clock)
            else:
                raise commands.CommandError(self.tr("pc works on a warning or a call."))
            self._reread(key)
            return self.tr("Dispatched to %1").replace("%1", station)
        if cmd.code == "log":
            if not cmd.arg:
                raise commands.CommandError(self.tr("Write the note after log."))
            if warning_id is not None and key == "warnings":
                handling.add_note(ctx.db, ctx.user, warning_id, cmd.arg, clock=ctx.clock)
            elif key == "stoppay" and other_id is not None:
                commands.note_on_request(ctx.db, ctx.user, other_id, cmd.arg, clock=ctx.clock)
            elif key == "call" and other_id is not None:
                notes = self.window_.page("call").findChild(QPlainTextEdit, "callNotes")
                notes.appendPlainText(cmd.arg)      # the call page saves its notes as it does for typing
            else:
                raise commands.CommandError(self.tr("There is no case in hand for the note."))
            self._reread(key)
            return self.tr("Note added")
        for name, action in actions.offered().items():
            if text.strip().casefold() in (action_text(name).casefold(), name.value):
                self._trigger(name)
                return action_text(name)
        raise commands.CommandError(self.tr("Unknown command “%1”. Try zf, cb 30m, pc, log, find or an action's "
                                            "name.").replace("%1", text.strip()))

    def _trigger(self, name: ActionName) -> None:
        action = self.window_.actions[name]
        if not action.isEnabled():
            raise commands.CommandError(self.tr("%1 is not available now.").replace("%1", action_text(name)))
        self.close_bar()          # the action acts on the page as the officer left it
        action.trigger()

    def _reread(self, key: str | None) -> None:
        page = self.window_.page(key) if key else None
        if key == "warnings" and page is not None:
            page.refresh()
            page._show_warning(page.warning_id)
        elif key == "stoppay" and page is not None and page.request_id is not None:
            page.open_request(page.request_id)
