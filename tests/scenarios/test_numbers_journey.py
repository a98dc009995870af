"""Journey: a scammer's number reported in one form calls in written another way; the officer types it as
it shows on the phone (fullwidth, brackets) and the console knows it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView

from console.models.warnings.handling import create_warning
from tests.journey import Person


def test_known_fraud_number_recognised_in_another_form(qtbot, journey_window, db, officer, clock):
    at = clock.now().strftime("%Y-%m-%d %H:%M")
    wid = create_warning(db, officer, clock=clock, phone="13800000001", received_at=at, level="红色",
                         fraud_number="00852-6123-4567")
    person = Person(qtbot, pace_s=0.03)
    person.shortcut("Ctrl+1")
    person.shortcut("Ctrl+N")                       # the number box of the live call page
    person.type("＋８５２（６１２３）４５６７")        # as a phone's screen in fullwidth shows it
    person.key(Qt.Key.Key_Return)
    risks = journey_window.findChild(QLabel, "riskHints")
    header = risks.parent()
    known = header.tr("Already in our records as a fraud number")
    person.qtbot.waitUntil(lambda: known in risks.text(), timeout=5000)
    history = journey_window.findChild(QListView, "callerHistory")
    person.qtbot.waitUntil(lambda: history.model().rowCount() == 1, timeout=5000)
    assert "00852-6123-4567" in history.model().index(0, 0).data()
    assert db.execute("SELECT caller_raw, caller_e164 FROM calls").fetchall() == [("＋８５２（６１２３）４５６７", "+85261234567")]
    assert db.execute("SELECT warning_id FROM fraud_numbers WHERE number_key = '+85261234567'").fetchall() == [(wid,)]
