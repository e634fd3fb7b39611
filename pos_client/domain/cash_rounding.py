"""Cash rounding: a cash payment rounds to the smallest coin the country uses.

NOK and SEK round to whole kroner, DKK to 50 øre, EUR to 5 cents where the
country rounds cash (Finland, the Netherlands, Belgium, Ireland, Italy,
Slovakia, Estonia); elsewhere, and for every card payment, the amount is
exact.  Half rounds up (kr 59,50 -> kr 60).  The rounding is its own signed
figure (paid - owed), shown as a line on screen, receipt and reports.
"""

from __future__ import annotations

EUR_ROUNDING_COUNTRIES = frozenset({"FI", "NL", "BE", "IE", "IT", "SK", "EE"})
_STEP = {"NOK": 100, "SEK": 100, "DKK": 50}


def cash_step(currency: str, country: str) -> int:
    """The smallest cash amount in øre/cents (1 = no rounding)."""
    if currency == "EUR":
        return 5 if country.upper() in EUR_ROUNDING_COUNTRIES else 1
    return _STEP.get(currency, 1)


def round_cash(amount: int, currency: str, country: str) -> int:
    """``amount`` øre owed -> the cash amount to take (half up, also for refunds)."""
    step = cash_step(currency, country)
    if step == 1:
        return amount
    sign = -1 if amount < 0 else 1
    whole, rest = divmod(abs(amount), step)
    return sign * (whole + (1 if rest * 2 >= step else 0)) * step


def cash_rounding(amount: int, currency: str, country: str) -> int:
    """Signed rounding: 5970 paid as 6000 in cash is +30."""
    return round_cash(amount, currency, country) - amount
