"""Words for the codes stored in the records (statuses, roles, levels), in the interface's language.

Lists, histories and timelines build their one-line summaries in the models; they name states with these,
never with the stored code ("draft", "suspect", "red · taken" read as English in the Chinese interface).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS: dict[str, dict[str, str]] = {
    "account_role": {
        "victim": QT_TRANSLATE_NOOP("Labels", "victim's account"),
        "suspect": QT_TRANSLATE_NOOP("Labels", "suspect's account"),
    },
    "request_status": {
        "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
        "issued": QT_TRANSLATE_NOOP("Labels", "issued"),
        "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
        "discarded": QT_TRANSLATE_NOOP("Labels", "discarded"),
    },
    "stop_account_status": {
        "pending": QT_TRANSLATE_NOOP("Labels", "not issued"),
        "issued": QT_TRANSLATE_NOOP("Labels", "issued, awaiting the bank"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "stopped"),
        "failed": QT_TRANSLATE_NOOP("Labels", "not stopped"),
        "frozen": QT_TRANSLATE_NOOP("Labels", "frozen"),
    },
    "warning_status": {
        "new": QT_TRANSLATE_NOOP("Labels", "new"),
        "taken": QT_TRANSLATE_NOOP("Labels", "being handled"),
        "waiting": QT_TRANSLATE_NOOP("Labels", "waiting"),
        "dispatched": QT_TRANSLATE_NOOP("Labels", "dispatched to a station"),
        "review": QT_TRANSLATE_NOOP("Labels", "back for review"),
        "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
    },
    "warning_level": {
        "red": QT_TRANSLATE_NOOP("Labels", "red"),
        "orange": QT_TRANSLATE_NOOP("Labels", "orange"),
        "yellow": QT_TRANSLATE_NOOP("Labels", "yellow"),
    },
    "dispatch_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "with the station"),
        "done": QT_TRANSLATE_NOOP("Labels", "station reported back"),
    },
}


def label(kind: str, code: str | None) -> str:
    """The word for a stored code; an unknown code is shown as it is (never dropped)."""
    if not code:
        return ""
    text = _LABELS.get(kind, {}).get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def account_role(code: str | None) -> str:
    return label("account_role", code)


def request_status(code: str | None) -> str:
    return label("request_status", code)


def stop_account_status(code: str | None) -> str:
    return label("stop_account_status", code)


def warning_status(code: str | None) -> str:
    return label("warning_status", code)


def warning_level(code: str | None) -> str:
    return label("warning_level", code)


def dispatch_status(code: str | None) -> str:
    return label("dispatch_status", code)
