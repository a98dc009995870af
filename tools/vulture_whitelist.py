"""Names that vulture cannot see used, each for a stated reason (tests/test_dead_code.py reads this file).

Vulture matches by name: a line `_.name` marks every definition called `name` as used. Add a name here only
when its caller is outside Python's sight (Qt calls it, a string names it, a file fills it), never to keep
code nobody calls. Migrations are left out by the test itself (`--ignore-decorators @migrations`).
"""

# ruff: noqa
# Qt calls these overrides by name.
_.setEditorData       # QStyledItemDelegate (console/ui/calls/choice_delegate.py)
_.setModelData

# The page classes are named by string in console/ui/pages.py ("module:Class") and imported on first use.
_.AdminPage
_.ScriptsPage
_.StatisticsPage
_.StationsPage

# Settings are read and written by name through SettingsStore.get/set ("ring_port"); tests/test_dead_code.py
# checks that each of them is named somewhere in console/.
_.lang
_.ring_port
_.export_dir
_.backup_dir
_.backup_keep
_.review_after_minutes
_.idle_lock_minutes
_.window_geometry
_.database_server
_.extra

# Fields of records built from a file or a row as a whole (Class(**json) / Class(*row)).
_.hint_en             # VictimState, from resources/reference/victim_states.json
_.watch_id            # repeat_victims.Flag, from its query's row
_.feedback_at         # warnings.dispatch.Dispatch, from its query's row

# Run by name in another process (python -c "... import _seat_saves"): the benchmark's second seat.
_._seat_saves

# Read by the libraries that call or hold them.
_.remaining           # sqlite3's backup progress callback gets (status, remaining, total) (console/models/admin/backup.py)
_.itersize            # psycopg reads a named cursor's itersize (console/models/core/engine/copy.py)
