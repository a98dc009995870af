"""What "test connection" learns of a target before a seat is pointed at it: the engine's version and how
the database's schema history compares with this console's, or why it could not be reached (a kind the
administrator's page words plainly; the driver's text goes to the log only)."""

from __future__ import annotations

from dataclasses import dataclass

# Why a target could not be opened.
ADDRESS = "address"            # the text is no connection string libpq understands
UNREACHABLE = "unreachable"    # no server answered there (wrong host or port, server down, network)
PASSWORD = "password"          # the server refused the user or its password (none in the passfile)
NO_DATABASE = "no_database"    # the server has no database of that name
REFUSED = "refused"            # the role may not connect to that database
OTHER = "other"


@dataclass(frozen=True)
class TargetFacts:
    engine: str                  # "PostgreSQL" or "SQLite"
    version: str                 # the server's (or library's) version, e.g. "15.8"
    applied: int                 # schema steps the database has applied
    known: int                   # schema steps this console knows
    newer: int                   # steps the database has that this console does not (a newer console wrote them)

    @property
    def state(self) -> str:
        """empty (a new database: the owner's first start creates the schema), current, older, newer."""
        if self.newer:
            return "newer"
        if self.applied == 0:
            return "empty"
        return "current" if self.applied >= self.known else "older"


class TargetProblem(Exception):
    """The target could not be opened; `kind` says why (one of the names above)."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(detail or kind)
        self.kind = kind
