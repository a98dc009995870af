"""The benchmark command runs end to end at a tiny scale and writes its figures (no timing asserts)."""

from __future__ import annotations

import json
import tempfile

from console import bench
from console.demo.generator import GENERATOR_VERSION


def test_bench_runs_and_writes_json(qapp, tmp_path, monkeypatch, private_home):
    # (qapp: the benchmark opens the real main window in the test's application; on its own it would make
    # the console's, Chinese, and the tests after it would run in Chinese.)
    monkeypatch.delenv("HOTLINE_BENCH_DIR", raising=False)      # the default place: the data folder's bench/
    scratch_parent = tmp_path / "tmp"
    scratch_parent.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_parent))
    out = tmp_path / "bench.json"
    assert bench.main(["--years", "0.005", "--runs", "1", "--out", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in ("years", "cold_start_s", "history_p95_ms", "db_bytes", "max_ui_stall_ms", "stats_year_ms",
                "stats_year_cold_ms", "import_rows_per_s", "autosave_p99_ms", "queue_refresh_ui_max_ms",
                # each ratio with its fair baseline beside it
                "history_baseline_p95_ms", "script_search_baseline_p95_ms", "queue_filter_baseline_p95_ms",
                "stats_year_baseline_ms", "history_ratio", "script_search_ratio", "queue_filter_ratio",
                "stats_year_ratio", "import_seat_wait_max_ms"):
        assert isinstance(figures[key], (int, float)), key
    assert set(figures["lookup_baseline_p95_ms"]) == set(figures["lookup_ratio"]) >= {"phone", "text"}
    # The page's figures from the summaries are those counted over the rows, on the benchmark's database too;
    # the UI stall was measured in the real window (some ticks of the 5 ms timer during the import).
    assert figures["stats_summaries_equal_rows"] is True
    assert figures["ui_ticks_during_import"] > 0 and figures["import_ok"] > 0
    assert figures["import_seat_saves"] > 0 and isinstance(figures["ui_stall_where"], dict)
    assert figures["db_bytes"] > 0 and figures["cold_start_s"] > 0
    # A second run reuses the database built for the same size and seed.
    assert bench.main(["--years", "0.005", "--runs", "1", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["generate_s"] == 0
    assert [p.name for p in (private_home / "bench").glob("*.db")] == [f"bench-0.005y-seed96110-v{GENERATOR_VERSION}.db"]
    # Nothing is left behind but the JSON and the reusable database (no console homes, backups, exports).
    assert list(scratch_parent.iterdir()) == []
