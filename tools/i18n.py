"""Translations, one .ts file per language as Qt projects keep them (resources/translations/console_zh_CN.ts).

  update             extracts every string of console/ into the one file (lupdate, -no-obsolete)
  todo               lists what is untranslated
  fill FILE.json     applies {"English": "中文"} to untranslated strings; a context's own translations may be
                     given as {"Context": {"English": "中文"}} or under {"@contexts": {"Context": {...}}}
  collect TS...      prints the finished translations of any .ts files (or folders of them) as such a JSON,
                     e.g. to carry another branch's per-module files into the one file:
                     `python -m tools.i18n collect old/*.ts > carry.json && python -m tools.i18n fill carry.json`
  release [--force]  builds resources/translations/build/console_zh_CN.qm (done by the set-up)

Source strings are English (code stays English); the Chinese interface comes from the one .ts file. The
compiled .qm is built by the set-up and never committed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
BUILD_DIR = TS_DIR / "build"
LANGUAGE = "zh_CN"                       # the project translates into Chinese only; English is the source
TS = TS_DIR / f"console_{LANGUAGE}.ts"
QM = BUILD_DIR / f"console_{LANGUAGE}.qm"
BIN = Path(sys.executable).parent
CONTEXTS = "@contexts"                   # fill's key for translations that belong to one context only
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _tool(name: str) -> str:
    exe = BIN / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def _sources() -> list[Path]:
    """Every module of console/ that may hold a translatable string."""
    return sorted(p for p in (ROOT / "console").rglob("*.py")
                  if any(mark in p.read_text(encoding="utf-8") for mark in ("tr(", "translate(", "QT_TRANSLATE_NOOP")))


def extract(ts: Path) -> None:
    """lupdate over all sources into ts: new strings are added unfinished, strings gone from the code removed."""
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-target-language", LANGUAGE,
                    *map(str, _sources()), "-ts", str(ts)], check=True)


def update() -> None:
    extract(TS)
    print(f"{sum(1 for _ in messages(TS))} strings in {TS.relative_to(ROOT)}; {len(todo())} to translate")


def messages(ts: Path):
    """(context, source, translation element) of every live message of ts (vanished and obsolete ones skipped)."""
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            yield name, msg.findtext("source") or "", tr


def _finished(tr) -> bool:
    return tr is not None and tr.get("type") != "unfinished" and bool((tr.text or "").strip())


def todo(ts: Path = TS) -> list[tuple[str, str, str]]:
    """(file, context, source) of every unfinished or empty translation."""
    return [(ts.name, ctx, src) for ctx, src, tr in messages(ts) if not _finished(tr)] if ts.exists() else []


def fill(path: Path, ts: Path = TS) -> int:
    """Applies {"source": "译文"} (any context) and {"Context": {"source": "译文"}} (also under "@contexts", where a
    context may share its name with a source string) to the unfinished strings of ts; a context's own translation
    wins over the flat one. Returns how many were filled."""
    data = json.loads(path.read_text(encoding="utf-8"))
    flat = {k: v for k, v in data.items() if isinstance(v, str)}
    by_ctx = {k: v for k, v in data.items() if isinstance(v, dict) and k != CONTEXTS}
    for name, section in data.get(CONTEXTS, {}).items():
        by_ctx.setdefault(name, {}).update(section)
    tree = ET.parse(ts)
    changed = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            text = by_ctx.get(name, {}).get(src) or flat.get(src)
            tr = msg.find("translation")
            if text and tr is not None and tr.get("type") not in ("vanished", "obsolete") and not _finished(tr):
                tr.text = text
                tr.attrib.pop("type", None)
                changed += 1
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        # Text escaped as lupdate writes it (quotes, unusual blanks such as the ideographic space), so the next
        # `update` leaves the file as it is.
        body = re.sub(r">[^<]*<", lambda m: _lupdate_escapes(m[0]), body)
        ts.write_text(_HEADER + body + "\n", encoding="utf-8")
    print(f"filled {changed} translations; {len(todo(ts))} still to translate", file=sys.stderr)
    return changed


def _lupdate_escapes(text: str) -> str:
    return "".join("&apos;" if c == "'" else "&quot;" if c == '"' else
                   f"&#x{ord(c):x};" if c.isspace() and c not in " \n\t" else c for c in text)


def collect(paths: list[Path]) -> dict[str, object]:
    """The finished translations of the given .ts files (folders: every .ts in them) as fill's JSON: each source
    with its most used translation, and under "@contexts" the translations a context gives differently (a short
    English word such as "Level" is 级别 in one place and 预警等级 in another)."""
    files = [f for p in paths for f in (sorted(p.rglob("*.ts")) if p.is_dir() else [p])]
    by_ctx: dict[tuple[str, str], str] = {}
    for ts in files:
        for ctx, src, tr in messages(ts):
            if _finished(tr):
                by_ctx.setdefault((ctx, src), tr.text)
    counts: dict[str, Counter] = {}
    for (ctx, src), text in by_ctx.items():
        counts.setdefault(src, Counter())[text] += 1
    flat = {src: c.most_common(1)[0][0] for src, c in sorted(counts.items())}
    contexts: dict[str, dict[str, str]] = {}
    for (ctx, src), text in sorted(by_ctx.items()):
        if text != flat[src]:
            contexts.setdefault(ctx, {})[src] = text
    return {**flat, CONTEXTS: contexts} if contexts else dict(flat)


def release(force: bool = False) -> None:
    if not TS.exists():
        return
    if QM.exists() and not force and QM.stat().st_mtime >= TS.stat().st_mtime:
        return
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "update"
    if cmd == "update":
        update()
    elif cmd == "todo":
        for f, ctx, src in todo():
            print(f"{f}\t{ctx}\t{src}")
    elif cmd == "fill" and len(argv) == 2:
        fill(Path(argv[1]))
    elif cmd == "collect" and len(argv) > 1:
        json.dump(collect([Path(a) for a in argv[1:]]), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif cmd == "release":
        release(force="--force" in argv)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
