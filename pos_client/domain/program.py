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
    benefit: str = "every_purchase"   # every_purchase | once | coupons (DESIGN.md §9)
    coupons_per_period: int = 0       # with benefit = "coupons"
    perks: tuple[str, ...] = ()       # not discounts: shown on the panel and the receipt
    warn_days: int = 0                # "keep your tier" notice this many days before a drop
    keep_offer: str | None = None     # coupon id issued once at that notice

    @property
    def account_key(self) -> str:
        """The tier's name as it appears in ledger account names (no spaces or colons)."""
        return "".join(ch if ch.isalnum() or ch in "_.-" else "_" for ch in self.name)[:60]


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
    transferable: bool = False     # may be given to another member


@dataclass(frozen=True)
class RewardDef:
    """A coupon that costs points (the reward catalogue, ``[[rewards]]``)."""

    id: str
    name: str
    points: int
    percent: float | None = None
    amount: int | None = None      # øre
    free_sku: str | None = None
    valid_days: int = 90
    transferable: bool = False


@dataclass(frozen=True)
class Referral:
    """Refer a friend: both get a reward after the friend's first purchase >= min_spend."""

    min_spend: int = 0             # øre
    referrer_points: int = 0
    referrer_coupon: str | None = None
    friend_points: int = 0
    friend_coupon: str | None = None
    max_per_year: int = 0          # 0 = no cap


@dataclass(frozen=True)
class StackingRule:
    """Two benefits that do (or do not) combine on one line.

    A benefit is ``tier``, ``coupon``, ``coupon:<id>``, ``campaign``,
    ``campaign:<id>``, ``punch_card`` or ``punch_card:<id>``."""

    benefits: tuple[str, str]
    combine: bool


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
    visit_points: int = 0          # for showing the card without buying, once a day
    rewards: tuple[RewardDef, ...] = ()
    referral: Referral | None = None
    stacking: tuple[StackingRule, ...] = ()
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

    def reward(self, reward_id: str) -> RewardDef | None:
        return next((r for r in self.rewards if r.id == reward_id), None)

    def tier_named(self, name: str) -> Tier | None:
        return next((t for t in self.tiers if t.name == name), None)

    def combines(self, earlier: tuple[str, str], later: tuple[str, str]) -> bool:
        """Whether a benefit ``later`` (kind, id) may apply on a line that already has
        ``earlier``; the default (no rule) is that they combine, as before §9."""
        names_a = {earlier[0], f"{earlier[0]}:{earlier[1]}"}
        names_b = {later[0], f"{later[0]}:{later[1]}"}
        for rule in self.stacking:
            a, b = rule.benefits
            if (a in names_a and b in names_b) or (b in names_a and a in names_b):
                return rule.combine
        return True
