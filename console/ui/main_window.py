"""The main window: navigation between the areas, the shared actions, the status bar. Nothing else."""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QWidget)

from ..models.context import AppContext
from ..models.settings import Settings
from .actions import ActionName, ActionRegistry
from .help_dialog import ShortcutsDialog
from .navigator import Navigator
from .page import Page
from .pages import PAGES, PageSpec
from .tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    pageChanged = Signal(str)
    signOutRequested = Signal()

    def __init__(self, ctx: AppContext, settings: Settings | None = None, runner: TaskRunner | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings or Settings()
        self.runner = runner or TaskRunner()
        self.actions = ActionRegistry(self)
        self.nav = Navigator(self.show_page, self)
        self._specs: list[PageSpec] = [p for p in PAGES if p.allowed(ctx.user)]
        self._pages: dict[str, Page] = {}
        self._current: str | None = None

        self.setWindowTitle(self.tr("Anti-fraud hotline console"))
        self._nav_list = QListWidget()
        self._nav_list.setObjectName("navigation")
        self._nav_list.setFocusPolicy(Qt.NoFocus)
        self._nav_list.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; border: none; background: #1f3a5f; color: #e8eef6; }"
            "QListWidget#navigation::item { padding: 12px 16px; }"
            "QListWidget#navigation::item:selected { background: #c62828; color: white; }"
        )
        self._stack = QStackedWidget()
        self._stack.setObjectName("pageStack")
        for spec in self._specs:
            item = QListWidgetItem(spec.display_title())
            item.setData(Qt.UserRole, spec.key)
            item.setToolTip(self.actions[spec.action].toolTip())
            self._nav_list.addItem(item)
            self.actions[spec.action].triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
        self._nav_list.currentRowChanged.connect(self._on_nav_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self._nav_list.setFixedWidth(190)
        row.addWidget(self._nav_list)
        row.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        for action in self.actions.all().values():
            self.addAction(action)   # shortcuts work from every page
        self.actions[ActionName.HELP].triggered.connect(self.show_shortcuts)
        self.actions[ActionName.SEARCH].triggered.connect(self._focus_search)
        self.actions[ActionName.QUIT].triggered.connect(self.close)
        self.actions[ActionName.SIGN_OUT].triggered.connect(self.signOutRequested)
        self.actions[ActionName.CHANGE_PASSWORD].triggered.connect(self._change_password)
        self._restore_geometry()
        if self._specs:
            self.show_page(self._specs[0].key)

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
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        self._nav_list.blockSignals(True)
        self._nav_list.setCurrentRow(row)
        self._nav_list.blockSignals(False)
        self._current = key
        page.page_shown()
        self.pageChanged.emit(key)
        return page

    def current_key(self) -> str | None:
        return self._current

    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            if self.show_page(self._specs[row].key) is None and self._current:
                self.show_page(self._current)

    # -- chrome --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.actions[ActionName.BACKUP])
        file_menu.addAction(self.actions[ActionName.CHANGE_PASSWORD])
        file_menu.addAction(self.actions[ActionName.SIGN_OUT])
        file_menu.addSeparator()
        file_menu.addAction(self.actions[ActionName.QUIT])
        go_menu = bar.addMenu(self.tr("&Go"))
        for spec in self._specs:
            go_menu.addAction(self.actions[spec.action])
        go_menu.addSeparator()
        go_menu.addAction(self.actions[ActionName.SEARCH])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.actions[ActionName.HELP])

    def _build_status_bar(self) -> None:
        user = self.ctx.user
        who = f"{user.display_name} ({user.username})" if user else self.tr("not signed in")
        self._user_label = QLabel(self.tr("Signed in: %1").replace("%1", who))
        self._user_label.setObjectName("statusUser")
        self._db_label = QLabel(self.tr("Database: %1").replace("%1", str(self.ctx.db_path)))
        self._db_label.setObjectName("statusDatabase")
        self.statusBar().addPermanentWidget(self._user_label)
        self.statusBar().addPermanentWidget(self._db_label)

    def _change_password(self) -> None:
        from .signin import ChangePasswordDialog

        if self.ctx.user is not None:
            ChangePasswordDialog(self.ctx.db, self.ctx.user, self, clock=self.ctx.clock).exec()

    def _focus_search(self) -> None:
        page = self.show_page("lookup")
        if page is not None and hasattr(page, "focus_box"):
            page.focus_box()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions, self).exec()

    # -- geometry ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
        else:
            self.resize(1360, 860)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        for page in self._pages.values():
            if not page.can_leave():
                event.ignore()
                return
        self.settings.window_geometry = base64.b64encode(bytes(self.saveGeometry())).decode()
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
        super().closeEvent(event)
