"""The main window: navigation between the areas, the shared actions, the status bar, the signed-in session."""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtNetwork import QTcpServer
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QVBoxLayout, QWidget)

from console.models.admin import accounts
from console.models.core.engine import describe_target
from console.models.core.context import AppContext
from console.ui.actions import ActionName, ActionRegistry
from console.ui.command_bar import CommandBar
from console.ui.help_dialog import ShortcutsDialog
from console.ui.navigator import Navigator
from console.ui.page import Page
from console.ui.pages import PAGES, PageSpec
from console.ui.session_screen import SessionScreen
from console.ui.tasks import TaskRunner
from console.ui.widgets.waiting_calls import WaitingCallStrip

if TYPE_CHECKING:
    from console.ui.calls.page import CallPage

log = logging.getLogger(__name__)

_INPUT_EVENTS = (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.Wheel, QEvent.InputMethod)


def _sequence_of(event) -> str:
    """The key event as a shortcut string ('Ctrl+Shift+Z'), as QAction shortcuts are compared."""
    modifiers = event.modifiers() & ~Qt.KeypadModifier
    return QKeySequence(event.key() | modifiers.value).toString(QKeySequence.PortableText)


class _SeatWatcher(QObject):
    """Application event filter: the console's shortcuts win over text widgets' own keys (Ctrl+Shift+Z is
    not "redo" in the notes, Ctrl+E is not swallowed by a line edit), and any input restarts the idle lock."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in _INPUT_EVENTS and self._ours(obj):
            self.window.note_input()
        if kind == QEvent.ShortcutOverride and self._ours(obj):
            if self.window.console_shortcut(_sequence_of(event)):
                event.ignore()          # not taken by the widget: the shortcut map fires the QAction
                return True
        return False

    def _ours(self, obj) -> bool:
        return isinstance(obj, QWidget) and obj.window() is self.window


class MainWindow(QMainWindow):
    backupRequested = Signal()        # the Back-up-now action; the start-up module carries it out

    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None):
        super().__init__()
        if runner is not None and not isinstance(runner, TaskRunner):
            raise TypeError("MainWindow(ctx, runner): the settings are ctx.settings, not an argument")
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.runner = runner or TaskRunner(ctx.db_path)
        self.actions: ActionRegistry = ActionRegistry(self, None) if ctx.user is None else None  # type: ignore
        self.nav = Navigator(self.show_page, self)
        self._specs: list[PageSpec] = []
        self._pages: dict[str, Page] = {}
        self._current: str | None = None
        self._locked_states: dict[ActionName, bool] | None = None

        self.setWindowTitle(self.tr("Anti-fraud hotline console"))
        self._nav_list = QListWidget()
        self._nav_list.setObjectName("navigation")
        self._nav_list.setFocusPolicy(Qt.NoFocus)
        self._nav_list.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; border: none; background: #1f3a5f; color: #e8eef6; }"
            "QListWidget#navigation::item { padding: 12px 16px; }"
            "QListWidget#navigation::item:selected { background: #c62828; color: white; }"
        )
        self._nav_list.currentRowChanged.connect(self._on_nav_row)
        self._stack = QStackedWidget()
        self._stack.setObjectName("pageStack")
        self.waiting_calls = WaitingCallStrip()
        self.waiting_calls.answerRequested.connect(self.answer_waiting_call)

        work = QWidget(objectName="workArea")
        row = QHBoxLayout(work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._nav_list.setFixedWidth(190)
        row.addWidget(self._nav_list)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.waiting_calls)
        right.addWidget(self._stack, 1)
        row.addLayout(right, 1)
        self._work = work
        self.session_screen = SessionScreen(ctx.db, ctx.clock)
        self.session_screen.signedIn.connect(self._on_session_signed_in)
        self.session_screen.signOutRequested.connect(self.sign_out)
        self._screens = QStackedWidget(objectName="screens")
        self._screens.addWidget(work)
        self._screens.addWidget(self.session_screen)
        self.setCentralWidget(self._screens)
        self._build_status_bar()
        self.command_bar = CommandBar(self)

        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.lock)
        self._watcher = _SeatWatcher(self)
        QApplication.instance().installEventFilter(self._watcher)
        self._restore_geometry()
        self._stop_listening = ctx.settings.subscribe(self._on_setting_changed)
        if ctx.user is not None:
            self._start_session()
        else:
            self._show_sign_in()

    # -- the session ---------------------------------------------------------------------------
    def _start_session(self) -> None:
        """Everything the signed-in user may use: their actions, pages, menus; the first page shown."""
        user = self.ctx.user
        if self.actions is not None:
            for action in self.actions.all().values():
                if action.parent() is self:
                    action.setParent(None)
        self.actions = ActionRegistry(self, user)
        self._specs = [p for p in PAGES if p.allowed(user)]
        self._nav_list.blockSignals(True)
        self._nav_list.clear()
        for spec in self._specs:
            item = QListWidgetItem(spec.display_title())
            item.setData(Qt.UserRole, spec.key)
            item.setToolTip(self.actions[spec.action].toolTip())
            self._nav_list.addItem(item)
            self.actions[spec.action].triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
        self._nav_list.blockSignals(False)
        self._build_menus()
        for action in self.actions.all().values():
            self.addAction(action)   # shortcuts work from every page
        self.actions[ActionName.HELP].triggered.connect(self.show_shortcuts)
        self.actions[ActionName.SEARCH].triggered.connect(self.nav.focus_search)
        self.actions[ActionName.QUIT].triggered.connect(self.close)
        # After the action's own handling returns: signing out deletes the pages and the user's actions.
        self.actions[ActionName.SIGN_OUT].triggered.connect(lambda: QTimer.singleShot(0, self.sign_out))
        self.actions[ActionName.BACKUP].triggered.connect(self.backupRequested)
        self.actions[ActionName.ANSWER_CALL].triggered.connect(self._answer_key)
        self.actions[ActionName.COMMAND_BAR].triggered.connect(self.command_bar.open)
        self._user_label.setText(self.tr("Signed in: %1").replace(
            "%1", f"{user.display_name} ({user.username})"))
        self._screens.setCurrentWidget(self._work)
        self.menuBar().show()
        self.actions[ActionName.CHANGE_PASSWORD].triggered.connect(self._change_password)
        if self._specs:
            self.show_page(self._specs[0].key)
        self._watch_calls()
        self._restart_idle()

    def _end_session(self) -> bool:
        """Saves every page and removes them with the user's actions. False: a page kept the officer."""
        for page in self._pages.values():
            if not page.can_leave():
                return False
        self._idle.stop()
        # Results of background jobs still on their way are delivered to the pages before they go.
        self.runner.pool.waitForDone(10_000)
        QCoreApplication.sendPostedEvents()
        for page in self._pages.values():
            for server in page.findChildren(QTcpServer):
                server.close()      # the screen-pop port is free for the next session's call page
            self._stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._pages.clear()
        self._current = None
        for action in self.actions.all().values():
            self.removeAction(action)
            action.setEnabled(False)
        self.menuBar().clear()
        self.menuBar().hide()
        self._nav_list.blockSignals(True)
        self._nav_list.clear()
        self._nav_list.blockSignals(False)
        self._specs = []
        self.waiting_calls.clear()
        self._locked_states = None
        return True

    def sign_out(self) -> bool:
        """Shift change: everything typed is saved, the next user signs in on the same window."""
        user = self.ctx.user
        if user is None:
            return True
        if not self._end_session():
            return False
        accounts.sign_out(self.ctx.db, user, clock=self.ctx.clock)
        log.info("signed out: %s", user.username)
        self.ctx.user = None
        self._show_sign_in(self.tr("%1 signed out. Everything typed was saved.").replace("%1", user.display_name))
        return True

    def _show_sign_in(self, message: str = "") -> None:
        self.menuBar().hide()
        self._user_label.setText(self.tr("not signed in"))
        self._screens.setCurrentWidget(self.session_screen)
        self.session_screen.show_sign_in(message)

    def _on_session_signed_in(self, user) -> None:
        if self._locked_states is not None and self.ctx.user is not None:
            self._unlock()
            return
        self.ctx.user = user
        self._start_session()

    # -- the idle lock -------------------------------------------------------------------------
    def idle_lock_minutes(self) -> float:
        """The setting `idle_lock_minutes` (0: never lock)."""
        return max(0.0, float(self.ctx.settings.get("idle_lock_minutes")))

    def _on_setting_changed(self, name: str, _value) -> None:
        if name == "idle_lock_minutes":
            self._restart_idle()          # the new minutes count from now (0 stops the lock)

    def _restart_idle(self) -> None:
        minutes = self.idle_lock_minutes()
        if minutes and self.ctx.user is not None and self._locked_states is None:
            self._idle.start(max(100, int(minutes * 60_000)))
        else:
            self._idle.stop()

    def note_input(self) -> None:
        if self._idle.isActive():
            self._restart_idle()

    def is_locked(self) -> bool:
        return self._locked_states is not None

    def lock(self) -> None:
        """Hides the work behind the password of the signed-in user; nothing is closed or lost."""
        if self.ctx.user is None or self._locked_states is not None:
            return
        call = self._call_page()
        if QApplication.activeModalWidget() is not None or (call is not None and call.call_id is not None):
            # A dialog is open (what is in it would be lost) or a call is on: an officer listening to a caller
            # for minutes without a key is at the seat. Try again later.
            self._idle.start()
            return
        for page in self._pages.values():
            page.save_now()
        self._locked_states = {n: a.isEnabled() for n, a in self.actions.all().items()}
        for action in self.actions.all().values():
            action.setEnabled(False)
        self.menuBar().hide()
        self._screens.setCurrentWidget(self.session_screen)
        self.session_screen.show_locked(self.ctx.user)

    def _unlock(self) -> None:
        for name, enabled in (self._locked_states or {}).items():
            self.actions[name].setEnabled(enabled)
        self._locked_states = None
        self.menuBar().show()
        self._screens.setCurrentWidget(self._work)
        page = self._pages.get(self._current or "")
        if page is not None:
            page.setFocus()
        self._restart_idle()

    # -- shortcuts -----------------------------------------------------------------------------
    def console_shortcut(self, sequence: str) -> bool:
        """Whether the keys are an enabled console action's shortcut (it then wins over a text widget)."""
        if self.ctx.user is None or self._locked_states is not None:
            return False
        return any(a.isEnabled() and a.shortcut().toString(QKeySequence.PortableText) == sequence
                   for a in self.actions.all().values())

    # -- pages ---------------------------------------------------------------------------------
    def page(self, key: str) -> Page | None:
        """The page with this key, created on first use (start-up builds only the first page)."""
        if key in self._pages:
            return self._pages[key]
        spec = next((s for s in self._specs if s.key == key), None)
        if spec is None:
            return None
        page = spec.page_class()(self.ctx, self.actions, self.runner, self.nav)
        page.setObjectName(f"page_{key}")
        self._pages[key] = page
        self._stack.addWidget(page)
        return page

    def show_page(self, key: str) -> Page | None:
        if key != self._current and self._current is not None:
            current = self._pages.get(self._current)
            if current is not None and not current.can_leave():
                return None
        page = self.page(key)
        if page is None:
            self.statusBar().showMessage(self.tr("You may not open this page."), 5000)
            return None
        self._stack.setCurrentWidget(page)
        if key != self._current:
            page.setFocus(Qt.ShortcutFocusReason)   # the keys land on the page's first field (its focus proxy)
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        self._nav_list.blockSignals(True)
        self._nav_list.setCurrentRow(row)
        self._nav_list.blockSignals(False)
        self._current = key
        page.page_shown()
        return page

    def _call_page(self, create: bool = False) -> "CallPage | None":
        """The call page if this user has it (created first when `create`), typed for direct calls."""
        from console.ui.calls.page import CallPage

        page = self._pages.get("call")
        if page is None and create and "call" in self.page_keys():
            page = self.page("call")
        assert page is None or isinstance(page, CallPage)
        return page

    def current_key(self) -> str | None:
        return self._current

    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            if self.show_page(self._specs[row].key) is None and self._current:
                self.show_page(self._current)

    # -- rings ---------------------------------------------------------------------------------
    def _watch_calls(self) -> None:
        """The call page's screen-pops bring the window forward; rings during a call wait in the strip."""
        page = self._call_page(create=True)
        if page is None:
            return
        page.listener.eventReceived.connect(self._on_ring_event)
        page.callWaiting.connect(lambda event: self.waiting_calls.add(event, self.ctx.clock.now()))
        keys = self.actions[ActionName.ANSWER_CALL].shortcut().toString(QKeySequence.NativeText)
        self.waiting_calls.answer_keys = keys

    def _on_ring_event(self, event) -> None:
        if event.event == "ring":
            self.bring_forward()
            if self.is_locked():
                self.session_screen.message.setText(
                    self.tr("Line %1 is ringing: %2. Enter your password to take the call.")
                    .replace("%1", event.line or "-").replace("%2", event.number))
                self.session_screen.password.setFocus()     # the call page took the focus for its notes
        elif event.event in ("hangup", "answered") and event.line:
            # The waiting caller gave up, or the line was taken elsewhere: the strip no longer asks for it.
            waiting = [w for w in self.waiting_calls.waiting() if w.line == event.line]
            if waiting and (not event.number or any(w.number == event.number for w in waiting)):
                self.waiting_calls.remove(line=event.line, number=event.number or None)

    def bring_forward(self) -> None:
        """A ring must be seen: out of the task bar or from behind other windows, and flashed."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self, 0)

    def _answer_key(self) -> None:
        event = self.waiting_calls.waiting()[0] if self.waiting_calls.waiting() else None
        if event is not None:
            self.answer_waiting_call(event)

    def answer_waiting_call(self, event) -> None:
        """Takes the waiting caller: the open call is saved and stays in the records; the new one opens."""
        from console.models.calls import records as call_model
        from console.models.calls.source import from_ring_event

        self.waiting_calls.remove(line=event.line, number=event.number)
        if self.show_page("call") is None:
            return
        page = self._call_page()
        assert page is not None
        previous = page.call_id
        call_id = page.start_incoming(from_ring_event(event))
        if call_id is not None:
            call_model.mark_answered(self.ctx.db, call_id, clock=self.ctx.clock)
        if previous is not None:
            self.statusBar().showMessage(self.tr("The previous call was saved; reopen it from the caller's "
                                                 "history or the case lookup."), 15000)

    # -- chrome --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        offered = self.actions.offered()
        file_menu = bar.addMenu(self.tr("&File"))
        if ActionName.BACKUP in offered:
            file_menu.addAction(self.actions[ActionName.BACKUP])
        file_menu.addAction(self.actions[ActionName.CHANGE_PASSWORD])
        file_menu.addAction(self.actions[ActionName.SIGN_OUT])
        file_menu.addSeparator()
        file_menu.addAction(self.actions[ActionName.QUIT])
        go_menu = bar.addMenu(self.tr("&Go"))
        for spec in self._specs:
            go_menu.addAction(self.actions[spec.action])
        if ActionName.SEARCH in offered:
            go_menu.addSeparator()
            go_menu.addAction(self.actions[ActionName.SEARCH])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.actions[ActionName.HELP])

    def _build_status_bar(self) -> None:
        self._user_label = QLabel(self.tr("not signed in"))
        self._user_label.setObjectName("statusUser")
        # A long path is shortened in the middle (the whole of it in the tooltip): it must not widen the window.
        # A server is named without its password.
        target = describe_target(self.ctx.db_path)
        path = self.fontMetrics().elidedText(target, Qt.ElideMiddle, 600)
        self._db_label = QLabel(self.tr("Database: %1").replace("%1", path))
        self._db_label.setToolTip(target)
        self._db_label.setObjectName("statusDatabase")
        self.statusBar().addPermanentWidget(self._user_label)
        self.statusBar().addPermanentWidget(self._db_label)

    def _change_password(self) -> None:
        from console.ui.signin import ChangePasswordDialog

        if self.ctx.user is not None:
            ChangePasswordDialog(self.ctx.db, self.ctx.user, self, clock=self.ctx.clock).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions, self).exec()

    # -- geometry ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The saved geometry only on the screen it was saved on and only if it fits there; else a default
        that suits the current screen (maximised on small screens)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else QRect(0, 0, 1366, 768)
        saved_on = self.ctx.settings.extra("window_screen", "")
        saved = self.ctx.settings.get("window_geometry")
        here = f"{available.width()}x{available.height()}"
        try:
            restored = bool(saved) and saved_on == here and self.restoreGeometry(QByteArray(base64.b64decode(saved)))
        except ValueError:          # not base64 (edited by hand): the default below
            restored = False
        if restored and (available.contains(self.frameGeometry()) or self.isMaximized()):
            return
        self.setWindowState(Qt.WindowNoState)
        self.resize(default_size(available.width(), available.height()))
        self.move(available.center() - self.rect().center())
        if available.width() < 1400 or available.height() < 860:
            self.setWindowState(Qt.WindowMaximized)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        for page in self._pages.values():
            if not page.can_leave():
                event.ignore()
                return
        # Only the window's own keys are saved: what was changed elsewhere meanwhile stays as saved.
        changes: dict = {"window_geometry": base64.b64encode(bytes(self.saveGeometry())).decode()}
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            changes["extra"] = {"window_screen": f"{available.width()}x{available.height()}"}
        try:
            self.ctx.settings.update(changes)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
        self._stop_listening()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._watcher)
        # Nothing of the pages runs after the close (a search debounce would start a job for a page about to
        # go), and results of background jobs still on their way reach their pages now, while they exist.
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.runner.pool.waitForDone(10_000)
        QCoreApplication.sendPostedEvents()
        self.runner.close()         # the jobs' server connections, if it pooled any
        super().closeEvent(event)


def default_size(width: int, height: int):
    """The window size for a screen with this available area: 1360×860 where it fits, else the screen."""
    from PySide6.QtCore import QSize

    return QSize(min(1360, width), min(860, height))
