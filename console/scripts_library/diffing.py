"""Two versions of a script side by side, line against line, the words that changed marked within each line.

A reviewer reads Chinese sentences, not unified-diff hunks: lines are paired with difflib, and inside a
changed pair the characters are compared (Chinese has no spaces between words; runs of letters and digits
are kept whole so a changed amount or placeholder shows as one piece).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

SAME, CHANGED, ADDED, REMOVED = "same", "changed", "added", "removed"
_TOKEN = re.compile(r"\{[^{}]*\}|[A-Za-z0-9_.%]+|\s+|.", re.S)


@dataclass(frozen=True)
class Piece:
    text: str
    changed: bool


@dataclass(frozen=True)
class Row:
    kind: str                       # same | changed | added | removed
    old: tuple[Piece, ...]          # the line in the older version (empty when added)
    new: tuple[Piece, ...]          # the line in the newer version (empty when removed)


def _tokens(line: str) -> list[str]:
    return _TOKEN.findall(line)


def _pieces(tokens: list[str], changed: bool) -> tuple[Piece, ...]:
    return (Piece("".join(tokens), changed),) if tokens else ()


def _merge(pieces: list[Piece]) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for p in pieces:
        if out and out[-1].changed == p.changed:
            out[-1] = Piece(out[-1].text + p.text, p.changed)
        elif p.text:
            out.append(p)
    return tuple(out)


def line_pair(old: str, new: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """The two lines cut into pieces, the ones that differ marked."""
    a, b = _tokens(old), _tokens(new)
    left: list[Piece] = []
    right: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left += _pieces(a[i1:i2], False)
            right += _pieces(b[j1:j2], False)
        else:
            left += _pieces(a[i1:i2], True)
            right += _pieces(b[j1:j2], True)
    return _merge(left), _merge(right)


def side_by_side(old_lines: list[str], new_lines: list[str]) -> list[Row]:
    """Every line of both versions, paired where they correspond."""
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [Row(SAME, ((Piece(x, False),)), ((Piece(x, False),))) for x in old_lines[i1:i2]]
            continue
        olds, news = old_lines[i1:i2], new_lines[j1:j2]
        for k in range(max(len(olds), len(news))):
            if k < len(olds) and k < len(news):
                left, right = line_pair(olds[k], news[k])
                rows.append(Row(CHANGED, left, right))
            elif k < len(olds):
                rows.append(Row(REMOVED, (Piece(olds[k], True),), ()))
            else:
                rows.append(Row(ADDED, (), (Piece(news[k], True),)))
    return rows


def compare(old_title: str, old_body: str, new_title: str, new_body: str) -> list[Row]:
    """Title first, then the body, as the reviewer reads them."""
    return side_by_side([old_title, *old_body.splitlines()], [new_title, *new_body.splitlines()])
