"""Write transactions.  Each function takes the writer's connection and runs
inside the single transaction the ``Writer`` opened, so a sale, its ledger
entries, member sums, coupons, outbox event and print job commit together or
not at all."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from pydantic_core import to_json         # a sale's document as compact JSON, in Rust (json.dumps: 4x)

from ..domain.catalogue import Product
from ..ids import uuid7
from ..domain.errors import coupon_used
from ..domain.member import Coupon
from .by_reference import PLACEHOLDER
from .db import fetch_one
from .packed import pack
from .ledger import Entry, entries_for_event, post_entries
from .rows import coupon_to_row, iso
from .meta import set_meta


def next_receipt_no(conn: sqlite3.Connection) -> str:
    """The next receipt number: "<prefix>-<counter>", both from meta, in one statement."""
    row = conn.execute(
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'receipt_counter'"
        " RETURNING value, (SELECT value FROM meta WHERE key = 'receipt_prefix')").fetchone()
    if row is None:
        prefix, number = fetch_one(conn, "SELECT value FROM meta WHERE key = 'receipt_prefix'"), 1
        set_meta(conn, "receipt_counter", "1")
    else:
        prefix, number = row[1], int(row[0])
    return f"{prefix or 'T'}-{number:06d}"


def append_event(
    conn: sqlite3.Connection, terminal_id: str, kind: str, payload: dict, occurred_at: datetime,
    entry_body: tuple[int, str] | None = None,
) -> dict:
    """Add an event to the outbox with the next gapless ``seq``; returns the envelope.

    ``seq`` is max(seq) + 1, taken in the same transaction, so a rolled-back sale
    leaves no hole in the sequence (outbox rows are never deleted).
    """
    event = append_event_json(conn, terminal_id, kind, json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
                              payload.get("ledger") or [], occurred_at, entry_body)
    event["payload"] = payload
    return event


def append_event_json(conn: sqlite3.Connection, terminal_id: str, kind: str, payload_json: str,
                      ledger: list[dict], occurred_at: datetime,
                      entry_body: tuple[int, str] | None = None) -> dict:
    """``append_event`` for a payload already serialised (its model wrote the JSON);
    ``ledger`` is the payload's ledger list, posted in the same transaction.
    ``entry_body`` (entry_no, body JSON) names the journal entry whose body the
    payload carries: it is stored once, there (``by_reference``), and the payload
    comes with ``"body":{}`` in its place (not serialised twice)."""
    event = {"event_id": uuid7(), "terminal_id": terminal_id, "kind": kind, "occurred_at": iso(occurred_at)}
    entry_no = None
    if entry_body is not None and entry_body[1] != "{}":
        # The payload left the body out: its one "body" key (a journal_entry's payload is flat,
        # and a '"' inside a string is escaped) holds {}, the entry's body put back by with_body.
        if payload_json.count('"body":') != 1 or PLACEHOLDER not in payload_json:
            raise ValueError("a payload named with its journal entry's body must leave it out as"
                             f" {PLACEHOLDER}")
        entry_no = entry_body[0]
    # seq is the row's INTEGER PRIMARY KEY: SQLite gives it max(seq) + 1 (schema 5), so the
    # counter is the row itself, not a meta row rewritten by every event.
    event["seq"] = conn.execute(
        "INSERT INTO outbox(event_id, kind, occurred_at, payload, entry_no) VALUES (?,?,?,?,?)",
        (event["event_id"], kind, event["occurred_at"], payload_json, entry_no),
    ).lastrowid
    if ledger:
        post_entries(conn, entries_for_event(event["event_id"], terminal_id, event["occurred_at"], ledger))
    return event


def insert_coupons(conn: sqlite3.Connection, coupons: list[Coupon], issued_by: str) -> None:
    for coupon in coupons:
        row = coupon_to_row(coupon, issued_by)
        conn.execute(
            f"INSERT OR IGNORE INTO coupons({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )


def redeem_coupon(
    conn: sqlite3.Connection, coupon: Coupon, sale_id: str, now: datetime, issued_by: str
) -> None:
    """Mark a coupon used; one scanned from another terminal's receipt and not
    yet synced here is recorded from its (verified) code."""
    insert_coupons(conn, [coupon], issued_by)
    used = conn.execute(
        "UPDATE coupons SET redeemed_at = ?, redeemed_sale = ? WHERE coupon_id = ?"
        " AND redeemed_at IS NULL", (iso(now), sale_id, coupon.id),
    ).rowcount
    if not used and coupon.single_use:
        raise coupon_used(coupon.name)


def insert_bare_members(conn: sqlite3.Connection, rows) -> int:
    """Members with only (member_id, phone, name, consents JSON, created_at), as fast as
    SQLite takes them (benchmark seeding); phones already known are skipped."""
    return conn.executemany(
        "INSERT OR IGNORE INTO members(member_id, phone, name, consents, created_at) VALUES (?,?,?,?,?)",
        rows).rowcount


def upsert_member(conn: sqlite3.Connection, member: dict) -> bool:
    """Insert a member profile; returns False if the phone is already taken."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO members(member_id, phone, name, email, birthday, consents, created_at,"
        " referred_by) VALUES (:member_id, :phone, :name, :email, :birthday, :consents, :created_at,"
        " :referred_by)",
        {"referred_by": None, **member},
    )
    return bool(cur.rowcount)


def post_history(conn: sqlite3.Connection, rows: list[tuple[str, str, int, datetime]]) -> None:
    """Demo mode's past purchases: (phone, account, delta, when) posted without events."""
    entries = []
    for i, (phone, account, delta, when) in enumerate(rows):
        member_id = fetch_one(conn, "SELECT member_id FROM members WHERE phone = ?", (phone,))
        if member_id:
            entries.append(Entry(f"demo-history:{i}", "demo-history", member_id, account, delta, iso(when), ""))
    post_entries(conn, entries)


def give_coupon(conn: sqlite3.Connection, coupon: Coupon, issued_by: str) -> None:
    """The coupon now belongs to ``coupon.member_id`` under a new code; same id, so
    single use still holds across both members."""
    insert_coupons(conn, [coupon], issued_by)
    moved = conn.execute(
        "UPDATE coupons SET member_id = ?, code = ? WHERE coupon_id = ? AND redeemed_at IS NULL"
        " AND voided_at IS NULL", (coupon.member_id, coupon.code, coupon.id)).rowcount
    if not moved:
        raise coupon_used(coupon.name)


def void_coupons(conn: sqlite3.Connection, coupon_ids: list[str], when: datetime) -> None:
    conn.executemany("UPDATE coupons SET voided_at = coalesce(voided_at, ?) WHERE coupon_id = ?",
                     [(iso(when), cid) for cid in coupon_ids])


def record_consents(
    conn: sqlite3.Connection, member_id: str, consents: dict[str, bool], text_version: str,
    when: datetime, terminal_id: str,
) -> None:
    conn.executemany(
        "INSERT INTO consents(member_id, purpose, granted, text_version, recorded_at, terminal_id)"
        " VALUES (?,?,?,?,?,?)",
        [(member_id, purpose, int(granted), text_version, iso(when), terminal_id)
         for purpose, granted in sorted(consents.items())],
    )


def replace_program(conn: sqlite3.Connection, program_id: str, source: str, when: datetime) -> None:
    conn.execute("DELETE FROM program")
    conn.execute("INSERT INTO program(id, source, loaded_at) VALUES (?,?,?)",
                 (program_id, source, iso(when)))


def upsert_products(conn: sqlite3.Connection, products: list[Product]) -> None:
    conn.executemany(
        "INSERT INTO products(sku, ean, name, price, vat_percent, category) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(sku) DO UPDATE SET ean=excluded.ean, name=excluded.name,"
        " price=excluded.price, vat_percent=excluded.vat_percent, category=excluded.category",
        [(p.sku, p.ean or None, p.name, p.price, p.vat_percent, p.category) for p in products],
    )


def insert_sale(
    conn: sqlite3.Connection, *, sale_id: str, receipt_no: str, kind: str, member_id: str | None,
    when: datetime, total: int, doc: dict, event_id: str, original_sale_id: str | None = None,
) -> None:
    conn.execute(
        "INSERT INTO sales(sale_id, receipt_no, kind, member_id, occurred_at, total, doc,"
        " original_sale_id, event_id) VALUES (?,?,?,?,?,?,?,?,?)",
        (sale_id, receipt_no, kind, member_id, iso(when), total,
         pack(to_json(doc).decode("utf-8")), original_sale_id, event_id),
    )


def enqueue_print(conn: sqlite3.Connection, receipt_no: str, receipt_json: str | None, when: datetime,
                  copy: bool = False, entry_no: int | None = None) -> int:
    """Queue a receipt: its JSON, or (``entry_no``) the journal entry whose body holds it."""
    cur = conn.execute(
        "INSERT INTO print_jobs(receipt_no, receipt_json, copy, state, next_try, created_at, entry_no)"
        " VALUES (?,?,?,'queued',?,?,?)",
        (receipt_no, None if entry_no else receipt_json, int(copy), iso(when), iso(when), entry_no),
    )
    return cur.lastrowid
