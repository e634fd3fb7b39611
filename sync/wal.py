"""WAL checkpoints off the writers' path, for any SQLite file in WAL mode.

Shared by the till's store (``pos_client.store.db``) and HQ's SQLite database
(``sync.hq.db``), like the wire protocol beside it; it knows nothing of either
(an import-linter contract: it imports only the standard library).  WAL mode is a property of the
database file, so the checkpoint connection needs no pragmas of its own.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["Checkpointer"]


class Checkpointer:
    """Copies the WAL back into the database on its own thread: after ``every``
    commits, not more often than every ``min_interval_s`` seconds, and — with
    ``idle_s`` — only once the writer has been quiet that long.

    A checkpoint syncs the main file; running beside a commit it doubled the
    p99 of a sale (3.2 ms instead of 1.6 ms), so a till checkpoints between
    customers.  ``most`` commits waiting override the quiet rule, which keeps
    the WAL bounded when the till never pauses.  Each checkpoint rewrites the
    hot pages (indexes, counters) once however many commits touched them, so
    spacing them out (HQ ingesting a backlog) also saves most of their work."""

    def __init__(self, path: Path | str, every: int = 64, min_interval_s: float = 0.0,
                 idle_s: float = 0.0, most: int = 0) -> None:
        self._path, self._every, self._min_interval_s = path, every, min_interval_s
        self._idle_s, self._most = idle_s, most
        self._commits = 0
        self._last = self._last_commit = time.monotonic()
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="store-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        self._commits += 1
        self._last_commit = time.monotonic()
        if self._commits >= self._every and self._last_commit - self._last >= self._min_interval_s:
            self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=30)

    def _wait_for_quiet(self) -> None:
        while not self._stopping and not (self._most and self._commits >= self._most):
            quiet = time.monotonic() - self._last_commit
            if quiet >= self._idle_s:
                return
            time.sleep(min(self._idle_s - quiet, 0.05))   # a short nap: stop and `most` are seen soon

    def _run(self) -> None:
        conn = sqlite3.connect(str(self._path), timeout=30, isolation_level=None, check_same_thread=False)
        try:
            while True:
                self._wake.wait()
                if self._idle_s:
                    self._wait_for_quiet()
                self._wake.clear()
                if self._stopping:
                    break
                self._commits = 0
                self._last = time.monotonic()
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.OperationalError as exc:  # busy: the next round catches up
                    log.debug("checkpoint skipped: %s", exc)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("checkpoint failed: %s", exc)
        finally:
            conn.close()
