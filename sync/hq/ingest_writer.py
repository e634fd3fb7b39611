"""The batched writer under ``ingest.Ingest``: the rows a batch collects and
how they reach the database in a few round trips.

Rows are collected per table in ``rows`` (and points/other balance changes in
``balance_delta``) while the rules run, then written by ``flush``: SQLite with
the driver's executemany, PostgreSQL with COPY per table and one
``INSERT … SELECT FROM unnest`` for the balance upsert.  The change rows go
last, under the feed lock held to the commit (``locks``).  Anything else a
batch should write from its collected rows (e.g. aggregates) belongs in
``flush`` before the changes.
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter

import sqlalchemy as sa

from . import aggregates
from . import ingest_rewards as rewards
from . import schema as t
from .db import Database, dumps, feed_lock


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
            casts = ", ".join(f"%s::{_pg_type(table.c[c].type)}[]" for c in cols)
            cur.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT * FROM unnest({casts}) {upsert}",
                        tuple([r[c] for r in rows] for c in cols))

    def flush(self) -> None:
        rows = self.rows
        for name in ("events", "members", "consents", "ledger", "coupons", "redemptions", "conflicts",
                     "sale_facts"):
            if rows[name]:
                self._insert(getattr(t, name), rows[name])
        rewards.flush(self)
        if self.balance_delta:
            # sorted: concurrent writers take the balance row locks in one order
            self._insert(t.balances, [{"member_id": m, "account": a, "total": d}
                                      for (m, a), d in sorted(self.balance_delta.items())],
                         upsert="ON CONFLICT (member_id, account) DO UPDATE SET total = balances.total + excluded.total")
        aggregates.after_batch(self.conn, self.terminal["terminal_id"], rows)   # the console's sums (same transaction)
        mark = self.db.param
        self.conn.exec_driver_sql(f"UPDATE terminals SET last_seq = {mark}, last_seen = {mark} WHERE terminal_id = {mark}",
                                  (self.last_seq, self.now, self.terminal["terminal_id"]))
        if rows["changes"]:
            # Last, so the feed lock is held only for this insert and the commit.
            feed_lock(self.conn)
            self._insert(t.changes, rows["changes"])



def _pg_type(type_: sa.types.TypeEngine) -> str:
    if isinstance(type_, sa.Boolean):
        return "boolean"
    if isinstance(type_, sa.Float):
        return "float8"
    if isinstance(type_, sa.Integer):
        return "bigint"
    return "text"
