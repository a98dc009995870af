"""Runs slow work off the UI thread and calls back on it: the one way the UI does background work.

A job is a plain function. ``start(fn)`` runs ``fn(progress)``, for a job that needs no connection of
ours (reading a file, a backup made from the file's path). ``read(fn)`` and ``write(fn)`` run
``fn(db, progress)`` on a connection the runner opens for that job alone from the database path it was
given (read-only for ``read``), on the worker thread, and closes when the job ends, whatever happens: a
job never opens, tries and closes its own. On a server the connection is borrowed from the runner's small
pool and given back instead (connecting costs ~10 ms, a fresh backend's cold caches more); a reading job's
statements run read-only there too. ``progress(done, total)`` reports progress and returns False once the
job was cancelled.

Cancelling (``Task.cancel()``, from the UI thread): a reading job's connection is interrupted
(sqlite3's ``interrupt()``, made to be called from another thread), so a query over years of data stops
at once, and so is any statement it starts afterwards. A writing job is not interrupted: it finishes the
block it is writing (one transaction) and stops at its next progress call, so what it wrote is whole and
it can say how far it got (an import keeps its report). A cancelled job's failure is not reported; a
result it still returns is.

Failures: the detail goes to the log (which masks ID and card numbers); the failure handler gets the
exception and shows ``failure_message(exc)``, a plain translated sentence, never the exception's text.
Success and failure handlers run on the UI thread. Tests use ``ImmediateRunner``, which runs the job at
once on the calling thread, so background code stays deterministic.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from console.models.core.db import Database, WorkerConnection, job_pool
from console.models.core.errors import Trouble, classify, message
from console.models.core.paths import log_dir
from console.models.core.users import PermissionDenied

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
# A cancelled reading job is also stopped in statements it starts after the interrupt (interrupt() only
# stops the statements in flight): SQLite asks every this many virtual-machine steps, about 10 ms of work.
# On a 3-million-row count its cost was within the noise of a shared machine (1.1-1.2 s either way).
_CANCEL_CHECK_STEPS = 100_000


class Access(enum.Enum):
    NONE = "none"          # the job opens nothing of ours
    READ = "read"          # a read-only connection
    WRITE = "write"        # a connection that writes (each write in its own transaction)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()            # last, after success or failure (or nothing, once cancelled)


class Task(QObject):
    """A handle on one background job: cancel it, or listen to its signals."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._lock = threading.Lock()          # the connection is closed on the worker, interrupted from the UI
        self._conn: WorkerConnection | None = None
        self.signals = _Signals()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled.set()
            if self._conn is not None and self._conn.read_only:
                self._conn.interrupt()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self._cancelled.is_set()

    @contextlib.contextmanager
    def _connection(self, path: Path, read_only: bool, pool: object | None) -> Iterator[Database]:
        """A connection for this job alone (borrowed from pool where the runner has one); a reading one is
        interrupted by cancel()."""
        conn = WorkerConnection(path, read_only=read_only, cancelled=self._cancelled.is_set if read_only else None,
                                check_every=_CANCEL_CHECK_STEPS, pool=pool)
        with conn as db:
            with self._lock:
                self._conn = conn
            try:
                yield db
            finally:
                with self._lock:
                    self._conn = None


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], access: Access, db_path: Path | None,
                 connections: object | None = None):
        super().__init__()
        self.task, self.fn, self.access, self.db_path = task, fn, access, db_path
        self.connections = connections

    @Slot()
    def run(self) -> None:
        task = self.task
        try:
            if task.cancelled:             # cancelled before it started: not even a connection is opened
                log.debug("background job cancelled")
                return
            if self.access is Access.NONE:
                result = self.fn(task._progress)
            else:
                assert self.db_path is not None
                with task._connection(self.db_path, self.access is Access.READ, self.connections) as db:
                    result = self.fn(db, task._progress)
        except Exception as exc:  # handed to the UI thread's failure handler
            trouble = classify(exc)
            if trouble is Trouble.CANCELLED and task.cancelled:
                log.debug("background job cancelled")
                return
            if trouble is None:
                log.exception("background job failed")
            else:
                log.warning("background job failed: database %s", trouble.value, exc_info=True)
            task.signals.failed.emit(exc)
        else:
            task.signals.succeeded.emit(result)
        finally:
            task.signals.finished.emit()


class TaskRunner:
    """Starts jobs on a thread pool; jobs that read or write get their own connection to db_path.

    Where connecting is dear (a server: job_pool()), the runner keeps a small pool of connections for its
    jobs, made at the first job that needs one and closed by close() (the main window's close)."""

    pooled = True        # ImmediateRunner (tests) opens a connection per job, leaving nothing to close

    def __init__(self, db_path: Path | str | None = None, pool: QThreadPool | None = None):
        # A file's path, or a server's connection text (Path() would fold its '//'): kept as given.
        self.db_path = db_path
        self.pool = pool or QThreadPool.globalInstance()
        # Tasks in flight: the caller need not keep a reference for its handlers to be called.
        self._running: set[Task] = set()
        self._connections: Any = None      # the jobs' connection pool, once made (None: one per job)
        self._connections_tried = False
        self._connections_lock = threading.Lock()

    def close(self) -> None:
        """Closes the jobs' connection pool (a job still running gives its connection back to be closed);
        a later job makes a new one."""
        with self._connections_lock:
            connections, self._connections, self._connections_tried = self._connections, None, False
        if connections is not None:
            connections.close()

    @contextlib.contextmanager
    def connection(self) -> Iterator[Database]:
        """A connection for one thread of a job that shares its work out over threads of its own (the
        statistics' queries): borrowed from the runner's pool where it keeps one, else opened and closed."""
        assert self.db_path is not None
        with WorkerConnection(self.db_path, read_only=False, pool=self._job_connections()) as db:
            yield db

    def _job_connections(self) -> Any:
        with self._connections_lock:         # also asked from a job's own threads (connection())
            if not self.pooled or self._connections_tried:
                return self._connections
            self._connections_tried = True
            try:
                self._connections = job_pool(self.db_path)    # type: ignore[arg-type]
            except Exception:   # each job connects by itself and reports what is wrong where the officer looks
                log.warning("no connection pool for background jobs", exc_info=True)
            return self._connections

    def start(self, fn: Callable[[Progress], Any], on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> Task:
        """Runs fn(progress): a job that opens no connection of ours."""
        return self._submit(fn, Access.NONE, on_success, on_failure, on_progress)

    def read(self, fn: Callable[[Database, Progress], Any], on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[Exception], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None) -> Task:
        """Runs fn(db, progress) on a read-only connection of its own; cancelling interrupts its query."""
        return self._submit(fn, Access.READ, on_success, on_failure, on_progress)

    def write(self, fn: Callable[[Database, Progress], Any], on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> Task:
        """Runs fn(db, progress) on a connection of its own that writes; cancelling stops it at its next
        progress call (a block it is writing is finished, never cut)."""
        return self._submit(fn, Access.WRITE, on_success, on_failure, on_progress)

    def in_flight(self) -> int:
        """Jobs started and not yet finished."""
        return len(self._running)

    def _submit(self, fn, access: Access, on_success, on_failure, on_progress) -> Task:
        if access is not Access.NONE and self.db_path is None:
            raise RuntimeError("this runner was given no database path")
        task = Task()
        self._running.add(task)
        if on_success:
            task.signals.succeeded.connect(on_success)
        if on_failure:
            task.signals.failed.connect(on_failure)
        if on_progress:
            task.signals.progressed.connect(on_progress)
        task.signals.finished.connect(lambda: self._running.discard(task))
        connections = self._job_connections() if access is not Access.NONE else None
        self._launch(_Runnable(task, fn, access, self.db_path, connections))
        return task

    def _launch(self, runnable: _Runnable) -> None:
        self.pool.start(runnable)


class ImmediateRunner(TaskRunner):
    """Runs each job at once on the calling thread (tests)."""

    pooled = False

    def __init__(self, db_path: Path | str | None = None) -> None:
        super().__init__(db_path, pool=None)

    def _launch(self, runnable: _Runnable) -> None:
        runnable.run()


def failure_message(exc: BaseException, *, explained: tuple[type[BaseException], ...] = ()) -> str:
    """What the officer reads when a job failed: for database trouble a plain sentence saying what to do;
    for an error whose message is written for the officer (a refused permission, and the domain errors
    the caller names in explained) that message; for anything else a short apology pointing at the log,
    which has the detail. Never the text of an unexpected exception (it may quote numbers or SQL)."""
    if isinstance(exc, (PermissionDenied, *explained)):
        return str(exc)
    trouble = classify(exc)
    if trouble is not None:
        return message(trouble)
    if isinstance(exc, OSError) and exc.strerror:
        # A file or folder of the job's (a backup folder, a file to import): the system's reason only.
        return QCoreApplication.translate("Tasks", "A file could not be read or written: %1").replace(
            "%1", exc.strerror)
    return QCoreApplication.translate(
        "Tasks", "This could not be done because of an unexpected error. Nothing else is affected; the details are in the log (%1).").replace("%1", str(log_dir()))  # noqa: E501
