"""The screen in the main window's place while nobody is signed in (after sign-out) or the seat is locked.

It hides every record: at a shift change the next officer signs in here, and an idle seat asks the
signed-in officer's password again (or lets them sign out for the next one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from console.models.core.users import SignInError, User, authenticate


class SessionScreen(QWidget):
    signedIn = Signal(object)          # User: a sign-in (or an unlock) succeeded
    signOutRequested = Signal()        # from the lock screen: the next officer takes the seat

    def __init__(self, db, clock=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sessionScreen")
        self.db = db
        self.clock = clock
        self.locked_user: User | None = None
        self.title = QLabel(objectName="sessionTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1f3a5f;")
        self.title.setAlignment(Qt.AlignCenter)
        self.hint = QLabel(objectName="sessionHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignCenter)
        self.username = QLineEdit(objectName="sessionUser")
        self.password = QLineEdit(objectName="sessionPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.try_sign_in)
        self.message = QLabel(objectName="sessionMessage")
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in"), objectName="sessionSignIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"), objectName="sessionSignOut")
        self.sign_out_button.clicked.connect(self.signOutRequested)

        box = QFrame(objectName="sessionBox")
        box.setFrameShape(QFrame.StyledPanel)
        box.setFixedWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.sign_in_button)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def show_sign_in(self, message: str = "") -> None:
        """Nobody is signed in: any user may sign in."""
        self.locked_user = None
        self.title.setText(self.tr("Anti-fraud hotline console"))
        self.hint.setText(message or self.tr("Sign in to take the seat."))
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.message.clear()
        self.sign_out_button.hide()
        self.username.setFocus()

    def show_locked(self, user: User) -> None:
        """The seat was idle: only the signed-in user's password opens it again."""
        self.locked_user = user
        self.title.setText(self.tr("Seat locked"))
        self.hint.setText(self.tr("The console was locked after a time without input. Enter your password "
                                  "to go on, or sign out for the next officer. Nothing typed is lost."))
        self.username.setText(user.username)
        self.username.setReadOnly(True)
        self.password.clear()
        self.message.clear()
        self.sign_out_button.show()
        self.password.setFocus()

    def try_sign_in(self) -> None:
        name = self.locked_user.username if self.locked_user else self.username.text()
        try:
            user = authenticate(self.db, name, self.password.text(), clock=self.clock)
        except SignInError as exc:
            self.message.setText(self._translate_error(str(exc)))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.password.clear()
        self.message.clear()
        self.signedIn.emit(user)

    def _translate_error(self, text: str) -> str:
        if text.startswith("Too many failed attempts"):
            seconds = "".join(ch for ch in text if ch.isdigit())
            return self.tr("Too many failed attempts. Try again in %1 s.").replace("%1", seconds)
        if text.startswith("This user is deactivated"):
            return self.tr("This user is deactivated.")
        return self.tr("Wrong user name or password.")
