"""The one normalisation of numbers as officers and files write them: phones, fraud numbers, cards and IDs.

Every field, form, import and query goes through here, so a number written `＋86 170-1234-5678`,
`0086 17012345678` or `(170) 1234 5678 ` is one number everywhere. The rules:

- `clean()`: NFKC (fullwidth digits, ＋, （）, －, ideographic space become ASCII), then the separators
  people and platforms put in numbers (blanks, dashes of every width, dots, brackets, slashes, middle dots)
  removed. Every check starts from this, so a fullwidth digit never reaches a check-digit test.
- phones: E.164 (`phone_e164`). Mainland mobiles and international numbers whose country has no national
  prefix to strip are built directly (a year's warnings file is 330,000 numbers and phonenumbers costs
  ~50-140 µs a number); everything else goes to phonenumbers, cached by cleaned text. (Only the slow path
  is cached: a bounded cache costs more than the fast paths themselves on a file of distinct numbers.)
- fraud numbers (`fraud_number`): a scammer's mobile, landline, overseas or short service number (95588)
  normalises to E.164; an app or account name to its NFKC, case-folded text without blanks. The text as
  typed is kept beside it; comparisons use the key only.
- cards: the digits (`card_digits`); resident IDs: 18 characters, an old 15-digit ID converted with its
  check digit computed (`id_number_key`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat
from phonenumbers.phonemetadata import PhoneMetadata
from stdnum.cn import ric

DEFAULT_REGION = "CN"

# Separators inside numbers, after NFKC: blanks, ASCII and Unicode dashes and minus signs, dots, brackets
# of every shape (【】〔〕「」 survive NFKC), slashes, middle dots and the katakana middle dot.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u30fc\ufe58\ufe63.()\[\]{}【】〔〕〖〗「」『』<>《》/\\·・|]")
CN_MOBILE = re.compile(r"(?:\+86|0086|86)?(1[3-9][0-9]{9})")     # ASCII digits: others go through NFKC first
_PHONE_LIKE = re.compile(r"\+?\d{3,20}")
_BLANKS = re.compile(r"\s+")

KIND_MOBILE = "mobile"          # a mainland mobile
KIND_LANDLINE = "landline"      # a mainland fixed line (with its area code)
KIND_SERVICE = "service"        # a mainland short or service number: 95588, 96110, 400-..., 12345
KIND_FOREIGN = "foreign"        # any number outside the mainland
KIND_ACCOUNT = "account"        # not a number: an app, a QQ/WeChat account, a website
_SERVICE_PREFIXES = ("1", "9", "400", "800")


def clean(text: str | None) -> str:
    """The text without the ways numbers are dressed: NFKC, then no separators or blanks anywhere."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _SEPARATORS.sub("", text)


# -- phones ---------------------------------------------------------------------------------------------
def _country_code_heads() -> dict[str, str]:
    """The country code that starts each 3-digit head ('852…' -> '852', '447…' -> '44'): codes are
    prefix-free, so the first three digits after '+' decide it with one dict look-up."""
    codes = {str(cc) for cc in phonenumbers.COUNTRY_CODE_TO_REGION_CODE}
    heads = {}
    for n in range(100, 1000):
        head = str(n)
        cc = next((head[:k] for k in (1, 2, 3) if head[:k] in codes), None)
        if cc:
            heads[head] = cc
    return heads


_CC_BY_HEAD = _country_code_heads()
_UNKNOWN = object()
_PREFIX_BY_CC: dict[str, object] = {}


def _national_prefix_pattern(country_code: str) -> re.Pattern[str] | None:
    """The national-prefix (and carrier-code) pattern phonenumbers strips after this country code."""
    cc = int(country_code)
    meta = PhoneMetadata.metadata_for_region_or_calling_code(cc, phonenumbers.region_code_for_country_code(cc))
    if meta is None or not meta.national_prefix_for_parsing:
        return None
    return re.compile(meta.national_prefix_for_parsing)


def _direct_international(cleaned: str) -> str | None:
    """E.164 of '+<country code><number>' without phonenumbers when phonenumbers would change nothing
    (no leading zero, no national prefix or carrier code to strip); None when phonenumbers must decide.
    tests/models/test_numbers.py checks it against phonenumbers on any digits."""
    cc = _CC_BY_HEAD.get(cleaned[1:4])
    if cc is None:
        return None
    nsn = cleaned[1 + len(cc):]
    if not 4 <= len(nsn) <= 17 or not (nsn.isascii() and nsn.isdigit()):
        return None
    pattern = _PREFIX_BY_CC.get(cc, _UNKNOWN)
    if pattern is _UNKNOWN:
        pattern = _PREFIX_BY_CC[cc] = _national_prefix_pattern(cc)
    # Without a national prefix a leading zero is part of the number (phonenumbers keeps it, as Italy's).
    if pattern is not None and (nsn[0] == "0" or pattern.match(nsn)):  # type: ignore[union-attr]
        return None
    return cleaned


@lru_cache(maxsize=65_536)
def _parse(cleaned: str) -> tuple[str, bool] | None:
    """(E.164, valid) by phonenumbers, once per distinct cleaned text."""
    try:
        number = phonenumbers.parse(cleaned, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), phonenumbers.is_valid_number(number)


def _e164_of_clean(cleaned: str, valid_only: bool) -> str | None:
    m = CN_MOBILE.fullmatch(cleaned)
    if m:
        return "+86" + m.group(1)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    if not valid_only and cleaned.startswith("+"):
        direct = _direct_international(cleaned)
        if direct:
            return direct
    if not _PHONE_LIKE.fullmatch(cleaned):
        return None
    parsed = _parse(cleaned)
    if parsed is None or (valid_only and not parsed[1]):
        return None
    return parsed[0]


def phone_e164(text: str | None, *, valid_only: bool = False) -> str | None:
    """E.164 ('+8613800001234') of a phone number written in any form, or None if it is no number.

    valid_only: only numbers phonenumbers knows as valid (a warning's victim phone must be callable);
    otherwise any plausible number (a caller's or a scammer's number may be spoofed or odd)."""
    if not text:
        return None
    m = CN_MOBILE.fullmatch(text)      # the common case, as written: no cleaning needed
    if m:
        return "+86" + m.group(1)
    return _e164_of_clean(clean(text), valid_only)


def phone_kind(e164: str) -> str:
    """mobile | landline | service | foreign, from the E.164 form alone (cheap, for figures and keys)."""
    if not e164.startswith("+86"):
        return KIND_FOREIGN
    national = e164[3:]
    if len(national) == 11 and national.startswith("1") and national[1] in "3456789":
        return KIND_MOBILE
    if len(national) <= 8 and national.startswith(_SERVICE_PREFIXES) or national.startswith(("400", "800")):
        return KIND_SERVICE
    return KIND_LANDLINE


# -- fraud numbers --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FraudNumber:
    raw: str          # as typed or imported (outer blanks removed)
    key: str          # the normal form every comparison uses
    kind: str         # mobile | landline | service | foreign | account

    @property
    def e164(self) -> str | None:
        return self.key if self.kind != KIND_ACCOUNT else None


def account_name_key(text: str | None) -> str:
    """An app or account name compared without case, width or blanks ('Ｗechat ID abc' = 'wechatidabc')."""
    if not text:
        return ""
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text)).casefold()


def fraud_number_key(text: str | None) -> str:
    """The normal form of a fraud number: E.164 for any number, the folded name otherwise; '' if empty."""
    if not text:
        return ""
    if text[0] == "+":      # '+852…' as platforms export them: straight to the direct path
        direct = _direct_international(text)
        if direct:
            return direct
    if not text.strip():
        return ""
    e164 = phone_e164(text)
    return e164 if e164 else account_name_key(text)


def fraud_number(text: str | None) -> FraudNumber | None:
    """A scammer's number or account as typed, with its normal form and kind; None when empty."""
    raw = (text or "").strip()
    if not raw:
        return None
    key = fraud_number_key(raw)
    return FraudNumber(raw, key, phone_kind(key) if key.startswith("+") else KIND_ACCOUNT)


def fraud_number_kind(key: str) -> str:
    return phone_kind(key) if key.startswith("+") else KIND_ACCOUNT


# -- cards and accounts ---------------------------------------------------------------------------------
def card_digits(text: str | None) -> str:
    """A card number without separators, fullwidth digits made ASCII (not checked: see validation)."""
    return clean(text)


def account_number_key(kind: str, text: str | None) -> str:
    """How an account is stored and found: a card's digits; a payment account's number or name (a mobile
    as its 11 digits, an e-mail or ID as written, NFKC, without blanks)."""
    if kind == "bank_card":
        return card_digits(text)
    v = unicodedata.normalize("NFKC", text or "").strip()
    compact = clean(v)
    m = CN_MOBILE.fullmatch(compact)
    if m:
        return m.group(1)
    return _BLANKS.sub("", v)


# -- resident IDs ---------------------------------------------------------------------------------------
def id_15_to_18(v15: str) -> str:
    """An old 15-digit ID (YYMMDD birth date, all born in the 1900s) as its 18-character form: the
    century inserted and the GB 11643 check digit computed."""
    v17 = v15[:6] + "19" + v15[6:]
    return v17 + ric.calc_check_digit(v17 + "?")    # stdnum wants the number with a check digit place


def id_number_key(text: str | None) -> str:
    """The resident ID as stored and compared: 18 characters, upper-case X; an old 15-digit ID converted.
    Anything else is returned cleaned (the check in validation says what is wrong with it)."""
    v = clean(text).upper()
    if len(v) == 15 and v.isascii() and v.isdigit():
        return id_15_to_18(v)
    return v
