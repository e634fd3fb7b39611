"""HQ tables in SQLAlchemy Core: one definition for SQLite and PostgreSQL.

Text for ids and ISO times (portable, and times sort correctly as text in
the fixed-width format the terminals use), BigInteger for money and points.
"""

from __future__ import annotations

import sqlalchemy as sa

SCHEMA_VERSION = 1
metadata = sa.MetaData()

# SQLite only makes INTEGER PRIMARY KEY an alias of rowid (auto-numbered).
Serial = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Id = sa.String(64)
When = sa.String(40)

settings = sa.Table(
    "settings", metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

terminals = sa.Table(
    "terminals", metadata,
    sa.Column("terminal_id", Id, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, index=True),
    # sha256 of the device token: a stolen database does not hand out tokens.
    sa.Column("token_hash", sa.String(64), unique=True),
    sa.Column("key_id", sa.String(64)),
    sa.Column("paired_at", When),
    sa.Column("revoked_at", When),
    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("last_seen", When),
    sa.Column("clock_offset_s", sa.Float),
)

pairing_codes = sa.Table(
    "pairing_codes", metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_at", When, nullable=False),
    sa.Column("expires_at", When, nullable=False),
    sa.Column("used_at", When),
    sa.Column("terminal_id", Id),
    sa.Column("public_key", sa.String(200)),
)

events = sa.Table(
    "events", metadata,
    sa.Column("event_id", Id, primary_key=True),   # dedupe forever
    sa.Column("terminal_id", Id, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("occurred_at", When, nullable=False),
    sa.Column("received_at", When, nullable=False),
    sa.Column("member_id", Id, index=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("permanent", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Index("ix_events_terminal_seq", "terminal_id", "seq"),
)

members = sa.Table(
    "members", metadata,
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("phone", sa.String(32), index=True),     # null once erased
    sa.Column("name", sa.Text),
    sa.Column("email", sa.Text),
    sa.Column("birthday", sa.String(10)),
    sa.Column("consents", sa.Text, nullable=False, server_default="{}"),
    sa.Column("consent_text_version", sa.String(64), nullable=False, server_default=""),
    sa.Column("created_at", When, nullable=False),
    sa.Column("origin", sa.String(64), nullable=False),
    sa.Column("erased_at", When),
)

consents = sa.Table(
    "consents", metadata,
    sa.Column("id", Serial, primary_key=True, autoincrement=True),
    sa.Column("member_id", Id, nullable=False, index=True),
    sa.Column("purpose", sa.String(32), nullable=False),
    sa.Column("granted", sa.Boolean, nullable=False),
    sa.Column("text_version", sa.String(64), nullable=False, server_default=""),
    sa.Column("recorded_at", When, nullable=False),
    sa.Column("terminal_id", sa.String(64), nullable=False),
)

ledger = sa.Table(
    "ledger", metadata,
    sa.Column("entry_id", sa.String(80), primary_key=True),  # "{event_id}:{i}"
    sa.Column("event_id", Id, nullable=False),
    sa.Column("member_id", Id, nullable=False),
    sa.Column("account", sa.String(80), nullable=False),
    sa.Column("delta", sa.BigInteger, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
    sa.Column("terminal_id", Id, nullable=False),
    sa.Index("ix_ledger_member", "member_id", "account"),
)

# Running sums per account, so a negative balance is seen at ingest without a scan.
balances = sa.Table(
    "balances", metadata,
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("account", sa.String(80), primary_key=True),
    sa.Column("total", sa.BigInteger, nullable=False),
)

coupons = sa.Table(
    "coupons", metadata,
    sa.Column("coupon_id", Id, primary_key=True),
    sa.Column("member_id", Id, index=True),
    sa.Column("def_id", sa.String(64)),
    sa.Column("doc", sa.Text, nullable=False),     # the coupon object, JSON
    sa.Column("single_use", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("issued_by", sa.String(64), nullable=False),
    sa.Column("issued_at", When),
    sa.Column("event_id", Id),
)

redemptions = sa.Table(
    "redemptions", metadata,
    sa.Column("coupon_id", Id, primary_key=True),
    sa.Column("event_id", Id, primary_key=True),
    sa.Column("member_id", Id),
    sa.Column("terminal_id", Id, nullable=False),
    sa.Column("sale_id", Id),
    sa.Column("amount", sa.BigInteger),
    sa.Column("occurred_at", When, nullable=False),
    sa.Column("received_at", When, nullable=False),
)

conflicts = sa.Table(
    "conflicts", metadata,
    sa.Column("id", Serial, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("member_id", Id),
    sa.Column("event_ids", sa.Text, nullable=False),   # JSON list
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("created_at", When, nullable=False),
)

products = sa.Table(
    "products", metadata,
    sa.Column("sku", sa.String(64), primary_key=True),
    sa.Column("ean", sa.String(32)),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("price", sa.BigInteger, nullable=False),
    sa.Column("vat_percent", sa.Float, nullable=False),
    sa.Column("category", sa.String(100), nullable=False, server_default=""),
)

program = sa.Table(
    "program", metadata,
    sa.Column("program_id", sa.String(64), primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("loaded_at", When, nullable=False),
)

keys = sa.Table(
    "keys", metadata,
    sa.Column("key_id", sa.String(64), primary_key=True),
    sa.Column("public_key", sa.String(200), nullable=False),
    sa.Column("owner", sa.String(64), nullable=False),
    sa.Column("added_at", When, nullable=False),
)

# The change feed: an append-only log read by cursor.  Old rows may be pruned
# (a cursor below the floor gets 410 and the terminal re-snapshots).
changes = sa.Table(
    "changes", metadata,
    sa.Column("seq", Serial, primary_key=True, autoincrement=True),
    sa.Column("origin", sa.String(64)),       # terminal whose event caused it
    sa.Column("data", sa.Text, nullable=False),
    sqlite_autoincrement=True,                # never reuse a seq after pruning
)

# -- reward mechanics (DESIGN.md §9; sync/hq/ingest_rewards.py) ---------------------
# New tables only, so an existing HQ database gains them at start (create_all).

visits = sa.Table(   # one counted visit per member per day; a second one is a conflict
    "visits", metadata,
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("event_id", Id, nullable=False),
    sa.Column("terminal_id", Id, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
)

coupon_moves = sa.Table(   # a transferable coupon given to another member
    "coupon_moves", metadata,
    sa.Column("id", Serial, primary_key=True, autoincrement=True),
    sa.Column("coupon_id", Id, nullable=False, index=True),
    sa.Column("from_member_id", Id),
    sa.Column("to_member_id", Id, nullable=False),
    sa.Column("event_id", Id, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
)

coupon_voids = sa.Table(   # unused coupons of a fully returned sale
    "coupon_voids", metadata,
    sa.Column("coupon_id", Id, primary_key=True),
    sa.Column("event_id", Id, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
)

referrals = sa.Table(   # who referred whom (refer a friend)
    "referrals", metadata,
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("referrer_id", Id, nullable=False, index=True),
    sa.Column("event_id", Id, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
)

# The console's own tables (sync/hq/schema_console.py), on the same metadata.
from .schema_console import (  # noqa: E402,F401
    console_audit, console_automation_sends, console_automations, console_campaigns, console_conflict_notes, console_login_failures,
    console_messages, console_segments, console_sessions, console_users, kpi_coupons, kpi_days, kpi_enrolments,
    kpi_items, kpi_members, member_skus, member_summary,
    sale_facts, sale_lines, terminal_shops, terminal_status,
)
