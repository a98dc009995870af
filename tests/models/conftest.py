"""The models tests run on both engines: every test that takes db_path (or db, ctx, a user) runs once on a
SQLite file and once on a database of the worker's throwaway PostgreSQL cluster (tests/pg.py), ids
[sqlite] and [postgresql]. A test about SQLite itself says so with @pytest.mark.sqlite_only("why")."""

from tests.pg import db_path_on_both_engines  # noqa: F401
