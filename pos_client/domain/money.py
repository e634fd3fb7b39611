"""Money is integer øre (öre, cent) everywhere; kroner appear only at the edges."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import InvalidInput

__all__ = ["CURRENCIES", "SYMBOLS", "allocate", "format_amount", "percent_of", "to_ore"]

CURRENCIES = ("NOK", "SEK", "DKK", "EUR")

SYMBOLS = {"NOK": "kr", "SEK": "kr", "DKK": "kr", "EUR": "€"}


def format_amount(ore: int, currency: str = "NOK", *, symbol: bool = True) -> str:
    """``123450`` -> ``"1 234,50 kr"`` (Nordic style: space thousands, comma decimals).

    ``hardware/money.py`` has the receipts' own copy (the drivers import nothing of the
    till); tests/hardware/test_money.py holds the two to the same text."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    grouped = f"{kroner:,}".replace(",", " ")
    text = f"{sign}{grouped},{rest:02d}"
    if not symbol:
        return text
    mark = SYMBOLS.get(currency, currency)
    return f"{mark} {text}" if currency == "EUR" else f"{text} {mark}"


def to_ore(kroner: str | int | float | Decimal) -> int:
    """Kroner (``"249.90"``, ``249.9``, ``"249,90"``) to øre, rounding half-up."""
    text = str(kroner).strip().replace(",", ".").replace(" ", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(f"{kroner!r} is not an amount") from None
    if not value.is_finite():
        raise InvalidInput(f"{kroner!r} is not an amount")
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(amount: int, percent: int | float | Decimal) -> int:
    """``percent`` % of ``amount`` øre, rounded half-up (DESIGN §4: per line)."""
    value = Decimal(amount) * Decimal(str(percent)) / 100
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` øre over ``weights`` proportionally, exactly (largest remainder).

    Used to attribute a basket-level amount (a coupon, points) to lines so a
    return can reverse exactly what its lines carried.  Ties go to the earlier
    weight, which keeps the result deterministic.
    """
    whole = sum(weights)
    if whole <= 0 or total == 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    remainders = sorted(
        range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i)
    )
    for i in remainders[: total - sum(shares)]:
        shares[i] += 1
    return shares

