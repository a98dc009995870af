"""Stop-payment: the officer's actions from the end of data entry to an issued request, and its timings."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from console.models.stoppay import requests as stoppay
from console.models.core.clock import Clock
from console.models.core.db import connect
from console.models.stoppay.export import export_rows, form_html, write_csv, write_xlsx
from console.models.core.users import get_user_by_name
from console.models.core.db import transaction

# Counted from tests/scenarios/test_investment_victim_500k.py: "stop-payment" on the call, then "issue".
ACTIONS_FROM_CALL_TO_ISSUED = 2


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    row = db.execute("SELECT c.id FROM calls c JOIN call_transfers t ON t.call_id = c.id "
                     "WHERE c.call_type = 'stop_payment' ORDER BY c.id DESC LIMIT 1").fetchone()
    user = get_user_by_name(db, "officer")
    if row is None or user is None:
        return {}
    clock = Clock()
    out = Path(tempfile.mkdtemp(prefix="bench-stoppay-"))
    creates, exports, html = [], [], ""
    for _ in range(5):   # the first commit of a reused file may copy a large WAL left by an earlier run
        t0 = time.perf_counter()
        rid = stoppay.create_request_from_call(db, user, row[0], clock=clock)
        creates.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        rows = export_rows(db, rid)
        write_xlsx(rows, out / "r.xlsx")
        write_csv(rows, out / "r.csv")
        html = form_html(db, rid)
        exports.append((time.perf_counter() - t0) * 1000)
        with transaction(db):   # leave the reusable database as it was (the audit rows stay: append-only)
            db.execute("DELETE FROM stop_requests WHERE id = ?", [rid])
    db.conn.close()
    create_ms, export_ms = sorted(creates)[2], sorted(exports)[2]
    return {"stoppay_actions": ACTIONS_FROM_CALL_TO_ISSUED, "stoppay_create_ms": round(create_ms, 1),
            "stoppay_export_ms": round(export_ms, 1), "stoppay_form_chars": len(html),
            "stoppay_create_max_ms": round(max(creates), 1)}
