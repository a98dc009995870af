"""Coded choices shown in more than one form (account kinds, payment channels), translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def account_kinds() -> list[tuple[str, str]]:
    return [("bank_card", QCoreApplication.translate("Choices", "Bank card")),
            ("alipay", QCoreApplication.translate("Choices", "Alipay")),
            ("wechat", QCoreApplication.translate("Choices", "WeChat Pay")),
            ("other", QCoreApplication.translate("Choices", "Other"))]


def channels() -> list[tuple[str, str]]:
    return [("mobile_banking", QCoreApplication.translate("Choices", "Mobile banking")),
            ("online_banking", QCoreApplication.translate("Choices", "Online banking")),
            ("third_party", QCoreApplication.translate("Choices", "Third-party payment")),
            ("atm", QCoreApplication.translate("Choices", "ATM")),
            ("counter", QCoreApplication.translate("Choices", "Counter"))]
