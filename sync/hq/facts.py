"""Sale facts: the few numbers of an accepted sale or return the console sums.

``fact`` is called by ingest for each accepted event (same transaction);
``backfill`` fills the table from events stored before it existed.
``lines``: the lines of a member's sale (sku, quantity, net), for segments
by what was bought; ``backfill_lines`` for sales stored before them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa

from . import schema as t

SALE_KINDS = ("sale_completed", "sale_returned")
PUNCH_CARD = "punch_card"          # pos_client.domain.settlement.PUNCH_CARD


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def fact(event_id: str, kind: str, terminal_id: str, occurred_at: str, payload: dict) -> dict | None:
    if kind not in SALE_KINDS:
        return None
    member = payload.get("member_id")
    member = member if isinstance(member, str) and member else None
    if kind == "sale_returned":
        return {"event_id": event_id, "is_return": True, "member_id": member, "terminal_id": terminal_id,
                "occurred_at": occurred_at, "total": -abs(_int(payload.get("refund"))), "punch_rewards": 0}
    return {"event_id": event_id, "is_return": False, "member_id": member, "terminal_id": terminal_id,
            "occurred_at": occurred_at, "total": _int(payload.get("total")), "punch_rewards": _free_units(payload)}


def _free_units(payload: dict) -> int:
    """Units given free by punch cards: a line's punch-card benefit is its free
    units times the unit price; without line detail, one per sale benefit."""
    lines = payload.get("lines") if isinstance(payload.get("lines"), list) else []
    units = 0
    seen_lines = False
    for line in lines:
        if not isinstance(line, dict) or not isinstance(line.get("benefits"), list):
            continue
        for b in line["benefits"]:
            if isinstance(b, dict) and b.get("kind") == PUNCH_CARD:
                seen_lines = True
                price = _int(line.get("unit_price"))
                units += max(round(_int(b.get("amount")) / price), 1) if price > 0 else 1
    if seen_lines:
        return units
    benefits = payload.get("benefits") if isinstance(payload.get("benefits"), list) else []
    return sum(1 for b in benefits if isinstance(b, dict) and b.get("kind") == PUNCH_CARD)


def backfill(conn: sa.Connection, batch: int = 5000) -> int:
    """Facts for accepted sale events that have none (idempotent)."""
    e, f = t.events.c, t.sale_facts.c
    done = 0
    last = ""
    while True:
        rows = conn.execute(
            sa.select(e.event_id, e.kind, e.terminal_id, e.occurred_at, e.payload)
            .where(e.kind.in_(SALE_KINDS), e.status == "accepted", e.event_id > last,
                   ~sa.exists().where(f.event_id == e.event_id))
            .order_by(e.event_id).limit(batch)).all()
        if not rows:
            return done
        facts = [fact(r.event_id, r.kind, r.terminal_id, r.occurred_at, json.loads(r.payload)) for r in rows]
        conn.execute(sa.insert(t.sale_facts), [x for x in facts if x])
        done += len(rows)
        last = rows[-1].event_id


def lines(event_id: str, kind: str, member_id: str | None, occurred_at: str, payload: dict) -> list[dict]:
    """The lines of a member's sale with a sku (nothing for other events)."""
    if kind != "sale_completed" or not member_id or not isinstance(payload.get("lines"), list):
        return []
    out = []
    for i, line in enumerate(payload["lines"]):
        sku = line.get("sku") if isinstance(line, dict) else None
        if isinstance(sku, str) and sku and len(sku) <= 64:
            out.append({"event_id": event_id, "line_no": i, "member_id": member_id, "occurred_at": occurred_at,
                        "sku": sku, "qty": _int(line.get("qty")), "net": _int(line.get("net", line.get("amount")))})
    return out


def backfill_lines(conn: sa.Connection, batch: int = 5000) -> int:
    """Lines of accepted member sales that have none (idempotent)."""
    e, sl = t.events.c, t.sale_lines.c
    done, last = 0, ""
    while True:
        rows = conn.execute(
            sa.select(e.event_id, e.kind, e.member_id, e.occurred_at, e.payload)
            .where(e.kind == "sale_completed", e.status == "accepted", e.member_id.is_not(None), e.event_id > last,
                   ~sa.exists().where(sl.event_id == e.event_id))
            .order_by(e.event_id).limit(batch)).all()
        if not rows:
            return done
        found = [x for r in rows for x in lines(r.event_id, r.kind, r.member_id, r.occurred_at, json.loads(r.payload))]
        if found:
            conn.execute(sa.insert(t.sale_lines), found)
        done += len(found)
        last = rows[-1].event_id
