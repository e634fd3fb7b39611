"""The loyalty program (DESIGN.md §4) as immutable values.

``parse_program`` (in ``program_file``) turns the TOML into these; the rules in
``settlement`` only ever read them.  Money is øre; kroner in the file are
converted at parse time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Tier:
    name: str
    min_spend: int                 # øre inside the qualification window
    discount_percent: float = 0
    points_multiplier: float = 1


@dataclass(frozen=True)
class Selector:
    """Which products a punch card, campaign or coupon applies to."""

    category: str | None = None
    skus: frozenset[str] = frozenset()

    def matches(self, sku: str, category: str) -> bool:
        if self.category is not None and category == self.category:
            return True
        return sku in self.skus


@dataclass(frozen=True)
class PunchCard:
    id: str
    name: str
    selector: Selector
    stamps_required: int           # >= 2: with required-1 stamps the next unit is free


@dataclass(frozen=True)
class CouponDef:
    id: str
    name: str
    trigger: str                   # enrolment | birthday | manual | campaign
    percent: float | None = None
    amount: int | None = None      # øre
    free_sku: str | None = None
    min_spend: int = 0             # øre
    valid_days: int = 30
    single_use: bool = True


@dataclass(frozen=True)
class BonusCheque:
    every_spend: int               # øre of cumulative spend per cheque
    amount: int                    # øre
    valid_days: int = 90
    name: str = "Bonussjekk"


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    selector: Selector
    starts: date
    ends: date                     # inclusive
    points_multiplier: float = 1
    discount_percent: float = 0

    def active_on(self, day: date) -> bool:
        return self.starts <= day <= self.ends


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    currency: str
    points_per_krone: float
    point_value: int               # øre a point is worth when redeemed
    point_lifetime_days: int
    qualification_days: int
    tiers: tuple[Tier, ...]        # sorted by min_spend ascending, first is 0
    punch_cards: tuple[PunchCard, ...] = ()
    coupons: tuple[CouponDef, ...] = ()
    bonus_cheque: BonusCheque | None = None
    campaigns: tuple[Campaign, ...] = ()
    source: str = field(default="", compare=False)   # the TOML text, for sync/storage

    def tier_for(self, qualifying_spend: int) -> Tier:
        """Highest tier whose ``min_spend`` is reached."""
        chosen = self.tiers[0]
        for tier in self.tiers:
            if qualifying_spend >= tier.min_spend:
                chosen = tier
        return chosen

    def next_tier(self, qualifying_spend: int) -> Tier | None:
        for tier in self.tiers:
            if tier.min_spend > qualifying_spend:
                return tier
        return None

    def coupon(self, coupon_id: str) -> CouponDef | None:
        return next((c for c in self.coupons if c.id == coupon_id), None)

    def coupons_triggered_by(self, trigger: str) -> tuple[CouponDef, ...]:
        return tuple(c for c in self.coupons if c.trigger == trigger)
