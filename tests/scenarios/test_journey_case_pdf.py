"""Journey: an officer finds a caller's case with Ctrl+K and saves it as a PDF for the file. The PDF is titled as
the case (it used to say 紧急止付申请表, the stop-payment form's name, in its properties) and, like every
export, is readable by the officer's account only."""

from __future__ import annotations

import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.journey import Person, no_error_boxes
from tests.scenarios.test_journey_lookup import _call, current

# Qt's file dialog pops up its name completer while a path is typed; the offscreen plugin says this of it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def _save_as(person: Person, path) -> callable:
    """A person in Qt's save dialog: clears the proposed name, types the path, presses Enter until it closes."""
    def handle(dialog) -> None:
        person.wait_until(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                          and QApplication.focusWidget().window() is dialog, timeout_ms=5_000)
        person.key(Qt.Key.Key_Backspace)
        person.type(str(path))
        for _ in range(10):     # the name completer may take the first Enter
            person.key(Qt.Key.Key_Return)
            person.wait(300)
            if not dialog.isVisible():
                return
        dialog.reject()
    return handle


def test_a_case_saved_as_pdf_is_titled_as_the_case(qtbot, journey_window, db, officer, clock, tmp_path):
    _call(db, officer, clock, "13800001234", "对方自称客服，要求转账退款", name="何敏")
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("lookup")

    person.shortcut("Ctrl+K")
    person.type("13800001234")
    person.wait_until(lambda: page.result_count("person") == 1)
    person.key(Qt.Key.Key_Down)
    while (current(page) or ("",))[0] != "person":
        person.key(Qt.Key.Key_Down)
    person.key(Qt.Key.Key_Return)
    assert "何敏" in page.case_view.toPlainText()

    target = tmp_path / "case-he-min.pdf"
    person.when_dialog(_save_as(person, target))
    person.click(page.print_button)
    person.wait_until(target.exists)

    pdf = PdfReader(str(target))
    title = pdf.metadata.title
    assert title.startswith(QCoreApplication.translate("LookupPage", "Case: %1").replace("%1", "何敏"))
    assert "紧急止付申请表" not in title
    assert "何敏" in pdf.pages[0].extract_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("case-he-min")] == [target.name]
    assert not no_error_boxes()
