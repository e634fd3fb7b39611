"""Each reward mechanic of issue 15 end to end through the facade: settled,
shown on the receipt, and reversed by a return."""

from pathlib import Path

import pytest

from hardware.receipt import Receipt, render_text
from pos_client.domain.errors import CouponRefused, InvalidInput, PointsRefused
from pos_client.store.by_reference import RECEIPT_SQL

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
NEAR_EDGE, POINTS_RICH = "913 00 777", "913 00 888"      # demo members with a past (history.csv)


def last_receipt(t) -> str:
    row = t.store.read().execute(f"SELECT {RECEIPT_SQL} FROM print_jobs ORDER BY job_id DESC LIMIT 1").fetchone()
    return " ".join(render_text(Receipt.from_json(row[0]), 42).split())     # wrapped lines joined


def sell(t, phone, *items, coupon=None):
    sale = t.new_sale(t.lookup(phone))
    for sku, qty in items:
        sale.add(sku, qty)
    if coupon:
        sale.apply_coupon(coupon)
    return sale.complete()


def test_points_exchanged_for_a_coupon_print_a_signed_qr_and_a_return_gives_the_points_back(t):
    before = t.lookup(POINTS_RICH)
    coupon, after = t.exchange_reward(before, "r100")
    assert after.points == before.points - 1000 and coupon.points_cost == 1000 and coupon.code.startswith("TLC")
    slip = last_receipt(t)
    assert "POENGBYTTE" in slip and "Byttet 1000 poeng mot: 100 kr for 1000 poeng" in slip and "[QR TLC1" in slip
    with pytest.raises(PointsRefused, match="costs 1000 points"):
        t.exchange_reward(t.lookup("912 34 560"), "r100")
    with pytest.raises(InvalidInput, match="no reward 'r999'"):
        t.exchange_reward(after, "r100".replace("100", "999"))
    used = sell(t, POINTS_RICH, ("DOG-001", 1), coupon=coupon.code)           # usable at once
    assert any(b["kind"] == "coupon" and b["amount"] == 10_000 for b in used.to_json()["benefits"])
    t.return_items(used.receipt_no, [("DOG-001", 1)])
    assert t.lookup(POINTS_RICH).points == before.points                     # exact


def test_tier_coupons_are_issued_on_reaching_gull_and_replace_the_discount(t):
    first = sell(t, POINTS_RICH, ("LEK-022", 60))          # 1 800 kr + 14 352 kr -> Gull (15 000 kr)
    tier_coupons = [c for c in first.coupons_issued if c.def_id.startswith("tier:")]
    assert len(tier_coupons) == 2 and all(c.percent == 15 for c in tier_coupons)
    assert first.member.tier == "Gull" and "VIP-kveld" in first.member.perks
    second = sell(t, POINTS_RICH, ("DOG-001", 1))
    assert not any(b["kind"] == "tier" for b in second.to_json()["benefits"])
    assert "gis som kuponger" in last_receipt(t)
    assert not any(c.def_id.startswith("tier:") for c in second.coupons_issued)   # once per period
    third = sell(t, POINTS_RICH, ("DOG-001", 1), coupon=tier_coupons[0].code)
    assert any(b["kind"] == "coupon" and b["name"] == "Gull 15 %" for b in third.to_json()["benefits"])
    # A full return of the sale that reached the tier voids its unused coupon and its grant.
    t.return_items(first.receipt_no, [("LEK-022", 60)])
    left = {c.id for c in t.lookup(POINTS_RICH).coupons}
    assert tier_coupons[1].id not in left
    with pytest.raises(CouponRefused):
        sell(t, POINTS_RICH, ("DOG-001", 1), coupon=tier_coupons[1].code)


def test_a_tier_benefit_once_per_period(t, tmp_path, clock):
    text = (DEMO / "program.toml").read_text().replace(
        'keep_offer = "keep100"\n', 'keep_offer = "keep100"\nbenefit = "once"\n', 1)
    (tmp_path / "once.toml").write_text(text)
    t.load_program(tmp_path / "once.toml")
    first = sell(t, NEAR_EDGE, ("DOG-001", 1))
    assert any(b["kind"] == "tier" for b in first.to_json()["benefits"])
    second = sell(t, NEAR_EDGE, ("DOG-001", 1))
    assert not any(b["kind"] == "tier" for b in second.to_json()["benefits"])
    assert second.settlement.notes[0].why == "used_this_period"
    t.return_items(first.receipt_no, [("DOG-001", 1)])                      # the use comes back
    probe = t.new_sale(t.lookup(NEAR_EDGE))
    probe.add("DOG-001")
    assert any(b["kind"] == "tier" for b in probe.settle().to_json()["benefits"])
    clock.advance(days=366)
    assert t.lookup(NEAR_EDGE).tier_uses == 0


def test_keep_your_tier_on_panel_and_receipt_with_its_offer_issued_once(t):
    m = t.lookup(NEAR_EDGE)
    # 3 500 kr of her 5 260 kr leave the 365-day window in 25 days (history.csv).
    assert m.keep_tier == {"tier": "Sølv", "spend_needed": 324_000, "by": "2026-12-19"}
    assert m.to_json()["keep_tier"]["spend_needed"] == 324_000
    sale = t.new_sale(m)
    offers = [c for c in sale.member.coupons if c.def_id == "keep100"]
    assert len(offers) == 1
    assert not [c for c in t.new_sale(t.lookup(NEAR_EDGE)).member.coupons if c.def_id == "keep100"][1:]
    sale.add("DOG-001", 1)
    assert not sale.complete().coupons_issued          # her past spend's bonus cheques count as issued
    text = last_receipt(t)
    assert "for å beholde Sølv" in text and "Fordeler: Tidlig tilgang til nyheter" in text


def test_anniversary_coupon_in_the_anniversary_week_once(t, clock):
    m = t.enroll("+47 915 20 001", consents=["loyalty"])
    assert not any(c.def_id == "anniversary50" for c in t.new_sale(t.lookup(m.phone)).member.coupons)
    clock.advance(days=365)
    got = [c for c in t.new_sale(t.lookup(m.phone)).member.coupons if c.def_id == "anniversary50"]
    assert len(got) == 1 and got[0].transferable
    assert len([c for c in t.new_sale(t.lookup(m.phone)).member.coupons if c.def_id == "anniversary50"]) == 1


def test_a_stacking_rule_explains_on_the_line_why_the_tier_did_not_apply(t):
    r = sell(t, "912 34 560", ("LEK-022", 1), ("DOG-001", 1))
    toy = next(l for l in r.to_json()["lines"] if l["sku"] == "LEK-022")
    assert [b["kind"] for b in toy["benefits"]] == ["campaign"]
    assert toy["not_applied"] == [{"kind": "tier", "name": "Bronse 5 %", "why": "not_with", "other": "Leker – 20 %",
                                   "reason": "not with Leker – 20 %"}]
    dog = next(l for l in r.to_json()["lines"] if l["sku"] == "DOG-001")
    assert [b["kind"] for b in dog["benefits"]] == ["tier"]
    assert "(Bronse 5 %: ikke sammen med Leker – 20 %)" in last_receipt(t)


def test_refer_a_friend_rewards_both_after_the_first_purchase_over_min_spend(t):
    referrer = t.lookup("912 34 560")
    friend = t.enroll("+47 915 20 002", name="Venn", consents=["loyalty"], referred_by="912 34 560")
    assert friend.referred_by == referrer.member_id
    small = sell(t, friend.phone, ("LEK-019", 1))                             # under 300 kr: nothing yet
    assert not small.settlement.rewards.referral
    big = sell(t, friend.phone, ("DOG-001", 1))
    assert big.settlement.rewards.referral and any(c.def_id == "friend50" for c in big.member.coupons)
    assert t.lookup("912 34 560").points == referrer.points + 200
    assert t.lookup("912 34 560").referral_news == 1
    again = sell(t, friend.phone, ("DOG-001", 1))                             # once per friend
    assert not again.settlement.rewards.referral
    told = sell(t, "912 34 560", ("LEK-019", 1))
    assert "venn(er) du vervet har handlet" in last_receipt(t) and told.member.referral_news == 1
    assert t.lookup("912 34 560").referral_news == 0                          # told on the visit
    with pytest.raises(InvalidInput):
        t.enroll("+47 915 20 003", consents=["loyalty"], referred_by="not a phone")


def test_visit_points_once_a_day(t, clock):
    m = t.visit(t.lookup("912 34 560"))
    assert m.points == 10
    with pytest.raises(PointsRefused, match="once a day"):
        t.visit(m)
    clock.advance(days=1)
    assert t.visit(t.lookup("912 34 560")).points == 20


@pytest.fixture
def shop_zone(monkeypatch):
    """The till's time zone, as the shop PC sets it (TZ), for one test."""
    import time

    def use(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()
    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ["Europe/Oslo", "Europe/Stockholm"])
def test_visit_points_once_a_day_of_the_shop_not_of_utc(t, clock, shop_zone, zone):
    from datetime import datetime, timezone
    shop_zone(zone)
    clock.now = datetime(2026, 11, 24, 22, 30, tzinfo=timezone.utc)         # 23:30 in the shop
    assert t.visit(t.lookup("912 34 560")).points == 10
    clock.advance(hours=1)                                                  # 00:30 the next day there, UTC's 23:30
    m = t.visit(t.lookup("912 34 560"))
    assert m.points == 20 and t.reward_view(m)["visit_points"] == 0
    clock.advance(hours=1)                                                  # 01:30 there, the next day in UTC too
    with pytest.raises(PointsRefused, match="once a day"):
        t.visit(t.lookup("912 34 560"))
    days = [row[0] for row in t.store.read().execute(
        "SELECT json_extract(payload, '$.day') FROM outbox WHERE kind = 'member_visited' ORDER BY seq")]
    assert days == ["2026-11-24", "2026-11-25"]                           # HQ counts the shop's days too
    clock.advance(hours=22)                                                 # 23:30 there on the 25th
    assert t.reward_view(t.lookup("912 34 560"))["visit_points"] == 0
    clock.advance(hours=1)                                                  # 00:30 on the 26th
    assert t.reward_view(t.lookup("912 34 560"))["visit_points"] == 10


def test_a_transferable_coupon_given_to_a_friend(t):
    giver, friend = t.lookup(POINTS_RICH), t.lookup("912 34 560")
    coupon, _ = t.exchange_reward(giver, "r100")
    moved, after = t.give_coupon(coupon.code, friend)
    assert [c.id for c in after.coupons if c.id == coupon.id] == [coupon.id]
    with pytest.raises(CouponRefused, match="already belongs"):
        t.give_coupon(moved.code, after)
    welcome = t.enroll("+47 915 20 004", consents=["loyalty"]).coupons[0]
    with pytest.raises(CouponRefused, match="cannot be given"):
        t.give_coupon(welcome.code, friend)
