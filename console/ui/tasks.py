"""Runs slow work off the UI thread and calls back on it: the one way the UI does background work.

A job is a plain function `fn(progress)` where `progress(done, total)` reports progress and returns
False once the user cancelled (the job then stops early). Success and failure handlers run on the UI
thread. Tests use `ImmediateRunner`, which runs the job at once, so background code stays deterministic.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """A handle on one background job: cancel it, or listen to its signals."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancelled = threading.Event()
        self.signals = _Signals()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self._cancelled.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Progress], Any]):
        super().__init__()
        self.task = task
        self.fn = fn

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.task._progress)
        except Exception as exc:  # handed to the UI thread's failure handler
            log.exception("background task failed")
            self.task.signals.failed.emit(exc)
        else:
            self.task.signals.succeeded.emit(result)


class TaskRunner:
    """Starts jobs on a thread pool."""

    def __init__(self, pool: QThreadPool | None = None):
        self.pool = pool or QThreadPool.globalInstance()
        # Tasks in flight: the caller need not keep a reference for its handlers to be called.
        self._running: set[Task] = set()

    def start(self, fn: Callable[[Progress], Any], on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> Task:
        task = Task()
        self._running.add(task)
        self._connect(task, on_success, on_failure, on_progress)
        task.signals.succeeded.connect(lambda *_: self._running.discard(task))
        task.signals.failed.connect(lambda *_: self._running.discard(task))
        self._launch(task, fn)
        return task

    @staticmethod
    def _connect(task: Task, on_success, on_failure, on_progress) -> None:
        if on_success:
            task.signals.succeeded.connect(on_success)
        if on_failure:
            task.signals.failed.connect(on_failure)
        if on_progress:
            task.signals.progressed.connect(on_progress)

    def _launch(self, task: Task, fn: Callable[[Progress], Any]) -> None:
        self.pool.start(_Runnable(task, fn))


class ImmediateRunner(TaskRunner):
    """Runs each job at once on the calling thread (tests)."""

    def __init__(self) -> None:
        super().__init__(pool=None)

    def _launch(self, task: Task, fn: Callable[[Progress], Any]) -> None:
        _Runnable(task, fn).run()
