"""What a settlement gives back: its lines, benefits, tenders and the sale's ledger.

The data of ``settlement.settle`` (kept apart from the steps that compute it);
``settlement`` exports all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .member import CHEQUES, POINTS, SPEND, Coupon, stamps_account
from .sale_rewards import SaleRewards
from .stacking import NotApplied

PUNCH_CARD, CAMPAIGN, TIER, COUPON = "punch_card", "campaign", "tier", "coupon"
BENEFIT_ORDER = (PUNCH_CARD, CAMPAIGN, TIER, COUPON)


@dataclass(frozen=True)
class BasketLine:
    sku: str
    name: str
    qty: int
    unit_price: int          # øre
    category: str = ""
    vat_percent: float = 0


@dataclass(frozen=True)
class Benefit:
    kind: str                # punch_card | campaign | tier | coupon
    name: str
    amount: int              # øre off

    def to_json(self) -> dict:
        return {"kind": self.kind, "name": self.name, "amount": self.amount}


@dataclass
class SettledLine:
    sku: str
    name: str
    qty: int
    unit_price: int
    category: str
    vat_percent: float
    amount: int                                  # qty × unit_price
    benefits: list[Benefit] = field(default_factory=list)
    free_units: int = 0
    points_multiplier: float = 1
    points: int = 0                              # earned, attributed
    points_paid: int = 0                         # points redeemed, attributed (as points)
    stamps: dict[str, int] = field(default_factory=dict)
    reward_points: int = 0                       # a reward coupon's point cost, attributed
    applied: list[tuple[str, str, str]] = field(default_factory=list)   # (kind, id, name) for stacking
    not_applied: list[NotApplied] = field(default_factory=list)

    @property
    def discount(self) -> int:
        return sum(b.amount for b in self.benefits)

    @property
    def net(self) -> int:
        return self.amount - self.discount

    def to_json(self) -> dict:
        return {
            "sku": self.sku, "name": self.name, "qty": self.qty,
            "unit_price": self.unit_price, "amount": self.amount,
            "discount": self.discount, "net": self.net,
            "vat_percent": self.vat_percent,
            "benefits": [b.to_json() for b in self.benefits],
            "points": self.points, "points_paid": self.points_paid,
            "stamps": dict(self.stamps),
            **({"reward_points": self.reward_points} if self.reward_points else {}),
            **({"not_applied": [n.to_json() for n in self.not_applied]} if self.not_applied else {}),
        }


@dataclass(frozen=True)
class Tender:
    kind: str                # bonus_cheque | points | cash | card
    amount: int
    coupon_id: str | None = None
    points: int | None = None

    def to_json(self) -> dict:
        out: dict = {"kind": self.kind, "amount": self.amount}
        if self.coupon_id:
            out["coupon_id"] = self.coupon_id
        if self.points is not None:
            out["points"] = self.points
        return out


@dataclass
class Settlement:
    lines: list[SettledLine]
    benefits: list[Benefit]                      # aggregated, in settlement order
    subtotal: int
    discount_total: int
    total: int
    tenders: list[Tender]                        # loyalty tenders only (cheques, points)
    due: int                                     # left for cash or card
    points_earned: int = 0
    points_redeemed: int = 0
    bonus_points: int = 0                        # extra points from tier/campaign multipliers
    stamps_before: dict[str, int] = field(default_factory=dict)
    stamps_after: dict[str, int] = field(default_factory=dict)
    # Free units each punch card would give on this sale, also when the customer
    # saves them for next time (so the till can offer to apply them again).
    rewards_due: dict[str, int] = field(default_factory=dict)
    rewards_saved: frozenset[str] = frozenset()
    cheques_due: int = 0                         # bonus cheques this sale earns
    coupon: Coupon | None = None
    cheques: list[Coupon] = field(default_factory=list)
    tier: str = ""
    tier_use: bool = False                       # a benefit = "once" tier discount was used
    notes: list[NotApplied] = field(default_factory=list)   # sale-wide: why a benefit did not apply
    rewards: SaleRewards = field(default_factory=SaleRewards)   # step 7: tier coupons, referral

    def ledger(self, member_id: str) -> list[dict]:
        """The balance deltas of this sale (docs/events.md ``ledger``)."""
        out = []
        if self.points_earned:
            out.append({"member_id": member_id, "account": POINTS, "delta": self.points_earned})
        if self.points_redeemed:
            out.append({"member_id": member_id, "account": POINTS, "delta": -self.points_redeemed})
        if self.total:
            out.append({"member_id": member_id, "account": SPEND, "delta": self.total})
        for card, after in sorted(self.stamps_after.items()):
            delta = sum(line.stamps.get(card, 0) for line in self.lines)
            if delta:
                out.append({"member_id": member_id, "account": stamps_account(card), "delta": delta})
        if self.cheques_due:
            out.append({"member_id": member_id, "account": CHEQUES, "delta": self.cheques_due})
        return out + self.extras(member_id)

    def extras(self, member_id: str) -> list[dict]:
        """Sale-wide deltas (tier use, tier coupons, referral): a full return reverses them."""
        return self.rewards.ledger(member_id, tier_use=self.tier_use)

    def to_json(self) -> dict:
        return {
            "lines": [line.to_json() for line in self.lines],
            "benefits": [b.to_json() for b in self.benefits],
            "subtotal": self.subtotal,
            "discount_total": self.discount_total,
            "total": self.total,
            "tenders": [t.to_json() for t in self.tenders],
            "due": self.due,
            "points_earned": self.points_earned,
            "points_redeemed": self.points_redeemed,
            "bonus_points": self.bonus_points,
            "tier": self.tier,
            "not_applied": [n.to_json() for n in self.notes],
        }
