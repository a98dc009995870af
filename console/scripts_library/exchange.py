"""Sharing libraries between centres: one Markdown file per script with a front matter (docs/scripts-format.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from ..models.clock import Clock
from ..models.export_files import write_private
from ..models.users import User
from .library import create_script
from .placeholders import unknown_placeholders
from .reading import STAGES

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


def import_folder(db: Database, user: User, folder: Path, *, clock: Clock) -> tuple[list[int], dict[str, str]]:
    """Imports every .md file as a draft for review; returns (new script ids, {file name: why it was refused})."""
    known_types = {c for (c,) in db.execute("SELECT code FROM fraud_types")}
    imported: list[int] = []
    refused: dict[str, str] = {}
    for path in sorted(folder.glob("*.md")):
        try:
            meta, body = parse(path.read_text(encoding="utf-8"))
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
        imported.append(create_script(db, user, title=str(meta["title"]), stage=str(meta["stage"]), body=body,
                                      fraud_types=list(meta.get("fraud_types", [])),
                                      call_types=list(meta.get("call_types", [])), tags=list(meta.get("tags", [])),
                                      clock=clock))
    return imported, refused
