"""A console killed mid-call loses at most the last second of typing: the draft comes back on restart.

The console runs as its own process and is typed into continuously, with no pause (an input method
committing two characters every 0.3 s, 36 characters in about 5.5 s), then killed with SIGKILL. Saving only
after a pause in typing lost all 36 characters; the autosave now also saves at least once a second. After the
restart the page says that it restored the call, and suggests the fraud type again from the notes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

from console.models.core.settings import SettingsStore

NOTES = "对方自称公安局民警说我涉嫌洗钱案件要求把钱转到安全账户配合调查否则冻结名下所有银行卡"[:36]

CONSOLE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from console.app import make_application
    from console.models.calls.source import manual_call
    from console.models.core.clock import Clock
    from console.models.core.context import AppContext
    from console.models.core.db import connect
    from console.models.core.users import get_user_by_name
    from console.ui.main_window import MainWindow

    app = make_application("zh")
    db = connect(sys.argv[1])
    window = MainWindow(AppContext(db_path=sys.argv[1], db=db, user=get_user_by_name(db, "officer"), clock=Clock()))
    window.show()
    window.activateWindow()
    QTest.qWait(300)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_N, Qt.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "13971234567")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_N, Qt.AltModifier)       # to the notes
    print("typing", QApplication.focusWidget().objectName(), flush=True)
    text = sys.argv[2]
    for i in range(0, len(text), 2):
        event = QInputMethodEvent()
        event.setCommitString(text[i:i + 2])
        QCoreApplication.sendEvent(QApplication.focusWidget(), event)
        print("typed", i + 2, flush=True)
        QTest.qWait(300)
    QTest.qWait(60_000)     # killed before this ends
""")


def test_continuous_typing_survives_kill(qtbot, db_path, db, officer, runner, clock, private_home):
    SettingsStore().set("ring_port", 0)
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen",
           "HOTLINE_CONSOLE_HOME": str(private_home)}
    proc = subprocess.Popen([sys.executable, "-c", CONSOLE, str(db_path), NOTES], stdout=subprocess.PIPE,
                            text=True, env=env)
    typed = 0
    started = None
    deadline = time.time() + 60
    try:
        while typed < len(NOTES) and time.time() < deadline:
            line = proc.stdout.readline()
            assert line, "the console stopped before typing ended"
            if line.startswith("typing"):
                assert line.split()[1] == "callNotes"
                started = time.time()
            elif line.startswith("typed"):
                typed = int(line.split()[1])
    finally:
        proc.send_signal(signal.SIGKILL)      # at once after the last characters: no pause, no clean exit
        proc.wait()
    burst = time.time() - started
    assert typed == len(NOTES) and burst > 5, burst

    draft = json.loads(db.execute("SELECT payload FROM drafts WHERE kind = 'call'").fetchone()[0])
    saved = draft["notes"]
    assert NOTES.startswith(saved)
    assert len(saved) >= len(NOTES) - 8, (len(saved), saved)   # at most the last second (0.3 s per 2 chars)

    from console.models.core.context import AppContext
    from console.ui.main_window import MainWindow

    window = MainWindow(AppContext(db_path=db_path, db=db, user=officer, clock=clock), runner)
    qtbot.addWidget(window)
    window.show()
    page = window.page("call")
    assert page.call_id is not None and "139 7123 4567" in page.header.number.text()
    assert page.form.notes.toPlainText() == saved
    assert page.notice.isVisible() and ("恢复" in page.notice.text() or "Restored" in page.notice.text())
    assert page.form.suggestion.isVisible() and "冒充公检法" in page.form.suggestion.text()
    print(f"\n36 characters typed in {burst:.1f} s without a pause; {len(saved)} came back after kill -9")
