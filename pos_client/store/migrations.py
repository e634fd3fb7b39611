"""Numbered schema migrations on ``PRAGMA user_version``.

Before any migration runs the database file is copied next to itself
(``till.db.v<old>.bak``), so an upgrade that goes wrong never costs a shop
its unsynced sales.  A database written by a newer version is refused rather
than damaged.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..domain.errors import DatabaseTooNew

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)


def _v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["program"].create(
        {"id": str, "source": str, "loaded_at": str}, pk="id"
    )
    db["products"].create(
        {"sku": str, "ean": str, "name": str, "price": int, "vat_percent": float,
         "category": str},
        pk="sku", not_null={"name", "price"},
    )
    db["products"].create_index(["ean"], unique=True)
    db["members"].create(
        {
            "member_id": str, "phone": str, "name": str, "email": str,
            "birthday": str, "consents": str, "created_at": str,
            # Materialised sums of the ledger, kept in the same transaction as
            # the entries so a lookup is one indexed row read.
            "points": int, "spend": int, "cheques": int, "stamps": str,
            # Oldest dated entry per account: while it is still inside the
            # expiry / tier window no ledger scan is needed.
            "oldest_points_at": str, "oldest_spend_at": str,
        },
        pk="member_id", not_null={"phone"},
        defaults={"points": 0, "spend": 0, "cheques": 0, "stamps": "{}",
                  "consents": "{}", "name": "", "email": ""},
    )
    db["members"].create_index(["phone"], unique=True)
    db.execute("CREATE INDEX idx_members_name ON members(name COLLATE NOCASE)")
    db["consents"].create(
        {"member_id": str, "purpose": str, "granted": int, "text_version": str,
         "recorded_at": str, "terminal_id": str},
    )
    db["consents"].create_index(["member_id"])
    db["ledger"].create(
        {"entry_id": str, "event_id": str, "member_id": str, "account": str,
         "delta": int, "occurred_at": str, "terminal_id": str},
        pk="entry_id", not_null={"member_id", "account", "delta", "occurred_at"},
    )
    db["ledger"].create_index(["member_id", "account", "occurred_at"])
    db["coupons"].create(
        {"coupon_id": str, "member_id": str, "def_id": str, "name": str,
         "kind": str, "percent": float, "amount": int, "free_sku": str,
         "min_spend": int, "valid_until": str, "single_use": int, "code": str,
         "issued_at": str, "issued_by": str, "redeemed_at": str,
         "redeemed_sale": str},
        pk="coupon_id",
    )
    db["coupons"].create_index(["member_id"])
    db["sales"].create(
        {"sale_id": str, "receipt_no": str, "kind": str, "member_id": str,
         "occurred_at": str, "total": int, "doc": str, "original_sale_id": str,
         "event_id": str},
        pk="sale_id",
    )
    db["sales"].create_index(["receipt_no"], unique=True)
    # Partial: only returns carry it, so a sale does not touch this index.
    db.execute("CREATE INDEX idx_sales_original ON sales(original_sale_id)"
               " WHERE original_sale_id IS NOT NULL")
    db["outbox"].create(
        {"seq": int, "event_id": str, "kind": str, "occurred_at": str,
         "payload": str, "state": str, "attempts": int, "last_error": str,
         "sent_at": str},
        pk="seq", defaults={"state": "pending", "attempts": 0},
    )
    db["outbox"].create_index(["event_id"], unique=True)
    db.execute("CREATE INDEX idx_outbox_waiting ON outbox(state, seq) WHERE state = 'pending'")
    db["print_jobs"].create(
        {"job_id": int, "receipt_no": str, "receipt_json": str, "copy": int,
         "state": str, "attempts": int, "last_error": str, "next_try": str,
         "created_at": str, "printed_at": str},
        pk="job_id", defaults={"state": "queued", "attempts": 0, "copy": 0},
    )
    db["print_jobs"].create_index(["state", "job_id"])
    db["keys"].create(
        {"key_id": str, "public_key": bytes, "owner": str, "added_at": str},
        pk="key_id",
    )


def _v2(db: sqlite_utils.Database) -> None:
    """Dead letters get a small index of their own (the status bar counts them after every
    sync), and a manager PIN stored as typed becomes a salted hash."""
    from ..pins import hash_pin
    db.execute("CREATE INDEX idx_outbox_dead ON outbox(seq) WHERE state = 'dead'")
    row = db.execute("SELECT value FROM meta WHERE key = 'manager_pin'").fetchone()
    if row and row[0] and not row[0].startswith("pbkdf2"):
        db.execute("UPDATE meta SET value = ? WHERE key = 'manager_pin'", [hash_pin(row[0])])


def _v3(db: sqlite_utils.Database) -> None:
    """Reward mechanics (DESIGN.md §9): who referred a member; a reward coupon's point
    cost and whether it may be given away; coupons a full return voided."""
    db.execute("ALTER TABLE members ADD COLUMN referred_by TEXT")
    db.execute("ALTER TABLE coupons ADD COLUMN points_cost INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE coupons ADD COLUMN transferable INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE coupons ADD COLUMN voided_at TEXT")


def _journal_append_only(db: sqlite_utils.Database) -> None:
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER journal_no_{action.lower()} BEFORE {action} ON journal BEGIN"
            f" SELECT RAISE(ABORT, 'the electronic journal is append-only: {action} refused'); END")


def _v4(db: sqlite_utils.Database) -> None:
    """Norway's cash register rules: cashiers, the append-only electronic journal
    (the database itself refuses UPDATE and DELETE on it) and the journal's RSA key."""
    from ..domain.signature import generate_key
    db.execute(
        "CREATE TABLE cashiers (cashier_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " pin_hash TEXT NOT NULL, created_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)")
    # entry_no is the rowid: with no deletes and rolled-back inserts leaving no trace, gapless.
    db.execute(
        "CREATE TABLE journal (entry_no INTEGER PRIMARY KEY, event_id TEXT NOT NULL, code TEXT NOT NULL,"
        " occurred_at TEXT NOT NULL, local_date TEXT NOT NULL, local_time TEXT NOT NULL,"
        " cashier_id INTEGER, cashier TEXT NOT NULL DEFAULT '', trans_nr INTEGER UNIQUE,"
        " receipt_no TEXT NOT NULL DEFAULT '', training INTEGER NOT NULL DEFAULT 0,"
        " text TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '{}',"
        " amount_in INTEGER NOT NULL DEFAULT 0, amount_ex INTEGER NOT NULL DEFAULT 0,"
        " signature TEXT NOT NULL DEFAULT '', key_version TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE INDEX idx_journal_code ON journal(code, receipt_no)")
    db.execute("CREATE INDEX idx_journal_date ON journal(local_date)")
    _journal_append_only(db)
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('journal_key', ?)",
               [generate_key().decode("ascii")])
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('journal_key_version', '1')")


def _v5(db: sqlite_utils.Database) -> None:
    """Fewer b-trees a sale writes (each one touched is a page in the commit):

    - the ledger becomes one b-tree keyed (member, account, entry id), WITHOUT ROWID,
      instead of a rowid table plus its entry-id key plus the (member, account, time)
      index: the member's reads are a range of that key, and an entry arriving again
      (same id, member and account) is still ignored;
    - the journal's (code, receipt) index holds only the entries that are not
      transactions (copies, reports, drawer openings …, which is what it is asked
      about), so a sale does not touch it;
    - the journal's local-date index goes: only an export for a period read it, and a
      scan of the journal does that;
    - the outbox's seq is its row's INTEGER PRIMARY KEY (max + 1), not a counter in meta.
    """
    db.execute(
        "CREATE TABLE ledger_v5 (member_id TEXT NOT NULL, account TEXT NOT NULL, entry_id TEXT NOT NULL,"
        " event_id TEXT, delta INTEGER NOT NULL, occurred_at TEXT NOT NULL, terminal_id TEXT,"
        " PRIMARY KEY (member_id, account, entry_id)) WITHOUT ROWID")
    db.execute("INSERT INTO ledger_v5(member_id, account, entry_id, event_id, delta, occurred_at, terminal_id)"
               " SELECT member_id, account, entry_id, event_id, delta, occurred_at, terminal_id FROM ledger")
    db.execute("DROP TABLE ledger")
    db.execute("ALTER TABLE ledger_v5 RENAME TO ledger")
    db.execute("DROP INDEX idx_journal_code")
    db.execute("CREATE INDEX idx_journal_code ON journal(code, receipt_no) WHERE trans_nr IS NULL")
    db.execute("DROP INDEX idx_journal_date")
    db.execute("DELETE FROM meta WHERE key = 'outbox_seq'")


def _v6(db: sqlite_utils.Database) -> None:
    """A sale's receipt stored once (in its signed journal entry), not three times:

    - a print job may name the journal entry whose body holds its receipt (``entry_no``)
      instead of a copy of it (``receipt_json`` NULL);
    - a ``journal_entry`` event may name its journal entry too: its payload is stored with
      ``"body":{}`` and the entry's body is put back when the outbox is read (the JSON HQ
      receives is the same, byte for byte);
    - the outbox's event-id index goes: nothing looks an event up by its id (ids are fresh
      UUIDv7s), and it was a page in every sale's commit;
    - the ledger is keyed (member, entry id) instead of (member, account, entry id): a
      sale's entries (points, spend, stamps) sit side by side, in one leaf, instead of one
      leaf per account; every read of it is a member's range, as before;
    - the sales table and the journal lose a unique index each that nothing reads: a sale's
      id (a fresh UUIDv7; returns find their sale by receipt number) and the journal's
      ``trans_nr`` (given as the last + 1 by the single writer; the chain's head is read
      from the end of the journal, and the export's chain check still sees any gap or
      double).  Both tables are copied row for row (the journal with its append-only
      triggers, entry numbers and signatures as they were).

    Rows written before keep their own copies (``entry_no`` NULL).  From schema 6 on, a
    long journal body or sale document may be stored deflated (``packed``: a BLOB, read
    through ``unpack``); no rows are rewritten for that.
    """
    db.execute("ALTER TABLE print_jobs ADD COLUMN entry_no INTEGER")
    db.execute("ALTER TABLE outbox ADD COLUMN entry_no INTEGER")
    db.execute("DROP INDEX IF EXISTS idx_outbox_event_id")
    db.execute(
        "CREATE TABLE ledger_v6 (member_id TEXT NOT NULL, account TEXT NOT NULL, entry_id TEXT NOT NULL,"
        " event_id TEXT, delta INTEGER NOT NULL, occurred_at TEXT NOT NULL, terminal_id TEXT,"
        " PRIMARY KEY (member_id, entry_id)) WITHOUT ROWID")
    db.execute("INSERT INTO ledger_v6(member_id, account, entry_id, event_id, delta, occurred_at, terminal_id)"
               " SELECT member_id, account, entry_id, event_id, delta, occurred_at, terminal_id FROM ledger")
    db.execute("DROP TABLE ledger")
    db.execute("ALTER TABLE ledger_v6 RENAME TO ledger")
    sales = "sale_id, receipt_no, kind, member_id, occurred_at, total, doc, original_sale_id, event_id"
    db.execute("CREATE TABLE sales_v6 (sale_id TEXT NOT NULL, receipt_no TEXT, kind TEXT, member_id TEXT,"
               " occurred_at TEXT, total INTEGER, doc TEXT, original_sale_id TEXT, event_id TEXT)")
    db.execute(f"INSERT INTO sales_v6({sales}) SELECT {sales} FROM sales ORDER BY rowid")
    db.execute("DROP TABLE sales")
    db.execute("ALTER TABLE sales_v6 RENAME TO sales")
    db.execute("CREATE UNIQUE INDEX idx_sales_receipt_no ON sales(receipt_no)")
    db.execute("CREATE INDEX idx_sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL")
    journal = ("entry_no, event_id, code, occurred_at, local_date, local_time, cashier_id, cashier, trans_nr,"
               " receipt_no, training, text, body, amount_in, amount_ex, signature, key_version")
    db.execute(
        "CREATE TABLE journal_v6 (entry_no INTEGER PRIMARY KEY, event_id TEXT NOT NULL, code TEXT NOT NULL,"
        " occurred_at TEXT NOT NULL, local_date TEXT NOT NULL, local_time TEXT NOT NULL,"
        " cashier_id INTEGER, cashier TEXT NOT NULL DEFAULT '', trans_nr INTEGER,"
        " receipt_no TEXT NOT NULL DEFAULT '', training INTEGER NOT NULL DEFAULT 0,"
        " text TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '{}',"
        " amount_in INTEGER NOT NULL DEFAULT 0, amount_ex INTEGER NOT NULL DEFAULT 0,"
        " signature TEXT NOT NULL DEFAULT '', key_version TEXT NOT NULL DEFAULT '')")
    db.execute(f"INSERT INTO journal_v6({journal}) SELECT {journal} FROM journal ORDER BY entry_no")
    db.execute("DROP TABLE journal")                      # its triggers and indexes go with it
    db.execute("ALTER TABLE journal_v6 RENAME TO journal")
    db.execute("CREATE INDEX idx_journal_code ON journal(code, receipt_no) WHERE trans_nr IS NULL")
    _journal_append_only(db)


def _v7(db: sqlite_utils.Database) -> None:
    """Two pages fewer in a sale's commit: the outbox's pending events and the print
    queue's open jobs are found from a low-water mark in ``meta`` (``low_water``),
    not through an index on their state that every new row was added to."""
    from .low_water import OUTBOX, PRINT_JOBS, reset
    db.execute("DROP INDEX IF EXISTS idx_outbox_waiting")
    db.execute("DROP INDEX IF EXISTS idx_print_jobs_state_job_id")
    for queue in (OUTBOX, PRINT_JOBS):
        reset(db.conn, queue)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(path: Path, conn: sqlite3.Connection) -> int:
    """Bring the database at ``path`` to ``SCHEMA_VERSION``; returns the old version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"{path}: the database was written by a newer Till (schema {version}, "
            f"this version knows {SCHEMA_VERSION}); install the newer version"
        )
    if version == SCHEMA_VERSION:
        return version
    if version > 0:
        backup = path.with_name(f"{path.name}.v{version}.bak")
        # SQLite's online backup: a consistent copy whatever the WAL still holds.
        target = sqlite3.connect(backup)
        try:
            conn.backup(target)
        finally:
            target.close()
        log.info("backed up %s to %s before migrating", path, backup)
    import sqlite_utils   # only when a migration runs: a till opening a current database never loads it

    db = sqlite_utils.Database(conn)
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number](db)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("migrated %s to schema %d", path, number + 1)
    return version
