"""Properties of settlement that must hold for every basket (hypothesis)."""

from datetime import date, datetime, timezone

from hypothesis import given, settings, strategies as st

from pos_client.domain.member import Coupon, MemberState
from pos_client.domain.returns import settle_return
from pos_client.domain.settlement import BasketLine, settle

from .programs import PET_SHOP

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
CATEGORIES = ["dogfood", "catfood", "leker", "utstyr"]

lines = st.lists(
    st.builds(
        lambda i, qty, price, cat: BasketLine(f"SKU{i}", f"Vare {i}", qty, price, cat, 25),
        st.integers(0, 30), st.integers(1, 12), st.integers(0, 500_000), st.sampled_from(CATEGORIES),
    ),
    min_size=1, max_size=8, unique_by=lambda l: l.sku,
)
members = st.builds(
    lambda spend, stamps, points: MemberState(
        "m1", "+4791234567", points=points, spend=spend, qualifying_spend=spend,
        stamps={"dogfood": stamps}),
    # Up to 30 stamps: free units saved for next time leave more than a card.
    st.integers(0, 2_000_000), st.integers(0, 30), st.integers(0, 50_000),
)
saved = st.sampled_from([frozenset(), frozenset({"dogfood"})])
coupons = st.one_of(
    st.none(),
    st.builds(lambda p: Coupon("c", "m1", "w", "10 %", "percent", NOW, date(2027, 1, 1), percent=p),
              st.integers(1, 100)),
    st.builds(lambda a: Coupon("c", "m1", "a", "kr", "amount", NOW, date(2027, 1, 1), amount=a),
              st.integers(1, 1_000_000)),
)


def _settle(basket, member, coupon, points=0, save=frozenset()):
    return settle(PET_SHOP, basket, today=NOW.date(), member=member, coupon=coupon, redeem_points=points,
                  save_rewards=save)


@settings(max_examples=300, deadline=None)
@given(lines, members, coupons, saved)
def test_totals_add_up_and_no_discount_exceeds_its_line(basket, member, coupon, save):
    s = _settle(basket, member, coupon, save=save)
    assert s.total >= 0
    assert s.subtotal - s.discount_total == s.total
    assert sum(l.net for l in s.lines) == s.total
    for line in s.lines:
        assert 0 <= line.discount <= line.amount
        assert all(b.amount > 0 for b in line.benefits)
    assert sum(l.points for l in s.lines) == s.points_earned >= 0
    # Stamps never go below zero, and a saved reward gives no free unit.
    assert all(after >= 0 for after in s.stamps_after.values())
    if save:
        assert not any(l.free_units for l in s.lines)


@settings(max_examples=200, deadline=None)
@given(lines, members, coupons, st.randoms())
def test_settlement_is_deterministic_and_independent_of_line_order(basket, member, coupon, rnd):
    first = _settle(basket, member, coupon)
    shuffled = list(basket)
    rnd.shuffle(shuffled)
    second = _settle(shuffled, member, coupon)
    assert first.to_json()["benefits"] == second.to_json()["benefits"]
    assert (first.total, first.points_earned, first.stamps_after, first.cheques_due) == (
        second.total, second.points_earned, second.stamps_after, second.cheques_due)
    by_sku = lambda s: sorted((l.to_json() for l in s.lines), key=lambda j: j["sku"])
    assert by_sku(first) == by_sku(second)
    assert _settle(basket, member, coupon).to_json() == first.to_json()


@settings(max_examples=200, deadline=None)
@given(lines, members, coupons, st.integers(0, 100), st.randoms(), saved)
def test_returning_everything_restores_the_balances(basket, member, coupon, points_percent, rnd, save):
    probe = _settle(basket, member, coupon, save=save)
    points = min(member.points, probe.due // PET_SHOP.point_value) * points_percent // 100
    sale = _settle(basket, member, coupon, points, save)
    deltas: dict[str, int] = {}
    for entry in sale.ledger("m1"):
        deltas[entry["account"]] = deltas.get(entry["account"], 0) + entry["delta"]
    # Return in random partial steps: the sum must reverse the sale exactly.
    stored = [l.to_json() for l in sale.lines]
    remaining = {l.sku: l.qty for l in sale.lines}
    done: dict[str, int] = {}
    refunded = 0
    while remaining:
        sku = rnd.choice(sorted(remaining))
        qty = rnd.randint(1, remaining[sku])
        ret = settle_return(stored, {sku: qty}, done, PET_SHOP.point_value)
        refunded += ret.refund
        for entry in ret.ledger("m1"):
            deltas[entry["account"]] = deltas.get(entry["account"], 0) + entry["delta"]
        done[sku] = done.get(sku, 0) + qty
        remaining[sku] -= qty
        if not remaining[sku]:
            del remaining[sku]
    assert all(v == 0 for k, v in deltas.items() if k != "cheques"), deltas
    assert refunded == sale.total - sale.points_redeemed * PET_SHOP.point_value
