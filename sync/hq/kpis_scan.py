"""The dashboard's figures computed from the tables themselves: scans of the
members, the sales and the ledger, and the tills' FIFO points replay member by
member.  Exact, and slow at a chain's size: ``kpis`` answers from the
maintained aggregates (``kpis_fast``) and uses this only while they are
rebuilt, and the tests check one against the other.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import groupby
from operator import itemgetter

import sqlalchemy as sa

from pos_client.domain.member import available_points

from .db import Database, iso
from .kpis import ratio as _ratio


def kpis_scan(db: Database, program=None, now: datetime | None = None) -> dict:
    """The figures by their definitions, straight from the tables (the reference
    the maintained aggregates are checked against, and the answer while they are
    being rebuilt for a new program)."""
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


