"""Products as the till sells them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    sku: str
    ean: str | None
    name: str
    price: int              # øre, VAT included
    vat_percent: float
    category: str


def ean_check_digit(digits: str) -> str:
    """GS1 check digit for the digits before it (EAN-8, UPC-A, EAN-13)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def valid_ean(code: str) -> bool:
    return code.isdigit() and len(code) in (8, 12, 13) and ean_check_digit(code[:-1]) == code[-1]
