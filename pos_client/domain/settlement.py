"""Settlement: a basket, a member and a program in; every benefit, out.

The order is fixed by DESIGN.md §4 and is what the cashier explains to the
customer: 1) punch-card free units, 2) line campaigns, 3) tier discount,
4) one basket coupon — discounts that give ``total``; then 5) bonus cheques
and points as tenders that pay part of it.  Every step records its amount per
line, so the receipt can show it under the line it touched and a return can
reverse exactly what the returned lines carried.

Pure: no clock reads (``today`` is passed in), no I/O.  Lines are processed in
a canonical order, so the result does not depend on the order of scanning.
The result's data classes are in ``settled``.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from functools import lru_cache
from math import lcm

from .errors import CouponRefused, InvalidInput, PointsRefused, coupon_expired, coupon_not_theirs, coupon_used
from .member import Coupon, MemberState
from .money import allocate, format_amount, percent_of
from .program import Program
from .sale_rewards import sale_rewards
from .settled import (  # noqa: F401 - the settlement's data (settled.py), imported from here too
    BENEFIT_ORDER, CAMPAIGN, COUPON, PUNCH_CARD, TIER, BasketLine, Benefit, SettledLine, Settlement, Tender,
)
from .stacking import AS_COUPONS, NOT_WITH, USED_THIS_PERIOD, NotApplied, blocker


def settle(
    program: Program,
    basket: list[BasketLine],
    *,
    today: date,
    member: MemberState | None = None,
    coupon: Coupon | None = None,
    cheques: list[Coupon] = (),
    redeem_points: int = 0,
    currency: str | None = None,
    save_rewards: frozenset[str] = frozenset(),
) -> Settlement:
    """Apply the program to ``basket`` for ``member`` (None: no benefits).

    ``save_rewards``: punch cards whose free units the customer keeps for
    next time; the units are paid and stamped, the full card waits."""
    for item in basket:
        if item.qty <= 0:
            raise InvalidInput(f"{item.sku}: quantity must be at least 1")
        if item.unit_price < 0:
            raise InvalidInput(f"{item.sku}: negative price")
    currency = currency or program.currency
    # Canonical order makes every tie-break independent of scanning order.
    order = sorted(range(len(basket)), key=lambda i: (basket[i].sku, basket[i].unit_price, basket[i].qty, i))
    lines = [
        SettledLine(b.sku, b.name, b.qty, b.unit_price, b.category, b.vat_percent, b.qty * b.unit_price)
        for b in (basket[i] for i in order)
    ]
    result = Settlement(lines=lines, benefits=[], subtotal=sum(l.amount for l in lines),
                        discount_total=0, total=0, tenders=[], due=0)
    if member is not None:
        tier = program.tier_for(member.qualifying_spend)
        result.tier = tier.name
        _punch_cards(program, lines, member, result, save_rewards)
        result.rewards_saved = frozenset(c for c in save_rewards if c in result.rewards_due)
        _campaigns(program, lines, today, tier.points_multiplier)
        _tier_discount(program, lines, tier, member, result)
        if coupon is not None:
            _basket_coupon(program, lines, coupon, member, today, currency)
            result.coupon = coupon
    elif coupon is not None or cheques or redeem_points:
        raise CouponRefused("coupons, bonus cheques and points need a member on the sale", key="coupon_needs_member")

    result.benefits = _aggregate(lines)
    result.discount_total = sum(b.amount for b in result.benefits)
    result.total = result.subtotal - result.discount_total
    result.due = result.total
    if member is not None:
        _cheque_tenders(cheques, member, today, result, currency)
        _points_tender(program, redeem_points, member, result)
        _points_earned(program, lines, result)
        if program.bonus_cheque is not None and result.total > 0:
            every = program.bonus_cheque.every_spend
            reached = (member.spend + result.total) // every
            result.cheques_due = max(reached - member.cheques_issued, 0)
        result.rewards = sale_rewards(program, member, result.total)
    # Back to the order the cashier scanned.
    back = [None] * len(lines)
    for position, original in enumerate(order):
        back[original] = lines[position]
    result.lines = back
    return result


def _punch_cards(program: Program, lines: list[SettledLine], member: MemberState, result: Settlement,
                 save: frozenset[str]) -> None:
    claimed: set[int] = set()        # a line counts for the first card that matches it
    for card in program.punch_cards:
        mine = [i for i, l in enumerate(lines) if i not in claimed and card.selector.matches(l.sku, l.category)]
        claimed.update(mine)
        before = member.stamps.get(card.id, 0)
        result.stamps_before[card.id] = before
        if not mine:
            result.stamps_after[card.id] = before
            continue
        need = card.stamps_required
        # Not capped at a full card: a reward saved for next time leaves more.
        start = max(before, 0)
        units = sum(lines[i].qty for i in mine)
        due = (start + units) // need
        if due:
            result.rewards_due[card.id] = due
        free = 0 if card.id in save else due
        # The cheapest qualifying units are the free ones.
        cheapest = sorted(mine, key=lambda i: (lines[i].unit_price, lines[i].sku, i))
        left = free
        for i in cheapest:
            line = lines[i]
            take = min(left, line.qty)
            left -= take
            line.free_units = take
            paid = line.qty - take
            line.stamps[card.id] = paid - take * (need - 1)
            if take and line.unit_price:
                line.benefits.append(Benefit(PUNCH_CARD, card.name, take * line.unit_price))
                line.applied.append((PUNCH_CARD, card.id, card.name))
        result.stamps_after[card.id] = before + sum(lines[i].stamps[card.id] for i in mine)


def _campaigns(program: Program, lines: list[SettledLine], today: date, tier_multiplier: float) -> None:
    active = [c for c in program.campaigns if c.active_on(today)]
    for line in lines:
        line.points_multiplier = tier_multiplier
        for campaign in active:
            if not campaign.selector.matches(line.sku, line.category):
                continue
            other = blocker(program, line.applied, CAMPAIGN, campaign.id)
            if other is not None:
                line.not_applied.append(NotApplied(CAMPAIGN, campaign.name, NOT_WITH, other))
                continue
            line.applied.append((CAMPAIGN, campaign.id, campaign.name))
            # Multipliers do not stack: the best one wins (tier or campaign).
            if campaign.points_multiplier > line.points_multiplier:
                line.points_multiplier = campaign.points_multiplier
            if campaign.discount_percent and not any(b.kind == CAMPAIGN for b in line.benefits):
                off = percent_of(line.net, campaign.discount_percent)
                if off:
                    line.benefits.append(Benefit(CAMPAIGN, campaign.name, off))


def _tier_discount(program: Program, lines: list[SettledLine], tier, member: MemberState,
                   result: Settlement) -> None:
    """Step 3 by the tier's benefit mode: every purchase, the first purchase of
    the qualification period (``once``), or not at all here (``coupons``:
    the discount comes as coupons, step 7)."""
    if not tier.discount_percent:
        return
    name = f"{tier.name} {_percent_text(tier.discount_percent)}"
    if tier.benefit == "coupons":
        result.notes.append(NotApplied(TIER, name, AS_COUPONS))
        return
    if tier.benefit == "once" and member.tier_uses > 0:
        result.notes.append(NotApplied(TIER, name, USED_THIS_PERIOD))
        return
    for line in lines:
        other = blocker(program, line.applied, TIER, "")
        if other is not None:
            line.not_applied.append(NotApplied(TIER, name, NOT_WITH, other))
            continue
        line.applied.append((TIER, "", name))
        off = percent_of(line.net, tier.discount_percent)
        if off:
            line.benefits.append(Benefit(TIER, name, off))
            result.tier_use = tier.benefit == "once"


def check_coupon(coupon: Coupon, member: MemberState | None, today: date) -> None:
    """Refuse a coupon or cheque that is used, expired or someone else's."""
    if coupon.redeemed and coupon.single_use:
        raise coupon_used(coupon.name)
    if not coupon.valid_on(today):
        raise coupon_expired(coupon.name, coupon.valid_until.isoformat())
    if coupon.member_id and (member is None or coupon.member_id != member.member_id):
        raise coupon_not_theirs(coupon.name)


def _basket_coupon(program: Program, all_lines: list[SettledLine], coupon: Coupon, member: MemberState,
                   today: date, currency: str) -> None:
    check_coupon(coupon, member, today)
    if coupon.is_cheque:
        raise CouponRefused(f"{coupon.name}: a bonus cheque pays, it is not a discount coupon")
    lines, refused = [], []
    for line in all_lines:
        other = blocker(program, line.applied, COUPON, coupon.def_id)
        if other is None:
            lines.append(line)
        else:
            refused.append((line, other))
    if refused and not lines:               # (an empty basket: nothing refused, nothing to discount yet)
        raise CouponRefused(f"{coupon.name}: not with {refused[0][1]}", key="coupon_not_with",
                            name=coupon.name, other=refused[0][1])
    for line, other in refused:
        line.not_applied.append(NotApplied(COUPON, coupon.name, NOT_WITH, other))
    remaining = sum(l.net for l in lines)
    if remaining < coupon.min_spend:
        raise CouponRefused(
            f"{coupon.name}: needs a purchase of at least {format_amount(coupon.min_spend, currency)}"
        )
    if coupon.kind == "percent":
        offs = [percent_of(l.net, coupon.percent or 0) for l in lines]
    elif coupon.kind == "amount":
        offs = allocate(min(coupon.amount or 0, remaining), [l.net for l in lines])
    elif coupon.kind == "free_sku":
        offs = [0] * len(lines)
        target = next((i for i, l in enumerate(lines) if l.sku == coupon.free_sku and l.net > 0), None)
        if target is None:
            raise CouponRefused(f"{coupon.name}: add {coupon.free_sku} to the basket to use it",
                                key="coupon_needs_item", name=coupon.name, sku=coupon.free_sku)
        line = lines[target]
        offs[target] = -(-line.net // line.qty)      # one unit of what is left, rounded up
    else:
        raise CouponRefused(f"{coupon.name}: unknown coupon kind {coupon.kind!r}")
    taken = []
    for line, off in zip(lines, offs):
        off = min(off, line.net)
        taken.append(off)
        if off:
            line.benefits.append(Benefit(COUPON, coupon.name, off))
            line.applied.append((COUPON, coupon.def_id, coupon.name))
    # A reward bought with points: its cost follows the discount onto the lines,
    # so returning them gives the points back (DESIGN.md §9).
    if coupon.points_cost:
        weights = taken if any(taken) else [l.qty for l in lines]
        for line, share in zip(lines, allocate(coupon.points_cost, weights)):
            line.reward_points = share


def _aggregate(lines: list[SettledLine]) -> list[Benefit]:
    sums: dict[tuple[str, str], int] = {}
    for line in lines:
        for b in line.benefits:
            sums[(b.kind, b.name)] = sums.get((b.kind, b.name), 0) + b.amount
    return [
        Benefit(kind, name, amount)
        for (kind, name), amount in sorted(sums.items(), key=lambda kv: (BENEFIT_ORDER.index(kv[0][0]), kv[0][1]))
    ]


def _cheque_tenders(cheques: list[Coupon], member: MemberState, today: date, result: Settlement, currency: str) -> None:
    seen: set[str] = set()
    for cheque in cheques:
        if cheque.id in seen:
            raise CouponRefused(f"{cheque.name}: scanned twice", key="coupon_scanned_twice", name=cheque.name)
        seen.add(cheque.id)
        check_coupon(cheque, member, today)
        if not cheque.is_cheque:
            raise CouponRefused(f"{cheque.name}: only one coupon per sale", key="one_coupon_per_sale",
                                 name=cheque.name)
        if result.due <= 0:
            raise CouponRefused(f"{cheque.name}: nothing left to pay", key="cheque_nothing_to_pay",
                                 name=cheque.name)
        pay = min(cheque.amount or 0, result.due)
        result.tenders.append(Tender("bonus_cheque", pay, coupon_id=cheque.id))
        result.cheques.append(cheque)
        result.due -= pay


def _points_tender(program: Program, points: int, member: MemberState, result: Settlement) -> None:
    if not points:
        return
    if points < 0:
        raise PointsRefused("points to redeem must be a positive number")
    if points > member.points:
        raise PointsRefused(f"the member has only {member.points} points", key="not_enough_points",
                            points=member.points)
    if program.point_value <= 0:
        raise PointsRefused("this program does not let points pay")
    most = result.due // program.point_value
    if points > most:
        raise PointsRefused(f"at most {most} points can pay for this sale")
    value = points * program.point_value
    result.tenders.append(Tender("points", value, points=points))
    result.points_redeemed = points
    result.due -= value
    for line, share in zip(result.lines, allocate(points, [l.net for l in result.lines])):
        line.points_paid = share


@lru_cache(maxsize=256)
def _ratio(points_per_krone: float, multiplier: float = 1) -> tuple[int, int]:
    """Points per øre at ``multiplier``, exactly, as (numerator, denominator > 0)."""
    exact = Fraction(str(points_per_krone)) / 100 * Fraction(str(multiplier))
    return exact.numerator, exact.denominator


def _trunc(numerator: int, denominator: int) -> int:
    """``int(Fraction(numerator, denominator))`` (towards zero) for a positive denominator."""
    whole = abs(numerator) // denominator
    return whole if numerator >= 0 else -whole


def _points_earned(program: Program, lines: list[SettledLine], result: Settlement) -> None:
    # Exact rational arithmetic in integers (Fractions cost ~40 µs a sale): line i earns
    # net_i * n_i / d_i points, summed over a common denominator.
    ratios = [_ratio(program.points_per_krone, l.points_multiplier) for l in lines]
    common = lcm(*(d for _, d in ratios)) if ratios else 1
    raw = [l.net * n * (common // d) for l, (n, d) in zip(lines, ratios)]   # points * common
    total = _trunc(sum(raw), common)                               # rounded down, per sale
    for line, share in zip(lines, allocate(total, [_trunc(r * 1000, common) for r in raw])):
        line.points = share
    result.points_earned = total
    # What multipliers (Gull tier, double-points campaigns) added on top.
    n, d = _ratio(program.points_per_krone)
    result.bonus_points = max(total - _trunc(result.total * n, d), 0)


def _percent_text(percent: float) -> str:
    return f"{percent:g} %"
