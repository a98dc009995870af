"""Reproducible synthetic data for a city centre: users, calls, warnings, stop-payments, outcomes.

Scale per year, after the article: about 330,000 warnings, as many warning SMS, 30,000+ calls and
18,000 stop-paid accounts. Everything is drawn from `random.Random(seed)`, so a seed and a size give the
same database (the end date is the day it is generated, so the queue always has live work).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database
from stdnum import luhn
from stdnum.cn import ric

from console.models.core.audit import chained_rows
from console.models.core.audit_chain import COLUMNS as AUDIT_COLUMNS, GENESIS
from console.models.core.clock import iso
from console.demo.interview import add_interviews
from console.models.core.db import open_database
from console.scripts_library.starter import ensure_starter_library
from console.models.core.fraud_numbers import backfill_fraud_numbers
from console.models.migrations.lookup import rebuild_fulltext
from console.models.migrations.stats import rebuild_golden_summaries, rebuild_summaries
from console.models.migrations.warnings import fill_sms_places
from console.demo.text import GIVEN, NOTE_TEMPLATES, SURNAMES
from console.models.core.users import Role, has_users, hash_password, insert_user
from console.models.core.db import transaction

# Printed by the demo command; demo databases only.
DEMO_USERS: tuple[tuple[str, str, Role, str], ...] = (
    ("officer", "刘东", Role.OFFICER, "officer-96110"),
    ("senior", "王敏", Role.SENIOR, "senior-96110"),
    ("supervisor", "陈军", Role.SUPERVISOR, "supervisor-96110"),
    ("admin", "张丽", Role.ADMIN, "admin-96110"),
    ("station", "赵建国", Role.STATION, "station-96110"),      # an officer of DEMO_STATION
    ("district", "周明", Role.DISTRICT, "district-96110"),      # DEMO_DISTRICT's county bureau
)
DEMO_STATION, DEMO_DISTRICT = "孝南书院派出所", "420902"
EXTRA_OFFICERS = 16

# Bumped whenever the generator makes different data, so a reused benchmark database is never stale.
GENERATOR_VERSION = 3
WARNINGS_PER_YEAR = 330_000
CALLS_PER_YEAR = 30_500
LIVE_HOURS = 3                          # warnings of the last hours are still open; older ones were handled
STOP_REQUESTS_PER_YEAR = 9_000          # with 1-4 receiving accounts each: ~18,000 accounts
DISPATCH_SHARE = 0.05

MOBILE_PREFIXES = ("134 135 136 137 138 139 147 150 151 152 157 158 159 178 182 183 184 187 188 198 "
                   "130 131 132 155 156 166 175 176 185 186 133 153 173 177 180 181 189 191 199").split()
XIAOGAN_AREAS = ("420902", "420921", "420922", "420923", "420981", "420982", "420984")
OTHER_AREAS = ("420102", "420106", "420111", "110105", "440305", "310115", "510107")
FRAUD_WEIGHTS = {"rebate": 33, "investment": 14, "loan": 10, "cs_impersonation": 9, "police_impersonation": 9,
                 "credit": 6, "shopping": 8, "acquaintance": 5, "game": 3, "romance": 2, "other": 1}
CHANNELS = ("mobile_banking", "online_banking", "third_party", "atm", "counter")


def ensure_demo_users(db: Database) -> None:
    if has_users(db):
        return
    station = db.execute("SELECT id FROM stations WHERE name = ?", [DEMO_STATION]).fetchone()
    for username, name, role, password in DEMO_USERS:
        insert_user(db, username, name, role, password,
                    station_id=station[0] if station and role == Role.STATION else None,
                    district_code=DEMO_DISTRICT if role == Role.DISTRICT else None)


class _Maker:
    """Draws realistic values from one seeded random source."""

    def __init__(self, rng: random.Random, bins: list[tuple[str, int, str]]):
        self.r = rng
        self.bins = bins
        self.surnames = list(SURNAMES)
        self.surname_w = [1 / (i + 3) for i in range(len(self.surnames))]

    def name(self) -> str:
        r = self.r
        given = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
        return r.choices(self.surnames, self.surname_w)[0] + given

    def age(self) -> int:
        r = self.r
        return r.randint(18, 40) if r.random() < 0.62 else r.choice((r.randint(41, 75), r.randint(16, 17)))

    def id_number(self, at: datetime) -> str:
        r = self.r
        area = r.choice(XIAOGAN_AREAS) if r.random() < 0.85 else r.choice(OTHER_AREAS)
        born = at - timedelta(days=self.age() * 365 + r.randint(0, 364))
        body = f"{area}{born:%Y%m%d}{r.randint(0, 999):03d}"
        return body + ric.calc_check_digit(body + "0")  # wants a placeholder last digit

    def mobile(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + f"{self.r.randint(0, 99_999_999):08d}"

    def card(self) -> tuple[str, str]:
        prefix, length, bank = self.r.choice(self.bins)
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        return body + luhn.calc_check_digit(body), bank

    def amount_cents(self, low: int, high: int) -> int:
        """Yuan amounts officers see: round hundreds, skewed towards the small end."""
        yuan = int(low + (high - low) * self.r.random() ** 3)
        return max(low, yuan // 100 * 100) * 100


def _load(db: Database):
    bins = [(p, n, b) for p, n, b in db.execute(
        "SELECT prefix, card_length, bank_code FROM card_bins WHERE card_type = 'DC' AND card_length >= 16 "
        "AND bank_code IN ('ICBC','ABC','BOC','CCB','COMM','PSBC','CMB','CIB','SPDB','CMBC','CITIC','CEB',"
        "'HBC','HKB','HURCB','WHRCB','SPABANK','GDB','HXBANK')").fetchall()]
    levels = {c: m for c, m in db.execute("SELECT code, deadline_minutes FROM warning_levels")}
    stations = db.execute("SELECT id, district_code FROM stations").fetchall()
    templates = {c: b for c, b in db.execute("SELECT code, body FROM sms_templates")}
    return bins, levels, stations, templates


def _officers(db: Database) -> list[int]:
    existing = db.execute("SELECT count(*) FROM users WHERE username LIKE 'officer%'").fetchone()[0]
    if existing < EXTRA_OFFICERS + 1:
        # One hash for all extra demo officers (same demo password): hashing is deliberately slow.
        hashed = hash_password(DEMO_USERS[0][3])
        rng = random.Random(7)
        maker = _Maker(rng, [])
        now = iso(datetime.now())
        db.conn.executemany(
            "INSERT OR IGNORE INTO users (username, display_name, role, password_hash, created_at) "
            "VALUES (?, ?, 'officer', ?, ?)",
            [(f"officer{i:02d}", maker.name(), hashed, now) for i in range(1, EXTRA_OFFICERS + 1)])
    return [r[0] for r in db.execute("SELECT id FROM users WHERE role IN ('officer', 'senior')")]


BULK_TABLES = ("people", "accounts", "calls", "call_accounts", "call_transfers", "stop_requests", "stop_accounts",
               "stop_transfers", "warnings", "sms_outbox", "dispatches")


def _drop_secondary_indexes(db: Database, tables: tuple[str, ...]) -> list[str]:
    """Drops the tables' plain indexes and triggers (not the UNIQUE ones the inserts rely on); returns the
    statements that make them again."""
    marks = ",".join("?" * len(tables))
    rows = db.execute(f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                      f"AND tbl_name IN ({marks}) AND sql IS NOT NULL", list(tables)).fetchall()
    saved = []
    for kind, name, sql in rows:
        if kind == "index" and sql.upper().startswith("CREATE UNIQUE"):
            continue
        db.execute(f"DROP {kind.upper()} {name}")
        saved.append(sql)
    return saved


def generate(path: Path | str, years: float = 1.0, seed: int = 96110) -> Database:
    """Creates (or completes) a demo database at path with `years` of data ending now."""
    db = open_database(path)
    ensure_starter_library(db)
    ensure_demo_users(db)
    if years <= 0 or db.execute("SELECT 1 FROM warnings LIMIT 1").fetchone():
        return db
    rng = random.Random(seed)
    bins, levels, stations, templates = _load(db)
    mk = _Maker(rng, bins)
    end = datetime.now().replace(second=0, microsecond=0)
    start = end - timedelta(days=365 * years)
    span = int((end - start).total_seconds())
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    with transaction(db):
        officers = _officers(db)
        # Rows go in without the secondary indexes and full-text triggers, which are then rebuilt from the
        # finished tables: building an index from all its rows at once is several times cheaper than
        # keeping it in step with millions of inserts in random time order. All in one transaction.
        saved = _drop_secondary_indexes(db, BULK_TABLES)
        try:
            generator = _Generator(db, rng, mk, start, span, end, officers, levels, stations, templates)
            generator.run(years)
            add_interviews(db, random.Random(seed + 20))     # states, codes, answers, scripts shown
        finally:
            for sql in saved:
                db.execute(sql)
        rebuild_fulltext(db)
        rebuild_summaries(db)           # its triggers were dropped with the others while the rows went in
        rebuild_golden_summaries(db)
        backfill_fraud_numbers(db)      # the generator writes fraud numbers as typed only
        fill_sms_places(db)             # each SMS's district and station, as its trigger would have
        _write_audit(db, generator.audit)
    db.execute("PRAGMA cache_size = -2000")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("ANALYZE")
    return db


def _write_audit(db: Database, events: list[tuple]) -> None:
    """The audit rows the generated records would have had, in time order, chained in one pass and
    inserted in bulk (the append-only triggers stay in place and check every row)."""
    names = dict(db.execute("SELECT id, username FROM users").fetchall())
    events.sort(key=lambda e: e[0])
    last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    rows = chained_rows([(at, uid, names.get(uid, "(system)"), action, table, str(rid), changes)
                         for at, uid, action, table, rid, changes in events],
                        (last[0] if last else 0) + 1, last[1] if last else GENESIS)
    db.conn.executemany(f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}, hash) "
                        f"VALUES ({', '.join('?' * (len(AUDIT_COLUMNS) + 1))})", rows)


class _Generator:
    def __init__(self, db, rng, mk, start, span, end, officers, levels, stations, templates):
        self.audit: list[tuple] = []     # (at, user id, action, table, record id, changes JSON)
        self.db, self.r, self.mk = db, rng, mk
        self.start, self.span, self.end = start, span, end
        self.officers, self.levels, self.stations, self.templates = officers, levels, stations, templates
        self.ftypes = list(FRAUD_WEIGHTS)
        self.fweights = list(FRAUD_WEIGHTS.values())
        self.suspect_pool: list[int] = []

    def when(self) -> datetime:
        return self.start + timedelta(seconds=self.r.randrange(self.span))

    def fraud_type(self) -> str:
        return self.r.choices(self.ftypes, self.fweights)[0]

    def run(self, years: float) -> None:
        self.people()
        self.calls(int(CALLS_PER_YEAR * years), int(STOP_REQUESTS_PER_YEAR * years))
        self.warnings(int(WARNINGS_PER_YEAR * years))

    # -- people and accounts ------------------------------------------------------------------
    def people(self) -> None:
        n = max(50, int(CALLS_PER_YEAR * 0.9 * (self.span / 31_536_000)))
        rows = []
        for _ in range(n):
            at = self.when()
            idn = self.mk.id_number(at) if self.r.random() < 0.8 else None
            phone = self.mk.mobile()
            gender = None if idn is None else ("M" if int(idn[16]) % 2 else "F")
            born = None if idn is None else f"{idn[6:10]}-{idn[10:12]}-{idn[12:14]}"
            rows.append((self.mk.name(), idn, phone, "+86" + phone, gender, born, iso(at), iso(at)))
        cur = self.db.conn.cursor()
        cur.executemany("INSERT INTO people (name, id_number, phone_raw, phone_e164, gender, birth_date, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        first = self.db.execute("SELECT min(id) FROM people").fetchone()[0]
        self.person_ids = list(range(first, first + len(rows)))
        self.person_phone = {pid: rows[i][3] for i, pid in enumerate(self.person_ids)}
        self.person_name = {pid: rows[i][0] for i, pid in enumerate(self.person_ids)}

    def account(self, suspect: bool, at: datetime) -> int:
        if suspect and self.suspect_pool and self.r.random() < 0.18:
            return self.r.choice(self.suspect_pool)   # the same mule account in several cases
        kind = "bank_card"
        if suspect and self.r.random() < 0.15:
            kind = self.r.choice(("alipay", "wechat"))
        if kind == "bank_card":
            number, bank = self.mk.card()
        elif kind == "alipay":
            number, bank = self.mk.mobile(), "ALIPAY"
        else:
            number, bank = "wxid_" + "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)), "WECHAT"
        cur = self.db.execute(
            "INSERT OR IGNORE INTO accounts (number, kind, bank_code, holder_name, is_suspect, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [number, kind, bank, self.mk.name(), int(suspect), iso(at)])
        aid = cur.lastrowid if cur.rowcount else self.db.execute(
            "SELECT id FROM accounts WHERE number = ? AND kind = ?", [number, kind]).fetchone()[0]
        if suspect:
            self.suspect_pool.append(aid)
        return aid

    # -- calls and stop-payments ----------------------------------------------------------------
    def calls(self, n_calls: int, n_requests: int) -> None:
        r = self.r
        stop_share = n_requests / max(1, n_calls)
        call_rows = []
        requests = []
        first_id = (self.db.execute("SELECT coalesce(max(id), 0) FROM calls").fetchone()[0]) + 1
        for i in range(n_calls):
            cid = first_id + i
            at = self.when()
            pid = r.choice(self.person_ids)
            ft = self.fraud_type()
            if r.random() < stop_share:
                ctype = "stop_payment"
            else:
                ctype = r.choices(("consultation", "report", "appeal", "warning_callback", "other"),
                                  (45, 20, 10, 20, 5))[0]
            lost = ctype == "stop_payment"
            amount = self.mk.amount_cents(2_000, 600_000) if lost or r.random() < 0.3 else 0
            note = r.choice(NOTE_TEMPLATES[ft]).replace("{amount}", f"{amount // 100:,}")
            if ctype == "stop_payment":
                outcome, saved, suffered = "defrauded", 0, amount
            elif ctype in ("consultation", "appeal"):
                outcome, saved, suffered = r.choice(("answered", "answered", "not_fraud", "dissuaded")), 0, 0
            else:
                outcome = r.choices(("dissuaded", "unreachable", "to_station", "not_fraud"), (70, 10, 10, 10))[0]
                saved = amount if outcome == "dissuaded" else 0
                suffered = 0
            dur = r.randint(90, 1500)
            call_rows.append((cid, iso(at), iso(at + timedelta(seconds=8)), iso(at + timedelta(seconds=dur)),
                              "in", r.choice(("pbx", "pbx", "manual")), str(r.randint(1, 6)),
                              self.person_phone[pid], self.person_phone[pid], pid, pid, ctype, ft, note,
                              int(r.random() < 0.3 and lost), outcome, saved, suffered, r.choice(self.officers),
                              "closed", iso(at + timedelta(seconds=dur))))
            if lost:
                requests.append((cid, pid, at, amount))
            officer = call_rows[-1][18]
            self.audit.append((iso(at), officer, "insert", "calls", cid, '{"status": [null, "open"]}'))
            self.audit.append((iso(at + timedelta(seconds=dur)), officer, "close", "calls", cid,
                               f'{{"outcome": [null, "{outcome}"], "status": ["open", "closed"]}}'))
        self.db.conn.executemany(
            "INSERT INTO calls (id, started_at, answered_at, ended_at, direction, source, line, caller_raw, "
            "caller_e164, caller_person_id, victim_person_id, call_type, fraud_type, notes, three_way, outcome, "
            "loss_saved_cents, loss_suffered_cents, officer_id, status, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", call_rows)
        self.stop_requests(requests)

    def stop_requests(self, requests: list) -> None:
        r = self.r
        req_rows, sacc_rows, str_rows, cacc_rows, ctr_rows = [], [], [], [], []
        first = (self.db.execute("SELECT coalesce(max(id), 0) FROM stop_requests").fetchone()[0]) + 1
        first_sacc = (self.db.execute("SELECT coalesce(max(id), 0) FROM stop_accounts").fetchone()[0]) + 1
        per_day: dict[str, int] = {}
        requests.sort(key=lambda t: t[2])
        for k, (cid, pid, at, amount) in enumerate(requests):
            rid = first + k
            created = at + timedelta(minutes=r.randint(3, 40))
            issued = created + timedelta(minutes=r.randint(1, 8))
            victim_acct = self.account(False, at)
            cacc_rows.append((cid, victim_acct, "victim"))
            receivers = [self.account(True, at) for _ in range(r.choices((1, 2, 3, 4), (45, 30, 15, 10))[0])]
            receivers = list(dict.fromkeys(receivers))
            results: list[tuple] = []
            n_tr = max(len(receivers), r.randint(1, 5))
            parts = sorted(r.random() for _ in range(n_tr - 1))
            shares = [b - a for a, b in zip([0, *parts], [*parts, 1])]
            per_account: dict[int, int] = {}
            t = at - timedelta(minutes=r.randint(20, 600))
            for j, share in enumerate(shares):
                to = receivers[j % len(receivers)]
                cents = max(100, int(amount * share) // 100 * 100)
                per_account[to] = per_account.get(to, 0) + cents
                t = t + timedelta(minutes=r.randint(1, 25))
                row = (iso(min(t, at)), cents, r.choice(CHANNELS), f"{r.randint(10**15, 10**16 - 1)}",
                       victim_acct, to)
                str_rows.append((rid, *row))
                ctr_rows.append((cid, *row))
            for to, cents in per_account.items():
                cacc_rows.append((cid, to, "suspect"))
                status = r.choices(("stopped", "failed", "issued", "frozen"), (60, 25, 10, 5))[0]
                stopped = int(cents * r.uniform(0.3, 1.0)) // 100 * 100 if status in ("stopped", "frozen") else 0
                reason = "资金已转出" if status == "failed" else ""
                sacc_rows.append((rid, to, cents, status, stopped, reason,
                                  iso(issued + timedelta(hours=48)), iso(issued + timedelta(hours=r.randint(1, 30)))))
                if status != "issued":
                    results.append((sacc_rows[-1][7], first_sacc + len(sacc_rows) - 1, status, stopped))
            day = f"{created:%Y%m%d}"
            per_day[day] = per_day.get(day, 0) + 1
            req_rows.append((rid, f"ZF{day}{per_day[day]:04d}", cid, pid, victim_acct, "孝感市公安局反诈中心",
                             r.choice(self.officers), "issued", iso(created), iso(issued), iso(issued)))
            officer = req_rows[-1][6]
            self.audit.append((iso(created), officer, "insert", "stop_requests", rid,
                               f'{{"request_no": [null, "{req_rows[-1][1]}"]}}'))
            self.audit.append((iso(issued), officer, "issue", "stop_requests", rid, '{"status": ["draft", "issued"]}'))
            for at_, sid, status, stopped in results:
                self.audit.append((at_, officer, "result", "stop_accounts", sid,
                                   f'{{"status": ["issued", "{status}"], "stopped_cents": [0, {stopped}]}}'))
        db = self.db.conn
        db.executemany("INSERT INTO stop_requests (id, request_no, call_id, victim_person_id, victim_account_id, "
                       "unit, officer_id, status, created_at, issued_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", req_rows)
        db.executemany("INSERT INTO stop_accounts (request_id, account_id, amount_cents, status, stopped_cents, "
                       "fail_reason, window_ends_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sacc_rows)
        db.executemany("INSERT INTO stop_transfers (request_id, transferred_at, amount_cents, channel, serial_no, "
                       "from_account_id, to_account_id) VALUES (?, ?, ?, ?, ?, ?, ?)", str_rows)
        db.executemany("INSERT OR IGNORE INTO call_accounts (call_id, account_id, role) VALUES (?, ?, ?)", cacc_rows)
        db.executemany("INSERT INTO call_transfers (call_id, transferred_at, amount_cents, channel, serial_no, "
                       "from_account_id, to_account_id) VALUES (?, ?, ?, ?, ?, ?, ?)", ctr_rows)

    # -- warnings, SMS, dispatches ----------------------------------------------------------------
    def warnings(self, n: int) -> None:
        r = self.r
        level_codes = list(self.levels)
        level_w = [10, 30, 60][: len(level_codes)]
        by_district: dict[str, list[int]] = {}
        for sid, d in self.stations:
            by_district.setdefault(d, []).append(sid)
        districts = list(by_district)
        generic = self.templates.get("generic", "")
        first = (self.db.execute("SELECT coalesce(max(id), 0) FROM warnings").fetchone()[0]) + 1
        next_dispatch = (self.db.execute("SELECT coalesce(max(id), 0) FROM dispatches").fetchone()[0]) + 1
        audit = self.audit
        batch_w, batch_s, batch_d = [], [], []
        db = self.db.conn
        live_from = self.end - timedelta(hours=LIVE_HOURS)

        def flush() -> None:
            db.executemany(
                "INSERT INTO warnings (id, source, external_id, dedupe_key, received_at, deadline_at, level, "
                "fraud_type, phone_raw, phone_e164, person_name, district_code, station_id, fraud_number, "
                "status, holder_id, taken_at, first_contact_at, sms_sent_at, outcome, loss_saved_cents, "
                "closed_at, notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)", batch_w)
            db.executemany("INSERT INTO sms_outbox (warning_id, phone_e164, template_code, body, created_at, "
                           "created_by, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", batch_s)
            db.executemany("INSERT INTO dispatches (warning_id, station_id, reason, deadline_at, created_at, "
                           "created_by, status, feedback_at, visited, dissuaded, loss_saved_cents, feedback_notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch_d)
            batch_w.clear(), batch_s.clear(), batch_d.clear()

        for i in range(n):
            wid = first + i
            at = self.when()
            level = r.choices(level_codes, level_w)[0]
            deadline = at + timedelta(minutes=self.levels[level])
            ft = self.fraud_type()
            phone = self.mk.mobile()
            district = r.choice(districts)
            station = r.choice(by_district[district])
            holder = r.choice(self.officers)
            fraud_number = r.choice(("+852", "+855", "+95", "+63", "")) + self.mk.mobile()[:11]
            live = at >= live_from
            taken = first_contact = sms = outcome = closed = None
            saved = 0
            status = "new"
            if not live or r.random() < 0.5:
                taken = at + timedelta(minutes=r.randint(1, max(2, self.levels[level] // 2)))
                first_contact = taken + timedelta(minutes=r.randint(0, 20))
                status = "taken"
                if not live:
                    outcome = r.choices(("dissuaded", "unreachable", "not_fraud", "defrauded", "to_station"),
                                        (72, 9, 13, 2, 4))[0]
                    closed = first_contact + timedelta(minutes=r.randint(2, 240))
                    status = "dispatched" if outcome == "to_station" and r.random() < 0.1 else "closed"
                    if outcome == "dissuaded" and r.random() < 0.01:
                        saved = self.mk.amount_cents(1_000, 300_000)
            else:
                holder = None
            if not live or r.random() < 0.7:
                sms = at + timedelta(minutes=r.randint(0, 5))
                batch_s.append((wid, "+86" + phone, "generic", generic.replace("{name}", ""), iso(sms),
                                holder, iso(sms)))
            if outcome == "to_station" or (outcome == "dissuaded" and r.random() < DISPATCH_SHARE):
                created = first_contact or at
                done = not live
                batch_d.append((wid, station, "见面劝阻", iso(created + timedelta(hours=24)), iso(created), holder,
                                "done" if done else "open", iso(created + timedelta(hours=r.randint(1, 20)))
                                if done else None, int(done), int(done and r.random() < 0.85),
                                self.mk.amount_cents(5_000, 300_000) if done and r.random() < 0.2 else 0,
                                "已上门见面劝阻" if done else ""))
            if taken:
                audit.append((iso(taken), holder, "take", "warnings", wid, '{"status": ["new", "taken"]}'))
            if closed:
                audit.append((iso(closed), holder, "outcome", "warnings", wid,
                              f'{{"outcome": [null, "{outcome}"], "status": ["taken", "{status}"]}}'))
            if len(batch_d) and batch_d[-1][0] == wid:
                audit.append((batch_d[-1][4], holder, "insert", "dispatches", next_dispatch,
                              f'{{"station_id": [null, {station}], "warning_id": [null, {wid}]}}'))
                next_dispatch += 1
            batch_w.append((wid, "platform", f"YJ{wid:09d}", f"demo:{wid}", iso(at), iso(deadline), level, ft,
                            phone, "+86" + phone, self.mk.name() if r.random() < 0.6 else "", district, station,
                            fraud_number, status, holder, iso(taken) if taken else None,
                            iso(first_contact) if first_contact else None, iso(sms) if sms else None, outcome,
                            saved, iso(closed) if closed else None, "", iso(closed or taken or at)))
            if len(batch_w) >= 50_000:
                flush()
        flush()


def counts(db: Database) -> dict[str, int]:
    return {t: db[t].count for t in ("warnings", "sms_outbox", "calls", "stop_requests", "stop_accounts",
                                     "dispatches", "people", "accounts")}


__all__ = ["DEMO_USERS", "ensure_demo_users", "generate", "counts"]
