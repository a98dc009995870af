"""The call details a script may name in {braces}, and a sample call to preview them with."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.scripts_library.reading import PLACEHOLDER_RE

KNOWN: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Placeholders", "the victim's name"),
    "amount": QT_TRANSLATE_NOOP("Placeholders", "the amount transferred"),
    "suspect_account": QT_TRANSLATE_NOOP("Placeholders", "the first receiving (suspect) account"),
    "station": QT_TRANSLATE_NOOP("Placeholders", "the local police station"),
    "fraud_number": QT_TRANSLATE_NOOP("Placeholders", "the scammer's number"),
    "officer": QT_TRANSLATE_NOOP("Placeholders", "the officer's name"),
    "caller_phone": QT_TRANSLATE_NOOP("Placeholders", "the caller's number"),
}


def missing_label(key: str) -> str:
    """What the officer sees for a detail the call does not have yet: 【转账金额】, never the code 【amount】."""
    return f"【{QCoreApplication.translate('Placeholders', KNOWN[key]) if key in KNOWN else key}】"

# Left out of the sentence when the call does not know them yet ("{name}，请您..." is said "请您...").
SAID_WITHOUT: frozenset[str] = frozenset({"name"})

SAMPLE: dict[str, str] = {
    "name": "何女士", "amount": "50万元", "suspect_account": "6217 0012 3456 7890 122", "station": "云梦城关派出所",
    "fraud_number": "+852 6123 4567", "officer": "刘东", "caller_phone": "138 0000 1234",
}


def placeholders(body: str) -> list[str]:
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(body)))


def unknown_placeholders(body: str) -> list[str]:
    """Placeholders the call panel cannot fill (typos such as {nmae}); reported before submitting."""
    return [p for p in placeholders(body) if p not in KNOWN]
