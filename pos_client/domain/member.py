"""A member's loyalty state and the rules that read it: tiers, expiry, birthdays.

Balances are sums of ledger deltas (accounts ``points``, ``spend``,
``cheques`` and ``stamps:<punch card id>``); this module only derives views
from them, with the clock passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .program import Program, Tier

POINTS = "points"
SPEND = "spend"
CHEQUES = "cheques"          # number of bonus cheques issued so far (a high-water mark)
STAMPS_PREFIX = "stamps:"
# Counters of the reward mechanics (DESIGN.md §9): dated deltas like the
# balances, read inside a window; no materialised sums.
VISITS = "visits"            # +1 per day the card was shown without buying
TIER_USES = "tier_uses"      # +1 when a benefit = "once" tier discount was used
TIER_COUPONS_PREFIX = "tier_coupons:"   # +1 when a tier's coupons were issued (per tier)
REFERRED = "referred"        # the friend's: +1 when the referral reward was given
REFERRALS = "referrals"      # the referrer's: +1 per friend rewarded
COUNTERS = (VISITS, TIER_USES, REFERRED, REFERRALS)


def is_counter(account: str) -> bool:
    return account in COUNTERS or account.startswith(TIER_COUPONS_PREFIX)


def stamps_account(card_id: str) -> str:
    return STAMPS_PREFIX + card_id


@dataclass(frozen=True)
class Coupon:
    """An issued coupon or bonus cheque; ``code`` is the signed QR payload."""

    id: str
    member_id: str | None
    def_id: str                  # coupon definition id, or "bonus_cheque"
    name: str
    kind: str                    # percent | amount | free_sku | cheque
    issued_at: datetime
    valid_until: date            # inclusive
    code: str = ""
    percent: float | None = None
    amount: int | None = None    # øre
    free_sku: str | None = None
    min_spend: int = 0           # øre
    single_use: bool = True
    redeemed: bool = False
    points_cost: int = 0         # a reward bought with points: given back pro rata by a return
    transferable: bool = False

    @property
    def is_cheque(self) -> bool:
        return self.kind == "cheque"

    def valid_on(self, day: date) -> bool:
        return day <= self.valid_until

    def to_json(self) -> dict:
        out: dict = {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "valid_until": self.valid_until.isoformat(),
        }
        if self.amount is not None:
            out["amount"] = self.amount
        if self.percent is not None:
            out["percent"] = self.percent
        if self.free_sku is not None:
            out["free_sku"] = self.free_sku
        if self.min_spend:
            out["min_spend"] = self.min_spend
        if self.points_cost:
            out["points_cost"] = self.points_cost
        if self.transferable:
            out["transferable"] = True
        return out


@dataclass
class MemberState:
    member_id: str
    phone: str                   # E.164
    name: str = ""
    email: str = ""
    birthday: date | None = None
    consents: dict[str, bool] = field(default_factory=dict)
    points: int = 0              # available now (expired points excluded)
    spend: int = 0               # lifetime, øre
    qualifying_spend: int = 0    # inside the qualification window, øre
    stamps: dict[str, int] = field(default_factory=dict)
    cheques_issued: int = 0
    coupons: list[Coupon] = field(default_factory=list)   # usable ones
    tier: str = ""
    created_at: datetime | None = None
    # Reward mechanics (DESIGN.md §9), read from the counter accounts.
    tier_uses: int = 0           # benefit = "once" uses inside the qualification window
    tier_grants: dict[str, int] = field(default_factory=dict)   # tier key -> coupon issues in the window
    visited_on: date | None = None          # last day visit points were given
    referred_by: str | None = None          # the referring member's id
    referral_rewarded: bool = False         # the friend's referral reward was given
    referrer_count: int = 0                 # the referrer's rewarded friends this year (for the cap)
    perks: tuple[str, ...] = ()
    keep_tier: dict | None = None           # {tier, spend_needed, by}
    referral_news: int = 0                  # friends rewarded since the member's last visit

    def to_json(self) -> dict:
        return {
            "member_id": self.member_id,
            "phone": self.phone,
            "name": self.name,
            "tier": self.tier,
            "points": self.points,
            "spend": self.spend,
            "qualifying_spend": self.qualifying_spend,
            "stamps": dict(self.stamps),
            "coupons": [c.to_json() for c in self.coupons],
            "perks": list(self.perks),
            **({"keep_tier": dict(self.keep_tier)} if self.keep_tier else {}),
            **({"referral_news": self.referral_news} if self.referral_news else {}),
        }


def available_points(
    entries: list[tuple[datetime, int]], now: datetime, lifetime_days: int
) -> int:
    """Points still usable at ``now``: earned lots expire after ``lifetime_days``.

    Spending and returns consume the oldest lots first (FIFO), so a point is
    never both spent and expired.  ``entries`` are (when, delta) of the
    ``points`` account, in any order.
    """
    horizon = timedelta(days=lifetime_days)
    lots, debt = point_lots(entries, lifetime_days)
    alive = sum(left for earned, left in lots if earned + horizon > now)
    return max(alive - debt, 0) if debt else alive


def point_lots(entries: list[tuple[datetime, int]], lifetime_days: int | None
               ) -> tuple[list[tuple[datetime, int]], int]:
    """The FIFO replay behind ``available_points``: (lots still held as
    [(earned_at, remaining)], debt) after every entry; with no
    ``lifetime_days`` nothing expires.  HQ's dashboard keeps these lots."""
    lots: list[list] = []          # [earned_at, remaining]
    debt = 0
    horizon = timedelta(days=lifetime_days) if lifetime_days else None
    for when, delta in sorted(entries, key=lambda e: e[0]):
        # Expire lots that were already dead when this entry happened.
        if horizon is not None:
            lots = [lot for lot in lots if lot[0] + horizon > when]
        if delta > 0:
            lots.append([when, delta])
        else:
            owed = -delta
            for lot in lots:
                take = min(lot[1], owed)
                lot[1] -= take
                owed -= take
                if not owed:
                    break
            debt += owed             # more was taken than held (e.g. a return)
    return [(when, left) for when, left in lots if left > 0], debt


def qualifying_spend(
    entries: list[tuple[datetime, int]], now: datetime, window_days: int
) -> int:
    """Spend inside the tier window: the ``window_days`` before ``now``."""
    start = now - timedelta(days=window_days)
    return max(sum(delta for when, delta in entries if when > start), 0)


def tier_progress(program: Program, spend: int) -> tuple[Tier, Tier | None, int]:
    """(current tier, next tier or None, øre still to spend to reach it)."""
    current = program.tier_for(spend)
    upcoming = program.next_tier(spend)
    return current, upcoming, (upcoming.min_spend - spend) if upcoming else 0


def birthday_this_year(birthday: date, year: int) -> date:
    try:
        return birthday.replace(year=year)
    except ValueError:          # 29 February in a common year
        return date(year, 2, 28)


def in_birthday_week(birthday: date | None, today: date) -> bool:
    """True in the ISO week (Monday–Sunday) that holds this year's birthday."""
    if birthday is None:
        return False
    this_year = birthday_this_year(birthday, today.year)
    return this_year.isocalendar()[:2] == today.isocalendar()[:2]
