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
                 key: Callable[[object], object] | None = None, target: object = None, runner=None):
        """key(db): a read of what the page shows, run on `runner` (a TaskRunner), never on the UI thread; when
        another seat's commit leaves it as it was, the page is not reread (for a page whose reread is dear).
        It is read only for a page on screen: a hidden page is marked stale and asks once it is shown."""
        super().__init__(page)
        if key is not None and runner is None:
            raise ValueError("a key is read on a runner")
        self.page = page
        self.refresh = refresh
        self.key = key
        self.runner = runner
        self._last_key: object = None
        self._reading = False                 # one key read at a time; a change meanwhile asks again after
        self._again = False
        self.watch = DataWatch(db, target)
        self.stale = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        page.installEventFilter(self)
        if key is not None:
            self._read_key(refresh_if_changed=False)

    def poll(self) -> None:
        changed = self.watch.changed()
        if self.watch.closed:               # the connection closed with the window: nothing to follow
            self.timer.stop()
            return
        if not (changed or self.stale):
            return
        if not self.page.isVisible():
            self.stale = True
            return
        self.stale = False
        if self.key is not None:
            self._read_key()
        else:
            self.refresh()

    def _read_key(self, refresh_if_changed: bool = True) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        key = self.key
        self.runner.read(lambda db, progress: key(db), lambda now: self._key_read(now, refresh_if_changed),
                         lambda exc: self._key_done())

    def _key_read(self, now: object, refresh_if_changed: bool) -> None:
        if refresh_if_changed and not self.page.isVisible():
            self.stale = True                 # hidden meanwhile: compared again when shown
        else:
            changed, self._last_key = now != self._last_key, now
            if changed and refresh_if_changed:
                self.refresh()
        self._key_done()

    def _key_done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self._read_key()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            if self.key is not None:
                QTimer.singleShot(0, self._read_key)
            else:
                QTimer.singleShot(0, self.refresh)
        return False
