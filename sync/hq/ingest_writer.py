"""The batched writer under ``ingest.Ingest``: the rows a batch collects and
how they reach the database in a few round trips.

Rows are collected per table in ``rows`` (and points/other balance changes in
``balance_delta``) while the rules run, then written by ``flush``: SQLite with
the driver's executemany, PostgreSQL in ONE statement (an ``INSERT … SELECT
FROM unnest(arrays)`` per table and the balance upsert as CTEs of the
till's row update).  The change rows go last, in one statement with the feed
lock, which is held to the commit (``locks``).  Anything else a
batch should write from its collected rows (e.g. aggregates) belongs in
``flush`` before the changes.
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter

import sqlalchemy as sa

from . import aggregates, member_summary
from . import ingest_rewards as rewards
from . import schema as t
from .db import WRITE_LOCK_KEY, Database, dumps
from .pg_array import pg_array, unnest


class BatchWriter:
    """Collected rows of one batch on one connection, and their flush."""

    def __init__(self, db: Database, conn: sa.Connection, terminal: dict) -> None:
        self.db, self.conn, self.terminal = db, conn, terminal
        self.rows: dict[str, list] = defaultdict(list)
        self.balance_delta: dict[tuple[str, str], int] = defaultdict(int)

    def _conflict(self, kind: str, member_id: str | None, event_ids: list[str], detail: str) -> None:
        self.rows["conflicts"].append({"kind": kind, "member_id": member_id, "event_ids": dumps(event_ids),
                                       "detail": detail, "created_at": self.now})

    def _change(self, item: dict) -> None:
        self.rows["changes"].append({"origin": self.terminal["terminal_id"], "data": dumps(item)})

    def _select_in(self, sql: str, values: set) -> list[tuple]:
        """One driver-level query for ``… IN (values)``: SQLAlchemy's expanding IN was
        a quarter of a batch's time.  The SQL is ours; only values are bound."""
        if not values:
            return []
        values = sorted(values)
        return self.conn.exec_driver_sql(sql.format(", ".join([self.db.param] * len(values))), tuple(values)).all()

    def _insert(self, table: sa.Table, rows: list[dict], upsert: str = "") -> None:
        """SQLite (in-process) is fastest with executemany.  On PostgreSQL plain
        inserts go through COPY and the balance upsert through one
        ``INSERT … SELECT FROM unnest(arrays)``: a round trip per table, not per row."""
        cols = list(rows[0])
        if self.db.is_sqlite:
            # Straight to the driver's executemany: SQLAlchemy's per-row parameter
            # processing was a third of a batch's time.
            sql = (f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                   + (f" {upsert}" if upsert else ""))
            self.conn.exec_driver_sql(sql, list(map(itemgetter(*cols), rows)) if len(cols) > 1
                                      else [(r[cols[0]],) for r in rows])
            return
        with self.conn.connection.driver_connection.cursor() as cur:
            if not upsert:
                with cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row([r[c] for c in cols])
                return
            source, arrays = unnest(table, rows, cols)
            cur.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT * FROM {source} {upsert}", arrays)

    def flush(self) -> None:
        rows = self.rows
        balances = [{"member_id": m, "account": a, "total": d}
                    for (m, a), d in sorted(self.balance_delta.items())]   # sorted: one lock order for all writers
        mark = self.db.param
        terminal = (f"UPDATE terminals SET last_seq = {mark}, last_seen = {mark} WHERE terminal_id = {mark}",
                    (self.last_seq, self.now, self.terminal["terminal_id"]))
        tables = [(getattr(t, name), rows[name], "") for name in INSERTED
                  if rows[name] and (name != "sale_lines" or aggregates.active())]
        if balances:
            tables.append((t.balances, balances, BALANCE_UPSERT))
        if self.db.is_sqlite:
            for table, table_rows, upsert in tables:
                self._insert(table, table_rows, upsert)
            self.conn.exec_driver_sql(*terminal)
        else:
            # One statement for the whole batch's rows and the till's row: a
            # round trip (COPY takes two) and a parse per table was most of
            # what PostgreSQL spent on a one-sale batch.
            self._insert_all(tables, *terminal)
        rewards.flush(self)
        aggregates.after_batch(self.conn, self.terminal["terminal_id"], rows)   # the console's sums (same transaction)
        member_summary.after_batch(self.conn, rows)          # what segment counts read (same transaction)
        if rows["changes"]:
            # Last, so the feed lock is held only for this insert and the commit.
            self._append_changes(rows["changes"])

    def _insert_all(self, tables: list[tuple[sa.Table, list[dict], str]], sql: str, params: tuple) -> None:
        """PostgreSQL: ``WITH w0 AS (INSERT … SELECT FROM unnest(arrays)), … <sql>``."""
        ctes, values = [], []
        for i, (table, rows, upsert) in enumerate(tables):
            cols = list(rows[0])
            source, arrays = unnest(table, rows, cols)
            ctes.append(f"w{i} AS (INSERT INTO {table.name} ({', '.join(cols)}) SELECT * FROM {source}"
                        f"{' ' + upsert if upsert else ''})")
            values.extend(arrays)
        head = f"WITH {', '.join(ctes)} " if ctes else ""
        self.conn.exec_driver_sql(head + sql, (*values, *params))

    def _append_changes(self, changes: list[dict]) -> None:
        if self.db.is_sqlite:
            self._insert(t.changes, changes)
            return
        # The feed lock and the rows in one statement: the join needs the
        # lock's row before it yields any, so every seq is drawn under the lock.
        self.conn.exec_driver_sql(
            "WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock(%s))"
            " INSERT INTO changes (origin, data) SELECT u.o, u.d FROM l, unnest(%s::text[], %s::text[]) AS u(o, d)",
            (WRITE_LOCK_KEY, pg_array([c["origin"] for c in changes]), pg_array([c["data"] for c in changes])))


# Plain inserts of a batch, in this order (then the balance upsert).
INSERTED = ("events", "members", "consents", "ledger", "coupons", "redemptions", "conflicts", "sale_facts",
            "sale_lines")
BALANCE_UPSERT = "ON CONFLICT (member_id, account) DO UPDATE SET total = balances.total + excluded.total"
