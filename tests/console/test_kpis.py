"""The dashboard's figures (``kpis``), from events sent through HQ's real ingest,
checked against hand-computed values, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sync.hq import admin, kpis
from sync.hq.db import Database
from sync.hq.report import report

from till_events import Till, coupon

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "program.toml"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    if request.param == "sqlite":
        url = str(tmp_path / "hq.db")
    else:
        from sync.pgtemp import new_database
        url = new_database(request.getfixturevalue("pg_admin_url"))
    database = Database(url)
    yield database
    database.close()


def days(n: float) -> datetime:
    return NOW - timedelta(days=n)


def seed(db) -> dict:
    admin.load_program(db, str(DEMO))
    till = Till(db)
    welcome = [coupon("welcome10"), coupon("welcome10"), coupon("welcome10")]
    a = till.enrol(days(400), "+4790000001", coupon=welcome[0])     # old member
    welcome[0]["member_id"] = a
    b = till.enrol(days(10), "+4790000002", coupon=welcome[1])      # new
    c = till.enrol(days(5), "+4790000003", coupon=welcome[2])       # new, never buys
    # a: 3 purchases in 90 days (one returned later), 1 old purchase 800 days ago (its points expired)
    till.sale(days(800), 10_000, a, points=500)
    till.sale(days(60), 20_000, a, points_used=100)
    big = till.sale(days(30), 600_000, a, redeem=welcome[0], punch=1)     # 6,000 kr: Sølv
    till.sale(days(20), 40_000, a)
    till.give_back(days(19), big)
    # b: 1 purchase; 2 sales without a member
    till.sale(days(3), 30_000, b, punch=2)
    till.sale(days(2), 5_000)
    till.sale(days(100), 15_000)          # outside 90 days
    till.sale(days(1), 7_000)
    return {"a": a, "b": b, "c": c}


def test_kpis_match_hand_computed_values(db):
    seed(db)
    k = kpis.kpis(db, None, NOW)            # without a program nothing expires
    assert k["points_expired"] == 0
    k = report(db, NOW)["kpis"]
    assert k["members_total"] == 3 and k["members_new_30d"] == 2
    assert k["members_active_90d"] == 2                        # a and b
    assert k["repeat_purchase_rate"] == 0.5                    # a of {a, b}
    assert k["aov_members"] == round((20_000 + 600_000 + 40_000 + 30_000) / 4)
    assert k["aov_non_members"] == round((5_000 + 7_000) / 2)
    # member sales less returns, all time, over 3 members
    assert k["clv"] == round((10_000 + 20_000 + 600_000 + 40_000 - 600_000 + 30_000) / 3)
    # points: a earned 500 (800 days ago, lifetime 730) + 200 + 6000 + 400, spent 100, return took 6000 back;
    # b earned 300
    assert k["points_issued"] == 500 + 200 + 6000 + 400 + 300
    assert k["points_redeemed"] == 100 + 6000
    # a, FIFO: the 500 expired unspent (at 70 days ago); of 200, 100 spent; the return took the other
    # 100 and 5,900 of the 6,000 -> 100 + 400 usable; balance 1,000 - 500 usable = 500 expired
    assert k["points_outstanding"] == 500 + 300 and k["points_expired"] == 500
    assert k["breakage_rate"] == round(500 / 7400, 4)
    assert sum(m["points"] for m in report(db, NOW)["members"]) == 800      # what the tills compute
    # a's spend in 365 days: 20,000 + 600,000 + 40,000 - 600,000 = 60,000 øre (600 kr): Bronse
    assert k["tier_distribution"] == {"Bronse": 3, "Sølv": 0, "Gull": 0}
    assert k["coupon_redemption"] == {"welcome10": {"issued": 3, "redeemed": 1, "rate": 0.3333}}
    assert k["punch_cards_completed"] == 3


def test_tier_counts_follow_spend_and_erasure(db):
    ids = seed(db)
    till = Till(db, "Kasse 2")
    till.sale(days(1), 1_600_000, ids["b"])                     # b: 16,300 kr -> Gull
    admin.erase_member(db, ids["c"])
    k = kpis.kpis(db, _demo(), NOW)
    assert k["tier_distribution"] == {"Bronse": 1, "Sølv": 0, "Gull": 1}
    assert k["members_total"] == 2


def _demo():
    from pos_client.domain.program_file import parse_program
    return parse_program(DEMO.read_text(encoding="utf-8"), "demo")


def test_weekly_series_put_sales_in_the_right_period(db):
    seed(db)
    w = kpis.weekly(db, NOW)
    assert sum(w["non_members_revenue"]["current"]) == 12_000
    assert sum(w["non_members_revenue"]["previous"]) == 15_000
    assert sum(w["members_revenue"]["current"]) == 600_000 + 40_000 - 600_000 + 30_000     # 56 days
    assert sum(w["members_revenue"]["previous"]) == 20_000
    assert sum(w["new_members"]["current"]) == 2


def test_report_json_has_the_kpis_keys(tmp_path):
    out = subprocess.run([sys.executable, "-m", "sync.hq.cli", "--db", str(tmp_path / "r.db"), "report", "--json"],
                         capture_output=True, text=True, timeout=60)
    k = json.loads(out.stdout)["kpis"]
    assert set(k) >= {"members_total", "members_new_30d", "members_active_90d", "repeat_purchase_rate",
                      "aov_members", "aov_non_members", "clv", "points_issued", "points_redeemed", "points_expired",
                      "points_outstanding", "breakage_rate", "tier_distribution", "coupon_redemption",
                      "punch_cards_completed"}
    assert set(kpis.DEFINITIONS) == set(k)
    out = subprocess.run([sys.executable, "-m", "sync.hq.cli", "--db", str(tmp_path / "r.db"), "report", "--json",
                          "--kpis"], capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout)["kpis"] == k


def test_sale_facts_are_backfilled_for_events_stored_before_them(db):
    seed(db)
    with db.write() as conn:
        conn.exec_driver_sql("DELETE FROM sale_facts")
    from sync.hq.facts import backfill
    with db.write() as conn:
        assert backfill(conn, batch=3) == 9
        assert backfill(conn) == 0
    assert report(db, NOW)["kpis"]["aov_non_members"] == 6_000


def _journal(till, at, shop: dict | None, n: int) -> None:
    till.send("journal_entry", at, {
        "register_id": "KASSE-1", "entry_no": n, "code": "SALREC", "occurred_at": at.isoformat(),
        "local_date": at.date().isoformat(), "local_time": at.strftime("%H:%M:%S"), "text": "sale",
        "body": {"kind": "sale", **({"shop": shop} if shop else {})}})


def test_enrolments_per_shop_follow_each_tills_journal(db):
    oslo = {"legal_name": "Dyrebutikken Oslo AS", "address": "Storgata 1, Oslo", "org_number": "923609016"}
    bergen = {"legal_name": "Dyrebutikken Bergen AS", "address": "Torget 2, Bergen", "org_number": "923609016"}
    a, b, c, d = Till(db, "Oslo 1"), Till(db, "Oslo 2"), Till(db, "Bergen 1"), Till(db, "Gammel kasse")
    for till, shop in ((a, oslo), (b, oslo), (c, bergen)):
        _journal(till, days(3), None, 1)                  # an entry without the shop changes nothing
        _journal(till, days(2), shop, 2)
    for i, till in enumerate((a, a, b, c, d)):
        till.enrol(days(1), f"+47911000{i:02d}")
    per_shop = kpis.enrolments_per_shop(db)
    assert [(s["shop"], s["members"]) for s in per_shop] == [("Dyrebutikken Oslo AS", 3),
                                                            ("Dyrebutikken Bergen AS", 1), ("", 1)]
    assert per_shop[0]["address"] == "Storgata 1, Oslo"
    with db.write() as conn:                              # an HQ database from before the table
        conn.exec_driver_sql("DELETE FROM terminal_shops")
        from sync.hq.terminal_status import backfill_shops
        backfill_shops(conn)
    assert kpis.enrolments_per_shop(db) == per_shop
