"""`python -m console.ring [--event ring|answered|hangup] [--line N] [--port P] NUMBER`: a screen-pop.

A PBX dial plan runs this when a hotline line rings; the console on this machine shows the caller.
"""

from __future__ import annotations

import argparse
import sys

from .models.ring import EVENTS, RingEvent, send_event
from .models.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.ring")
    parser.add_argument("number")
    parser.add_argument("--event", choices=EVENTS, default="ring")
    parser.add_argument("--line", default="")
    parser.add_argument("--port", type=int, default=None, help="default: the console's setting")
    args = parser.parse_args(argv)
    port = args.port or Settings.load().ring_port
    try:
        send_event(port, RingEvent(args.event, args.number, args.line))
    except OSError as exc:
        print(f"no console listening on 127.0.0.1:{port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
