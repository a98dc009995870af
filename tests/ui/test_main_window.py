"""The main window opens every page the user may see; shortcuts are unique and listed in the help."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from console.models.settings import Settings
from console.ui.actions import ACTION_SPECS
from console.ui.help_dialog import ShortcutsDialog
from console.ui.main_window import MainWindow
from console.ui.pages import PAGES


def test_every_page_opens_for_an_admin(qtbot, ctx, admin, runner):
    ctx.user = admin
    window = MainWindow(ctx, Settings(), runner)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys() == [p.key for p in PAGES]
    for key in window.page_keys():
        page = window.show_page(key)
        assert page is not None and page.isVisible(), key
        assert window.current_key() == key


def test_officer_does_not_see_statistics_or_admin(main_window):
    keys = main_window.page_keys()
    assert "call" in keys and "stats" not in keys and "admin" not in keys
    assert main_window.show_page("stats") is None


def test_no_two_actions_share_a_shortcut():
    shortcuts = [spec.shortcut for spec in ACTION_SPECS.values()]
    assert len(shortcuts) == len(set(shortcuts))


def test_shortcut_keys_switch_pages(qtbot, main_window):
    from PySide6.QtCore import Qt

    qtbot.keyClick(main_window, Qt.Key_2, Qt.ControlModifier)
    assert main_window.current_key() == "warnings"


def test_help_lists_every_shortcut(qtbot, main_window):
    dialog = ShortcutsDialog(main_window.actions, main_window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table.rowCount() == len(ACTION_SPECS)
    shown = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Ctrl+N" in shown and "F1" in shown


def test_status_bar_names_user_and_database(main_window, ctx):
    from PySide6.QtWidgets import QLabel

    assert ctx.user.username in main_window.findChild(QLabel, "statusUser").text()
    assert str(ctx.db_path) in main_window.findChild(QLabel, "statusDatabase").text()
