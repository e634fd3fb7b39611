"""The console's audit log: who changed what, when, with the before and after."""

from __future__ import annotations

import json

import sqlalchemy as sa

from .. import schema as t
from ..db import Database, dumps, now_iso


def record(conn: sa.Connection, actor: str, action: str, target: str = "",
           before: object = None, after: object = None) -> None:
    """Written in the caller's transaction: the change and its record commit together."""
    conn.execute(sa.insert(t.console_audit).values(
        at=now_iso(), actor=actor, action=action, target=str(target)[:200],
        before=None if before is None else dumps(before), after=None if after is None else dumps(after)))


def entries(db: Database, limit: int = 200, before_id: int | None = None) -> list[dict]:
    a = t.console_audit.c
    q = sa.select(t.console_audit).order_by(a.id.desc()).limit(limit)
    if before_id is not None:
        q = q.where(a.id < before_id)
    with db.read() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
    for r in rows:
        for k in ("before", "after"):
            r[k] = json.loads(r[k]) if r[k] else None
    return rows
