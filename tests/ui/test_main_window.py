"""The main window opens every page the user may see; shortcuts are unique and listed in the help."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from console.ui.actions import ACTION_SPECS, ActionName
from console.ui.help_dialog import ShortcutsDialog
from console.ui.main_window import MainWindow
from console.ui.pages import PAGES


def test_every_page_opens_for_an_admin(qtbot, ctx, admin, runner):
    ctx.user = admin
    window = MainWindow(ctx, runner)
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


def _help_rows(qtbot, window) -> dict[str, str]:
    dialog = ShortcutsDialog(window.actions, window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    return {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}


def test_help_lists_every_shortcut_an_admin_may_use(qtbot, ctx, admin, runner):
    ctx.user = admin
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    rows = _help_rows(qtbot, window)
    assert len(rows) == len(ACTION_SPECS)
    assert "Ctrl+N" in rows and "F1" in rows


def test_help_lists_only_what_the_officer_may_use_under_distinct_names(qtbot, main_window):
    """15.17: F1 listed Statistics and Administration keys to an officer, and two entries both 紧急止付."""
    rows = _help_rows(qtbot, main_window)
    assert "Ctrl+6" not in rows and "Ctrl+7" not in rows and "Ctrl+Shift+B" not in rows
    assert "Ctrl+Shift+Z" in rows and "Ctrl+4" in rows
    assert len(set(rows.values())) == len(rows), rows
    assert not main_window.actions[ActionName.GO_ADMIN].isEnabled()


def test_help_names_are_distinct_in_chinese():
    from PySide6.QtCore import QCoreApplication, QTranslator

    from console.resources import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "console_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        names = [QCoreApplication.translate("Actions", spec.text) for spec in ACTION_SPECS.values()]
        titles = [p.display_title() for p in PAGES]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert len(set(names)) == len(names), names
    assert "紧急止付" in names
    assert len(set(titles)) == len(titles)


def test_status_bar_names_user_and_database(main_window, ctx):
    from PySide6.QtWidgets import QLabel

    assert ctx.user.username in main_window.findChild(QLabel, "statusUser").text()
    assert str(ctx.db_path) in main_window.findChild(QLabel, "statusDatabase").text()


def _saved_geometry(qtbot, ctx, runner, x, y, w, h) -> str:
    import base64

    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowNoState)
    window.setGeometry(x, y, w, h)
    return base64.b64encode(bytes(window.saveGeometry())).decode()


def test_geometry_from_another_screen_is_not_restored(qtbot, ctx, runner):
    """15.13: a geometry saved on another screen opened at 852×715 on a 1920×1080 one."""
    ctx.settings.update({"window_geometry": _saved_geometry(qtbot, ctx, runner, 2000, 40, 852, 715),
                         "extra": {"window_screen": "2560x1400"}})
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    # The offscreen screen is 800×800: smaller than the console wants, so it opens maximised.
    assert window.isMaximized()


def test_geometry_saved_on_this_screen_is_restored_when_it_fits(qtbot, ctx, runner):
    ctx.settings.update({"window_geometry": _saved_geometry(qtbot, ctx, runner, 40, 60, 600, 500),
                         "extra": {"window_screen": "800x800"}})
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    assert not window.isMaximized()
    assert (window.width(), window.height()) == (600, 500)


def test_default_size_suits_the_screen():
    from console.ui.main_window import default_size

    assert default_size(1920, 1040).toTuple() == (1360, 860)
    assert default_size(1280, 728).toTuple() == (1280, 728)


def test_closing_saves_the_screen_with_the_geometry(qtbot, ctx, runner, private_home):
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    window.close()
    saved = json.loads((private_home / "settings.json").read_text(encoding="utf-8"))
    assert saved["window_geometry"] and saved["extra"]["window_screen"] == "800x800"


def test_admin_reference_and_audit_tables_show_words_not_codes(qtbot, ctx, admin, runner):
    """15.12: the reference tables showed raw JSON (["安全账户", ...]) and column names; the audit log raw codes."""
    from PySide6.QtWidgets import QComboBox

    from console.models.core import audit
    from console.models.core.db import transaction

    with transaction(ctx.db):
        audit.record(ctx.db, admin, "issue", "stop_requests", 7, {"status": ("draft", "issued")})
    ctx.user = admin
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    page = window.show_page("admin")
    choice = page.findChild(QComboBox, "referenceTable")
    choice.setCurrentIndex(choice.findData("fraud_types"))
    model = page.ref_model
    assert "red_flags" not in model.headers and "name_en" not in model.headers
    flags = model.headers.index("Red-flag words")
    cells = [model.data(model.index(r, flags)) for r in range(model.rowCount())]
    assert cells and not any(c.startswith("[") or '"' in c for c in cells), cells[:3]
    assert any("、" in c for c in cells)
    audit = [page.audit_model.rows[r] for r in range(page.audit_model.rowCount())]
    assert list(audit[0][2:]) == ["issued", "Stop-payment requests", "7", "status: draft → issued"]
