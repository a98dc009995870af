"""Finding scripts as the officer types: Chinese substrings (FTS5 trigram), short words, pinyin initials."""

from __future__ import annotations

import re

from sqlite_utils import Database
from console.models.core.engine import scripts_matching
from console.models.lookup.search import clean_query


def search_scripts(db: Database, text: str, *, limit: int = 50, include_unpublished: bool = False) -> list[tuple]:
    """(id, title, stage, status) best first: initials matches, then full-text, then short-word matches."""
    q = clean_query(text)
    if not q:
        return []
    status = "" if include_unpublished else "AND s.status = 'published'"
    found: dict[int, tuple] = {}
    if re.fullmatch(r"[A-Za-z]{2,}", q):
        for row in db.execute(f"SELECT s.id, s.title, s.stage, s.status FROM scripts s WHERE s.title_initials LIKE ? "
                              f"{status} LIMIT ?", [f"%{q.lower()}%", limit]):
            found.setdefault(row[0], row)
    if len(q) >= 3:
        rows = scripts_matching(db, q, limit, not include_unpublished)
    else:
        # Two characters are below the trigram index; the library is small enough for a direct look.
        rows = db.execute(f"SELECT s.id, s.title, s.stage, s.status FROM scripts s WHERE (instr(s.title, ?) > 0 OR "
                          f"instr(s.body, ?) > 0) {status} LIMIT ?", [q, q, limit])
    for row in rows:
        found.setdefault(row[0], row)
    return list(found.values())[:limit]
