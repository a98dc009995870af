"""The queue: deadline order, overdue and soon-due marking with a fixed clock, filters, paging, indexes."""

from __future__ import annotations

import pytest

from console.models.warnings import queue
from console.models.warnings.handling import take
from console.models.warnings.queue import QueueFilter, fetch_page
from console.models.warnings.records import OVERDUE, ON_TIME, SOON, due_state, get_warning

from .warnings_data import add_warning


def test_queue_is_ordered_by_deadline_across_levels_and_statuses(db, officer, clock):
    yellow_old = add_warning(db, officer, clock, minutes_ago=1400, level="yellow")   # due in 40 min
    red_new = add_warning(db, officer, clock, minutes_ago=5, level="red")            # due in 25 min
    orange = add_warning(db, officer, clock, minutes_ago=150, level="orange")        # 30 min overdue
    red_taken = add_warning(db, officer, clock, minutes_ago=20, level="red")         # due in 10 min
    take(db, officer, red_taken, clock=clock)
    rows = fetch_page(db, QueueFilter())
    assert [r.id for r in rows] == [orange, red_taken, red_new, yellow_old]
    assert [r.status for r in rows] == ["new", "taken", "new", "new"]


def test_overdue_and_soon_follow_the_clock(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=10, level="red")     # deadline 14:20
    w = get_warning(db, wid)
    assert w.deadline_at == "2026-11-25 14:20:00"
    assert due_state(w.status, w.deadline_at, w.level_minutes, clock.now()) == ON_TIME
    clock.advance(minutes=15)                                                # 5 min left of 30: the last fifth
    assert due_state(w.status, w.deadline_at, w.level_minutes, clock.now()) == SOON
    clock.advance(minutes=6)
    assert due_state(w.status, w.deadline_at, w.level_minutes, clock.now()) == OVERDUE
    s = queue.summary(db, clock.now())
    assert (s.open, s.overdue, s.soon) == (1, 1, 0)


def test_filters_by_level_type_district_holder(db, officer, senior, clock):
    a = add_warning(db, officer, clock, minutes_ago=1, level="red", fraud_type="investment", district="孝南区")
    b = add_warning(db, officer, clock, minutes_ago=2, level="orange", fraud_type="rebate", district="汉川市")
    c = add_warning(db, officer, clock, minutes_ago=3, level="red", fraud_type="rebate", district="汉川市")
    take(db, senior, c, clock=clock)
    ids = lambda f: {r.id for r in fetch_page(db, f)}  # noqa: E731
    assert ids(QueueFilter(level="red")) == {a, c}
    assert ids(QueueFilter(fraud_type="rebate")) == {b, c}
    assert ids(QueueFilter(district_code="420902")) == {a}
    assert ids(QueueFilter(holder_id=senior.id)) == {c}
    assert ids(QueueFilter(unassigned=True)) == {a, b}
    assert ids(QueueFilter(statuses=("taken",))) == {c}
    assert ids(QueueFilter(phone_e164=get_warning(db, b).phone_e164)) == {b}
    assert queue.count(db, QueueFilter(level="red")) == 2


def test_keyset_pages_cover_everything_once(db, officer, clock):
    made = [add_warning(db, officer, clock, minutes_ago=m % 7, level=("red", "orange")[m % 2]) for m in range(23)]
    seen, after = [], None
    while True:
        page = fetch_page(db, QueueFilter(), after=after, limit=5)
        if not page:
            break
        seen += page
        after = page[-1].cursor
    assert sorted(r.id for r in seen) == sorted(made)
    assert [r.cursor for r in seen] == sorted(r.cursor for r in seen)


@pytest.mark.sqlite_only("SQLite's EXPLAIN QUERY PLAN")
def test_queue_queries_walk_indexes_never_scan_or_sort(db):
    plans = []
    for f in (QueueFilter(statuses=("new",)), QueueFilter(statuses=("new",), level="red"),
              QueueFilter(statuses=("review",), district_code="420902"),
              QueueFilter(statuses=("taken",), holder_id=1)):
        clauses, args = queue._where(f, f.statuses[0])
        sql = (f"EXPLAIN QUERY PLAN SELECT * FROM warnings WHERE {' AND '.join(clauses)} "
               "AND (deadline_at, id) > (?, ?) ORDER BY deadline_at, id LIMIT 200")
        plans.append(" ".join(r[3] for r in db.execute(sql, [*args, "2026-01-01", 0]).fetchall()))
    for plan in plans:
        assert "INDEX" in plan and "SCAN" not in plan and "TEMP B-TREE" not in plan, plan
