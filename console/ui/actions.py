"""Every keyboard-reachable action of the console, declared once: one shortcut map for menus,
buttons, tooltips and the help dialog. Pages look actions up here instead of making their own."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from console.models.core.users import Permission, User


class ActionName(str, Enum):
    GO_CALL = "go_call"
    GO_WARNINGS = "go_warnings"
    GO_SCRIPTS = "go_scripts"
    GO_STOP_PAYMENTS = "go_stop_payments"
    GO_LOOKUP = "go_lookup"
    GO_STATISTICS = "go_statistics"
    GO_ADMIN = "go_admin"
    NEW_CALL = "new_call"
    ANSWER_CALL = "answer_call"
    HANG_UP = "hang_up"
    STOP_PAYMENT = "stop_payment"
    DISPATCH = "dispatch"
    SEND_SMS = "send_sms"
    FOCUS_NOTES = "focus_notes"
    ADD_ACCOUNT = "add_account"
    ISSUE_REQUEST = "issue_request"
    SEARCH = "search"
    TAKE_WARNING = "take_warning"
    CALL_BACK = "call_back"
    BACKUP = "backup"
    SIGN_OUT = "sign_out"
    CHANGE_PASSWORD = "change_password"
    HELP = "help"
    QUIT = "quit"
    ADD_TRANSFER = "add_transfer"
    FOCUS_OUTCOME = "focus_outcome"
    SWITCH_SIDE_TAB = "switch_side_tab"
    USE_KNOWN_CALLER = "use_known_caller"
    RESUME_CALL = "resume_call"
    START_LADDER = "start_ladder"
    COMMAND_BAR = "command_bar"
    GO_STATIONS = "go_stations"
    SAVE_FEEDBACK = "save_feedback"


@dataclass(frozen=True)
class ActionSpec:
    text: str                  # English source; translated in the "Actions" context
    shortcut: str
    auto_repeat: bool = True   # off for actions that must not fire twice


ACTION_SPECS: dict[ActionName, ActionSpec] = {
    ActionName.GO_CALL: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Live call"), "Ctrl+1"),
    ActionName.GO_WARNINGS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Warnings"), "Ctrl+2"),
    ActionName.GO_SCRIPTS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Scripts"), "Ctrl+3"),
    ActionName.GO_STOP_PAYMENTS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Stop-payments"), "Ctrl+4"),
    ActionName.GO_LOOKUP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Case lookup"), "Ctrl+5"),
    ActionName.GO_STATISTICS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Statistics"), "Ctrl+6"),
    ActionName.GO_ADMIN: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Administration"), "Ctrl+7"),
    ActionName.NEW_CALL: ActionSpec(QT_TRANSLATE_NOOP("Actions", "New call"), "Ctrl+N", auto_repeat=False),
    ActionName.ANSWER_CALL: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Answer call"), "Ctrl+Return",
                                       auto_repeat=False),
    ActionName.HANG_UP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Hang up"), "Ctrl+E", auto_repeat=False),
    ActionName.STOP_PAYMENT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Emergency stop-payment"), "Ctrl+Shift+Z",
                                        auto_repeat=False),
    ActionName.DISPATCH: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Dispatch to station"), "Ctrl+Shift+D",
                                    auto_repeat=False),
    ActionName.SEND_SMS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Send warning SMS"), "Ctrl+Shift+M",
                                    auto_repeat=False),
    ActionName.FOCUS_NOTES: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Go to notes"), "Alt+N"),
    ActionName.ADD_ACCOUNT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add account"), "Ctrl+Shift+A"),
    ActionName.ISSUE_REQUEST: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Issue stop-payment request"),
                                         "Ctrl+Shift+I", auto_repeat=False),
    ActionName.SEARCH: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Search all records"), "Ctrl+K"),
    ActionName.TAKE_WARNING: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Take warning"), "Ctrl+T",
                                        auto_repeat=False),
    ActionName.CALL_BACK: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Call back"), "Ctrl+Shift+C",
                                     auto_repeat=False),
    ActionName.BACKUP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Back up now"), "Ctrl+Shift+B",
                                  auto_repeat=False),
    ActionName.SIGN_OUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Sign out"), "Ctrl+Shift+L",
                                    auto_repeat=False),
    ActionName.CHANGE_PASSWORD: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Change my password…"), "Ctrl+Shift+P",
                                           auto_repeat=False),
    ActionName.HELP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "F1"),
    ActionName.QUIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q", auto_repeat=False),
    ActionName.ADD_TRANSFER: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add transfer"), "Ctrl+Shift+T"),
    ActionName.FOCUS_OUTCOME: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Go to the outcome"), "Alt+O"),
    ActionName.SWITCH_SIDE_TAB: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Next side tab: scripts, history, awaiting outcome"), "Ctrl+Shift+H"),
    ActionName.USE_KNOWN_CALLER: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Use the caller's known details"), "Alt+K",
                                            auto_repeat=False),
    ActionName.RESUME_CALL: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Resume a call awaiting its outcome"),
                                       "Ctrl+Shift+R", auto_repeat=False),
    ActionName.START_LADDER: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Start the escalation ladder"), "Ctrl+Shift+E",
                                        auto_repeat=False),
    ActionName.COMMAND_BAR: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Command bar"), "Ctrl+Space", auto_repeat=False),
    ActionName.GO_STATIONS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Station dispatches"), "Ctrl+8"),
    ActionName.SAVE_FEEDBACK: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save the station's feedback"), "Ctrl+S",
                                         auto_repeat=False),
}


# What a user must be allowed to do for an action to be offered (menus, F1) and to fire. The go-to-page
# actions follow their page's own permissions (pages.PAGES); the rest are listed here.
_CALL_WORK = (ActionName.NEW_CALL, ActionName.ANSWER_CALL, ActionName.HANG_UP, ActionName.STOP_PAYMENT,
              ActionName.DISPATCH, ActionName.SEND_SMS, ActionName.FOCUS_NOTES, ActionName.ADD_ACCOUNT,
              ActionName.ISSUE_REQUEST, ActionName.SEARCH, ActionName.TAKE_WARNING, ActionName.CALL_BACK,
              ActionName.START_LADDER, ActionName.ADD_TRANSFER, ActionName.FOCUS_OUTCOME, ActionName.SWITCH_SIDE_TAB,
              ActionName.USE_KNOWN_CALLER, ActionName.RESUME_CALL, ActionName.COMMAND_BAR)   # (not a station's)
ACTION_NEEDS: dict[ActionName, Permission] = {
    **{name: Permission.HANDLE_CALLS for name in _CALL_WORK},
    ActionName.BACKUP: Permission.MANAGE_BACKUPS,
    ActionName.SAVE_FEEDBACK: Permission.STATION_FEEDBACK,
}


def action_allowed(name: ActionName, user: User | None) -> bool:
    """Whether the user may use the action (go-to-page actions: see pages.PageSpec.allowed)."""
    from console.ui.pages import PAGES

    if user is None:
        return False
    page = next((p for p in PAGES if p.action == name), None)
    if page is not None:
        return page.allowed(user)
    needed = ACTION_NEEDS.get(name)
    return needed is None or user.can(needed)


def action_text(name: ActionName) -> str:
    return QCoreApplication.translate("Actions", ACTION_SPECS[name].text)


class ActionRegistry:
    """Creates each QAction once, on the main window, so its shortcut works from every page."""

    def __init__(self, parent: QObject, user: User | None = None):
        """With a user, the actions the user may not use are created disabled and listed nowhere."""
        self._actions: dict[ActionName, QAction] = {}
        self.user = user
        for name, spec in ACTION_SPECS.items():
            action = QAction(action_text(name), parent)
            action.setObjectName(f"action_{name.value}")
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setAutoRepeat(spec.auto_repeat)
            action.setToolTip(f"{action_text(name)} ({QKeySequence(spec.shortcut).toString(QKeySequence.NativeText)})")
            action.setEnabled(user is None or action_allowed(name, user))
            self._actions[name] = action

    def __getitem__(self, name: ActionName) -> QAction:
        return self._actions[name]

    def all(self) -> dict[ActionName, QAction]:
        return dict(self._actions)

    def offered(self) -> dict[ActionName, QAction]:
        """The actions the signed-in user may use (what menus and the F1 list show)."""
        return {n: a for n, a in self._actions.items() if self.user is None or action_allowed(n, self.user)}
