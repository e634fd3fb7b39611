"""Øre for a receipt: ``123450`` -> ``"1 234,50 kr"``.

The drivers import nothing of the till (``hardware`` stands alone), so this is the
receipts' own copy of ``pos_client.domain.money.format_amount``;
tests/hardware/test_money.py holds the two to the same text for every amount.
"""

from __future__ import annotations

SYMBOLS = {"NOK": "kr", "SEK": "kr", "DKK": "kr", "EUR": "€"}


def format_amount(ore: int, currency: str = "NOK", *, symbol: bool = True) -> str:
    """Nordic style: space thousands, comma decimals; € before the amount, kr after."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    grouped = f"{kroner:,}".replace(",", " ")
    text = f"{sign}{grouped},{rest:02d}"
    if not symbol:
        return text
    mark = SYMBOLS.get(currency, currency)
    return f"{mark} {text}" if currency == "EUR" else f"{text} {mark}"
