"""One row per member with what the console's segment rules ask about, so a
live count at a million members is one filtered scan of a narrow table
instead of joins over ten million sales (``console.segments``).

- from the member's row: ``alive`` (enrolled and not erased), ``bmonth``
  (the birthday's month, as ``substr(birthday, 6, 2)``), ``sms`` / ``email``
  (the consent rules' own SQL, so both backends decide as they did before);
- from the member's sales (``sale_facts``): ``purchases`` and ``spent``
  (non-return sales and their totals), ``last_bought`` (the latest one, text
  as the tills sent it), ``returns``;
- ``member_skus``: each (sku, member) of the sale lines once, for "bought
  from a category" (joined to the catalogue as it is when counting).

Written in the batch's transaction: ``after_batch`` adds the batch's sales
to the counters (one upsert: every sale fact is inserted exactly once, so
adding is exact) and copies the attributes of members the batch enrolled;
``members_changed`` after an erasure, an unsubscribe or an import;
``rebuild`` from the tables (the migration, the console bench).
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from .locks import lock_keys
from .pg_array import pg_array
from . import schema as t

# The attribute columns from ``members`` (alias m), as the segment rules define them.
ATTRIBUTES = {
    "alive": "(m.member_id IS NOT NULL AND m.erased_at IS NULL)",
    "bmonth": "substr(m.birthday, 6, 2)",
    "sms": "m.consents LIKE '%\"sms\":true%'",
    "email": "(m.consents LIKE '%\"email\":true%' AND COALESCE(m.email, '') <> '')",
}
SALES = ("purchases", "spent", "last_bought", "returns")


def after_batch(conn: sa.Connection, rows: dict[str, list]) -> None:
    """Ingest's hook (after ``aggregates.after_batch``): the batch's members and sale facts are inserted."""
    sales = [f for f in rows.get("sale_facts") or () if f["member_id"]]
    enrolled = [m["member_id"] for m in rows.get("members") or ()]
    if not (sales or enrolled):
        return
    if conn.dialect.name == "postgresql":
        # The member keys an erasure or an unsubscribe takes before the feed lock
        # (``aggregates.lock_member``): held here, neither waits on this batch in a circle.
        lock_keys(conn, [f"kpi:{m}" for m in {f["member_id"] for f in sales} | set(enrolled)])
    if enrolled:
        members_changed(conn, enrolled)
    if sales:
        _add_sales(conn, sales)
        _add_skus(conn, sorted({f["event_id"] for f in sales if not f["is_return"]}))


def _add_skus(conn: sa.Connection, event_ids: list[str]) -> None:
    """The skus of the batch's member sales (``aggregates.after_batch`` inserted their lines)."""
    if not event_ids:
        return
    mark = "%s" if conn.dialect.name == "postgresql" else "?"
    for start in range(0, len(event_ids), 5000):
        chunk = event_ids[start:start + 5000]
        conn.exec_driver_sql(      # ordered: concurrent batches take the key locks in one order
            f"INSERT INTO member_skus (sku, member_id) SELECT DISTINCT sku, member_id FROM sale_lines"
            f" WHERE event_id IN ({', '.join([mark] * len(chunk))}) ORDER BY sku, member_id ON CONFLICT DO NOTHING",
            tuple(chunk))


def _add_sales(conn: sa.Connection, sales: list[dict]) -> None:
    per: dict[str, list] = defaultdict(lambda: [0, 0, None, 0])
    for f in sales:
        row = per[f["member_id"]]
        if f["is_return"]:
            row[3] += 1
        else:
            row[0] += 1
            row[1] += int(f["total"])
            if row[2] is None or f["occurred_at"] > row[2]:
                row[2] = f["occurred_at"]
    rows = [(m, False, *v) for m, v in sorted(per.items())]       # sorted: row locks in one order
    s = "member_summary"
    later = f"excluded.last_bought IS NOT NULL AND ({s}.last_bought IS NULL OR excluded.last_bought > {s}.last_bought)"
    upsert = (f" ON CONFLICT (member_id) DO UPDATE SET purchases = {s}.purchases + excluded.purchases,"
              f" spent = {s}.spent + excluded.spent, returns = {s}.returns + excluded.returns,"
              f" last_bought = CASE WHEN {later} THEN excluded.last_bought ELSE {s}.last_bought END")
    cols = "member_id, alive, purchases, spent, last_bought, returns"
    if conn.dialect.name == "postgresql":
        arrays = tuple(pg_array(col) for col in zip(*rows))
        conn.exec_driver_sql(f"INSERT INTO {s} ({cols}) SELECT * FROM unnest(%s::text[], %s::boolean[], %s::bigint[],"
                             f" %s::bigint[], %s::text[], %s::bigint[]){upsert}", arrays)
    else:
        conn.exec_driver_sql(f"INSERT INTO {s} ({cols}) VALUES (?, ?, ?, ?, ?, ?){upsert}", rows)


def members_changed(conn: sa.Connection, member_ids: list[str]) -> None:
    """Copy the members' attributes (a new, erased, unsubscribed or imported member)."""
    ids = sorted(set(member_ids))
    mark = "%s" if conn.dialect.name == "postgresql" else "?"
    cols = ", ".join(ATTRIBUTES)
    exprs = _percent(conn, ", ".join(ATTRIBUTES.values()))
    sets = ", ".join(f"{c} = excluded.{c}" for c in ATTRIBUTES)
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        # WHERE … IN: SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT anyway.
        conn.exec_driver_sql(
            f"INSERT INTO member_summary (member_id, {cols}, purchases, spent, returns)"
            f" SELECT m.member_id, {exprs}, 0, 0, 0 FROM members m WHERE m.member_id IN ({', '.join([mark] * len(chunk))})"
            f" ORDER BY m.member_id ON CONFLICT (member_id) DO UPDATE SET {sets}", tuple(chunk))


def rebuild(conn: sa.Connection) -> None:
    """Every row from the tables (set-based; about a minute at 1M members / 10M sales on PostgreSQL)."""
    conn.execute(sa.delete(t.member_summary))
    conn.execute(sa.delete(t.member_skus))
    conn.exec_driver_sql("INSERT INTO member_skus (sku, member_id) SELECT DISTINCT sku, member_id FROM sale_lines")
    cols = ", ".join(ATTRIBUTES)
    exprs = _percent(conn, ", ".join(e if c == "bmonth" else f"COALESCE({e}, false)" for c, e in ATTRIBUTES.items()))
    conn.exec_driver_sql(
        f"INSERT INTO member_summary (member_id, {cols}, purchases, spent, last_bought, returns)"
        f" SELECT k.member_id, {exprs},"
        " COALESCE(f.purchases, 0), COALESCE(f.spent, 0), f.last_bought, COALESCE(f.returns, 0)"
        " FROM (SELECT member_id FROM members UNION SELECT member_id FROM sale_facts WHERE member_id IS NOT NULL) k"
        " LEFT JOIN members m ON m.member_id = k.member_id"
        " LEFT JOIN (SELECT member_id, SUM(CASE WHEN is_return THEN 0 ELSE 1 END) AS purchases,"
        "   SUM(CASE WHEN is_return THEN 0 ELSE total END) AS spent,"
        "   MAX(CASE WHEN is_return THEN NULL ELSE occurred_at END) AS last_bought,"
        "   SUM(CASE WHEN is_return THEN 1 ELSE 0 END) AS returns"
        "   FROM sale_facts WHERE member_id IS NOT NULL GROUP BY member_id) f ON f.member_id = k.member_id")



def _percent(conn: sa.Connection, sql: str) -> str:
    """psycopg reads % as a placeholder's start: a literal one is %%."""
    return sql.replace("%", "%%") if conn.dialect.name == "postgresql" else sql
