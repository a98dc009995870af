"""Demo data for the structured interview: every demo call gets a victim state, answers, its code and
response, and the scripts an officer would have been shown (one script revised half-way, so the
effectiveness page has two versions to compare). Called by the demo generator inside its transaction."""

from __future__ import annotations

import json
import random

from sqlite_utils import Database

from console.scripts_library.reading import scripts_for_call
from console.models.calls import interview

APPS = ("快赚", "聚财通", "云视讯", "星链投资", "易借", "乐购优选", "缘来是你", "游戏宝")
REVISED_SLUG = "state-paid-opening"
REVISED_BODY = ("{name}，现在每一分钟都很关键，钱还有机会追回来。请您马上告诉我：转了几笔，每笔多少钱，"
                "转到了哪个账号，我们这就帮您止付。")


def _state_for(r: random.Random, call_type: str, outcome: str | None) -> str | None:
    if call_type == "stop_payment":
        return r.choices(("paid", "in_contact", "recovery", "third_party"), (70, 15, 8, 7))[0]
    if call_type == "warning_callback":
        return r.choices(("about_to_pay", "in_contact", "doubting", None), (35, 25, 30 if outcome != "dissuaded"
                                                                             else 10, 10))[0]
    if call_type == "report":
        return r.choices(("third_party", "paid", "recovery", None), (40, 30, 15, 15))[0]
    if call_type in ("consultation", "appeal"):
        return r.choices(("doubting", "recovery", "third_party", None), (15, 15, 20, 50))[0]
    return None


def _answers(r: random.Random, fraud_type: str, state: str | None, amount_cents: int) -> dict[str, str]:
    wanted = {"caller": "relative" if state == "third_party" else "self",
              "contact": "yes" if state == "in_contact" else "no",
              "money": {"paid": "paid", "about_to_pay": "about"}.get(state or "", "none"),
              "recovery": "yes" if state == "recovery" else "no",
              "belief": "doubt" if state == "doubting" else "yes"}
    if state == "in_contact" and amount_cents:
        wanted["money"] = "paid"
    answers: dict[str, str] = {}
    skip_rate = r.choice((0.0, 0.0, 0.1, 0.3))          # some officers skip questions: grades differ
    while (q := interview.next_question(fraud_type, answers)) is not None:
        if q.id in wanted:
            answers[q.id] = wanted[q.id]
        elif r.random() < skip_rate:
            answers[q.id] = interview.SKIPPED
        elif q.kind == "choice":
            answers[q.id] = r.choice(q.options).code
        elif q.field == "transfer_amount":
            answers[q.id] = str(amount_cents // 100) if amount_cents else ""
        elif q.field == "transfer_time":
            answers[q.id] = f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}"
        elif q.field == "app":
            answers[q.id] = r.choice(APPS)
        else:
            answers[q.id] = interview.SKIPPED
    return answers


def _minutes(r: random.Random, state: str | None) -> int | None:
    if state not in ("paid", "in_contact"):
        return None
    return r.choices((r.randint(5, 59), r.randint(60, 1439), r.randint(1440, 2879), r.randint(2880, 9000)),
                     (45, 35, 15, 5))[0]


def _revise_one_script(db: Database, at: str) -> tuple[int, int, int] | None:
    """Publishes a second version of one script, as a senior would; returns (script id, v1 id, v2 id)."""
    row = db.execute("SELECT id, published_version_id FROM scripts WHERE slug = ?", [REVISED_SLUG]).fetchone()
    if row is None:
        return None
    sid, v1 = row
    v2 = db.execute("INSERT INTO script_versions (script_id, version, title, body, stage, fraud_types, call_types, "
                    "tags, victim_states, audiences, status, created_at, reviewed_at) "
                    "SELECT script_id, 2, title, ?, stage, fraud_types, call_types, tags, victim_states, audiences, "
                    "'published', ?, ? FROM script_versions WHERE id = ?", [REVISED_BODY, at, at, v1]).lastrowid
    db.execute("UPDATE script_versions SET status = 'retired' WHERE id = ?", [v1])
    db.execute("UPDATE scripts SET body = ?, published_version_id = ?, updated_at = ? WHERE id = ?",
               [REVISED_BODY, v2, at, sid])
    return sid, v1, v2


def add_interviews(db: Database, rng: random.Random) -> int:
    """Fills the interview of every demo call; returns the number of calls given a code."""
    calls = db.execute("SELECT id, started_at, call_type, fraud_type, outcome, loss_suffered_cents + loss_saved_cents "
                       "FROM calls ORDER BY started_at").fetchall()
    if not calls:
        return 0
    scripts_by_key: dict[tuple[str, str | None], list] = {}
    middle = calls[len(calls) // 2][1]
    revised = _revise_one_script(db, middle)
    updates, views = [], []
    for cid, started, call_type, fraud_type, outcome, amount in calls:
        state = _state_for(rng, call_type or "", outcome)
        answers = _answers(rng, fraud_type or "other", state, amount or 0)
        minutes = _minutes(rng, state)
        code = interview.determinant_code(fraud_type, state, minutes)
        response = interview.choose_response(state, minutes, has_account=bool(amount))
        updates.append((state, json.dumps(answers, ensure_ascii=False), code, json.dumps(list(response)), cid))
        key = (fraud_type or "other", state)
        if key not in scripts_by_key:
            scripts_by_key[key] = scripts_for_call(db, fraud_type, None, state)
        for s in scripts_by_key[key]:
            if rng.random() < 0.15:            # not every section is read on every call
                continue
            version = s.version_id
            if revised and s.script_id == revised[0]:
                version = revised[1] if started < middle else revised[2]
            views.append((s.script_id, version, cid, started))
    db.conn.executemany("UPDATE calls SET victim_state = ?, interview_json = ?, determinant_code = ?, "
                        "response_json = ? WHERE id = ?", updates)
    db.conn.executemany("INSERT OR IGNORE INTO script_views (script_id, version_id, call_id, shown_at) "
                        "VALUES (?, ?, ?, ?)", views)
    return len(updates)
