"""Phone numbers as officers meet them: any format in, E.164 for storage, region, carrier and risk hints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType, carrier, geocoder

from console.resources import load_json
from console.models.core.numbers import phone_e164

DEFAULT_REGION = "CN"

# Risk hint codes; the UI shows their translated text.
RISK_FROM_ABROAD = "from_abroad"
RISK_VIRTUAL_OPERATOR = "virtual_operator"
RISK_SPOOFED_OFFICIAL = "spoofed_official"
RISK_INVALID = "invalid"
RISK_KNOWN_FRAUD = "known_fraud"        # set by the caller of analyse(), which knows the database


@lru_cache(maxsize=1)
def _ranges() -> dict:
    return load_json("reference", "phone_ranges.json")


def normalize_phone(text: str | None) -> str | None:
    """E.164 form ('+8613800001234') of a number typed in any format, or None if it is no number
    (the rules are in console.models.core.numbers, the one normalisation of every number)."""
    return phone_e164(text)


def is_official_short(national: str) -> bool:
    r = _ranges()
    if national in r["official_short_numbers"]:
        return True
    return any(national.startswith(p) and len(national) == 5 for p in r["official_short_prefixes"])


@dataclass
class PhoneInfo:
    raw: str
    e164: str | None
    formatted: str
    kind: str                     # mobile | fixed | short | foreign | unknown
    region: str = ""
    carrier: str = ""
    risks: list[str] = field(default_factory=list)

    @property
    def parsed(self) -> bool:
        return self.e164 is not None


_TYPE_KIND = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "mobile",
}


def analyse(text: str, lang: str = "zh") -> PhoneInfo:
    """Everything the call panel shows about a number; unparseable input is kept as typed and flagged."""
    raw = (text or "").strip()
    e164 = normalize_phone(raw)
    if e164 is None:
        return PhoneInfo(raw, None, raw, "unknown", risks=[RISK_INVALID])
    number = phonenumbers.parse(e164)
    national = str(number.national_number)
    risks: list[str] = []
    if number.country_code != 86:
        kind = "foreign"
        risks.append(RISK_FROM_ABROAD)
        # A foreign number dressed as an official one (+1 95588..., +00110...) is a classic trick.
        if any(national.startswith(s) for s in _ranges()["official_short_numbers"]) or re.match(r"95\d{3}", national):
            risks.append(RISK_SPOOFED_OFFICIAL)
        region = geocoder.description_for_number(number, lang) or geocoder.country_name_for_number(number, lang)
        return PhoneInfo(raw, e164, phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL), kind,
                         region, carrier.name_for_number(number, lang), risks)
    if is_official_short(national):
        return PhoneInfo(raw, e164, national, "short", "", "", [RISK_SPOOFED_OFFICIAL])
    valid = phonenumbers.is_valid_number(number)
    kind = _TYPE_KIND.get(phonenumbers.number_type(number), "short" if len(national) <= 6 else "unknown")
    if not valid and kind != "short":
        risks.append(RISK_INVALID)
    host = ""
    if kind == "mobile":
        for prefix, network in _ranges()["virtual_operator_prefixes"].items():
            if national.startswith(prefix):
                risks.append(RISK_VIRTUAL_OPERATOR)
                host = network
                break
    formatted = (f"{national[:3]} {national[3:7]} {national[7:]}" if kind == "mobile" and len(national) == 11
                 else phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    region = geocoder.description_for_number(number, lang)
    carrier_name = carrier.name_for_number(number, lang) or host
    return PhoneInfo(raw, e164, formatted, kind, region, carrier_name, risks)
