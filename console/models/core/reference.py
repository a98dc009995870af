"""Reference data shipped in resources/reference, loaded into a new database once; then staff edit it."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass

from sqlite_utils import Database

from console.resources import load_json, resource_path
from console.models.core.clock import Clock
from console.models.core.db import transaction

REFERENCE_RELEASE = "2026.11"
# The card BIN table (hexindai/bcbc, MIT: resources/reference/card_bins.LICENSE) has its own release, so a
# database made with an older table gets the new prefixes on its next start, beside the staff's own rows.
CARD_BINS_RELEASE = "bcbc-de631827"


def _csv_rows(name: str) -> list[dict[str, str]]:
    with resource_path("reference", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_reference_data(db: Database, *, force: bool = False) -> bool:
    """Loads the shipped reference tables once. Returns True if it loaded them now."""
    loaded = db.execute("SELECT value FROM meta WHERE key = 'reference_release'").fetchone()
    if loaded and not force:
        load_card_bins(db)
        return False
    now = Clock().now_iso()
    with transaction(db):
        for rank, d in enumerate(load_json("reference", "districts.json")):
            db["districts"].insert({**d, "rank": rank}, pk="code", replace=True)
        for s in load_json("reference", "stations.json"):
            db.execute(
                "INSERT OR IGNORE INTO stations (name, district_code) VALUES (?, ?)",
                [s["name"], s["district"]],
            )
        for rank, f in enumerate(load_json("reference", "fraud_types.json")):
            db["fraud_types"].insert(
                {**f, "red_flags": json.dumps(f["red_flags"], ensure_ascii=False), "rank": rank},
                pk="code",
                replace=True,
            )
        for table, name in (("call_types", "call_types.json"), ("outcomes", "outcomes.json"),
                            ("warning_levels", "warning_levels.json")):
            for rank, row in enumerate(load_json("reference", name)):
                db[table].insert({**row, "rank": rank}, pk="code", replace=True)
        for t in load_json("reference", "sms_templates.json"):
            db.execute(
                "INSERT OR IGNORE INTO sms_templates (code, name, body, fraud_type) VALUES (?, ?, ?, ?)",
                [t["code"], t["name"], t["body"], t["fraud_type"]],
            )
        banks = _csv_rows("banks.csv")
        db["banks"].insert_all(
            [{"code": b["code"], "name": b["name"], "name_en": b.get("name_en", ""),
              "kind": b.get("kind") or "bank"} for b in banks],
            pk="code",
            replace=True,
        )
        load_card_bins(db, force=True)
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_release', ?)",
            [f"{REFERENCE_RELEASE} loaded {now}"],
        )
    return True


def load_card_bins(db: Database, *, force: bool = False) -> int:
    """Adds the shipped BIN prefixes and their issuers where missing; returns how many prefixes were added.

    Rows the staff added or changed stay as they are (INSERT OR IGNORE on (prefix, card length)), so their
    own prefixes keep winning; the bank guess takes the longest matching prefix and the card's length."""
    loaded = db.execute("SELECT value FROM meta WHERE key = 'card_bins_release'").fetchone()
    if loaded and loaded[0] == CARD_BINS_RELEASE and not force:
        return 0
    issuers = _csv_rows("card_bin_issuers.csv")
    bins = _csv_rows("card_bins.csv")
    with transaction(db):
        db.conn.executemany("INSERT OR IGNORE INTO banks (code, name, name_en, kind) VALUES (?, ?, '', 'bank')",
                            [(r["bank"], r["name"]) for r in issuers])
        known = {c for (c,) in db.execute("SELECT code FROM banks")}
        before = db.execute("SELECT count(*) FROM card_bins").fetchone()[0]
        db.conn.executemany(
            "INSERT OR IGNORE INTO card_bins (prefix, card_length, bank_code, card_type) VALUES (?, ?, ?, ?)",
            [(r["bin"], int(r["length"]), r["bank"], r["type"]) for r in bins
             if r["bank"] in known and r["bin"].isdigit() and 3 <= len(r["bin"]) <= 10])
        added = db.execute("SELECT count(*) FROM card_bins").fetchone()[0] - before
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('card_bins_release', ?)", [CARD_BINS_RELEASE])
    return added


@dataclass(frozen=True)
class FraudType:
    code: str
    name: str
    name_en: str
    red_flags: tuple[str, ...]


def fraud_types(db: Database, *, active_only: bool = True) -> list[FraudType]:
    sql = "SELECT code, name, name_en, red_flags FROM fraud_types"
    if active_only:
        sql += " WHERE active = 1"
    sql += " ORDER BY rank"
    return [FraudType(c, n, e, tuple(json.loads(r))) for c, n, e, r in db.execute(sql).fetchall()]


def bank_names(db: Database, *, lang: str = "zh") -> dict[str, str]:
    """The name of every bank by its code, in English where the table has one and the console is in English."""
    return {c: (e if lang == "en" and e else n) for c, n, e in db.execute("SELECT code, name, name_en FROM banks")}


def code_names(db: Database, table: str, *, lang: str = "zh") -> list[tuple[str, str]]:
    """(code, display name) of a small coded reference table, in its rank order."""
    if table not in {"call_types", "outcomes", "warning_levels", "fraud_types", "districts"}:
        raise ValueError(f"not a coded reference table: {table}")
    col = "name_en" if lang == "en" else "name"
    return [(c, n) for c, n in db.execute(f"SELECT code, {col} FROM {table} ORDER BY rank").fetchall()]
