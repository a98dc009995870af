"""The base of every page in the main window's navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from console.models.core.context import AppContext
from console.ui.actions import ActionRegistry
from console.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from console.ui.navigator import Navigator


class Page(QWidget):
    """A page gets the context, the shared actions and the task runner; it never opens the database."""

    def __init__(self, ctx: AppContext, actions: ActionRegistry, runner: TaskRunner, nav: "Navigator",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actions = actions
        self.runner = runner
        self.nav = nav

    def page_shown(self) -> None:
        """Called each time the page becomes the visible one (refresh what may have changed)."""

    def can_leave(self) -> bool:
        """False keeps the officer on this page (e.g. a call in progress asks first)."""
        return True
