"""The benchmark command runs end to end at a tiny scale and writes its figures (no timing asserts)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from console import bench, server
from console.demo.generator import GENERATOR_VERSION

# Every figure of each engine's block in "engines" (docs/performance.md, "Both engines side by side").
ENGINE_FIGURES = ("seats", "seat_saves", "seat_save_p50_ms", "seat_save_p99_ms", "seat_save_max_ms",
                  "seat_history_p50_ms", "seat_history_p99_ms", "seat_history_max_ms", "seat_errors",
                  "seat_rows_lost", "import_rows", "import_ok", "import_s", "import_rows_per_s",
                  "cross_seat_takes", "cross_seat_seen", "cross_seat_p50_ms", "cross_seat_max_ms",
                  "stats_year_ms", "stats_year_max_ms", "stats_year_cold_ms")
LOOKUP_KINDS = {"phone_spaced", "phone_plus86", "phone_dashed", "card_tail", "id", "name", "notes_1char",
                "notes_2char", "notes_3plus"}
SERVER_FIGURES = ("pg_cluster_dir", "copy_s", "copy_rows", "copy_rows_per_s", "copy_this_run", "pg_ready_s")


def check_engine(figures: dict) -> None:
    assert "errors" not in figures, figures.get("errors")
    for key in ENGINE_FIGURES:
        assert isinstance(figures[key], (int, float)) and not isinstance(figures[key], bool), key
    # Six seats saved calls beside the import, none failed and every saved call is in the base.
    assert figures["seats"] == 6 and figures["seat_saves"] >= 6
    assert figures["seat_errors"] == 0 and figures["seat_rows_lost"] == 0, figures.get("seat_first_error")
    assert figures["import_error"] is None and figures["import_ok"] > 0
    # Every take was seen gone from the other seat's view.
    assert figures["cross_seat_seen"] == figures["cross_seat_takes"] > 0
    assert set(figures["lookup_p50_ms"]) == set(figures["lookup_p95_ms"]) == LOOKUP_KINDS


def test_bench_runs_and_writes_json(qapp, tmp_path, monkeypatch, private_home):
    # The benchmark's PostgreSQL cluster: beside the bench file where it can, else in this folder (a path
    # short enough for the socket, reachable by the postgres user when the tests run as root).
    pg_dir = Path(tempfile.mkdtemp(prefix="hlbench-", dir="/tmp"))
    pg_dir.chmod(0o755)
    monkeypatch.setenv("HOTLINE_BENCH_PG_DIR", str(pg_dir))
    try:
        _bench_runs_and_writes_json(tmp_path, monkeypatch, private_home)
    finally:
        for cluster in [*pg_dir.glob("*-pg"), *(private_home / "bench").glob("*-pg")]:
            server.stop(cluster)            # (the benchmark stops it; a failed run might not have)
        shutil.rmtree(pg_dir, ignore_errors=True)


def _bench_runs_and_writes_json(tmp_path, monkeypatch, private_home):
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
    # Both engines side by side: the SQLite file's figures, and the server's on a copy of it (or why not).
    check_engine(figures["engines"]["sqlite"])
    on_server = figures["engines"]["postgresql"]
    if not server.available():
        assert "not installed" in on_server["missing"]
    else:
        check_engine(on_server)
        for key in SERVER_FIGURES:
            assert key in on_server, key
        assert on_server["copy_this_run"] is True and on_server["copy_rows"] > 0
    # A second run reuses the database built for the same size and seed.
    assert bench.main(["--years", "0.005", "--runs", "1", "--out", str(out)]) == 0
    again = json.loads(out.read_text(encoding="utf-8"))
    assert again["generate_s"] == 0
    if server.available():                    # and the cluster kept from the first run, not copied again
        assert again["engines"]["postgresql"]["copy_this_run"] is False
        assert again["engines"]["postgresql"]["seat_rows_lost"] == 0
        assert again["engines"]["postgresql"]["pg_cluster_dir"] == on_server["pg_cluster_dir"]
        assert not server.Cluster(Path(on_server["pg_cluster_dir"])).running()     # stopped at the end
    assert [p.name for p in (private_home / "bench").glob("*.db")] == [f"bench-0.005y-seed96110-v{GENERATOR_VERSION}.db"]
    # Nothing is left behind but the JSON and the reusable database (no console homes, backups, exports).
    assert list(scratch_parent.iterdir()) == []
