"""The reward-mechanic keys of DESIGN.md §9, parsed and cross-checked.

``program_file.parse_program`` reads the §4 keys and hands the tables here;
every mistake is one line naming the file, the key path and the problem
(``demo.toml: tiers[1].keep_offer: no [[coupons]] with id 'keep99'``).
"""

from __future__ import annotations

from .program import Referral, RewardDef, StackingRule, Tier

BENEFITS = ("every_purchase", "once", "coupons")
STACKABLE = ("punch_card", "campaign", "tier", "coupon")
REWARD_KEYS = {"id", "name", "points", "percent", "amount", "free_sku", "valid_days", "transferable"}
REFERRAL_KEYS = {"min_spend", "referrer_points", "referrer_coupon", "friend_points", "friend_coupon",
                 "max_per_year"}
STACKING_KEYS = {"benefits", "combine"}
TIER_KEYS = {"benefit", "coupons_per_period", "perks", "warn_days", "keep_offer"}


def tier_extras(t, discount_percent: float) -> dict:
    """benefit, coupons_per_period, perks, warn_days, keep_offer of one [[tiers]] table."""
    benefit = t.text("benefit", "every_purchase")
    if benefit not in BENEFITS:
        t.fail(f"{t.path}.benefit", f"unknown benefit {benefit!r} (use {' | '.join(BENEFITS)})")
    per_period = 0
    if benefit == "coupons":
        per_period = int(t.number("coupons_per_period", minimum=1, integer=True))
        if not discount_percent:
            t.fail(f"{t.path}.discount_percent", "benefit = \"coupons\" needs a discount_percent above 0")
    elif "coupons_per_period" in t.data:
        t.fail(f"{t.path}.coupons_per_period", "only with benefit = \"coupons\"")
    perks = t.data.get("perks", [])
    if not isinstance(perks, list) or not all(isinstance(p, str) and p.strip() for p in perks):
        t.fail(f"{t.path}.perks", f"must be a list of non-empty strings (got {perks!r})")
    warn_days = int(t.number("warn_days", 0, integer=True))
    keep_offer = t.text("keep_offer", None) if "keep_offer" in t.data else None
    if keep_offer and not warn_days:
        t.fail(f"{t.path}.keep_offer", "needs warn_days (the offer comes with the keep-your-tier notice)")
    return dict(benefit=benefit, coupons_per_period=per_period,
                perks=tuple(p.strip() for p in perks), warn_days=warn_days, keep_offer=keep_offer)


def check_tiers(tiers_t: list, tiers: list[Tier], coupon_ids: set[str]) -> None:
    """Cross-checks once the coupons are known (``tiers`` may be sorted already)."""
    by_name = {tier.name: tier for tier in tiers}
    lowest = min(tiers, key=lambda tier: tier.min_spend)
    for t in tiers_t:
        tier = by_name[t.data["name"].strip()]
        if tier.keep_offer and tier.keep_offer not in coupon_ids:
            t.fail(f"{t.path}.keep_offer", f"no [[coupons]] with id {tier.keep_offer!r}")
        if tier is lowest and tier.warn_days:
            t.fail(f"{t.path}.warn_days", "the lowest tier cannot be lost, so there is nothing to warn about")


def rewards(tables: list, coupon_ids: set[str]) -> tuple[RewardDef, ...]:
    out = []
    for t in tables:
        given = [k for k in ("percent", "amount", "free_sku") if k in t.data]
        if len(given) != 1:
            t.fail(t.path, "needs exactly one of 'percent', 'amount' or 'free_sku'")
        rid = t.text("id")
        if rid in coupon_ids:
            t.fail(f"{t.path}.id", f"{rid!r} is already a [[coupons]] id")
        out.append(RewardDef(
            rid, t.text("name"), int(t.number("points", positive=True, integer=True)),
            percent=t.number("percent", None, maximum=100, positive=True) if "percent" in t.data else None,
            amount=t.kroner("amount", None) if "amount" in t.data else None,
            free_sku=t.text("free_sku", None) if "free_sku" in t.data else None,
            valid_days=int(t.number("valid_days", 90, positive=True, integer=True)),
            transferable=_flag(t, "transferable", False)))
    return tuple(out)


def referral(t, coupon_ids: set[str]) -> Referral:
    for who in ("referrer", "friend"):
        given = [k for k in (f"{who}_points", f"{who}_coupon") if k in t.data]
        if len(given) != 1:
            t.fail(t.path, f"needs exactly one of '{who}_points' or '{who}_coupon'")
        key = f"{who}_coupon"
        if key in t.data and t.text(key) not in coupon_ids:
            t.fail(f"{t.path}.{key}", f"no [[coupons]] with id {t.data[key]!r}")
    return Referral(
        min_spend=t.kroner("min_spend", 0),
        referrer_points=int(t.number("referrer_points", 0, positive=True, integer=True)),
        referrer_coupon=t.text("referrer_coupon", None) if "referrer_coupon" in t.data else None,
        friend_points=int(t.number("friend_points", 0, positive=True, integer=True)),
        friend_coupon=t.text("friend_coupon", None) if "friend_coupon" in t.data else None,
        max_per_year=int(t.number("max_per_year", 0, integer=True)))


def stacking(tables: list, known: dict[str, set[str]]) -> tuple[StackingRule, ...]:
    """``known``: ids per benefit kind (campaign, coupon, punch_card) the rules may name."""
    out, seen = [], {}
    for t in tables:
        pair = t.data.get("benefits", None)
        if pair is None:
            t.fail(f"{t.path}.benefits", "missing")
        if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(b, str) for b in pair):
            t.fail(f"{t.path}.benefits", f"must be a list of two benefits (got {pair!r})")
        for b in pair:
            kind, _, ident = b.partition(":")
            if kind not in STACKABLE:
                t.fail(f"{t.path}.benefits", f"unknown benefit {b!r} (use {', '.join(STACKABLE)},"
                                             " optionally kind:id)")
            if ident and (kind == "tier" or ident not in known.get(kind, set())):
                t.fail(f"{t.path}.benefits", f"{b!r}: no {kind} with id {ident!r} in this program")
        if pair[0] == pair[1]:
            t.fail(f"{t.path}.benefits", f"names {pair[0]!r} twice")
        if "combine" not in t.data:
            t.fail(f"{t.path}.combine", "missing")
        key = frozenset(pair)
        if key in seen:
            t.fail(f"{t.path}.benefits", f"same pair as {seen[key]}")
        seen[key] = t.path
        out.append(StackingRule((pair[0], pair[1]), _flag(t, "combine", True)))
    return tuple(out)


def _flag(t, key: str, default: bool) -> bool:
    value = t.data.get(key, default)
    if not isinstance(value, bool):
        t.fail(f"{t.path}.{key}", f"must be true or false (got {value!r})")
    return value
