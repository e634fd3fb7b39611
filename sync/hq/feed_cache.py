"""The change feed, kept in memory per HQ process as pre-joined JSON text.

Every till follows the same feed, a few seconds to a minute behind its head:
at 2,500 tills every row is read by every till.  So each block of 500 rows is
read from the database once per process and kept as one string (the items
joined with commas) plus each item's offset; a page is then a few slices of
that string, not a query and a loop over rows.  A till's own items are left
out (a block holds a given till's item rarely: one in a few hundred rows), so
the slices go around them.

Rows at or below the feed's top never change again (rows commit in seq order,
see ``db.feed_lock``), so even the newest, still-filling block is cached up
to the top it was read at and only the rows after that are fetched.  The one
exception is an erasure, which rewrites old rows: it bumps the ``feed_epoch``
setting in its transaction, and a process that sees a new epoch drops its
blocks.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict

import sqlalchemy as sa

from . import schema as t

BLOCK = 500
MAX_BLOCKS = 64          # ~15 MB: the last 32,000 rows
_NO_CACHE = object()


class NotCached(Exception):
    """A cache-only read (no connection) needs rows this process has not read yet."""


class Block:
    """Rows of seq ``(k*BLOCK, upto]``, immutable (a longer copy replaces it):
    each item's JSON as UTF-8, all of them joined by commas, and where each
    starts.  ``zseg`` caches compressed segments (``feed_gzip``), shared by
    every longer copy (a complete segment never changes)."""

    __slots__ = ("seqs", "origins", "items", "joined", "offs", "owners", "upto", "zseg")

    def __init__(self, rows: list[tuple[int, str | None, str]], upto: int, base: "Block | None" = None) -> None:
        old = base.items if base is not None else []
        self.seqs = (base.seqs if base is not None else []) + [r[0] for r in rows]
        self.origins = (base.origins if base is not None else []) + [r[1] for r in rows]
        self.items = old + [r[2].encode() for r in rows]
        self.joined = b",".join(self.items)
        self.offs = list(base.offs[:-1]) if base is not None else []
        pos = base.offs[-1] if base is not None else 0
        for data in self.items[len(old):]:
            self.offs.append(pos)
            pos += len(data) + 1
        self.offs.append(pos)                       # item i is joined[offs[i]:offs[i + 1] - 1]
        self.owners: dict[str, list[int]] = {}
        for i, origin in enumerate(self.origins):
            if origin is not None:
                self.owners.setdefault(origin, []).append(i)
        self.upto = upto
        self.zseg: dict[int, bytes] = base.zseg if base is not None else {}

    def rows(self) -> list[tuple[int, str | None, str]]:
        return [(seq, origin, data.decode()) for seq, origin, data in zip(self.seqs, self.origins, self.items)]

    def text(self, a: int, b: int) -> bytes:
        """Items ``a..b-1`` as JSON text joined by commas."""
        return self.joined[self.offs[a]:self.offs[b] - 1]


Run = tuple[Block, int, int]          # items a..b-1 of a block


def runs_size(runs: list[Run]) -> int:
    """Bytes of ``runs_text``, without making it."""
    return sum(block.offs[b] - block.offs[a] for block, a, b in runs)          # give or take the commas


def runs_text(runs: list[Run]) -> bytes:
    """A page's items as JSON text joined by commas."""
    return b",".join(block.text(a, b) for block, a, b in runs)


class FeedCache:
    def __init__(self, max_blocks: int = MAX_BLOCKS) -> None:
        self.max_blocks = max_blocks
        self._blocks: OrderedDict[int, Block] = OrderedDict()
        self._epoch: str | None = None
        self._lock = threading.Lock()

    def page(self, conn: sa.Connection, epoch: str | None, after: int, top: int, limit: int,
             terminal_id: str) -> tuple[list[Run], int, int]:
        """Up to ``limit`` items after ``after`` and at most ``top`` that
        ``terminal_id`` did not cause: (the runs of cached items they are, how
        many items, the seq of the last one or ``after``)."""
        cached = self._check_epoch(epoch)
        pieces: list[Run] = []
        count, last, pos = 0, after, after
        while count < limit and pos < top:
            k = pos // BLOCK
            block = self._block(conn, k, min(top, (k + 1) * BLOCK), epoch if cached else _NO_CACHE)
            a, end = bisect_right(block.seqs, pos), bisect_right(block.seqs, top)
            own = [i for i in block.owners.get(terminal_id, ()) if a <= i < end]
            for s, e in _around(a, end, own):
                n = min(e - s, limit - count)
                if n > 0:
                    pieces.append((block, s, s + n))
                    count += n
                    last = block.seqs[s + n - 1]
                if count == limit:
                    return pieces, count, last
            pos = min(top, (k + 1) * BLOCK)
        return pieces, count, last

    def rows(self, conn: sa.Connection, epoch: str | None, after: int, top: int, limit: int,
             terminal_id: str) -> list[tuple[int, str]]:
        """(seq, data) of what ``page`` answers, row by row (for tests and tools)."""
        cached = self._check_epoch(epoch)
        out: list[tuple[int, str]] = []
        pos = after
        while len(out) < limit and pos < top:
            k = pos // BLOCK
            for seq, origin, data in self._block(conn, k, min(top, (k + 1) * BLOCK), epoch if cached else _NO_CACHE).rows():
                if pos < seq <= top and origin != terminal_id:
                    out.append((seq, data))
                    if len(out) == limit:
                        return out
            pos = min(top, (k + 1) * BLOCK)
        return out

    def _check_epoch(self, epoch: str | None) -> bool:
        """Whether a read that saw ``epoch`` may use the cache.  Epochs are the
        erasures' times: a newer one drops every block; a read still on an
        older one (its snapshot began before the erasure) goes to the database."""
        with self._lock:
            if epoch == self._epoch:
                return True
            if self._epoch is None or (epoch is not None and epoch > self._epoch):
                self._blocks.clear()
                self._epoch = epoch
                return True
            return False

    def _block(self, conn: sa.Connection | None, k: int, need: int, epoch) -> Block:
        """Block ``k`` complete up to seq ``need`` (at most the top of this read,
        which saw ``epoch``).  ``conn`` None: from the cache, or ``NotCached``."""
        with self._lock:
            block = self._blocks.get(k) if epoch is not _NO_CACHE else None
            if block is not None:
                self._blocks.move_to_end(k)
                if block.upto >= need:
                    return block
        if conn is None:
            raise NotCached
        have = block.upto if block is not None else k * BLOCK
        c = t.changes.c
        new = [tuple(r) for r in conn.execute(
            sa.select(c.seq, c.origin, c.data).where(c.seq > have, c.seq <= need).order_by(c.seq)).all()]
        grown = Block(new, need, block)
        with self._lock:
            if epoch != self._epoch:          # an erasure came in meanwhile (or no cache)
                return grown
            current = self._blocks.get(k)
            if current is None or current.upto < grown.upto:
                self._blocks[k] = grown
            while len(self._blocks) > self.max_blocks:
                self._blocks.popitem(last=False)
        return grown


def _around(a: int, end: int, skip: list[int]) -> list[tuple[int, int]]:
    """The runs of ``a..end-1`` between the indexes in ``skip`` (sorted)."""
    runs, s = [], a
    for i in skip:
        runs.append((s, i))
        s = i + 1
    runs.append((s, end))
    return runs


def cache_for(db) -> FeedCache:
    cache = getattr(db, "_feed_cache", None)
    if cache is None:
        cache = db._feed_cache = FeedCache()
    return cache
