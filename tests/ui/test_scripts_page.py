"""The script library page: search as you type, an officer reads; a senior edits with preview and submits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.ui.main_window import MainWindow


def _page(qtbot, ctx, runner, user):
    ctx.user = user
    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    return w.show_page("scripts")


def test_officer_searches_and_reads(qtbot, ctx, runner, officer):
    page = _page(qtbot, ctx, runner, officer)
    assert page.tabs.count() == 2                     # read, which words work: no editing for officers
    qtbot.keyClicks(page.search_box, "mcgjf")
    assert page.results.count() >= 1
    page.open_script(page.results.item(0).data(0x0100))
    assert "公检法" in page.reader.toPlainText()


def test_senior_edits_previews_and_cannot_submit_unknown_placeholder(qtbot, ctx, runner, senior, db):
    page = _page(qtbot, ctx, runner, senior)
    page.new_script()
    page.edit_title.setText("虚假贷款：开场")
    page.set_fraud_types(["loan"])
    ticked = [page.edit_types.item(i) for i in range(page.edit_types.count())
              if page.edit_types.item(i).checkState() == Qt.Checked]
    assert [i.text() for i in ticked] == ["虚假网络贷款"]          # names, not codes (15.12)
    page.edit_body.setPlainText("{name}，放款前收费的都是诈骗。{amout}")
    page._update_preview()
    assert "何女士" in page.preview.toPlainText() and "amout" in page.edit_problems.text()
    assert not page.submit_script()
    assert "amout" in page.message.text()
    page.edit_body.selectAll()
    page.edit_body.insertPlainText("{name}，放款前收费的都是诈骗。")       # typed over, as an editor would
    page.edit_body.undo()
    assert "{amout}" in page.edit_body.toPlainText()        # undo brings the previous text back
    page.edit_body.redo()
    assert "{amout}" not in page.edit_body.toPlainText()
    assert page.submit_script()
    assert db.execute("SELECT status FROM script_versions WHERE title = '虚假贷款：开场'").fetchone()[0] == "review"


def test_review_diff_marks_the_changed_words_side_by_side(qtbot, ctx, runner, senior, db, clock):
    from console.models.core.users import Role, insert_user
    from console.scripts_library import library

    sid = db.execute("SELECT id FROM scripts WHERE slug = 'investment-debunk'").fetchone()[0]
    old = library.versions(db, sid)[-1]
    body = old.body.replace("持牌券商", "持牌证券公司", 1)
    vid = library.save_draft(db, senior, sid, title=old.title, stage=old.stage, body=body,
                             fraud_types=list(old.fraud_types), clock=clock)
    library.submit(db, senior, vid, clock=clock)

    other = insert_user(db, "senior2", "Second Senior", Role.SENIOR, "senior2-pass-123")
    page = _page(qtbot, ctx, runner, other)
    assert not page.review_notice.isHidden() and page.reviews_waiting() == 1
    page.open_review()
    html = page.review_view.toHtml()
    text = page.review_view.toPlainText()
    assert "持牌券商" in text and "持牌证券公司" in text and "@@" not in text and "+++" not in text
    assert "line-through" in html                                    # the words taken out, struck through
    page.review_selected(True)
    assert page.review_notice.isHidden() and page.reviews_waiting() == 0
