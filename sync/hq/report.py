"""``pos-hq report``: member balances as HQ sees them, and flagged conflicts.

Balances are recomputed from the ledger with the same domain rules the
terminals use (``pos_client.domain.member``), under the active program.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timezone

import sqlalchemy as sa

from pos_client.domain.member import (
    CHEQUES, POINTS, SPEND, STAMPS_PREFIX, VISITS, Coupon, available_points, qualifying_spend,
)

from pos_client.domain import rewards

from . import schema as t
from .db import Database
from .kpis import kpis


def _program(db: Database, conn):
    source = conn.execute(sa.select(t.program.c.source)).scalar()
    if source is None:
        return None
    from pos_client.domain.program_file import parse_program
    return parse_program(source, "program")


def _coupon(doc: dict) -> Coupon:
    return Coupon(
        id=doc["id"], member_id=doc.get("member_id"), def_id=doc.get("def_id") or "",
        name=doc.get("name") or "", kind=doc.get("kind") or "amount",
        issued_at=datetime.fromisoformat(doc["issued_at"]) if doc.get("issued_at") else datetime.now(timezone.utc),
        valid_until=date.fromisoformat(doc["valid_until"]) if doc.get("valid_until") else date.max,
        code=doc.get("code") or "", percent=doc.get("percent"), amount=doc.get("amount"),
        free_sku=doc.get("free_sku"), min_spend=doc.get("min_spend") or 0,
        single_use=doc.get("single_use", True))


def report(db: Database, now: datetime | None = None) -> dict:
    now = now or datetime.now(timezone.utc)
    with db.read() as conn:
        program = _program(db, conn)
        entries: dict[str, list] = defaultdict(list)
        for mid, account, delta, when in conn.execute(sa.select(
                t.ledger.c.member_id, t.ledger.c.account, t.ledger.c.delta, t.ledger.c.occurred_at)):
            entries[mid].append((account, delta, when))
        redeemed = {cid for (cid,) in conn.execute(sa.select(t.redemptions.c.coupon_id).distinct())}
        redeemed |= {cid for (cid,) in conn.execute(sa.select(t.coupon_voids.c.coupon_id))}   # voided by a return
        coupons: dict[str, list[Coupon]] = defaultdict(list)
        for mid, doc in conn.execute(sa.select(t.coupons.c.member_id, t.coupons.c.doc)
                                     .where(t.coupons.c.member_id.is_not(None))):
            c = _coupon(json.loads(doc))
            if c.valid_on(now.date()) and not (c.single_use and c.id in redeemed):
                coupons[mid].append(c)
        m = t.members.c
        members = []
        for mid, phone, name in conn.execute(sa.select(m.member_id, m.phone, m.name)
                                             .where(m.erased_at.is_(None)).order_by(m.member_id)):
            members.append(_member(mid, phone, name, entries.get(mid, []), coupons.get(mid, []), program, now))
        conflicts = [
            {"kind": r.kind, "member_id": r.member_id, "event_ids": json.loads(r.event_ids), "detail": r.detail}
            for r in conn.execute(sa.select(t.conflicts).order_by(t.conflicts.c.id))]
        counts = defaultdict(int)
        for kind, status, n in conn.execute(sa.select(t.events.c.kind, t.events.c.status, sa.func.count())
                                            .group_by(t.events.c.kind, t.events.c.status)):
            counts[f"{kind}:{status}"] = n
        terminals = [
            {"terminal_id": r.terminal_id, "name": r.name, "last_seq": r.last_seq, "last_seen": r.last_seen,
             "revoked": bool(r.revoked_at)}
            for r in conn.execute(sa.select(t.terminals).order_by(t.terminals.c.name, t.terminals.c.paired_at))]
    return {"generated_at": now.isoformat(), "program": program.id if program else None,
            "kpis": kpis(db, program, now), "members": members, "conflicts": conflicts, "events": dict(sorted(counts.items())),
            "terminals": terminals}


def _member(mid, phone, name, entries, coupons, program, now) -> dict:
    points = [(datetime.fromisoformat(w), d) for a, d, w in entries if a == POINTS]
    spends = [(datetime.fromisoformat(w), d) for a, d, w in entries if a == SPEND]
    stamps: dict[str, int] = {}
    cheques = visits = 0
    for account, delta, _ in entries:
        if account.startswith(STAMPS_PREFIX):
            card = account[len(STAMPS_PREFIX):]
            stamps[card] = stamps.get(card, 0) + delta
        elif account == CHEQUES:
            cheques += delta
        elif account == VISITS:
            visits += delta
    if program is not None:
        available = available_points(points, now, program.point_lifetime_days)
        qualifying = qualifying_spend(spends, now, program.qualification_days)
        tier = program.tier_for(qualifying).name
        perks = list(rewards.perks(program, tier))
        keep = rewards.keep_tier(program, spends, now)
    else:
        available = max(sum(d for _, d in points), 0)
        qualifying = max(sum(d for _, d in spends), 0)
        tier, perks, keep = "", [], None
    coupons.sort(key=lambda c: (c.valid_until, c.id))
    return {
        "member_id": mid, "phone": phone, "name": name or "", "tier": tier, "points": available,
        "points_balance": sum(d for _, d in points),      # raw sum: negative when over-redeemed
        "spend": sum(d for _, d in spends), "qualifying_spend": qualifying,
        "stamps": dict(sorted(stamps.items())), "cheques_issued": cheques, "visits": visits,
        "coupons": [c.to_json() for c in coupons],
        "perks": perks, **({"keep_tier": keep} if keep else {}),     # as the till's member object
    }


def kpis_report(db: Database, now: datetime | None = None) -> dict:
    """``pos-hq report --kpis``: the report's ``kpis`` alone."""
    now = now or datetime.now(timezone.utc)
    with db.read() as conn:
        program = _program(db, conn)
    return {"generated_at": now.isoformat(), "program": program.id if program else None,
            "kpis": kpis(db, program, now)}
