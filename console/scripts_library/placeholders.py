"""The call details a script may name in {braces}, and a sample call to preview them with."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sqlite_utils import Database

from console.models.calls.links import home_station_name
from console.models.core.validation import format_amount, parse_amount
from console.models.warnings.records import get_warning
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


def call_values(db: Database, form: dict, *, officer_name: str, caller_phone: str,
                warning_id: int | None) -> dict[str, str]:
    """What each placeholder says on this call, from the call form as typed (its payload): the victim (the
    caller, when the caller is the victim), the money transferred in all, the first suspect account, the
    station of the victim's home district (empty when not ours: the panel names "the local police station"),
    and the scammer's number of the warning the call answers. Empty where the call does not know yet."""
    victim = form["caller"] if form["victim_is_caller"] else form["victim"]
    total = sum(parse_amount(t["amount"]).value or 0 for t in form["transfers"])
    suspect = next((a["number"] for a in form["accounts"] if a["role"] == "suspect" and a["number"]), "")
    warning = get_warning(db, warning_id) if warning_id is not None else None
    return {"name": victim["name"], "amount": format_amount(total) if total else "", "suspect_account": suspect,
            "officer": officer_name, "caller_phone": caller_phone,
            "station": home_station_name(db, victim.get("id_number", "")),
            "fraud_number": warning.fraud_number if warning is not None and warning.fraud_number else ""}


def placeholders(body: str) -> list[str]:
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(body)))


def unknown_placeholders(body: str) -> list[str]:
    """Placeholders the call panel cannot fill (typos such as {nmae}); reported before submitting."""
    return [p for p in placeholders(body) if p not in KNOWN]
