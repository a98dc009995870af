"""The base of every page in the main window's navigation: what the window and the navigator may call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from console.models.core.context import AppContext
from console.ui.actions import ActionRegistry
from console.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from console.ui.navigator import Navigator


class Page(QWidget):
    """A page gets the context, the shared actions and the task runner; it never opens the database.

    The main window calls only the methods below, directly (no look-up by name): a page overrides those it
    needs. Calls between areas go through the navigator, which calls the concrete page class's methods.
    """

    def __init__(self, ctx: AppContext, actions: ActionRegistry, runner: TaskRunner, nav: "Navigator",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actions = actions
        self.runner = runner
        self.nav = nav
        stop = ctx.settings.subscribe(self._setting_changed)
        self.destroyed.connect(lambda *_: stop())       # a page removed at sign-out hears nothing more

    def page_shown(self) -> None:
        """Called each time the page becomes the visible one (refresh what may have changed)."""

    def can_leave(self) -> bool:
        """False keeps the officer on this page (e.g. a call in progress asks first)."""
        return True

    def save_now(self) -> Any:
        """Saves what is being typed at once (the seat locks). Pages where nothing is typed keep this."""
        return None

    def setting_changed(self, name: str, value: Any) -> None:
        """A setting was saved (on this page, another page, or the window): pages that show one follow."""

    def _setting_changed(self, name: str, value: Any) -> None:
        self.setting_changed(name, value)
