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
    person.shortcut("Alt+N")
    person.type("对方自称公安局民警，说我涉嫌洗钱，要把钱转到安全账户")
    person.wait_until(page.form.suggestion.isVisible)
    person.click(page.form.suggestion)
    text = page.side.scripts.toPlainText()
    assert text.strip(), "scripts are shown for the fraud type"
    assert "【" not in text or all(code not in text for code in ("【name】", "【amount】", "【station】",
                                                                "【suspect_account】"))
    assert "name" not in text and "amount" not in text
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围：", "Qt's own dialogs speak Chinese"


@pytest.fixture
def earlier_case(db, officer, clock):
    """An earlier call from 13971234567 with a suspect account, and its stop-payment draft."""
    from console.models.calls import records as calls
    from console.models.stoppay import requests as stoppay
    from console.models.calls.source import manual_call

    clock.advance(days=-3)
    incoming = manual_call("13971234567")
    cid = calls.start_call(db, officer, incoming, clock=clock)
    form = calls.empty_form(incoming)
    form["notes"] = "上次来电，已转账"
    form["accounts"] = [{"role": "suspect", "number": "6217001234567890122", "kind": "bank_card", "holder": "李强"}]
    calls.save_call(db, officer, cid, form, clock=clock)
    calls.close_call(db, officer, cid, clock=clock)
    stoppay.create_request_from_call(db, officer, cid, clock=clock)
    clock.advance(days=3)
    return cid


def test_history_and_lookup_say_states_in_chinese(qtbot, chinese, earlier_case, journey_window):
    """15.12: the caller history read "suspect · 6217…" and the lookup "draft · 0.00"."""
    person = Person(qtbot, pace_s=0.02)
    call = journey_window.page("call")
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")
    person.wait_until(lambda: call.side.history_model.rowCount() > 0)
    history = [call.side.history_model.data(call.side.history_model.index(r, 0))
               for r in range(call.side.history_model.rowCount())]
    assert any("涉案账户" in h for h in history), history
    assert not any("suspect" in h for h in history)

    person.shortcut("Ctrl+K")
    person.type("13971234567")
    lookup = journey_window.page("lookup")
    person.wait_until(lambda: "草稿" in _all_texts(lookup.model), timeout_ms=5000)
    assert "draft" not in _all_texts(lookup.model)
    # Searches typed as-you-go may still be on their way: let them land before the window goes.
    journey_window.runner.pool.waitForDone(10_000)
    person.wait(300)


def _all_texts(model) -> str:
    out = []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            for c in range(model.columnCount(parent)):
                index = model.index(r, c, parent)
                out.append(str(model.data(index) or ""))
            walk(model.index(r, 0, parent))

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return "\n".join(out)
