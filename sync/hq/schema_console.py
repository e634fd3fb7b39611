"""The HQ console's tables (DESIGN §10), kept apart from the sync tables.

Created with the rest by ``metadata.create_all`` (new tables only, so an
existing HQ database gains them on its next start); ``sale_facts`` of events
that arrived before it existed are filled by ``console.facts.backfill``.
"""

from __future__ import annotations

import sqlalchemy as sa

from .schema import Id, Serial, When, metadata

CONSOLE_SCHEMA = 1

console_users = sa.Table(
    "console_users", metadata,
    sa.Column("email", sa.String(320), primary_key=True),       # stored lower-case
    sa.Column("role", sa.String(16), nullable=False),           # owner | marketer | viewer
    sa.Column("password_hash", sa.Text, nullable=False),        # argon2id
    sa.Column("lang", sa.String(8), nullable=False, server_default=""),
    sa.Column("created_at", When, nullable=False),
    sa.Column("disabled_at", When),
)

# Server-side sessions: the cookie holds a random token, the table its sha256.
console_sessions = sa.Table(
    "console_sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("email", sa.String(320), nullable=False, index=True),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", When, nullable=False),
    sa.Column("expires_at", When, nullable=False),
)

console_login_failures = sa.Table(
    "console_login_failures", metadata,
    sa.Column("id", Serial, primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("ip", sa.String(64), nullable=False),
    sa.Column("at", When, nullable=False),
    sa.Index("ix_console_login_failures_at", "at"),
)

console_audit = sa.Table(
    "console_audit", metadata,
    sa.Column("id", Serial, primary_key=True, autoincrement=True),
    sa.Column("at", When, nullable=False, index=True),
    sa.Column("actor", sa.String(320), nullable=False),        # user e-mail, or "cli"
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.String(200), nullable=False, server_default=""),
    sa.Column("before", sa.Text),                              # JSON or null
    sa.Column("after", sa.Text),
)

console_conflict_notes = sa.Table(
    "console_conflict_notes", metadata,
    sa.Column("conflict_id", sa.BigInteger, primary_key=True),
    sa.Column("resolved_at", When, nullable=False),
    sa.Column("resolved_by", sa.String(320), nullable=False),
    sa.Column("note", sa.Text, nullable=False),
)

# What a terminal last said about itself (headers of its pushes).
terminal_status = sa.Table(
    "terminal_status", metadata,
    sa.Column("terminal_id", Id, primary_key=True),
    sa.Column("app_version", sa.String(64), nullable=False, server_default=""),
    sa.Column("waiting", sa.BigInteger),
    sa.Column("reported_at", When, nullable=False),
)

# One row per accepted sale or return, written by ingest in the batch's
# transaction: the dashboard's figures are sums over this narrow table, not
# over JSON payloads.  total: the sale's total, a return's refund negated (øre).
sale_facts = sa.Table(
    "sale_facts", metadata,
    sa.Column("event_id", Id, primary_key=True),
    sa.Column("is_return", sa.Boolean, nullable=False),
    sa.Column("member_id", Id),
    sa.Column("terminal_id", Id, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
    sa.Column("total", sa.BigInteger, nullable=False),
    sa.Column("punch_rewards", sa.Integer, nullable=False, server_default="0"),
    sa.Index("ix_sale_facts_when", "occurred_at", "member_id"),
    sa.Index("ix_sale_facts_member", "member_id", "occurred_at"),
)

console_segments = sa.Table(
    "console_segments", metadata,
    sa.Column("segment_id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("rules", sa.Text, nullable=False),              # JSON: {rule: value}
    sa.Column("updated_by", sa.String(320), nullable=False),
    sa.Column("updated_at", When, nullable=False),
)

console_campaigns = sa.Table(
    "console_campaigns", metadata,
    sa.Column("campaign_id", sa.String(64), primary_key=True),   # also the coupons' def_id
    sa.Column("kind", sa.String(16), nullable=False),            # coupon | points | discount
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("doc", sa.Text, nullable=False),                   # JSON: the campaign's settings
    sa.Column("segment_id", sa.String(64)),
    sa.Column("created_by", sa.String(320), nullable=False),
    sa.Column("created_at", When, nullable=False),
    sa.Column("sent_at", When),
)

# One row per message sent (or tried) for a campaign or an automation.
console_messages = sa.Table(
    "console_messages", metadata,
    sa.Column("id", Serial, primary_key=True, autoincrement=True),
    sa.Column("campaign_id", sa.String(64), nullable=False, index=True),
    sa.Column("member_id", Id, nullable=False),
    sa.Column("channel", sa.String(8), nullable=False),           # email | sms
    sa.Column("coupon_id", Id),
    sa.Column("status", sa.String(16), nullable=False),           # delivered | failed
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("sent_at", When, nullable=False),
)

console_automations = sa.Table(
    "console_automations", metadata,
    sa.Column("kind", sa.String(32), primary_key=True),           # welcome | birthday | anniversary | keep_tier
    sa.Column("enabled", sa.Boolean, nullable=False),
    sa.Column("channel", sa.String(8), nullable=False, server_default="email"),
    sa.Column("subject", sa.String(200), nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("updated_by", sa.String(320), nullable=False),
    sa.Column("updated_at", When, nullable=False),
)

# -- maintained aggregates of the dashboard's figures (sync/hq/aggregates.py) ----------
# Per-member items (sync/hq/kpi_state.py): at = the time the item passes (text, as the
# tills sent it; null = never), weight = what it adds while not passed.
kpi_items = sa.Table(
    "kpi_items", metadata,
    sa.Column("member_id", Id, nullable=False),
    sa.Column("metric", sa.String(16), nullable=False),
    sa.Column("at", When),
    sa.Column("weight", sa.BigInteger, nullable=False),
    sa.Index("ix_kpi_items_member", "member_id"),
    sa.Index("ix_kpi_items_metric_at", "metric", "at"),
)

# Each member's compact state the events advance (sync/hq/kpi_fold.py), the items
# read off it: purchases and their latest two times, the FIFO points replay's
# running result, the spend entries tier stretches still depend on.
kpi_members = sa.Table(
    "kpi_members", metadata,
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("enrolled", sa.Boolean, nullable=False),     # the items include tiers
    sa.Column("purchases", sa.Integer, nullable=False),    # non-return sales
    sa.Column("last_at", When),                            # latest non-return sale (as sent)
    sa.Column("prev_at", When),                            # the one before it
    sa.Column("points_at", When),                          # latest points entry replayed (UTC text)
    sa.Column("debt", sa.BigInteger, nullable=False),
    sa.Column("points_total", sa.BigInteger, nullable=False),
    sa.Column("lots", sa.Text),                            # JSON [[expires_at|null, left], ...]
    sa.Column("spend", sa.Text),                           # JSON [[at, delta], ...]
    # the items "last" / "prev" are these columns (not kpi_items rows): the figures
    # count the ones inside a threshold's day by them
    sa.Index("ix_kpi_members_last", "last_at"),
    sa.Index("ix_kpi_members_prev", "prev_at"),
)

# Sums per metric and day (day = at[:10], "" for plain counters, "~" for never).
# shard: the writing till's hash, so tills' batches rarely wait on one row.
kpi_days = sa.Table(
    "kpi_days", metadata,
    sa.Column("metric", sa.String(16), primary_key=True),
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("shard", sa.SmallInteger, primary_key=True),
    sa.Column("n", sa.BigInteger, nullable=False),
)

kpi_coupons = sa.Table(
    "kpi_coupons", metadata,
    sa.Column("def_id", sa.String(64), primary_key=True),
    sa.Column("shard", sa.SmallInteger, primary_key=True),
    sa.Column("issued", sa.BigInteger, nullable=False),
    sa.Column("redeemed", sa.BigInteger, nullable=False),
)

kpi_enrolments = sa.Table(      # members ever enrolled per till (the member's origin)
    "kpi_enrolments", metadata,
    sa.Column("origin", sa.String(64), primary_key=True),
    sa.Column("shard", sa.SmallInteger, primary_key=True),
    sa.Column("n", sa.BigInteger, nullable=False),
)

# The lines of members' sales (sku, quantity, net amount): the "bought a category"
# segment joins them to the catalogue (products.category).
sale_lines = sa.Table(
    "sale_lines", metadata,
    sa.Column("event_id", Id, primary_key=True),
    sa.Column("line_no", sa.Integer, primary_key=True),
    sa.Column("member_id", Id, nullable=False),
    sa.Column("occurred_at", When, nullable=False),
    sa.Column("sku", sa.String(64), nullable=False),
    sa.Column("qty", sa.BigInteger, nullable=False),
    sa.Column("net", sa.BigInteger, nullable=False),
    sa.Index("ix_sale_lines_member", "member_id", "sku"),
    sa.Index("ix_sale_lines_sku", "sku", "member_id"),
)

# One row per automation message per member and occasion (the key makes a second
# claim, by a restart or another HQ process, a no-op): sending, delivered or failed.
console_automation_sends = sa.Table(
    "console_automation_sends", metadata,
    sa.Column("kind", sa.String(32), primary_key=True),
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("occasion", sa.String(64), primary_key=True),    # welcome | a year | tier:day
    sa.Column("channel", sa.String(8), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("sent_at", When, nullable=False),
)

# The shop a till sells for (its [shop] section), as its latest journal entry with
# the shop's identity said: enrolments per shop group the tills' enrolments by it.
terminal_shops = sa.Table(
    "terminal_shops", metadata,
    sa.Column("terminal_id", Id, primary_key=True),
    sa.Column("legal_name", sa.Text, nullable=False),
    sa.Column("address", sa.Text, nullable=False, server_default=""),
    sa.Column("org_number", sa.String(32), nullable=False, server_default=""),
    sa.Column("seen_at", When, nullable=False),
)

# What the segment rules ask about each member (sync/hq/member_summary.py), kept at
# ingest: a live count is one filtered scan of this narrow table.  A row per member
# id seen in members or sale_facts; alive = enrolled and not erased.
member_summary = sa.Table(
    "member_summary", metadata,
    sa.Column("member_id", Id, primary_key=True),
    sa.Column("alive", sa.Boolean, nullable=False),
    sa.Column("sms", sa.Boolean),
    sa.Column("email", sa.Boolean),
    sa.Column("bmonth", sa.String(2)),
    sa.Column("purchases", sa.BigInteger, nullable=False),
    sa.Column("spent", sa.BigInteger, nullable=False),
    sa.Column("returns", sa.BigInteger, nullable=False),
    sa.Column("last_bought", When),
)

# Each sku a member ever bought, once (sale_lines without the repeats): the
# "bought from a category" rule joins it to the catalogue as it is now.
member_skus = sa.Table(
    "member_skus", metadata,
    sa.Column("sku", sa.String(64), primary_key=True),
    sa.Column("member_id", Id, primary_key=True),
)
