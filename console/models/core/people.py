"""People (callers, victims) and accounts (bank cards, payment accounts): found again, never duplicated."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.numbers import account_number_key, id_number_key
from console.models.core.phone import normalize_phone
from console.models.core.users import User
from console.models.core.validation import guess_bank, id_birth_date, id_gender


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    id_number: str | None
    phone_raw: str
    phone_e164: str | None


def find_person(db: Database, *, id_number: str | None = None, phone: str | None = None,
                name: str | None = None) -> Person | None:
    """The same person again: by resident ID first, else by phone (and name when both are given)."""
    row = None
    if id_number:
        row = db.execute("SELECT id, name, id_number, phone_raw, phone_e164 FROM people WHERE id_number = ? "
                         "ORDER BY id LIMIT 1", [id_number_key(id_number)]).fetchone()
    e164 = normalize_phone(phone)
    if row is None and e164:
        sql = "SELECT id, name, id_number, phone_raw, phone_e164 FROM people WHERE phone_e164 = ?"
        args: list = [e164]
        if name:
            sql += " AND (name = ? OR name = '')"
            args.append(name)
        row = db.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
    return Person(*row) if row else None


def upsert_person(db: Database, user: User | None, *, name: str = "", id_number: str | None = None,
                  phone: str = "", clock: Clock | None = None) -> int:
    """Finds or creates the person and fills in what was missing; audited. Call inside a transaction."""
    now = (clock or Clock()).now_iso()
    id_number = id_number_key(id_number) or None
    existing = find_person(db, id_number=id_number, phone=phone, name=name or None)
    values = {"name": name.strip(), "id_number": id_number, "phone_raw": phone.strip(),
              "phone_e164": normalize_phone(phone)}
    if id_number:
        born = id_birth_date(id_number)
        values["birth_date"] = born.isoformat() if born else None
        values["gender"] = id_gender(id_number)
    if existing is None:
        cur = db.execute(
            "INSERT INTO people (name, id_number, phone_raw, phone_e164, gender, birth_date, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [values["name"], id_number, values["phone_raw"], values["phone_e164"], values.get("gender"),
             values.get("birth_date"), now, now],
        )
        audit.record(db, user, "insert", "people", cur.lastrowid, audit.diff(None, values), clock=clock)
        return cur.lastrowid
    old = dict(zip(("name", "id_number", "phone_raw", "phone_e164"),
                   (existing.name, existing.id_number, existing.phone_raw, existing.phone_e164)))
    new = {k: (v if v else old.get(k)) for k, v in values.items() if k in old}
    changes = audit.diff(old, new)
    if changes:
        db.execute("UPDATE people SET name = ?, id_number = ?, phone_raw = ?, phone_e164 = ?, updated_at = ? "
                   "WHERE id = ?", [new["name"] or "", new["id_number"], new["phone_raw"] or "",
                                     new["phone_e164"], now, existing.id])
        audit.record(db, user, "update", "people", existing.id, changes, clock=clock)
    return existing.id


def normalize_account_number(kind: str, number: str) -> str:
    return account_number_key(kind, number)


def upsert_account(db: Database, user: User | None, *, number: str, kind: str = "bank_card",
                   bank_code: str | None = None, holder_name: str = "", is_suspect: bool = False,
                   clock: Clock | None = None) -> int:
    """Finds or creates the account (unique by number and kind); the bank is guessed from the BIN."""
    now = (clock or Clock()).now_iso()
    number = normalize_account_number(kind, number)
    if kind == "bank_card" and not bank_code:
        bank_code = guess_bank(db, number)
    elif kind in ("alipay", "wechat") and not bank_code:
        bank_code = {"alipay": "ALIPAY", "wechat": "WECHAT"}[kind]
    row = db.execute("SELECT id, bank_code, holder_name, is_suspect FROM accounts WHERE number = ? AND kind = ?",
                     [number, kind]).fetchone()
    if row is None:
        cur = db.execute(
            "INSERT INTO accounts (number, kind, bank_code, holder_name, is_suspect, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [number, kind, bank_code, holder_name.strip(), int(is_suspect), now])
        audit.record(db, user, "insert", "accounts", cur.lastrowid,
                     audit.diff(None, {"number": number, "kind": kind, "bank_code": bank_code,
                                       "holder_name": holder_name, "is_suspect": int(is_suspect)}), clock=clock)
        return cur.lastrowid
    aid, old_bank, old_holder, old_suspect = row
    new = {"bank_code": bank_code or old_bank, "holder_name": holder_name.strip() or old_holder,
           "is_suspect": int(is_suspect or old_suspect)}
    changes = audit.diff({"bank_code": old_bank, "holder_name": old_holder, "is_suspect": old_suspect}, new)
    if changes:
        db.execute("UPDATE accounts SET bank_code = ?, holder_name = ?, is_suspect = ? WHERE id = ?",
                   [new["bank_code"], new["holder_name"], new["is_suspect"], aid])
        audit.record(db, user, "update", "accounts", aid, changes, clock=clock)
    return aid


def known_caller(db: Database, phone: str | None, *, exclude_call: int | None = None) -> dict | None:
    """What the console already holds about the person on this number: name, ID and the accounts of their
    earlier calls (victim's own first), to be offered for reuse instead of retyped. None if nothing."""
    e164 = normalize_phone(phone)
    if not e164:
        return None
    row = db.execute("SELECT id, name, id_number FROM people WHERE phone_e164 = ? AND (name != '' OR id_number "
                     "IS NOT NULL) ORDER BY updated_at DESC, id DESC LIMIT 1", [e164]).fetchone()
    if row is None:
        return None
    pid, name, id_number = row
    accounts = [{"role": role, "kind": kind, "number": number, "holder": holder or ""}
                for role, kind, number, holder in db.execute(
                    "SELECT ca.role, a.kind, a.number, max(a.holder_name) FROM calls c "
                    "JOIN call_accounts ca ON ca.call_id = c.id JOIN accounts a ON a.id = ca.account_id "
                    "WHERE (c.caller_person_id = ? OR c.victim_person_id = ?) AND c.id IS NOT ? "
                    "GROUP BY ca.role, a.id ORDER BY ca.role DESC, a.id LIMIT 20", [pid, pid, exclude_call])]
    return {"name": name or "", "id_number": id_number or "", "accounts": accounts}
