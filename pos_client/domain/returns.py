"""Returns reverse exactly what the returned lines earned.

A sale stores, per line, what it carried: net amount, points earned, points
that paid for it, stamps.  Returning ``q`` of ``Q`` units reverses a pro-rata
share, computed cumulatively (what is returned now = share of everything
returned so far minus what earlier returns already took), so returning a
line in several steps reverses it exactly as returning it at once.

Sale-wide rewards (a tier use, a tier's coupons, a referral: the sale's
``extras``) are all or nothing: the return that brings back the sale's last
unit reverses them and voids the coupons the sale issued that are still
unused.  A reward coupon's point cost comes back pro rata with its lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import InvalidInput
from .member import POINTS, SPEND, stamps_account


def _share(total: int, done: int, qty: int, whole: int) -> int:
    return total * (done + qty) // whole - total * done // whole


@dataclass
class ReturnedLine:
    sku: str
    name: str
    qty: int
    refund: int          # money back, øre
    points: int          # earned points taken back
    points_paid: int     # points that paid for the units, given back
    net: int
    stamps: dict[str, int] = field(default_factory=dict)
    reward_points: int = 0   # a reward coupon's point cost, given back

    def to_json(self) -> dict:
        return {"sku": self.sku, "name": self.name, "qty": self.qty, "refund": self.refund,
                "points": self.points, "points_paid": self.points_paid,
                "stamps": dict(self.stamps),
                **({"reward_points": self.reward_points} if self.reward_points else {})}


@dataclass
class ReturnSettlement:
    lines: list[ReturnedLine]
    extras: list[dict] = field(default_factory=list)     # reversed sale-wide deltas (last unit back)
    coupons_voided: list[str] = field(default_factory=list)

    @property
    def refund(self) -> int:
        return sum(l.refund for l in self.lines)

    def ledger(self, member_id: str) -> list[dict]:
        points = sum(l.points_paid + l.reward_points - l.points for l in self.lines)
        spend = -sum(l.net for l in self.lines)
        out = []
        if points:
            out.append({"member_id": member_id, "account": POINTS, "delta": points})
        if spend:
            out.append({"member_id": member_id, "account": SPEND, "delta": spend})
        cards: dict[str, int] = {}
        for line in self.lines:
            for card, n in line.stamps.items():
                cards[card] = cards.get(card, 0) + n
        for card, n in sorted(cards.items()):
            if n:
                out.append({"member_id": member_id, "account": stamps_account(card), "delta": n})
        return out + self.extras


def settle_return(
    sale_lines: list[dict],
    wanted: dict[str, int],
    already_returned: dict[str, int],
    point_value: int,
    extras: list[dict] = (),
    coupons_issued: list[str] = (),
) -> ReturnSettlement:
    """``sale_lines`` are the stored ``SettledLine.to_json()`` dicts of the sale;
    ``extras`` its sale-wide ledger deltas, ``coupons_issued`` the (still unused)
    coupons it issued that a full return voids."""
    by_sku: dict[str, dict] = {}
    for line in sale_lines:
        if line["sku"] in by_sku:
            raise InvalidInput(f"{line['sku']}: the sale holds this item on several lines")
        by_sku[line["sku"]] = line
    out = []
    for sku, qty in sorted(wanted.items()):
        line = by_sku.get(sku)
        if line is None:
            raise InvalidInput(f"{sku}: not on this receipt")
        done = already_returned.get(sku, 0)
        if qty <= 0:
            raise InvalidInput(f"{sku}: quantity to return must be at least 1")
        if done + qty > line["qty"]:
            raise InvalidInput(f"{sku}: only {line['qty'] - done} of {line['qty']} can still be returned",
                               key="return_too_many", sku=sku, left=line["qty"] - done, qty=line["qty"])
        whole = line["qty"]
        net = _share(line["net"], done, qty, whole)
        paid_points = _share(line.get("points_paid", 0), done, qty, whole)
        out.append(
            ReturnedLine(
                sku=sku, name=line.get("name", sku), qty=qty,
                refund=net - paid_points * point_value,
                points=_share(line.get("points", 0), done, qty, whole),
                points_paid=paid_points, net=net,
                stamps={card: -_share(n, done, qty, whole)
                        for card, n in line.get("stamps", {}).items()},
                reward_points=_share(line.get("reward_points", 0), done, qty, whole),
            )
        )
    units = sum(l["qty"] for l in sale_lines)
    back = sum(already_returned.values()) + sum(wanted.values())
    if back < units:
        return ReturnSettlement(out)
    reversed_extras = [{**e, "delta": -e["delta"]} for e in extras]
    return ReturnSettlement(out, reversed_extras, list(coupons_issued))
