"""The script library's schema steps on PostgreSQL (console/models/migrations/scripts.py).

Each step has the name of its SQLite twin, so both engines record one history; a step whose SQLite
work has no PostgreSQL counterpart (SQLite full-text tables, backfills of rows an empty server cannot
hold) is recorded with what it does have, or nothing.
"""

from __future__ import annotations

from console.models.migrations.postgres.steps import MigrationSet

migrations = MigrationSet("scripts")


migrations.step("m001_script_search", """
CREATE INDEX scripts_initials ON scripts(title_initials);
CREATE INDEX script_versions_status ON script_versions(status);
CREATE INDEX script_views_script ON script_views(script_id);
""")
