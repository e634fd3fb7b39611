"""The dashboard's figures from the maintained aggregates (``aggregates``).

A windowed figure is the sum of ``kpi_days`` after the threshold's day plus
the exact count inside that one day, read from an index over the detail
(``kpi_items``, ``kpi_members``, ``sale_facts``, ``members``): the same numbers as the
definitions in ``kpis_scan``, in a fixed handful of small queries whatever
the size of the chain.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import sqlalchemy as sa

from . import aggregates
from .db import Database, iso
from .kpis import ratio


def _next_day(threshold: str) -> str:
    return (date.fromisoformat(threshold[:10]) + timedelta(days=1)).isoformat()


def kpis_fast(db: Database, program, now: datetime) -> dict | None:
    """The figures, or None if the aggregates were built for another program's parameters."""
    with db.read() as conn:
        if aggregates.stored_params(conn) != aggregates.params(program):
            return None
        d30, d90, at_now = iso(now - timedelta(days=30)), iso(now - timedelta(days=90)), iso(now)
        tiers = list(program.tiers) if program is not None and program.tiers else []
        since = iso(now - timedelta(days=program.qualification_days)) if tiers else at_now
        tier_metrics = [f"{k}:{i}" for i in range(1, len(tiers)) for k in ("ts", "te")]
        # (metric group, threshold, strictly after?)
        windows = {"alive": (d30, False), "sm_n": (d90, False), "sm_sum": (d90, False), "sn_n": (d90, False),
                   "sn_sum": (d90, False), "last": (d90, False), "prev": (d90, False), "lot": (at_now, True),
                   "dlot": (at_now, True), "dexp": (at_now, True),
                   **{m: (since, True) for m in tier_metrics}}
        days = _day_sums(conn, windows)
        inside = _inside_items(conn, {m: w for m, w in windows.items()
                                      if m in ("lot", "dlot", "dexp", *tier_metrics)})
        inside.update(_inside_purchases(conn, d90))
        q = lambda sql, **kw: conn.execute(sa.text(sql), kw)   # noqa: E731
        aov = {False: [0, 0], True: [0, 0]}
        for is_member, n, s in q(
                "SELECT CASE WHEN member_id IS NULL THEN 0 ELSE 1 END, COUNT(*), COALESCE(SUM(total), 0)"
                " FROM sale_facts WHERE occurred_at >= :d AND occurred_at < :e AND NOT is_return"
                " GROUP BY CASE WHEN member_id IS NULL THEN 0 ELSE 1 END", d=d90, e=_next_day(d90)):
            aov[bool(is_member)] = [int(n), int(s)]
        new30 = q("SELECT COUNT(*) FROM members WHERE created_at >= :d AND created_at < :e AND erased_at IS NULL",
                  d=d30, e=_next_day(d30)).scalar()
        coupons = {def_id: {"issued": int(i), "redeemed": int(r), "rate": ratio(int(r), int(i))}
                   for def_id, i, r in q("SELECT def_id, SUM(issued), SUM(redeemed) FROM kpi_coupons"
                                         " GROUP BY def_id HAVING SUM(issued) > 0 ORDER BY def_id")}

    def total(m: str) -> int:
        return days.get(m, (0, 0))[0]

    def windowed(m: str) -> int:
        return days.get(m, (0, 0))[1] + inside.get(m, 0)

    members, ever = total("alive"), total("enrolled")
    active, repeat = windowed("last"), windowed("prev")
    m_n, m_sum = windowed("sm_n") + aov[True][0], windowed("sm_sum") + aov[True][1]
    n_n, n_sum = windowed("sn_n") + aov[False][0], windowed("sn_sum") + aov[False][1]
    earned, spent, free_alive = total("p_earn"), total("p_spent"), windowed("lot")
    expired = (earned - spent - total("dtotal") - free_alive) + total("dconst") + total("dexp") - windowed("dexp")
    points = {"points_issued": earned, "points_redeemed": spent, "points_expired": expired,
              "points_outstanding": free_alive + windowed("dlot"), "breakage_rate": ratio(expired, earned)}
    tier_counts: dict = {}
    if tiers:
        counts = {i: windowed(f"te:{i}") - windowed(f"ts:{i}") for i in range(1, len(tiers))}
        counts[0] = members - sum(counts.values())
        tier_counts = {tiers[i].name: counts[i] for i in range(len(tiers))}
    return {
        "members_total": members, "members_new_30d": days.get("alive", (0, 0))[1] + int(new30 or 0),
        "members_active_90d": active, "repeat_purchase_rate": ratio(repeat, active),
        "aov_members": round(m_sum / m_n) if m_n else 0, "aov_non_members": round(n_sum / n_n) if n_n else 0,
        "clv": round(total("mnet") / ever) if ever else 0,
        **points, "tier_distribution": tier_counts, "coupon_redemption": coupons,
        "punch_cards_completed": total("punch"),
    }


def _day_sums(conn: sa.Connection, windows: dict[str, tuple[str, bool]]) -> dict[str, tuple[int, int]]:
    """metric -> (all time, on the days after its threshold's day)."""
    cases, params = [], {}
    for i, (metric, (threshold, _strict)) in enumerate(sorted(windows.items())):
        cases.append(f"WHEN metric = :m{i} THEN (CASE WHEN day > :d{i} THEN n ELSE 0 END)")
        params[f"m{i}"], params[f"d{i}"] = metric, threshold[:10]
    after = f"CASE {' '.join(cases)} ELSE 0 END" if cases else "0"
    return {m: (int(a), int(b)) for m, a, b in conn.execute(sa.text(
        f"SELECT metric, SUM(n), SUM({after}) FROM kpi_days GROUP BY metric"), params)}


def _inside_items(conn: sa.Connection, windows: dict[str, tuple[str, bool]]) -> dict[str, int]:
    """metric -> weight of the items past the threshold inside the threshold's own day."""
    if not windows:
        return {}
    parts, params = [], {}
    for i, (metric, (threshold, strict)) in enumerate(sorted(windows.items())):
        parts.append(f"(metric = :m{i} AND at {'>' if strict else '>='} :t{i} AND at < :e{i})")
        params.update({f"m{i}": metric, f"t{i}": threshold, f"e{i}": _next_day(threshold)})
    return {m: int(w) for m, w in conn.execute(sa.text(
        f"SELECT metric, SUM(weight) FROM kpi_items WHERE {' OR '.join(parts)} GROUP BY metric"), params)}


def _inside_purchases(conn: sa.Connection, threshold: str) -> dict[str, int]:
    """Members whose latest / second-latest purchase is at or past the threshold inside its day."""
    e = _next_day(threshold)
    last, prev = conn.execute(sa.text(
        "SELECT (SELECT COUNT(*) FROM kpi_members WHERE last_at >= :t AND last_at < :e),"
        " (SELECT COUNT(*) FROM kpi_members WHERE prev_at >= :t AND prev_at < :e)"), {"t": threshold, "e": e}).one()
    return {"last": int(last), "prev": int(prev)}
