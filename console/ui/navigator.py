"""Moves the officer between pages with the record in hand (a call, a warning, a request, a case).

Pages ask the navigator instead of knowing each other; the main window supplies `show_page`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


class Navigator(QObject):
    def __init__(self, show_page: Callable[[str], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._show_page = show_page

    def go(self, key: str) -> Any:
        """Shows the page with this key and returns it (None if the user may not open it)."""
        return self._show_page(key)

    def _call(self, key: str, method: str, *args: Any) -> Any:
        page = self.go(key)
        if page is not None and hasattr(page, method):
            return getattr(page, method)(*args)
        return None

    # The calls each area's page answers. Keep this list short and in the domain's words.
    def open_call(self, call_id: int) -> Any:
        return self._call("call", "open_call", call_id)

    def start_callback(self, warning_id: int) -> Any:
        return self._call("call", "start_callback", warning_id)

    def open_warning(self, warning_id: int) -> Any:
        return self._call("warnings", "open_warning", warning_id)

    def create_stop_request_from_call(self, call_id: int) -> Any:
        return self._call("stoppay", "create_from_call", call_id)

    def open_stop_request(self, request_id: int) -> Any:
        return self._call("stoppay", "open_request", request_id)

    def open_script(self, script_id: int) -> Any:
        return self._call("scripts", "open_script", script_id)

    def search(self, text: str) -> Any:
        return self._call("lookup", "search", text)

    def open_case(self, kind: str, key: object) -> Any:
        """kind: person | account | phone."""
        return self._call("lookup", "show_case", kind, key)
