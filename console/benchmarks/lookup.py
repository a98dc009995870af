"""Case lookup latency by kind of query, beside the same questions answered by plain LIKE scans."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ..bench import percentile, timed_ms
from ..models.db import connect
from ..models.lookup import scan, search

QUERIES = 40
SCANS = 5


def _samples(db, rng: random.Random) -> dict[str, list[str]]:
    phones = [r[0] for r in db.execute("SELECT caller_raw FROM calls ORDER BY random() LIMIT ?", [QUERIES])]
    phones = [f"{p[:3]} {p[3:7]} {p[7:]}" if len(p) == 11 else p for p in phones]
    tails = [r[0][-4:] for r in db.execute("SELECT number FROM accounts WHERE kind = 'bank_card' ORDER BY random() "
                                           "LIMIT ?", [QUERIES])]
    ids = [r[0] for r in db.execute("SELECT id_number FROM people WHERE id_number IS NOT NULL ORDER BY random() "
                                    "LIMIT ?", [QUERIES])]
    notes = [r[0] for r in db.execute("SELECT notes FROM calls WHERE notes != '' ORDER BY random() LIMIT ?", [QUERIES])]
    words = []
    for n in notes:
        k = rng.choice((2, 3, 4))
        i = rng.randrange(max(1, len(n) - k))
        words.append(n[i:i + k])
    return {"phone": phones, "card_tail": tails, "id": ids, "text": words}


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    samples = _samples(db, random.Random(3))
    p50, p95, scan95, ratio = {}, {}, {}, {}
    for kind, values in samples.items():
        if not values:
            continue
        times = [t for v in values for t in timed_ms(lambda v=v: search(db, v), 1)]
        scans = [t for v in values[:SCANS] for t in timed_ms(lambda v=v: scan(db, kind, v), 1)]
        p50[kind], p95[kind] = round(percentile(times, 50), 2), round(percentile(times, 95), 2)
        scan95[kind] = round(percentile(scans, 95), 1)
        ratio[kind] = round(scan95[kind] / max(p95[kind], 1e-3), 1)
    db.conn.close()
    return {"lookup_p50_ms": p50, "lookup_p95_ms": p95, "lookup_scan_p95_ms": scan95, "lookup_scan_ratio": ratio}
