"""Segments: members picked by rules (all must hold), counted and listed in SQL.

Rules (the Rule / Open Loyalty kinds): bought in the last N days, not in the
last N days, never bought since enrolment, at least N purchases, average
order above X kr with no repeat purchase, bought from a category (a line of
a member's sale whose sku the catalogue puts in it), tier, birthday month,
returned something, consent to SMS / e-mail.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from .. import schema as t
from ..db import Database, HQError, iso, now_iso
from . import audit, segment_tier

RULES = {
    # key: (kind of value, label)
    "bought_within_days": ("int", "Bought in the last N days"),
    "not_bought_within_days": ("int", "Not bought in the last N days"),
    "never_bought": ("flag", "Never bought since enrolment"),
    "purchases_at_least": ("int", "At least N purchases"),
    "aov_above_no_repeat": ("kr", "Average order above X kr, no repeat purchase"),
    "bought_category": ("category", "Bought from a category"),
    "tier": ("tier", "Tier"),
    "birthday_month": ("month", "Birthday month"),
    "returned_items": ("flag", "Returned something"),
    "consent_email": ("flag", "Consented to e-mail"),
    "consent_sms": ("flag", "Consented to SMS"),
}


class RuleError(Exception):
    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key, self.message = key, message


def parse_rules(form: dict) -> dict:
    """The rules a form (or stored JSON) sets, checked."""
    rules = {}
    for key, (kind, _) in RULES.items():
        raw = form.get(key)
        if raw in (None, "", False):
            continue
        raw = str(raw).strip()
        if kind == "flag":
            rules[key] = True
            continue
        if kind in ("tier", "category"):
            rules[key] = raw
            continue
        try:
            value = float(raw.replace(",", ".")) if kind == "kr" else int(raw)
        except ValueError:
            raise RuleError(key, "Enter a whole number." if kind != "kr" else "Enter a number.") from None
        if value < 0 or (kind == "month" and not 1 <= value <= 12):
            raise RuleError(key, "Enter a month from 1 to 12." if kind == "month" else "Enter a number from 0 up.")
        rules[key] = round(value * 100) if kind == "kr" else value
    return rules


def _where(conn: sa.Connection, rules: dict, program, now: datetime) -> list:
    """Conditions on ``member_summary`` (one row per member, kept at ingest): each rule
    a column test; the definitions over the sales they stand for are in the module's
    docstring and in tests/console/test_segment_counts.py's reference query."""
    s = t.member_summary.c
    out = [s.alive]
    if "bought_within_days" in rules:
        out.append(s.last_bought >= iso(now - timedelta(days=rules["bought_within_days"])))
    if "not_bought_within_days" in rules:
        cutoff = iso(now - timedelta(days=rules["not_bought_within_days"]))
        out.append(sa.or_(s.last_bought.is_(None), s.last_bought < cutoff))
    if rules.get("never_bought"):
        out.append(s.purchases == 0)
    if "purchases_at_least" in rules:
        out.append(s.purchases >= rules["purchases_at_least"])
    if "aov_above_no_repeat" in rules:               # one purchase: its total is the average
        out += [s.purchases == 1, s.spent > rules["aov_above_no_repeat"]]
    if "tier" in rules and program is not None:
        out.append(segment_tier.condition(conn, s.member_id, rules["tier"], program, now))
    if "bought_category" in rules:
        k, p = t.member_skus.c, t.products.c
        out.append(s.member_id.in_(sa.select(k.member_id).join(t.products, p.sku == k.sku)
                                   .where(p.category == rules["bought_category"])))
    if "birthday_month" in rules:
        out.append(s.bmonth == f"{rules['birthday_month']:02d}")
    if rules.get("returned_items"):
        out.append(s.returns > 0)
    for purpose in ("email", "sms"):
        if rules.get(f"consent_{purpose}"):
            out.append(s[purpose])
    return out


def count(db: Database, rules: dict, program=None, now: datetime | None = None) -> int:
    now = now or datetime.now(timezone.utc)
    with db.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.member_summary)
                            .where(*_where(conn, rules, program, now))).scalar()


def members(db: Database, rules: dict, program=None, now: datetime | None = None) -> list[dict]:
    now = now or datetime.now(timezone.utc)
    m, s = t.members.c, t.member_summary.c
    with db.read() as conn:
        return [dict(r) for r in conn.execute(
            sa.select(m.member_id, m.name, m.phone, m.email, m.consents)
            .select_from(t.member_summary.join(t.members, m.member_id == s.member_id))
            .where(*_where(conn, rules, program, now)).order_by(m.member_id)).mappings()]


def save(db: Database, actor: str, name: str, rules: dict, segment_id: str | None = None) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise RuleError("name", "Give the segment a name.")
    s = t.console_segments.c
    with db.write() as conn:
        old = conn.execute(sa.select(s.name, s.rules).where(s.segment_id == segment_id)).first() if segment_id else None
        sid = segment_id if old else _slug(name)
        values = {"name": name, "rules": json.dumps(rules, sort_keys=True), "updated_by": actor, "updated_at": now_iso()}
        if old:
            conn.execute(sa.update(t.console_segments).where(s.segment_id == sid).values(**values))
        else:
            conn.execute(sa.insert(t.console_segments).values(segment_id=sid, **values))
        audit.record(conn, actor, "segment_save", sid,
                     {"name": old.name, "rules": json.loads(old.rules)} if old else None, {"name": name, "rules": rules})
    return sid


def _slug(name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "segment"
    return f"{base}-{uuid.uuid4().hex[:6]}"


def all_segments(db: Database) -> list[dict]:
    s = t.console_segments.c
    with db.read() as conn:
        rows = [dict(r) for r in conn.execute(sa.select(t.console_segments).order_by(s.name)).mappings()]
    for r in rows:
        r["rules"] = json.loads(r["rules"])
    return rows


def get(db: Database, segment_id: str) -> dict:
    for seg in all_segments(db):
        if seg["segment_id"] == segment_id:
            return seg
    raise HQError("no such segment")


def categories(db: Database) -> list[str]:
    """The catalogue's categories, for the "bought from a category" rule."""
    p = t.products.c
    with db.read() as conn:
        return [c for (c,) in conn.execute(sa.select(p.category).where(p.category != "").distinct()
                                           .order_by(p.category))]
