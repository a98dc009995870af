"""The script library: browse by fraud type and stage, search as you type; seniors write, review, compare."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QTextBrowser,
                               QTreeView, QVBoxLayout, QWidget)

from console.models.calls import interview
from console.models.core.reference import code_names
from console.models.core.users import Permission
from console.scripts_library import library
from console.scripts_library.browsing import EVERY_FRAUD_TYPE, get_script, library_tree
from console.scripts_library.diffing import ADDED, REMOVED, Row, compare
from console.scripts_library.exchange import export_folder, import_folder
from console.scripts_library.placeholders import KNOWN, SAMPLE, unknown_placeholders
from console.scripts_library.reading import STAGES, fill_placeholders
from console.scripts_library.search import search_scripts
from console.ui.page import Page
from console.ui.scripts.effectiveness_view import EffectivenessView


class ScriptsPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        db = self.ctx.db
        self.can_edit = self.ctx.user.can(Permission.EDIT_SCRIPTS)
        self.fraud_names = dict(code_names(db, "fraud_types", lang=self.ctx.lang))
        self.stage_names = {"opening": self.tr("Opening"), "questions": self.tr("Key questions"),
                            "debunk": self.tr("Debunk"), "action": self.tr("Action now"), "closing": self.tr("Closing")}
        self.script_id: int | None = None
        self.search_box = QLineEdit(objectName="scriptSearch")
        self.setFocusProxy(self.search_box)         # where the keys go when the page is opened
        self.search_box.setPlaceholderText(self.tr("Search words of a script, or pinyin initials (mcgjf)"))
        self.search_box.textChanged.connect(self._search)
        self.search_box.installEventFilter(self)        # Down moves from the box into the scripts found
        self.results = QListWidget(objectName="scriptResults")
        self.results.itemActivated.connect(lambda item: self.open_script(item.data(Qt.UserRole)))
        self.results.itemClicked.connect(lambda item: self.open_script(item.data(Qt.UserRole)))
        self.results.hide()
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView(objectName="scriptTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.tree_model)
        self.tree.clicked.connect(lambda i: i.data(Qt.UserRole) and self.open_script(i.data(Qt.UserRole)))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.search_box)
        lv.addWidget(self.results)
        lv.addWidget(self.tree)

        self.tabs = QTabWidget(objectName="scriptTabs")
        self.reader = QTextBrowser(objectName="scriptReader")
        self.reader.setStyleSheet("font-size: 13pt;")
        self.tabs.addTab(self.reader, self.tr("Read"))
        if self.can_edit:
            self.tabs.addTab(self._editor_tab(), self.tr("Edit"))
            self.tabs.addTab(self._review_tab(), self.tr("Review"))
            self.tabs.addTab(self._versions_tab(), self.tr("Versions"))
        self.effect_view = EffectivenessView(db, self.ctx.lang, can_review=self.can_edit)
        self.tabs.addTab(self.effect_view, self.tr("Which words work"))
        self.tabs.currentChanged.connect(self._tab_changed)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([420, 860])
        layout = QVBoxLayout(self)
        # Seniors see at once that another senior's script waits for them (it reaches no officer before).
        self.review_notice = QPushButton(objectName="reviewNotice")
        self.review_notice.setStyleSheet("QPushButton { background: #fff3e0; color: #e65100; font-weight: bold; "
                                         "border: 1px solid #ffb74d; padding: 6px; text-align: left; }")
        self.review_notice.clicked.connect(lambda *_: self.open_review())
        self.review_notice.setVisible(False)
        layout.addWidget(self.review_notice)
        layout.addWidget(splitter, 1)
        if self.can_edit:
            self._load_review()
        self.message = QLabel(objectName="scriptMessage")
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        self.refresh_tree()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.search_box and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down:
            target = self.results if self.results.isVisible() else self.tree
            if target.model().rowCount() > 0:
                target.setFocus()
                target.setCurrentIndex(target.model().index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # -- browsing ------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh_tree()
        if self.can_edit:
            self._load_review()

    def reviews_waiting(self) -> int:
        """Versions in review that this senior may review (not their own)."""
        return library.reviews_waiting_for(self.ctx.db, self.ctx.user.id)

    def open_review(self) -> None:
        """The Review tab, on the first script waiting for this senior."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.review_tab))
        for row in range(self.review_list.count()):
            item = self.review_list.item(row)
            if item.flags() & Qt.ItemIsEnabled:
                self.review_list.setCurrentItem(item)
                self._show_review_item(item)
                break
        self.review_list.setFocus()

    def refresh_tree(self) -> None:
        self.tree_model.clear()
        groups = library_tree(self.ctx.db)
        for code in [*self.fraud_names, EVERY_FRAUD_TYPE]:
            if code not in groups:
                continue
            top = QStandardItem(self.fraud_names.get(code, self.tr("Every fraud type")))
            top.setEditable(False)
            for stage in STAGES:
                if stage not in groups[code]:
                    continue
                node = QStandardItem(self.stage_names[stage])
                node.setEditable(False)
                for sid, title, status in groups[code][stage]:
                    leaf = QStandardItem(title if status == "published" else f"{title}  ({self._status(status)})")
                    leaf.setData(sid, Qt.UserRole)
                    leaf.setEditable(False)
                    node.appendRow(leaf)
                top.appendRow(node)
            self.tree_model.appendRow(top)
        self.tree.expandToDepth(1)

    def _status(self, code: str) -> str:
        return {"draft": self.tr("draft"), "review": self.tr("in review"), "published": self.tr("published"),
                "retired": self.tr("retired")}.get(code, code)

    def _search(self, text: str) -> None:
        hits = search_scripts(self.ctx.db, text, include_unpublished=self.can_edit)
        self.results.clear()
        for sid, title, stage, status in hits:
            item = QListWidgetItem(f"{title} · {self.stage_names.get(stage, stage)}")
            item.setData(Qt.UserRole, sid)
            self.results.addItem(item)
        self.results.setVisible(bool(text.strip()))
        self.tree.setVisible(not text.strip())

    def open_script(self, script_id: int) -> None:
        script = get_script(self.ctx.db, script_id)
        if script is None:
            return
        self.script_id = script_id
        title, stage, body, status, notes = script.title, script.stage, script.body, script.status, script.notes
        kinds = "、".join(self.fraud_names.get(c, c) for c in script.fraud_types) or self.tr("Every fraud type")
        victims = [interview.state_label(c, self.ctx.lang) for c in script.victim_states]
        if "elderly" in script.audiences:
            victims.append(self.tr("Elderly victims only"))
        who = "、".join(victims) or self.tr("Every victim state")
        source = f"<p style='color:#666; font-size:10pt'>{html.escape(notes)}</p>" if notes else ""
        self.reader.setHtml(f"<h2>{html.escape(title)}</h2><p style='color:#666'>{self.stage_names.get(stage, stage)} · "
                            f"{html.escape(kinds)} · {html.escape(who)} · {self._status(status)}</p>"
                            f"<p>{html.escape(fill_placeholders(body, SAMPLE)).replace(chr(10), '<br>')}</p>{source}")
        if self.can_edit:
            self._load_editor(script_id)
            self._load_versions(script_id)

    # -- editing -------------------------------------------------------------------------------
    def _editor_tab(self) -> QWidget:
        self.edit_title = QLineEdit(objectName="editTitle")
        self.edit_stage = QComboBox(objectName="editStage")
        for s in STAGES:
            self.edit_stage.addItem(self.stage_names[s], s)
        # The fraud types by their names, ticked (Space) rather than typed as codes.
        self.edit_types = QListWidget(objectName="editFraudTypes")
        for code, name in self.fraud_names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.edit_types.addItem(item)
        self.edit_types.setMaximumHeight(60)
        self.edit_types.setFlow(QListWidget.LeftToRight)
        self.edit_types.setWrapping(True)
        self.edit_types.setResizeMode(QListWidget.Adjust)
        self.edit_types.setToolTip(self.tr("Tick the fraud types the script is for (Space); none: every type"))
        # The victims the script is for: states of the call (none ticked: every state), and elderly victims.
        self.edit_states = QListWidget(objectName="editVictimStates")
        for state in interview.victim_states():
            self._add_tick(self.edit_states, state.label(self.ctx.lang), ("state", state.code))
        self._add_tick(self.edit_states, self.tr("Elderly victims only"), ("audience", "elderly"))
        self.edit_states.setMaximumHeight(60)
        self.edit_states.setFlow(QListWidget.LeftToRight)
        self.edit_states.setWrapping(True)
        self.edit_states.setResizeMode(QListWidget.Adjust)
        self.edit_states.setToolTip(self.tr("Tick the victim states the script is for (Space); none: every state"))
        self.edit_body = QPlainTextEdit(objectName="editBody")
        self.edit_body.textChanged.connect(lambda: self._preview_timer.start())
        self.preview = QTextBrowser(objectName="editPreview")
        self.edit_problems = QLabel(objectName="editProblems")
        self.edit_problems.setStyleSheet("color: #c62828;")
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._update_preview)
        undo = QPushButton(self.tr("Undo"), objectName="editUndo")
        undo.clicked.connect(self.edit_body.undo)
        redo = QPushButton(self.tr("Redo"), objectName="editRedo")
        redo.clicked.connect(self.edit_body.redo)
        new = QPushButton(self.tr("New script"), objectName="newScript")
        new.clicked.connect(lambda *_: self.new_script())
        save = QPushButton(self.tr("Save draft"), objectName="saveScript")
        save.clicked.connect(lambda *_: self.save_script())
        submit = QPushButton(self.tr("Submit for review"), objectName="submitScript")
        submit.clicked.connect(lambda *_: self.submit_script())
        imp = QPushButton(self.tr("Import folder…"), objectName="importScripts")
        imp.clicked.connect(lambda: self.import_from(None))
        exp = QPushButton(self.tr("Export library…"), objectName="exportScripts")
        exp.clicked.connect(lambda: self.export_to(None))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.edit_title)
        form.addRow(self.tr("Stage"), self.edit_stage)
        form.addRow(self.tr("Fraud types"), self.edit_types)
        form.addRow(self.tr("Victims"), self.edit_states)
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", "  ".join("{" + k + "}" for k in KNOWN)))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (undo, redo, new, save, submit):
            buttons.addWidget(b)
        buttons.addStretch()
        library_buttons = QHBoxLayout()         # the library's own buttons, on a line of their own (1366×768)
        library_buttons.addStretch()
        for b in (imp, exp):
            library_buttons.addWidget(b)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addLayout(form)
        v.addWidget(hint)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.edit_body)
        split.addWidget(self.preview)
        v.addWidget(split, 1)
        v.addWidget(self.edit_problems)
        v.addLayout(buttons)
        v.addLayout(library_buttons)
        return box

    def _load_editor(self, script_id: int) -> None:
        versions = library.versions(self.ctx.db, script_id)
        latest = versions[-1] if versions else None
        if latest is None:
            return
        self.edit_title.setText(latest.title)
        self.edit_stage.setCurrentIndex(max(0, self.edit_stage.findData(latest.stage)))
        self.set_fraud_types(latest.fraud_types)
        self.set_victims(latest.victim_states, latest.audiences)
        self.edit_body.setPlainText(latest.body)

    def _update_preview(self) -> None:
        body = self.edit_body.toPlainText()
        self.preview.setPlainText(fill_placeholders(body, SAMPLE))
        unknown = unknown_placeholders(body)
        self.edit_problems.setText(self.tr("Unknown placeholders: %1").replace("%1", "、".join("{" + u + "}" for u in unknown))
                                   if unknown else "")

    def set_fraud_types(self, codes) -> None:
        for i in range(self.edit_types.count()):
            item = self.edit_types.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in codes else Qt.Unchecked)

    @staticmethod
    def _add_tick(widget: QListWidget, text: str, data) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Unchecked)
        widget.addItem(item)

    def set_victims(self, states, audiences) -> None:
        for i in range(self.edit_states.count()):
            item = self.edit_states.item(i)
            kind, code = item.data(Qt.UserRole)
            item.setCheckState(Qt.Checked if code in (states if kind == "state" else audiences) else Qt.Unchecked)

    def victims(self) -> tuple[list[str], list[str]]:
        """(victim states, audiences) ticked."""
        items = [self.edit_states.item(i) for i in range(self.edit_states.count())]
        ticked = [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]
        return [c for k, c in ticked if k == "state"], [c for k, c in ticked if k == "audience"]

    def fraud_types(self) -> list[str]:
        """The codes of the ticked fraud types, in the centre's order."""
        items = (self.edit_types.item(i) for i in range(self.edit_types.count()))
        return [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]

    def _fields(self) -> dict:
        types = self.fraud_types()
        states, audiences = self.victims()
        return {"title": self.edit_title.text(), "stage": self.edit_stage.currentData(),
                "body": self.edit_body.toPlainText(), "fraud_types": types, "victim_states": states,
                "audiences": audiences}

    def new_script(self) -> None:
        self.script_id = None
        self.edit_title.clear()
        self.set_fraud_types(())
        self.set_victims((), ())
        self.edit_body.clear()
        self.tabs.setCurrentIndex(1)

    def save_script(self) -> int | None:
        try:
            if self.script_id is None:
                self.script_id = library.create_script(self.ctx.db, self.ctx.user, clock=self.ctx.clock, **self._fields())
                vid = library.versions(self.ctx.db, self.script_id)[-1].id
            else:
                vid = library.save_draft(self.ctx.db, self.ctx.user, self.script_id, clock=self.ctx.clock, **self._fields())
        except library.ScriptError as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(self.tr("Draft saved."))
        self.refresh_tree()
        self._load_versions(self.script_id)
        return vid

    def submit_script(self) -> bool:
        vid = self.save_script()
        if vid is None:
            return False
        try:
            library.submit(self.ctx.db, self.ctx.user, vid, clock=self.ctx.clock)
        except library.ScriptError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Submitted: another senior reviews it before officers see it."))
        self._load_review()
        return True

    def import_from(self, folder: Path | None) -> tuple[list[int], dict[str, str]] | None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of scripts to import"))
            if not chosen:
                return None
            folder = Path(chosen)
        imported, refused = import_folder(self.ctx.db, self.ctx.user, folder, clock=self.ctx.clock)
        lines = [self.tr("%1 scripts imported as drafts.").replace("%1", str(len(imported)))]
        lines += [f"{name}: {why}" for name, why in refused.items()]
        self.message.setText("\n".join(lines))
        self.refresh_tree()
        return imported, refused

    def export_to(self, folder: Path | None) -> list[Path] | None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder to export the library to"))
            if not chosen:
                return None
            folder = Path(chosen)
        files = export_folder(self.ctx.db, folder)
        self.message.setText(self.tr("%1 scripts exported.").replace("%1", str(len(files))))
        return files

    # -- review and versions -------------------------------------------------------------------
    def _review_tab(self) -> QWidget:
        self.review_list = QListWidget(objectName="reviewList")
        self.review_list.itemClicked.connect(self._show_review_item)
        self.review_list.currentItemChanged.connect(lambda item, _previous: item and self._show_review_item(item))
        self.review_note = QLineEdit(objectName="reviewNote", placeholderText=self.tr("note to the author"))
        self.review_view = QTextBrowser(objectName="reviewView")
        approve = QPushButton(self.tr("Approve and publish"), objectName="approveScript")
        approve.clicked.connect(lambda: self.review_selected(True))
        reject = QPushButton(self.tr("Send back"), objectName="rejectScript")
        reject.clicked.connect(lambda: self.review_selected(False))
        box = QWidget(objectName="reviewTab")
        self.review_tab = box
        self.review_list.setMaximumHeight(120)
        v = QVBoxLayout(box)
        v.addWidget(self.review_list)
        v.addWidget(self.review_view, 1)
        v.addWidget(self.review_note)
        row = QHBoxLayout()
        row.addWidget(approve)
        row.addWidget(reject)
        row.addStretch()
        v.addLayout(row)
        return box

    def _load_review(self) -> None:
        self.review_list.clear()
        for vid, sid, title, version, author_id, author in library.review_queue(self.ctx.db):
            own = author_id == self.ctx.user.id
            item = QListWidgetItem(f"{title} · v{version} · {author}"
                                   + ("  " + self.tr("(yours: another senior reviews it)") if own else ""))
            item.setData(Qt.UserRole, (vid, sid))
            if own:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            self.review_list.addItem(item)
        n = self.reviews_waiting()
        self.tabs.setTabText(self.tabs.indexOf(self.review_tab),
                             self.tr("Review (%1)").replace("%1", str(n)) if n else self.tr("Review"))
        self.review_notice.setText(self.tr("Scripts waiting for your review: %1. Open the Review tab")
                                   .replace("%1", str(n)))
        self.review_notice.setVisible(n > 0)

    def _show_review_item(self, item) -> None:
        vid, sid = item.data(Qt.UserRole)
        versions = library.versions(self.ctx.db, sid)
        new = next(v for v in versions if v.id == vid)
        old = next((v for v in reversed(versions) if v.status == "published"), None)
        if old is None:
            rows = compare("", "", new.title, new.body)
            self.review_view.setHtml(self._diff_html(rows, self.tr("(new script)"), self._label(new)))
        else:
            rows = compare(old.title, old.body, new.title, new.body)
            self.review_view.setHtml(self._diff_html(rows, self._label(old), self._label(new)))

    def review_selected(self, approve: bool) -> bool:
        item = self.review_list.currentItem()
        if item is None:
            return False
        vid, sid = item.data(Qt.UserRole)
        try:
            library.review(self.ctx.db, self.ctx.user, vid, approve=approve, note=self.review_note.text(),
                           clock=self.ctx.clock)
        except library.ScriptError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Published.") if approve else self.tr("Sent back to the author."))
        self._load_review()
        self.refresh_tree()
        return True

    def _versions_tab(self) -> QWidget:
        self.v_from = QComboBox(objectName="diffFrom")
        self.v_to = QComboBox(objectName="diffTo")
        self.diff_view = QTextBrowser(objectName="diffView")
        for combo in (self.v_from, self.v_to):
            combo.currentIndexChanged.connect(self._show_diff)
        box = QWidget()
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare")))
        row.addWidget(self.v_from)
        row.addWidget(QLabel(self.tr("with")))
        row.addWidget(self.v_to)
        row.addStretch()
        v.addLayout(row)
        v.addWidget(self.diff_view)
        return box

    def _load_versions(self, script_id: int) -> None:
        self._versions = library.versions(self.ctx.db, script_id)
        for combo in (self.v_from, self.v_to):
            combo.blockSignals(True)
            combo.clear()
            for v in self._versions:
                combo.addItem(f"v{v.version} · {self._status(v.status)} · {v.created_at[:16]}", v.id)
            combo.blockSignals(False)
        self.v_from.setCurrentIndex(max(0, len(self._versions) - 2))
        self.v_to.setCurrentIndex(len(self._versions) - 1)
        self._show_diff()

    def _show_diff(self) -> None:
        by_id = {v.id: v for v in getattr(self, "_versions", [])}
        a, b = by_id.get(self.v_from.currentData()), by_id.get(self.v_to.currentData())
        if a and b:
            self.diff_view.setHtml(self._diff_html(compare(a.title, a.body, b.title, b.body), self._label(a),
                                                   self._label(b))
                                   if a.id != b.id else html.escape(b.body).replace(chr(10), "<br>"))

    def _label(self, v) -> str:
        return f"v{v.version} · {self._status(v.status)} · {v.created_at[:16]}"

    def _diff_html(self, rows: list[Row], old_label: str, new_label: str) -> str:
        """Side by side: removed words struck through in red on the left, added words green on the right."""
        def cell(pieces, colour, strike) -> str:
            out = []
            for p in pieces:
                text = html.escape(p.text)
                if p.changed and p.text.strip():
                    deco = "text-decoration: line-through; " if strike else ""
                    text = f"<span style='background:{colour}; {deco}font-weight:bold'>{text}</span>"
                out.append(text)
            return "".join(out) or "&nbsp;"

        head = (f"<tr><th width='50%' align='left' style='background:#eceff1'>{html.escape(old_label)}</th>"
                f"<th width='50%' align='left' style='background:#eceff1'>{html.escape(new_label)}</th></tr>")
        body = []
        changed = sum(r.kind != "same" for r in rows)
        for r in rows:
            left_bg = "#fff5f5" if r.kind in (REMOVED, "changed") else "#ffffff"
            right_bg = "#f3fbf3" if r.kind in (ADDED, "changed") else "#ffffff"
            body.append(f"<tr><td style='background:{left_bg}'>{cell(r.old, '#ffcdd2', True)}</td>"
                        f"<td style='background:{right_bg}'>{cell(r.new, '#c8e6c9', False)}</td></tr>")
        summary = self.tr("Lines changed: %1").replace("%1", str(changed))
        return (f"<p style='color:#555'>{summary}</p><table width='100%' cellspacing='0' cellpadding='5' "
                f"border='1' style='border-color:#cfd8dc; font-size:12pt'>{head}{''.join(body)}</table>")

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.effect_view:
            self.effect_view.refresh()
