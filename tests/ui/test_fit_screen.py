"""Every page fits a 1366×768 screen, in Chinese and in English, for every role that sees it.

Before: signed in as an officer the English window needed 1426 px (the warnings page's filter row and figures
line), and every page after it kept that width; the stop-payment form needed 714 px of height. Now long labels
wrap, filters give way (their text elided, their lists still wide), button rows break in two and the
stop-payment form scrolls. Each page is opened through the real main window with its shortcut, with the kind
of content that widens pages (the warning figures, a call awaiting its outcome, a long database path), in the
console's own font.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.context import AppContext
from console.models.core.db import connect
from console.models.core.users import Role
from console.models.warnings.handling import create_warning
from console.ui.actions import ActionName
from console.ui.main_window import MainWindow
from console.ui.pages import PAGES
from tests.conftest import _user
from tests.ui.fit_check import SCREEN, cut_off, too_big


@pytest.fixture(params=["zh", "en"])
def console_app(request, qapp):
    """The application as the console starts it (its font, its translators), put back as it was after."""
    from console.app import make_application

    font, locale = QFont(qapp.font()), QLocale()
    app = make_application(request.param)
    yield request.param
    for translator in app._translators:
        QApplication.removeTranslator(translator)
    app._translators = []
    QApplication.setFont(font)
    QLocale.setDefault(locale)


@pytest.fixture
def busy_centre(db_path, db, officer, clock, tmp_path):
    """Warnings in the queue (the figures line), a call of the officer's awaiting its outcome."""
    at = clock.now_iso()
    for phone in ("13800000001", "13800000002", "13800000003"):
        create_warning(db, officer, clock=clock, phone=phone, received_at=at, level="红色")
    call_id = calls.start_call(db, officer, manual_call("+44 20 7946 0000"), clock=clock)
    calls.park_call(db, officer, call_id, clock=clock)
    # The file in a deep folder: its path in the status bar must not widen the window either.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    deep = tmp_path / ("centre-" + "x" * 120) / "console.db"
    deep.parent.mkdir()
    shutil.copy(db_path, deep)
    copy = connect(deep)
    yield deep, copy
    copy.conn.close()


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_every_page_fits_a_1366_by_768_screen(qtbot, console_app, busy_centre, clock, runner, role):
    path, db = busy_centre
    user = _user(db, role)
    ctx = AppContext(db_path=path, db=db, user=user, clock=clock, lang=console_app)
    ctx.settings.set("ring_port", 0)      # any free port: tests never collide with a running console
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowNoState)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    seen = [p.key for p in PAGES if p.allowed(user)]
    assert window.page_keys() == seen
    problems = {}
    for spec in PAGES:
        if spec.key not in seen:
            continue
        window.actions[ActionName(spec.action)].trigger()
        qtbot.waitUntil(lambda: window.current_key() == spec.key)
        qtbot.wait(50)                              # the layouts settle, as they do between two keys
        found = too_big(window) + cut_off(window.page(spec.key))
        if spec.key == "stats":                     # a chosen period shows its two dates beside the rest
            period = window.page("stats").period
            period.setCurrentIndex(period.findData("custom"))
            qtbot.wait(50)
            found += too_big(window) + cut_off(window.page(spec.key))
        if found:
            problems[spec.key] = found
    assert problems == {}, f"{console_app} {role.value}: {problems}"
    if "stoppay" in seen:      # the account numbers the banks need stay whole in either language's columns
        from console.models.stoppay import requests as stoppay
        from tests.models.test_integrity_atomic import _saved_call

        rid = stoppay.create_request_from_call(db, user, _saved_call(db, user, clock), clock=clock)
        window.actions[ActionName.GO_STOP_PAYMENTS].trigger()
        page = window.page("stoppay")
        page.open_request(rid)                      # as the call panel's stop-payment button opens it
        qtbot.waitUntil(lambda: page.accounts.rowCount() > 0)
        qtbot.wait(50)
        for view, column in ((page.accounts_view, 0), (page.transfers_view, 4)):
            digits = view.fontMetrics().horizontalAdvance("6217001234567890122")
            assert view.horizontalHeader().sectionSize(column) > digits, (console_app, view.objectName())
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] - 200, "room to spare for a wider font"
    assert hint.height() <= SCREEN[1] - 40, "room for the window's title bar"
    assert window.width() == SCREEN[0]
    window.close()
