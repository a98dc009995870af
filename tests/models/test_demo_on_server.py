"""`python -m console.demo --db <server>` fills an empty server database with a demo centre (generated into
a temporary file, then copied): its users sign in there, and its notes are found as in the file."""

from __future__ import annotations

from console.demo.__main__ import main
from console.demo.generator import DEMO_USERS
from console.models.core.db import connect
from console.models.core.engine import notes_matching
from console.models.core.users import authenticate
from tests.pg import drop_database, empty_database


def test_a_demo_centre_is_made_on_the_server(pg_cluster, tmp_path, capsys):
    target = empty_database(pg_cluster)
    try:
        assert main(["--db", target, "--years", "0.01", "--seed", "5"]) == 0
        printed = capsys.readouterr().out
        assert "ready" in printed and "officer" in printed
        db = connect(target)
        try:
            calls = db.execute("SELECT count(*) FROM calls").fetchone()[0]
            assert calls > 0 and f"calls {calls}" in printed
            username, _name, _role, password = DEMO_USERS[0]
            assert authenticate(db, username, password) is not None
            # The same centre generated into a file answers a notes word with the same records.
            main(["--db", str(tmp_path / "demo.db"), "--years", "0.01", "--seed", "5"])
            local = connect(tmp_path / "demo.db")
            word = local.execute("SELECT substr(notes, 3, 2) FROM calls WHERE notes != '' ORDER BY id DESC").fetchone()[0]
            assert notes_matching(db, word, 50) == notes_matching(local, word, 50) != []
        finally:
            db.close()
    finally:
        drop_database(pg_cluster, target)
