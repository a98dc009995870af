"""An autosave costs the same for a long note as for a short one: the audit row keeps only the changed part
of a long text (ID and card numbers in it still masked, the chain still whole), and the full-text triggers
compare only the chunks from the first difference on."""

from __future__ import annotations

import json
import random

from console.models.core import audit
from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.migrations.lookup import CHUNK, OVERLAP, changed_chunks

ID = "110101199003074518"
CARD = "6222021234567890123"
FILL = "受害人称对方自称客服要求下载会议软件共享屏幕并转账到所谓安全账户民警当即劝阻"


def last_changes(db) -> dict:
    return json.loads(db.execute("SELECT changes FROM audit_log WHERE table_name = 'calls' "
                                 "ORDER BY id DESC LIMIT 1").fetchone()[0])


def test_typing_on_a_long_note_audits_the_typed_part_only(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    form["notes"] = (FILL * 200)[:5000]
    calls.save_call(db, officer, cid, form, clock=clock)
    sizes = []
    for typed in ("受害人", f"身份证{ID}", f"卡号{CARD}", "已劝阻"):
        form["notes"] += typed
        calls.save_call(db, officer, cid, form, clock=clock)
        old, new = last_changes(db)["notes"]
        sizes.append(len(old) + len(new))
        assert new.startswith("…") and not new.endswith("…")
    assert max(sizes) < 120                                   # before: the whole old and new note, 10,000+
    stored = db.execute("SELECT changes FROM audit_log WHERE table_name = 'calls'").fetchall()
    assert not any(ID in c or CARD in c for (c,) in stored)   # numbers typed into the note stay masked
    assert calls.load_form(db, cid)["notes"].endswith(f"卡号{CARD}已劝阻")
    assert audit.verify_chain(db) is None
    # A short note is audited whole, as before.
    form["notes"] = "短"
    calls.save_call(db, officer, cid, form, clock=clock)
    assert last_changes(db)["notes"][1] == "短"


def test_a_number_across_the_cut_is_kept_whole_and_masked(db, officer, clock):
    long = FILL * 20
    old, new = audit.changed_part(long + f"卡号{CARD}", long + f"卡号{CARD[:-1]}9")
    assert CARD in old and f"{CARD[:-1]}9" in new                # whole, so that masking recognises them
    assert audit._audited("notes", long + CARD, long + CARD + "x")[0].count("*") >= 8


def test_changed_chunks_are_the_chunks_whose_text_differs():
    rng = random.Random(5)
    span = CHUNK + OVERLAP

    def brute(a: str, b: str) -> list[int]:
        n = max((len(a) + CHUNK - 1) // CHUNK, (len(b) + CHUNK - 1) // CHUNK)
        return [i for i in range(n) if a[i * CHUNK:i * CHUNK + span] != b[i * CHUNK:i * CHUNK + span]]

    for _ in range(300):
        a = "".join(rng.choice(FILL) for _ in range(rng.randrange(0, 6 * CHUNK)))
        at = rng.randrange(0, len(a) + 1)
        cut = rng.randrange(0, 40)
        b = a[:at] + "".join(rng.choice("骗子账号12") for _ in range(rng.randrange(0, 40))) + a[at + cut:]
        assert json.loads(changed_chunks(a, b)) == brute(a, b)
    assert json.loads(changed_chunks(FILL * 100, FILL * 100 + "x")) == [len(FILL * 100) // CHUNK]
