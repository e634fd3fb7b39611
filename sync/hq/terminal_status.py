"""What a terminal says about itself on each pull (headers): app version,
events still waiting in its outbox, its clock offset from HQ; and the shop it
sells for, from its journal entries (``shop_from_batch``, ``backfill_shops``).

Written at most once a minute per terminal and process unless it changed,
so a till that pulls every few seconds adds almost no writes.
"""

from __future__ import annotations

import json
import threading
import time

import sqlalchemy as sa

from . import schema as t
from .db import Database, now_iso

HEADERS = ("x-till-version", "x-till-waiting", "x-till-clock-offset")
EVERY_S = 60.0

_last: dict[str, tuple[tuple, float]] = {}
_lock = threading.Lock()


def _parse(headers) -> tuple[str, int | None, float | None] | None:
    version = (headers.get("x-till-version") or "")[:64]
    if not version:
        return None
    try:
        waiting = int(headers.get("x-till-waiting") or "")
    except ValueError:
        waiting = None
    try:
        offset = float(headers.get("x-till-clock-offset") or "")
    except ValueError:
        offset = None
    if offset is not None and not -1e7 < offset < 1e7:
        offset = None
    return version, waiting, offset


def report(db: Database, terminal_id: str, headers) -> None:
    values = _parse(headers)
    if values is None:
        return
    now = time.monotonic()
    with _lock:
        seen = _last.get(terminal_id)
        if seen and seen[0] == values and now - seen[1] < EVERY_S:
            return
        _last[terminal_id] = (values, now)
    version, waiting, offset = values
    stamp = now_iso()
    # parallel: no feed lock.  Ingest holds the till's row and takes the feed lock
    # last; taking the feed lock first here and the till's row second deadlocked
    # a till's pull against its own push on PostgreSQL.
    with db.write(parallel=True) as conn:
        s = t.terminal_status.c
        if conn.execute(sa.update(t.terminal_status).where(s.terminal_id == terminal_id).values(
                app_version=version, waiting=waiting, reported_at=stamp)).rowcount == 0:
            conn.execute(sa.insert(t.terminal_status).values(terminal_id=terminal_id, app_version=version,
                                                             waiting=waiting, reported_at=stamp))
        if offset is not None:
            conn.execute(sa.update(t.terminals).where(t.terminals.c.terminal_id == terminal_id)
                         .values(clock_offset_s=offset))


def _shop_of(payload_text: str) -> dict | None:
    if '"shop"' not in payload_text:
        return None
    shop = (json.loads(payload_text).get("body") or {}).get("shop")
    if isinstance(shop, dict) and isinstance(shop.get("legal_name"), str) and shop["legal_name"]:
        return {"legal_name": shop["legal_name"][:200], "address": str(shop.get("address") or "")[:300],
                "org_number": str(shop.get("org_number") or "")[:32]}
    return None


def shop_from_batch(conn: sa.Connection, terminal_id: str, events: list[dict]) -> None:
    """Ingest (the batch's transaction): the latest shop identity among its journal entries."""
    for e in reversed(events):
        if e["kind"] == "journal_entry" and e["status"] == "accepted":
            shop = _shop_of(e["payload"])
            if shop is not None:
                _store_shop(conn, terminal_id, shop, e["occurred_at"])
                return


def _store_shop(conn: sa.Connection, terminal_id: str, shop: dict, when: str) -> None:
    s = t.terminal_shops.c
    if conn.execute(sa.update(t.terminal_shops).where(s.terminal_id == terminal_id)
                    .values(**shop, seen_at=when)).rowcount == 0:
        conn.execute(sa.insert(t.terminal_shops).values(terminal_id=terminal_id, **shop, seen_at=when))


def backfill_shops(conn: sa.Connection) -> None:
    """Each till's shop from its latest journal entries (databases from before the table)."""
    e = t.events.c
    for (terminal_id,) in conn.execute(sa.select(t.terminals.c.terminal_id)).all():
        for payload, when in conn.execute(
                sa.select(e.payload, e.occurred_at).where(e.terminal_id == terminal_id, e.kind == "journal_entry",
                                                          e.status == "accepted").order_by(e.seq.desc()).limit(50)):
            shop = _shop_of(payload)
            if shop is not None:
                _store_shop(conn, terminal_id, shop, when)
                break
