"""The outbox: events waiting for HQ, in ``seq`` order (``writes.append_event`` adds them).

A row is ``pending`` until HQ accepted it (``sent``) or refused it for good
(``dead``, with HQ's reason); a retry only counts the attempt.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
from datetime import datetime

from .by_reference import with_body
from .low_water import OUTBOX, advance
from .packed import unpack
from .rows import iso
from .store import Store

# (seq, event_id, kind, occurred_at, payload JSON as stored)
OutboxRow = tuple[int, str, str, str, str]


class Outbox:
    def __init__(self, store: Store) -> None:
        self.store = store

    def pending(self, after: int, limit: int) -> list[OutboxRow]:
        """The next pending events after ``seq``; read on the caller's own connection."""
        return rows(self.store.read(), f"outbox.seq > max(?, {OUTBOX.mark} - 1)"
                                       " AND outbox.state = 'pending' ORDER BY outbox.seq LIMIT ?", (after, limit))

    def record(self, acks: list[tuple[int, tuple[str, str]]], when: datetime) -> "Future[None] | None":
        """HQ's answers, ``(seq, (state, reason))`` with state ``sent``/``dead``/other (retry).

        Returns the writer's future (None when there is nothing to write), so
        a caller can send the next batch while the writer records this one.
        """
        if not acks:
            return None
        now = iso(when)
        sent = [(now, seq) for seq, (state, _) in acks if state == "sent"]
        dead = [(reason, seq) for seq, (state, reason) in acks if state == "dead"]
        retry = [(reason, seq) for seq, (state, reason) in acks if state not in ("sent", "dead")]
        return self.store.writer.submit(lambda conn: _record(conn, sent, dead, retry))


def rows(conn: sqlite3.Connection, where: str = "1 ORDER BY outbox.seq", args: tuple = ()) -> list[OutboxRow]:
    """Outbox rows (``where`` on table ``outbox``) with their payloads as emitted: a body
    stored once, in its journal entry, put back (``by_reference``)."""
    return [(seq, event_id, kind, occurred_at, with_body(payload, unpack(body))) for seq, event_id, kind, occurred_at,
            payload, body in conn.execute(
                "SELECT outbox.seq, outbox.event_id, outbox.kind, outbox.occurred_at, outbox.payload, journal.body"
                " FROM outbox LEFT JOIN journal ON journal.entry_no = outbox.entry_no WHERE " + where, args)]


def _record(conn: sqlite3.Connection, sent: list, dead: list, retry: list) -> None:
    conn.executemany("UPDATE outbox SET state='sent', sent_at=?, attempts=attempts+1 WHERE seq=?", sent)
    conn.executemany("UPDATE outbox SET state='dead', last_error=?, attempts=attempts+1 WHERE seq=?", dead)
    conn.executemany("UPDATE outbox SET last_error=?, attempts=attempts+1 WHERE seq=?", retry)
    if sent or dead:
        advance(conn, OUTBOX)
