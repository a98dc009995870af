"""The call details a script may name in {braces}, and a sample call to preview them with."""

from __future__ import annotations

from .reading import PLACEHOLDER_RE

KNOWN: dict[str, str] = {
    "name": "the victim's name",
    "amount": "the amount transferred",
    "suspect_account": "the first receiving (suspect) account",
    "station": "the local police station",
    "fraud_number": "the scammer's number",
    "officer": "the officer's name",
    "caller_phone": "the caller's number",
}

SAMPLE: dict[str, str] = {
    "name": "何女士", "amount": "50万元", "suspect_account": "6217 0012 3456 7890 122", "station": "云梦城关派出所",
    "fraud_number": "+852 6123 4567", "officer": "刘东", "caller_phone": "138 0000 1234",
}


def placeholders(body: str) -> list[str]:
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(body)))


def unknown_placeholders(body: str) -> list[str]:
    """Placeholders the call panel cannot fill (typos such as {nmae}); reported before submitting."""
    return [p for p in placeholders(body) if p not in KNOWN]
