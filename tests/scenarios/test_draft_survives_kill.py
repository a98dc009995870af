"""A console killed mid-call loses at most the last keystrokes: the draft comes back on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from console.models.settings import Settings

WRITER = textwrap.dedent("""
    import sys, time
    from console.models.db import connect
    from console.models.users import get_user_by_name
    from console.models import calls, drafts
    from console.models.call_source import manual_call
    from console.models.clock import Clock
    db = connect(sys.argv[1]); user = get_user_by_name(db, "officer"); clock = Clock()
    cid = calls.start_call(db, user, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    text = "受害人称对方冒充公安局要求转账到安全账户"
    for i in range(1, 10_000):
        form["notes"] = text[: i % len(text) + 1] + f" #{i}"
        drafts.save_draft(db, "call", str(cid), user.id, form, clock.now_iso())
        print(i, flush=True)
        time.sleep(0.01)
""")


def test_killed_writer_leaves_a_draft_the_page_restores(qtbot, db_path, db, officer, runner, clock, private_home):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True,
                            cwd=os.getcwd(), env={**os.environ, "PYTHONPATH": os.getcwd()})
    last = 0
    deadline = time.time() + 20
    while last < 20 and time.time() < deadline:
        last = int(proc.stdout.readline().split()[0])
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert last >= 20

    s = Settings()
    s.ring_port = 0
    s.save()
    from console.models.context import AppContext
    from console.ui.main_window import MainWindow

    window = MainWindow(AppContext(db_path=db_path, db=db, user=officer, clock=clock), Settings.load(), runner)
    qtbot.addWidget(window)
    page = window.page("call")
    notes = page.form.notes.toPlainText()
    n = int(notes.rsplit("#", 1)[1])
    assert n >= last                 # every draft the writer reported as written is there
    assert page.call_id is not None and "138 0000 1234" in page.header.number.text()
