"""The dispatches page for a county bureau and for the centre's supervisor: scope, columns, a wrong amount
said at the field, and the list following another seat's answer."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from console.models.core.db import connect
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from tests.conftest import STATION_NAME
from tests.models.warnings_data import add_warning


def _dispatch(db, officer, clock, station: str, name: str, hours: float) -> int:
    wid = add_warning(db, officer, clock, minutes_ago=5, district="孝南区", name=name)
    sid = db.execute("SELECT id FROM stations WHERE name = ?", [station]).fetchone()[0]
    return dispatch_warning(db, officer, wid, station_id=sid, reason="上门劝阻",
                            deadline_at=clock.now() + timedelta(hours=hours), clock=clock)


@pytest.fixture
def three_dispatches(db, officer, clock):
    return [_dispatch(db, officer, clock, STATION_NAME, "李娜", 2),
            _dispatch(db, officer, clock, "孝南广场派出所", "王芳", 1),
            _dispatch(db, officer, clock, "云梦城关派出所", "赵强", 3)]


def _window(qtbot, ctx, user, runner):
    from console.ui.main_window import MainWindow

    ctx.user = user
    ctx.settings.set("ring_port", 0)
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowNoState)
    window.resize(1366, 768)
    window.show()
    return window


def _shot(window, name: str) -> None:
    folder = os.environ.get("HOTLINE_SHOTS")
    if folder:                 # HOTLINE_SHOTS=/tmp/x pytest ...: the page as rendered, to look at
        window.grab().save(os.path.join(folder, name))


def test_a_county_bureau_sees_its_stations_and_a_wrong_amount_is_said(qtbot, ctx, db, district_officer, runner,
                                                                     three_dispatches, clock):
    window = _window(qtbot, ctx, district_officer, runner)
    assert window.page_keys() == ["stations"] and window.current_key() == "stations"
    page = window.page("stations")
    assert page.title.text() == "Dispatches to 孝南区"
    assert [(d.person_name, d.station_name) for d in page.model.rows] == [("王芳", "孝南广场派出所"),
                                                                        ("李娜", STATION_NAME)]
    assert not page.table.isColumnHidden(5), "a bureau sees which station each dispatch went to"
    _shot(window, "stations-district.png")
    page.visited.setChecked(True)
    page.loss.setText("两万块")
    assert not page.save_feedback()
    assert page.message.text() and window.focusWidget() is page.loss
    assert db.execute("SELECT count(*) FROM dispatches WHERE status = 'done'").fetchone()[0] == 0


def test_the_supervisor_sees_every_station_and_the_list_follows_another_seat(qtbot, ctx, db_path, db, supervisor,
                                                                            station_officer, runner,
                                                                            three_dispatches, clock):
    window = _window(qtbot, ctx, supervisor, runner)
    assert window.page_keys()[-1] == "stations"
    window.show_page("stations")
    page = window.page("stations")
    assert page.title.text() == "Dispatches to every station" and len(page.model.rows) == 3
    assert page.count.text() == "3 to visit"
    _shot(window, "stations-supervisor.png")
    # The station answers 李娜's dispatch on its own seat: the supervisor's list drops it by itself.
    station_seat = connect(db_path)
    record_warning_feedback(station_seat, station_officer, three_dispatches[0], visited=True, dissuaded=True,
                            notes="已劝阻", clock=clock)
    station_seat.conn.close()
    qtbot.waitUntil(lambda: [d.person_name for d in page.model.rows] == ["王芳", "赵强"], timeout=3000)
    assert page.count.text() == "2 to visit"
    page.view.setCurrentIndex(1)                    # all, answered too
    assert [d.person_name for d in page.model.rows] == ["王芳", "赵强", "李娜"]
    assert page.model.state(page.model.rows[2]) == "visited, dissuaded"


def test_an_answer_given_meanwhile_on_another_seat_is_not_overwritten(qtbot, ctx, db_path, db, station_officer,
                                                                      supervisor, runner, three_dispatches, clock):
    window = _window(qtbot, ctx, station_officer, runner)
    page = window.page("stations")
    page.view.setCurrentIndex(1)                    # all, answered too: the dispatch stays listed
    assert page.current.person_name == "李娜"
    page.visited.setChecked(True)
    page.notes.setPlainText("家中无人")               # typed, not saved yet
    centre = connect(db_path)                       # the centre records the station's phoned-in answer first
    record_warning_feedback(centre, supervisor, three_dispatches[0], visited=True, dissuaded=True,
                            notes="电话反馈：已劝阻", clock=clock)
    centre.conn.close()
    qtbot.waitUntil(lambda: page.model.rows[0].status == "done", timeout=3000)
    assert page.notes.toPlainText() == "家中无人", "the reread keeps what is typed"
    assert not page.save_feedback()
    assert page.message.text().startswith("Changed by Supervisor User at 14:00 on another seat")
    assert db.execute("SELECT feedback_notes FROM dispatches WHERE id = ?",
                      [three_dispatches[0]]).fetchone() == ("电话反馈：已劝阻",)


def test_a_stations_shortcuts_are_its_own(qtbot, ctx, station_officer, runner):
    """F1 and the menus offer a station's officer its page, its save, and the seat's own keys: no call keys."""
    from console.ui.actions import ActionName

    window = _window(qtbot, ctx, station_officer, runner)
    offered = set(window.actions.offered())
    assert offered == {ActionName.GO_STATIONS, ActionName.SAVE_FEEDBACK, ActionName.SIGN_OUT,
                       ActionName.CHANGE_PASSWORD, ActionName.HELP, ActionName.QUIT}


def test_the_administrator_makes_an_officer_a_stations(qtbot, ctx, db, admin, officer, runner):
    """Change role… to 派出所 asks where the officer works; the user then belongs to that station."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    window = _window(qtbot, ctx, admin, runner)
    page = window.show_page("admin")
    row = next(i for i, r in enumerate(page.users_model.rows) if r[1] == "officer")
    page.users_view.setCurrentIndex(page.users_model.index(row, 0))
    answers = ["Police station", "孝南广场派出所 (孝南区)"]

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and answers:
            dialog.setTextValue(answers.pop(0))
            dialog.accept()
        if answers:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    page.change_role()
    assert db.execute("SELECT u.role, s.name FROM users u JOIN stations s ON s.id = u.station_id WHERE u.id = ?",
                      [officer.id]).fetchone() == ("station", "孝南广场派出所")
