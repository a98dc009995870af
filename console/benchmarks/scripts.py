"""Script search over a library of 10,000 scripts (built in a temporary file), beside the query one would
write first: a plain SQL LIKE over the stored title, pinyin initials and body (no pinyin worked out in Python)."""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from console.bench import percentile, timed_ms
from console.models.core.db import open_database
from console.resources import load_json
from console.scripts_library.search import search_scripts
from console.scripts_library.starter import title_initials
from console.models.core.db import transaction

LIBRARY = 10_000


def build_library(path: Path, n: int = LIBRARY, seed: int = 7) -> None:
    db = open_database(path)
    rng = random.Random(seed)
    starter = load_json("scripts", "starter.json")
    words = "".join(s["body"] for s in starter)
    rows = []
    for i in range(n - db["scripts"].count):
        base = rng.choice(starter)
        title = f"{base['title']}（{i}）"
        body = "".join(words[j:j + 12] for j in (rng.randrange(len(words) - 12) for _ in range(12)))
        rows.append((f"bench-{i}", title, title_initials(title), base["stage"], json.dumps(base["fraud_types"]),
                     body, "published", "2026-01-01", "2026-01-01"))
    with transaction(db):
        db.conn.executemany("INSERT INTO scripts (slug, title, title_initials, stage, fraud_types, body, status, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.conn.close()


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    path = Path(tempfile.mkdtemp(prefix="bench-scripts-")) / "scripts.db"
    # The 10,000-script library at real scale; a small one when the benchmark itself is being tested.
    build_library(path, LIBRARY if getattr(args, "years", 1) >= 0.5 else 300)
    db = open_database(path)
    queries = ["安全账户", "mcgjf", "刷单", "解冻费", "xjtz", "屏幕共享", "骗子", "公检法", "导师", "保证金"] * 5
    times = [t for q in queries for t in timed_ms(lambda q=q: search_scripts(db, q), 1)]
    base = [t for q in queries for t in timed_ms(lambda q=q: like_baseline(db, q), 1)]
    db.conn.close()
    p95, base95 = percentile(times, 95), percentile(base, 95)
    return {"script_search_p50_ms": round(percentile(times, 50), 2), "script_search_p95_ms": round(p95, 2),
            "script_search_baseline_p95_ms": round(base95, 2),
            "script_search_ratio": round(base95 / max(p95, 1e-3), 1)}


def like_baseline(db, text: str) -> list[tuple]:
    """The first query one would write: LIKE over the stored columns, published scripts, newest first."""
    pattern = f"%{text.strip()}%"
    return db.execute("SELECT id, title FROM scripts WHERE status = 'published' AND (title LIKE ? OR "
                      "title_initials LIKE ? OR body LIKE ?) ORDER BY updated_at DESC LIMIT 50",
                      [pattern, pattern.lower(), pattern]).fetchall()
