"""The loyalty figures of the dashboard and of ``pos-hq report --json``'s ``kpis``
(DESIGN §10), each one SQL aggregate over an indexed table.

Windows: new members 30 days, active members, repeat rate and average order
value 90 days, all before ``now``.  Money in øre.  ``DEFINITIONS`` says what
each figure is (the console shows it on hover).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import groupby
from operator import itemgetter

import sqlalchemy as sa

from pos_client.domain.member import available_points

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


def _ratio(a: int | float, b: int | float) -> float:
    return round(a / b, 4) if b else 0.0


def kpis(db: Database, program=None, now: datetime | None = None) -> dict:
    now = now or datetime.now(timezone.utc)
    d30, d90 = iso(now - timedelta(days=30)), iso(now - timedelta(days=90))
    with db.read() as conn:
        q = lambda sql, **kw: conn.execute(sa.text(sql), kw)   # noqa: E731
        total, new30, ever = q(
            "SELECT SUM(CASE WHEN erased_at IS NULL THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN erased_at IS NULL AND created_at >= :d30 THEN 1 ELSE 0 END), COUNT(*)"
            " FROM members", d30=d30).one()
        active, repeat = q(
            "SELECT COUNT(*), SUM(CASE WHEN n >= 2 THEN 1 ELSE 0 END) FROM ("
            " SELECT member_id, COUNT(*) AS n FROM sale_facts WHERE occurred_at >= :d90 AND NOT is_return"
            " AND member_id IS NOT NULL GROUP BY member_id) x", d90=d90).one()
        aov = {False: (0, 0), True: (0, 0)}
        for is_member, n, s in q(
                "SELECT CASE WHEN member_id IS NULL THEN 0 ELSE 1 END AS m, COUNT(*), SUM(total) FROM sale_facts"
                " WHERE occurred_at >= :d90 AND NOT is_return GROUP BY CASE WHEN member_id IS NULL THEN 0 ELSE 1 END",
                d90=d90):
            aov[bool(is_member)] = (n, s or 0)
        member_sales = q("SELECT COALESCE(SUM(total), 0) FROM sale_facts WHERE member_id IS NOT NULL").scalar()
        points = _points(q, program, now)
        tiers = _tiers(q, program, now, total or 0)
        coupons = {}
        for def_id, issued, redeemed in q(
                "SELECT COALESCE(c.def_id, ''), COUNT(*), COUNT(r.coupon_id) FROM coupons c"
                " LEFT JOIN (SELECT DISTINCT coupon_id FROM redemptions) r ON r.coupon_id = c.coupon_id"
                " GROUP BY COALESCE(c.def_id, '') ORDER BY 1"):
            coupons[def_id] = {"issued": issued, "redeemed": redeemed, "rate": _ratio(redeemed, issued)}
        punch = q("SELECT COALESCE(SUM(punch_rewards), 0) FROM sale_facts").scalar()
    return {
        "members_total": total or 0, "members_new_30d": new30 or 0, "members_active_90d": active or 0,
        "repeat_purchase_rate": _ratio(repeat or 0, active or 0),
        "aov_members": round(aov[True][1] / aov[True][0]) if aov[True][0] else 0,
        "aov_non_members": round(aov[False][1] / aov[False][0]) if aov[False][0] else 0,
        "clv": round(member_sales / ever) if ever else 0,
        **points, "tier_distribution": tiers, "coupon_redemption": coupons,
        "punch_cards_completed": int(punch or 0),
    }


def _points(q, program, now: datetime) -> dict:
    """Issued and redeemed are sums.  Points usable now follow the tills' FIFO
    expiry (``available_points``): a member none of whose points are older than
    the point lifetime has lost none, so SQL sums those balances; only members
    with older points have their entries replayed (streamed, one member at a time)."""
    lifetime = program.point_lifetime_days if program is not None else None
    since = iso(now - timedelta(days=lifetime)) if lifetime else ""
    issued, redeemed, simple = q(
        "SELECT COALESCE(SUM(earned), 0), COALESCE(SUM(spent), 0),"
        " COALESCE(SUM(CASE WHEN old = 0 AND bal > 0 THEN bal ELSE 0 END), 0) FROM ("
        "  SELECT member_id, SUM(delta) AS bal,"
        "   SUM(CASE WHEN delta > 0 THEN delta ELSE 0 END) AS earned,"
        "   SUM(CASE WHEN delta < 0 THEN -delta ELSE 0 END) AS spent,"
        "   MAX(CASE WHEN delta > 0 AND occurred_at < :since THEN 1 ELSE 0 END) AS old"
        "  FROM ledger WHERE account = 'points' GROUP BY member_id) x", since=since).one()
    outstanding, expired = int(simple), 0
    if lifetime:
        rows = q("SELECT member_id, occurred_at, delta FROM ledger WHERE account = 'points' AND member_id IN ("
                 " SELECT member_id FROM ledger WHERE account = 'points' AND delta > 0 AND occurred_at < :since)"
                 " ORDER BY member_id", since=since)
        for _mid, entries in groupby(rows, key=itemgetter(0)):
            points = [(datetime.fromisoformat(when), delta) for _, when, delta in entries]
            alive = available_points(points, now, lifetime)
            outstanding += alive
            expired += max(sum(d for _, d in points) - alive, 0)
    issued, redeemed = int(issued), int(redeemed)
    return {"points_issued": issued, "points_redeemed": redeemed, "points_expired": expired,
            "points_outstanding": outstanding, "breakage_rate": _ratio(expired, issued)}


def _tiers(q, program, now: datetime, members: int) -> dict:
    if program is None or not program.tiers:
        return {}
    tiers = list(program.tiers)                 # ascending by min_spend, the first from 0
    since = iso(now - timedelta(days=program.qualification_days))
    case = " ".join(f"WHEN s >= {int(tier.min_spend)} THEN {i}" for i, tier in reversed(list(enumerate(tiers))))
    counts = dict.fromkeys(range(len(tiers)), 0)
    for i, n in q(
            f"SELECT CASE {case} ELSE 0 END AS tier, COUNT(*) FROM ("
            " SELECT l.member_id, SUM(l.delta) AS s FROM ledger l WHERE l.account = 'spend' AND l.occurred_at > :since"
            " GROUP BY l.member_id) x JOIN members m ON m.member_id = x.member_id AND m.erased_at IS NULL"
            f" GROUP BY CASE {case} ELSE 0 END", since=since):
        counts[int(i)] = n
    counts[0] += members - sum(counts.values())   # members who spent nothing in the window
    return {tiers[i].name: n for i, n in counts.items()}


def weekly(db: Database, now: datetime | None = None, weeks: int = 8) -> dict:
    """Sales of members and non-members and new members per week: the last
    ``weeks`` weeks and the ``weeks`` before them (the charts' two periods)."""
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(weeks=2 * weeks)
    def week(day: str) -> int:
        at = datetime.fromisoformat(day + "T12:00:00+00:00")
        return max(0, min(int((at - start).total_seconds() // (7 * 86400)), 2 * weeks - 1))

    series = {k: [0] * (2 * weeks) for k in ("members_revenue", "non_members_revenue", "new_members")}
    with db.read() as conn:
        for day, is_member, s in conn.execute(sa.text(
                "SELECT SUBSTR(occurred_at, 1, 10) AS d, CASE WHEN member_id IS NULL THEN 0 ELSE 1 END AS m,"
                " SUM(total) FROM sale_facts WHERE occurred_at >= :start GROUP BY 1, 2"), {"start": iso(start)}):
            series["members_revenue" if is_member else "non_members_revenue"][week(day)] += s
        for day, n in conn.execute(sa.text(
                "SELECT SUBSTR(created_at, 1, 10), COUNT(*) FROM members WHERE created_at >= :start GROUP BY 1"),
                {"start": iso(start)}):
            series["new_members"][week(day)] += n
    return {k: {"previous": v[:weeks], "current": v[weeks:]} for k, v in series.items()}


def enrolments(db: Database) -> list[dict]:
    """Members enrolled per till (origin), with the till's name."""
    with db.read() as conn:
        return [{"origin": o, "name": name or o, "members": n} for o, name, n in conn.execute(sa.text(
            "SELECT m.origin, t.name, COUNT(*) FROM members m LEFT JOIN terminals t ON t.terminal_id = m.origin"
            " GROUP BY m.origin, t.name ORDER BY 3 DESC"))]
