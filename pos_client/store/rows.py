"""Row <-> domain value conversions, and the one time format the store uses."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone

from ..domain.member import Coupon, MemberState

COUPON_COLUMNS = (
    "coupon_id, member_id, def_id, name, kind, percent, amount, free_sku,"
    " min_spend, valid_until, single_use, code, issued_at, coalesce(redeemed_at, voided_at), points_cost, transferable"
)
MEMBER_COLUMNS = (
    "member_id, phone, name, email, birthday, consents, points, spend, cheques,"
    " stamps, oldest_points_at, oldest_spend_at, created_at, referred_by"
)


def iso(moment: datetime) -> str:
    """UTC, fixed width, so timestamps compare correctly as text in SQL."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    # isoformat with microseconds is the same text as strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")
    # at a fifth of the cost (a sale formats its moment about eight times).
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def coupon_from_row(row: sqlite3.Row | tuple) -> Coupon:
    (cid, member_id, def_id, name, kind, percent, amount, free_sku, min_spend,
     valid_until, single_use, code, issued_at, redeemed_at, points_cost, transferable) = row
    return Coupon(
        id=cid, member_id=member_id, def_id=def_id, name=name, kind=kind,
        issued_at=parse_iso(issued_at), valid_until=date.fromisoformat(valid_until),
        code=code or "", percent=percent, amount=amount, free_sku=free_sku,
        min_spend=min_spend or 0, single_use=bool(single_use),
        redeemed=redeemed_at is not None, points_cost=points_cost or 0,
        transferable=bool(transferable),
    )


def coupon_to_row(c: Coupon, issued_by: str) -> dict:
    return {
        "coupon_id": c.id, "member_id": c.member_id, "def_id": c.def_id,
        "name": c.name, "kind": c.kind, "percent": c.percent, "amount": c.amount,
        "free_sku": c.free_sku, "min_spend": c.min_spend,
        "valid_until": c.valid_until.isoformat(), "single_use": int(c.single_use),
        "code": c.code, "issued_at": iso(c.issued_at), "issued_by": issued_by,
        "points_cost": c.points_cost, "transferable": int(c.transferable),
    }


def coupon_to_wire(c: Coupon) -> dict:
    """The coupon object of docs/events.md."""
    out = c.to_json()
    out.update({"member_id": c.member_id, "def_id": c.def_id,
                "single_use": c.single_use, "min_spend": c.min_spend,
                "issued_at": iso(c.issued_at)})
    return out


def member_from_row(row: sqlite3.Row | tuple) -> MemberState:
    (member_id, phone, name, email, birthday, consents, points, spend, cheques,
     stamps, _oldest_points, _oldest_spend, created_at, referred_by) = row
    return MemberState(
        member_id=member_id, phone=phone, name=name or "", email=email or "",
        birthday=date.fromisoformat(birthday) if birthday else None,
        consents=json.loads(consents or "{}"), points=points, spend=spend,
        qualifying_spend=spend, stamps=json.loads(stamps or "{}"),
        cheques_issued=cheques, created_at=parse_iso(created_at) if created_at else None,
        referred_by=referred_by or None,
    )
