"""Which handling steps a user may take on a warning as it stands: the rule the queue's buttons follow."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from console.models.core.users import Permission, User
from console.models.warnings.records import CLOSED, DISPATCHED, TAKEABLE_STATUSES, TAKEN, Warning

TAKE, CALL_BACK, SMS, DISPATCH, OUTCOME, FEEDBACK, NOTE, RELEASE, LADDER = (
    "take", "call_back", "sms", "dispatch", "outcome", "feedback", "note", "release", "ladder")
ALL_ACTIONS = (TAKE, CALL_BACK, SMS, DISPATCH, OUTCOME, FEEDBACK, NOTE, RELEASE, LADDER)


class _HasStatus(Protocol):
    @property
    def status(self) -> str: ...


D = TypeVar("D", bound=_HasStatus)


def feedback_target(dispatches: Sequence[D]) -> D | None:
    """The dispatch the station's feedback is recorded on: the latest one still waiting for it, else the last
    one (to correct what was recorded); None without any dispatch."""
    if not dispatches:
        return None
    return next((d for d in reversed(dispatches) if d.status == "open"), dispatches[-1])


def mine_or_free(warning: Warning, user: User) -> bool:
    """The warning is held by this user or by nobody; a supervisor or administrator may act on anyone's."""
    return warning.holder_id in (None, user.id) or user.can(Permission.VIEW_STATISTICS)


def allowed_actions(warning: Warning, user: User, dispatch_statuses: Iterable[str]) -> frozenset[str]:
    """The steps open to the user: taking a free warning; calling back, SMS, station, outcome, the escalation
    ladder and giving it back on an open warning that is theirs or free (not while a station has it, for a
    station or an outcome); station feedback while a dispatch waits for it (or on any dispatch of an open
    warning); a note always."""
    statuses = list(dispatch_statuses)
    mine = mine_or_free(warning, user)
    open_ = warning.status != CLOSED
    allowed = {
        TAKE: warning.status in TAKEABLE_STATUSES and warning.holder_id is None,
        CALL_BACK: open_ and mine,
        SMS: open_ and mine and bool(warning.phone_e164),
        DISPATCH: open_ and mine and warning.status != DISPATCHED,
        OUTCOME: open_ and mine and warning.status != DISPATCHED,
        FEEDBACK: "open" in statuses or bool(statuses and open_),
        NOTE: True,
        RELEASE: warning.status == TAKEN and mine,
        LADDER: open_ and mine,
    }
    return frozenset(action for action, ok in allowed.items() if ok)
