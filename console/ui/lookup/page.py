"""Case lookup: one box over every record, results as you type (off the UI thread), a case's whole timeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTabWidget, QTextBrowser, QTreeView, QVBoxLayout, QWidget)

from console.models.lookup import case as case_model
from console.models.lookup.search import KINDS, PER_KIND as PAGE, Filters, Results, next_page, search
from console.models.core.export_files import write_private
from console.models.core.reference import code_names
from console.ui.form_parts import coded_combo
from console.ui.page import Page
from console.ui.widgets.fit import squeezable
from console.ui.widgets.pdf import write_html_pdf
from console.ui.tasks import Task, failure_message

DEBOUNCE_MS = 120
MORE = "more"               # the data of a group's last row, which brings the next page when activated


class _DownIntoResults(QObject):
    """Down (or Page Down) in the search box moves the keys into the results, on the first record."""

    def __init__(self, page: "LookupPage"):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Down, Qt.Key_PageDown) \
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            return self.page.enter_results()
        return False


class LookupPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind_names = {"call": self.tr("Calls"), "warning": self.tr("Warnings"),
                           "stop_request": self.tr("Stop-payments"), "person": self.tr("People"),
                           "account": self.tr("Accounts"), "dispatch": self.tr("Dispatches")}
        self.box = QLineEdit(objectName="globalSearch")
        self.setFocusProxy(self.box)                # where the keys go when the page is opened
        self.box.setPlaceholderText(self.tr("Phone (any format), card or its last digits, ID number, name, words of the notes…"))
        self.box.setStyleSheet("font-size: 14pt; padding: 6px;")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(lambda: self._debounce.start())
        self.box.installEventFilter(_DownIntoResults(self))
        self.status = QLabel(objectName="searchStatus", wordWrap=True)

        filters = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("From"), objectName="useDates")
        self.since = QDateEdit(QDate.currentDate().addYears(-1), objectName="since", calendarPopup=True)
        self.until = QDateEdit(QDate.currentDate(), objectName="until", calendarPopup=True)
        self.kind = self._combo("kindFilter", [("", self.tr("All kinds"))] + [(k, self.kind_names[k]) for k in KINDS])
        self.fraud = self._combo("fraudFilter", [("", self.tr("All fraud types"))] +
                                 code_names(self.ctx.db, "fraud_types", lang=self.ctx.lang))
        self.outcome = self._combo("outcomeFilter", [("", self.tr("All outcomes"))] +
                                   code_names(self.ctx.db, "outcomes", lang=self.ctx.lang))
        self.district = self._combo("districtFilter", [("", self.tr("All districts"))] +
                                    code_names(self.ctx.db, "districts", lang=self.ctx.lang))
        for w in (self.use_dates, self.since, QLabel(self.tr("to")), self.until, self.kind, self.fraud, self.outcome,
                  self.district):
            filters.addWidget(w)
        filters.addStretch()
        squeezable(self.kind, self.fraud, self.outcome, self.district)     # 1366×768
        for w in (self.use_dates, self.since, self.until):
            (w.toggled if w is self.use_dates else w.dateChanged).connect(lambda *_: self._debounce.start())

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(objectName="searchResults")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.activated.connect(self._open_hit)
        self.tree.doubleClicked.connect(self._open_hit)
        self.case_view = QTextBrowser(objectName="caseTimeline")
        self.print_button = QPushButton(self.tr("Save as PDF…"), objectName="printCase")
        self.print_button.clicked.connect(lambda *_: self.print_case())
        case_box = QWidget()
        cv = QVBoxLayout(case_box)
        cv.addWidget(self.case_view)
        cv.addWidget(self.print_button, 0, Qt.AlignRight)
        self.links = QTextBrowser(objectName="caseLinks")
        self.links.setOpenLinks(False)
        self.links.anchorClicked.connect(lambda url: self.show_case("account", int(url.toString())))
        self.tabs = QTabWidget()
        self.tabs.addTab(case_box, self.tr("Case timeline"))
        self.tabs.addTab(self.links, self.tr("Shared accounts"))
        self.tabs.currentChanged.connect(lambda i: self._load_links() if i == 1 else None)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setSizes([620, 640])

        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self._seq = 0
        self._search: Task | None = None       # the search in flight, cancelled by a newer one
        self._html = ""
        self._case_title = ""
        self.results: Results | None = None
        self._paging = False

    def _combo(self, name, items) -> QComboBox:
        combo = coded_combo(name, items)
        combo.currentIndexChanged.connect(lambda *_: self._debounce.start())
        return combo

    # -- searching -----------------------------------------------------------------------------
    def focus_box(self) -> None:
        self.nav.go("lookup")
        self.box.setFocus()
        self.box.selectAll()

    def search(self, text: str) -> None:
        """Called by other pages: show the lookup with this text searched."""
        self.box.setText(text)
        self._run_search()

    def filters(self) -> Filters:
        kind = self.kind.currentData()
        return Filters(
            since=self.since.date().toString("yyyy-MM-dd") if self.use_dates.isChecked() else None,
            until=self.until.date().toString("yyyy-MM-dd") if self.use_dates.isChecked() else None,
            kinds=(kind,) if kind else KINDS, fraud_type=self.fraud.currentData(),
            outcome=self.outcome.currentData(), district=self.district.currentData())

    def _run_search(self) -> None:
        self._debounce.stop()
        text = self.box.text()
        if self._search is not None:
            self._search.cancel()        # a newer search interrupts the older query
            self._search = None
        self._seq += 1
        seq, filters = self._seq, self.filters()
        self._clear_case()               # a new search: the side pane no longer shows the last person's case
        if not text.strip():
            self.model.clear()
            self.results = None
            self.status.clear()
            return

        def job(db, progress):
            return search(db, text, filters)

        def done(results):
            if seq == self._seq:
                self._search = None
                self._show(results)

        def failed(exc):
            if seq == self._seq:
                self._search = None
                self.status.setText(failure_message(exc))

        self.status.setText(self.tr("Searching…"))
        self._search = self.runner.read(job, done, failed)

    def _show(self, results: Results) -> None:
        self.results = results
        self.model.clear()
        for kind, hits in results.groups.items():
            group = QStandardItem()
            group.setEditable(False)
            group.setData(kind, Qt.UserRole + 1)
            self.model.appendRow(group)
            self._add_hits(group, hits)
        self.tree.expandAll()
        self._say_count()

    def _add_hits(self, group: QStandardItem, hits) -> None:
        """Appends a page to a group, with the row that brings the next page last while there is one."""
        kind = group.data(Qt.UserRole + 1)
        last = group.child(group.rowCount() - 1) if group.rowCount() else None
        if last is not None and last.data(Qt.UserRole) == (MORE, kind):
            group.removeRow(last.row())
        for hit in hits:
            item = QStandardItem(f"{hit.title}    {hit.detail}")
            item.setEditable(False)
            item.setData((hit.kind, hit.record_id), Qt.UserRole)
            group.appendRow(item)
        shown, total = len(self.results.groups.get(kind, [])), self.results.totals.get(kind, 0)
        name = self.kind_names.get(kind, kind)
        # A total the index capped is "at least" (2,000+), as the count under the box says.
        total_text = f"{total:,}+" if kind in self.results.capped_kinds else f"{total:,}"
        group.setText(f"{name} ({total_text})" if shown >= total else
                      self.tr("%1 (%2 of %3, newest first)").replace("%1", name).replace("%2", f"{shown:,}")
                      .replace("%3", total_text))
        if shown < total:
            more = QStandardItem(self.tr("Show the next %1… (Enter)").replace("%1", f"{min(PAGE, total - shown):,}"))
            more.setEditable(False)
            more.setData((MORE, kind), Qt.UserRole)
            more.setForeground(Qt.darkBlue)
            group.appendRow(more)

    def _say_count(self) -> None:
        results = self.results
        n, shown = results.count(), results.shown()
        if not n:
            self.status.setText(self.tr("Nothing found."))
            return
        total = f"{n:,}+" if results.capped else f"{n:,}"
        text = self.tr("%1 records found").replace("%1", total)
        if shown < n:
            text += " · " + self.tr("%1 shown, newest first; Enter on the last row of a group shows more") \
                .replace("%1", f"{shown:,}")
        self.status.setText(text)

    def show_more(self, kind: str) -> None:
        """The next page of a group, read off the UI thread; the keys stay on the first new record."""
        results = self.results
        if results is None or not results.has_more(kind) or self._paging:
            return                       # one page at a time (Enter and a double click both activate the row)
        self._paging = True
        seq = self._seq

        def job(db, progress):
            return next_page(db, results, kind)

        def done(hits):
            self._paging = False
            if seq != self._seq or results is not self.results:
                return                   # a newer search has replaced these results
            group = self._group(kind)
            first_new = group.rowCount() - 1          # where the "more" row is now
            results.groups[kind].extend(hits)
            self._add_hits(group, hits)
            self._say_count()
            index = group.child(first_new).index() if group.child(first_new) is not None else None
            if index is not None:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)

        self.status.setText(self.tr("Searching…"))
        def failed(exc):
            self._paging = False
            self.status.setText(failure_message(exc))

        self.runner.read(job, done, failed)

    def _group(self, kind: str) -> QStandardItem | None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(Qt.UserRole + 1) == kind:
                return item
        return None

    def enter_results(self) -> bool:
        """From the box into the results, on the first record; False when there is nothing to go to."""
        first = self.model.item(0)
        if first is None or first.child(0) is None:
            return False
        self.tree.setFocus()
        self.tree.setCurrentIndex(first.child(0).index())
        return True

    def result_count(self, kind: str) -> int:
        """Records of a kind on screen (the row that brings more is not one)."""
        group = self._group(kind)
        if group is None:
            return 0
        return sum(1 for r in range(group.rowCount()) if group.child(r).data(Qt.UserRole)[0] == kind)

    def _clear_case(self) -> None:
        self._html = ""
        self.case_view.clear()

    # -- opening -------------------------------------------------------------------------------
    def _open_hit(self, index) -> None:
        data = index.data(Qt.UserRole)
        if not data:
            return
        kind, rid = data
        if kind == MORE:
            self.show_more(rid)
            return
        if kind == "person":
            self.show_case("person", rid)
        elif kind == "account":
            self.show_case("account", rid)
        elif kind == "call":
            self.nav.open_call(rid)
        elif kind == "warning":
            self.nav.open_warning(rid)
        elif kind == "stop_request":
            self.nav.open_stop_request(rid)

    def show_case(self, kind: str, key) -> None:
        """kind: person | account | phone (key: id, or the number for phone)."""
        db = self.ctx.db
        if kind == "phone":
            person_id = case_model.person_with_phone(db, key)
            if person_id is None:
                self.search(str(key))
                return
            kind, key = "person", person_id
        title, events = (case_model.person_timeline if kind == "person" else case_model.account_timeline)(db, int(key))
        self._html = case_model.timeline_html(title, events, self.kind_names)
        self._case_title = title
        self.case_view.setHtml(self._html)
        self.tabs.setCurrentIndex(0)

    def print_case(self) -> None:
        if not self._html:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the case as PDF"), "case.pdf", "PDF (*.pdf)")
        if path:
            title = self.tr("Case: %1").replace("%1", self._case_title)
            try:
                write_private(Path(path), lambda tmp: write_html_pdf(self._html, tmp, title=title))   # user-only
            except OSError as exc:
                self.status.setText(self.tr("The case could not be saved to %1 (%2).").replace("%1", path)
                                    .replace("%2", exc.strerror or type(exc).__name__))

    def _load_links(self) -> None:
        def job(db, progress):
            return case_model.shared_accounts(db, limit=50)

        def done(shared):
            rows = "".join(f"<tr><td><a href='{s.account_id}'>{s.number}</a></td><td>{s.holder}</td><td>{s.cases}</td>"
                           f"<td>{s.total_cents / 100:,.2f}</td><td>{'、'.join(s.request_nos[:6])}</td></tr>" for s in shared)
            self.links.setHtml(
                "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>"
                + "</th><th>".join([self.tr("Account"), self.tr("Holder"), self.tr("Cases"), self.tr("Total received (yuan)"),
                                    self.tr("Requests")]) + "</th></tr>" + rows + "</table>")

        self.runner.read(job, done, lambda exc: self.links.setPlainText(failure_message(exc)))
