"""The shop's legal identity on receipts, reports and in SAF-T (kassasystemforskriften § 2-8-4).

A Norwegian organisation number has nine digits, the last a modulus-11 check
digit over the first eight (weights 3 2 7 6 5 4 3 2); a remainder that gives
check digit 10 means the number cannot exist.  Pure: no config reading here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidInput

WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
DEMO_NAME = "Demo Dyrebutikk AS"
DEMO_ADDRESS = "Storgata 1, 0155 Oslo"
DEMO_ORG_NUMBER = "999999999"           # Skatteetaten's example number


class ShopNotConfigured(InvalidInput):
    """Outside demo mode the till sells only with a valid organisation number."""

    key = "shop_not_configured"


def org_number_check_digit(first_eight: str) -> int | None:
    """The mod-11 check digit for eight digits, or None when no valid number has them."""
    total = sum(int(d) * w for d, w in zip(first_eight, WEIGHTS))
    digit = 11 - total % 11
    if digit == 11:
        return 0
    return None if digit == 10 else digit


def valid_org_number(text: str) -> bool:
    digits = normalise_org_number(text)
    if len(digits) != 9 or not digits.isdigit():
        return False
    return org_number_check_digit(digits[:8]) == int(digits[8])


def normalise_org_number(text: str) -> str:
    """'999 999 999', 'NO 999999999 MVA' -> '999999999' (what a shop types varies)."""
    text = "".join(ch for ch in (text or "").upper() if not ch.isspace() and ch not in ".-")
    text = text.removeprefix("NO").removesuffix("MVA")
    return text


def format_org_number(digits: str, vat_registered: bool = True) -> str:
    """'999999999' -> 'Org.nr 999 999 999 MVA' (MVA only when VAT-registered)."""
    spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return f"Org.nr {spaced}" + (" MVA" if vat_registered else "")


@dataclass(frozen=True)
class Shop:
    legal_name: str
    address: str
    org_number: str          # nine digits, checked
    vat_registered: bool = True

    @property
    def org_line(self) -> str:
        return format_org_number(self.org_number, self.vat_registered)

    @property
    def tax_reg_ident(self) -> str:
        """SAF-T taxRegIdent: '999999999MVA'."""
        return self.org_number + ("MVA" if self.vat_registered else "")


def shop_from_settings(legal_name: str, address: str, org_number: str, vat_registered: bool,
                       *, demo: bool) -> Shop:
    """The shop, or ``ShopNotConfigured`` saying what to set (demo mode: the demo shop)."""
    if demo and not org_number:
        return Shop(legal_name or DEMO_NAME, address or DEMO_ADDRESS, DEMO_ORG_NUMBER, True)
    if not org_number:
        raise ShopNotConfigured(
            "no organisation number: set [shop] org_number (and legal_name, address) in the config")
    digits = normalise_org_number(org_number)
    if not valid_org_number(digits):
        raise ShopNotConfigured(
            f"[shop] org_number {org_number!r} is not a valid organisation number"
            " (9 digits, mod-11 check digit): correct it in the config")
    if not legal_name.strip():
        raise ShopNotConfigured("no shop name: set [shop] legal_name in the config")
    return Shop(legal_name.strip(), address.strip(), digits, vat_registered)
