"""Listens on a loopback TCP port for screen-pop events from the phone system (one JSON line each).

Any local user can connect to a loopback port, so the listener trusts nobody: every message carries the
shared secret (models.ring), a line longer than MAX_LINE is dropped whole (its tail is never read as a
new message), a connection is closed after IDLE_MS without a complete message or after MAX_MESSAGES
messages (a sender trickling bytes gains nothing), at most MAX_CONNECTIONS are open at once (more are closed at once), and every socket is
closed and deleted when it ends, so a flood costs neither descriptors nor the UI's time.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QHostAddress, QTcpServer, QTcpSocket

from console.models.calls.ring import MAX_LINE, RingMessageError, load_or_create_secret, parse_event

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 32
IDLE_MS = 3000
MAX_MESSAGES = 16
_LOG_FIRST = 10          # refusals logged one by one; after that one line per _LOG_EVERY
_LOG_EVERY = 1000


@dataclass
class _Connection:
    waiting_since: float            # when the message being read began to be awaited
    buffer: bytearray = field(default_factory=bytearray)
    discarding: bool = False        # inside an over-long line: everything up to the next newline goes
    messages: int = 0


class RingListener(QObject):
    eventReceived = Signal(object)      # RingEvent
    messageRejected = Signal(str)

    def __init__(self, parent: QObject | None = None, *, secret: str | None = None):
        super().__init__(parent)
        self._secret = secret           # None: the console's secret file, read (or created) by listen()
        self._server = QTcpServer(self)
        self._server.setMaxPendingConnections(MAX_CONNECTIONS)
        self._server.newConnection.connect(self._accept)
        self._connections: dict[QTcpSocket, _Connection] = {}
        self._sweeper = QTimer(self, interval=max(100, IDLE_MS // 4))
        self._sweeper.timeout.connect(self._close_idle)
        self.rejected = 0               # messages refused, for the log and the tests
        self.refused = 0                # connections closed because MAX_CONNECTIONS were open

    def listen(self, port: int) -> bool:
        """Loopback only: nothing outside this machine can pop a call; the secret keeps out other users."""
        if self._secret is None:
            try:
                self._secret = load_or_create_secret()
            except OSError as exc:
                log.warning("screen-pop secret unavailable, screen-pop off: %s", exc)
                return False
        ok = self._server.listen(QHostAddress(QHostAddress.LocalHost), port)
        if not ok:
            log.warning("screen-pop port %s not available: %s", port, self._server.errorString())
        return ok

    def port(self) -> int:
        return self._server.serverPort()

    def open_connections(self) -> int:
        return len(self._connections)

    def close(self) -> None:
        self._server.close()
        for sock in list(self._connections):
            self._close(sock)

    # -- connections ------------------------------------------------------------------------------
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is None:
                break
            if len(self._connections) >= MAX_CONNECTIONS:
                self.refused += 1
                if self.refused <= _LOG_FIRST or self.refused % _LOG_EVERY == 0:
                    log.warning("screen-pop: %s connections open, one more refused (%s so far)",
                                MAX_CONNECTIONS, self.refused)
                sock.abort()
                sock.deleteLater()
                continue
            now = time.monotonic()
            self._connections[sock] = _Connection(now)
            sock.setReadBufferSize(4 * MAX_LINE)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._ended(s))
            if not self._sweeper.isActive():
                self._sweeper.start()

    def _read(self, sock: QTcpSocket) -> None:
        conn = self._connections.get(sock)
        if conn is None:
            return
        while sock in self._connections and sock.bytesAvailable() > 0:
            self._take(sock, conn, bytes(sock.read(4 * MAX_LINE)))

    def _take(self, sock: QTcpSocket, conn: _Connection, data: bytes) -> None:
        while data:
            head, newline, data = data.partition(b"\n")
            if conn.discarding:
                if newline:
                    conn.discarding = False
                continue
            conn.buffer += head
            if len(conn.buffer) > MAX_LINE:
                conn.buffer.clear()
                conn.discarding = not newline
                self._reject("message too long")
                continue
            if not newline:
                return
            line = bytes(conn.buffer).strip()
            conn.buffer.clear()
            if line:
                conn.messages += 1
                conn.waiting_since = time.monotonic()
                self._handle(line)
                if conn.messages >= MAX_MESSAGES:
                    self._close(sock)
                    return

    def _ended(self, sock: QTcpSocket) -> None:
        """The sender closed: a last message without its newline still counts."""
        conn = self._connections.get(sock)
        if conn is not None:
            if sock.bytesAvailable() > 0:
                self._read(sock)
            if sock in self._connections and not conn.discarding and conn.buffer.strip():
                self._handle(bytes(conn.buffer).strip())
        self._close(sock)

    def _close(self, sock: QTcpSocket) -> None:
        if self._connections.pop(sock, None) is None:
            return
        try:
            sock.readyRead.disconnect()
            sock.disconnected.disconnect()
        except (RuntimeError, TypeError):
            pass
        sock.abort()                  # the descriptor is released here, not when Qt deletes the object
        sock.deleteLater()
        if not self._connections:
            self._sweeper.stop()

    def _close_idle(self) -> None:
        cutoff = time.monotonic() - IDLE_MS / 1000
        for sock, conn in list(self._connections.items()):
            if conn.waiting_since < cutoff:
                self._close(sock)

    # -- messages ---------------------------------------------------------------------------------
    def _reject(self, reason: str) -> None:
        self.rejected += 1
        if self.rejected <= _LOG_FIRST or self.rejected % _LOG_EVERY == 0:
            log.warning("screen-pop message ignored: %s (%s refused so far)", reason, self.rejected)
        self.messageRejected.emit(reason)

    def _handle(self, line: bytes) -> None:
        try:
            event = parse_event(line, self._secret)
        except RingMessageError as exc:
            self._reject(str(exc))
            return
        self.eventReceived.emit(event)
