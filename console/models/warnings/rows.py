"""Checks one warning row (imported or typed): phone, time, level, type, district; builds its dedupe key.

Lookups of levels, fraud types and districts are prepared once in dicts; phones and fraud numbers are
normalised by console.models.core.numbers, whose fast paths keep a year's file (330,000 rows) off phonenumbers
for the common forms. The dedupe key compares the fraud number's normal form, never its digits as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core.numbers import CN_MOBILE, account_name_key, fraud_number_key, phone_e164

# A platform clock a few minutes ahead is normal; a warning from tomorrow is a typo.
FUTURE_TOLERANCE = timedelta(minutes=10)


def fast_e164(text: str) -> str | None:
    """E.164 of a valid phone number, or None; mainland mobiles never reach phonenumbers (numbers.py)."""
    return phone_e164(text, valid_only=True)


_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y%m%d%H%M%S", "%Y%m%d %H:%M:%S")


def parse_time(text: str) -> datetime | None:
    """'2026-11-25 14:03:07', '2026/11/25 14:03', '20261125140307', '2026年11月25日 14:03' ..."""
    t = text.strip()
    if not t or (":" not in t and "时" not in t and not (t.isdigit() and len(t) == 14)):
        return None     # a date alone gives no deadline
    try:
        return datetime.fromisoformat(t).replace(microsecond=0, tzinfo=None)
    except ValueError:
        pass
    t = (t.replace("/", "-").replace("T", " ").replace("年", "-").replace("月", "-")
         .replace("日", " ").replace("时", ":").replace("分", ":").rstrip(":秒 "))
    t = " ".join(t.split())
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(t, fmt)
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class RowProblem:
    code: str            # missing_phone | bad_phone | missing_time | bad_time | future_time | missing_level |
    message: str         # bad_level | duplicate


class CheckedRow(NamedTuple):
    """A row ready to insert (a tuple: 330,000 of them are built per import)."""

    dedupe_key: str
    external_id: str | None
    received_at: str
    deadline_at: str
    level: str
    fraud_type: str | None
    phone_raw: str
    phone_e164: str
    person_name: str
    district_code: str | None
    fraud_number: str
    fraud_app: str
    notes: str
    fraud_number_key: str    # the fraud number's normal form (numbers.fraud_number_key); '' when none


def _messages() -> dict[str, str]:
    return {
        "missing_phone": QCoreApplication.translate("WarningRows", "No phone number."),
        "bad_phone": QCoreApplication.translate("WarningRows", "Not a valid phone number: %1"),
        "missing_time": QCoreApplication.translate("WarningRows", "No time received."),
        "bad_time": QCoreApplication.translate("WarningRows", "Not a time: %1 (write e.g. 2026-11-25 14:03)."),
        "future_time": QCoreApplication.translate("WarningRows", "The time received is in the future: %1"),
        "missing_level": QCoreApplication.translate("WarningRows", "No warning level."),
        "bad_level": QCoreApplication.translate("WarningRows", "Unknown warning level: %1 (red, orange or yellow)."),
        "duplicate": QCoreApplication.translate("WarningRows", "Already imported (same warning number, or same phone, time and fraud number)."),
        "unknown_fraud_type": QCoreApplication.translate("WarningRows", "Fraud type in the file: %1"),
    }


def dedupe_key(e164: str, received_iso: str, fraud_key: str, fraud_app: str) -> str:
    """The identity of a warning without a platform number: the victim's phone, the time, and the fraud
    number's normal form (or the app's folded name), so '+44 …' and '0044 …' are one warning."""
    return f"p:{e164}|{received_iso}|{fraud_key or account_name_key(fraud_app)}"


def _strip_suffixes(name: str, suffixes: tuple[str, ...]) -> str:
    for s in suffixes:
        if name.endswith(s) and len(name) > len(s):
            return name[: -len(s)]
    return name


class RowChecker:
    """Built once per import (or per form), then used for every row; holds no connection."""

    def __init__(self, db: Database, *, source: str, now: datetime):
        self.source = source
        self.latest = now + FUTURE_TOLERANCE
        self.messages = _messages()
        self.levels: dict[str, tuple[str, int]] = {}
        for code, name, name_en, minutes in db.execute(
                "SELECT code, name, name_en, deadline_minutes FROM warning_levels").fetchall():
            short = re.split(r"[（(]", name)[0]
            inner = re.findall(r"[（(](.*?)[)）]", name) + re.findall(r"[（(](.*?)[)）]", name_en)
            for alias in (code, name, name_en, short, short.removesuffix("色"), *inner,
                          re.split(r"[（(]", name_en)[0]):
                if alias.strip():
                    self.levels[alias.strip().lower()] = (code, minutes)
        self.fraud_types: dict[str, str] = {}
        for code, name, name_en in db.execute("SELECT code, name, name_en FROM fraud_types").fetchall():
            for alias in (code, name, name_en, _strip_suffixes(name, ("诈骗", "类"))):
                if alias:
                    self.fraud_types[alias.lower()] = code
        self.districts: dict[str, str] = {}
        for code, name, name_en in db.execute("SELECT code, name, name_en FROM districts").fetchall():
            for alias in (code, name, name_en, _strip_suffixes(name, ("区", "市", "县"))):
                if alias:
                    self.districts[alias.lower()] = code

    def fraud_type_code(self, text: str) -> str | None:
        t = text.strip().lower()
        if not t:
            return None
        return self.fraud_types.get(t) or self.fraud_types.get(_strip_suffixes(t, ("诈骗", "类")))

    def district_code(self, text: str) -> str | None:
        t = text.strip().lower()
        if not t:
            return None
        found = self.districts.get(t) or self.districts.get(_strip_suffixes(t, ("区", "市", "县")))
        if found is None and t.startswith("孝感市"):
            return self.district_code(t[3:])
        return found

    def check(self, phone: str, received: str, level: str, external_id: str = "", fraud_type: str = "",
              person_name: str = "", district: str = "", fraud_number: str = "", fraud_app: str = "",
              notes: str = "") -> CheckedRow | RowProblem:
        phone = phone.strip()
        if not phone:
            return RowProblem("missing_phone", self.messages["missing_phone"])
        m = CN_MOBILE.fullmatch(phone)          # most victims' phones: no call into numbers at all
        e164 = "+86" + m.group(1) if m else fast_e164(phone)
        if e164 is None:
            return RowProblem("bad_phone", self.messages["bad_phone"].replace("%1", phone))
        received = received.strip()
        if not received:
            return RowProblem("missing_time", self.messages["missing_time"])
        when = parse_time(received)
        if when is None:
            return RowProblem("bad_time", self.messages["bad_time"].replace("%1", received))
        if when > self.latest:
            return RowProblem("future_time", self.messages["future_time"].replace("%1", received))
        level_text = level.strip()
        if not level_text:
            return RowProblem("missing_level", self.messages["missing_level"])
        found = self.levels.get(level_text.lower())
        if found is None:
            return RowProblem("bad_level", self.messages["bad_level"].replace("%1", level_text))
        level_code, minutes = found
        received_iso = when.isoformat(sep=" ")
        deadline_iso = (when + timedelta(minutes=minutes)).isoformat(sep=" ")
        ftype = self.fraud_type_code(fraud_type)
        if ftype is None and fraud_type.strip():
            # An unknown label still needs handling: kept as "other" with the platform's word in the notes.
            ftype = "other"
            extra = self.messages["unknown_fraud_type"].replace("%1", fraud_type.strip())
            notes = f"{notes.strip()} {extra}".strip()
        ext = external_id.strip() or None
        fnum = fraud_number.strip()
        fkey = fraud_number_key(fnum) if fnum else ""
        if ext:
            key = f"{self.source}:{ext}"
        else:
            key = dedupe_key(e164, received_iso, fkey, fraud_app)
        return CheckedRow(key, ext, received_iso, deadline_iso, level_code, ftype, phone, e164,
                          person_name.strip(), self.district_code(district), fnum, fraud_app.strip(),
                          notes.strip(), fkey)

    def duplicate(self) -> RowProblem:
        return RowProblem("duplicate", self.messages["duplicate"])
