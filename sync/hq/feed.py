"""Change feed pages and snapshot pages.

Cursors are opaque to terminals (base64 of a small JSON) and carry this
database's instance id: a cursor from another HQ database, from before a
prune, or from "the future" (HQ restored from a backup) is answered 410 and
the terminal re-snapshots.
"""

from __future__ import annotations

import base64
import binascii
import json

import sqlalchemy as sa

from ..protocol import SNAPSHOT_SECTIONS
from . import schema as t
from .db import Database, now_iso
from .feed_cache import NotCached, cache_for, runs_text


class BadCursor(Exception):
    pass


class CursorGone(Exception):
    pass


def encode(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def decode(cursor: str, instance_id: str) -> dict:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("v") != 1:
            raise ValueError
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise BadCursor("the cursor is not one this HQ issued") from None
    if data.get("i") != instance_id:
        raise CursorGone("the cursor belongs to another HQ database")
    return data


def _int(data: dict, key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadCursor("the cursor is not one this HQ issued")
    return value


def feed_cursor(db: Database, seq: int) -> str:
    return encode({"v": 1, "i": db.instance_id, "s": seq})


def changes_page(db: Database, cursor: str | None, limit: int, terminal_id: str) -> dict:
    """Items after ``cursor`` that this terminal did not cause itself, as JSON
    text (``items_json``: the stored items joined, spliced by ``page_json``)."""
    with db.read() as conn:
        return changes_page_on(db, conn, cursor, limit, terminal_id)


def changes_page_on(db: Database, conn: sa.Connection, cursor: str | None, limit: int, terminal_id: str) -> dict:
    """``changes_page`` in the caller's read transaction (which checked the token on it)."""
    # The feed's top, floor and epoch in one round trip: a pull is otherwise
    # answered from this process's memory (feed_cache).
    s = t.settings.c
    top, floor, epoch = conn.execute(sa.select(
        sa.select(sa.func.coalesce(sa.func.max(t.changes.c.seq), 0)).scalar_subquery(),
        sa.select(s.value).where(s.key == "feed_floor").scalar_subquery(),
        sa.select(s.value).where(s.key == "feed_epoch").scalar_subquery())).one()
    return page_at(db, conn, cursor, limit, terminal_id, top, floor, epoch)


# The token and the feed's head in one statement, for ``cached_page``.
HEAD_FOR_TOKEN = (
    "SELECT terminal_id, (SELECT coalesce(max(seq), 0) FROM changes),"
    " (SELECT value FROM settings WHERE key = 'feed_floor'), (SELECT value FROM settings WHERE key = 'feed_epoch')"
    " FROM terminals WHERE token_hash = %s AND revoked_at IS NULL")


def cached_page(db: Database, token_hash: str, cursor: str | None, limit: int) -> tuple[str | None, dict | None]:
    """A pull in ONE statement and no transaction (PostgreSQL): the token and
    the feed's head, the page from this process's cache.  (terminal id or
    None for an unknown token, the page or None when the cache cannot answer
    it alone: then the caller reads it in a transaction as before.)

    One statement is one snapshot; rows at or below the top it saw are
    committed and never change (they commit in seq order under the feed
    lock) except by an erasure, which the epoch it saw tells."""
    import psycopg
    raw = db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        driver.autocommit = True
        try:
            with driver.cursor() as cur:
                row = cur.execute(HEAD_FOR_TOKEN, (token_hash,)).fetchone()
        finally:
            driver.autocommit = False
    except psycopg.Error as exc:        # said as SQLAlchemy says it (a lost server is a 503)
        raise sa.exc.DBAPIError.instance(HEAD_FOR_TOKEN, (token_hash,), exc, psycopg.Error) from None
    finally:
        raw.close()
    if row is None:
        return None, None
    terminal_id, top, floor, epoch = row
    try:
        return terminal_id, page_at(db, None, cursor, limit, terminal_id, top, floor, epoch)
    except NotCached:
        return terminal_id, None


def page_at(db: Database, conn: sa.Connection | None, cursor: str | None, limit: int, terminal_id: str,
            top: int, floor: str | None, epoch: str | None) -> dict:
    """The page after ``cursor`` given the feed's head as a read saw it
    (``conn`` None: from the cache only, else ``NotCached``)."""
    floor = int(floor or 0)
    top = max(top, floor)          # everything up to the floor may have been pruned
    if cursor:
        after = _int(decode(cursor, db.instance_id), "s")
    else:
        after = 0
        if floor > 0:
            raise CursorGone("the feed has been pruned; take a snapshot")
    if after < floor or after > top:
        raise CursorGone("the cursor is too old; take a snapshot")
    runs, count, last = cache_for(db).page(conn, epoch, after, top, limit, terminal_id)
    has_more = count == limit and last < top
    # Past the terminal's own items too: with a short page we have seen up to ``top``.
    return {
        "cursor": feed_cursor(db, last if has_more else top),
        "has_more": has_more,
        "count": count,
        "runs": runs,
        "server_time": now_iso(),
    }


def page_head(protocol: int, page: dict) -> bytes:
    """A change page's JSON up to the items' opening bracket."""
    # ``count``: the items that follow (a till may show progress; the load
    # test counts a page's items without inflating it).
    head = json.dumps({"protocol": protocol, "cursor": page["cursor"], "has_more": page["has_more"],
                       "count": page["count"], "server_time": page["server_time"],
                       **({"next_pull_s": page["next_pull_s"]} if page.get("next_pull_s") else {})},
                      separators=(",", ":"))
    return head[:-1].encode() + b',"items":['


PAGE_END = b"]}"


def page_json(protocol: int, page: dict) -> bytes:
    """A change page as the wire's JSON: the stored items are spliced in as
    they are (parsing and re-writing them was most of a pull's time at HQ
    with thousands of tills' sales in the feed)."""
    return page_head(protocol, page) + runs_text(page["runs"]) + PAGE_END


# -- snapshot -----------------------------------------------------------------

ORDER = list(SNAPSHOT_SECTIONS)


def _section_query(section: str, after: str | None, limit: int):
    if section == "keys":
        q = sa.select(t.keys.c.key_id, t.keys.c.public_key, t.keys.c.owner).order_by(t.keys.c.key_id)
        key = t.keys.c.key_id
    elif section == "program":
        q = sa.select(t.program.c.program_id, t.program.c.source).order_by(t.program.c.program_id)
        key = t.program.c.program_id
    elif section == "products":
        p = t.products.c
        q = sa.select(p.sku, p.ean, p.name, p.price, p.vat_percent, p.category).order_by(p.sku)
        key = p.sku
    elif section == "members":
        m = t.members.c
        q = (sa.select(m.member_id, m.phone, m.name, m.email, m.birthday, m.consents,
                       m.consent_text_version, m.created_at, m.origin)
             .where(m.erased_at.is_(None)).order_by(m.member_id))
        key = m.member_id
    elif section == "coupons":
        c = t.coupons.c
        # Coupons a full return voided are not sent to a new terminal at all.
        q = (sa.select(c.coupon_id, c.doc, c.issued_by)
             .where(c.coupon_id.not_in(sa.select(t.coupon_voids.c.coupon_id))).order_by(c.coupon_id))
        key = c.coupon_id
    elif section == "referrals":
        r = t.referrals.c
        q = sa.select(r.member_id, r.referrer_id).order_by(r.member_id)
        key = r.member_id
    elif section == "ledger":
        lc = t.ledger.c
        q = sa.select(lc.entry_id, lc.event_id, lc.terminal_id, lc.occurred_at, lc.member_id,
                      lc.account, lc.delta).order_by(lc.entry_id)
        key = lc.entry_id
    else:  # redemptions: keyed by coupon_id|event_id
        r = t.redemptions.c
        q = sa.select(r.coupon_id, r.event_id, r.sale_id, r.terminal_id, r.occurred_at).order_by(
            r.coupon_id, r.event_id)
        if after is not None:
            coupon_id, _, event_id = after.partition("|")
            q = q.where(sa.tuple_(r.coupon_id, r.event_id) > sa.tuple_(sa.literal(coupon_id), sa.literal(event_id)))
        return q.limit(limit)
    if after is not None:
        q = q.where(key > after)
    return q.limit(limit)


def _row_out(section: str, row) -> tuple[str, list]:
    """(page key, wire row) for one database row."""
    if section == "members":
        values = list(row)
        values[5] = json.loads(values[5] or "{}")
        return row[0], values
    if section == "coupons":
        return row[0], [json.loads(row[1]), row[2]]
    if section == "ledger":
        return row[0], list(row)
    if section == "redemptions":
        return f"{row[0]}|{row[1]}", list(row)
    return row[0], list(row)


def _count(conn: sa.Connection) -> int:
    total = 0
    for table in (t.keys, t.program, t.products, t.coupons, t.ledger, t.redemptions):
        total += conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
    total += conn.execute(sa.select(sa.func.count()).select_from(t.members)
                          .where(t.members.c.erased_at.is_(None))).scalar()
    return total


def snapshot_page(db: Database, cursor: str | None, limit: int) -> dict:
    with db.read() as conn:
        if cursor:
            state = decode(cursor, db.instance_id)
            section = state.get("sec")
            if section not in SNAPSHOT_SECTIONS:
                raise BadCursor("the cursor is not one this HQ issued")
            after = state.get("a")
            if after is not None and not isinstance(after, str):
                raise BadCursor("the cursor is not one this HQ issued")
            feed_at, done, total = _int(state, "f"), _int(state, "d"), _int(state, "n")
        else:
            # The feed position is read first: changes made while the snapshot
            # is taken come again through the feed (items apply idempotently).
            feed_at = max(conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.changes.c.seq), 0))).scalar(),
                          int(db.get_setting("feed_floor", conn) or 0))
            section, after, done, total = ORDER[0], None, 0, _count(conn)
        rows = conn.execute(_section_query(section, after, limit)).all()
    out = [_row_out(section, r) for r in rows]
    done += len(out)
    if len(out) == limit:
        nxt = {"sec": section, "a": out[-1][0]}
    elif ORDER.index(section) + 1 < len(ORDER):
        nxt = {"sec": ORDER[ORDER.index(section) + 1], "a": None}
    else:
        nxt = None
    state = {"v": 1, "i": db.instance_id, "f": feed_at, "d": done, "n": max(total, done)}
    return {
        "section": section,
        "columns": list(SNAPSHOT_SECTIONS[section]),
        "rows": [r for _, r in out],
        "next": encode({**state, **nxt}) if nxt else None,
        "feed_cursor": feed_cursor(db, feed_at),
        "done_rows": done,
        "total_rows": max(total, done),
        "server_time": now_iso(),
    }
