"""The audit chain's tests that are about the models, again on PostgreSQL (tests/pg.py); the ones about
SQLite's triggers and file bytes have their PostgreSQL counterparts in test_engines.py."""

from tests.models.test_integrity_audit import (test_every_row_is_chained_to_the_one_before,  # noqa: F401
                                               test_two_seats_extend_one_chain)
from tests.pg import db_path_on_postgresql  # noqa: F401
