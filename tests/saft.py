"""Validation against Skatteetaten's own SAF-T Cash Register schema (resources/saft), offline."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from lxml import etree

SAFT = Path(__file__).resolve().parents[1] / "resources" / "saft"
XSD = SAFT / "Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"
NS = {"s": "urn:StandardAuditFile-Taxation-CashRegister:NO"}


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def validate(data: bytes | Path) -> list[str]:
    """Every schema error, one line each (empty: valid)."""
    doc = etree.parse(str(data)) if isinstance(data, Path) else etree.fromstring(data).getroottree()
    s = schema()
    if s.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in s.error_log]


def event_codes() -> dict[str, str]:
    """PredefinedBasicID-13: code -> English description."""
    with open(SAFT / "code-list-PredefinedBasicID-13.csv", encoding="utf-8") as fh:
        return {row[0]: row[1].strip() for row in csv.reader(fh, delimiter=";") if row[0].isdigit()}
