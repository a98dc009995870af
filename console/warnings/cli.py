"""`python -m console.warnings import --db F FILE [--mapping NAME] [--json]`: a scheduled warning import.

The same importer as the window's (same checks, the source's remembered column mapping, one audit entry
per batch) run as a named system user that cannot sign in. Rows go in by blocks in short transactions, so
officers working on the same database only wait a moment. Prints the counts (as JSON with --json) and the
path of a CSV listing every rejected row with its line, reason and text as in the file.

Exit status: 0 imported (rejected rows included), 1 the file cannot be read at all, 2 the columns do not
say which holds the phone, time and level (map them once in the window for this source), 3 the database
cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sqlite3
import sys
from pathlib import Path

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.db import StorageError, DamagedDatabaseError, open_database, transaction
from console.models.core.paths import data_dir
from console.models.core.users import Role, User, get_user_by_name, hash_password
from console.models.warnings.importer import ImportResult, MappingError, export_rejects, import_file
from console.models.warnings.mapping import mapping_for, missing_required
from console.models.warnings.readers import UnreadableFileError, open_table

SYSTEM_USER = "scheduler"
DEFAULT_SOURCE = "platform"     # the import dialog's default source


def system_user(db, username: str = SYSTEM_USER, *, clock: Clock) -> User:
    """The named user scheduled imports run as; created once, inactive (nobody signs in with it)."""
    user = get_user_by_name(db, username)
    if user is not None:
        return user
    now = clock.now_iso()
    with transaction(db):
        uid = db.execute("INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
                         "VALUES (?, ?, ?, ?, 0, ?)",
                         [username, "Scheduled import (system)", Role.OFFICER.value,
                          hash_password(secrets.token_urlsafe(32)), now]).lastrowid
        audit.record(db, None, "insert", "users", uid,
                     {"username": (None, username), "role": (None, Role.OFFICER.value), "active": (None, 0)},
                     clock=clock)
    return User(uid, username, "Scheduled import (system)", Role.OFFICER)


def _rejects_path(file: Path, batch_id: int, requested: str | None) -> Path:
    if requested:
        return Path(requested)
    return file.with_name(f"{file.stem}-rejects-{batch_id}.csv")


def summary(result: ImportResult, rejects_csv: Path | None) -> dict:
    return {"batch_id": result.batch_id, "read": result.total, "kept": result.ok, "rejected": result.bad,
            "duplicate": result.duplicate, "rejects_csv": str(rejects_csv) if rejects_csv else None,
            "unknown_fraud_types": result.unknown_fraud_types, "unmapped_columns": result.unmapped_columns,
            "seconds": round(result.seconds, 2)}


def _fail(code: int, message: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    print(f"console.warnings: {message}", file=sys.stderr)
    return code


def import_command(args: argparse.Namespace) -> int:
    path = Path(args.file)
    clock = Clock()
    try:
        db = open_database(args.db)
    except (StorageError, DamagedDatabaseError, sqlite3.Error, OSError) as exc:
        return _fail(3, f"cannot open the database {args.db}: {exc}", args.json)
    try:
        try:
            table = open_table(path)
        except (UnreadableFileError, OSError) as exc:
            return _fail(1, f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}", args.json)
        header = table.header
        table.close()
        mapping = mapping_for(db, args.mapping, header)
        missing = missing_required(mapping)
        if missing:
            return _fail(2, f"no column for {', '.join(missing)} in {path.name} (columns: {', '.join(header)}); "
                            f"import it once in the window with source \"{args.mapping}\" to remember the mapping",
                         args.json)
        user = system_user(db, args.user, clock=clock)
        try:
            result = import_file(db, user, path, source=args.mapping, mapping=mapping, clock=clock)
        except MappingError as exc:
            return _fail(2, f"no column for {exc}", args.json)
        except (UnreadableFileError, OSError) as exc:
            return _fail(1, f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}", args.json)
        rejects_csv = None
        if result.bad or result.duplicate:
            rejects_csv = _rejects_path(path, result.batch_id, args.rejects)
            try:
                export_rejects(db, result.batch_id, rejects_csv, include_duplicates=True)
            except OSError:       # the drop folder may be read-only: the data folder then
                rejects_csv = data_dir() / rejects_csv.name
                export_rejects(db, result.batch_id, rejects_csv, include_duplicates=True)
        out = summary(result, rejects_csv)
        if args.json:
            print(json.dumps(out, ensure_ascii=False))
        else:
            print(f"{path.name}: {out['read']} rows read, {out['kept']} kept, {out['rejected']} rejected, "
                  f"{out['duplicate']} already imported ({out['seconds']} s)")
            if result.unknown_fraud_types:
                print("unknown fraud types kept as other: " + ", ".join(
                    f"{k} ({v})" for k, v in sorted(result.unknown_fraud_types.items(), key=lambda kv: -kv[1])))
            if result.unmapped_columns:
                print("columns not imported: " + ", ".join(result.unmapped_columns))
            if rejects_csv:
                print(f"rejected rows: {rejects_csv}")
        return 0
    finally:
        db.conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m console.warnings",
                                     description="Warning-queue commands without the window.")
    sub = parser.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="import a warning list exported by the alert platform (CSV or XLSX)")
    imp.add_argument("--db", required=True, help="the console database")
    imp.add_argument("file", help="the CSV or XLSX file")
    imp.add_argument("--mapping", default=DEFAULT_SOURCE,
                     help=f"the source whose remembered column mapping is used (default: {DEFAULT_SOURCE})")
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")
    imp.add_argument("--user", default=SYSTEM_USER, help=f"the system user to import as (default: {SYSTEM_USER})")
    imp.add_argument("--rejects", help="where to write the rejected rows (default: beside the file)")
    args = parser.parse_args(argv)
    if args.command == "import":
        return import_command(args)
    return 2


__all__ = ["main", "system_user"]
