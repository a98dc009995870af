"""Masking of victims' sensitive numbers for lists, logs and the audit trail."""

from __future__ import annotations

import re

# Resident IDs (18 chars, last may be X), bank cards (12-19 digits), whatever surrounds them.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])")
_CARD_RE = re.compile(r"(?<!\d)(\d{4})(\d{4,11})(\d{4})(?!\d)")

SENSITIVE_FIELDS = frozenset({"id_number", "number", "account_number", "card_number", "victim_account"})


def mask_id_number(value: str | None) -> str:
    """4209**********1234 style: first 4 and last 4 shown."""
    if not value:
        return ""
    v = str(value)
    if len(v) <= 8:
        return "*" * len(v)
    return v[:4] + "*" * (len(v) - 8) + v[-4:]


def mask_card_number(value: str | None) -> str:
    """6222 **** **** 1234 style without spaces: first 4 and last 4 digits shown."""
    return mask_id_number(value)


def redact_text(text: str) -> str:
    """Masks every ID- or card-like number inside free text (for logs and audit values)."""
    text = _ID_RE.sub(lambda m: mask_id_number(m.group(0)), text)
    return _CARD_RE.sub(lambda m: mask_card_number(m.group(0)), text)


def mask_field(field: str, value: object) -> object:
    """The value as it may be stored in the audit log."""
    if value is None:
        return None
    if field in SENSITIVE_FIELDS:
        return mask_id_number(str(value))
    if isinstance(value, str):
        return redact_text(value)
    return value
