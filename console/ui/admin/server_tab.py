"""Administration, "Database server": points this seat at a centre's PostgreSQL server from its next start."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.models.core.engine import check_target, describe_target, holds_password, is_server_target
from console.models.core.engine import probe

log = logging.getLogger(__name__)


class ServerTab(QWidget):
    """The server's address (a URL or libpq service, kept in the settings without any password), a test that
    says in plain words what answers there, and the address saved for the next start (--db still wins)."""

    def __init__(self, ctx, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.address = QLineEdit(objectName="serverAddress")
        self.address.setPlaceholderText("postgresql://hotline@db.centre:5432/hotline  ·  service=hotline")
        self.address.setText(ctx.settings.get("database_server"))
        self.address.returnPressed.connect(self.test_connection)
        self.test_button = QPushButton(self.tr("Test connection"), objectName="testServer")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"), objectName="saveServer")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(objectName="serverStatus", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Database server:")))
        row.addWidget(self.address, 1)
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        v = QVBoxLayout(self)
        v.addWidget(QLabel(self.tr(
            "A centre's seats share one PostgreSQL server. Type its address (a URL or a libpq service); the "
            "console opens it at its next start unless started with --db. Leave it empty to use this PC's "
            "own database file."), wordWrap=True))
        v.addLayout(row)
        v.addWidget(QLabel(self.tr(
            "The password is never kept in the settings: libpq reads it from ~/.pgpass (or the passfile named "
            "in the address), or the system keyring supplies it."), wordWrap=True))
        v.addWidget(self.status)
        v.addStretch()
        current = ctx.db_path
        v.addWidget(QLabel(self.tr("This console is using: %1").replace("%1", describe_target(current)),
                           objectName="serverInUse", wordWrap=True))

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet("color: #1b5e20;" if ok else "color: #c62828;")
        self.status.setText(text)

    def _address(self) -> str | None:
        text = self.address.text().strip()
        if text and not is_server_target(text):
            self._say(self.tr("This is not a server address: type postgresql://user@host:port/database or "
                              "service=name."), False)
            return None
        return text

    # -- test ------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        target = self._address()
        if not target:
            if target == "":
                self._say(self.tr("Type the server's address first."), False)
            return
        self._say(self.tr("Connecting to %1…").replace("%1", describe_target(target)), True)
        self.test_button.setEnabled(False)
        self.runner.start(lambda progress: check_target(target), self._tested, self._not_reached)

    def _tested(self, facts: probe.TargetFacts) -> None:
        self.test_button.setEnabled(True)
        server = self.tr("Connected: %1 %2.").replace("%1", facts.engine).replace("%2", facts.version)
        schema = {
            "current": self.tr("The database is up to date with this console (%1 schema steps).")
            .replace("%1", str(facts.applied)),
            "empty": self.tr("The database holds no console data yet: start the console once as the schema's "
                             "owner to create it."),
            "older": self.tr("The database's schema is older than this console (%1 of %2 steps): start the "
                             "console once as the schema's owner to upgrade it.")
            .replace("%1", str(facts.applied)).replace("%2", str(facts.known)),
            "newer": self.tr("The database was written by a newer console: update this console before using it."),
        }[facts.state]
        self._say(f"{server} {schema}", facts.state == "current")

    def _not_reached(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        log.warning("test connection failed: %s", exc)
        kind = exc.kind if isinstance(exc, probe.TargetProblem) else probe.OTHER
        self._say({
            probe.PASSWORD: self.tr("The server refused the user name or password. Check the user in the address "
                                    "and its line in ~/.pgpass (or the passfile named in the address)."),
            probe.UNREACHABLE: self.tr("No database server answered at this address. Check the host and port, "
                                       "and that the server is running."),
            probe.NO_DATABASE: self.tr("The server has no database of that name."),
            probe.REFUSED: self.tr("The server does not let this user connect to this database: ask the "
                                   "server's administrator."),
            probe.ADDRESS: self.tr("This address cannot be read: type postgresql://user@host:port/database or "
                                   "service=name."),
        }.get(kind, self.tr("The server could not be used; the console's log has the details.")), False)

    # -- save ------------------------------------------------------------------------------------
    def save(self) -> None:
        target = self._address()
        if target is None:
            return
        if holds_password(target):
            self._say(self.tr("Not saved: the address holds a password. Put the password in ~/.pgpass (or the "
                              "passfile named in the address) and type the address without it."), False)
            return
        try:
            self.ctx.settings.set("database_server", target)
        except OSError as exc:
            self._say(self.tr("The setting could not be saved: %1").replace(
                "%1", f"{self.ctx.settings.path} ({exc.strerror or exc})"), False)
            return
        log.info("database server set to %s", describe_target(target) if target else "(none)")
        if target:
            self._say(self.tr("Saved. The console opens %1 at its next start (a --db given at start wins).")
                      .replace("%1", describe_target(target)), True)
        else:
            self._say(self.tr("Saved. The console opens this PC's own database at its next start."), True)
