"""Screen-pop to caller history: the console's history query beside the one a competent engineer writes
first on the same indexes (the caller's calls and warnings by the stored E.164 number, newest first)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from console.bench import percentile, timed_ms
from console.models.core.db import connect
from console.models.calls.history import HISTORY_LIMIT, caller_history
from console.models.calls.ring import parse_event


def baseline_history(db, e164: str) -> list[tuple]:
    """The caller's calls and warnings by the indexed E.164 columns (no people, no scammer's-number links)."""
    rows = db.execute("SELECT id, started_at, fraud_type, outcome, notes FROM calls WHERE caller_e164 = ? "
                      "ORDER BY started_at DESC LIMIT ?", [e164, HISTORY_LIMIT]).fetchall()
    return rows + db.execute("SELECT id, received_at, level, fraud_type, status, outcome FROM warnings "
                             "WHERE phone_e164 = ? ORDER BY received_at DESC LIMIT ?", [e164, HISTORY_LIMIT]).fetchall()


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    numbers = [r[0] for r in db.execute("SELECT caller_e164 FROM calls WHERE caller_e164 IS NOT NULL "
                                        "ORDER BY random() LIMIT 200")]
    numbers += [r[0] for r in db.execute("SELECT phone_e164 FROM warnings ORDER BY id DESC LIMIT 50")]
    random.Random(1).shuffle(numbers)
    if not numbers:
        return {}
    times, base = [], []
    for e164 in numbers:
        line = ('{"event": "ring", "number": "%s", "line": "1"}' % e164).encode()
        times += timed_ms(lambda: caller_history(db, parse_event(line, None).number), 1)
        base += timed_ms(lambda: baseline_history(db, e164), 1)
    db.conn.close()
    p95, base_p95 = percentile(times, 95), percentile(base, 95)
    return {"history_p50_ms": round(percentile(times, 50), 2), "history_p95_ms": round(p95, 2),
            "history_baseline_p95_ms": round(base_p95, 2), "history_ratio": round(base_p95 / max(p95, 1e-3), 2)}
