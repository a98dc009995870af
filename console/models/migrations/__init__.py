"""Schema history. Each area keeps its own sqlite-utils migration set; they apply in this order.

A new migration is appended to its set and never edited after it has landed on main.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

from console.models.migrations import calls, core, lookup, scripts, stats
from console.models.migrations import warnings as warning_queue

# Order matters: later sets may refer to tables of earlier ones.
MIGRATION_SETS: list[Migrations] = [
    core.migrations,
    calls.migrations,
    lookup.migrations,
    stats.migrations,
    scripts.migrations,
    warning_queue.migrations,
]
