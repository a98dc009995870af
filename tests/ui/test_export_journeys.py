"""Journeys through the real window: a stop-payment issued into a folder that fails half-way stays a draft
with no file left, is issued once the folder is fixed, and its files are written again with "Export again";
a platform file with a stray quote, an unknown column and a spreadsheet-mangled number is imported from the
warnings page with every row accounted for."""

from __future__ import annotations

import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton, QTableView, QTableWidget

from console.models.stoppay import requests as stoppay
from tests.journey import Person, no_error_boxes
from tests.models.test_import_files import row, write_rows
from tests.models.test_stoppay_export import draft_request


# Qt's file dialog pops up its name completer while a path is typed; the offscreen plugin says this of it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def _answer_file_dialog(person: Person, path) -> callable:
    """A person in Qt's file dialog: types the path where the focus is (the name box) and presses Enter."""
    def handle(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        # A person waits for the name box to take the keys (on a busy machine the first "/" was lost before).
        person.wait_until(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                          and QApplication.focusWidget().window() is dialog, timeout_ms=5_000)
        person.type(str(path))
        # The name completer may pop up and take the first Enter (it appears when the machine is busy);
        # a person presses Enter again until the dialog closes.
        for _ in range(10):
            person.key(Qt.Key.Key_Return)
            person.wait(300)
            if not dialog.isVisible():
                return
        dialog.reject()                       # never hang the suite: the journey's checks then fail
    return handle


def _click_row(qtbot, view: QTableView, row_index: int) -> None:
    rect = view.visualRect(view.model().index(row_index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_issue_into_a_failing_folder_then_issue_and_export_again(qtbot, journey_window, ctx, tmp_path):
    db, officer, clock = ctx.db, ctx.user, ctx.clock
    rid, _ = draft_request(db, officer, clock)
    no = db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [rid]).fetchone()[0]
    bad = tmp_path / "shared-drive"
    bad.mkdir()
    (bad / f"{no}.csv").mkdir()                    # something squats the CSV's name
    journey_window.ctx.settings.set("export_dir", str(bad))
    good = tmp_path / "exports"
    good.mkdir()

    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+4")
    page = journey_window.page("stoppay")
    _click_row(qtbot, page.list_view, 0)
    person.wait_until(lambda: page.request_id == rid and page.issue_button.isEnabled())
    person.shortcut("Ctrl+Shift+I")
    problems = page.findChild(QLabel, "requestProblems")
    person.wait_until(lambda: "Not issued" in problems.text())
    assert str(bad) in problems.text()
    assert stoppay.load_form(db, rid) and db.execute(
        "SELECT status FROM stop_requests WHERE id = ?", [rid]).fetchone() == ("draft",)
    assert [p.name for p in bad.iterdir()] == [f"{no}.csv"]          # no 0-byte PDF, no XLSX, no temp file

    person.when_dialog(_answer_file_dialog(person, good))          # the failed folder is asked for again
    person.shortcut("Ctrl+Shift+I")
    person.wait_until(lambda: db.execute("SELECT status FROM stop_requests WHERE id = ?", [rid]).fetchone()
                      == ("issued",), timeout_ms=20_000)
    files = sorted(good.iterdir())
    assert [p.name for p in files] == [f"{no}.csv", f"{no}.pdf", f"{no}.xlsx"]
    assert all(p.stat().st_size > 0 and stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)

    for p in files:
        p.unlink()                                # lost on the way to the bank
    again = page.findChild(QPushButton, "exportAgainButton")
    person.click(again)
    person.wait_until(lambda: len(list(good.iterdir())) == 3)
    assert (good / f"{no}.pdf").read_bytes().startswith(b"%PDF")
    assert PdfReader(str(good / f"{no}.pdf")).metadata.title == "紧急止付申请表"     # the form's name, not a case's
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'export' AND record_id = ?",
                      [str(rid)]).fetchone()[0] == 1
    assert not no_error_boxes()


def test_import_a_difficult_platform_file_from_the_warnings_page(qtbot, journey_window, ctx, tmp_path):
    header = ["预警编号", "手机号", "预警时间", "预警等级", "诈骗类型", "姓名", "所属辖区", "涉诈号码", "涉诈APP",
              "处置时限"]
    rows = [row(i) + ["24小时"] for i in range(1, 41)]
    rows[9][1] = "85291234567"                     # +852 9123 4567 after a spreadsheet
    rows[19][4] = "新型诈骗"
    path = write_rows(tmp_path / "platform.csv", rows, header=header)
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    lines[30] = lines[30].replace("W00030,", 'W00030,"', 1)       # a quote never closed on line 31
    path.write_text("".join(lines), encoding="utf-8-sig")

    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+2")
    page = journey_window.page("warnings")
    person.click(page.findChild(QPushButton, "importWarningsButton"))
    dialog = page.findChild(QLabel, "importStatus").window()
    person.when_dialog(_answer_file_dialog(person, path))
    person.click(dialog.findChild(QPushButton, "importChoose"))
    start = dialog.findChild(QPushButton, "importStart")
    person.wait_until(start.isEnabled, timeout_ms=20_000)
    status = dialog.findChild(QLabel, "importStatus")
    assert "处置时限" in status.text()                 # the unknown column is named, not dropped silently
    person.click(start)
    person.wait_until(lambda: dialog.result is not None, timeout_ms=30_000)

    result = dialog.result
    assert (result.total, result.ok, result.bad) == (40, 38, 2)
    assert "新型诈骗" in status.text()
    table = dialog.findChild(QTableWidget, "importRejects")
    shown = [(table.item(i, 0).text(), table.item(i, 2).text()) for i in range(table.rowCount())]
    assert shown == [("11", lines[10].rstrip("\r\n")), ("31", lines[30].rstrip("\r\n"))]
    assert ctx.db.execute("SELECT count(*) FROM warnings").fetchone()[0] == 38
    assert not no_error_boxes()
    dialog.close()
