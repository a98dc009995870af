"""Checks of what officers type: resident IDs, bank cards, payment accounts, amounts, times.

Each check returns a `Check`: ok, the normalised value, and a translated message saying what is wrong and
how to fix it. Checks never raise on bad input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database
from stdnum import luhn
from stdnum.cn import ric
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from console.models.core.numbers import account_number_key, clean, id_number_key
from console.models.core.numbers import card_digits as card_digits  # kept importable from here: forms use validation.card_digits


@dataclass(frozen=True)
class Check:
    ok: bool
    value: object = None          # the normalised value when ok
    message: str = ""             # what is wrong, when not ok

    def __bool__(self) -> bool:
        return self.ok


def check_id_number(text: str) -> Check:
    """Mainland resident ID: 18 characters, GB 11643 check digit, a real birth date and area code; an old
    15-digit ID is accepted and its value is the 18-character form (the typed text stays in the form)."""
    typed = clean(text).upper()
    if not typed:
        return Check(False, None, QCoreApplication.translate("Validation", "Enter the resident ID number."))
    if len(typed) not in (15, 18):
        return Check(False, None, QCoreApplication.translate("Validation", "A resident ID has 18 characters (an old one 15 digits); this one has %1.").replace("%1", str(len(typed))))
    if len(typed) == 15 and not (typed.isascii() and typed.isdigit()):
        return Check(False, None, QCoreApplication.translate("Validation", "An old 15-character resident ID has digits only."))
    v = id_number_key(typed)
    try:
        ric.validate(v)
    except InvalidChecksum:
        return Check(False, None, QCoreApplication.translate("Validation", "The check digit (last character) is wrong: a digit is mistyped."))
    except InvalidComponent:
        # python-stdnum also wants the area code to have existed in the birth year; but an ID carries the
        # code of where it was first issued (e.g. 420902 since 1993 for people born earlier), so accept
        # any area code that ever existed, with a real birth date.
        if not (_birth_date_ok(v) and _area_known(v[:6])):
            return Check(False, None, QCoreApplication.translate("Validation", "The birth date or area code in this ID does not exist."))
    except (InvalidFormat, InvalidLength, ValidationError):
        return Check(False, None, QCoreApplication.translate("Validation", "A resident ID is 17 digits followed by a digit or X."))
    born = ric.get_birth_date(v)
    if born > date.today():
        return Check(False, None, QCoreApplication.translate("Validation", "The birth date in this ID is in the future."))
    return Check(True, v)


def _birth_date_ok(v: str) -> bool:
    try:
        ric.get_birth_date(v)
    except ValidationError:
        return False
    return True


def _area_known(code: str) -> bool:
    from stdnum import numdb

    return any(props for _part, props in numdb.get("cn/loc").info(code))


def id_birth_date(id_number: str) -> date | None:
    try:
        return ric.get_birth_date(id_number_key(id_number))
    except ValidationError:
        return None


def id_gender(id_number: str) -> str | None:
    """'M' or 'F' from the 17th digit."""
    id_number = id_number_key(id_number)
    if len(id_number) == 18 and id_number[16].isdigit():
        return "M" if int(id_number[16]) % 2 else "F"
    return None


def check_card_number(text: str) -> Check:
    """Bank card: 16-19 digits with a valid Luhn check digit."""
    v = card_digits(text)
    if not v:
        return Check(False, None, QCoreApplication.translate("Validation", "Enter the card number."))
    if not (v.isascii() and v.isdigit()):
        return Check(False, None, QCoreApplication.translate("Validation", "A card number has digits only."))
    if not 16 <= len(v) <= 19:
        return Check(False, None, QCoreApplication.translate("Validation", "A bank card has 16 to 19 digits; this one has %1.").replace("%1", str(len(v))))
    if not luhn.is_valid(v):
        return Check(False, None, QCoreApplication.translate("Validation", "The card number fails its check digit: a digit is mistyped."))
    return Check(True, v)


def check_account(kind: str, text: str) -> Check:
    """A receiving or paying account of the given kind (bank card, Alipay, WeChat Pay, other)."""
    if kind == "bank_card":
        return check_card_number(text)
    v = account_number_key(kind, text)
    if not v:
        return Check(False, None, QCoreApplication.translate("Validation", "Enter the account."))
    if kind == "alipay":
        if re.fullmatch(r"1\d{10}", v) or re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v) or re.fullmatch(r"2088\d{12}", v):
            return Check(True, v)
        return Check(False, None, QCoreApplication.translate("Validation", "An Alipay account is a mobile number, an e-mail address or a 2088 user ID."))
    if kind == "wechat":
        if re.fullmatch(r"1\d{10}", v) or re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v) or v.startswith("wxid_"):
            return Check(True, v)
        return Check(False, None, QCoreApplication.translate("Validation", "A WeChat ID is 6-20 letters, digits, - or _, starting with a letter, or a mobile number."))
    return Check(True, v)


def guess_bank(db: Database, card_number: str) -> str | None:
    """Bank code by the longest BIN prefix (3-10 digits) that matches, preferring the card's length."""
    digits = card_digits(card_number)
    if len(digits) < 6 or not digits.isdigit():
        return None
    prefixes = [digits[:n] for n in range(3, min(10, len(digits)) + 1)]
    marks = ",".join("?" * len(prefixes))
    row = db.execute(
        f"SELECT bank_code FROM card_bins WHERE prefix IN ({marks}) "
        "ORDER BY (card_length = ?) DESC, length(prefix) DESC LIMIT 1",
        [*prefixes, len(digits)],
    ).fetchone()
    return row[0] if row else None


_WAN = Decimal(10000)
MAX_AMOUNT_YUAN = Decimal(10) ** 10
# Plain digits, an optional decimal part, nothing else: no exponents ('1e1000000' once raised
# decimal.Overflow on every autosave), no signs, no spaces inside. Lengths are bounded before Decimal sees it.
_AMOUNT_TEXT = re.compile(r"([0-9]{1,15})(?:\.([0-9]{1,8}))?")


def parse_amount(text: str) -> Check:
    """Yuan as officers say them: '500000', '50万', '1,234.50', '¥3000元'. Value in fen (int).

    Never raises: anything that is not plain digits with at most two decimals (of yuan; '12.35万' is fine)
    and at most 10,000,000,000 yuan gets a message saying how to write it."""
    wrong = QCoreApplication.translate("Validation", "Write the amount in yuan, e.g. 5000, 5000.50 or 50万.")
    v = unicodedata.normalize("NFKC", text or "").strip()
    v = v.replace(",", "").replace("¥", "").replace("￥", "").replace("\u00a5", "")
    v = v.removesuffix("元").strip()
    if not v:
        return Check(False, None, QCoreApplication.translate("Validation", "Enter the amount."))
    factor = 1
    if v.endswith("万"):
        factor, v = 10000, v[:-1].strip()
    if v.startswith("-"):
        return Check(False, None, QCoreApplication.translate("Validation", "The amount must be more than zero."))
    match = _AMOUNT_TEXT.fullmatch(v)
    if match is None:
        return Check(False, None, wrong)
    amount = Decimal(v) * factor          # at most 23 significant digits: exact in the default context
    if amount > MAX_AMOUNT_YUAN:
        return Check(False, None, QCoreApplication.translate("Validation", "The amount is too large; check the digits."))
    if amount <= 0:
        return Check(False, None, QCoreApplication.translate("Validation", "The amount must be more than zero."))
    if amount != amount.quantize(Decimal("0.01")):
        return Check(False, None, QCoreApplication.translate("Validation", "An amount has at most two decimals (fen)."))
    return Check(True, int(amount * 100))


def format_amount(cents: int, *, wan: bool = True) -> str:
    """'¥1,234.50' below 10,000 yuan; '50万元' or '12.35万元' from there (as officers say them)."""
    yuan = Decimal(cents) / 100
    if wan and yuan >= _WAN:
        w = (yuan / _WAN).quantize(Decimal("0.01")).normalize()
        return f"{w:f}万元"
    return f"¥{yuan:,.2f}"


def check_past_time(when: datetime | None, now: datetime) -> Check:
    if when is None:
        return Check(False, None, QCoreApplication.translate("Validation", "Enter the time."))
    if when > now:
        return Check(False, None, QCoreApplication.translate("Validation", "This time is in the future."))
    return Check(True, when)
