"""A program built in code, so the rule tests do not depend on the TOML parser."""

from datetime import date

from pos_client.domain.program import (
    BonusCheque, Campaign, CouponDef, Program, PunchCard, Selector, Tier,
)

PET_SHOP = Program(
    id="test", name="Test", currency="NOK", points_per_krone=1, point_value=10,
    point_lifetime_days=730, qualification_days=365,
    tiers=(Tier("Bronse", 0, 5), Tier("Sølv", 500_000, 10), Tier("Gull", 1_500_000, 15, 2)),
    punch_cards=(PunchCard("dogfood", "Hundefôr", Selector(category="dogfood"), 8),),
    coupons=(
        CouponDef("welcome10", "Velkommen 10 %", "enrolment", percent=10),
        CouponDef("bday", "Bursdag 100 kr", "birthday", amount=10_000, min_spend=30_000, valid_days=14),
    ),
    bonus_cheque=BonusCheque(every_spend=200_000, amount=10_000, valid_days=90),
    campaigns=(
        Campaign("double-cat", "Dobbel bonus kattemat", Selector(category="catfood"),
                 date(2026, 12, 1), date(2026, 12, 24), points_multiplier=2),
        Campaign("toys", "Leker -20 %", Selector(category="leker"),
                 date(2026, 11, 1), date(2027, 1, 31), discount_percent=20),
    ),
)
