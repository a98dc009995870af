"""What the warnings page shows of the selected warning, read in one go (on the page's background runner):
the record, its dispatches, its ladder, a repeat-victim watch on it and the calls made on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from console.models.calls import repeat_victims
from console.models.calls.links import calls_for_warning
from console.models.stations.dispatches import Dispatch, dispatches_for
from console.models.warnings import ladder
from console.models.warnings.records import Warning, get_warning, holder_names


@dataclass(frozen=True)
class WarningDetail:
    warning: Warning
    dispatches: list[Dispatch]
    steps: list[ladder.LadderStep]
    flag: repeat_victims.Flag | None
    calls: list[tuple[int, str, str | None]]
    holders: dict[int, str]


def read_detail(db: Database, warning_id: int, now: datetime) -> WarningDetail | None:
    """The selected warning as the page shows it, or None when it is gone."""
    w = get_warning(db, warning_id)
    if w is None:
        return None
    return WarningDetail(w, dispatches_for(db, w.id), ladder.steps(db, w.id),
                         repeat_victims.flag_for_warning(db, now, w.id, w.phone_e164), calls_for_warning(db, w.id),
                         holder_names(db))
