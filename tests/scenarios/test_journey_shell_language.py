"""Journey for 15.12 in the Chinese interface: no codes or English where the officer reads Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.journey import Person


@pytest.fixture
def chinese(qapp):
    from console.ui.i18n import install_translators

    translators = install_translators(qapp, "zh")
    yield
    for t in translators:
        QApplication.removeTranslator(t)


def test_the_opening_line_is_said_without_an_unknown_name(qtbot, chinese, journey_window):
    """15.12: a script read 【name】 aloud when the caller had not given a name; a missing amount showed the code
    【amount】. The sentence now goes without the name; other missing details show in Chinese."""
    person = Person(qtbot, pace_s=0.03)
    page = journey_window.page("call")
    person.shortcut("Ctrl+N")
    person.type("13800001234\n")
    person.type("对方自称公安局民警，说我涉嫌洗钱，要把钱转到安全账户")
    person.wait_until(page.form.suggestion.isVisible)
    person.click(page.form.suggestion)
    text = page.side.scripts.toPlainText()
    assert text.strip(), "scripts are shown for the fraud type"
    assert "【" not in text or all(code not in text for code in ("【name】", "【amount】", "【station】",
                                                                "【suspect_account】"))
    assert "name" not in text and "amount" not in text
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围：", "Qt's own dialogs speak Chinese"
