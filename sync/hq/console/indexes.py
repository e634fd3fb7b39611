"""What the console's member search and segment counts read, built once for
an existing HQ database (and at once for a new one): called by ``Database``
after the aggregates' migration, under the migration lock.

- PostgreSQL: trigram indexes (``pg_trgm``, shipped with Debian's
  postgresql package) on ``lower(name)``, ``lower(email)`` and ``phone``, so
  the search's substring ``LIKE`` is an index lookup; where the extension
  cannot be created the search still gives the same rows, by a scan.  A
  b-tree on ``(name, member_id)`` serves the result order; a small partial
  covering index on the tier items of ``kpi_items`` serves the tier rule.
- ``member_summary`` from the tables (``sync/hq/member_summary.py``).
  Measured at 1M members / 10M sales on PostgreSQL: see docs/scale.md.
"""

from __future__ import annotations

import sqlalchemy as sa

from .. import member_summary

SEARCH_KEY = "console_indexes"        # "trgm" or "plain": what was built
SUMMARY_KEY = "member_summary_built"

TRGM = (
    "CREATE INDEX IF NOT EXISTS ix_members_name_trgm ON members USING gin (lower(name) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_members_email_trgm ON members USING gin (lower(email) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_members_phone_trgm ON members USING gin (phone gin_trgm_ops)",
)
ORDER = "CREATE INDEX IF NOT EXISTS ix_members_name ON members (name, member_id)"
# The tier rule's stretches (kpi_items te:<i> / ts:<i>, a percent of the items) read from the
# index alone; the range is what the planner can prove from "metric = 'te:1'".
TIERS = ("CREATE INDEX IF NOT EXISTS ix_kpi_items_tiers ON kpi_items (metric, at) INCLUDE (member_id, weight)"
         " WHERE metric >= 'te:' AND metric < 'tt'")


def migrate(db) -> None:
    with db.read() as conn:
        done = {k for (k,) in conn.execute(sa.text("SELECT key FROM settings WHERE key IN (:a, :b)"),
                                           {"a": SEARCH_KEY, "b": SUMMARY_KEY})}
    if SEARCH_KEY not in done:
        with db.write() as conn:
            db.set_setting(conn, SEARCH_KEY, _search_indexes(conn))
    if SUMMARY_KEY not in done:
        with db.write() as conn:
            member_summary.rebuild(conn)
            db.set_setting(conn, SUMMARY_KEY, "1")
    if len(done) < 2 and not db.is_sqlite:
        with db.write() as conn:            # the planner's statistics for the new table and indexes, now
            conn.exec_driver_sql("ANALYZE member_summary, members")


def _search_indexes(conn: sa.Connection) -> str:
    conn.exec_driver_sql(ORDER)
    if conn.dialect.name != "postgresql":
        return "plain"
    conn.exec_driver_sql(TIERS)
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:        # not installed, or no right to create it: scans, same rows
        return "plain"
    for sql in TRGM:
        conn.exec_driver_sql(sql)
    return "trgm"
