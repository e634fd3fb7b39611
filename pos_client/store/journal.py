"""The electronic journal and the cashiers, in SQL.

``append`` runs inside the writer's transaction of the thing it records (a
sale, a return, a copy, a drawer opening, a report …): the entry, its
signature and the outbox event that carries it to HQ commit with it or not at
all.  The table refuses UPDATE and DELETE (triggers of migration 3), so no
code path of the app can change the journal.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from pydantic_core import to_json         # the body as the JSON the outbox event carries, in Rust

from ..domain.journal import TRANSACTIONS, Entry
from ..domain.signature import FIRST, Signer, signed_text
from .by_reference import RECEIPT_SQL
from .db import fetch_one
from .packed import pack, unpack
from .rows import iso

COLUMNS = ("entry_no, code, occurred_at, local_date, local_time, cashier_id, cashier, trans_nr,"
           " receipt_no, training, text, body, signature, key_version, amount_in, amount_ex")


def append(conn: sqlite3.Connection, *, signer: Signer, terminal_id: str, register_id: str, code: str,
           when: datetime, local: datetime, cashier: tuple[int, str] | None = None, receipt_no: str = "",
           training: bool = False, text: str = "", body: dict | None = None,
           amounts: tuple[int, int] | None = None, emit=None) -> Entry:
    """One journal entry; a transaction (``amounts`` given: incl. and excl. VAT) is signed,
    chained to the till's previous signature.  ``emit(conn, payload, (entry_no, body JSON))`` puts the
    ``journal_entry`` event in the outbox (the facade checks it with its model first); the payload's
    body is ``{}``, this entry's body standing for it (``by_reference``)."""
    from .writes import append_event
    body = body or {}
    trans_nr = signature = key_version = None
    amount_in, amount_ex = amounts or (0, 0)
    local_date, local_time = local.date().isoformat(), local.time().isoformat("seconds")  # strftime's text
    if amounts is None:
        entry_no = (fetch_one(conn, "SELECT max(entry_no) FROM journal") or 0) + 1
    else:
        assert code in TRANSACTIONS, code
        # The last entry and the chain's head (the last transaction and its signature: trans_nr
        # grows with entry_no, so it is the last entry that has one) in one read, from the end.
        last_entry, last_nr, previous = conn.execute(
            "SELECT (SELECT max(entry_no) FROM journal), t.trans_nr, t.signature FROM (SELECT 1)"
            " LEFT JOIN (SELECT trans_nr, signature FROM journal WHERE trans_nr IS NOT NULL"
            " ORDER BY entry_no DESC LIMIT 1) t").fetchone()
        entry_no = (last_entry or 0) + 1
        trans_nr = (last_nr or 0) + 1
        previous = previous or FIRST
        signature = signer.sign(signed_text(previous, local_date, local_time, trans_nr, amount_in, amount_ex))
        key_version = signer.version
    entry = Entry(entry_no=entry_no, code=code, occurred_at=iso(when), local_date=local_date,
                  local_time=local_time, cashier_id=cashier[0] if cashier else None,
                  cashier=cashier[1] if cashier else "", trans_nr=trans_nr, receipt_no=receipt_no,
                  training=training, text=text, body=body, signature=signature or "",
                  key_version=key_version or "", amount_in=amount_in, amount_ex=amount_ex)
    payload = entry_to_wire(entry, register_id)
    body_json = to_json(body).decode("utf-8")
    # The event's payload leaves the body out ("body":{}) and names this entry for it: the body
    # is serialised and stored once, here, and put back when the outbox is read (by_reference).
    if body:
        payload["body"] = {}
    event = (emit(conn, payload, (entry_no, body_json)) if emit else
             append_event(conn, terminal_id, "journal_entry", payload, when, (entry_no, body_json)))
    conn.execute(
        f"INSERT INTO journal(event_id, {COLUMNS}) VALUES (?{', ?' * 16})",
        (event["event_id"], entry_no, code, entry.occurred_at, local_date, local_time, entry.cashier_id,
         entry.cashier, trans_nr, receipt_no, int(training), text,
         pack(body_json), entry.signature, entry.key_version,
         amount_in, amount_ex))
    return entry


def entry_to_wire(entry: Entry, register_id: str) -> dict:
    """The journal_entry event's payload: the whole entry, so HQ can export it as the till would."""
    return {"register_id": register_id, "entry_no": entry.entry_no, "code": entry.code,
            "occurred_at": entry.occurred_at, "local_date": entry.local_date, "local_time": entry.local_time,
            "cashier_id": entry.cashier_id, "cashier": entry.cashier, "trans_nr": entry.trans_nr,
            "receipt_no": entry.receipt_no, "training": entry.training, "text": entry.text,
            "body": entry.body, "signature": entry.signature, "key_version": entry.key_version,
            "amount_in": entry.amount_in, "amount_ex": entry.amount_ex,
            "coupons_issued": [], "ledger": []}


def _entry(row) -> Entry:
    (entry_no, code, occurred_at, local_date, local_time, cashier_id, cashier, trans_nr, receipt_no,
     training, text, body, signature, key_version, amount_in, amount_ex) = row
    return Entry(entry_no, code, occurred_at, local_date, local_time, cashier_id, cashier, trans_nr,
                 receipt_no, bool(training), text, json.loads(unpack(body)), signature, key_version, amount_in,
                 amount_ex)


def entries(conn: sqlite3.Connection, *, after: int = 0, first_day: str | None = None,
            last_day: str | None = None) -> list[Entry]:
    """Entries after entry ``after``, optionally within local days [first_day, last_day]."""
    sql, args = f"SELECT {COLUMNS} FROM journal WHERE entry_no > ?", [after]
    if first_day:
        sql += " AND local_date >= ?"
        args.append(first_day)
    if last_day:
        sql += " AND local_date <= ?"
        args.append(last_day)
    return [_entry(r) for r in conn.execute(sql + " ORDER BY entry_no", args)]


def transactions(conn: sqlite3.Connection) -> list[Entry]:
    return [_entry(r) for r in conn.execute(
        f"SELECT {COLUMNS} FROM journal WHERE trans_nr IS NOT NULL ORDER BY trans_nr")]


def _by_code(code: str) -> str:
    """The WHERE for entries of ``code``: the (code, receipt) index holds only entries that are
    not transactions (schema 5), so a sale does not write it; those are what is asked about."""
    assert code not in TRANSACTIONS, code
    return "code = ? AND trans_nr IS NULL"


def last_report(conn: sqlite3.Connection, code: str = "ZREP") -> Entry | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM journal WHERE {_by_code(code)} ORDER BY entry_no DESC LIMIT 1",
                       (code,)).fetchone()
    return _entry(row) if row else None


def count(conn: sqlite3.Connection, code: str, receipt_no: str | None = None) -> int:
    if receipt_no is None:
        return fetch_one(conn, f"SELECT count(*) FROM journal WHERE {_by_code(code)}", (code,))
    return fetch_one(conn, f"SELECT count(*) FROM journal WHERE {_by_code(code)} AND receipt_no = ?",
                     (code, receipt_no))


def first_day_after(conn: sqlite3.Connection, entry_no: int) -> str | None:
    """The local day of the first sale or return after ``entry_no`` (a day not yet closed by a Z)."""
    return fetch_one(conn, "SELECT min(local_date) FROM journal WHERE entry_no > ? AND code IN"
                           " ('SALREC', 'RETREC')", (entry_no,))


# -- cashiers --------------------------------------------------------------------

def add_cashier(conn: sqlite3.Connection, name: str, pin_hash: str, when: datetime) -> int:
    cur = conn.execute("INSERT INTO cashiers(name, pin_hash, created_at) VALUES (?,?,?)",
                       (name, pin_hash, iso(when)))
    return cur.lastrowid


def cashiers(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT cashier_id, name, pin_hash, created_at FROM cashiers WHERE active = 1 ORDER BY name")]


def cashier_by_name(conn: sqlite3.Connection, name: str) -> dict | None:
    row = conn.execute("SELECT cashier_id, name, pin_hash, created_at FROM cashiers"
                       " WHERE name = ? AND active = 1", (name.strip(),)).fetchone()
    return dict(row) if row else None


def original_print(conn: sqlite3.Connection, receipt_no: str | None):
    """(receipt_no, receipt_json) of a receipt's first print, or of the last receipt printed."""
    if receipt_no:
        return conn.execute(f"SELECT receipt_no, {RECEIPT_SQL} FROM print_jobs WHERE receipt_no = ?"
                            " AND copy = 0 ORDER BY job_id LIMIT 1", (receipt_no.strip().upper(),)).fetchone()
    return conn.execute(f"SELECT receipt_no, {RECEIPT_SQL} FROM print_jobs WHERE copy = 0"
                        " ORDER BY job_id DESC LIMIT 1").fetchone()


def next_training_no(conn: sqlite3.Connection) -> str:
    """Training receipts have their own number series (never a sales receipt's number)."""
    from .meta import set_meta
    prefix = fetch_one(conn, "SELECT value FROM meta WHERE key = 'receipt_prefix'") or "T"
    n = int(fetch_one(conn, "SELECT value FROM meta WHERE key = 'training_counter'") or 0) + 1
    set_meta(conn, "training_counter", str(n))
    return f"{prefix}-TR{n:06d}"


def price_changes(conn: sqlite3.Connection, products) -> list[dict]:
    """The products whose price a catalogue load changes: [{sku, old, new}] (for PRICECHANGE)."""
    old = {}
    skus = [p.sku for p in products]
    for i in range(0, len(skus), 500):
        part = skus[i:i + 500]
        old.update(conn.execute(f"SELECT sku, price FROM products WHERE sku IN ({','.join('?' * len(part))})",
                                part).fetchall())
    return [{"sku": p.sku, "old": old[p.sku], "new": p.price} for p in products
            if p.sku in old and old[p.sku] != p.price]
