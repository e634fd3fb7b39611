"""Member search, one member's page, the GDPR export and erasure (audited)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import sqlalchemy as sa

from .. import admin
from .. import schema as t
from ..db import Database, HQError
from ..report import _coupon, _member, _program
from . import audit

LIMIT = 50


def search(db: Database, text: str) -> list[dict]:
    text = text.strip()
    if not text:
        return []
    m = t.members.c
    digits = "".join(ch for ch in text if ch.isdigit())
    like = f"%{text.lower()}%"
    conds = [sa.func.lower(m.name).like(like), sa.func.lower(m.email).like(like)]
    if len(digits) >= 3:
        conds.append(m.phone.like(f"%{digits}%"))
    with db.read() as conn:
        return [dict(r) for r in conn.execute(
            sa.select(m.member_id, m.phone, m.name, m.email, m.created_at)
            .where(m.erased_at.is_(None), sa.or_(*conds)).order_by(m.name, m.member_id).limit(LIMIT)).mappings()]


def member(db: Database, member_id: str, now: datetime | None = None) -> dict | None:
    now = now or datetime.now(timezone.utc)
    m, l = t.members.c, t.ledger.c
    with db.read() as conn:
        row = conn.execute(sa.select(t.members).where(m.member_id == member_id)).mappings().first()
        if row is None:
            return None
        program = _program(db, conn)
        ledger = [dict(r) for r in conn.execute(
            sa.select(l.account, l.delta, l.occurred_at, l.event_id, l.terminal_id, t.terminals.c.name.label("till"))
            .select_from(t.ledger.outerjoin(t.terminals, t.terminals.c.terminal_id == l.terminal_id))
            .where(l.member_id == member_id).order_by(l.occurred_at.desc(), l.entry_id)).mappings()]
        redeemed = {cid for (cid,) in conn.execute(
            sa.select(t.redemptions.c.coupon_id).where(t.redemptions.c.member_id == member_id))}
        coupons = []
        for doc, issued_at in conn.execute(sa.select(t.coupons.c.doc, t.coupons.c.issued_at)
                                           .where(t.coupons.c.member_id == member_id)):
            c = json.loads(doc)
            coupons.append({**c, "redeemed": c.get("id") in redeemed, "issued_at": issued_at})
        consents = [dict(r) for r in conn.execute(
            sa.select(t.consents.c.purpose, t.consents.c.granted, t.consents.c.text_version,
                      t.consents.c.recorded_at, t.consents.c.terminal_id, t.terminals.c.name.label("till"))
            .select_from(t.consents.outerjoin(t.terminals, t.terminals.c.terminal_id == t.consents.c.terminal_id))
            .where(t.consents.c.member_id == member_id).order_by(t.consents.c.recorded_at, t.consents.c.id))
            .mappings()]
        sales = [dict(r) for r in conn.execute(
            sa.select(t.sale_facts.c.occurred_at, t.sale_facts.c.total, t.sale_facts.c.is_return)
            .where(t.sale_facts.c.member_id == member_id).order_by(t.sale_facts.c.occurred_at.desc()))
            .mappings()]
    live = [_coupon(c) for c in coupons if not (c.get("single_use", True) and c["redeemed"])]
    live = [c for c in live if c.valid_on(now.date())]
    entries = [(e["account"], e["delta"], e["occurred_at"]) for e in ledger]
    view = _member(member_id, row["phone"], row["name"], entries, live, program, now)
    return {"member": dict(row), "view": view, "ledger": ledger, "coupons": coupons, "consents": consents,
            "sales": sales, "current_consents": json.loads(row["consents"] or "{}")}


def export(db: Database, actor: str, member_id: str) -> dict:
    """Everything HQ holds on one member (GDPR art. 15/20), as JSON."""
    data = member(db, member_id)
    if data is None:
        raise HQError("no such member")
    with db.write() as conn:
        audit.record(conn, actor, "member_export", member_id)
    return {"member": data["member"], "balances": {k: data["view"][k] for k in
                                                   ("tier", "points", "spend", "stamps", "cheques_issued")},
            "consents": data["consents"], "coupons": data["coupons"], "ledger": data["ledger"],
            "purchases": data["sales"]}


def erase(db: Database, actor: str, member_id: str) -> None:
    admin.erase_member(db, member_id)
    with db.write() as conn:
        audit.record(conn, actor, "member_erase", member_id, {"erased": False}, {"erased": True})
