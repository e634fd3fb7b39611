"""Reward mechanics across tills (issue 15): visit points on two offline tills the
same day -> HQ counts one and flags the other; a coupon given to a friend and
then redeemed twice -> one coupon move and a coupon_reused conflict; a points
exchange and a referral arrive at HQ as deltas."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_client.domain.errors import CouponRefused, PointsRefused
from sync.hq import admin
from sync.hq.report import report
from tests.sync.test_tills import till

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.fixture
def tills(hq, tmp_path):
    admin.load_program(hq.db, str(DEMO / "program.toml"))
    admin.load_catalogue(hq.db, str(DEMO / "catalogue.csv"))
    return till(hq, tmp_path, "A"), till(hq, tmp_path, "B")


def _same_everywhere(hq, a, b, member_id, keys=("points", "spend", "tier")):
    at_hq = {m["member_id"]: m for m in report(hq.db, now=a.clock.now)["members"]}[member_id]
    ma, mb = a.member(member_id).to_json(), b.member(member_id).to_json()
    for key in keys:
        assert ma[key] == mb[key] == at_hq[key], (key, ma, mb, at_hq)
    return at_hq


def test_visit_points_on_two_offline_tills_the_same_day_count_once_at_hq(hq, tills):
    (a, ca), (b, cb) = tills
    m = a.enroll("+47 915 10 001", name="Besøk", consents=["loyalty"])
    assert ca.sync_once().ok and cb.sync_once().ok
    # Both tills offline: each gives the visit points (allowed, it cannot know).
    assert a.visit(a.lookup(m.phone)).points == 10
    assert b.visit(b.lookup(m.phone)).points == 10
    with pytest.raises(PointsRefused, match="once a day"):
        a.visit(a.lookup(m.phone))                         # the same till refuses a second one
    assert ca.sync_once().ok and cb.sync_once().ok and ca.sync_once().ok
    rep = report(hq.db, now=a.clock.now)
    flagged = [c for c in rep["conflicts"] if c["kind"] == "visit_duplicate"]
    assert len(flagged) == 1 and flagged[0]["member_id"] == m.member_id and len(flagged[0]["event_ids"]) == 2
    at_hq = _same_everywhere(hq, a, b, m.member_id, keys=("points", "spend", "tier", "perks"))
    assert at_hq["points"] == 10 and at_hq["visits"] == 1
    # Everyone now knows today's visit was given.
    with pytest.raises(PointsRefused):
        b.visit(b.lookup(m.phone))


def test_a_given_coupon_moves_once_and_a_double_redemption_is_a_conflict(hq, tills):
    (a, ca), (b, cb) = tills
    giver = a.enroll("+47 915 10 002", name="Giver", consents=["loyalty"])
    friend = a.enroll("+47 915 10 003", name="Venn", consents=["loyalty"])
    sale = a.new_sale(a.lookup(giver.phone))
    sale.add("LEK-022", 40)                                # 11 960 kr: points for the catalogue
    sale.complete()
    coupon, _ = a.exchange_reward(a.lookup(giver.phone), "r100")
    assert ca.sync_once().ok and cb.sync_once().ok
    moved, after = a.give_coupon(coupon.code, a.lookup(friend.phone))
    assert moved.id == coupon.id and moved.member_id == friend.member_id and moved.code != coupon.code
    assert any(c.id == coupon.id for c in after.coupons)
    assert not any(c.id == coupon.id for c in a.lookup(giver.phone).coupons)
    with pytest.raises(CouponRefused, match="another member"):
        a.new_sale(a.lookup(giver.phone)).apply_coupon(coupon.code)   # the old code is the friend's now
    # B has not heard of the move yet: the giver's old code still works there (offline) ...
    s_b = b.new_sale(b.lookup(giver.phone))
    s_b.add("LEK-022", 1)
    s_b.apply_coupon(coupon.code)
    s_b.complete()
    # ... and the friend uses the new code at A.
    s_a = a.new_sale(a.lookup(friend.phone))
    s_a.add("LEK-022", 1)
    s_a.apply_coupon(moved.code)
    s_a.complete()
    assert ca.sync_once().ok and cb.sync_once().ok and ca.sync_once().ok
    rep = report(hq.db, now=a.clock.now)
    reused = [c for c in rep["conflicts"] if c["kind"] == "coupon_reused"]
    assert len(reused) == 1 and len(reused[0]["event_ids"]) == 2
    with hq.db.read() as conn:
        moves = conn.exec_driver_sql("SELECT coupon_id, from_member_id, to_member_id FROM coupon_moves").all()
    assert moves == [(coupon.id, giver.member_id, friend.member_id)]
    # The exchange's points arrived as a delta: both tills and HQ agree.
    _same_everywhere(hq, a, b, giver.member_id)


def test_a_referral_rewards_both_members_everywhere_and_a_full_return_takes_it_back(hq, tills):
    (a, ca), (b, cb) = tills
    referrer = a.enroll("+47 915 10 004", name="Verver", consents=["loyalty"])
    assert ca.sync_once().ok and cb.sync_once().ok
    friend = b.enroll("+47 915 10 005", name="Ny venn", consents=["loyalty"], referred_by=referrer.phone)
    assert cb.sync_once().ok and ca.sync_once().ok
    assert a.member(friend.member_id).referred_by == referrer.member_id      # through the feed
    sale = a.new_sale(a.lookup(friend.phone))                # the first purchase, on the other till
    sale.add("DOG-001")
    done = sale.complete()
    assert done.settlement.rewards.referral
    assert any(c.def_id == "friend50" for c in done.coupons_issued)
    assert ca.sync_once().ok and cb.sync_once().ok
    at_hq = _same_everywhere(hq, a, b, referrer.member_id)
    assert at_hq["points"] == 200
    assert b.lookup(referrer.phone).referral_news == 1       # told on the next visit, at any till
    a.return_items(done.receipt_no, [("DOG-001", 1)])
    assert ca.sync_once().ok and cb.sync_once().ok
    assert _same_everywhere(hq, a, b, referrer.member_id)["points"] == 0
    friend_hq = _same_everywhere(hq, a, b, friend.member_id, keys=("points", "spend"))
    assert not any(c["name"].startswith("Vennebonus") for c in friend_hq["coupons"])


def test_a_new_till_bootstrapped_from_hq_knows_referrals_and_not_voided_coupons(hq, tills, tmp_path):
    (a, ca), _ = tills
    referrer = a.enroll("+47 915 10 006", name="Verver", consents=["loyalty"])
    friend = a.enroll("+47 915 10 007", name="Venn", consents=["loyalty"], referred_by=referrer.phone)
    first = a.new_sale(a.lookup(friend.phone))
    first.add("DOG-001")
    done = first.complete()
    voided = next(c for c in done.coupons_issued if c.def_id == "friend50")
    a.return_items(done.receipt_no, [("DOG-001", 1)])           # the referral is taken back
    assert ca.sync_once().ok
    admin.prune_feed(hq.db, keep=0)                              # a new till must take a snapshot
    c, cc = till(hq, tmp_path, "C")
    assert c.member(friend.member_id).referred_by == referrer.member_id
    assert c.store.coupon(voided.id) is None
    again = c.new_sale(c.lookup(friend.phone))                   # the friend's first purchase, again
    again.add("DOG-001")
    assert again.complete().settlement.rewards.referral
