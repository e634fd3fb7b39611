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
from typing import Callable

from ..domain.errors import DatabaseTooNew

log = logging.getLogger(__name__)


# Schema 1 as SQL (sqlite-utils wrote it once; the text is kept as it made it, so a
# database created today has the same schema as one created then).  The members'
# points/spend/cheques/stamps are materialised sums of the ledger, kept in the same
# transaction as the entries so a lookup is one indexed row read; oldest_*_at is the
# oldest dated entry per account (while inside the expiry / tier window no ledger scan
# is needed).  idx_sales_original is partial: only returns carry it, so a sale does not
# touch it.
SCHEMA_1 = (
    'CREATE TABLE "meta" (\n' '   "key" TEXT PRIMARY KEY,\n' '   "value" TEXT\n' ')',
    'CREATE TABLE "program" (\n' '   "id" TEXT PRIMARY KEY,\n' '   "source" TEXT,\n' '   "loaded_at" TEXT\n' ')',
    ('CREATE TABLE "products" (\n' '   "sku" TEXT PRIMARY KEY,\n' '   "ean" TEXT,\n' '   "name" TEXT NOT NULL,\n'
     '   "price" INTEGER NOT NULL,\n' '   "vat_percent" REAL,\n' '   "category" TEXT\n' ')'),
    'CREATE UNIQUE INDEX "idx_products_ean"\n' '    ON "products" ("ean")',
    ('CREATE TABLE "members" (\n' '   "member_id" TEXT PRIMARY KEY,\n' '   "phone" TEXT NOT NULL,\n'
     '   "name" TEXT DEFAULT \'\',\n' '   "email" TEXT DEFAULT \'\',\n' '   "birthday" TEXT,\n'
     '   "consents" TEXT DEFAULT \'{}\',\n' '   "created_at" TEXT,\n' '   "points" INTEGER DEFAULT 0,\n'
     '   "spend" INTEGER DEFAULT 0,\n' '   "cheques" INTEGER DEFAULT 0,\n' '   "stamps" TEXT DEFAULT \'{}\',\n'
     '   "oldest_points_at" TEXT,\n' '   "oldest_spend_at" TEXT\n' ')'),
    'CREATE UNIQUE INDEX "idx_members_phone"\n' '    ON "members" ("phone")',
    'CREATE INDEX idx_members_name ON members(name COLLATE NOCASE)',
    ('CREATE TABLE "consents" (\n' '   "member_id" TEXT,\n' '   "purpose" TEXT,\n' '   "granted" INTEGER,\n'
     '   "text_version" TEXT,\n' '   "recorded_at" TEXT,\n' '   "terminal_id" TEXT\n' ')'),
    'CREATE INDEX "idx_consents_member_id"\n' '    ON "consents" ("member_id")',
    ('CREATE TABLE "ledger" (\n' '   "entry_id" TEXT PRIMARY KEY,\n' '   "event_id" TEXT,\n'
     '   "member_id" TEXT NOT NULL,\n' '   "account" TEXT NOT NULL,\n' '   "delta" INTEGER NOT NULL,\n'
     '   "occurred_at" TEXT NOT NULL,\n' '   "terminal_id" TEXT\n' ')'),
    ('CREATE INDEX "idx_ledger_member_id_account_occurred_at"\n'
     '    ON "ledger" ("member_id", "account", "occurred_at")'),
    ('CREATE TABLE "coupons" (\n' '   "coupon_id" TEXT PRIMARY KEY,\n' '   "member_id" TEXT,\n'
     '   "def_id" TEXT,\n' '   "name" TEXT,\n' '   "kind" TEXT,\n' '   "percent" REAL,\n'
     '   "amount" INTEGER,\n' '   "free_sku" TEXT,\n' '   "min_spend" INTEGER,\n' '   "valid_until" TEXT,\n'
     '   "single_use" INTEGER,\n' '   "code" TEXT,\n' '   "issued_at" TEXT,\n' '   "issued_by" TEXT,\n'
     '   "redeemed_at" TEXT,\n' '   "redeemed_sale" TEXT\n' ')'),
    'CREATE INDEX "idx_coupons_member_id"\n' '    ON "coupons" ("member_id")',
    ('CREATE TABLE "sales" (\n' '   "sale_id" TEXT PRIMARY KEY,\n' '   "receipt_no" TEXT,\n' '   "kind" TEXT,\n'
     '   "member_id" TEXT,\n' '   "occurred_at" TEXT,\n' '   "total" INTEGER,\n' '   "doc" TEXT,\n'
     '   "original_sale_id" TEXT,\n' '   "event_id" TEXT\n' ')'),
    'CREATE UNIQUE INDEX "idx_sales_receipt_no"\n' '    ON "sales" ("receipt_no")',
    'CREATE INDEX idx_sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL',
    ('CREATE TABLE "outbox" (\n' '   "seq" INTEGER PRIMARY KEY,\n' '   "event_id" TEXT,\n' '   "kind" TEXT,\n'
     '   "occurred_at" TEXT,\n' '   "payload" TEXT,\n' '   "state" TEXT DEFAULT \'pending\',\n'
     '   "attempts" INTEGER DEFAULT 0,\n' '   "last_error" TEXT,\n' '   "sent_at" TEXT\n' ')'),
    'CREATE UNIQUE INDEX "idx_outbox_event_id"\n' '    ON "outbox" ("event_id")',
    "CREATE INDEX idx_outbox_waiting ON outbox(state, seq) WHERE state = 'pending'",
    ('CREATE TABLE "print_jobs" (\n' '   "job_id" INTEGER PRIMARY KEY,\n' '   "receipt_no" TEXT,\n'
     '   "receipt_json" TEXT,\n' '   "copy" INTEGER DEFAULT 0,\n' '   "state" TEXT DEFAULT \'queued\',\n'
     '   "attempts" INTEGER DEFAULT 0,\n' '   "last_error" TEXT,\n' '   "next_try" TEXT,\n'
     '   "created_at" TEXT,\n' '   "printed_at" TEXT\n' ')'),
    'CREATE INDEX "idx_print_jobs_state_job_id"\n' '    ON "print_jobs" ("state", "job_id")',
    ('CREATE TABLE "keys" (\n' '   "key_id" TEXT PRIMARY KEY,\n' '   "public_key" BLOB,\n' '   "owner" TEXT,\n'
     '   "added_at" TEXT\n' ')'),
)


def _v1(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA_1:
        conn.execute(statement)


def _v2(db: sqlite3.Connection) -> None:
    """Dead letters get a small index of their own (the status bar counts them after every
    sync), and a manager PIN stored as typed becomes a salted hash."""
    from ..pins import hash_pin
    db.execute("CREATE INDEX idx_outbox_dead ON outbox(seq) WHERE state = 'dead'")
    row = db.execute("SELECT value FROM meta WHERE key = 'manager_pin'").fetchone()
    if row and row[0] and not row[0].startswith("pbkdf2"):
        db.execute("UPDATE meta SET value = ? WHERE key = 'manager_pin'", [hash_pin(row[0])])


def _v3(db: sqlite3.Connection) -> None:
    """Reward mechanics (DESIGN.md §9): who referred a member; a reward coupon's point
    cost and whether it may be given away; coupons a full return voided."""
    db.execute("ALTER TABLE members ADD COLUMN referred_by TEXT")
    db.execute("ALTER TABLE coupons ADD COLUMN points_cost INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE coupons ADD COLUMN transferable INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE coupons ADD COLUMN voided_at TEXT")


def _v4(db: sqlite3.Connection) -> None:
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
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER journal_no_{action.lower()} BEFORE {action} ON journal BEGIN"
            f" SELECT RAISE(ABORT, 'the electronic journal is append-only: {action} refused'); END")
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('journal_key', ?)",
               [generate_key().decode("ascii")])
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('journal_key_version', '1')")


def _v5(db: sqlite3.Connection) -> None:
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


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
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
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("migrated %s to schema %d", path, number + 1)
    return version
