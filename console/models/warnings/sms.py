"""Warning SMS: editable templates with placeholders, the outbox, and the CSV file for the SMS gateway.

Nothing here sends a message: the outbox is exported to a file the centre's SMS gateway picks up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock, parse_iso
from console.models.core.users import Permission, User, require
from console.models.warnings.readers import write_csv
from console.models.warnings.records import Warning, get_warning
from console.models.core.db import transaction

PLACEHOLDERS = ("name", "phone", "fraud_type", "fraud_number", "fraud_app", "date", "time")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
SEGMENT_CHARS = 70            # one SMS segment of Chinese text; longer ones go as 67-character parts
PART_CHARS = 67


@dataclass(frozen=True)
class SmsTemplate:
    id: int
    code: str
    name: str
    body: str
    fraud_type: str | None



def templates(db: Database, *, active_only: bool = True) -> list[SmsTemplate]:
    sql = "SELECT id, code, name, body, fraud_type FROM sms_templates"
    if active_only:
        sql += " WHERE active = 1"
    return [SmsTemplate(*r) for r in db.execute(sql + " ORDER BY id").fetchall()]


def template_for(db: Database, fraud_type: str | None) -> SmsTemplate | None:
    """The template written for the warning's fraud type, else the generic one."""
    items = templates(db)
    return (next((t for t in items if fraud_type and t.fraud_type == fraud_type), None)
            or next((t for t in items if t.fraud_type is None), None)
            or (items[0] if items else None))


def unknown_placeholders(body: str) -> list[str]:
    return [p for p in _PLACEHOLDER.findall(body) if p not in PLACEHOLDERS]


def save_template(db: Database, user: User, *, code: str, name: str, body: str, fraud_type: str | None = None,
                  clock: Clock | None = None) -> int:
    """Creates or edits a template (senior officers and up); unknown {placeholders} are refused."""
    require(user, Permission.EDIT_REFERENCE)
    bad = unknown_placeholders(body)
    if bad:
        raise ValueError(QCoreApplication.translate("WarningSms", "Unknown placeholder: %1").replace("%1", ", ".join("{" + b + "}" for b in bad)))
    if not body.strip() or not name.strip() or not code.strip():
        raise ValueError(QCoreApplication.translate("WarningSms", "A template needs a code, a name and a text."))
    old = db.execute("SELECT id, name, body, fraud_type FROM sms_templates WHERE code = ?", [code]).fetchone()
    with transaction(db):
        if old is None:
            tid = db.execute("INSERT INTO sms_templates (code, name, body, fraud_type) VALUES (?, ?, ?, ?)",
                             [code, name, body, fraud_type]).lastrowid
            audit.record(db, user, "insert", "sms_templates", tid,
                         audit.diff(None, {"code": code, "name": name, "body": body, "fraud_type": fraud_type}),
                         clock=clock)
            return tid
        db.execute("UPDATE sms_templates SET name = ?, body = ?, fraud_type = ? WHERE id = ?",
                   [name, body, fraud_type, old[0]])
        audit.record(db, user, "update", "sms_templates", old[0],
                     audit.diff({"name": old[1], "body": old[2], "fraud_type": old[3]},
                                {"name": name, "body": body, "fraud_type": fraud_type}), clock=clock)
        return old[0]


def fill(body: str, values: dict[str, str]) -> str:
    """The template with its placeholders filled; an empty value leaves no gap ('{name}您好' -> '您好')."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def values_for(db: Database, w: Warning) -> dict[str, str]:
    ftype = db.execute("SELECT name FROM fraud_types WHERE code = ?", [w.fraud_type]).fetchone()
    received = parse_iso(w.received_at)
    return {"name": w.person_name, "phone": w.phone_raw, "fraud_type": ftype[0] if ftype else "",
            "fraud_number": w.fraud_number, "fraud_app": w.fraud_app,
            "date": f"{received.month}月{received.day}日", "time": received.strftime("%H:%M")}


def preview(db: Database, warning_id: int, template: SmsTemplate) -> str:
    w = get_warning(db, warning_id)
    return fill(template.body, values_for(db, w)) if w else template.body


def segments(text: str) -> int:
    n = len(text)
    return 0 if n == 0 else 1 if n <= SEGMENT_CHARS else -(-n // PART_CHARS)


def queue_sms(db: Database, user: User, warning_id: int, body: str, *, clock: Clock,
              template_code: str | None = None) -> int:
    """Puts the warning SMS in the outbox and notes on the warning that it went out."""
    require(user, Permission.HANDLE_CALLS)
    w = get_warning(db, warning_id)
    if w is None:
        raise ValueError(QCoreApplication.translate("WarningSms", "This warning no longer exists."))
    text = body.strip()
    if not text:
        raise ValueError(QCoreApplication.translate("WarningSms", "The message is empty."))
    left = _PLACEHOLDER.findall(text)
    if left:
        raise ValueError(QCoreApplication.translate("WarningSms", "Fill or remove the placeholder: %1").replace("%1", "{" + left[0] + "}"))
    if not w.phone_e164:
        raise ValueError(QCoreApplication.translate("WarningSms", "This warning has no valid phone number."))
    now = clock.now_iso()
    with transaction(db):
        sid = db.execute("INSERT INTO sms_outbox (warning_id, phone_e164, template_code, body, created_at, "
                         "created_by) VALUES (?, ?, ?, ?, ?, ?)",
                         [warning_id, w.phone_e164, template_code, text, now, user.id]).lastrowid
        db.execute("UPDATE warnings SET sms_sent_at = ?, first_contact_at = COALESCE(first_contact_at, ?), "
                   "updated_at = ? WHERE id = ?", [now, now, now, warning_id])
        audit.record(db, user, "insert", "sms_outbox", sid,
                     {"warning_id": (None, warning_id), "template_code": (None, template_code), "body": (None, text)},
                     clock=clock)
    return sid


def pending_count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM sms_outbox WHERE exported_at IS NULL").fetchone()[0]


GATEWAY_HEADER = ["id", "phone", "content", "created_at", "warning_id"]


def export_outbox(db: Database, user: User, directory: Path, *, clock: Clock) -> Path | None:
    """Writes every message not yet exported to a CSV file for the SMS gateway; None when there is none."""
    require(user, Permission.HANDLE_CALLS)
    rows = db.execute("SELECT id, phone_e164, body, created_at, warning_id FROM sms_outbox "
                      "WHERE exported_at IS NULL ORDER BY id").fetchall()
    if not rows:
        return None
    now = clock.now()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"sms-outbox-{now:%Y%m%d-%H%M%S}.csv"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"sms-outbox-{now:%Y%m%d-%H%M%S}-{n}.csv"
    # Written first, marked after: a crash in between exports the messages again, never loses one.
    write_csv(path, GATEWAY_HEADER, [[str(r[0]), r[1], r[2], r[3], "" if r[4] is None else str(r[4])]
                                     for r in rows])
    ids = [r[0] for r in rows]
    with transaction(db):
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            db.execute(f"UPDATE sms_outbox SET exported_at = ?, export_file = ? WHERE id IN ({','.join('?' * len(part))})",
                       [clock.now_iso(), path.name, *part])
        audit.record(db, user, "export", "sms_outbox", path.name, {"messages": (None, len(ids))}, clock=clock)
    return path
