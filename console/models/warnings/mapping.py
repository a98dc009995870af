"""Which column of a source's export file holds which warning field, guessed from the header and remembered."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.users import Permission, User, require
from console.models.core.db import transaction

# Field -> English label (translated in the "WarningFields" context). Order is the dialog's order.
FIELDS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("WarningFields", "Phone of the person warned"),
    "received_at": QT_TRANSLATE_NOOP("WarningFields", "Time received"),
    "level": QT_TRANSLATE_NOOP("WarningFields", "Level"),
    "external_id": QT_TRANSLATE_NOOP("WarningFields", "Warning number on the platform"),
    "fraud_type": QT_TRANSLATE_NOOP("WarningFields", "Fraud type"),
    "person_name": QT_TRANSLATE_NOOP("WarningFields", "Name"),
    "district": QT_TRANSLATE_NOOP("WarningFields", "District"),
    "fraud_number": QT_TRANSLATE_NOOP("WarningFields", "Fraud number"),
    "fraud_app": QT_TRANSLATE_NOOP("WarningFields", "Fraud app"),
    "notes": QT_TRANSLATE_NOOP("WarningFields", "Notes"),
}
REQUIRED_FIELDS = ("phone", "received_at", "level")

# Headers the alert platforms and the centres' own spreadsheets use, compared without case, spaces, the
# usual punctuation and anything in brackets ("预警等级（红/橙/黄）", "Phone_Number*"). The first name that a
# file has wins; each column is used once. A column matching none is offered for mapping, never dropped
# without a word (the dialog and the command line name it).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "phone": ("phone", "手机号", "手机号码", "预警号码", "受害人电话", "受害人手机号", "受害人号码", "受害人手机号码",
              "预警对象号码", "预警对象手机号", "潜在受害人号码", "用户号码", "机主号码", "被叫号码", "联系电话",
              "联系方式", "电话号码", "电话", "号码", "phone number", "mobile", "mobile number", "telephone",
              "tel", "msisdn", "victim phone"),
    "received_at": ("received_at", "received", "received at", "received time", "预警时间", "接收时间", "推送时间",
                    "下发时间", "预警推送时间", "预警下发时间", "预警产生时间", "告警时间", "发现时间", "产生时间",
                    "接收日期", "时间", "warning time", "alert time", "push time", "time", "datetime"),
    "level": ("level", "预警等级", "预警级别", "风险等级", "风险级别", "等级", "级别", "紧急程度", "warning level",
              "alert level", "risk level", "priority"),
    "external_id": ("external_id", "id", "预警编号", "预警id", "预警单号", "预警流水号", "线索编号", "工单编号",
                    "工单号", "编号", "warning id", "warning no", "alert id", "alert no", "clue id"),
    "fraud_type": ("fraud_type", "诈骗类型", "案件类型", "涉诈类型", "预警类型", "诈骗类别", "案件类别", "类型",
                   "fraud type", "fraud category", "type", "category"),
    "person_name": ("person_name", "name", "姓名", "受害人姓名", "机主姓名", "预警对象姓名", "潜在受害人姓名",
                    "用户姓名", "受害人", "预警对象", "victim name", "person name", "person"),
    "district": ("district", "区县", "所属区县", "辖区", "所属辖区", "管辖区县", "所属地区", "地区", "归属地",
                 "号码归属地", "行政区划", "county", "area", "region", "jurisdiction"),
    "fraud_number": ("fraud_number", "涉诈号码", "诈骗号码", "主叫号码", "涉案号码", "涉诈电话", "诈骗电话",
                     "可疑号码", "嫌疑号码", "对端号码", "fraud number", "fraud phone", "suspect number",
                     "calling number", "caller"),
    "fraud_app": ("fraud_app", "涉诈app", "诈骗app", "涉诈app名称", "app名称", "涉诈应用", "应用名称", "app",
                  "fraud app", "app name", "application"),
    "notes": ("notes", "备注", "说明", "预警内容", "预警描述", "简要案情", "详情", "remarks", "remark", "note",
              "comment", "description"),
}


def field_label(field: str) -> str:
    return QCoreApplication.translate("WarningFields", FIELDS[field])


_BRACKETED = re.compile(r"[（(【\[].*?[)）】\]]")
_PUNCTUATION = re.compile(r"[\s_\-*:：·./／]+")


def _norm(text: str) -> str:
    return _PUNCTUATION.sub("", _BRACKETED.sub("", text)).lower().lstrip("\ufeff")


def guess_mapping(header: list[str]) -> dict[str, str]:
    """{field: header} for the fields whose column the header names; each column used once."""
    by_norm = {_norm(h): h for h in header if h}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field, names in SYNONYMS.items():
        for name in names:
            h = by_norm.get(_norm(name))
            if h is not None and h not in used:
                mapping[field] = h
                used.add(h)
                break
    return mapping


def known_sources(db: Database) -> list[str]:
    """The sources (platforms, units) whose column mapping is remembered, by name."""
    return [r[0] for r in db.execute("SELECT source FROM column_mappings ORDER BY source")]


def load_mapping(db: Database, source: str) -> dict[str, str] | None:
    row = db.execute("SELECT mapping FROM column_mappings WHERE source = ?", [source]).fetchone()
    return json.loads(row[0]) if row else None


def mapping_for(db: Database, source: str, header: list[str]) -> dict[str, str]:
    """The remembered mapping of this source where its columns still exist, completed by guessing."""
    guessed = guess_mapping(header)
    saved = load_mapping(db, source) or {}
    kept = {f: h for f, h in saved.items() if f in FIELDS and h in header}
    for f, h in guessed.items():
        if f not in kept and h not in kept.values():
            kept[f] = h
    return kept


def missing_required(mapping: dict[str, str]) -> list[str]:
    return [f for f in REQUIRED_FIELDS if not mapping.get(f)]


def save_mapping(db: Database, user: User, source: str, mapping: dict[str, str], *,
                 clock: Clock | None = None) -> None:
    """Remembers the mapping for the next file of this source; audited."""
    require(user, Permission.HANDLE_CALLS)
    clean = {f: h for f, h in mapping.items() if f in FIELDS and h}
    old = load_mapping(db, source)
    with transaction(db):
        db.execute("INSERT INTO column_mappings (source, mapping) VALUES (?, ?) "
                   "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping",
                   [source, json.dumps(clean, ensure_ascii=False)])
        if old != clean:
            audit.record(db, user, "update" if old else "insert", "column_mappings", source,
                         {"mapping": (json.dumps(old, ensure_ascii=False) if old else None,
                                      json.dumps(clean, ensure_ascii=False))}, clock=clock)
