"""The structured interview of a call: victim states, key questions per fraud type, the determinant code
(fraud type - victim state - urgency) and the response it calls for, and the compliance grade of a call.

Everything here but the two storage functions is pure: the call panel and the tests feed it answers and
minutes and read back the state, the code and the response. The questions and states are reference data in
resources/reference/interview.json and victim_states.json.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.resources import load_json
from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.models.core.numbers import id_number_key
from console.models.core.users import Permission, User, require

STOP_WINDOW_MINUTES = 48 * 60
# When several answers point to a state, the most urgent one wins: a victim still with the scammer is
# in more danger than one who has paid, who is in more danger than one who doubts us.
STATE_PRIORITY = ("in_contact", "about_to_pay", "paid", "recovery", "doubting", "third_party")
STOP_PAYMENT, DISPATCH, REPORT_AT_STATION, SCRIPTS = "stop_payment", "dispatch", "report_at_station", "scripts"
SKIPPED = ""          # an answer of "" means the question was passed over, not asked


@dataclass(frozen=True)
class Option:
    code: str
    name: str
    name_en: str
    state: str | None = None

    def label(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    text_en: str
    kind: str                              # choice | text
    options: tuple[Option, ...] = ()
    field: str | None = None               # app | fraud_number | suspect_account | transfer_amount | transfer_time
    ask_if: dict[str, list[str]] = dc_field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text

    def applies(self, answers: dict[str, str]) -> bool:
        """A follow-up question (how much, when) is asked only after the answer it depends on."""
        return all(answers.get(qid) in codes for qid, codes in self.ask_if.items())

    def option(self, code: str) -> Option | None:
        return next((o for o in self.options if o.code == code), None)


@dataclass(frozen=True)
class VictimState:
    code: str
    key: str
    name: str
    name_en: str
    hint: str
    hint_en: str

    def label(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name


def _question(d: dict[str, Any]) -> Question:
    return Question(d["id"], d["text"], d["text_en"], d["kind"],
                    tuple(Option(o["code"], o["name"], o["name_en"], o.get("state")) for o in d.get("options", [])),
                    d.get("field"), d.get("ask_if", {}))


@lru_cache(maxsize=1)
def _definitions() -> dict[str, Any]:
    return load_json("reference", "interview.json")


@lru_cache(maxsize=1)
def victim_states() -> tuple[VictimState, ...]:
    return tuple(VictimState(**s) for s in load_json("reference", "victim_states.json"))


def state_label(code: str | None, lang: str) -> str:
    return next((s.label(lang) for s in victim_states() if s.code == code), "")


def fraud_types_with_interview() -> list[str]:
    return list(_definitions()["fraud_types"])


@lru_cache(maxsize=32)
def questions_for(fraud_type: str | None) -> tuple[Question, ...]:
    """The questions of a call, in the order they are asked: who calls and where the money is, then the
    questions of the fraud type, then whether the victim is a repeat victim and believes the officer."""
    d = _definitions()
    typed = d["fraud_types"].get(fraud_type or "other", d["fraud_types"]["other"])["questions"]
    return tuple(_question(q) for q in (*d["before"], *typed, *d["after"]))


UNREACHED = "unreached"       # the answer to "who is calling?" on a callback nobody answers


def victim_unreached(answers: dict[str, str]) -> bool:
    return answers.get("caller") == UNREACHED


def next_question(fraud_type: str | None, answers: dict[str, str]) -> Question | None:
    """The first question that applies and has no answer yet (a skipped one counts as passed); none once
    the victim cannot be reached."""
    return next((q for q in key_questions(fraud_type, answers) if q.id not in answers), None)


def key_questions(fraud_type: str | None, answers: dict[str, str]) -> list[Question]:
    """The questions this call should have asked, given what its answers opened up."""
    qs = [q for q in questions_for(fraud_type) if q.applies(answers)]
    return qs[:1] if victim_unreached(answers) else qs


def infer_state(fraud_type: str | None, answers: dict[str, str]) -> str | None:
    """The victim's state the answers point to, the most urgent first."""
    found = set()
    for q in questions_for(fraud_type):
        opt = q.option(answers.get(q.id, "")) if q.kind == "choice" else None
        if opt and opt.state:
            found.add(opt.state)
    return next((s for s in STATE_PRIORITY if s in found), None)


def minutes_since(first_transfer: datetime | None, now: datetime) -> int | None:
    return None if first_transfer is None else max(0, int((now - first_transfer).total_seconds() // 60))


def urgency(state: str | None, minutes: int | None) -> str:
    """<1h, <24h, <48h, >48h once money has moved; 'now' while the scammer still has the victim; else routine."""
    if minutes is not None:
        for u in _definitions()["urgency"]:
            if "max_minutes" in u and (u["max_minutes"] is None or minutes < u["max_minutes"]):
                return u["code"]
    if state in ("in_contact", "about_to_pay"):
        return "now"
    return "routine"


def determinant_code(fraud_type: str | None, state: str | None, minutes: int | None) -> str:
    """Language-free code stored with the call, e.g. rebate.paid.lt1h; shown as 刷单-已转账<1h."""
    return f"{fraud_type or 'other'}.{state or 'unknown'}.{urgency(state, minutes)}"


def code_label(code: str | None, lang: str) -> str:
    if not code:
        return ""
    fraud_type, state, urg = (code.split(".") + ["", "", ""])[:3]
    t = _definitions()["fraud_types"].get(fraud_type, {})
    short = (t.get("short_en") if lang == "en" else t.get("short")) or fraud_type
    u = next((x for x in _definitions()["urgency"] if x["code"] == urg), None)
    u_text = (u["name_en"] if lang == "en" else u["name"]) if u else urg
    state_text = state_label(state, lang) or (QCoreApplication.translate("Interview", "no state")
                                              if state == "unknown" else state)
    joiner = "" if urg.startswith(("lt", "gt")) else "-"
    return f"{short}-{state_text}{joiner}{u_text}"


def choose_response(state: str | None, minutes: int | None, *, has_account: bool,
                    unreachable: bool = False) -> tuple[str, ...]:
    """What the code calls for: the stop-payment while the 48-hour window is open, the station when the
    scammer still has the victim (or is about to get the money) or the victim cannot be reached, a report
    at the station once the window has closed, and always the scripts for the state."""
    out = []
    if minutes is not None and minutes < STOP_WINDOW_MINUTES and (has_account or state == "paid"):
        out.append(STOP_PAYMENT)
    if state in ("in_contact", "about_to_pay") or unreachable:
        out.append(DISPATCH)
    if minutes is not None and minutes >= STOP_WINDOW_MINUTES:
        out.append(REPORT_AT_STATION)
    out.append(SCRIPTS)
    return tuple(out)


ELDERLY_AGE = 60


def audiences(victim_id_number: str, today: date) -> tuple[str, ...]:
    """The kinds of victim a script may be written for that this victim is: 'elderly' from 60, by the ID."""
    key = id_number_key(victim_id_number)
    try:
        born = date(int(key[6:10]), int(key[10:12]), int(key[12:14]))
    except (ValueError, IndexError):
        return ()
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return ("elderly",) if age >= ELDERLY_AGE else ()


@dataclass(frozen=True)
class InterviewRecord:
    victim_state: str | None
    answers: dict[str, str]
    code: str | None
    response: tuple[str, ...]


def load(db: Database, call_id: int) -> InterviewRecord:
    row = db.execute("SELECT victim_state, interview_json, determinant_code, response_json FROM calls WHERE id = ?",
                     [call_id]).fetchone()
    if row is None:
        raise LookupError(f"no call {call_id}")
    return InterviewRecord(row[0], json.loads(row[1] or "{}"), row[2], tuple(json.loads(row[3] or "[]")))


def save(db: Database, user: User, call_id: int, *, victim_state: str | None, answers: dict[str, str],
         code: str | None, response: tuple[str, ...], clock: Clock) -> bool:
    """Stores the state, answers, code and response of a call with its audit row; False when nothing changed."""
    require(user, Permission.HANDLE_CALLS)
    if victim_state is not None and victim_state not in {s.code for s in victim_states()}:
        raise ValueError(f"unknown victim state {victim_state!r}")
    old = load(db, call_id)
    new = InterviewRecord(victim_state, dict(answers), code, tuple(response))
    if new == old:
        return False
    changes = {k: (a, b) for k, a, b in (("victim_state", old.victim_state, new.victim_state),
                                         ("determinant_code", old.code, new.code),
                                         ("answers", len(old.answers), len(new.answers))) if a != b}
    with transaction(db):
        db.execute("UPDATE calls SET victim_state = ?, interview_json = ?, determinant_code = ?, response_json = ?, "
                   "updated_at = ? WHERE id = ?",
                   [victim_state, json.dumps(answers, ensure_ascii=False), code, json.dumps(list(response)),
                    clock.now_iso(), call_id])
        audit.record(db, user, "update", "calls", call_id, changes or {"answers": ("", "edited")}, clock=clock)
    return True


# -- compliance ---------------------------------------------------------------------------------------
STAGES = ("opening", "questions", "debunk", "action", "closing")


@dataclass(frozen=True)
class Compliance:
    call_id: int
    code: str | None
    asked: int
    key_total: int
    stages_shown: tuple[str, ...]
    response_due: tuple[str, ...]
    response_done: tuple[str, ...]
    started_at: str = ""           # when the call began (local ISO time)

    @property
    def response_matched(self) -> bool:
        return all(r in self.response_done for r in self.response_due if r != SCRIPTS)

    @property
    def score(self) -> int:
        asked = self.asked / self.key_total if self.key_total else 0.0
        stages = len(set(self.stages_shown) & set(STAGES)) / len(STAGES)
        return round(100 * (0.5 * asked + 0.2 * stages + 0.3 * self.response_matched))

    @property
    def grade(self) -> str:
        s = self.score
        return "A" if s >= 85 else "B" if s >= 70 else "C" if s >= 50 else "D"


def compliance(db: Database, call_id: int) -> Compliance:
    """Which key questions were asked, which script sections were shown, whether the response matched the code."""
    rec = load(db, call_id)
    fraud_type, started_at = db.execute("SELECT fraud_type, started_at FROM calls WHERE id = ?", [call_id]).fetchone()
    keys = key_questions(fraud_type, rec.answers)
    asked = sum(1 for q in keys if rec.answers.get(q.id, SKIPPED) != SKIPPED)
    stages = tuple(r[0] for r in db.execute(
        "SELECT DISTINCT s.stage FROM script_views v JOIN scripts s ON s.id = v.script_id WHERE v.call_id = ? "
        "ORDER BY s.stage", [call_id]))
    done = [SCRIPTS] if stages else []
    if db.execute("SELECT 1 FROM stop_requests WHERE call_id = ? LIMIT 1", [call_id]).fetchone():
        done.append(STOP_PAYMENT)
    if db.execute("SELECT 1 FROM dispatches WHERE call_id = ? LIMIT 1", [call_id]).fetchone():
        done.append(DISPATCH)
    if REPORT_AT_STATION in rec.response:
        done.append(REPORT_AT_STATION)     # said on the call; nothing to record it by
    return Compliance(call_id, rec.code, asked, len(keys), stages, rec.response, tuple(done), started_at or "")


def review_sample(db: Database, *, limit: int = 20, since: str | None = None) -> list[Compliance]:
    """Calls with an interview for a senior to review, the newest first, each with its grade."""
    rows = db.execute("SELECT id FROM calls WHERE determinant_code IS NOT NULL AND (? IS NULL OR started_at >= ?) "
                      "ORDER BY started_at DESC, id DESC LIMIT ?", [since, since, limit]).fetchall()
    return [compliance(db, r[0]) for r in rows]


def code_counts(db: Database, start: str | None = None, end: str | None = None) -> list[tuple[str, int]]:
    """How many calls ended with each determinant code in the period (local ISO times, end exclusive)."""
    # Only the bounds given, as plain ranges: "(? IS NULL OR started_at >= ?)" kept SQLite from walking the
    # calls_started_code index and read every call of ten years (1.07 s of the statistics page's 1.08 s).
    where, args = "determinant_code IS NOT NULL", []
    if start is not None:
        where += " AND started_at >= ?"
        args.append(start)
    if end is not None:
        where += " AND started_at < ?"
        args.append(end)
    return [tuple(r) for r in db.execute(
        f"SELECT determinant_code, count(*) FROM calls WHERE {where} GROUP BY determinant_code ORDER BY 2 DESC, 1",
        args)]
