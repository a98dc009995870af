"""The script library: search, placeholders, review and publish with role checks, diffs, import, effectiveness."""

from __future__ import annotations

import pytest

from console.models.core.users import PermissionDenied
from console.scripts_library import library
from console.scripts_library.effectiveness import effectiveness
from console.scripts_library.exchange import export_folder, import_folder
from console.scripts_library.placeholders import unknown_placeholders
from console.scripts_library.reading import fill_placeholders, record_shown, scripts_for_call
from console.scripts_library.search import search_scripts


def test_search_by_chinese_substring_and_pinyin_initials(db):
    titles = [r[1] for r in search_scripts(db, "安全账户")]
    assert "冒充公检法：戳穿骗局" in titles
    assert any("公检法" in t for t in (r[1] for r in search_scripts(db, "mcgjf")))
    assert search_scripts(db, "骗子")                       # two characters
    assert not search_scripts(db, "不存在的词语")


def test_placeholders_filled_and_unknown_reported():
    body = "{name}，您转到{suspect_account}的{amount}正在止付，请到{station}报案。{nmae}"
    assert unknown_placeholders(body) == ["nmae"]
    filled = fill_placeholders(body, {"name": "何女士", "amount": "50万元", "suspect_account": "6217…0122"})
    assert filled.startswith("何女士，您转到6217…0122的50万元") and "【the local police station】" in filled


def test_review_and_publish_flow_with_roles(db, officer, senior, supervisor, clock):
    with pytest.raises(PermissionDenied):
        library.create_script(db, officer, title="x", stage="opening", body="x", fraud_types=[], clock=clock)
    sid = library.create_script(db, senior, title="刷单返利：开场", stage="opening",
                                body="{name}，刷单就是诈骗，{nmae}", fraud_types=["rebate"], clock=clock)
    v1 = library.versions(db, sid)[0]
    with pytest.raises(library.ScriptError, match="nmae"):
        library.submit(db, senior, v1.id, clock=clock)
    library.save_draft(db, senior, sid, title="刷单返利：开场", stage="opening", body="{name}，刷单就是诈骗。",
                       fraud_types=["rebate"], clock=clock)
    library.submit(db, senior, v1.id, clock=clock)
    with pytest.raises(library.ScriptError, match="Another senior"):
        library.review(db, senior, v1.id, approve=True, clock=clock)
    assert sid not in [s.script_id for s in scripts_for_call(db, "rebate")]
    library.review(db, supervisor, v1.id, approve=True, clock=clock)
    assert sid in [s.script_id for s in scripts_for_call(db, "rebate")]

    reading = next(s for s in scripts_for_call(db, "rebate") if s.script_id == sid)   # an officer's snapshot
    v2 = library.save_draft(db, senior, sid, title="刷单返利：开场", stage="opening",
                            body="{name}，您正在被骗，刷单就是诈骗。", fraud_types=["rebate"], clock=clock)
    library.submit(db, senior, v2, clock=clock)
    library.review(db, supervisor, v2, approve=True, clock=clock)
    assert reading.body == "{name}，刷单就是诈骗。"                  # unchanged mid-call
    versions = library.versions(db, sid)
    assert [v.status for v in versions] == ["retired", "published"]
    lines = library.diff(versions[0], versions[1])
    assert "-{name}，刷单就是诈骗。" in lines and "+{name}，您正在被骗，刷单就是诈骗。" in lines


def test_import_folder_with_one_broken_file(db, senior, clock, tmp_path):
    out = export_folder(db, tmp_path / "lib")
    assert len(out) >= 10
    (tmp_path / "lib" / "broken.md").write_text("no front matter here", encoding="utf-8")
    (tmp_path / "lib" / "typo.md").write_text("---\ntitle: t\nstage: opening\n---\n{nmae}", encoding="utf-8")
    before = db["scripts"].count
    imported, refused = import_folder(db, senior, tmp_path / "lib", clock=clock)
    assert set(refused) == {"broken.md", "typo.md"} and "front matter" in refused["broken.md"]
    assert len(imported) == len(out) and db["scripts"].count == before + len(out)


def test_effectiveness_from_recorded_calls(db, clock):
    scripts = scripts_for_call(db, "police_impersonation")
    for i, outcome in enumerate(["dissuaded", "dissuaded", "defrauded", None]):
        cid = db.execute("INSERT INTO calls (started_at, fraud_type, outcome, updated_at) VALUES (?, "
                         "'police_impersonation', ?, ?)", [clock.now_iso(), outcome, clock.now_iso()]).lastrowid
        record_shown(db, cid, scripts[0], clock.now_iso())
        record_shown(db, cid, scripts[0], clock.now_iso())        # counted once per call
    effect = next(e for e in effectiveness(db) if e.script_id == scripts[0].script_id)
    assert (effect.shown, effect.with_outcome, effect.dissuaded) == (4, 3, 2)
    assert effect.rate == pytest.approx(2 / 3)
