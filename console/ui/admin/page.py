"""Administration: users (admins), reference data (senior staff), the audit log (supervisors), backups."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...models import admin_reference, backup
from ...models.audit_query import query_audit
from ...models.paths import backup_dir
from ...models.settings import Settings
from ...models.users import (PermissionDenied, Permission, Role, UserError, create_user, list_users, reset_password,
                             update_user)
from ..page import Page
from .table_model import TupleTableModel


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
                           Role.SUPERVISOR.value: self.tr("Supervisor"), Role.ADMIN.value: self.tr("Administrator")}
        self.users_model = TupleTableModel([self.tr("ID"), self.tr("User name"), self.tr("Name"), self.tr("Role"),
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
        self.new_password = QLineEdit(objectName="newPassword", placeholderText=self.tr("initial password"))
        self.new_password.setEchoMode(QLineEdit.Password)
        add = QPushButton(self.tr("Add user"), objectName="addUser")
        add.clicked.connect(self.add_user)
        for w in (self.new_username, self.new_name, self.new_role, self.new_password, add):
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

    def add_user(self) -> bool:
        ok = self._guard(lambda: create_user(self.ctx.db, self.ctx.user, self.new_username.text(), self.new_name.text(),
                                             Role(self.new_role.currentData()), self.new_password.text(),
                                             clock=self.ctx.clock))
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
            self._guard(lambda: update_user(self.ctx.db, self.ctx.user, uid, role=role, clock=self.ctx.clock))

    def toggle_active(self) -> None:
        uid = self._selected_user()
        if uid is not None:
            active = self.ctx.db.execute("SELECT active FROM users WHERE id = ?", [uid]).fetchone()[0]
            self._guard(lambda: update_user(self.ctx.db, self.ctx.user, uid, active=not active, clock=self.ctx.clock))

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
        self.ref_model = TupleTableModel([], self, on_edit=self._edit_reference)
        self.ref_view = _table("referenceTableView", self.ref_model)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.ref_choice)
        v.addWidget(QLabel(self.tr("Double-click a cell to change it; every change is recorded in the audit log.")))
        v.addWidget(self.ref_view)
        self.refresh_reference()
        return box

    def refresh_reference(self) -> None:
        table = self.ref_choice.currentData()
        t = admin_reference.REF_TABLES[table]
        self.ref_model.headers = [t.key, *t.columns]
        self.ref_model.set_rows(admin_reference.rows(self.ctx.db, table))

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
            self.audit_table.addItem(t, t)
        self.audit_record = QLineEdit(objectName="auditRecord", placeholderText=self.tr("record no."))
        go = QPushButton(self.tr("Filter"), objectName="auditFilter")
        go.clicked.connect(self.refresh_audit)
        self.audit_model = TupleTableModel([self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Record kind"),
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
        self.audit_model.set_rows(rows)

    # -- backups -------------------------------------------------------------------------------
    def _backup_tab(self) -> QWidget:
        self.backup_folder = QLabel(objectName="backupFolder")
        self.backup_list = TupleTableModel([self.tr("Backup file"), self.tr("Size (MB)")], self)
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
        v.addWidget(QLabel(self.tr("A backup is also made automatically once a day; the newest %1 are kept.")
                           .replace("%1", str(Settings.load().backup_keep))))
        self.refresh_backups()
        return box

    def folder(self) -> Path:
        s = Settings.load()
        return Path(s.backup_dir) if s.backup_dir else backup_dir()

    def refresh_backups(self) -> None:
        self.backup_folder.setText(self.tr("Folder: %1").replace("%1", str(self.folder())))
        self.backup_list.set_rows([(p.name, f"{p.stat().st_size / 1e6:.1f}") for p in backup.backups(self.folder())])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if chosen:
            s = Settings.load()
            s.backup_dir = chosen
            s.save()
            self.refresh_backups()

    def backup_now(self) -> None:
        db_path, folder, user = self.ctx.db_path, self.folder(), self.ctx.user
        self._say(self.tr("Backing up…"))

        def done(path):
            self._say(self.tr("Backup written: %1").replace("%1", str(path)))
            self.refresh_backups()

        self.runner.start(lambda progress: backup.backup_to(db_path, folder, user), done,
                          lambda exc: self._say(self.tr("Backup failed: %1").replace("%1", str(exc))))

    def restore_selected(self) -> None:
        row = self.backup_view.currentIndex().row()
        if row < 0:
            return
        path = self.folder() / self.backup_list.rows[row][0]
        try:
            backup.check_backup(path)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Restore"), self.tr("This backup cannot be restored: %1").replace("%1", str(exc)))
            return
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Replace the current database with this backup? The current file is kept beside it. The console closes and must be started again."))
        if answer == QMessageBox.Yes:
            self.ctx.db.conn.close()
            backup.restore(path, self.ctx.db_path, self.ctx.user)
            self.window().close()
