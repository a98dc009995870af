"""The warnings import again on PostgreSQL (tests/pg.py): blocks of rows in short transactions, rejects
reported row by row, duplicates refused, the batch's audit row."""

from tests.models.test_warnings_import import *  # noqa: F401,F403
from tests.pg import db_path_on_postgresql  # noqa: F401
