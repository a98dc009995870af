"""Script Markdown exchange with the file system as it is: folders, dangling links and pipes named *.md are
skipped with a reason (never an abort, never a hang), and exported files are private."""

from __future__ import annotations

import os
import signal
import stat

import pytest

from console.scripts_library.exchange import export_folder, import_folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_non_regular_files_named_md_are_skipped_with_a_reason(db, senior, clock, tmp_path):
    lib = tmp_path / "lib"
    out = export_folder(db, lib)
    (lib / "a-folder.md").mkdir()
    (lib / "dangling.md").symlink_to(tmp_path / "gone.md")
    os.mkfifo(lib / "pipe.md")
    before = db["scripts"].count

    def hung(*_):
        raise TimeoutError("the import hangs on the FIFO")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        imported, refused = import_folder(db, senior, lib, clock=clock)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert set(refused) == {"a-folder.md", "dangling.md", "pipe.md"}
    assert "folder" in refused["a-folder.md"] and "link" in refused["dangling.md"]
    assert "regular" in refused["pipe.md"]
    assert len(imported) == len(out) and db["scripts"].count == before + len(out)


def test_exported_scripts_are_readable_by_this_user_only(db, tmp_path):
    files = export_folder(db, tmp_path / "lib")
    assert files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    assert sorted(p.name for p in (tmp_path / "lib").iterdir()) == sorted(p.name for p in files)
