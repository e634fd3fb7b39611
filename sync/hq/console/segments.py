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
from . import audit

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


def _where(rules: dict, program, now: datetime) -> list:
    m, f = t.members.c, t.sale_facts.c
    sales = lambda *conds: sa.exists().where(f.member_id == m.member_id, *conds)  # noqa: E731
    bought = ~f.is_return
    out = [m.erased_at.is_(None)]
    if "bought_within_days" in rules:
        out.append(sales(bought, f.occurred_at >= iso(now - timedelta(days=rules["bought_within_days"]))))
    if "not_bought_within_days" in rules:
        out.append(~sales(bought, f.occurred_at >= iso(now - timedelta(days=rules["not_bought_within_days"]))))
    if rules.get("never_bought"):
        out.append(~sales(bought))
    if "purchases_at_least" in rules:
        n = sa.select(sa.func.count()).where(f.member_id == m.member_id, bought).scalar_subquery()
        out.append(n >= rules["purchases_at_least"])
    if "aov_above_no_repeat" in rules:
        one = sa.select(f.member_id).where(bought, f.member_id.is_not(None)).group_by(f.member_id).having(
            sa.and_(sa.func.count() == 1, sa.func.avg(f.total) > rules["aov_above_no_repeat"]))
        out.append(m.member_id.in_(one))
    if "tier" in rules and program is not None:
        tiers = list(program.tiers)
        names = [x.name for x in tiers]
        if rules["tier"] not in names:
            raise RuleError("tier", "Choose a tier.")
        i = names.index(rules["tier"])
        lo, hi = tiers[i].min_spend, tiers[i + 1].min_spend if i + 1 < len(tiers) else None
        l = t.ledger.c
        spend = sa.select(sa.func.coalesce(sa.func.sum(l.delta), 0)).where(
            l.member_id == m.member_id, l.account == "spend",
            l.occurred_at > iso(now - timedelta(days=program.qualification_days))).scalar_subquery()
        out.append(spend >= lo)
        if hi is not None:
            out.append(spend < hi)
    if "bought_category" in rules:
        sl, p = t.sale_lines.c, t.products.c
        out.append(m.member_id.in_(sa.select(sl.member_id).join(t.products, p.sku == sl.sku)
                                   .where(p.category == rules["bought_category"])))
    if "birthday_month" in rules:
        out.append(sa.func.substr(m.birthday, 6, 2) == f"{rules['birthday_month']:02d}")
    if rules.get("returned_items"):
        out.append(sales(f.is_return))
    for purpose in ("email", "sms"):
        if rules.get(f"consent_{purpose}"):
            out.append(m.consents.like(f'%"{purpose}":true%'))
            if purpose == "email":
                out.append(sa.func.coalesce(m.email, "") != "")
    return out


def count(db: Database, rules: dict, program=None, now: datetime | None = None) -> int:
    now = now or datetime.now(timezone.utc)
    with db.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.members)
                            .where(*_where(rules, program, now))).scalar()


def members(db: Database, rules: dict, program=None, now: datetime | None = None) -> list[dict]:
    now = now or datetime.now(timezone.utc)
    m = t.members.c
    with db.read() as conn:
        return [dict(r) for r in conn.execute(
            sa.select(m.member_id, m.name, m.phone, m.email, m.consents)
            .where(*_where(rules, program, now)).order_by(m.member_id)).mappings()]


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
