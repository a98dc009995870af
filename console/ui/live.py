"""Pages that follow what other seats do: the base is watched twice a second on the seat's own connection
(console.models.core.changes.DataWatch, no table read), and a page rereads when another seat committed,
at once if it is on screen, otherwise when it is next shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from console.models.core.changes import DataWatch

POLL_MS = 500


class LiveRefresh(QObject):
    """Calls `refresh` when another seat changed the base: now for a visible page, on its next showing
    otherwise (a hidden page costs nothing but the poll)."""

    def __init__(self, page: QWidget, db, refresh: Callable[[], None], interval_ms: int = POLL_MS,
                 key: Callable[[], object] | None = None, target: object = None):
        """key: a cheap read of what the page shows; when another seat's commit leaves it as it was, the page
        is not reread (for a page whose reread is dear)."""
        super().__init__(page)
        self.page = page
        self.refresh = refresh
        self.key = key
        self._last_key = key() if key else None
        self.watch = DataWatch(db, target)
        self.stale = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        page.installEventFilter(self)

    def poll(self) -> None:
        changed = self.watch.changed()
        if self.watch.closed:               # the connection closed with the window: nothing to follow
            self.timer.stop()
            return
        if changed and self.key is not None:
            now = self.key()
            changed, self._last_key = now != self._last_key, now
        if changed or self.stale:
            if self.page.isVisible():
                self.stale = False
                self.refresh()
            else:
                self.stale = True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            QTimer.singleShot(0, self.refresh)
        return False
