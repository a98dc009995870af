"""Sharing libraries between centres: one Markdown file per script with a front matter (docs/scripts-format.md)."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core.clock import Clock
from console.models.core.export_files import write_private
from console.models.core.users import User
from console.scripts_library.library import create_script
from console.scripts_library.placeholders import unknown_placeholders
from console.scripts_library.reading import STAGES

FIELDS = ("title", "stage", "fraud_types", "call_types", "tags")


def to_markdown(title: str, stage: str, fraud_types: list[str], call_types: list[str], tags: list[str], body: str) -> str:
    return ("---\n" + f"title: {title}\nstage: {stage}\nfraud_types: {', '.join(fraud_types)}\n"
            f"call_types: {', '.join(call_types)}\ntags: {', '.join(tags)}\n---\n\n{body.strip()}\n")


def export_folder(db: Database, folder: Path, *, published_only: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    sql = "SELECT slug, title, stage, fraud_types, call_types, tags, body FROM scripts"
    if published_only:
        sql += " WHERE status = 'published'"
    for slug, title, stage, fts, cts, tags, body in db.execute(sql + " ORDER BY rank, id"):
        path = folder / f"{slug}.md"
        text = to_markdown(title, stage, json.loads(fts), json.loads(cts), json.loads(tags), body)
        out.append(write_private(path, lambda tmp: tmp.write_text(text, encoding="utf-8")))
    return out


def parse(text: str) -> tuple[dict[str, object], str]:
    """(front matter, body); raises ValueError with a reason the sender can act on."""
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", text.replace("\r\n", "\n"), re.S)
    if not m:
        raise ValueError(QCoreApplication.translate("Scripts", "No front matter: the file must start with --- lines."))
    meta: dict[str, object] = {}
    for line in m.group(1).splitlines():
        if not line.strip():
            continue
        if ":" not in line:
            raise ValueError(QCoreApplication.translate("Scripts", "Front-matter line without a colon: %1").replace("%1", line))
        key, value = (x.strip() for x in line.split(":", 1))
        if key in ("fraud_types", "call_types", "tags"):
            meta[key] = [v.strip() for v in re.split(r"[,，、]", value) if v.strip()]
        else:
            meta[key] = value
    return meta, m.group(2).strip()


MAX_SCRIPT_BYTES = 1024 * 1024     # a script is a page or two


def _not_a_script_file(path: Path) -> str | None:
    """Why path is skipped (a folder, a dangling link, a pipe or device, too large), or None for a file to read.

    Checked without opening it: opening a FIFO for reading waits for a writer that never comes."""
    try:
        st = path.stat()                 # follows a link: a dangling one raises
    except OSError:
        return QCoreApplication.translate("Scripts", "Skipped: a link to a file that does not exist.")
    if stat.S_ISDIR(st.st_mode):
        return QCoreApplication.translate("Scripts", "Skipped: a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        return QCoreApplication.translate("Scripts", "Skipped: not a regular file (a pipe, socket or device).")
    if st.st_size > MAX_SCRIPT_BYTES:
        return QCoreApplication.translate("Scripts", "Skipped: larger than 1 MB, too large for a script.")
    return None


def _read_script_file(path: Path) -> str:
    # O_NONBLOCK: should the file have been swapped for a FIFO since it was checked, the open does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise ValueError(QCoreApplication.translate("Scripts", "Skipped: not a regular file (a pipe, socket or device)."))
        return f.read(MAX_SCRIPT_BYTES + 1).decode("utf-8")


def import_folder(db: Database, user: User, folder: Path, *, clock: Clock) -> tuple[list[int], dict[str, str]]:
    """Imports every .md file as a draft for review; returns (new script ids, {file name: why it was refused})."""
    known_types = {c for (c,) in db.execute("SELECT code FROM fraud_types")}
    imported: list[int] = []
    refused: dict[str, str] = {}
    for path in sorted(folder.glob("*.md")):
        skipped = _not_a_script_file(path)
        if skipped:
            refused[path.name] = skipped
            continue
        try:
            meta, body = parse(_read_script_file(path))
            if not meta.get("title"):
                raise ValueError(QCoreApplication.translate("Scripts", "The title is missing."))
            if meta.get("stage") not in STAGES:
                raise ValueError(QCoreApplication.translate("Scripts", "Unknown stage %1; use one of %2.")
                                 .replace("%1", str(meta.get("stage"))).replace("%2", ", ".join(STAGES)))
            bad = [t for t in meta.get("fraud_types", []) if t not in known_types]
            if bad:
                raise ValueError(QCoreApplication.translate("Scripts", "Unknown fraud types: %1").replace("%1", ", ".join(bad)))
            unknown = unknown_placeholders(body)
            if unknown:
                raise ValueError(QCoreApplication.translate("Scripts", "Unknown placeholders: %1. Use only the listed ones.")
                                 .replace("%1", "、".join("{" + u + "}" for u in unknown)))
            if not body:
                raise ValueError(QCoreApplication.translate("Scripts", "The script has no text."))
        except (ValueError, UnicodeDecodeError) as exc:
            refused[path.name] = str(exc)
            continue
        except OSError as exc:
            refused[path.name] = QCoreApplication.translate("Scripts", "Cannot be read: %1").replace(
                "%1", exc.strerror or str(exc))
            continue
        imported.append(create_script(db, user, title=str(meta["title"]), stage=str(meta["stage"]), body=body,
                                      fraud_types=list(meta.get("fraud_types", [])),
                                      call_types=list(meta.get("call_types", [])), tags=list(meta.get("tags", [])),
                                      clock=clock))
    return imported, refused
