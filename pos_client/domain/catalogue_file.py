"""Catalogue and members CSV files (DESIGN.md §2) -> values, strictly validated.

Errors name the file, the line, the column and the problem, e.g.
``catalogue.csv: line 7, price: 'abc' is not an amount``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from .catalogue import Product, valid_ean
from .errors import InvalidInput, ProgramError
from .money import to_ore
from .phone import normalise_phone

CATALOGUE_COLUMNS = ["sku", "ean", "name", "price", "vat_percent", "category"]
MEMBER_COLUMNS = ["phone", "name", "email", "birthday", "consent"]
PURPOSES = ("loyalty", "sms", "email")


@dataclass(frozen=True)
class MemberRow:
    phone: str
    name: str
    email: str
    birthday: date | None
    consents: dict[str, bool]


def _rows(text: str, source: str, columns: list[str]):
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ProgramError(f"{source}: the file is empty") from None
    except csv.Error as exc:
        raise ProgramError(f"{source}: line 1: {exc}") from None
    if header != columns:
        raise ProgramError(f"{source}: line 1: the header must be {','.join(columns)} (got {','.join(header)})")
    try:
        for number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise ProgramError(f"{source}: line {number}: {len(row)} columns, expected {len(columns)}")
            yield number, dict(zip(columns, (cell.strip() for cell in row)))
    except csv.Error as exc:
        raise ProgramError(f"{source}: line {reader.line_num}: {exc}") from None


def parse_catalogue(text: str, source: str = "<catalogue>") -> list[Product]:
    products, skus, eans = [], set(), set()
    for line, row in _rows(text, source, CATALOGUE_COLUMNS):
        where = f"{source}: line {line}"
        if not row["sku"]:
            raise ProgramError(f"{where}, sku: empty")
        if row["sku"] in skus:
            raise ProgramError(f"{where}, sku: duplicate {row['sku']!r}")
        ean = row["ean"] or None
        if ean is not None:
            if not valid_ean(ean):
                raise ProgramError(f"{where}, ean: {ean!r} is not a valid EAN (check digit)")
            if ean in eans:
                raise ProgramError(f"{where}, ean: duplicate {ean!r}")
            eans.add(ean)
        if not row["name"]:
            raise ProgramError(f"{where}, name: empty")
        try:
            price = to_ore(row["price"])
        except InvalidInput:
            raise ProgramError(f"{where}, price: {row['price']!r} is not an amount") from None
        if price < 0:
            raise ProgramError(f"{where}, price: must not be negative ({row['price']})")
        try:
            vat = float(row["vat_percent"])
        except ValueError:
            raise ProgramError(f"{where}, vat_percent: {row['vat_percent']!r} is not a number") from None
        if not 0 <= vat <= 100:
            raise ProgramError(f"{where}, vat_percent: must be between 0 and 100")
        skus.add(row["sku"])
        products.append(Product(row["sku"], ean, row["name"], price, vat, row["category"]))
    return products


def parse_members(text: str, source: str = "<members>", region: str = "NO") -> list[MemberRow]:
    members, phones = [], set()
    for line, row in _rows(text, source, MEMBER_COLUMNS):
        where = f"{source}: line {line}"
        try:
            phone = normalise_phone(row["phone"], region)
        except InvalidInput as exc:
            raise ProgramError(f"{where}, phone: {exc.message}") from None
        if phone in phones:
            raise ProgramError(f"{where}, phone: duplicate {phone}")
        phones.add(phone)
        birthday = None
        if row["birthday"]:
            try:
                birthday = date.fromisoformat(row["birthday"])
            except ValueError:
                raise ProgramError(f"{where}, birthday: {row['birthday']!r} is not a date YYYY-MM-DD") from None
        given = {p.strip().lower() for p in row["consent"].replace(";", ",").replace("|", ",").split(",") if p.strip()}
        unknown = given - set(PURPOSES)
        if unknown:
            raise ProgramError(f"{where}, consent: unknown purpose {sorted(unknown)[0]!r} (use {', '.join(PURPOSES)})")
        if "loyalty" not in given:
            raise ProgramError(f"{where}, consent: 'loyalty' consent is required")
        members.append(MemberRow(phone, row["name"], row["email"], birthday,
                                 {p: p in given for p in PURPOSES}))
    return members
