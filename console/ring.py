"""`python -m console.ring [--event ring|answered|hangup] [--line N] [--port P] [--secret-file F] NUMBER`.

A PBX dial plan runs this when a hotline line rings; the console on this machine shows the caller. The
message carries the shared secret from the console's user-only file `ring-secret` (created by the
console on its first start), so run this as the console's user or point --secret-file at a copy the
PBX user alone can read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from console.models.calls.ring import EVENTS, RingEvent, RingSecretError, read_secret, send_event
from console.models.core.settings import SettingsStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.ring")
    parser.add_argument("number")
    parser.add_argument("--event", choices=EVENTS, default="ring")
    parser.add_argument("--line", default="")
    parser.add_argument("--port", type=int, default=None, help="default: the console's setting")
    parser.add_argument("--secret-file", type=Path, default=None,
                        help="default: ring-secret in the console's data folder")
    args = parser.parse_args(argv)
    port = args.port or SettingsStore().get("ring_port")
    try:
        secret = read_secret(args.secret_file)
    except RingSecretError as exc:
        print(f"{exc} (start the console once to create it)", file=sys.stderr)
        return 2
    try:
        send_event(port, RingEvent(args.event, args.number, args.line), secret)
    except OSError as exc:
        print(f"no console listening on 127.0.0.1:{port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
