"""Øre for people to read: ``123450`` -> ``"1 234,50 kr"``."""

from __future__ import annotations

SYMBOLS = {"NOK": "kr", "SEK": "kr", "DKK": "kr", "EUR": "€"}


def format_amount(ore: int, currency: str = "NOK", *, symbol: bool = True) -> str:
    """``123450`` -> ``"1 234,50 kr"`` (Nordic style: space thousands, comma decimals)."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    grouped = f"{kroner:,}".replace(",", " ")
    text = f"{sign}{grouped},{rest:02d}"
    if not symbol:
        return text
    mark = SYMBOLS.get(currency, currency)
    return f"{mark} {text}" if currency == "EUR" else f"{text} {mark}"
