"""What the live call panel reads from the library: published scripts for a call, placeholders filled.

The call panel depends only on the functions here; their signatures are the contract between the two.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlite_utils import Database

from console.models.core.db import transaction

STAGES = ("opening", "questions", "debunk", "action", "closing")
PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class ScriptText:
    script_id: int
    version_id: int | None
    title: str
    stage: str
    body: str


def scripts_for_call(db: Database, fraud_type: str | None, call_type: str | None = None,
                     victim_state: str | None = None, audiences: tuple[str, ...] = ()) -> list[ScriptText]:
    """Published scripts for this fraud type (and call type, when the script names any), in stage order.

    A script written for some victim states only is shown when the call is in one of them, before the
    general scripts of its stage; without a state, only the general scripts are shown. A script for one
    kind of victim (e.g. "elderly") is shown only when the call's victim is one (`audiences`)."""
    rows = db.execute(
        "SELECT id, published_version_id, title, stage, body, fraud_types, call_types, victim_states, audiences, "
        "rank FROM scripts WHERE status = 'published'"
    ).fetchall()
    out = []
    for sid, vid, title, stage, body, fts, cts, states_json, aud_json, rank in rows:
        ftypes, ctypes, states = json.loads(fts), json.loads(cts), json.loads(states_json or "[]")
        if set(json.loads(aud_json or "[]")) - set(audiences):
            continue
        if fraud_type and ftypes and fraud_type not in ftypes:
            continue
        if call_type and ctypes and call_type not in ctypes:
            continue
        if states and victim_state not in states:
            continue
        out.append((STAGES.index(stage) if stage in STAGES else 99, 0 if states or aud_json != "[]" else 1, rank,
                    ScriptText(sid, vid, title, stage, body)))
    return [s for *_, s in sorted(out, key=lambda t: (t[0], t[1], t[2], t[3].script_id))]


def fill_placeholders(body: str, values: dict[str, str]) -> str:
    """Replaces {name} by its value. Without a value, a placeholder the sentence can do without (the victim's
    name) is left out with its comma, so the officer never reads "【name】" aloud; any other stays visible as
    【the amount transferred】 (in the interface's language) for the officer to fill in by voice."""
    from console.scripts_library.placeholders import SAID_WITHOUT, missing_label

    def fill(m: re.Match) -> str:
        key, comma = m.group(1), m.group(2) or ""
        if values.get(key):
            return values[key] + comma
        return "" if key in SAID_WITHOUT else missing_label(key) + comma

    return _PLACEHOLDER_WITH_COMMA_RE.sub(fill, body)


_PLACEHOLDER_WITH_COMMA_RE = re.compile(r"\{([a-z_]+)\}([，,]\s*)?")


def record_shown(db: Database, call_id: int, script: ScriptText, shown_at: str) -> None:
    """Counts a script as shown in a call (once per call), for the effectiveness figures."""
    db.execute(
        "INSERT OR IGNORE INTO script_views (script_id, version_id, call_id, shown_at) VALUES (?, ?, ?, ?)",
        [script.script_id, script.version_id, call_id, shown_at],
    )


def record_all_shown(db: Database, call_id: int, scripts: list[ScriptText], shown_at: str) -> None:
    """Counts every script put before the officer at once as shown in the call, in one transaction."""
    with transaction(db):
        for script in scripts:
            record_shown(db, call_id, script, shown_at)
