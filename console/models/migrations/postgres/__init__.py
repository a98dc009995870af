"""The schema history on PostgreSQL: one module per SQLite migration set, same set and step names, PostgreSQL DDL."""

from __future__ import annotations

from console.models.migrations.postgres import calls, core, lookup, scripts, stats
from console.models.migrations.postgres import warnings as warning_queue
from console.models.migrations.postgres.steps import MigrationSet

# The order of console.models.migrations.MIGRATION_SETS.
MIGRATION_SETS: list[MigrationSet] = [
    core.migrations,
    calls.migrations,
    lookup.migrations,
    stats.migrations,
    scripts.migrations,
    warning_queue.migrations,
]
