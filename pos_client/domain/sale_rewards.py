"""Step 7 of the settlement order: what a sale earns besides points.

After the discounts (steps 1–4), the tenders (5) and the points (6), a sale
may issue a tier's coupons (a tier with ``benefit = "coupons"`` reached or
renewed: none issued for it inside the qualification window) and the
refer-a-friend rewards (the friend's first purchase of at least
``[referral] min_spend``: both members rewarded, the referrer only while
under ``max_per_year``).  Coupons themselves are signed by the facade; this
module decides which, and the ledger deltas that record them.  A full return
of the sale reverses every delta here (``returns.settle_return``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .member import POINTS, REFERRALS, REFERRED, TIER_COUPONS_PREFIX, TIER_USES, MemberState
from .program import Program


@dataclass(frozen=True)
class SaleRewards:
    tier_coupons: int = 0            # how many tier coupons to issue
    tier_name: str = ""              # ... of this tier
    tier_key: str = ""
    tier_percent: float = 0
    referrer_id: str | None = None   # set when this sale completes a referral
    friend_points: int = 0
    friend_coupon: str | None = None
    referrer_points: int = 0
    referrer_coupon: str | None = None
    referrer_capped: bool = False    # max_per_year reached: only the friend is rewarded

    @property
    def referral(self) -> bool:
        return self.referrer_id is not None

    def ledger(self, member_id: str, *, tier_use: bool = False) -> list[dict]:
        out = []
        if tier_use:
            out.append({"member_id": member_id, "account": TIER_USES, "delta": 1})
        if self.tier_coupons:
            out.append({"member_id": member_id, "account": TIER_COUPONS_PREFIX + self.tier_key, "delta": 1})
        if self.referral:
            out.append({"member_id": member_id, "account": REFERRED, "delta": 1})
            if self.friend_points:
                out.append({"member_id": member_id, "account": POINTS, "delta": self.friend_points})
            if not self.referrer_capped:
                out.append({"member_id": self.referrer_id, "account": REFERRALS, "delta": 1})
                if self.referrer_points:
                    out.append({"member_id": self.referrer_id, "account": POINTS,
                                "delta": self.referrer_points})
        return out

    def to_json(self) -> dict:
        out: dict = {}
        if self.tier_coupons:
            out["tier_coupons"] = {"tier": self.tier_name, "count": self.tier_coupons}
        if self.referral:
            out["referral"] = {"referrer_id": self.referrer_id, "friend_points": self.friend_points,
                               "friend_coupon": self.friend_coupon,
                               "referrer_points": 0 if self.referrer_capped else self.referrer_points,
                               "referrer_coupon": None if self.referrer_capped else self.referrer_coupon,
                               "referrer_capped": self.referrer_capped}
        return out


def sale_rewards(program: Program, member: MemberState, total: int) -> SaleRewards:
    fields: dict = {}
    after = program.tier_for(member.qualifying_spend + total)
    if after.benefit == "coupons" and total > 0 and not member.tier_grants.get(after.account_key):
        fields.update(tier_coupons=after.coupons_per_period, tier_name=after.name,
                      tier_key=after.account_key, tier_percent=after.discount_percent)
    ref = program.referral
    if (ref is not None and member.referred_by and not member.referral_rewarded
            and member.referred_by != member.member_id and total > 0 and total >= ref.min_spend):
        capped = bool(ref.max_per_year) and member.referrer_count >= ref.max_per_year
        fields.update(referrer_id=member.referred_by, friend_points=ref.friend_points,
                      friend_coupon=ref.friend_coupon, referrer_points=ref.referrer_points,
                      referrer_coupon=ref.referrer_coupon, referrer_capped=capped)
    return SaleRewards(**fields)
