"""The warnings page: the queue in deadline order, taking and calling back, SMS, station, outcome, import and
manual entry, each driven through the real widgets on a real database."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from console.models.stats.figures import Period, report_from_rows
from console.models.warnings.handling import take
from console.models.warnings.queue import ARCHIVE, fetch_page
from console.models.warnings.records import get_warning
from console.ui.warnings.dialogs import FeedbackDialog, OutcomeDialog
from console.ui.warnings.queue_model import COLUMNS, OVERDUE_BG, SOON_BG
from tests.models.test_warnings_import import HEADER, ROWS, write_csv
from tests.models.warnings_data import add_warning


def _when_modal(fn):
    """Runs fn on the next modal dialog, which the code under test opens with exec()."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        fn(dialog)
    QTimer.singleShot(0, run)


def _page(main_window):
    main_window.show_page("warnings")
    return main_window.page("warnings")


def test_queue_puts_overdue_first_and_marks_it(qtbot, main_window, db, officer, clock):
    late = add_warning(db, officer, clock, minutes_ago=45, level="red", name="迟到")     # 15 min overdue
    soon = add_warning(db, officer, clock, minutes_ago=27, level="red", name="将到")     # 3 min left
    calm = add_warning(db, officer, clock, minutes_ago=10, level="yellow", name="从容")
    page = _page(main_window)
    model = page.model
    assert [r.id for r in model.rows] == [late, soon, calm]
    deadline = COLUMNS.index("deadline")
    assert model.index(0, deadline).data() == "-15 min"
    assert model.index(0, deadline).data(Qt.BackgroundRole).color() == OVERDUE_BG
    assert model.index(1, deadline).data(Qt.BackgroundRole).color() == SOON_BG
    assert model.index(2, deadline).data(Qt.BackgroundRole) is None
    assert "Overdue: <b style='color:#c62828'>1</b>" in page.banner.text()
    assert "Due soon: <b style='color:#ef6c00'>1</b>" in page.banner.text()
    assert page.count.text().startswith("3")

    page.level.setCurrentIndex(page.level.findData("yellow"))
    assert [r.id for r in model.rows] == [calm]


def test_take_then_call_back_opens_the_call_panel_filled(qtbot, main_window, db, officer, senior, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5, phone="13912345678", name="周红", fraud_type="investment")
    other = add_warning(db, officer, clock, minutes_ago=4)
    take(db, senior, other, clock=clock)
    page = _page(main_window)
    page.open_warning(other)
    assert not page.buttons["take"].isEnabled() and not page.buttons["call_back"].isEnabled()

    page.open_warning(wid)
    assert page.buttons["take"].isEnabled()
    qtbot.mouseClick(page.buttons["take"], Qt.LeftButton)
    assert get_warning(db, wid).holder_id == officer.id
    assert "周红" in page.detail.toPlainText()

    qtbot.mouseClick(page.buttons["call_back"], Qt.LeftButton)
    assert main_window.current_key() == "call"
    call = main_window.page("call")
    row = db.execute("SELECT warning_id, direction, call_type FROM calls WHERE id = ?", [call.call_id]).fetchone()
    assert row == (wid, "out", "warning_callback")


def test_sms_goes_to_the_outbox_and_the_gateway_file(qtbot, main_window, db, officer, clock, tmp_path):
    wid = add_warning(db, officer, clock, minutes_ago=5, name="李娜", fraud_type="police_impersonation")
    page = _page(main_window)
    page.open_warning(wid)

    def edit(dialog):
        assert dialog.template.currentData() == "police_impersonation"
        assert dialog.body().startswith("【孝感反诈】李娜您好")
        dialog.text.setPlainText(dialog.body() + "{unknown}")
        dialog.accept()
        _when_modal(lambda d: (d.message.text() and d.text.setPlainText("【孝感反诈】李娜您好，请勿转账。"),
                               d.accept()))

    _when_modal(edit)
    sid = page.send_sms()
    assert sid is not None
    assert db.execute("SELECT body FROM sms_outbox WHERE id = ?", [sid]).fetchone()[0] == "【孝感反诈】李娜您好，请勿转账。"
    assert "1" in page.outbox.text()

    path = page.export_outbox(tmp_path)
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1][2] == "【孝感反诈】李娜您好，请勿转账。" and rows[1][4] == str(wid)
    assert not page.export_sms.isEnabled()


def test_dispatch_feedback_and_outcome_figures(qtbot, main_window, db, officer, supervisor, clock):
    to_station = add_warning(db, officer, clock, minutes_ago=5, district="孝南区")
    dissuaded = add_warning(db, officer, clock, minutes_ago=6)
    page = _page(main_window)
    page.open_warning(to_station)

    def pick(dialog):
        dialog.search.setText("书院")
        dialog.accept()

    _when_modal(pick)
    did = page.dispatch()
    assert did is not None and get_warning(db, to_station).status == "dispatched"
    assert page.warning_id == dissuaded            # it left "to handle": the selection follows the screen
    page.open_warning(to_station)
    assert page.view.currentData() == "open" and page.warning_id == to_station
    assert not page.buttons["outcome"].isEnabled() and page.buttons["feedback"].isEnabled()

    from console.models.stations.dispatches import dispatches_for

    feedback = FeedbackDialog(dispatches_for(db, to_station)[0], page)
    feedback.dissuaded.setChecked(True)
    feedback.loss.setText("3万")
    feedback._accept()
    assert feedback.result() == QDialog.Accepted
    assert page.station_feedback(feedback)
    assert get_warning(db, to_station).status == "closed"

    page.open_warning(dissuaded)
    outcome = OutcomeDialog(clock.now(), page.outcome_names, 120, page)
    outcome.loss.setText("not money")
    outcome._accept()
    assert outcome.result() != QDialog.Accepted and outcome.message.text()      # wrong field: still open
    outcome.loss.setText("12000")
    outcome._accept()
    assert page.record_outcome(outcome)

    from datetime import date

    figures = report_from_rows(db, Period(date(2026, 11, 25), date(2026, 11, 26)), user=supervisor)
    assert figures.headline["warnings_dissuaded"] == figures.headline["warnings_handled"] == 2
    assert figures.headline["loss_saved"] == 30_000_00 + 12_000_00
    assert sum(dissuaded for *_, dissuaded in figures.by_station) == 1
    assert {r.id for r in fetch_page(db, ARCHIVE)} == {dissuaded, to_station}


def test_not_reached_waits_then_comes_back_for_review(qtbot, main_window, db, officer, clock):
    from datetime import timedelta

    wid = add_warning(db, officer, clock, minutes_ago=5)
    page = _page(main_window)
    page.open_warning(wid)
    outcome = OutcomeDialog(clock.now(), page.outcome_names, 120, page)
    outcome.set_outcome("unreachable")
    outcome.retry.setDateTime(clock.now() + timedelta(minutes=30))
    outcome._accept()
    assert page.record_outcome(outcome)
    assert get_warning(db, wid).status == "waiting"

    clock.advance(minutes=31)
    page.bring_back_for_review()             # (on the runner: at once with the tests' ImmediateRunner)
    w = get_warning(db, wid)
    assert (w.status, w.review_round) == ("review", 1)


def test_import_reports_bad_rows_and_saves_them_for_correction(qtbot, main_window, db, tmp_path):
    page = _page(main_window)
    dialog = page.import_dialog()
    assert not dialog.load_file(tmp_path / "missing.csv") and "cannot be read" in dialog.status.text()

    path = write_csv(tmp_path / "platform.csv", ROWS)
    assert dialog.load_file(path)
    assert dialog.mapping()["phone"] == "手机号" and dialog.start_button.isEnabled()
    dialog.set_column("phone", "")
    assert not dialog.start_button.isEnabled() and "Phone" in dialog.status.text()
    dialog.set_column("phone", "手机号")
    dialog.start()

    result = dialog.result
    assert (result.ok, result.bad, result.duplicate) == (3, 3, 1)
    assert dialog.rejects.rowCount() == 4 and dialog.rejects.item(0, 0).text() == "4"
    assert "3 imported" in dialog.status.text()
    assert page.count.text().startswith("3")

    # The mapping is remembered for the source, even with the columns in another order.
    moved = tmp_path / "next.csv"
    with moved.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(list(reversed(HEADER)))
    assert dialog.load_file(moved) and dialog.mapping()["phone"] == "手机号"


def test_new_warning_keeps_what_was_typed(qtbot, main_window, db, clock):
    page = _page(main_window)
    dialog = page.new_warning_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.person_name.setText("陈静")
    dialog.fraud_number.setText("+852 5555 1234")
    assert page.submit_new_warning(dialog) is None
    assert "12345" in dialog.message.text() and dialog.person_name.text() == "陈静"

    dialog.close()                                     # closed half-filled: the next form has it back
    again = page.new_warning_dialog()
    qtbot.addWidget(again)
    assert again.phone.text() == "12345" and again.person_name.text() == "陈静"
    again.phone.setText("138 0000 9999")
    wid = page.submit_new_warning(again)
    assert wid is not None and get_warning(db, wid).phone_e164 == "+8613800009999"
    assert page.warning_id == wid and "陈静" in page.detail.toPlainText()
    fresh = page.new_warning_dialog()
    qtbot.addWidget(fresh)
    assert fresh.phone.text() == ""


def test_import_runs_in_the_background_and_can_be_cancelled(qtbot, ctx, tmp_path):
    from console.ui.tasks import TaskRunner
    from console.ui.warnings.import_dialog import ImportDialog

    rows = [[f"B{i:06d}", f"139{i:08d}", "2026-11-25 13:00:00", "红色", "", "", "", "", ""] for i in range(40_000)]
    path = write_csv(tmp_path / "big.csv", rows)
    dialog = ImportDialog(ctx, TaskRunner(ctx.db_path))
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=20_000)    # the file is read in the background
    dialog.start()
    assert dialog.task is not None and not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    result = dialog.result
    assert result.cancelled and 0 < result.ok < 40_000
    assert ctx.db.execute("SELECT COUNT(*) FROM warnings").fetchone()[0] == result.ok
    assert "Cancelled" in dialog.status.text()


def test_callback_scripts_name_the_fraud_number_and_the_victims_station(qtbot, main_window, db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5, fraud_number="+852 5555 1234")
    page = _page(main_window)
    page.open_warning(wid)
    page.call_back()
    call = main_window.page("call")
    values = call._placeholder_values()
    assert values["fraud_number"] == get_warning(db, wid).fraud_number
    assert values["station"] == "the local police station"          # no ID typed yet: said plainly
    call.form.fields["caller.id_number"].setText("420902198503120028")
    station = db.execute("SELECT name FROM stations WHERE district_code = '420902' ORDER BY id LIMIT 1").fetchone()[0]
    assert call._placeholder_values()["station"] == station


def test_selection_and_actions_follow_what_the_filter_shows(qtbot, main_window, db, officer, clock):
    first = add_warning(db, officer, clock, minutes_ago=20, phone="13800001111", name="甲")
    second = add_warning(db, officer, clock, minutes_ago=10, phone="13900002222", name="乙")
    page = _page(main_window)
    assert page.warning_id == first and "甲" in page.detail.toPlainText()

    page.phone.setText("13900002222")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)                # applied as typed, after a pause
    assert page.warning_id == second and "乙" in page.detail.toPlainText()
    assert page.table.currentIndex().row() == 0

    page.phone.setText("13700009999")                                  # nobody: nothing to act on
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.warning_id is None and not any(b.isEnabled() for b in page.buttons.values())
    assert not page.take() and page.call_back() is None
    assert get_warning(db, first).holder_id is None and get_warning(db, second).holder_id is None
