"""Translations: `update` extracts strings (one .ts per module, so parallel work never collides),
`todo` lists what is untranslated, `fill FILE.json` applies translations, `release` builds the .qm.

Source strings are English (code stays English); the Chinese interface comes from
resources/translations/zh_CN/*.ts. The compiled .qm is built by the setup and never committed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations" / "zh_CN"
BUILD_DIR = ROOT / "resources" / "translations" / "build"
QM = BUILD_DIR / "console_zh_CN.qm"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    exe = BIN / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def _sources() -> list[Path]:
    return sorted(p for p in (ROOT / "console").rglob("*.py") if "tr(" in p.read_text(encoding="utf-8")
                  or "translate(" in p.read_text(encoding="utf-8")
                  or "QT_TRANSLATE_NOOP" in p.read_text(encoding="utf-8"))


def ts_path(source: Path) -> Path:
    dotted = ".".join(source.relative_to(ROOT).with_suffix("").parts)
    return TS_DIR / f"{dotted}.ts"


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for src in _sources():
        ts = ts_path(src)
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", "zh_CN", str(src), "-ts", str(ts)], check=True)
        if not list(ET.parse(ts).getroot().iter("message")):
            ts.unlink()
            continue
        wanted.add(ts)
    for stale in set(TS_DIR.glob("*.ts")) - wanted:
        stale.unlink()
    print(f"{len(wanted)} translation files in {TS_DIR.relative_to(ROOT)}; {len(todo())} strings to translate")


def todo() -> list[tuple[str, str, str]]:
    """(file, context, source) of every unfinished or empty translation."""
    missing = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
                    if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                        continue
                    missing.append((ts.name, name, msg.findtext("source")))
    return missing


def fill(path: Path) -> None:
    """Applies {"source": "译文"} (any context) or {"Context": {"source": "译文"}} to unfinished entries."""
    data = json.loads(path.read_text(encoding="utf-8"))
    flat = {k: v for k, v in data.items() if isinstance(v, str)}
    by_ctx = {k: v for k, v in data.items() if isinstance(v, dict)}
    changed = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        dirty = False
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                text = by_ctx.get(name, {}).get(src) or flat.get(src)
                tr = msg.find("translation")
                if text and tr is not None and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
                    tr.text = text
                    tr.attrib.pop("type", None)
                    dirty = True
                    changed += 1
        if dirty:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"filled {changed} translations; {len(todo())} still to translate")


def release(force: bool = False) -> None:
    files = sorted(TS_DIR.glob("*.ts"))
    if not files:
        return
    if QM.exists() and not force and QM.stat().st_mtime >= max(f.stat().st_mtime for f in files):
        return
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lrelease"), "-silent", *map(str, files), "-qm", str(QM)], check=True)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "update"
    if cmd == "update":
        update()
    elif cmd == "todo":
        for f, ctx, src in todo():
            print(f"{f}\t{ctx}\t{src}")
    elif cmd == "fill":
        fill(Path(argv[1]))
    elif cmd == "release":
        release(force="--force" in argv)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
