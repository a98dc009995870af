"""A crowd of local senders for the screen-pop port: N connections from another process (several
threads, since a loopback connect costs milliseconds here), each sending one of the payloads and
closing, as a misbehaving program on the officer's machine would."""

from __future__ import annotations

import subprocess
import sys

_CLIENT = r"""
import socket, sys, threading
port, n, threads = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
payloads = [bytes.fromhex(h) for h in sys.argv[4:]] or [b""]
def run(k, start):
    for i in range(start, start + k):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                s.sendall(payloads[i % len(payloads)])
        except OSError:
            pass
share = n // threads
workers = [threading.Thread(target=run, args=(share + (n % threads if t == 0 else 0), t * share))
           for t in range(threads)]
for w in workers: w.start()
for w in workers: w.join()
"""


def start_flood(port: int, n: int, payloads: list[bytes], threads: int = 8) -> subprocess.Popen:
    """The flood runs while the caller keeps the Qt event loop going (qtbot.waitUntil on poll())."""
    return subprocess.Popen([sys.executable, "-c", _CLIENT, str(port), str(n), str(threads),
                             *(p.hex() for p in payloads)])
