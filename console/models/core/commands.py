"""The command bar's language: one line such as `zf`, `cb 30m`, `pc 孝南`, `log 已劝阻`, `find 6222…`, parsed
into a command and carried out on the case in hand (a warning, a call, a stop-payment request)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.models.core.users import Permission, User, require

# code -> what it does (English source; the UI translates it in the "Commands" context)
CODES = {
    "zf": QT_TRANSLATE_NOOP("Commands", "Emergency stop-payment for this call"),
    "cb": QT_TRANSLATE_NOOP("Commands", "Call back in … (e.g. cb 30m, cb 2h)"),
    "pc": QT_TRANSLATE_NOOP("Commands", "Dispatch to a station (e.g. pc 孝南书院)"),
    "log": QT_TRANSLATE_NOOP("Commands", "A note on the current case"),
    "find": QT_TRANSLATE_NOOP("Commands", "Look up a number, name or case"),
    "ladder": QT_TRANSLATE_NOOP("Commands", "Start the escalation ladder"),
}


class CommandError(ValueError):
    """A command line that cannot be carried out; the message says why (translated)."""


def describe(code: str) -> str:
    return QCoreApplication.translate("Commands", CODES[code])


@dataclass(frozen=True)
class Command:
    code: str
    arg: str


def parse(line: str) -> Command:
    """The code (lower case) and the rest of the line; '/zf' and 'zf' are the same."""
    text = line.strip().lstrip("/").strip()
    code, _, arg = text.partition(" ")
    return Command(code.lower(), arg.strip())


def parse_minutes(text: str) -> int:
    """'30m', '30', '2h', '1h30m', '90分钟', '2小时' -> minutes."""
    t = text.strip().lower().replace("分钟", "m").replace("分", "m").replace("小时", "h").replace(" ", "")
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m?)?", t)
    if not t or m is None or not (m.group(1) or m.group(2)):
        raise CommandError(QCoreApplication.translate("Commands", "Say when, e.g. cb 30m or cb 2h."))
    minutes = int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    if minutes <= 0:
        raise CommandError(QCoreApplication.translate("Commands", "Say when, e.g. cb 30m or cb 2h."))
    return minutes


def match_station(db: Database, text: str) -> tuple[int, str]:
    """The one active station whose name (or district's name) contains the text."""
    needle = text.strip()
    if not needle:
        raise CommandError(QCoreApplication.translate("Commands", "Name the station, e.g. pc 孝南."))
    rows = db.execute("SELECT s.id, s.name FROM stations s LEFT JOIN districts d ON d.code = s.district_code "
                      "WHERE s.active = 1 AND (instr(s.name, ?) > 0 OR instr(coalesce(d.name, ''), ?) > 0) "
                      "ORDER BY s.name", [needle, needle]).fetchall()
    exact = [r for r in rows if needle in r[1]]
    rows = exact or rows
    if not rows:
        raise CommandError(QCoreApplication.translate("Commands", "No station matches “%1”.").replace("%1", needle))
    if len(rows) > 1:
        raise CommandError(QCoreApplication.translate("Commands", "Several stations match “%1”: %2").replace("%1", needle)
                           .replace("%2", "、".join(r[1] for r in rows[:6])))
    return rows[0][0], rows[0][1]


def station_names(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM stations WHERE active = 1 ORDER BY name")]


def callback_time(clock: Clock, text: str):
    return clock.now() + timedelta(minutes=parse_minutes(text))


def note_on_request(db: Database, user: User, request_id: int, text: str, *, clock: Clock) -> None:
    """A note on a stop-payment request (its notes column), with its audit row."""
    require(user, Permission.HANDLE_CALLS)
    if not text.strip():
        raise CommandError(QCoreApplication.translate("Commands", "Write the note after log."))
    with transaction(db):          # read under the write lock: two seats' notes at once both stay
        old = db.execute("SELECT notes FROM stop_requests WHERE id = ?", [request_id]).fetchone()
        if old is None:
            raise CommandError(QCoreApplication.translate("Commands", "There is no case in hand for the note."))
        notes = f"{old[0]}\n{text.strip()}".strip()
        db.execute("UPDATE stop_requests SET notes = ?, updated_at = ? WHERE id = ?",
                   [notes, clock.now_iso(), request_id])
        audit.record(db, user, "update", "stop_requests", request_id, {"notes": (old[0], notes)}, clock=clock)
