"""How many event batches one HQ process takes in at a time, and when it
asks a till to come back later instead.

At most ``limit`` batches are applied at once (one per pooled connection);
the rest wait in line in arrival order.  A batch that would wait longer than
``max_wait_s`` (the line's length times the recent time per batch) is
answered 429 at once, with a Retry-After of about when the
line will have been worked off, spread at random so the tills turned away do
not all come back in the same second (the terminal takes Retry-After as the
floor of its backoff).  After an outage thousands of tills come back
together: without this their batches would wait past the tills' timeout, be
applied, the answers lost, and the batches sent again.
"""

from __future__ import annotations

import asyncio
import math
import os
import random
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator

from .db import HQError

MAX_RETRY_AFTER_S = 60
MAX_WAIT_S = 4.0            # the terminal's timeout is 10 s


def max_wait_s() -> float:
    try:
        return float(os.environ.get("POS_HQ_MAX_WAIT_S") or MAX_WAIT_S)
    except ValueError:
        raise HQError("POS_HQ_MAX_WAIT_S must be a number of seconds") from None


class Admission:
    """Used on the event loop only (no locks needed)."""

    def __init__(self, limit: int, max_wait: float = MAX_WAIT_S, rng: random.Random | None = None) -> None:
        self.limit, self.max_wait, self.rng = max(1, limit), max_wait, rng or random.Random()
        self.waiting = 0
        self.batch_s = 0.02                      # recent time per batch inside (moving average)
        self._slots: asyncio.Semaphore | None = None

    def expected_wait_s(self) -> float:
        return (self.waiting + 1) * self.batch_s / self.limit

    def turn_away(self) -> float | None:
        """None: join the line; else the Retry-After (s) to answer with."""
        wait = self.expected_wait_s()
        if wait <= self.max_wait:
            return None
        top = min(MAX_RETRY_AFTER_S, math.ceil(wait))
        return float(self.rng.randint(max(1, top // 2), max(1, top)))

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.limit)
        self.waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self.waiting -= 1
        start = time.monotonic()
        try:
            yield
        finally:
            self._slots.release()
            self.batch_s = 0.9 * self.batch_s + 0.1 * (time.monotonic() - start)
