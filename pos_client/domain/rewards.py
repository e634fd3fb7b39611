"""Reward mechanics outside a sale's discounts (DESIGN.md §9), as pure rules.

Visit points, the points-for-coupon catalogue, passing a coupon to a friend,
"keep your tier", perks, the anniversary week and what the counter accounts
say about a member.  The clock is passed in; nothing here reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from .errors import CouponRefused, InvalidInput, PointsRefused, coupon_expired, coupon_not_theirs, coupon_used
from .member import (
    POINTS, REFERRALS, REFERRED, TIER_COUPONS_PREFIX, TIER_USES, VISITS, Coupon, MemberState,
    birthday_this_year,
)
from .program import Program, RewardDef


# -- counters ---------------------------------------------------------------------

@dataclass(frozen=True)
class Counters:
    tier_uses: int = 0
    tier_grants: dict | None = None
    visited_on: date | None = None
    referral_rewarded: bool = False
    referrals_this_year: int = 0
    referrals_since: tuple[datetime, ...] = ()   # when each friend's reward came (for the news)


def read_counters(entries: list[tuple[str, datetime, int]], now: datetime, window_days: int,
                  day_of: Callable[[datetime], date] = datetime.date) -> Counters:
    """``entries``: (account, occurred_at, delta) of a member's counter accounts; ``day_of``: the
    shop's calendar day of a moment (a visit is once a day of the shop's, not of UTC's: at
    00:30 in Oslo it is still yesterday in UTC)."""
    start = now - timedelta(days=window_days)
    uses, grants, referred, year = 0, {}, 0, 0
    visited: date | None = None
    times = []
    for account, when, delta in entries:
        if account == TIER_USES and when > start:
            uses += delta
        elif account.startswith(TIER_COUPONS_PREFIX) and when > start:
            key = account[len(TIER_COUPONS_PREFIX):]
            grants[key] = grants.get(key, 0) + delta
        elif account == VISITS and delta > 0:
            day = day_of(when)
            visited = max(visited or day, day)
        elif account == REFERRED:
            referred += delta
        elif account == REFERRALS:
            if when.year == now.year:
                year += delta
            if delta > 0:
                times.append(when)
    return Counters(max(uses, 0), {k: v for k, v in grants.items() if v > 0}, visited, referred > 0,
                    max(year, 0), tuple(sorted(times)))


# -- visits -----------------------------------------------------------------------

def visit_ledger(program: Program, member: MemberState, today: date) -> list[dict]:
    """Visit points for showing the card without buying: once per member per day."""
    if not program.visit_points:
        raise InvalidInput("this program gives no points for a visit")
    if member.visited_on == today:
        raise PointsRefused("visit points are given once a day: already given today", key="visit_already_today")
    return [{"member_id": member.member_id, "account": POINTS, "delta": program.visit_points},
            {"member_id": member.member_id, "account": VISITS, "delta": 1}]


# -- reward catalogue ---------------------------------------------------------------

def check_exchange(program: Program, member: MemberState, reward_id: str) -> RewardDef:
    reward = program.reward(reward_id)
    if reward is None:
        known = ", ".join(r.id for r in program.rewards) or "none"
        raise InvalidInput(f"no reward {reward_id!r} in the program (rewards: {known})")
    if member.points < reward.points:
        raise PointsRefused(f"{reward.name}: costs {reward.points} points, the member has {member.points}",
                            key="reward_too_dear", name=reward.name, cost=reward.points, points=member.points)
    return reward


def exchange_ledger(member: MemberState, reward: RewardDef) -> list[dict]:
    return [{"member_id": member.member_id, "account": POINTS, "delta": -reward.points}]


# -- giving a coupon to a friend -------------------------------------------------------

def check_transfer(coupon: Coupon, giver_id: str | None, receiver: MemberState, today: date) -> None:
    if not coupon.transferable:
        raise CouponRefused(f"{coupon.name}: cannot be given to another member", key="coupon_not_transferable",
                            name=coupon.name)
    if coupon.redeemed:
        raise coupon_used(coupon.name)
    if not coupon.valid_on(today):
        raise coupon_expired(coupon.name, coupon.valid_until.isoformat())
    if coupon.member_id is None or (giver_id is not None and coupon.member_id != giver_id):
        raise coupon_not_theirs(coupon.name)
    if coupon.member_id == receiver.member_id:
        raise CouponRefused(f"{coupon.name}: already belongs to this member", key="coupon_already_theirs",
                            name=coupon.name)


# -- keep your tier -------------------------------------------------------------------

def keep_tier(program: Program, spend_entries: list[tuple[datetime, int]], now: datetime) -> dict | None:
    """When old spend leaving the window will drop the member a tier within the
    tier's ``warn_days``: ``{tier, spend_needed, by}`` (spend ``spend_needed`` øre
    before ``by`` to keep it)."""
    window = timedelta(days=program.qualification_days)
    start = now - window
    inside = sorted((when, delta) for when, delta in spend_entries if when > start)
    spend = max(sum(d for _, d in inside), 0)
    tier = program.tier_for(spend)
    if not tier.warn_days or tier.min_spend <= 0:
        return None
    horizon = now + timedelta(days=tier.warn_days)
    running = sum(d for _, d in inside)
    for when, delta in inside:
        leaves = when + window
        if leaves > horizon:
            break
        running -= delta
        if running < tier.min_spend:
            return {"tier": tier.name, "spend_needed": tier.min_spend - running,
                    "by": leaves.date().isoformat()}
    return None


def perks(program: Program, tier_name: str) -> tuple[str, ...]:
    tier = program.tier_named(tier_name)
    return tier.perks if tier else ()


# -- anniversary ----------------------------------------------------------------------

def in_anniversary_week(created_at: datetime | None, today: date) -> bool:
    """True in the ISO week of a membership anniversary (not the enrolment year itself)."""
    if created_at is None or created_at.year >= today.year:
        return False
    this_year = birthday_this_year(created_at.date(), today.year)
    return this_year.isocalendar()[:2] == today.isocalendar()[:2]
