"""The journeys run on both engines: journey_window's console opens a SQLite file once and a database of the
worker's throwaway PostgreSQL cluster once (tests/pg.py), ids [sqlite] and [postgresql]. A journey about
SQLite itself, or one that measures the process, says so with @pytest.mark.sqlite_only("why")."""

from tests.pg import db_path_on_both_engines  # noqa: F401
