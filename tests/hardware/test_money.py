"""The receipts' amounts read like the till's: hardware keeps its own copy of the format
(it imports nothing of the till), held here to the domain's text for every amount."""

from hypothesis import given
from hypothesis import strategies as st

from hardware.money import SYMBOLS as HARDWARE_SYMBOLS
from hardware.money import format_amount as receipt_amount
from pos_client.domain.money import CURRENCIES, SYMBOLS, format_amount


def test_the_examples():
    assert receipt_amount(123450) == "1 234,50 kr"
    assert receipt_amount(-5, "EUR") == "€ -0,05"
    assert receipt_amount(100_000_00, "SEK", symbol=False) == "100 000,00"


@given(ore=st.integers(-10**12, 10**12), currency=st.sampled_from(CURRENCIES + ("GBP",)), symbol=st.booleans())
def test_hardware_formats_every_amount_as_the_domain_does(ore, currency, symbol):
    assert HARDWARE_SYMBOLS == SYMBOLS
    assert receipt_amount(ore, currency, symbol=symbol) == format_amount(ore, currency, symbol=symbol)
