"""Journeys on one base shared by several seats (issue 19): two real main windows in one process, each with
its own connection to the same file, as two PCs of the centre (or the centre and a police station) would be.

(a) The centre officer watches the closed warnings; an officer of 孝南书院派出所 signs in on the station's seat,
    opens the most urgent dispatch with the keyboard, types the visit's feedback and saves it (Ctrl+S); the
    centre's seat shows the station's answer without anyone pressing a key there.
(b) Two officers look at the warnings waiting to be taken; one takes the first (Ctrl+T); it disappears from the
    other seat's waiting view within a second.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from console.models.core.context import AppContext
from console.models.core.db import connect
from console.models.core.users import Role
from console.models.warnings.dispatch import dispatch_warning
from tests.conftest import PASSWORDS, STATION_NAME
from tests.journey import Person, no_error_boxes
from tests.models.warnings_data import add_warning
from tests.scenarios.test_journey_warnings import choose_view, reactivate


@pytest.fixture
def second_seat(qtbot, db_path, clock):
    """Another seat's console on the same file: its own connection, nobody signed in yet."""
    from console.ui.main_window import MainWindow

    made = []

    def make(user=None):
        ctx = AppContext(db_path=db_path, db=connect(db_path), user=user, clock=clock)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.runner.pool.waitForDone(10_000)
        window.ctx.db.conn.close()


def _sign_in(person: Person, username: str, password: str) -> None:
    person.type(username)
    person.key(Qt.Key.Key_Return)      # to the password
    person.type(password + "\n")


def test_station_officer_answers_a_dispatch_and_the_centre_sees_it(qtbot, journey_window, second_seat, db,
                                                                  officer, station_officer, clock):
    station_id = station_officer.station_id
    urgent = add_warning(db, officer, clock, minutes_ago=8, district="孝南区", name="李娜")
    later = add_warning(db, officer, clock, minutes_ago=6, level="yellow", district="孝南区", name="王芳")
    elsewhere = add_warning(db, officer, clock, minutes_ago=4, district="云梦县", name="赵强")
    for wid, hours, station in ((urgent, 2, station_id), (later, 20, station_id), (elsewhere, 1, 11)):
        dispatch_warning(db, officer, wid, station_id=station, reason="电话三次未接通，需上门劝阻",
                         deadline_at=clock.now() + timedelta(hours=hours), clock=clock)
    person = Person(qtbot, pace_s=0.05)

    # The centre: the closed warnings, where a station's answer lands.
    person.shortcut("Ctrl+2")
    centre = journey_window.page("warnings")
    choose_view(person, centre, "closed")
    person.wait_until(lambda: centre.model.rowCount() == 0)

    # The station's seat: its officer signs in and finds the station's dispatches, the most urgent first.
    station_seat = second_seat()
    reactivate(person, station_seat)
    person.wait_until(lambda: station_seat.session_screen.username.hasFocus())
    _sign_in(person, "station", PASSWORDS[Role.STATION])
    person.wait_until(lambda: station_seat.current_key() == "stations")
    assert station_seat.page_keys() == ["stations"], "a station's officer sees its dispatches, nothing else"
    page = station_seat.page("stations")
    person.wait_until(lambda: [d.person_name for d in page.model.rows] == ["李娜", "王芳"])   # not 云梦县's
    assert page.title.text() == f"Dispatches to {STATION_NAME}" and page.count.text() == "2 to visit"
    person.wait_until(lambda: page.table.hasFocus())

    # Return opens the first dispatch's form; the visit's result is typed and saved with Ctrl+S.
    person.key(Qt.Key.Key_Return)
    assert page.visited.hasFocus()
    person.key(Qt.Key.Key_Space)       # visited
    person.tab()
    person.key(Qt.Key.Key_Space)       # dissuaded
    person.tab()
    person.type("2万")                  # loss saved
    person.tab()
    person.type("已上门见到本人，对方已停止转账")
    saved_at = time.monotonic()
    person.shortcut("Ctrl+S")
    person.wait_until(lambda: [d.person_name for d in page.model.rows] == ["王芳"])
    assert "李娜" in page.message.text() and page.count.text() == "1 to visit"

    # The records: the dispatch answered, the warning closed, both audited as the station's officer.
    row = db.execute("SELECT status, visited, dissuaded, loss_saved_cents, feedback_notes FROM dispatches "
                     "WHERE warning_id = ?", [urgent]).fetchone()
    assert row == ("done", 1, 1, 2_000_000, "已上门见到本人，对方已停止转账")
    assert db.execute("SELECT status, outcome FROM warnings WHERE id = ?", [urgent]).fetchone() == (
        "closed", "dissuaded")
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'feedback' AND user_id = ?",
                      [station_officer.id]).fetchone()[0] == 2
    assert db.execute("SELECT status FROM dispatches WHERE warning_id = ?", [later]).fetchone() == ("open",)

    # The centre's seat shows it without a key pressed there: the warning closed, the station's words.
    person.wait_until(lambda: "已上门见到本人" in centre.detail.toPlainText(), timeout_ms=3000)
    seen_after = time.monotonic() - saved_at
    assert centre.warning_id == urgent and STATION_NAME in centre.detail.toPlainText()
    assert seen_after < 2.0, f"the centre saw the answer after {seen_after:.2f} s"
    print(f"\nstation answer on the centre's seat after {seen_after * 1000:.0f} ms")
    assert no_error_boxes() == []


def test_a_warning_taken_on_one_seat_leaves_the_other_seats_waiting_view(qtbot, journey_window, second_seat, db,
                                                                        officer, senior, clock):
    first = add_warning(db, officer, clock, minutes_ago=20, name="张三")
    second = add_warning(db, officer, clock, minutes_ago=10, name="李四")
    person = Person(qtbot, pace_s=0.05)

    # Seat B (a senior officer) looks at the warnings waiting to be taken.
    seat_b = second_seat(senior)
    reactivate(person, seat_b)
    person.shortcut("Ctrl+2")
    page_b = seat_b.page("warnings")
    choose_view(person, page_b, "to_take")
    person.wait_until(lambda: [r.id for r in page_b.model.rows] == [first, second])

    # Seat A takes the first with Ctrl+T.
    reactivate(person, journey_window)
    person.shortcut("Ctrl+2")
    page_a = journey_window.page("warnings")
    choose_view(person, page_a, "to_take")
    person.wait_until(lambda: page_a.warning_id == first)
    reactivate(person, journey_window)
    taken_at = time.monotonic()        # from the key press, the pace's pause after it included
    person.shortcut("Ctrl+T")
    assert db.execute("SELECT holder_id FROM warnings WHERE id = ?", [first]).fetchone() == (officer.id,)

    # Seat B's waiting view drops it by itself within a second.
    qtbot.waitUntil(lambda: [r.id for r in page_b.model.rows] == [second], timeout=3000)
    gone_after = time.monotonic() - taken_at
    assert gone_after < 1.0, f"seat B still listed the taken warning {gone_after:.2f} s later"
    # Seat B's selection follows what its queue shows, its detail read in the background just after.
    qtbot.waitUntil(lambda: page_b.warning_id == second, timeout=1000)
    print(f"\ntaken on seat A, gone from seat B's waiting view after {gone_after * 1000:.0f} ms")
    assert no_error_boxes() == []


def test_an_outcome_saved_over_another_seats_change_is_refused_and_said(qtbot, journey_window, db_path, db,
                                                                       officer, senior, clock):
    """(c) Seat A opens 登记结果… on a warning; before A presses Enter, seat B (another PC: its own connection)
    records that nobody answered. A's "dissuaded" is not written over B's outcome: A is told who changed it
    and when, under the warning, and sees B's outcome."""
    from console.models.warnings.handling import record_outcome

    wid = add_warning(db, officer, clock, minutes_ago=20, name="张三")
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+2")
    page = journey_window.page("warnings")
    choose_view(person, page, "open")      # every open warning: a waiting one stays on screen
    person.wait_until(lambda: page.warning_id == wid and page.buttons["outcome"].isEnabled())
    seat_b = connect(db_path)

    def dissuaded_but_seat_b_was_quicker(outcome_dialog):
        record_outcome(seat_b, senior, wid, "unreachable", notes="无人接听", clock=clock)   # meanwhile, on seat B
        person.tab()                     # from the outcome choice (dissuaded is first) to the loss saved
        person.type("12000\n")

    person.when_dialog(dissuaded_but_seat_b_was_quicker)
    person.click(page.buttons["outcome"])
    seat_b.conn.close()
    w = db.execute("SELECT status, outcome, loss_saved_cents FROM warnings WHERE id = ?", [wid]).fetchone()
    assert w == ("waiting", "unreachable", 0), "seat B's outcome stands"
    told = "Changed by Senior User at 14:00 on another seat; nothing was saved. Look at it again, then save."
    assert page.message.text() == told, "told where the officer is looking"
    person.wait(1200)                      # the queue rereads (its own and the live refresh): still said, and
    assert page.message.text() == told and page.warning_id == wid
    person.wait_until(lambda: "无人接听" in page.detail.toPlainText())    # seat B's outcome is what A now sees
    assert not db.execute("SELECT 1 FROM audit_log WHERE table_name = 'warnings' AND record_id = ? AND user_id = ? "
                          "AND action != 'insert'", [str(wid), officer.id]).fetchall(), "seat A wrote nothing"
    assert no_error_boxes() == []


def test_admin_gives_a_station_its_officer_who_then_signs_in_to_its_dispatches(qtbot, journey_window, db, officer,
                                                                              clock):
    """(d) The administrator adds a user of the role 派出所 for 孝南书院派出所 with keys only; the new officer
    signs in on the same seat and lands on that station's dispatches."""
    from PySide6.QtWidgets import QPushButton

    from tests.scenarios.test_journey_warnings import click_into

    wid = add_warning(db, officer, clock, minutes_ago=3, district="孝南区", name="李娜")
    dispatch_warning(db, officer, wid, station_id=db.execute(
        "SELECT id FROM stations WHERE name = ?", [STATION_NAME]).fetchone()[0], reason="上门劝阻",
        deadline_at=clock.now() + timedelta(hours=2), clock=clock)
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+Shift+L")
    person.wait_until(journey_window.session_screen.isVisible)
    _sign_in(person, "admin", PASSWORDS[Role.ADMIN])
    person.wait_until(lambda: journey_window.current_key() is not None)
    person.shortcut("Ctrl+7")
    admin = journey_window.page("admin")
    click_into(person, admin.new_username)
    person.type("zhaojg")
    person.tab()
    person.type("赵警官")
    person.tab()
    for _ in range(4):                 # officer, senior staff, supervisor, administrator, police station
        person.key(Qt.Key.Key_Down)
    assert admin.new_role.currentData() == "station" and admin.new_workplace.isVisible()
    person.tab()                       # the station: 孝南书院派出所 comes first (孝南区, then by name)
    assert admin.new_workplace.currentText().startswith(STATION_NAME)
    person.tab()
    person.type("shuyuan-2026")
    person.click(admin.findChild(QPushButton, "addUser"))
    row = db.execute("SELECT u.role, s.name FROM users u JOIN stations s ON s.id = u.station_id "
                     "WHERE u.username = 'zhaojg'").fetchone()
    assert row == ("station", STATION_NAME)

    person.shortcut("Ctrl+Shift+L")
    person.wait_until(journey_window.session_screen.isVisible)
    _sign_in(person, "zhaojg", "shuyuan-2026")
    person.wait_until(lambda: journey_window.current_key() == "stations")
    page = journey_window.page("stations")
    assert page.title.text() == f"Dispatches to {STATION_NAME}"
    person.wait_until(lambda: [d.person_name for d in page.model.rows] == ["李娜"])
    assert no_error_boxes() == []
