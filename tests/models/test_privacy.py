"""Victims' ID and card numbers stay masked where they are shown in lists and wherever they are logged;
a database file other users can read is made private at start."""

from __future__ import annotations

import pytest

import logging
import stat

from console import logs
from console.models.calls import records as calls
from console.models.lookup import search as lookup
from console.models.calls.source import manual_call
from console.models.calls.history import caller_history
from console.models.core.paths import check_private, log_dir

ID = "110101199003074518"
CARD = "6222021234567890123"
NOTES = f"受害人身份证{ID}，银行卡{CARD}，被冒充客服骗走三万元"


pytestmark = pytest.mark.sqlite_only("the SQLite file's permissions (a server's data lives in its cluster)")


def _call_with_sensitive_notes(db, officer, clock) -> int:
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    form["notes"] = NOTES
    calls.save_call(db, officer, cid, form, clock=clock)
    return cid


def test_lookup_results_and_history_mask_numbers_from_notes(db, officer, clock):
    # Before: the full ID and card number from the notes were in the result snippet and the history panel.
    cid = _call_with_sensitive_notes(db, officer, clock)
    for query in ("冒充客服", "受害人身份证", "13800001234"):
        hits = lookup.search(db, query).groups.get("call", [])
        assert [h.record_id for h in hits] == [cid], query          # matching still works
        shown = hits[0].title + hits[0].detail
        assert ID not in shown and CARD not in shown and "1101**********4518" in shown
    items = caller_history(db, "+8613800001234")
    summary = " ".join(i.summary for i in items)
    assert items and ID not in summary and ID[:4] in summary
    assert calls.load_form(db, cid)["notes"] == NOTES                  # the record itself keeps the numbers


def test_tracebacks_in_the_log_are_masked(private_home):
    # Before: the filter masked the message only; the traceback quoted the card number in clear.
    path = logs.setup_logging()
    log = logging.getLogger("console.test_privacy")
    try:
        try:
            raise ValueError(f"bad account {CARD} of {ID}")
        except ValueError:
            log.exception("saving failed for %s", CARD)
        log.warning("stack", stack_info=True, extra={"x": ID})
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                handler.close()
                logging.getLogger().removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert "ValueError: bad account 6222***********0123 of 1101**********4518" in text
    assert CARD not in text and ID not in text
    assert path.parent == log_dir()


def test_a_database_others_can_read_is_made_private(db_path, caplog):
    # Before: a 0644 database opened without a word.
    db_path.chmod(0o644)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"")
    wal.chmod(0o664)
    with caplog.at_level(logging.WARNING):
        message = check_private(db_path)
    assert message and str(db_path) in message
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600 and stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert "readable by other users" in caplog.text
    assert check_private(db_path) is None                               # said once, then all is well
