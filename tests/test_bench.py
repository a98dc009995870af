"""The benchmark command runs end to end at a tiny scale and writes its figures (no timing asserts)."""

from __future__ import annotations

import json
import tempfile

from console import bench


def test_bench_runs_and_writes_json(tmp_path, monkeypatch):
    monkeypatch.setenv("HOTLINE_BENCH_DIR", str(tmp_path / "bench"))
    scratch_parent = tmp_path / "tmp"
    scratch_parent.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_parent))
    out = tmp_path / "bench.json"
    assert bench.main(["--years", "0.005", "--runs", "1", "--out", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in ("years", "cold_start_s", "history_p95_ms", "db_bytes"):
        assert isinstance(figures[key], (int, float)), key
    assert figures["db_bytes"] > 0 and figures["cold_start_s"] > 0
    # A second run reuses the database built for the same size and seed.
    assert bench.main(["--years", "0.005", "--runs", "1", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["generate_s"] == 0
    # Nothing is left behind but the JSON and the reusable database (no console homes, backups, exports).
    assert list(scratch_parent.iterdir()) == []
