"""`python -m console.warnings import`: the window's importer run by a scheduler, counts out, rejects listed."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

from console.models.warnings.mapping import save_mapping
from console.warnings.cli import main
from tests.models.test_import_files import HEADER, row, write_rows


def _json_out(capsys) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_import_prints_counts_writes_rejects_and_is_audited(db, db_path, tmp_path, capsys):
    first = write_rows(tmp_path / "day1.csv", [row(1), row(2)])
    assert main(["import", "--db", str(db_path), str(first), "--json"]) == 0
    assert _json_out(capsys)["kept"] == 2

    rows = [row(3), row(1), row(4, 手机号="12345"), row(5, 诈骗类型="新型诈骗")]
    path = write_rows(tmp_path / "day2.csv", rows)
    assert main(["import", "--db", str(db_path), str(path), "--json"]) == 0
    out = _json_out(capsys)
    assert (out["read"], out["kept"], out["rejected"], out["duplicate"]) == (4, 2, 1, 1)
    assert out["unknown_fraud_types"] == {"新型诈骗": 1}
    with open(out["rejects_csv"], encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert [(r[0], r[-1]) for r in back[1:]] == [("3", lines[2]), ("4", lines[3])]
    assert "Already imported" in back[1][1] and "12345" in back[2][1]
    assert (os.stat(out["rejects_csv"]).st_mode & 0o777) == 0o600

    who = db.execute("SELECT username FROM audit_log WHERE table_name = 'import_batches'").fetchall()
    assert who == [("scheduler",), ("scheduler",)]
    assert db.execute("SELECT active FROM users WHERE username = 'scheduler'").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM warnings").fetchone()[0] == 4


def test_the_remembered_mapping_of_the_source_is_used(db, db_path, officer, clock, tmp_path, capsys):
    header = ["号码X", "时间X", "级别X"]
    path = write_rows(tmp_path / "county.csv", [["13900000001", "2026-11-25 13:00", "红"]], header=header)
    assert main(["import", "--db", str(db_path), str(path), "--mapping", "县平台"]) == 2
    assert "phone" in capsys.readouterr().err
    save_mapping(db, officer, "县平台", {"phone": "号码X", "received_at": "时间X", "level": "级别X"}, clock=clock)
    assert main(["import", "--db", str(db_path), str(path), "--mapping", "县平台"]) == 0
    assert "1 kept" in capsys.readouterr().out


def test_a_file_that_cannot_be_read_exits_non_zero(db_path, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00\x81garbage\x80\n" * 3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "console.warnings", "import", "--db", str(db_path), str(bad),
                           "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert "UTF-8" in json.loads(proc.stdout)["error"]
    missing = subprocess.run([sys.executable, "-m", "console.warnings", "import", "--db", str(db_path),
                              str(tmp_path / "none.csv")], capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 1 and "cannot read" in missing.stderr
