"""Sign-in, roles and permissions again on PostgreSQL (tests/pg.py); file backup and sqlite3's own error
types stay SQLite's (PostgreSQL's append-only audit: test_engines.py)."""

from tests.models import test_auth
from tests.models.test_auth import *  # noqa: F401,F403
from tests.pg import db_path_on_postgresql  # noqa: F401

# SQLite-only: a backup is a copy of the file; the refusal raises sqlite3's IntegrityError.
del test_backup_restore_and_statistics_are_refused_in_the_models  # noqa: F821
del test_audit_log_refuses_updates_and_deletes  # noqa: F821
assert test_auth  # the module's own tests above are the ones collected
