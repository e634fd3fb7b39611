"""The program page's work: the common fields <-> the TOML (tomlkit keeps the
rest and the comments), validation with the till's own parser, a sample
basket settled by the till's own settlement, publishing (audited)."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timezone

import sqlalchemy as sa
import tomlkit

from pos_client.domain.errors import TillError
from pos_client.domain.member import MemberState
from pos_client.domain.program_file import parse_program
from pos_client.domain.settlement import BasketLine, settle

from .. import admin, aggregates
from .. import schema as t
from ..db import Database
from . import audit

# (field key as the parser names it, kind): the form's common fields.
PROGRAM_FIELDS = [("program.name", "text"), ("program.points_per_krone", "number"),
                  ("program.point_value", "number"), ("program.point_lifetime_days", "integer"),
                  ("program.qualification_days", "integer")]
TIER_FIELDS = [("name", "text"), ("min_spend", "number"), ("discount_percent", "number"),
               ("points_multiplier", "number")]
_KEY = re.compile(r"^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)?): ")

STARTER = """[program]
id = "program"
name = "Our club"
currency = "NOK"
points_per_krone = 1
point_value = 0.10
point_lifetime_days = 730
qualification_days = 365

[[tiers]]
name = "Member"
min_spend = 0
"""


class FieldError(Exception):
    def __init__(self, key: str, message: str, raw: bool = False, **values) -> None:
        super().__init__(message)
        # raw: the parser's own words (English, naming the key); else a catalogue string
        self.key, self.message, self.raw, self.values = key, message, raw, values


def published(db: Database) -> tuple[str, str | None]:
    """(source, loaded_at) of the published program, or a starter."""
    with db.read() as conn:
        row = conn.execute(sa.select(t.program.c.source, t.program.c.loaded_at)).first()
    return (row.source, row.loaded_at) if row else (STARTER, None)


def published_program(conn):
    """The published program, parsed (None before the first)."""
    source = conn.execute(sa.select(t.program.c.source)).scalar()
    return parse_program(source, "program") if source else None


def field_values(source: str) -> dict:
    """The common fields' current values, by key."""
    try:
        doc = tomlkit.parse(source)
    except Exception:  # noqa: BLE001 - an unparsable draft: the TOML box shows it
        return {}
    out = {}
    prog = doc.get("program", {})
    for key, _ in PROGRAM_FIELDS:
        name = key.split(".", 1)[1]
        if name in prog:
            out[key] = str(prog[name])
    for i, tier in enumerate(doc.get("tiers", [])):
        for name, _ in TIER_FIELDS:
            if name in tier:
                out[f"tiers[{i}].{name}"] = str(tier[name])
    return out


def _value(key: str, kind: str, text: str):
    text = text.strip()
    if kind == "text":
        return text
    try:
        number = float(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        raise FieldError(key, "Enter a number.") from None
    if kind == "integer":
        if number != int(number):
            raise FieldError(key, "Enter a whole number.")
        return int(number)
    return int(number) if number == int(number) else number


def apply_fields(source: str, form: dict) -> str:
    """The TOML with the form's common fields written into it."""
    doc = tomlkit.parse(source)
    prog = doc.setdefault("program", tomlkit.table())
    for key, kind in PROGRAM_FIELDS:
        if key in form:
            prog[key.split(".", 1)[1]] = _value(key, kind, form[key])
    tiers = doc.get("tiers") or []
    for i, tier in enumerate(tiers):
        for name, kind in TIER_FIELDS:
            key = f"tiers[{i}].{name}"
            if key in form and (form[key].strip() or name in tier):
                if not form[key].strip():
                    raise FieldError(key, "Enter a value.")
                tier[name] = _value(key, kind, form[key])
    return tomlkit.dumps(doc)


def check(source: str):
    """The parsed program, or FieldError at the key the parser names."""
    try:
        return parse_program(source, "program")
    except TillError as exc:
        # The parser names where: "program: tiers[1].min_spend: must be ..."
        message = str(exc).removeprefix("program: ")
        where = _KEY.match(message)
        key = where.group(1) if where else "toml"
        raise FieldError(key, message, raw=True) from None


def preview(db: Database, program, basket_text: str, tier_name: str, today: date | None = None) -> dict:
    """Settle a sample basket ('SKU qty' per line, SKUs from HQ's catalogue) for a member of a tier."""
    today = today or datetime.now(timezone.utc).date()
    wanted = []
    for line in basket_text.splitlines():
        parts = line.split()
        if not parts:
            continue
        qty = 1
        if len(parts) > 1:
            try:
                qty = int(parts[1])
            except ValueError:
                raise FieldError("basket", "Each line: a SKU and a quantity.") from None
        if qty < 1:
            raise FieldError("basket", "Each line: a SKU and a quantity.")
        wanted.append((parts[0], qty))
    if not wanted:
        raise FieldError("basket", "Add at least one product.")
    p = t.products.c
    with db.read() as conn:
        rows = {r.sku: r for r in conn.execute(sa.select(p.sku, p.name, p.price, p.category, p.vat_percent)
                                                .where(p.sku.in_([s for s, _ in wanted])))}
    missing = [s for s, _ in wanted if s not in rows]
    if missing:
        raise FieldError("basket", "Not in the catalogue: {skus}", skus=", ".join(missing))
    basket = [BasketLine(s, rows[s].name, q, rows[s].price, rows[s].category, rows[s].vat_percent) for s, q in wanted]
    tier = next((x for x in program.tiers if x.name == tier_name), program.tiers[0])
    member = MemberState("preview", "+4700000000", qualifying_spend=tier.min_spend, spend=tier.min_spend)
    s = settle(program, basket, today=today, member=member)
    return {"lines": [line.to_json() for line in s.lines], "benefits": [b.to_json() for b in s.benefits],
            "subtotal": s.subtotal, "discount_total": s.discount_total, "total": s.total,
            "points_earned": s.points_earned, "tier": tier.name}


def publish(db: Database, actor: str, program, source: str) -> None:
    old, when = published(db)
    with db.write() as conn:
        admin.publish_program(db, program, source, conn)
        audit.record(conn, actor, "program_publish", program.id,
                     None if when is None else {"sha256": _digest(old), "source": old},
                     {"sha256": _digest(source), "source": source})
    aggregates.ensure(db, program)           # rebuilt if the point lifetime or the tiers changed


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
