"""Moves the officer between pages with the record in hand (a call, a warning, a request, a case).

Pages ask the navigator instead of knowing each other; the main window supplies `show_page`. Each call
names the page class that answers it and calls its method directly: a misspelt method fails in the
type check and in tests/ui/test_navigator.py, not silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from console.ui.page import Page

P = TypeVar("P")


class Navigator(QObject):
    def __init__(self, show_page: Callable[[str], "Page | None"], parent: QObject | None = None):
        super().__init__(parent)
        self._show_page = show_page

    def go(self, key: str) -> "Page | None":
        """Shows the page with this key and returns it (None if the user may not open it)."""
        return self._show_page(key)

    def _go(self, key: str, cls: type[P]) -> P | None:
        """Shows the page with this key, which must be a `cls` (None if the user may not open it)."""
        page = self.go(key)
        if page is not None and not isinstance(page, cls):
            raise TypeError(f"page {key!r} is a {type(page).__name__}, not a {cls.__name__}")
        return page

    # The calls each area's page answers. Keep this list short and in the domain's words. The page modules
    # are imported here, when first asked for, as the main window creates pages on first use.
    def open_call(self, call_id: int) -> None:
        from console.ui.calls.page import CallPage

        if page := self._go("call", CallPage):
            page.open_call(call_id)

    def start_callback(self, warning_id: int) -> int | None:
        from console.ui.calls.page import CallPage

        page = self._go("call", CallPage)
        return page.start_callback(warning_id) if page else None

    def open_warning(self, warning_id: int) -> None:
        from console.ui.warnings.page import WarningsPage

        if page := self._go("warnings", WarningsPage):
            page.open_warning(warning_id)

    def create_stop_request_from_call(self, call_id: int) -> int | None:
        from console.ui.stoppay.page import StopPaymentsPage

        page = self._go("stoppay", StopPaymentsPage)
        return page.create_from_call(call_id) if page else None

    def open_stop_request(self, request_id: int) -> None:
        from console.ui.stoppay.page import StopPaymentsPage

        if page := self._go("stoppay", StopPaymentsPage):
            page.open_request(request_id)

    def search(self, text: str) -> None:
        from console.ui.lookup.page import LookupPage

        if page := self._go("lookup", LookupPage):
            page.search(text)

    def focus_search(self) -> None:
        """The lookup page with the keyboard in its one box."""
        from console.ui.lookup.page import LookupPage

        if page := self._go("lookup", LookupPage):
            page.focus_box()

    def open_case(self, kind: str, key: object) -> None:
        """kind: person | account | phone."""
        from console.ui.lookup.page import LookupPage

        if page := self._go("lookup", LookupPage):
            page.show_case(kind, key)
