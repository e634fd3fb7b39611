"""Organisation numbers (mod 11) and cash rounding per currency and country."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_client.domain.cash_rounding import cash_rounding, cash_step, round_cash
from pos_client.domain.shop import (
    DEMO_NAME, ShopNotConfigured, format_org_number, org_number_check_digit, shop_from_settings,
    valid_org_number,
)


@pytest.mark.parametrize("number", ["999999999", "923609016", "974760673", "NO 923 609 016 MVA"])
def test_real_numbers_pass_the_mod_11_check(number):
    assert valid_org_number(number)


@pytest.mark.parametrize("number", ["999999998", "12345678", "1234567890", "abcdefghi", ""])
def test_wrong_numbers_fail(number):
    assert not valid_org_number(number)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8), st.integers(0, 8), st.integers(1, 9))
def test_changing_one_digit_breaks_the_check(first_eight, position, delta):
    check = org_number_check_digit(first_eight)
    if check is None:                              # remainder 1: no valid number has these digits
        assert not any(valid_org_number(first_eight + str(d)) for d in range(10))
        return
    good = first_eight + str(check)
    assert valid_org_number(good)
    changed = good[:position] + str((int(good[position]) + delta) % 10) + good[position + 1:]
    assert not valid_org_number(changed)           # weights 3..2 are coprime to 11: every change shows


def test_shown_as_on_the_receipt():
    assert format_org_number("999999999") == "Org.nr 999 999 999 MVA"
    assert format_org_number("999999999", vat_registered=False) == "Org.nr 999 999 999"


def test_demo_mode_is_the_demo_shop_and_a_real_till_says_what_to_set():
    demo = shop_from_settings("", "", "", True, demo=True)
    assert (demo.legal_name, demo.org_number) == (DEMO_NAME, "999999999") == ("Demo Dyrebutikk AS", "999999999")
    with pytest.raises(ShopNotConfigured, match=r"set \[shop\] org_number"):
        shop_from_settings("Butikken AS", "", "", True, demo=False)
    with pytest.raises(ShopNotConfigured, match="not a valid organisation number"):
        shop_from_settings("Butikken AS", "", "999999998", True, demo=False)
    assert shop_from_settings("Butikken AS", "", "999 999 999", True, demo=False).tax_reg_ident == "999999999MVA"


@pytest.mark.parametrize("currency, country, amount, rounded", [
    ("NOK", "NO", 5970, 6000), ("NOK", "NO", 5949, 5900), ("NOK", "NO", 5950, 6000),
    ("SEK", "SE", 12345, 12300), ("DKK", "DK", 1224, 1200), ("DKK", "DK", 1226, 1250),
    ("EUR", "FI", 1002, 1000), ("EUR", "FI", 1003, 1005), ("EUR", "NL", 1237, 1235),
    ("EUR", "DE", 1237, 1237), ("NOK", "NO", -17955, -18000),
])
def test_cash_rounds_to_the_smallest_coin(currency, country, amount, rounded):
    assert round_cash(amount, currency, country) == rounded
    assert cash_rounding(amount, currency, country) == rounded - amount


def test_design_example():
    assert cash_rounding(5970, "NOK", "NO") == 30           # DESIGN §8: 5970 paid with 6000 is +30


@given(st.integers(-10**9, 10**9), st.sampled_from([("NOK", "NO"), ("SEK", "SE"), ("DKK", "DK"),
                                                   ("EUR", "FI"), ("EUR", "DE")]))
def test_rounding_is_to_a_coin_and_never_more_than_half_of_one(amount, where):
    step = cash_step(*where)
    paid = round_cash(amount, *where)
    assert paid % step == 0 and abs(paid - amount) * 2 <= step
