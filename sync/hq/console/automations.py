"""Automations: the welcome, birthday, anniversary and keep-your-tier messages,
each on or off with its channel, subject and text (audited)."""

from __future__ import annotations

import sqlalchemy as sa

from .. import schema as t
from ..db import Database, now_iso
from . import audit

KINDS = {
    "welcome": ("Welcome", "Sent the day a member enrols."),
    "birthday": ("Birthday", "Sent in the member's birthday week."),
    "anniversary": ("Anniversary", "Sent a year after enrolment, and every year after."),
    "keep_tier": ("Keep your tier", "Sent 30 days before a member's spend falls below their tier."),
}
DEFAULT_TEXT = "Hei {name}!"


def all_automations(db: Database) -> list[dict]:
    a = t.console_automations.c
    with db.read() as conn:
        stored = {r["kind"]: dict(r) for r in conn.execute(sa.select(t.console_automations)).mappings()}
    return [stored.get(kind, {"kind": kind, "enabled": False, "channel": "email", "subject": "", "text": DEFAULT_TEXT,
                              "updated_by": "", "updated_at": ""}) for kind in KINDS]


def save(db: Database, actor: str, kind: str, enabled: bool, channel: str, subject: str, text: str) -> None:
    a = t.console_automations.c
    values = {"enabled": enabled, "channel": channel, "subject": subject[:200], "text": text[:2000],
              "updated_by": actor, "updated_at": now_iso()}
    with db.write() as conn:
        old = conn.execute(sa.select(t.console_automations).where(a.kind == kind)).mappings().first()
        if old:
            conn.execute(sa.update(t.console_automations).where(a.kind == kind).values(**values))
        else:
            conn.execute(sa.insert(t.console_automations).values(kind=kind, **values))
        pick = lambda r: {k: r[k] for k in ("enabled", "channel", "subject", "text")}  # noqa: E731
        audit.record(conn, actor, "automation_save", kind, pick(old) if old else None, pick(values))
