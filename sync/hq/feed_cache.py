"""Complete blocks of the change feed, kept in memory per HQ process.

Every till follows the same feed, a few seconds to a minute behind its head:
at 2,500 tills each block of rows is read by every till, one page at a time.
A block whose last seq is at or below the feed's top never changes again
(rows commit in seq order, see ``db.feed_lock``), except when an erasure
rewrites old rows: it bumps the ``feed_epoch`` setting in its transaction,
and a process that sees a new epoch drops its blocks.  The newest, still
filling block is always read from the database.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import sqlalchemy as sa

from . import schema as t

BLOCK = 500
MAX_BLOCKS = 64          # ~15 MB: the last 32,000 rows


class FeedCache:
    def __init__(self, max_blocks: int = MAX_BLOCKS) -> None:
        self.max_blocks = max_blocks
        self._blocks: OrderedDict[int, list[tuple[int, str | None, str]]] = OrderedDict()
        self._epoch: str | None = None
        self._lock = threading.Lock()

    def rows(self, conn: sa.Connection, epoch: str | None, after: int, top: int, limit: int,
             terminal_id: str) -> list[tuple[int, str]]:
        """(seq, data) of up to ``limit`` rows after ``after`` and at most ``top``
        that ``terminal_id`` did not cause."""
        with self._lock:
            if epoch != self._epoch:
                self._blocks.clear()
                self._epoch = epoch
        out: list[tuple[int, str]] = []
        pos = after
        while len(out) < limit and pos < top:
            k = pos // BLOCK
            end = (k + 1) * BLOCK
            if end > top:
                c = t.changes.c
                out += conn.execute(
                    sa.select(c.seq, c.data)
                    .where(c.seq > pos, c.seq <= top, sa.or_(c.origin.is_(None), c.origin != terminal_id))
                    .order_by(c.seq).limit(limit - len(out))).all()
                break
            for seq, origin, data in self._block(conn, k):
                if seq > pos and origin != terminal_id:
                    out.append((seq, data))
                    if len(out) == limit:
                        return out
            pos = end
        return out

    def _block(self, conn: sa.Connection, k: int) -> list[tuple[int, str | None, str]]:
        with self._lock:
            block = self._blocks.get(k)
            if block is not None:
                self._blocks.move_to_end(k)
                return block
        c = t.changes.c
        block = [tuple(r) for r in conn.execute(
            sa.select(c.seq, c.origin, c.data).where(c.seq > k * BLOCK, c.seq <= (k + 1) * BLOCK)
            .order_by(c.seq)).all()]
        with self._lock:
            self._blocks[k] = block
            while len(self._blocks) > self.max_blocks:
                self._blocks.popitem(last=False)
        return block


def cache_for(db) -> FeedCache:
    cache = getattr(db, "_feed_cache", None)
    if cache is None:
        cache = db._feed_cache = FeedCache()
    return cache
