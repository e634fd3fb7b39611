"""The loyalty figures of the dashboard and of ``pos-hq report --json``'s ``kpis``
(DESIGN §10).

Windows: new members 30 days, active members, repeat rate and average order
value 90 days, all before ``now``.  Money in øre.  ``DEFINITIONS`` says what
each figure is (the console shows it on hover).  The figures come from the
aggregates maintained at ingest (``aggregates``, read by ``kpis_fast``); while
those are rebuilt for a program with another point lifetime or other tiers,
from the tables (``kpis_scan``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from .db import Database, iso

DEFINITIONS = {
    "members_total": "Members enrolled and not erased.",
    "members_new_30d": "Members enrolled in the last 30 days.",
    "members_active_90d": "Members who bought at least once in the last 90 days.",
    "repeat_purchase_rate": "Members with 2 or more purchases in the last 90 days, divided by members with at least one.",
    "aov_members": "Average order value of members' sales in the last 90 days.",
    "aov_non_members": "Average order value of sales without a member in the last 90 days.",
    "clv": "Customer lifetime value (historical): all members' sales less returns since the start, divided by every member ever enrolled.",
    "points_issued": "Points earned by members, all time.",
    "points_redeemed": "Points spent by members or taken back by returns, all time.",
    "points_expired": "Points that reached the end of the program's point lifetime unspent (spending uses the oldest points first).",
    "points_outstanding": "Points members can still use: earned, not spent, not expired.",
    "breakage_rate": "Expired points divided by points issued.",
    "tier_distribution": "Members per tier, by their spend in the program's qualification window.",
    "coupon_redemption": "Coupons issued and redeemed per coupon kind or campaign.",
    "punch_cards_completed": "Free units given by punch cards, all time.",
}


def ratio(a: int | float, b: int | float) -> float:
    return round(a / b, 4) if b else 0.0


def kpis(db: Database, program=None, now: datetime | None = None) -> dict:
    from .kpis_fast import kpis_fast
    from .kpis_scan import kpis_scan
    now = now or datetime.now(timezone.utc)
    return kpis_fast(db, program, now) or kpis_scan(db, program, now)


def weekly(db: Database, now: datetime | None = None, weeks: int = 8) -> dict:
    """Sales (less returns) of members and non-members and new members per week:
    the last ``weeks`` weeks and the ``weeks`` before them (the charts' two
    periods).  Whole days from the maintained per-day sums, the first day's
    part after the start from the tables."""
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(weeks=2 * weeks)
    first = iso(start)
    next_day = (start.date() + timedelta(days=1)).isoformat()

    def week(day: str) -> int:
        at = datetime.fromisoformat(day + "T12:00:00+00:00")
        return max(0, min(int((at - start).total_seconds() // (7 * 86400)), 2 * weeks - 1))

    names = {"rev_m": "members_revenue", "rev_n": "non_members_revenue", "enrolled": "new_members"}
    series = {k: [0] * (2 * weeks) for k in names.values()}
    with db.read() as conn:
        rows = list(conn.execute(sa.text(
            "SELECT metric, day, SUM(n) FROM kpi_days WHERE metric IN ('rev_m', 'rev_n', 'enrolled') AND day > :d"
            " GROUP BY metric, day"), {"d": first[:10]}))
        rows += conn.execute(sa.text(
            "SELECT CASE WHEN member_id IS NULL THEN 'rev_n' ELSE 'rev_m' END, :d, SUM(total) FROM sale_facts"
            " WHERE occurred_at >= :s AND occurred_at < :e GROUP BY CASE WHEN member_id IS NULL THEN 'rev_n'"
            " ELSE 'rev_m' END"), {"d": first[:10], "s": first, "e": next_day}).all()
        rows += conn.execute(sa.text(
            "SELECT 'enrolled', :d, COUNT(*) FROM members WHERE created_at >= :s AND created_at < :e"),
            {"d": first[:10], "s": first, "e": next_day}).all()
    for metric, day, n in rows:
        series[names[metric]][week(day)] += int(n or 0)
    return {k: {"previous": v[:weeks], "current": v[weeks:]} for k, v in series.items()}


def enrolments(db: Database) -> list[dict]:
    """Members enrolled per till (origin), with the till's name."""
    with db.read() as conn:
        return [{"origin": o, "name": name or o, "members": int(n)} for o, name, n in conn.execute(sa.text(
            "SELECT e.origin, t.name, SUM(e.n) FROM kpi_enrolments e LEFT JOIN terminals t"
            " ON t.terminal_id = e.origin GROUP BY e.origin, t.name HAVING SUM(e.n) > 0 ORDER BY 3 DESC"))]


def enrolments_per_shop(db: Database) -> list[dict]:
    """Members enrolled per shop: the tills' enrolments grouped by the shop each till
    sells for (from its journal); tills that never said, and HQ's imports, apart."""
    with db.read() as conn:
        rows = conn.execute(sa.text(
            "SELECT s.legal_name, s.address, s.org_number, e.origin, SUM(e.n) FROM kpi_enrolments e"
            " LEFT JOIN terminal_shops s ON s.terminal_id = e.origin GROUP BY s.legal_name, s.address,"
            " s.org_number, e.origin")).all()
    shops: dict[tuple, dict] = {}
    for name, address, org, origin, n in rows:
        key = (name, address, org) if name else ("", "", "hq" if origin == "hq" else "")
        shop = shops.setdefault(key, {"shop": name or "", "address": address or "", "org_number": org or "",
                                      "imported": origin == "hq" and not name, "members": 0})
        shop["members"] += int(n)
    return sorted((s for s in shops.values() if s["members"]), key=lambda s: (not s["shop"], -s["members"], s["shop"]))
