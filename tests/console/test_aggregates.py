"""The maintained aggregates behind the dashboard (sync/hq/aggregates.py) against
the figures computed from the tables (kpis_scan), after random sequences of
real till events through HQ's ingest: enrolments (also of a member whose sales
came in first), sales on two tills, points spent, returns, erasure, coupons
redeemed (also before HQ has the coupon), points old enough to expire; events
in time order (each member's state advanced by the event) and out of it (the
member replayed); on SQLite and PostgreSQL; and against a rebuild from
scratch, down to each member's stored state."""

from __future__ import annotations

import tempfile
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.hq import admin, aggregates, kpi_state
from sync.hq.db import Database
from sync.pgtemp import new_database
from sync.hq.kpis_fast import kpis_fast
from sync.hq.kpis_scan import kpis_scan
from pos_client.domain.member import available_points
from pos_client.domain.program_file import parse_program

from till_events import Till, coupon

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "program.toml"
PROGRAM = parse_program(DEMO.read_text(encoding="utf-8"), "demo")

day = st.integers(min_value=0, max_value=1600)          # days before NOW
ops = st.one_of(
    st.tuples(st.just("enrol"), day),
    st.tuples(st.just("sale"), st.integers(0, 2) | st.none(), day, st.integers(1, 2_000_000),
              st.integers(0, 3_000), st.integers(0, 1), st.booleans()),
    st.tuples(st.just("return"), st.integers(0, 30), day),
    st.tuples(st.just("erase"), st.integers(0, 5)),
    st.tuples(st.just("late"), day, st.integers(1, 900_000)),      # a sale, then the member's enrolment
)
stories = st.tuples(st.lists(ops, max_size=30), st.booleans())     # (steps, in time order?)


def snapshot(db) -> tuple:
    with db.read() as conn:
        days = {(m, d): n for m, d, n in conn.exec_driver_sql(
            "SELECT metric, day, SUM(n) FROM kpi_days GROUP BY metric, day") if n}
        items = Counter(tuple(r) for r in conn.exec_driver_sql("SELECT member_id, metric, at, weight FROM kpi_items"))
        coupons = {d: (i, r) for d, i, r in conn.exec_driver_sql(
            "SELECT def_id, SUM(issued), SUM(redeemed) FROM kpi_coupons GROUP BY def_id") if i or r}
        origins = dict(conn.exec_driver_sql("SELECT origin, SUM(n) FROM kpi_enrolments GROUP BY origin").all())
        states = sorted(tuple(r) for r in conn.exec_driver_sql("SELECT * FROM kpi_members"))
    return days, items, coupons, origins, states


def play(db, steps, ordered: bool = False) -> None:
    admin.load_program(db, str(DEMO))
    tills = [Till(db), Till(db, "Kasse 2")]
    members, sales, erased = [], [], set()
    pool = [coupon("welcome10") for _ in range(8)]
    for n, op in enumerate(steps):
        if ordered:       # ~40 days apart, so points expire and tier windows pass
            at = lambda d: NOW - timedelta(days=40 * (len(steps) - n) + d % 40)   # noqa: E731
        else:
            at = lambda d: NOW - timedelta(days=d, minutes=n)   # noqa: E731 - distinct times
        if op[0] == "enrol":
            c = pool[len(members)] if len(members) < len(pool) else None
            members.append(tills[n % 2].enrol(at(op[1]), f"+479{n:07d}", coupon=c))
        elif op[0] == "sale":
            _, who, when, total, used, till, redeem = op
            member = members[who] if who is not None and who < len(members) and members[who] not in erased else None
            cpn = pool[n % len(pool)] if redeem else None
            sales.append(tills[till].sale(at(when), total, member, points_used=used if member else 0, redeem=cpn))
        elif op[0] == "return" and op[1] < len(sales):
            tills[n % 2].give_back(at(op[2]), sales[op[1]])
        elif op[0] == "erase" and op[1] < len(members) and members[op[1]] not in erased:
            admin.erase_member(db, members[op[1]])
            erased.add(members[op[1]])
        elif op[0] == "late":
            mid = str(uuid.uuid4())
            sales.append(tills[n % 2].sale(at(op[1]), op[2], mid))
            members.append(tills[(n + 1) % 2].enrol(at(op[1] + 1), f"+478{n:07d}", member_id=mid))


def check(db, story) -> None:
    steps, ordered = story
    play(db, steps, ordered)
    for now in (NOW, NOW + timedelta(days=45), NOW + timedelta(days=400), NOW + timedelta(days=900)):
        fast = kpis_fast(db, PROGRAM, now)
        assert fast is not None
        assert fast == kpis_scan(db, PROGRAM, now), now
    kept = snapshot(db)
    assert aggregates.ensure(db, PROGRAM, force=True)
    assert snapshot(db) == kept


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories)
def test_maintained_figures_equal_the_tables_and_a_rebuild(story):
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "hq.db"))
        try:
            check(db, story)
        finally:
            db.close()


@pytest.mark.postgres
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories)
def test_maintained_figures_equal_the_tables_and_a_rebuild_on_postgresql(pg_admin_url, story):
    db = Database(new_database(pg_admin_url))
    try:
        check(db, story)
    finally:
        db.close()


def test_a_program_with_another_lifetime_rebuilds_and_meanwhile_the_tables_answer(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    play(db, [("enrol", 900), ("sale", 0, 800, 100_000, 0, 0, False), ("sale", 0, 10, 50_000, 300, 1, False)])
    shorter = DEMO.read_text(encoding="utf-8").replace("point_lifetime_days = 730", "point_lifetime_days = 365")
    other = parse_program(shorter, "demo")
    assert kpis_fast(db, other, NOW) is None                 # built for 730 days
    assert kpis_scan(db, other, NOW)["points_expired"] == 1000
    source = tmp_path / "p.toml"
    source.write_text(shorter, encoding="utf-8")
    admin.load_program(db, str(source))
    assert kpis_fast(db, other, NOW) == kpis_scan(db, other, NOW)
    assert kpis_fast(db, other, NOW)["points_expired"] == 1000
    db.close()


def test_an_old_database_gets_its_aggregates_when_opened(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    play(db, [("enrol", 30), ("sale", 0, 3, 40_000, 0, 0, True), ("sale", None, 2, 9_000, 0, 1, False)])
    before = kpis_fast(db, PROGRAM, NOW)
    with db.write() as conn:                  # as an HQ database from before them
        for table in ("kpi_days", "kpi_items", "kpi_coupons", "sale_facts"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        conn.exec_driver_sql("DELETE FROM settings WHERE key IN ('kpi_params', 'sale_facts_filled')")
    db.close()
    again = Database(str(tmp_path / "hq.db"))
    assert kpis_fast(again, PROGRAM, NOW) == before
    with again.read() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM sale_facts")).scalar() == 2
    again.close()


entries = st.lists(st.tuples(st.integers(0, 3000), st.integers(-500, 1000).filter(bool)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(entries, st.sampled_from([None, 30, 365, 730]), st.integers(0, 3500))
def test_point_lots_give_what_the_tills_compute(raw, lifetime, at):
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    points = [(base + timedelta(days=d), delta) for d, delta in raw]
    now = base + timedelta(days=max([at] + [d for d, _ in raw]))
    lots, debt = kpi_state.point_lots(points, lifetime)
    alive = sum(left for when, left in lots if lifetime is None or when + timedelta(days=lifetime) > now)
    assert max(alive - debt, 0) == available_points(points, now, lifetime or 0) if lifetime else True
    if lifetime is None:
        assert max(alive - debt, 0) == max(sum(d for _, d in raw), 0)


@settings(max_examples=300, deadline=None)
@given(entries, st.sampled_from([None, 30, 365]), st.integers(0, 3500))
def test_a_members_items_sum_to_usable_and_expired_points_at_any_time(raw, lifetime, at):
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    wire = [((base + timedelta(days=d)).isoformat(timespec="microseconds"), delta) for d, delta in raw]
    now = base + timedelta(days=max([at] + [d for d, _ in raw]))
    usable = available_points([(datetime.fromisoformat(w), d) for w, d in wire], now, lifetime) if lifetime else \
        max(sum(d for _, d in raw), 0)
    expired = max(sum(d for _, d in raw) - usable, 0)
    items = kpi_state.points_items(wire, lifetime)
    alive = lambda metric: sum(w for m, a, w in items if m == metric and (a is None or a > now.isoformat(  # noqa: E731
        timespec="microseconds")))
    every = lambda metric: sum(w for m, _, w in items if m == metric)   # noqa: E731
    assert alive("lot") + alive("dlot") == usable
    in_debt = any(m.startswith("d") for m, _, _ in items)
    assert (every("dconst") + every("dexp") - alive("dexp") if in_debt
            else sum(d for _, d in raw) - alive("lot")) == expired
