"""Phone numbers, normalised to E.164 so every usual spelling finds one member."""

from __future__ import annotations

import phonenumbers

from .errors import not_a_phone


def normalise_phone(text: str, region: str = "NO") -> str:
    """``"912 34 567"``, ``"+47 912 34 567"``, ``"0047 91234567"`` -> ``"+4791234567"``."""
    raw = (text or "").strip()
    if not raw or len(raw) > 32:
        raise not_a_phone(text)
    if raw.startswith("00"):
        # International prefix used in the Nordics; phonenumbers only knows it
        # when the region's own IDD is 00, so make it explicit.
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, region.upper())
    except phonenumbers.NumberParseException:
        raise not_a_phone(text) from None
    if not phonenumbers.is_valid_number(number):
        raise not_a_phone(text, valid=True)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def looks_like_phone(text: str) -> bool:
    """Cheap test used to route input: digits, spaces, +, -, (, ) only."""
    stripped = text.strip()
    return bool(stripped) and all(c.isdigit() or c in " +-()" for c in stripped) and any(
        c.isdigit() for c in stripped
    )


def mask_phone(e164: str) -> str:
    """``+4791234567`` -> ``+47 ••• •• 567``: enough for the cashier to confirm."""
    if len(e164) < 6:
        return "•" * len(e164)
    return f"{e164[:3]} ••• •• {e164[-3:]}"
