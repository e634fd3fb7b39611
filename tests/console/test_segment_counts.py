"""Segment counts and member lists from ``member_summary`` (kept at ingest) against
a straightforward query over the members, sales, ledger and sale lines, after random
sequences of real till events through HQ's ingest (enrolments with and without
consents, birthdays and e-mail, sales with category lines, returns, erasures,
unsubscribe links), for every rule kind and combinations, at several moments, on
SQLite and PostgreSQL; and the summary against one rebuilt from the tables."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.hq import admin, member_summary
from sync.hq import schema as t
from sync.hq.console import campaigns, segments
from sync.hq.db import Database, iso
from pos_client.domain.program_file import parse_program

from till_events import Till

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "program.toml"
CATALOGUE = ROOT / "resources" / "demo" / "catalogue.csv"
PROGRAM = parse_program(DEMO.read_text(encoding="utf-8"), "demo")
# Other tier minimums than the aggregates were built for: the tier rule reads the ledger.
OTHER = parse_program(DEMO.read_text(encoding="utf-8").replace("min_spend = 5000", "min_spend = 3000"), "demo")
SKUS = ["DOG-001", "DOG-002", "NOT-IN-CATALOGUE"]

day = st.integers(min_value=0, max_value=800)
enrol = st.tuples(st.just("enrol"), day, st.booleans(), st.booleans(), st.booleans(), st.integers(0, 12))
ops = st.one_of(
    enrol,
    st.tuples(st.just("sale"), st.integers(0, 5) | st.none(), day, st.integers(1, 2_500_000),
              st.lists(st.sampled_from(SKUS), max_size=2)),
    st.tuples(st.just("return"), st.integers(0, 20), day),
    st.tuples(st.just("erase"), st.integers(0, 5)),
    st.tuples(st.just("unsubscribe"), st.integers(0, 5), st.sampled_from(campaigns.CHANNELS)),
)
# members first (most ops then find someone to sell to), then anything
steps = st.tuples(st.lists(enrol, min_size=1, max_size=5), st.lists(ops, min_size=3, max_size=25)).map(
    lambda parts: parts[0] + parts[1])
value = {
    "bought_within_days": st.integers(0, 900), "not_bought_within_days": st.integers(0, 900),
    "never_bought": st.just(True), "purchases_at_least": st.integers(0, 4),
    "aov_above_no_repeat": st.integers(0, 2_500_000), "bought_category": st.sampled_from(["dogfood", "catfood"]),
    "tier": st.sampled_from([x.name for x in PROGRAM.tiers]), "birthday_month": st.integers(1, 12),
    "returned_items": st.just(True), "consent_email": st.just(True), "consent_sms": st.just(True),
}
rule_sets = st.lists(st.dictionaries(st.sampled_from(sorted(value)), st.just(None), min_size=1, max_size=3)
                     .flatmap(lambda keys: st.fixed_dictionaries({k: value[k] for k in keys})), min_size=4, max_size=8)


def reference(conn, rules: dict, program, now: datetime) -> set[str]:
    """The rules as they read, over the tables (the console's query before member_summary)."""
    m, f = t.members.c, t.sale_facts.c
    sales = lambda *conds: sa.exists().where(f.member_id == m.member_id, *conds)  # noqa: E731
    bought = ~f.is_return
    out = [m.erased_at.is_(None)]
    if "bought_within_days" in rules:
        out.append(sales(bought, f.occurred_at >= iso(now - timedelta(days=rules["bought_within_days"]))))
    if "not_bought_within_days" in rules:
        out.append(~sales(bought, f.occurred_at >= iso(now - timedelta(days=rules["not_bought_within_days"]))))
    if rules.get("never_bought"):
        out.append(~sales(bought))
    if "purchases_at_least" in rules:
        n = sa.select(sa.func.count()).where(f.member_id == m.member_id, bought).scalar_subquery()
        out.append(n >= rules["purchases_at_least"])
    if "aov_above_no_repeat" in rules:
        one = sa.select(f.member_id).where(bought, f.member_id.is_not(None)).group_by(f.member_id).having(
            sa.and_(sa.func.count() == 1, sa.func.avg(f.total) > rules["aov_above_no_repeat"]))
        out.append(m.member_id.in_(one))
    if "tier" in rules:
        tiers = list(program.tiers)
        i = [x.name for x in tiers].index(rules["tier"])
        lo, hi = tiers[i].min_spend, tiers[i + 1].min_spend if i + 1 < len(tiers) else None
        l = t.ledger.c
        spend = sa.select(sa.func.coalesce(sa.func.sum(l.delta), 0)).where(
            l.member_id == m.member_id, l.account == "spend",
            l.occurred_at > iso(now - timedelta(days=program.qualification_days))).scalar_subquery()
        if i:                   # the first tier also holds a window with more returned than bought (tier_for)
            out.append(spend >= lo)
        if hi is not None:
            out.append(spend < hi)
    if "bought_category" in rules:
        sl, p = t.sale_lines.c, t.products.c
        out.append(m.member_id.in_(sa.select(sl.member_id).join(t.products, p.sku == sl.sku)
                                   .where(p.category == rules["bought_category"])))
    if "birthday_month" in rules:
        out.append(sa.func.substr(m.birthday, 6, 2) == f"{rules['birthday_month']:02d}")
    if rules.get("returned_items"):
        out.append(sales(f.is_return))
    for purpose in ("email", "sms"):
        if rules.get(f"consent_{purpose}"):
            out.append(m.consents.like(f'%"{purpose}":true%'))
            if purpose == "email":
                out.append(sa.func.coalesce(m.email, "") != "")
    return {r for (r,) in conn.execute(sa.select(m.member_id).where(*out))}


def play(db, steps) -> None:
    admin.load_program(db, str(DEMO))
    admin.load_catalogue(db, str(CATALOGUE))
    tills = [Till(db), Till(db, "Kasse 2")]
    members, sales, erased = [], [], set()
    for n, op in enumerate(steps):
        at = lambda d: NOW - timedelta(days=d, minutes=n)   # noqa: E731 - distinct times
        till = tills[n % 2]
        if op[0] == "enrol":
            _, when, sms, mail, address, month = op
            members.append(till.enrol(at(when), f"+479{n:07d}", email=f"p{n}@example.no" if address else "",
                                      sms=sms, mail=mail, birthday=f"1980-{month:02d}-15" if month else None))
        elif op[0] == "sale":
            _, who, when, total, skus = op
            member = members[who] if who is not None and who < len(members) and members[who] not in erased else None
            lines = [{"sku": s, "name": s, "qty": 1, "unit_price": total, "amount": total, "net": total} for s in skus]
            sales.append(till.sale(at(when), total, member, lines=lines))
        elif op[0] == "return" and op[1] < len(sales):
            till.give_back(at(op[2]), sales[op[1]])
        elif op[0] == "erase" and op[1] < len(members) and members[op[1]] not in erased:
            admin.erase_member(db, members[op[1]])
            erased.add(members[op[1]])
        elif op[0] == "unsubscribe" and op[1] < len(members):
            mid = members[op[1]]
            campaigns.withdraw_consent(db, mid, op[2], campaigns.unsubscribe_token(db, mid, op[2]))


def summary(db) -> tuple[set, set]:
    with db.read() as conn:
        return ({tuple(r) for r in conn.execute(sa.select(t.member_summary))},
                {tuple(r) for r in conn.execute(sa.select(t.member_skus))})


def check(db, steps, rule_sets) -> None:
    play(db, steps)
    for now in (NOW, NOW + timedelta(days=40), NOW + timedelta(days=400)):
        for program in (PROGRAM, OTHER):
            for rules in rule_sets:
                with db.read() as conn:
                    want = reference(conn, rules, program, now)
                assert {m["member_id"] for m in segments.members(db, rules, program, now)} == want, (rules, now)
                assert segments.count(db, rules, program, now) == len(want), (rules, now)
    kept = summary(db)
    with db.write() as conn:
        member_summary.rebuild(conn)
    assert summary(db) == kept


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, rule_sets)
def test_fast_segments_equal_the_reference_query_on_sqlite(steps, rules):
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "hq.db"))
        try:
            check(db, steps, rules)
        finally:
            db.close()


@pytest.mark.postgres
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, rule_sets)
def test_fast_segments_equal_the_reference_query_on_postgresql(pg_admin_url, steps, rules):
    from sync.pgtemp import new_database
    db = Database(new_database(pg_admin_url))
    try:
        check(db, steps, rules)
    finally:
        db.close()


def test_an_existing_database_gets_its_summary_when_opened(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    play(db, [("enrol", 30, True, True, True, 5), ("sale", 0, 3, 40_000, ["DOG-001"]), ("return", 0, 2),
              ("sale", 0, 1, 9_000, [])])
    kept = summary(db)
    assert kept[0] and kept[1] and segments.count(db, {"returned_items": True}) == 1
    with db.write() as conn:                  # as an HQ database from before the summary
        conn.exec_driver_sql("DELETE FROM member_summary")
        conn.exec_driver_sql("DELETE FROM member_skus")
        conn.exec_driver_sql("DELETE FROM settings WHERE key = 'member_summary_built'")
    db.close()
    again = Database(str(tmp_path / "hq.db"))
    assert summary(again) == kept
    again.close()
