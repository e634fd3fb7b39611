"""The program TOML of DESIGN.md §4 -> ``Program``, strictly validated.

Every problem is one line naming the file, the key path and what is wrong,
e.g. ``demo.toml: tiers[1].min_spend: must be >= 0 (got -5)``.
"""

from __future__ import annotations

import difflib
import tomllib
from datetime import date

from .errors import ProgramError
from .money import CURRENCIES, to_ore
from . import program_rewards_file as rf
from .program import BonusCheque, Campaign, CouponDef, Program, PunchCard, Selector, Tier

TRIGGERS = ("enrolment", "birthday", "manual", "campaign", "anniversary")
_TOP = {"program", "tiers", "punch_cards", "coupons", "bonus_cheque", "campaigns", "rewards", "referral",
        "stacking"}
_KEYS = {
    "program": {"id", "name", "currency", "points_per_krone", "point_value",
                "point_lifetime_days", "qualification_days", "visit_points"},
    "tiers": {"name", "min_spend", "discount_percent", "points_multiplier"} | rf.TIER_KEYS,
    "punch_cards": {"id", "name", "category", "skus", "stamps_required"},
    "coupons": {"id", "name", "trigger", "percent", "amount", "free_sku", "min_spend",
                "valid_days", "single_use", "transferable"},
    "bonus_cheque": {"every_spend", "amount", "valid_days", "name"},
    "campaigns": {"id", "name", "category", "skus", "points_multiplier", "discount_percent",
                  "starts", "ends"},
    "rewards": rf.REWARD_KEYS,
    "stacking": rf.STACKING_KEYS,
}
_MISSING = object()


class _Table:
    """One TOML table with its path, so every error can say where it is."""

    def __init__(self, source: str, path: str, data, known: set[str]):
        self.source, self.path = source, path
        if not isinstance(data, dict):
            self.fail(path, "must be a table")
        self.data = data
        for key in data:
            if key not in known:
                hint = difflib.get_close_matches(key, sorted(known), n=1)
                extra = f" (did you mean {hint[0]!r}?)" if hint else ""
                self.fail(f"{path}.{key}", f"unknown key{extra}")

    def fail(self, where: str, problem: str):
        raise ProgramError(f"{self.source}: {where}: {problem}", field=where)

    def _get(self, key: str, default):
        value = self.data.get(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                self.fail(f"{self.path}.{key}", "missing")
            return default
        return value

    def text(self, key: str, default=_MISSING) -> str:
        value = self._get(key, default)
        if value is default and default is not _MISSING:
            return value
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{self.path}.{key}", f"must be a non-empty string (got {value!r})")
        return value.strip()

    def number(self, key: str, default=_MISSING, *, minimum=0, maximum=None, positive=False,
               integer=False) -> float:
        value = self._get(key, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                integer and not isinstance(value, int)):
            kind = "a whole number" if integer else "a number"
            self.fail(f"{self.path}.{key}", f"must be {kind} (got {value!r})")
        if positive and value <= 0:
            self.fail(f"{self.path}.{key}", f"must be > 0 (got {value!r})")
        if minimum is not None and value < minimum:
            self.fail(f"{self.path}.{key}", f"must be >= {minimum} (got {value!r})")
        if maximum is not None and value > maximum:
            self.fail(f"{self.path}.{key}", f"must be <= {maximum} (got {value!r})")
        return value

    def kroner(self, key: str, default=_MISSING) -> int:
        value = self.number(key, default)
        return value if value is default and default is not _MISSING else to_ore(value)

    def day(self, key: str) -> date:
        value = self._get(key, _MISSING)
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{self.path}.{key}", f"must be a date YYYY-MM-DD (got {value!r})")

    def selector(self) -> Selector:
        has_cat, has_skus = "category" in self.data, "skus" in self.data
        if has_cat == has_skus:
            self.fail(self.path, "needs exactly one of 'category' or 'skus'")
        if has_cat:
            cat = self.data["category"]
            if not isinstance(cat, str) or not cat.strip():
                self.fail(f"{self.path}.category", f"unknown category type: must be a category name string (got {cat!r})")
            return Selector(category=cat.strip())
        skus = self.data["skus"]
        if not isinstance(skus, list) or not skus or not all(isinstance(s, str) and s for s in skus):
            self.fail(f"{self.path}.skus", f"must be a non-empty list of SKU strings (got {skus!r})")
        return Selector(skus=frozenset(skus))


def _tables(source: str, raw: dict, key: str) -> list[_Table]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise ProgramError(f"{source}: {key}: must be an array of tables ([[{key}]])")
    return [_Table(source, f"{key}[{i}]", item, _KEYS[key]) for i, item in enumerate(value)]


def _unique(source: str, key: str, tables: list[_Table], field: str = "id") -> None:
    seen = set()
    for t in tables:
        value = t.data.get(field)
        if value in seen:
            raise ProgramError(f"{source}: {t.path}.{field}: duplicate {value!r}")
        seen.add(value)


def parse_program(text: str, source: str = "<program>") -> Program:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProgramError(f"{source}: not valid TOML: {exc}") from None
    for key in raw:
        if key not in _TOP:
            hint = difflib.get_close_matches(key, sorted(_TOP), n=1)
            raise ProgramError(f"{source}: {key}: unknown key" + (f" (did you mean {hint[0]!r}?)" if hint else ""))
    if "program" not in raw:
        raise ProgramError(f"{source}: program: missing [program] table")
    p = _Table(source, "program", raw["program"], _KEYS["program"])
    currency = p.text("currency", "NOK").upper()
    if currency not in CURRENCIES:
        p.fail("program.currency", f"unknown currency {currency!r} (use {', '.join(CURRENCIES)})")

    tiers_t = _tables(source, raw, "tiers")
    if not tiers_t:
        raise ProgramError(f"{source}: tiers: at least one [[tiers]] is required")
    _unique(source, "tiers", tiers_t, "name")
    tiers = []
    for t in tiers_t:
        percent = t.number("discount_percent", 0, maximum=100)
        tiers.append(Tier(t.text("name"), t.kroner("min_spend"), percent,
                          t.number("points_multiplier", 1, positive=True), **rf.tier_extras(t, percent)))
    spends = {}
    for t, tier in zip(tiers_t, tiers):
        if tier.min_spend in spends:
            t.fail(f"{t.path}.min_spend", f"overlapping tiers: same min_spend as {spends[tier.min_spend]!r}")
        spends[tier.min_spend] = tier.name
    tiers.sort(key=lambda tier: tier.min_spend)
    if tiers[0].min_spend != 0:
        raise ProgramError(f"{source}: tiers: the lowest tier must have min_spend = 0")

    cards_t = _tables(source, raw, "punch_cards")
    _unique(source, "punch_cards", cards_t)
    cards = tuple(PunchCard(t.text("id"), t.text("name"), t.selector(),
                            int(t.number("stamps_required", minimum=2, integer=True))) for t in cards_t)

    coupons_t = _tables(source, raw, "coupons")
    _unique(source, "coupons", coupons_t)
    coupons = []
    for t in coupons_t:
        trigger = t.text("trigger")
        if trigger not in TRIGGERS:
            t.fail(f"{t.path}.trigger", f"unknown trigger {trigger!r} (use {', '.join(TRIGGERS)})")
        given = [k for k in ("percent", "amount", "free_sku") if k in t.data]
        if len(given) != 1:
            t.fail(t.path, "needs exactly one of 'percent', 'amount' or 'free_sku'")
        coupons.append(CouponDef(
            t.text("id"), t.text("name"), trigger,
            percent=t.number("percent", None, maximum=100, positive=True) if "percent" in t.data else None,
            amount=t.kroner("amount", None) if "amount" in t.data else None,
            free_sku=t.text("free_sku", None) if "free_sku" in t.data else None,
            min_spend=t.kroner("min_spend", 0),
            valid_days=int(t.number("valid_days", 30, positive=True, integer=True)),
            single_use=_flag(t, "single_use", True), transferable=_flag(t, "transferable", False)))
    coupon_ids = {c.id for c in coupons}
    rf.check_tiers(tiers_t, tiers, coupon_ids)

    cheque = None
    if "bonus_cheque" in raw:
        b = _Table(source, "bonus_cheque", raw["bonus_cheque"], _KEYS["bonus_cheque"])
        every = b.kroner("every_spend")
        if every <= 0:
            b.fail("bonus_cheque.every_spend", "must be > 0")
        cheque = BonusCheque(every, b.kroner("amount"),
                             int(b.number("valid_days", 90, positive=True, integer=True)),
                             b.text("name", "Bonussjekk"))

    campaigns_t = _tables(source, raw, "campaigns")
    _unique(source, "campaigns", campaigns_t)
    campaigns = []
    for t in campaigns_t:
        starts, ends = t.day("starts"), t.day("ends")
        if ends < starts:
            t.fail(f"{t.path}.ends", f"is before starts ({ends} < {starts})")
        campaigns.append(Campaign(t.text("id"), t.text("name"), t.selector(), starts, ends,
                                  t.number("points_multiplier", 1, positive=True),
                                  t.number("discount_percent", 0, maximum=100)))

    rewards_t = _tables(source, raw, "rewards")
    _unique(source, "rewards", rewards_t)
    rewards = rf.rewards(rewards_t, coupon_ids)
    referral = None
    if "referral" in raw:
        referral = rf.referral(_Table(source, "referral", raw["referral"], rf.REFERRAL_KEYS), coupon_ids)
    stacking = rf.stacking(_tables(source, raw, "stacking"), {
        "campaign": {c.id for c in campaigns}, "punch_card": {c.id for c in cards},
        "coupon": coupon_ids | {r.id for r in rewards}})

    return Program(
        id=p.text("id"), name=p.text("name"), currency=currency,
        points_per_krone=p.number("points_per_krone", 1),
        point_value=p.kroner("point_value", 0),
        point_lifetime_days=int(p.number("point_lifetime_days", 730, positive=True, integer=True)),
        qualification_days=int(p.number("qualification_days", 365, positive=True, integer=True)),
        tiers=tuple(tiers), punch_cards=cards, coupons=tuple(coupons), bonus_cheque=cheque,
        campaigns=tuple(campaigns), source=text,
        visit_points=int(p.number("visit_points", 0, integer=True)),
        rewards=rewards, referral=referral, stacking=stacking,
    )


def _flag(t: _Table, key: str, default: bool) -> bool:
    value = t.data.get(key, default)
    if not isinstance(value, bool):
        t.fail(f"{t.path}.{key}", f"must be true or false (got {value!r})")
    return value
