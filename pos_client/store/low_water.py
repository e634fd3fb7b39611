"""Where the open rows of an append-only queue begin: the outbox's pending events,
the print queue's jobs not yet printed.

Both tables are appended to with growing keys and never deleted from, and their rows
close (sent, dead, printed) mostly in order.  So every open row sits at or above a
low-water mark kept in ``meta``, moved up in the transaction that closes rows, and a
reader scans forward from it by the primary key.  An index on the state did the same
at the cost of a page in every sale's commit (schema 7 dropped both).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .meta import set_meta


@dataclass(frozen=True)
class Queue:
    key: str            # the meta row holding the mark
    table: str
    column: str         # the INTEGER PRIMARY KEY
    open: str           # SQL: the row is still open

    @property
    def mark(self) -> str:
        """SQL for the mark (1 when never set): no open row has a smaller key."""
        return f"coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '{self.key}'), 1)"

    def open_rows(self) -> str:
        """SQL condition on ``table``: an open row, found from the mark on."""
        return f"{self.table}.{self.column} >= {self.mark} AND {self.open}"


OUTBOX = Queue("outbox_open_from", "outbox", "seq", "outbox.state = 'pending'")
PRINT_JOBS = Queue("print_jobs_open_from", "print_jobs", "job_id", "print_jobs.state != 'done'")


def advance(conn: sqlite3.Connection, queue: Queue) -> None:
    """Move the mark up to the first open row (past the last row when none is open);
    in the transaction that closed rows, so the mark is never above an open row."""
    row = conn.execute(f"SELECT {queue.mark}, (SELECT {queue.column} FROM {queue.table}"
                       f" WHERE {queue.open_rows()} ORDER BY {queue.column} LIMIT 1),"
                       f" (SELECT coalesce(max({queue.column}), 0) + 1 FROM {queue.table})").fetchone()
    old, first_open, after_last = row
    new = first_open if first_open is not None else after_last
    if new != old:
        set_meta(conn, queue.key, str(new))


def reset(conn: sqlite3.Connection, queue: Queue) -> None:
    """Set the mark from the table alone (a migration: a full scan, once)."""
    set_meta(conn, queue.key, "1")
    advance(conn, queue)
