"""Administration: users (admins), reference data (senior staff), the audit log (supervisors), backups, the
database server (admins)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from console.models.admin import reference as admin_reference
from console.models.admin import backup
from console.models.admin import accounts
from console.models.admin.audit_query import query_audit
from console.models.core.engine import is_server_target
from console.models.core.paths import backup_dir
from console.models.core.reference import code_names
from console.models.core.users import (SCOPED_ROLES, PermissionDenied, Permission, Role, UserError, create_user, list_users, reset_password,
                             update_user)
from console.models.stations.dispatches import stations as dispatch_stations
from console.ui.admin.server_tab import ServerTab
from console.ui.page import Page
from console.ui.tasks import failure_message
from console.ui.widgets.table_model import TableModel


def _table(name: str, model) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AdminPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tabs = QTabWidget(objectName="adminTabs")
        self.setFocusProxy(self.tabs)               # where the keys go when the page is opened
        user = self.ctx.user
        self.message = QLabel(objectName="adminMessage")
        self.message.setStyleSheet("color: #c62828;")
        if user.can(Permission.MANAGE_USERS):
            self.tabs.addTab(self._users_tab(), self.tr("Users"))
        if user.can(Permission.EDIT_REFERENCE):
            self.tabs.addTab(self._reference_tab(), self.tr("Reference data"))
        if user.can(Permission.VIEW_AUDIT):
            self.tabs.addTab(self._audit_tab(), self.tr("Audit log"))
        if user.can(Permission.MANAGE_BACKUPS):
            self.tabs.addTab(self._backup_tab(), self.tr("Backups"))
        if user.can(Permission.MANAGE_USERS):        # administrators: which database this seat opens
            self.server_tab = ServerTab(self.ctx, self.runner)
            self.tabs.addTab(self.server_tab, self.tr("Database server"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def page_shown(self) -> None:
        if hasattr(self, "audit_model"):
            self.refresh_audit()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- users ---------------------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        self.role_names = {Role.OFFICER.value: self.tr("Officer"), Role.SENIOR.value: self.tr("Senior staff"),
                           Role.SUPERVISOR.value: self.tr("Supervisor"), Role.ADMIN.value: self.tr("Administrator"),
                           Role.STATION.value: self.tr("Police station"), Role.DISTRICT.value: self.tr("County bureau")}
        self.users_model = TableModel([self.tr("ID"), self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                       self.tr("Active"), self.tr("Locked until"), self.tr("Created")], self)
        self.users_view = _table("usersTable", self.users_model)
        box = QWidget()
        v = QVBoxLayout(box)
        form = QHBoxLayout()
        self.new_username = QLineEdit(objectName="newUsername", placeholderText=self.tr("user name"))
        self.new_name = QLineEdit(objectName="newDisplayName", placeholderText=self.tr("full name"))
        self.new_role = QComboBox(objectName="newRole")
        for role in Role:
            self.new_role.addItem(self.role_names[role.value], role.value)
        # A station's or county bureau's user works at one: chosen beside the role.
        self.new_workplace = QComboBox(objectName="newWorkplace")
        self.new_workplace.setVisible(False)
        self.new_role.currentIndexChanged.connect(self._offer_workplaces)
        self.new_password = QLineEdit(objectName="newPassword", placeholderText=self.tr("initial password"))
        self.new_password.setEchoMode(QLineEdit.Password)
        add = QPushButton(self.tr("Add user"), objectName="addUser")
        add.clicked.connect(self.add_user)
        for w in (self.new_username, self.new_name, self.new_role, self.new_workplace, self.new_password, add):
            form.addWidget(w)
        actions = QHBoxLayout()
        for text, name, fn in ((self.tr("Change role…"), "changeRole", self.change_role),
                               (self.tr("Activate / deactivate"), "toggleActive", self.toggle_active),
                               (self.tr("Reset password…"), "resetPassword", self.reset_password)):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(fn)
            actions.addWidget(b)
        actions.addStretch()
        v.addLayout(form)
        v.addWidget(self.users_view)
        v.addLayout(actions)
        self.refresh_users()
        return box

    def refresh_users(self) -> None:
        self.users_model.set_rows([(i, u, n, self.role_names.get(r, r), self.tr("yes") if a else self.tr("no"), l or "", c)
                                   for i, u, n, r, a, l, c in list_users(self.ctx.db)])

    def _selected_user(self) -> int | None:
        row = self.users_view.currentIndex().row()
        return int(self.users_model.rows[row][0]) if row >= 0 else None

    def _guard(self, fn) -> bool:
        try:
            fn()
        except (UserError, PermissionDenied) as exc:
            self._say(str(exc) if isinstance(exc, UserError) else self.tr("You may not do this."))
            return False
        self._say("")
        self.refresh_users()
        return True

    def _workplaces(self, role: Role) -> list[tuple[int | str, str]]:
        """(station id or district code, name) a user of this role may work at."""
        if role == Role.STATION:
            return [(sid, f"{name} ({district})") for sid, name, district in dispatch_stations(self.ctx.db)]
        if role == Role.DISTRICT:
            return list(code_names(self.ctx.db, "districts", lang=self.ctx.lang))
        return []

    def _offer_workplaces(self) -> None:
        role = Role(self.new_role.currentData())
        self.new_workplace.clear()
        for value, text in self._workplaces(role):
            self.new_workplace.addItem(text, value)
        self.new_workplace.setVisible(role in SCOPED_ROLES)

    def add_user(self) -> bool:
        role = Role(self.new_role.currentData())
        place = self.new_workplace.currentData()
        ok = self._guard(lambda: create_user(self.ctx.db, self.ctx.user, self.new_username.text(), self.new_name.text(),
                                             role, self.new_password.text(), clock=self.ctx.clock,
                                             station_id=place if role == Role.STATION else None,
                                             district_code=place if role == Role.DISTRICT else None))
        if ok:
            for w in (self.new_username, self.new_name, self.new_password):
                w.clear()
        return ok

    def change_role(self) -> None:
        uid = self._selected_user()
        if uid is None:
            return
        names = [self.role_names[r.value] for r in Role]
        choice, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("New role:"), names, 0, False)
        if ok:
            role = list(Role)[names.index(choice)]
            place = None
            if role in SCOPED_ROLES:          # a station's or county bureau's user: where they work
                places = self._workplaces(role)
                text, ok = QInputDialog.getItem(self, self.tr("Works at"), self.tr("Station or district:"),
                                                [t for _, t in places], 0, False)
                if not ok:
                    return
                place = places[[t for _, t in places].index(text)][0]
            self._guard(lambda: update_user(
                self.ctx.db, self.ctx.user, uid, role=role, clock=self.ctx.clock,
                station_id=place if role == Role.STATION else None,
                district_code=place if role == Role.DISTRICT else None))

    def toggle_active(self) -> None:
        uid = self._selected_user()
        if uid is not None:
            self._guard(lambda: accounts.toggle_active(self.ctx.db, self.ctx.user, uid, clock=self.ctx.clock))

    def reset_password(self) -> None:
        uid = self._selected_user()
        if uid is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr("New password (8 characters or more):"),
                                            QLineEdit.Password)
        if ok:
            self._guard(lambda: reset_password(self.ctx.db, self.ctx.user, uid, password, clock=self.ctx.clock))

    # -- reference data ------------------------------------------------------------------------
    def _reference_tab(self) -> QWidget:
        self.ref_names = {"districts": self.tr("Districts"), "stations": self.tr("Police stations"),
                          "fraud_types": self.tr("Fraud types and red-flag words"), "banks": self.tr("Banks"),
                          "card_bins": self.tr("Card BIN prefixes"), "warning_levels": self.tr("Warning levels and deadlines"),
                          "sms_templates": self.tr("SMS templates")}
        self.ref_choice = QComboBox(objectName="referenceTable")
        for table in admin_reference.REF_TABLES:
            self.ref_choice.addItem(self.ref_names[table], table)
        self.ref_choice.currentIndexChanged.connect(self.refresh_reference)
        self.ref_model = TableModel([], self, on_edit=self._edit_reference)
        self.ref_view = _table("referenceTableView", self.ref_model)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.ref_choice)
        v.addWidget(QLabel(self.tr("Double-click a cell to change it; every change is recorded in the audit log.")))
        v.addWidget(self.ref_view)
        self.refresh_reference()
        return box

    def _column_title(self, column: str) -> str:
        titles = {"code": self.tr("Code"), "id": self.tr("No."), "rowid": self.tr("No."), "name": self.tr("Name"),
                  "name_en": self.tr("English name"), "district_code": self.tr("District code"),
                  "phone": self.tr("Phone"), "active": self.tr("In use"), "red_flags": self.tr("Red-flag words"),
                  "kind": self.tr("Kind"), "prefix": self.tr("Card prefix"), "card_length": self.tr("Card length"),
                  "bank_code": self.tr("Bank code"), "card_type": self.tr("Card type"),
                  "deadline_minutes": self.tr("Deadline (minutes)"), "color": self.tr("Colour"),
                  "body": self.tr("Text"), "fraud_type": self.tr("Fraud type")}
        return titles.get(column, column)

    @staticmethod
    def _shown_value(column: str, value):
        """Stored values as people read them: the red-flag words as a list with 、, not as JSON."""
        if column == "red_flags" and isinstance(value, str) and value.startswith("["):
            try:
                return "、".join(str(w) for w in json.loads(value))
            except ValueError:
                return value
        return value

    def refresh_reference(self) -> None:
        table = self.ref_choice.currentData()
        t = admin_reference.REF_TABLES[table]
        columns = [t.key, *t.columns]
        self.ref_model.headers = [self._column_title(c) for c in columns]
        self.ref_model.set_rows([tuple(self._shown_value(c, v) for c, v in zip(columns, row))
                                 for row in admin_reference.rows(self.ctx.db, table)])

    def _edit_reference(self, row: int, column: int, value) -> str | None:
        table = self.ref_choice.currentData()
        t = admin_reference.REF_TABLES[table]
        col = t.columns[column - 1]
        if col == "red_flags":
            words = [w.strip() for w in str(value).replace("，", ",").replace("、", ",").strip("[]").split(",")]
            value = json.dumps([w.strip('"') for w in words if w.strip('"')], ensure_ascii=False)
        if col in ("deadline_minutes", "card_length", "active"):
            if not str(value).strip().isdigit():
                self._say(self.tr("Enter a whole number."))
                return "number"
            value = int(value)
        try:
            admin_reference.update_value(self.ctx.db, self.ctx.user, table, self.ref_model.rows[row][0], col, value,
                                         clock=self.ctx.clock)
        except PermissionDenied:
            self._say(self.tr("You may not do this."))
            return "denied"
        except Exception as exc:  # a constraint of the table (unknown district, duplicate name...)
            self._say(self.tr("Not saved: %1").replace("%1", str(exc)))
            return str(exc)
        self._say(self.tr("Saved."))
        return None

    # -- audit ---------------------------------------------------------------------------------
    def _audit_tab(self) -> QWidget:
        self.audit_user = QLineEdit(objectName="auditUser", placeholderText=self.tr("user name"))
        self.audit_table = QComboBox(objectName="auditTable")
        self.audit_table.addItem(self.tr("All records"), None)
        for t in ("calls", "people", "accounts", "stop_requests", "stop_accounts", "warnings", "dispatches", "scripts",
                  "users"):
            self.audit_table.addItem(self._record_kind(t), t)
        self.audit_record = QLineEdit(objectName="auditRecord", placeholderText=self.tr("record no."))
        go = QPushButton(self.tr("Filter"), objectName="auditFilter")
        go.clicked.connect(self.refresh_audit)
        self.audit_model = TableModel([self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Record kind"),
                                       self.tr("Record"), self.tr("Changes (numbers masked)")], self)
        view = _table("auditTableView", self.audit_model)
        bar = QHBoxLayout()
        for w in (self.audit_user, self.audit_table, self.audit_record, go):
            bar.addWidget(w)
        bar.addStretch()
        box = QWidget()
        v = QVBoxLayout(box)
        v.addLayout(bar)
        v.addWidget(view)
        self.refresh_audit()
        return box

    def refresh_audit(self) -> None:
        rows = query_audit(self.ctx.db, self.ctx.user, username=self.audit_user.text().strip() or None,
                           table=self.audit_table.currentData(), record_id=self.audit_record.text().strip() or None)
        self.audit_model.set_rows([(at[:19].replace("T", " "), who, self._action_name(action), self._record_kind(table),
                                    record, self._changes_text(changes))
                                   for at, who, action, table, record, changes in rows])

    def _record_kind(self, table: str) -> str:
        return {"calls": self.tr("Calls"), "people": self.tr("People"), "accounts": self.tr("Accounts"),
                "stop_requests": self.tr("Stop-payment requests"), "stop_accounts": self.tr("Stopped accounts"),
                "warnings": self.tr("Warnings"), "dispatches": self.tr("Dispatches"), "scripts": self.tr("Scripts"),
                "users": self.tr("Users")}.get(table, self.tr("Reference data") if table in admin_reference.REF_TABLES
                                               else table)

    def _action_name(self, action: str) -> str:
        return {"insert": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted"),
                "issue": self.tr("issued"), "result": self.tr("bank result"), "discard": self.tr("discarded"),
                "sign_in": self.tr("signed in"), "sign_out": self.tr("signed out"),
                "sign_in_failed": self.tr("sign-in failed")}.get(action, action)

    @staticmethod
    def _changes_text(changes: str | None) -> str:
        """{"field": [old, new]} as 'field: old → new; ...' (numbers stay masked as stored)."""
        if not changes:
            return ""
        try:
            parsed = json.loads(changes)
        except ValueError:
            return changes
        if not isinstance(parsed, dict):
            return changes
        parts = []
        for field, pair in parsed.items():
            old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            show = ["—" if v in (None, "") else str(v) for v in (old, new)]
            parts.append(f"{field}: {show[0]} → {show[1]}")
        return "; ".join(parts)

    # -- backups -------------------------------------------------------------------------------
    def _backup_tab(self) -> QWidget:
        self.backup_folder = QLabel(objectName="backupFolder")
        self.backup_list = TableModel([self.tr("Backup file"), self.tr("Size (MB)")], self)
        view = _table("backupList", self.backup_list)
        self.backup_view = view
        buttons = QHBoxLayout()
        for text, name, fn in ((self.tr("Back up now"), "backupNow", self.backup_now),
                               (self.tr("Choose folder…"), "backupChooseFolder", self.choose_folder),
                               (self.tr("Restore selected…"), "restoreBackup", self.restore_selected)):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(fn)
            buttons.addWidget(b)
        buttons.addStretch()
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.backup_folder)
        v.addLayout(buttons)
        v.addWidget(view)
        if is_server_target(self.ctx.db_path):   # a seat of the centre's server makes no daily dump of its own
            v.addWidget(QLabel(self.tr("This console is a seat of the centre's server: \"Back up now\" writes the whole server database to a file here (pg_dump); daily backups are the server's own schedule.")))  # noqa: E501
        else:
            v.addWidget(QLabel(self.tr("A backup is also made automatically once a day; the newest %1 are kept.")
                               .replace("%1", str(self.ctx.settings.get("backup_keep")))))
        self.refresh_backups()
        return box

    def folder(self) -> Path:
        chosen = self.ctx.settings.get("backup_dir")
        return Path(chosen) if chosen else backup_dir()

    def setting_changed(self, name: str, value) -> None:
        if name == "backup_dir" and self.ctx.user.can(Permission.MANAGE_BACKUPS):
            self.refresh_backups()

    def refresh_backups(self) -> None:
        self.backup_folder.setText(self.tr("Folder: %1").replace("%1", str(self.folder())))
        self.backup_list.set_rows([(p.name, f"{p.stat().st_size / 1e6:.1f}") for p in backup.backups(self.folder())])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if chosen:
            try:
                self.ctx.settings.set("backup_dir", chosen)       # the label follows through the change signal
            except OSError as exc:
                self._say(self.tr("The folder could not be saved: %1").replace(
                    "%1", f"{self.ctx.settings.path} ({exc.strerror or exc})"))

    def backup_now(self) -> None:
        db_path, folder, user = self.ctx.db_path, self.folder(), self.ctx.user
        self._say(self.tr("Backing up…"))

        def done(path):
            self._say(self.tr("Backup written: %1").replace("%1", str(path)))
            self.refresh_backups()

        self.runner.start(lambda progress: backup.backup_to(db_path, folder, user), done,
                          lambda exc: self._say(self.tr("Backup failed: %1").replace(
                              "%1", failure_message(exc, explained=(backup.BackupError,)))))

    def restore_selected(self) -> None:
        """The backup is checked and written into the open database on a worker thread (other seats keep
        their connections and see the restored content); this console then closes to start afresh."""
        row = self.backup_view.currentIndex().row()
        if row < 0:
            return
        path = self.folder() / self.backup_list.rows[row][0]
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Replace the current database with this backup? A copy of the current content is kept beside the file. Other seats keep working and see the restored data; this console closes and must be started again."))
        if answer != QMessageBox.Yes:
            return
        db_path = self.ctx.db_path
        self._say(self.tr("Checking and restoring the backup…"))

        def done(kept) -> None:
            QMessageBox.information(self, self.tr("Restore"), self.tr(
                "The backup was restored. The replaced content is kept in %1. The console closes now; start it again.")
                .replace("%1", str(kept) if kept else "-"))
            self.window().close()

        def failed(exc: Exception) -> None:
            reason = failure_message(exc, explained=(backup.BackupError,))
            self._say(self.tr("This backup cannot be restored: %1").replace("%1", reason))
            QMessageBox.warning(self, self.tr("Restore"),
                                self.tr("This backup cannot be restored: %1").replace("%1", reason))

        user = self.ctx.user
        self.runner.start(lambda progress: backup.restore(path, db_path, user), done, failed)
