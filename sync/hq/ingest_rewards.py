"""HQ's side of the reward mechanics (DESIGN.md §9), called from ``ingest.Ingest``.

- ``member_visited``: one visit per member per day counts.  A second one the
  same day (two terminals offline) is kept as a fact and flagged
  ``visit_duplicate``; HQ posts the reversing entries (event id
  ``{event_id}.void``) to its ledger and to every terminal's feed, so the
  points are never doubled anywhere.
- ``coupon_given``: the coupon moves to the new member (one row in
  ``coupon_moves``); its id is unchanged, so a second redemption of it, by
  either member, is the usual ``coupon_reused`` conflict.
- ``sale_returned`` with ``coupons_voided``: the coupons a fully returned sale
  had issued are voided (``coupon_voids``) and tombstoned on the terminals.
- ``member_enrolled`` with ``referred_by``: who referred whom (``referrals``).
"""

from __future__ import annotations

from ..protocol import CouponGiven, Event, EventPayload, MemberEnrolled, MemberVisited, SaleReturned
from . import schema as t
from .db import dumps

VOID_SUFFIX = ".void"


def prefetch(job, events: list[Event]) -> None:
    keys = set()
    for e in events:
        p = e.payload if isinstance(e.payload, dict) else {}
        if e.kind == "member_visited" and isinstance(p.get("member_id"), str) and isinstance(p.get("day"), str):
            keys.add(f"{p['member_id']}|{p['day']}")
    job.visits = {f"{m}|{d}": eid for m, d, eid in job._select_in(
        "SELECT member_id, day, event_id FROM visits WHERE member_id || '|' || day IN ({})", keys)}
    job.reward_sql = []


def apply(job, ev: Event, p: EventPayload, flags: list[str]) -> None:
    tid = job.terminal["terminal_id"]
    if isinstance(p, MemberVisited):
        key = f"{p.member_id}|{p.day}"
        first = job.visits.get(key)
        if first is None:
            job.visits[key] = ev.event_id
            job.rows["visits"].append({"member_id": p.member_id, "day": p.day, "event_id": ev.event_id,
                                       "terminal_id": tid, "occurred_at": ev.occurred_at})
        else:
            job._conflict("visit_duplicate", p.member_id, [first, ev.event_id],
                          f"visit points for {p.day} given again by terminal {job.terminal['name']}"
                          f" (offline); HQ counts the first and reverses this one")
            flags.append("visit_duplicate")
            _reverse(job, ev, [e.wire() for e in p.ledger])
    elif isinstance(p, CouponGiven):
        doc = p.coupon.wire()
        job.rows["coupon_moves"].append({"coupon_id": p.coupon_id, "from_member_id": p.from_member_id,
                                         "to_member_id": p.member_id, "event_id": ev.event_id,
                                         "occurred_at": ev.occurred_at})
        if p.coupon_id not in job.coupons:
            job._coupon(ev, p.coupon)
        else:
            job._change({"type": "coupon", "coupon": doc, "issued_by": tid})
        job.reward_sql.append((f"UPDATE coupons SET member_id = {job.db.param}, doc = {job.db.param}"
                               f" WHERE coupon_id = {job.db.param}", (p.member_id, dumps(doc), p.coupon_id)))
    elif isinstance(p, SaleReturned):
        for cid in p.coupons_voided:
            job.rows["coupon_voids"].append({"coupon_id": cid, "event_id": ev.event_id,
                                             "occurred_at": ev.occurred_at})
            job._change({"type": "tombstone", "entity": "coupon", "id": cid})
    elif isinstance(p, MemberEnrolled) and p.referred_by:
        job.rows["referrals"].append({"member_id": p.member_id, "referrer_id": p.referred_by,
                                      "event_id": ev.event_id, "occurred_at": ev.occurred_at})


def _reverse(job, ev: Event, entries: list[dict]) -> None:
    """HQ's own reversing entries, sent to every terminal (the one that gave the points too)."""
    void_id = ev.event_id[:64 - len(VOID_SUFFIX)] + VOID_SUFFIX
    back = [{**e, "delta": -e["delta"]} for e in entries]
    for i, e in enumerate(back):
        job.rows["ledger"].append({
            "entry_id": f"{void_id}:{i}", "event_id": void_id, "member_id": e["member_id"],
            "account": e["account"], "delta": e["delta"], "occurred_at": ev.occurred_at, "terminal_id": "hq"})
        job.balance_delta[(e["member_id"], e["account"])] += e["delta"]
        if e["account"] == "points":
            job.points[e["member_id"]] = job.points.get(e["member_id"], 0) + e["delta"]
    job.rows["changes"].append({"origin": None, "data": dumps({
        "type": "ledger", "event_id": void_id, "terminal_id": "hq", "occurred_at": ev.occurred_at,
        "entries": back})})


def flush(job) -> None:
    for name in ("visits", "coupon_moves", "coupon_voids", "referrals"):
        if job.rows.get(name):
            job._insert(getattr(t, name), job.rows[name])
    for sql, params in job.reward_sql:
        job.conn.exec_driver_sql(sql, params)
