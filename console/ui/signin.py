"""The sign-in dialog at start, and the first-run dialog that creates the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from ..models.users import Role, SignInError, User, authenticate, insert_user
from ..models import audit
from console.models.db import transaction


class SignInDialog(QDialog):
    def __init__(self, db, parent=None, *, clock=None):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.db = db
        self.clock = clock
        self.user: User | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.username = QLineEdit(objectName="signInUser")
        self.password = QLineEdit(objectName="signInPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.message = QLabel(objectName="signInMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Anti-fraud hotline console</b>")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        try:
            self.user = authenticate(self.db, self.username.text(), self.password.text(), clock=self.clock)
        except SignInError as exc:
            self.message.setText(self._translate_error(str(exc)))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    def _translate_error(self, text: str) -> str:
        if text.startswith("Too many failed attempts"):
            seconds = "".join(ch for ch in text if ch.isdigit())
            return self.tr("Too many failed attempts. Try again in %1 s.").replace("%1", seconds)
        if text.startswith("This user is deactivated"):
            return self.tr("This user is deactivated.")
        return self.tr("Wrong user name or password.")


class FirstAdminDialog(QDialog):
    """Shown when the database has no user yet: creates the first administrator."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.db = db
        self.user: User | None = None
        self.setWindowTitle(self.tr("Create the first administrator"))
        self.username = QLineEdit(objectName="firstAdminUser")
        self.display = QLineEdit(objectName="firstAdminName")
        self.password = QLineEdit(objectName="firstAdminPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit(objectName="firstAdminRepeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.message = QLabel(objectName="firstAdminMessage")
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This database has no users yet. Create the administrator account.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.message.setText(self.tr("Enter a user name."))
            return
        if len(self.password.text()) < 8:
            self.message.setText(self.tr("The password needs at least 8 characters."))
            return
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        self.user = insert_user(self.db, name, self.display.text().strip() or name, Role.ADMIN,
                                self.password.text())
        with transaction(self.db):
            audit.record(self.db, self.user, "insert", "users", self.user.id,
                         {"username": (None, name), "role": (None, "admin")})
        self.accept()
