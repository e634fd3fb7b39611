from datetime import date, datetime, timezone

import pytest

from pos_client.domain.errors import CouponRefused, PointsRefused
from pos_client.domain.member import Coupon, MemberState
from pos_client.domain.settlement import BasketLine, settle

from .programs import PET_SHOP

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 12, tzinfo=timezone.utc)
DOG = BasketLine("DOG12", "Hundefôr 12 kg", 1, 59_900, "dogfood", 25)
DOG3 = BasketLine("DOG3", "Hundefôr 3 kg", 1, 19_950, "dogfood", 25)
BALL = BasketLine("BALL", "Ball", 1, 9_900, "leker", 25)
CAT = BasketLine("CAT", "Kattemat", 1, 4_990, "catfood", 25)
LEASH = BasketLine("LEASH", "Bånd", 1, 24_990, "utstyr", 25)


def member(**kw) -> MemberState:
    return MemberState(member_id="m1", phone="+4791234567", **kw)


def coupon(**kw) -> Coupon:
    base = dict(id="c1", member_id="m1", def_id="welcome10", name="Velkommen 10 %",
                kind="percent", percent=10, issued_at=NOW, valid_until=date(2026, 12, 24))
    base.update(kw)
    return Coupon(**base)


def test_without_member_nothing_is_discounted():
    s = settle(PET_SHOP, [DOG, BALL], today=TODAY)
    assert s.benefits == [] and s.total == 59_900 + 9_900 and s.points_earned == 0


def test_tier_discount_rounds_half_up_per_line():
    s = settle(PET_SHOP, [BasketLine("X", "x", 1, 1_010, "utstyr")], today=TODAY,
               member=member(qualifying_spend=600_000))
    assert s.tier == "Sølv"
    assert [b.to_json() for b in s.benefits] == [{"kind": "tier", "name": "Sølv 10 %", "amount": 101}]
    s = settle(PET_SHOP, [BasketLine("X", "x", 1, 1_010, "utstyr")], today=TODAY, member=member())
    assert s.benefits[0].amount == 51          # 5 % of 10,10 = 0,505 -> 0,51


def test_eighth_bag_is_free_and_card_restarts():
    s = settle(PET_SHOP, [DOG], today=TODAY, member=member(stamps={"dogfood": 7}))
    assert s.benefits[0].to_json() == {"kind": "punch_card", "name": "Hundefôr", "amount": 59_900}
    assert s.stamps_after == {"dogfood": 0}
    assert s.total == 0 and s.points_earned == 0
    assert s.ledger("m1") == [{"member_id": "m1", "account": "stamps:dogfood", "delta": -7}]


def test_a_free_unit_saved_for_next_time_is_paid_stamped_and_still_there_next_time():
    saved = settle(PET_SHOP, [DOG], today=TODAY, member=member(stamps={"dogfood": 7}),
                   save_rewards=frozenset({"dogfood"}))
    assert saved.rewards_due == {"dogfood": 1} and saved.rewards_saved == {"dogfood"}
    paid_as_usual = settle(PET_SHOP, [DOG], today=TODAY, member=member(stamps={"dogfood": 3}))
    assert all(b.kind != "punch_card" for b in saved.benefits) and saved.total == paid_as_usual.total > 0
    assert saved.stamps_after == {"dogfood": 8}          # a full card and one on the next
    assert saved.ledger("m1")[-1] == {"member_id": "m1", "account": "stamps:dogfood", "delta": 1}
    later = settle(PET_SHOP, [DOG], today=TODAY, member=member(stamps={"dogfood": 8}))
    assert later.total == 0 and later.stamps_after == {"dogfood": 1}
    two = settle(PET_SHOP, [BasketLine("DOG12", "x", 2, 59_900, "dogfood")], today=TODAY,
                 member=member(stamps={"dogfood": 14}))
    assert two.lines[0].free_units == 2 and two.stamps_after == {"dogfood": 0}


def test_saving_a_reward_that_is_not_due_changes_nothing():
    plain = settle(PET_SHOP, [DOG], today=TODAY, member=member(stamps={"dogfood": 3}))
    saved = settle(PET_SHOP, [DOG], today=TODAY, member=member(stamps={"dogfood": 3}),
                   save_rewards=frozenset({"dogfood"}))
    assert saved.to_json() == plain.to_json() and saved.rewards_due == {} and saved.rewards_saved == frozenset()


def test_free_unit_is_the_cheapest_and_earns_no_stamp():
    s = settle(PET_SHOP, [DOG, DOG3], today=TODAY, member=member(stamps={"dogfood": 6}))
    free = [l for l in s.lines if l.free_units]
    assert [l.sku for l in free] == ["DOG3"]
    assert s.stamps_after == {"dogfood": 0}        # 6 +1 paid = 7, then free -> 0


def test_stamps_accumulate_over_paid_units():
    s = settle(PET_SHOP, [BasketLine("DOG12", "x", 3, 59_900, "dogfood")], today=TODAY, member=member())
    assert s.stamps_after == {"dogfood": 3}
    assert all(b.kind != "punch_card" for b in s.benefits)
    eight = settle(PET_SHOP, [BasketLine("DOG12", "x", 8, 59_900, "dogfood")], today=TODAY, member=member())
    assert eight.lines[0].free_units == 1 and eight.stamps_after == {"dogfood": 0}


def test_order_campaign_then_tier_then_coupon():
    s = settle(PET_SHOP, [BALL], today=TODAY, member=member(qualifying_spend=600_000), coupon=coupon())
    kinds = [(b.kind, b.amount) for b in s.lines[0].benefits]
    # 99,00 -20 % = 79,20; Sølv 10 % = 7,92 -> 71,28; coupon 10 % = 7,13 (7,128 half-up)
    assert kinds == [("campaign", 1_980), ("tier", 792), ("coupon", 713)]
    assert s.total == 9_900 - 1_980 - 792 - 713


def test_points_are_whole_and_rounded_down_on_total():
    s = settle(PET_SHOP, [BasketLine("X", "x", 1, 1_099, "utstyr")], today=TODAY, member=member())
    # 10,99 - 5 % (0,55) = 10,44 kr -> 10 points
    assert s.total == 1_044 and s.points_earned == 10


def test_gold_tier_doubles_points_and_campaign_does_not_stack():
    gold = member(qualifying_spend=1_600_000)
    s = settle(PET_SHOP, [CAT], today=date(2026, 12, 5), member=gold)
    net = 4_990 - 749                      # 15 % of 49,90 = 7,485 -> 7,49
    assert s.total == net and s.points_earned == (net * 2) // 100
    s2 = settle(PET_SHOP, [CAT], today=date(2026, 12, 5), member=member())
    assert s2.points_earned == ((4_990 - 250) * 2) // 100 and s2.bonus_points > 0


def test_amount_coupon_is_split_over_lines_exactly():
    c = coupon(kind="amount", percent=None, amount=10_000, def_id="bday", name="Bursdag", min_spend=30_000)
    s = settle(PET_SHOP, [DOG, LEASH], today=TODAY, member=member(), coupon=c)
    assert sum(b.amount for l in s.lines for b in l.benefits if b.kind == "coupon") == 10_000


def test_coupon_min_spend_expiry_use_and_owner():
    small = coupon(kind="amount", percent=None, amount=10_000, min_spend=30_000)
    with pytest.raises(CouponRefused, match="at least 300,00 kr"):
        settle(PET_SHOP, [BALL], today=TODAY, member=member(), coupon=small)
    with pytest.raises(CouponRefused, match="expired"):
        settle(PET_SHOP, [BALL], today=date(2027, 1, 1), member=member(), coupon=coupon())
    with pytest.raises(CouponRefused, match="already used"):
        settle(PET_SHOP, [BALL], today=TODAY, member=member(), coupon=coupon(redeemed=True))
    with pytest.raises(CouponRefused, match="another member"):
        settle(PET_SHOP, [BALL], today=TODAY, member=member(), coupon=coupon(member_id="m2"))


def test_cheques_and_points_pay_after_discounts():
    cheque = coupon(id="ch", kind="cheque", percent=None, amount=10_000, def_id="bonus_cheque", name="Bonussjekk")
    s = settle(PET_SHOP, [DOG], today=TODAY, member=member(points=500), cheques=[cheque], redeem_points=200)
    assert s.total == 59_900 - 2_995
    assert [(t.kind, t.amount) for t in s.tenders] == [("bonus_cheque", 10_000), ("points", 2_000)]
    assert s.due == s.total - 12_000
    assert s.points_earned == s.total // 100     # earned on the total after discounts


def test_points_refusals():
    with pytest.raises(PointsRefused, match="only 100 points"):
        settle(PET_SHOP, [DOG], today=TODAY, member=member(points=100), redeem_points=200)
    with pytest.raises(PointsRefused, match="at most"):
        settle(PET_SHOP, [BALL], today=TODAY, member=member(points=100_000), redeem_points=100_000)


def test_bonus_cheque_when_spend_crosses_each_threshold():
    s = settle(PET_SHOP, [BasketLine("X", "x", 1, 300_000, "utstyr")], today=TODAY,
               member=member(spend=190_000))
    assert s.total == 285_000
    assert s.cheques_due == 2                   # 190 000 + 285 000 = 4 750 kr crosses 2000 and 4000
    again = settle(PET_SHOP, [BALL], today=TODAY, member=member(spend=475_000, cheques_issued=2))
    assert again.cheques_due == 0
