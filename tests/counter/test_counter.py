"""The counter without Qt: routing a scan or typed text, the cashier's keys, the screen's data."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_client.counter import (
    Choices, Counter, CouponApplied, EmptyBasket, ItemAdded, MemberAttached, NotFound, Outcome, Paid,
    Refused, Unrecognised,
)
from pos_client.domain.errors import CouponRefused
from tests.helpers import demo_terminal

KARI = "912 34 560"


@pytest.fixture
def t(tmp_path):
    terminal = demo_terminal(tmp_path / "till")
    yield terminal
    terminal.close()


@pytest.fixture
def counter(t):
    return Counter(t)


def newcomer(t):
    """A member just enrolled: the welcome coupon (10 %) is theirs."""
    member = t.enroll("912 55 555", name="Ola Ny", consents=["loyalty"])
    return member, next(c for c in member.coupons if c.percent)


def dogfood(t):
    return next(p for p in t.products() if p.category == "dogfood")


def test_a_member_card_scan_attaches_the_member(t, counter):
    kari = t.lookup(KARI)
    out = counter.handle(t.member_code(kari))
    assert isinstance(out, MemberAttached) and out.member.member_id == kari.member_id
    assert counter.sale.member.member_id == kari.member_id
    assert counter.snapshot().view["name"] == "Kari Nordmann"


def test_a_phone_scanned_or_typed_attaches_the_member(t, counter):
    assert isinstance(counter.handle(KARI), MemberAttached)
    assert isinstance(Counter(t).handle("91234560", typed=True), MemberAttached)


def test_an_item_scan_adds_one_each_time(t, counter):
    dog = dogfood(t)
    assert counter.handle(dog.ean) == ItemAdded(dog.sku, 1)
    assert counter.handle(dog.ean) == ItemAdded(dog.sku, 2)
    screen = counter.snapshot()
    assert not screen.is_empty and [(l.sku, l.qty) for l in screen.settlement.lines] == [(dog.sku, 2)]


def test_a_coupon_scan_is_applied_once_the_member_is_on_the_sale(t, counter):
    kari, welcome = newcomer(t)
    before = counter.handle(welcome.code)                  # no member yet: refused, with its key
    assert isinstance(before, Refused) and before.error.key == "coupon_needs_member"
    counter.handle(t.member_code(kari))
    counter.handle(dogfood(t).ean)
    out = counter.handle(welcome.code)
    assert isinstance(out, CouponApplied) and out.coupon.id == welcome.id
    assert counter.snapshot().applied == frozenset({welcome.id})


def test_a_name_typed_finds_one_or_several_or_none(t, counter):
    t.enroll("912 00 001", name="Astrid Testesen", consents=["loyalty"])
    t.enroll("912 00 002", name="Astrid Testberg", consents=["loyalty"])
    several = counter.handle("Astrid Test", typed=True)
    assert isinstance(several, Choices) and len(several.choices) == 2
    assert all("Astrid" in label and "•" in label for _id, label in several.choices)   # phone masked
    picked = counter.pick(several.choices[0][0])
    assert isinstance(picked, MemberAttached) and picked.member.member_id == several.choices[0][0]
    assert isinstance(counter.handle("Testesen", typed=True), MemberAttached)
    assert counter.handle("Zyxwv", typed=True) == NotFound("")


def test_an_unknown_phone_is_not_found_with_the_number_to_enrol(counter):
    assert counter.handle("912 99 999") == NotFound("912 99 999")


def test_a_scan_that_is_nothing_known_is_unrecognised_and_a_forged_card_refused(counter):
    assert counter.handle("§§§") == Unrecognised("§§§")
    assert counter.handle("§§§", typed=True) == NotFound("")     # typed: a name search that found no one
    damaged = counter.handle("TLM1AAAAAAAAAAAA")
    assert isinstance(damaged, Refused) and damaged.error.key in ("code_damaged", "code_forged")


def test_steps_remove_and_clear(t, counter):
    dog = dogfood(t)
    counter.add(dog.sku)
    counter.step(dog.sku, +1)
    counter.step(dog.sku, +1)
    counter.step(dog.sku, -1)
    assert [(l.product.sku, l.qty) for l in counter.sale.lines] == [(dog.sku, 2)]
    counter.step(dog.sku, None)
    assert counter.snapshot().is_empty
    counter.add(dog.sku)
    counter.clear()
    fresh = counter.snapshot()                           # a fresh, empty sale
    assert fresh.is_empty and fresh.member is None and not fresh.settlement.lines


def test_pay_cash_given_typed_and_the_next_sale_starts_empty(t, counter):
    assert isinstance(counter.pay("card"), EmptyBasket)
    counter.handle(KARI)
    counter.add(dogfood(t).sku)
    due = counter.snapshot().settlement.due
    paid = counter.pay("cash", typed=" 5000 ")
    assert isinstance(paid, Paid) and paid.result.cash_given == 500_000 and paid.result.change == 500_000 - (due + paid.result.rounding)
    assert counter.sale.member is None and counter.snapshot().is_empty
    counter.add(dogfood(t).sku)
    assert counter.pay("cash", typed="912 34 560").result.cash_given is None   # a phone is no amount


def test_coupon_toggles_on_and_off_and_the_refusal_is_raised_for_a_key(t, counter):
    kari, welcome = newcomer(t)
    counter.handle(t.member_code(kari))
    counter.add(dogfood(t).sku)
    assert counter.toggle_coupon(welcome.id) is True
    assert counter.toggle_coupon(welcome.id) is False and counter.snapshot().applied == frozenset()
    with pytest.raises(CouponRefused):
        Counter(t).toggle_coupon(welcome.id)


def test_a_punch_card_unit_is_on_by_default_and_can_be_saved(t, counter):
    kari = t.lookup(KARI)
    counter.handle(t.member_code(kari))
    counter.add(dogfood(t).sku)
    counter.step(dogfood(t).sku, 9)                      # ten bags: a full card and more
    rewards = counter.snapshot().rewards
    assert rewards and rewards[0][3] is False            # (card, name, free, saved)
    assert counter.toggle_reward(rewards[0][0]) is True
    assert counter.snapshot().rewards[0][3] is True


def test_enrol_puts_the_new_member_on_the_sale(counter):
    member = counter.enrol({"phone": "912 77 777", "name": "Nora", "email": "", "birthday": None,
                            "consents": ["loyalty"]})
    assert member.name == "Nora" and counter.snapshot().member.member_id == member.member_id


def test_a_basket_that_does_not_settle_is_an_error_on_the_screen_not_a_raise(t, counter):
    screen = counter.snapshot()
    assert screen.error is None and screen.settlement is not None and screen.pending >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=40), st.from_regex(r"TL[MC]1[A-Za-z0-9_-]{0,60}", fullmatch=True),
                      st.from_regex(r"\+?[0-9 ]{1,16}", fullmatch=True)),
       typed=st.booleans())
def test_any_text_is_a_typed_outcome_never_an_exception(counter, text, typed):
    out = counter.handle(text, typed=typed)
    assert isinstance(out, Outcome)
    if isinstance(out, Refused):
        assert out.error.key and out.error.message       # a key for the GUI, a line for the CLI
    counter.snapshot()                                    # the screen still reads
