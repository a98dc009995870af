"""The areas of the main window, in navigation order. Each page class lives in its own module."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.models.core.users import Permission, User
from console.ui.actions import ActionName


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str                      # English source, "Pages" context
    target: str                     # "module:Class"
    action: ActionName
    permissions: tuple[Permission, ...]   # any one of them opens the page

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def page_class(self) -> type:
        module, cls = self.target.split(":")
        return getattr(importlib.import_module(module), cls)

    def allowed(self, user: User | None) -> bool:
        return user is not None and any(user.can(p) for p in self.permissions)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("call", QT_TRANSLATE_NOOP("Pages", "Live call"), "console.ui.calls.page:CallPage",
             ActionName.GO_CALL, (Permission.HANDLE_CALLS,)),
    PageSpec("warnings", QT_TRANSLATE_NOOP("Pages", "Warnings"), "console.ui.warnings.page:WarningsPage",
             ActionName.GO_WARNINGS, (Permission.HANDLE_CALLS,)),
    PageSpec("scripts", QT_TRANSLATE_NOOP("Pages", "Scripts"), "console.ui.scripts.page:ScriptsPage",
             ActionName.GO_SCRIPTS, (Permission.READ_SCRIPTS,)),
    PageSpec("stoppay", QT_TRANSLATE_NOOP("Pages", "Stop-payments"), "console.ui.stoppay.page:StopPaymentsPage",
             ActionName.GO_STOP_PAYMENTS, (Permission.HANDLE_CALLS,)),
    PageSpec("lookup", QT_TRANSLATE_NOOP("Pages", "Case lookup"), "console.ui.lookup.page:LookupPage",
             ActionName.GO_LOOKUP, (Permission.HANDLE_CALLS,)),
    PageSpec("stats", QT_TRANSLATE_NOOP("Pages", "Statistics"), "console.ui.stats.page:StatisticsPage",
             ActionName.GO_STATISTICS, (Permission.VIEW_STATISTICS,)),
    PageSpec("admin", QT_TRANSLATE_NOOP("Pages", "Administration"), "console.ui.admin.page:AdminPage",
             ActionName.GO_ADMIN, (Permission.EDIT_REFERENCE, Permission.MANAGE_USERS, Permission.VIEW_AUDIT)),
    PageSpec("stations", QT_TRANSLATE_NOOP("Pages", "Station dispatches"), "console.ui.stations.page:StationsPage",
             ActionName.GO_STATIONS, (Permission.STATION_FEEDBACK,)),
)
