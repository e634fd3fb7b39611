"""Applying what HQ sends (change-feed items, snapshot pages) to the local cache.

Every function runs inside a writer transaction (``store.write(fn)``), together
with the meta update that records how far we got, so a crash mid-page replays
the page and nothing else.  Everything here is idempotent: ledger entries by
entry id (``ledger.post_entries``), rows by primary key.  The outbox is never
touched: events this terminal has not delivered yet stay exactly as they are.
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from datetime import datetime, timezone

from ..domain.catalogue import Product
from .ledger import Entry, entries_for_event, erase_member, post_entries, rebuild_sums
from .rows import iso
from .meta import set_meta
from .writes import replace_program, upsert_products

log = logging.getLogger(__name__)

MEMBER_SQL = (
    "INSERT OR IGNORE INTO members(member_id, phone, name, email, birthday, consents, created_at)"
    " VALUES (?,?,?,?,?,?,?)"
)
CONSENT_SQL = (
    "INSERT INTO consents(member_id, purpose, granted, text_version, recorded_at, terminal_id)"
    " VALUES (?,?,?,?,?,?)"
)
COUPON_COLUMNS = ("coupon_id", "member_id", "def_id", "name", "kind", "percent", "amount", "free_sku",
                  "min_spend", "valid_until", "single_use", "code", "issued_at", "issued_by", "points_cost",
                  "transferable")
COUPON_SQL = (f"INSERT OR IGNORE INTO coupons({', '.join(COUPON_COLUMNS)})"
              f" VALUES ({', '.join('?' * len(COUPON_COLUMNS))})")


def _now() -> datetime:
    return datetime.now(timezone.utc)


# -- change-feed items -----------------------------------------------------------

def apply_items(conn: sqlite3.Connection, items: list[dict]) -> int:
    """Apply one page of feed items (dicts of ``sync.protocol`` ChangeItem)."""
    for item in items:
        APPLY[item["type"]](conn, item)
    return len(items)


def apply_feed_page(conn: sqlite3.Connection, items: list[dict], cursor: str) -> int:
    """One change-feed page and the cursor after it, in the same transaction."""
    apply_items(conn, items)
    set_meta(conn, "feed_cursor", cursor)
    return len(items)


def _program(conn, item) -> None:
    replace_program(conn, item["program_id"], item["source"], _now())


def _product(conn, item) -> None:
    if item.get("ean"):
        # An EAN moved to another SKU: the unique index must not stop the update.
        conn.execute("UPDATE products SET ean = NULL WHERE ean = ? AND sku <> ?", (item["ean"], item["sku"]))
    upsert_products(conn, [Product(item["sku"], item.get("ean"), item["name"], int(item["price"]),
                                   float(item.get("vat_percent") or 0), item.get("category") or "")])


def _member(conn, item) -> None:
    _insert_members(conn, [(item["member_id"], item["phone"], item.get("name") or "", item.get("email") or "",
                            item.get("birthday"), item.get("consents") or {}, item.get("consent_text_version") or "",
                            item.get("created_at") or iso(_now()), item.get("origin") or "")])
    if item.get("referred_by"):
        conn.execute("UPDATE members SET referred_by = coalesce(referred_by, ?) WHERE member_id = ?",
                     (item["referred_by"], item["member_id"]))


def _insert_members(conn, rows: list[tuple]) -> int:
    """rows: (member_id, phone, name, email, birthday, consents dict, text_version, created_at, origin)."""
    new, consents = [], []
    for mid, phone, name, email, birthday, granted, version, created, origin in rows:
        cur = conn.execute(MEMBER_SQL, (mid, phone, name, email, birthday,
                                        json.dumps(granted, sort_keys=True), created))
        if cur.rowcount:
            new.append(mid)
            consents += [(mid, p, int(bool(g)), version, created, origin) for p, g in sorted(granted.items())]
        elif conn.execute("SELECT 1 FROM members WHERE member_id = ?", (mid,)).fetchone() is None:
            # Same phone under another id (enrolled twice while offline): HQ
            # flags it; this cache keeps the first so phone lookup stays unique.
            log.warning("member %s not cached: phone %s already belongs to another member", mid, phone)
    if consents:
        conn.executemany(CONSENT_SQL, consents)
    _rebuild_if_entries(conn, new)
    return len(new)


def _rebuild_if_entries(conn, member_ids: list[str]) -> None:
    """Ledger entries can arrive before their member (other terminal's sale first)."""
    for i in range(0, len(member_ids), 500):
        chunk = member_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for (mid,) in conn.execute(f"SELECT DISTINCT member_id FROM ledger WHERE member_id IN ({marks})", chunk):
            rebuild_sums(conn, mid)


def _ledger(conn, item) -> None:
    post_entries(conn, entries_for_event(item["event_id"], item["terminal_id"], item["occurred_at"],
                                         item["entries"]))


def _coupon_row(doc: dict, issued_by: str) -> tuple:
    return (doc["id"], doc.get("member_id"), doc.get("def_id"), doc.get("name") or "", doc.get("kind"),
            doc.get("percent"), doc.get("amount"), doc.get("free_sku"), doc.get("min_spend") or 0,
            doc.get("valid_until"), int(doc.get("single_use", True)), doc.get("code") or "",
            doc.get("issued_at") or iso(_now()), issued_by, doc.get("points_cost") or 0,
            int(bool(doc.get("transferable"))))


def _coupon(conn, item) -> None:
    doc = item["coupon"]
    conn.execute(COUPON_SQL, _coupon_row(doc, item.get("issued_by") or ""))
    if doc.get("given_from"):
        # Given to another member (DESIGN.md §9): same coupon, new owner and code.
        conn.execute("UPDATE coupons SET member_id = ?, code = ? WHERE coupon_id = ?",
                     (doc.get("member_id"), doc.get("code") or "", doc["id"]))


def _redeemed(conn, item) -> None:
    # A coupon not cached yet is ignored: HQ repeats the redemption after the coupon.
    conn.execute("UPDATE coupons SET redeemed_at = coalesce(redeemed_at, ?),"
                 " redeemed_sale = coalesce(redeemed_sale, ?) WHERE coupon_id = ?",
                 (item["occurred_at"], item.get("sale_id") or None, item["coupon_id"]))


def _key(conn, item) -> None:
    conn.execute("INSERT OR REPLACE INTO keys(key_id, public_key, owner, added_at) VALUES (?,?,?,?)",
                 (item["key_id"], base64.b64decode(item["public_key"]), item.get("owner") or "", iso(_now())))


def _tombstone(conn, item) -> None:
    entity, ident = item["entity"], item["id"]
    if entity == "member":
        erase_member(conn, ident)
    elif entity == "product":
        conn.execute("DELETE FROM products WHERE sku = ?", (ident,))
    elif entity == "key":
        conn.execute("DELETE FROM keys WHERE key_id = ?", (ident,))
    elif entity == "coupon":
        conn.execute("DELETE FROM coupons WHERE coupon_id = ?", (ident,))


APPLY = {"program": _program, "product": _product, "member": _member, "ledger": _ledger,
         "coupon": _coupon, "coupon_redeemed": _redeemed, "key": _key, "tombstone": _tombstone}


# -- snapshot ----------------------------------------------------------------------
# A first bootstrap fills an empty cache.  A re-snapshot (after 410) upserts
# over the existing cache and then sweeps members and products HQ no longer
# has (their tombstones were pruned from the feed), remembering what it saw in
# TEMP tables on the writer's connection.

def begin_snapshot(conn: sqlite3.Connection, sweep: bool) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS snap_members(member_id TEXT PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS snap_products(sku TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.snap_members")
    conn.execute("DELETE FROM temp.snap_products")
    set_meta(conn, "snapshot_sweep", "1" if sweep else "0")
    set_meta(conn, "snapshot_next", None)


def apply_snapshot_page(conn: sqlite3.Connection, section: str, columns: list[str], rows: list[list],
                        next_cursor: str | None, sweep: bool) -> None:
    records = [dict(zip(columns, r)) for r in rows] if section not in ("members", "ledger") else None
    if section == "keys":
        for r in records:
            _key(conn, r)
    elif section == "program":
        for r in records:
            _program(conn, r)
    elif section == "products":
        for r in records:
            _product(conn, r)
        if sweep:
            conn.executemany("INSERT OR IGNORE INTO temp.snap_products(sku) VALUES (?)",
                             [(r["sku"],) for r in records])
    elif section == "members":
        ix = {c: i for i, c in enumerate(columns)}
        order = [ix[c] for c in ("member_id", "phone", "name", "email", "birthday", "consents",
                                 "consent_text_version", "created_at", "origin")]
        _insert_members(conn, [tuple(r[i] for i in order) for r in rows])
        if sweep:
            conn.executemany("INSERT OR IGNORE INTO temp.snap_members(member_id) VALUES (?)",
                             [(r[order[0]],) for r in rows])
    elif section == "coupons":
        conn.executemany(COUPON_SQL, [_coupon_row(r["coupon"], r.get("issued_by") or "") for r in records])
    elif section == "ledger":
        ix = {c: i for i, c in enumerate(columns)}
        post_entries(conn, [
            Entry(r[ix["entry_id"]], r[ix["event_id"]], r[ix["member_id"]], r[ix["account"]],
                  int(r[ix["delta"]]), r[ix["occurred_at"]], r[ix["terminal_id"]]) for r in rows])
    elif section == "redemptions":
        for r in records:
            _redeemed(conn, r)
    elif section == "referrals":
        conn.executemany("UPDATE members SET referred_by = coalesce(referred_by, ?) WHERE member_id = ?",
                         [(r["referrer_id"], r["member_id"]) for r in records])
    set_meta(conn, "snapshot_next", next_cursor)


def finish_snapshot(conn: sqlite3.Connection, feed_cursor: str, sweep: bool) -> dict:
    swept = {"members": 0, "products": 0}
    if sweep:
        keep = {mid for (mid,) in conn.execute(
            "SELECT json_extract(payload, '$.member_id') FROM outbox"
            " WHERE kind = 'member_enrolled' AND state != 'sent'")}
        gone = [mid for (mid,) in conn.execute(
            "SELECT member_id FROM members WHERE member_id NOT IN (SELECT member_id FROM temp.snap_members)")
            if mid not in keep]
        for mid in gone:
            erase_member(conn, mid)
        swept["members"] = len(gone)
        swept["products"] = conn.execute(
            "DELETE FROM products WHERE sku NOT IN (SELECT sku FROM temp.snap_products)").rowcount
        conn.execute("DELETE FROM temp.snap_members")
        conn.execute("DELETE FROM temp.snap_products")
    set_meta(conn, "feed_cursor", feed_cursor)
    set_meta(conn, "snapshot_next", None)
    set_meta(conn, "snapshot_sweep", None)
    return swept
