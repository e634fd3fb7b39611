"""How often HQ asks tills to pull its change feed (``next_pull_s`` on a page).

Every till reads every item of the feed, so the feed's cost at HQ grows with
tills × pulls per till.  Each process counts the tills that pulled from it in
the last ``WINDOW_S`` and asks them to come back no sooner than
``tills / rate`` seconds, so its pull rounds stay near ``POS_HQ_PULL_RATE``
per second however many tills there are.  Below ``MIN_HINT_S`` no hint is
given (the till keeps its own interval, 30 s by default); a till never waits
more than ``MAX_HINT_S`` for other tills' changes.  A till's own sales are
pushed at once whatever the hint: only the pull waits.  Old tills ignore the
field and pull on their own interval.
"""

from __future__ import annotations

import os
import threading
import time

from .db import HQError

DEFAULT_RATE = 25.0          # pull rounds per second per process
WINDOW_S = 120.0
MIN_HINT_S = 10.0
MAX_HINT_S = 300.0


def pull_rate() -> float:
    try:
        rate = float(os.environ.get("POS_HQ_PULL_RATE") or DEFAULT_RATE)
    except ValueError:
        raise HQError("POS_HQ_PULL_RATE must be a number of pull rounds per second") from None
    if rate <= 0:
        raise HQError("POS_HQ_PULL_RATE must be more than 0")
    return rate


class PullPace:
    def __init__(self, rate: float, clock=time.monotonic) -> None:
        self.rate, self.clock = rate, clock
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()
        self._swept = clock()

    def hint(self, terminal_id: str) -> float | None:
        """Record a pull by ``terminal_id``; seconds until its next pull round, or None."""
        now = self.clock()
        with self._lock:
            self._seen[terminal_id] = now
            if now - self._swept > WINDOW_S / 4:
                cut = now - WINDOW_S
                self._seen = {k: v for k, v in self._seen.items() if v >= cut}
                self._swept = now
            tills = len(self._seen)
        hint = tills / self.rate
        return round(min(hint, MAX_HINT_S), 1) if hint >= MIN_HINT_S else None
