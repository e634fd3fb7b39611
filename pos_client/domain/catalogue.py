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
