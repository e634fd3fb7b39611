"""The terminals and conflicts the console lists, revocation and conflict notes (audited)."""

from __future__ import annotations

import io
import json

import qrcode
import qrcode.image.svg
import sqlalchemy as sa

from .. import schema as t
from ..db import Database, HQError, now_iso
from . import audit


def terminals(db: Database) -> list[dict]:
    with db.read() as conn:
        refused = dict(conn.execute(sa.text(
            "SELECT terminal_id, COUNT(*) FROM events WHERE status = 'rejected' GROUP BY terminal_id")).all())
        rows = conn.execute(sa.select(t.terminals, t.terminal_status.c.app_version, t.terminal_status.c.waiting)
                            .select_from(t.terminals.outerjoin(
                                t.terminal_status, t.terminal_status.c.terminal_id == t.terminals.c.terminal_id))
                            .order_by(t.terminals.c.revoked_at.is_not(None), t.terminals.c.name)).mappings().all()
    return [{**dict(r), "refused": refused.get(r["terminal_id"], 0)} for r in rows]


def revoke(db: Database, actor: str, terminal_id: str) -> str:
    tc = t.terminals.c
    with db.write() as conn:
        row = conn.execute(sa.select(tc.name, tc.revoked_at).where(tc.terminal_id == terminal_id)).first()
        if row is None or row.revoked_at:
            raise HQError("no paired terminal with that id")
        stamp = now_iso()
        conn.execute(sa.update(t.terminals).where(tc.terminal_id == terminal_id)
                     .values(revoked_at=stamp, token_hash=None))
        audit.record(conn, actor, "terminal_revoke", terminal_id, {"name": row.name, "revoked": False},
                     {"name": row.name, "revoked": True})
    return row.name


def qr_svg(text: str) -> str:
    img = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    out = io.BytesIO()
    img.save(out)
    svg = out.getvalue().decode()
    return svg[svg.index("<svg"):]


def conflicts(db: Database, open_only: bool = True, limit: int = 200) -> list[dict]:
    c, n = t.conflicts.c, t.console_conflict_notes.c
    q = (sa.select(t.conflicts, n.resolved_at, n.resolved_by, n.note)
         .select_from(t.conflicts.outerjoin(t.console_conflict_notes, n.conflict_id == c.id))
         .order_by(c.id.desc()).limit(limit))
    if open_only:
        q = q.where(n.conflict_id.is_(None))
    with db.read() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
        ids = {eid for r in rows for eid in json.loads(r["event_ids"])}
        e = t.events.c
        events = {r.event_id: dict(r._mapping) for r in conn.execute(
            sa.select(e.event_id, e.kind, e.terminal_id, e.seq, e.occurred_at, e.status, e.reason,
                      t.terminals.c.name.label("terminal"))
            .select_from(t.events.outerjoin(t.terminals, t.terminals.c.terminal_id == e.terminal_id))
            .where(e.event_id.in_(sorted(ids))))} if ids else {}
    for r in rows:
        r["events"] = [events.get(eid, {"event_id": eid}) for eid in json.loads(r["event_ids"])]
    return rows


def resolve(db: Database, actor: str, conflict_id: int, note: str) -> None:
    note = note.strip()
    if not note:
        raise HQError("a note is required")
    with db.write() as conn:
        row = conn.execute(sa.select(t.conflicts.c.kind, t.conflicts.c.detail)
                           .where(t.conflicts.c.id == conflict_id)).first()
        if row is None:
            raise HQError("no such conflict")
        done = conn.execute(sa.select(t.console_conflict_notes.c.conflict_id)
                            .where(t.console_conflict_notes.c.conflict_id == conflict_id)).first()
        if done:
            raise HQError("already resolved")
        conn.execute(sa.insert(t.console_conflict_notes).values(
            conflict_id=conflict_id, resolved_at=now_iso(), resolved_by=actor, note=note[:2000]))
        audit.record(conn, actor, "conflict_resolve", str(conflict_id),
                     {"kind": row.kind, "detail": row.detail, "resolved": False},
                     {"resolved": True, "note": note[:2000]})
