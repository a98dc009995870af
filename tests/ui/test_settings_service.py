"""The window and the pages follow the one settings service (issue 16.1)."""

from __future__ import annotations

import logging

import pytest

from console.ui.main_window import MainWindow


def test_a_changed_idle_time_counts_at_once(qtbot, main_window, ctx):
    assert not main_window.is_locked()
    ctx.settings.set("idle_lock_minutes", 0.01)          # 0.6 s
    qtbot.waitUntil(main_window.is_locked, timeout=3000)


def test_pages_removed_at_sign_out_hear_no_more_changes(qtbot, ctx, admin, runner, caplog, tmp_path):
    ctx.user = admin
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    page = window.show_page("admin")
    ctx.settings.set("backup_dir", str(tmp_path))
    assert str(tmp_path) in page.backup_folder.text(), "the page shows the folder it was told of"
    assert window.sign_out()
    qtbot.wait(50)                                        # the pages' deleteLater
    with caplog.at_level(logging.ERROR):
        ctx.settings.set("backup_dir", str(tmp_path / "other"))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "a removed page was called"


def test_the_settings_are_no_argument_of_the_window(ctx):
    from console.models.core.settings import Settings

    with pytest.raises(TypeError, match="ctx.settings"):
        MainWindow(ctx, Settings())


def test_a_geometry_edited_by_hand_opens_the_default_window(qtbot, ctx, runner):
    ctx.settings.update({"window_geometry": "not base64!", "extra": {"window_screen": "800x800"}})
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.isMaximized(), "the 800×800 offscreen screen gets the default: maximised"
