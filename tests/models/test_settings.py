"""The settings service (issue 16.1): one owner of settings.json; a change saves that key at once, keeps every
other key as it is in the file (also keys another window or process wrote meanwhile), is atomic, private,
and heard by the listeners."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat

import pytest

from console.models.core.settings import Settings, SettingsStore


def _file(store: SettingsStore) -> dict:
    return json.loads(store.path.read_text(encoding="utf-8"))


def test_defaults_without_a_file_and_nothing_written_by_reading(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    assert store.get("backup_keep") == Settings().backup_keep == 14
    assert store.get("backup_dir") == ""
    assert not store.path.exists(), "reading writes nothing"


def test_set_saves_that_key_at_once_and_keeps_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"lang": "en", "ring_port": 5000, "from_a_newer_console": [1, 2],
                                "extra": {"splitter": "abc"}}), encoding="utf-8")
    store = SettingsStore(path)
    store.set("backup_dir", "/srv/backups")
    assert _file(store) == {"lang": "en", "ring_port": 5000, "from_a_newer_console": [1, 2],
                            "extra": {"splitter": "abc"}, "backup_dir": "/srv/backups"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.json.lock"] == ["settings.json"], \
        "no temporary file left"


def test_two_windows_keep_each_others_keys(tmp_path):
    """The bug: a window wrote the settings it read at start over a change made meanwhile elsewhere."""
    path = tmp_path / "settings.json"
    first, second = SettingsStore(path), SettingsStore(path)
    second.set("backup_dir", "/srv/backups")           # the administrator's window
    first.update({"window_geometry": "AAAA", "extra": {"window_screen": "1366x768"}})   # the other closes
    assert _file(first) == {"backup_dir": "/srv/backups", "window_geometry": "AAAA",
                            "extra": {"window_screen": "1366x768"}}
    assert first.get("backup_dir") == "/srv/backups", "a read sees what the other window saved"
    second.update({"extra": {"splitter": "xyz"}})
    assert _file(first)["extra"] == {"window_screen": "1366x768", "splitter": "xyz"}, "extra merges by name"


def _set_many(path: str, key: str, count: int) -> None:
    store = SettingsStore(__import__("pathlib").Path(path))
    for i in range(count):
        store.update({"extra": {f"{key}{i}": i}})


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    path = tmp_path / "settings.json"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_set_many, args=(str(path), key, 40)) for key in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    extra = _file(SettingsStore(path))["extra"]
    assert len(extra) == 80 and extra["a39"] == 39 and extra["b0"] == 0


def test_listeners_hear_changes_until_they_unsubscribe(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    heard: list = []
    stop = store.subscribe(lambda name, value: heard.append((name, value)))
    store.set("backup_dir", "/a")
    store.set("backup_dir", "/a")                       # no change: nothing to hear
    store.set("idle_lock_minutes", 5)
    stop()
    store.set("backup_dir", "/b")
    assert heard == [("backup_dir", "/a"), ("idle_lock_minutes", 5)]


def test_a_failing_listener_does_not_keep_the_others_from_hearing(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    heard: list = []
    store.subscribe(lambda name, value: 1 / 0)
    store.subscribe(lambda name, value: heard.append(name))
    store.set("lang", "en")
    assert heard == ["lang"] and _file(store) == {"lang": "en"}


def test_unknown_names_and_wrong_kinds_are_refused_before_anything_is_written(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    with pytest.raises(KeyError):
        store.set("backup_folder", "/x")                # a typo is a bug, not a new setting
    with pytest.raises(KeyError):
        store.get("backup_folder")
    with pytest.raises(TypeError):
        store.set("backup_keep", "many")
    with pytest.raises(TypeError):
        store.update({"backup_dir": "/ok", "ring_port": True})
    assert not store.path.exists()


def test_bad_values_in_the_file_fall_back_to_their_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"backup_keep": "seven", "ring_port": 6000, "extra": []}), encoding="utf-8")
    store = SettingsStore(path)
    assert store.get("backup_keep") == 14 and store.get("ring_port") == 6000 and store.get("extra") == {}


def test_an_unreadable_file_is_moved_aside_not_overwritten(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    store = SettingsStore(path)
    assert store.get("lang") == "zh"
    store.set("lang", "en")
    assert _file(store) == {"lang": "en"}
    assert (tmp_path / "settings.json.unreadable").read_text(encoding="utf-8") == "{ not json"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_failed_write_changes_nothing_and_says_so(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    store = SettingsStore(folder / "settings.json")
    store.set("backup_dir", "/a")
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            store.set("backup_dir", "/b")
    finally:
        folder.chmod(0o700)
    assert store.get("backup_dir") == "/a" and _file(store) == {"backup_dir": "/a"}


def test_a_failed_write_leaves_no_temporary_file_and_the_old_file_whole(tmp_path, monkeypatch):
    """Root ignores a read-only folder, so the failure is made where the rename happens."""
    store = SettingsStore(tmp_path / "settings.json")
    store.set("backup_dir", "/a")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        store.set("backup_dir", "/b")
    monkeypatch.undo()
    assert store.get("backup_dir") == "/a" and _file(store) == {"backup_dir": "/a"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json", "settings.json.lock"]


def test_no_one_else_reads_or_writes_the_settings_file():
    """The service is the one owner: other modules take ctx.settings (or build a SettingsStore), none reads
    the file or keeps a Settings of its own."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "console"
    owners = []
    for path in root.rglob("*.py"):
        if path == root / "models" / "core" / "settings.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "console.models.core.settings":
                owners += [f"{path.relative_to(root)} imports Settings" for a in node.names if a.name == "Settings"]
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "read_text", "write_text", "open", "load", "dump") and "settings" in ast.unparse(node).lower():
                owners.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
    assert owners == []
