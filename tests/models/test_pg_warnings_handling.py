"""test_warnings_handling's tests again, on PostgreSQL (tests/pg.py)."""

from tests.models.test_warnings_handling import *  # noqa: F401,F403
from tests.pg import db_path_on_postgresql  # noqa: F401
