"""Listens on a loopback TCP port for screen-pop events from the phone system (one JSON line each)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QHostAddress, QTcpServer, QTcpSocket

from ...models.ring import MAX_LINE, RingMessageError, parse_event

log = logging.getLogger(__name__)


class RingListener(QObject):
    eventReceived = Signal(object)      # RingEvent
    messageRejected = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._server = QTcpServer(self)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QTcpSocket, bytes] = {}

    def listen(self, port: int) -> bool:
        """Loopback only: nothing outside this machine can pop a call."""
        ok = self._server.listen(QHostAddress(QHostAddress.LocalHost), port)
        if not ok:
            log.warning("screen-pop port %s not available: %s", port, self._server.errorString())
        return ok

    def port(self) -> int:
        return self._server.serverPort()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _read(self, sock: QTcpSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll())
        *lines, rest = data.split(b"\n")
        if len(rest) > MAX_LINE:
            log.warning("screen-pop message too long; dropped")
            rest = b""
        self._buffers[sock] = rest
        for line in lines:
            self._handle(line.strip())

    def _drop(self, sock: QTcpSocket) -> None:
        rest = self._buffers.pop(sock, b"").strip()
        if rest:
            self._handle(rest)
        sock.deleteLater()

    def _handle(self, line: bytes) -> None:
        if not line:
            return
        try:
            event = parse_event(line)
        except RingMessageError as exc:
            log.warning("screen-pop message ignored: %s", exc)
            self.messageRejected.emit(str(exc))
            return
        self.eventReceived.emit(event)
