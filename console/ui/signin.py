"""The sign-in dialog at start, and the first-run dialog that creates the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from console.models.admin.accounts import create_first_admin
from console.models.core.users import (MIN_PASSWORD, SignInError, User, UserError, authenticate, change_own_password)


class SignInDialog(QDialog):
    def __init__(self, db, parent=None, *, clock=None):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setMinimumWidth(360)
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
            # One message for a wrong name, a wrong password, a deactivated or a locked account.
            self.message.setText(str(exc))
            self.adjustSize()               # the wrapped message gets the lines it needs
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


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
        try:
            self.user = create_first_admin(self.db, name, self.display.text(), self.password.text())
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password: the current one first, then the new one twice."""

    def __init__(self, db, user: User, parent=None, *, clock=None):
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setMinimumWidth(360)
        self.db = db
        self.user = user
        self.clock = clock
        self.setWindowTitle(self.tr("Change my password"))
        self.current = QLineEdit(objectName="currentPassword")
        self.new = QLineEdit(objectName="newOwnPassword")
        self.repeat = QLineEdit(objectName="repeatOwnPassword")
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.Password)
        self.message = QLabel(objectName="changePasswordMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Change password"))
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Signed in as %1").replace("%1", user.display_name or user.username)))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def change(self) -> None:
        if len(self.new.text()) < MIN_PASSWORD:
            self.message.setText(self.tr("The password needs at least 8 characters."))
            self.new.setFocus()
            return
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        try:
            change_own_password(self.db, self.user, self.current.text(), self.new.text(), clock=self.clock)
        except UserError as exc:
            self.message.setText(str(exc))
            self.adjustSize()
            self.current.selectAll()
            self.current.setFocus()
            return
        self.accept()
