"""Screen-pop to caller history: the indexed history query against the naive LIKE scan, on the same numbers."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ..bench import percentile, timed_ms
from ..models.db import connect
from ..models.history import caller_history, scan_history
from ..models.ring import parse_event


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    numbers = [r[0] for r in db.execute("SELECT caller_e164 FROM calls WHERE caller_e164 IS NOT NULL "
                                        "ORDER BY random() LIMIT 200")]
    numbers += [r[0] for r in db.execute("SELECT phone_e164 FROM warnings ORDER BY id DESC LIMIT 50")]
    random.Random(1).shuffle(numbers)
    if not numbers:
        return {}
    times = []
    for e164 in numbers:
        line = ('{"event": "ring", "number": "%s", "line": "1"}' % e164).encode()
        times += timed_ms(lambda: caller_history(db, parse_event(line, None).number), 1)
    scan = []
    for e164 in numbers[:20]:
        scan += timed_ms(lambda: scan_history(db, e164), 1)
    db.conn.close()
    p95, scan_p95 = percentile(times, 95), percentile(scan, 95)
    return {"history_p50_ms": round(percentile(times, 50), 2), "history_p95_ms": round(p95, 2),
            "history_scan_p95_ms": round(scan_p95, 1), "history_scan_ratio": round(scan_p95 / max(p95, 1e-3), 1)}
