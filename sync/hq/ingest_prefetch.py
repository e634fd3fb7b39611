"""What an ingest batch reads (and, on PostgreSQL, locks) before it decides.

Everything a batch's rules look at is fetched up front with a handful of
``IN`` queries: the events already known, the members, phones, coupons and
earlier redemptions it touches, and the points balances.  On PostgreSQL the
keys it decides on are locked first, in the order ``locks`` fixes.
"""

from __future__ import annotations

from collections import defaultdict

from ..protocol import Event
from . import ingest_rewards as rewards
from . import locks
from .pg_array import pg_array


def prefetch(job, events: list[Event]) -> None:
    """Fill ``job`` (an ``ingest.Ingest``) with what its rules read: ``known``, ``members``,
    ``erased``, ``new_members``, ``phones``, ``points``, ``coupons``, ``redemptions``."""
    if not job.db.is_sqlite and _plain(job, events):
        return
    ids = {e.event_id for e in events}
    job.known = {
        eid: {"status": status, "reason": reason, "permanent": bool(permanent)}
        for eid, status, reason, permanent in job._select_in(
            "SELECT event_id, status, reason, permanent FROM events WHERE event_id IN ({})", ids)}
    fresh = [e for e in events if e.event_id not in job.known]
    member_ids, phones, coupon_ids, point_members, visits = _wanted(fresh)
    if not job.db.is_sqlite:
        # Other tills' batches run alongside: what this batch decides on
        # (a coupon's earlier use, a phone's owner, a member's visit that
        # day, a points balance) is
        # locked before it is read, in one order (keys sorted, then balance
        # rows sorted), so two tills using one coupon or one member's points
        # are decided one after the other and never deadlock.
        locks.lock_keys(job.conn, [f"coupon:{c}" for c in coupon_ids] + [f"phone:{p}" for p in phones]
                        + sorted(visits))
    job.members, job.erased, job.new_members = set(), set(), set()
    for mid, erased_at in job._select_in("SELECT member_id, erased_at FROM members WHERE member_id IN ({})",
                                          member_ids):
        job.members.add(mid)
        if erased_at:
            job.erased.add(mid)
    job.phones = dict(job._select_in(
        "SELECT phone, member_id FROM members WHERE phone IN ({}) AND erased_at IS NULL", phones))
    if job.db.is_sqlite:
        job.points = dict(job._select_in(
            "SELECT member_id, total FROM balances WHERE member_id IN ({}) AND account = 'points'",
            point_members))
    else:
        job.points = locks.lock_points(job.conn, point_members)
    job.coupons = {cid: bool(single) for cid, single in job._select_in(
        "SELECT coupon_id, single_use FROM coupons WHERE coupon_id IN ({})", coupon_ids)}
    job.redemptions: dict[str, list[dict]] = defaultdict(list)
    for cid, eid, mid, tid, sale_id, when in job._select_in(
            "SELECT coupon_id, event_id, member_id, terminal_id, sale_id, occurred_at FROM redemptions"
            " WHERE coupon_id IN ({}) ORDER BY received_at, event_id", coupon_ids):
        job.redemptions[cid].append({"coupon_id": cid, "event_id": eid, "member_id": mid,
                                      "terminal_id": tid, "sale_id": sale_id, "occurred_at": when})
    rewards.prefetch(job, fresh)


def _wanted(events: list[Event]) -> tuple[set, set, set, set, set]:
    """What the events touch: members, phones, coupons, points members, member-day visit keys."""
    member_ids, phones, coupon_ids, point_members, visits = set(), set(), set(), set(), set()
    for e in events:
        p = e.payload if isinstance(e.payload, dict) else {}
        for entry in p.get("ledger") or []:
            if isinstance(entry, dict) and isinstance(entry.get("member_id"), str):
                member_ids.add(entry["member_id"])
                if entry.get("account") == "points":
                    point_members.add(entry["member_id"])
        if isinstance(p.get("member_id"), str):
            member_ids.add(p["member_id"])
        if e.kind == "member_enrolled" and isinstance(p.get("phone"), str):
            phones.add(p["phone"])
        if e.kind == "member_visited":
            visits.add(f"visit:{p.get('member_id')}|{p.get('day')}")
        for key in ("coupons_issued", "coupons_redeemed"):
            for cpn in (p.get(key) or []) + ([p["coupon"]] if key == "coupons_issued" and isinstance(
                    p.get("coupon"), dict) else []):
                if isinstance(cpn, dict):
                    cid = cpn.get("id") if key == "coupons_issued" else cpn.get("coupon_id")
                    if isinstance(cid, str):
                        coupon_ids.add(cid)
                    if isinstance(cpn.get("member_id"), str):
                        member_ids.add(cpn["member_id"])
    return member_ids, phones, coupon_ids, point_members, visits


# The whole prefetch of a batch that locks no advisory keys (sales without
# coupons: nearly every batch) in one statement: the points rows locked (as
# ``locks.lock_points``), the events already known, the members.
PLAIN = (
    "WITH p AS (INSERT INTO balances (member_id, account, total) SELECT m, 'points', 0"
    " FROM unnest(%s::text[]) AS m ON CONFLICT (member_id, account) DO UPDATE SET total = balances.total"
    " RETURNING member_id, total)"
    " SELECT 'e', event_id, status, reason, permanent FROM events WHERE event_id = ANY(%s::text[])"
    " UNION ALL SELECT 'm', member_id, erased_at, NULL, NULL FROM members WHERE member_id = ANY(%s::text[])"
    " UNION ALL SELECT 'p', member_id, total::text, NULL, NULL FROM p")


def _plain(job, events: list[Event]) -> bool:
    """PostgreSQL, a batch without coupons, phones or visits: ``prefetch`` in one
    statement.  What it reads is worked out from all the batch's events, so a
    resent (known) event's members are read and locked too: more than needed,
    never less."""
    member_ids, phones, coupon_ids, point_members, visits = _wanted(events)
    if phones or coupon_ids or visits:
        return False
    job.known, job.members, job.erased, job.new_members, job.points = {}, set(), set(), set(), {}
    rows = job.conn.exec_driver_sql(PLAIN, (pg_array(sorted(point_members)),
                                            pg_array(sorted({e.event_id for e in events})),
                                            pg_array(sorted(member_ids)))).all()
    for kind, key, a, b, c in rows:
        if kind == "e":
            job.known[key] = {"status": a, "reason": b, "permanent": bool(c)}
        elif kind == "m":
            job.members.add(key)
            if a:
                job.erased.add(key)
        else:
            job.points[key] = int(a)
    job.phones, job.coupons = {}, {}
    job.redemptions = defaultdict(list)
    rewards.prefetch(job, [e for e in events if e.event_id not in job.known])
    return True
