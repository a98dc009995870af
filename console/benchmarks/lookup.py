"""Case lookup latency by kind of query, beside the query a competent engineer writes first for each kind:
equality on the indexed E.164 and ID columns, LIKE '%1234' on the card numbers, LIKE '%word%' on the notes
(full-text search for Chinese is the project's work, not a first attempt)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from console.bench import percentile, timed_ms
from console.models.core.db import connect
from console.models.lookup.search import search
from console.models.core.numbers import id_number_key, phone_e164

QUERIES = 40


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


def baseline(db, kind: str, value: str) -> list[tuple]:
    if kind == "phone":
        e164 = phone_e164(value)
        return db.execute("SELECT id FROM calls WHERE caller_e164 = ? UNION ALL SELECT id FROM warnings WHERE "
                          "phone_e164 = ? UNION ALL SELECT id FROM people WHERE phone_e164 = ? LIMIT 200",
                          [e164, e164, e164]).fetchall()
    if kind == "card_tail":
        return db.execute("SELECT id FROM accounts WHERE number LIKE ? LIMIT 200", [f"%{value}"]).fetchall()
    if kind == "id":
        return db.execute("SELECT id FROM people WHERE id_number = ? LIMIT 200", [id_number_key(value)]).fetchall()
    return db.execute("SELECT id FROM calls WHERE notes LIKE ? UNION ALL SELECT id FROM warnings WHERE notes LIKE ? "
                      "LIMIT 200", [f"%{value}%"] * 2).fetchall()


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    samples = _samples(db, random.Random(3))
    p50, p95, base95, ratio = {}, {}, {}, {}
    for kind, values in samples.items():
        if not values:
            continue
        times = [t for v in values for t in timed_ms(lambda v=v: search(db, v), 1)]
        base = [t for v in values for t in timed_ms(lambda v=v: baseline(db, kind, v), 1)]
        p50[kind], p95[kind] = round(percentile(times, 50), 2), round(percentile(times, 95), 2)
        base95[kind] = round(percentile(base, 95), 2)
        ratio[kind] = round(base95[kind] / max(p95[kind], 1e-3), 1)
    db.conn.close()
    return {"lookup_p50_ms": p50, "lookup_p95_ms": p95, "lookup_baseline_p95_ms": base95, "lookup_ratio": ratio}
