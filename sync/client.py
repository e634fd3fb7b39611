"""Terminal side of sync: push the outbox, then pull HQ's changes (DESIGN §5).

``SyncClient.sync_once()`` is one round; ``start()`` runs rounds on a
background thread with capped, jittered exponential backoff.  Nothing here
blocks a sale: reads use this thread's own SQLite connection and writes are
short transactions on the store's writer.

Failure handling, in one place:
- network errors, timeouts, truncated or garbled answers, 5xx, 429: retry
  later (``Retry-After`` honoured); the outbox row stays ``pending``;
- 401: the token is gone (revoked, HQ reset): ``needs_repair = 1`` and the GUI
  asks for a re-pair; nothing is retried until then;
- a permanent rejection of one event: that row becomes ``dead`` with the
  reason; the others keep flowing;
- 410 on the feed: re-snapshot the cache; the outbox is not touched.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from pos_client.store import meta, sync_apply
from pos_client.store.outbox import Outbox
from pos_client.store.rows import iso

from .http import Backoff, Clock, Gone, Http, NeedsRepair, Refused, Transient, _json, utcnow
from .pairing import PairError, pair
from .protocol import MAX_BATCH, PROTOCOL, BatchResult

__all__ = ["Backoff", "Gone", "NeedsRepair", "PairError", "Refused", "SyncClient", "SyncResult",
           "Transient", "client_for", "hq_settings", "pair"]

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
ACK_FLUSH_BATCHES = 10      # acks are written every N batches: a lost ack only means a duplicate
FEED_PAGE = 500
SNAPSHOT_PAGE = 10000


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    dead: int = 0
    ok: bool = False
    message: str = ""
    retry_after: float | None = None
    needs_repair: bool = False


# -- the sync round -----------------------------------------------------------------

class SyncClient:
    def __init__(self, store, hq_url: str, token: str, timeout_s: float = 10, clock: Clock | None = None,
                 *, interval_s: float = 30, backoff: Backoff | None = None,
                 progress: Progress | None = None, on_result: Callable[[SyncResult], None] | None = None) -> None:
        self.store = store
        self.outbox = Outbox(store)
        self.clock = clock or utcnow
        self.http = Http(hq_url, token, timeout_s, self.clock)
        self.interval_s = interval_s
        self.backoff = backoff or Backoff()
        self.progress = progress
        self.on_result = on_result
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._round = threading.Lock()
        self.monotonic = time.monotonic
        self.next_pull_at: float | None = None       # HQ's pace (next_pull_s), on the monotonic clock

    # -- one round -------------------------------------------------------------
    def sync_once(self, pull_if_due: bool = False) -> SyncResult:
        """Push, then pull.  ``pull_if_due`` (the background loop): skip the pull
        while HQ asked for fewer pulls (``next_pull_s``); the push is never held."""
        with self._round:
            result = SyncResult()
            try:
                self._push(result)
                if not (pull_if_due and self.pull_wait_s() > 0):
                    self._pull(result)
                result.ok = not result.message
            except NeedsRepair as exc:
                result.needs_repair = True
                result.message = f"HQ refused this terminal ({exc}): re-pair this terminal"
            except Transient as exc:
                result.message, result.retry_after = str(exc), exc.retry_after
            except Refused as exc:
                result.message = f"HQ refused the request: {exc}"
            except Gone as exc:
                result.message = f"HQ's snapshot moved on while it was read ({exc}); retrying"
            self._record(result)
            return result

    def _record(self, result: SyncResult) -> None:
        self.store.write(lambda conn: meta.record_sync_round(
            conn, ok=result.ok, message=result.message, needs_repair=result.needs_repair,
            clock_offset_s=self.http.offset_s, when=self.clock()))

    # -- push ----------------------------------------------------------------------
    def _push(self, result: SyncResult) -> None:
        after, acks, batches, writing = 0, [], 0, []
        try:
            while True:
                rows = self.outbox.pending(after, MAX_BATCH)
                if not rows:
                    return
                answers = self._send(rows)
                for row, res in zip(rows, answers):
                    acks.append((row[0], res))
                    if res[0] == "dead":
                        result.dead += 1
                    elif res[0] == "sent":
                        result.pushed += 1
                if any(a[0] == "retry" for a in answers):
                    # HQ could not take an event now: stop here so seq order holds.
                    result.message = next(a[1] for a in answers if a[0] == "retry")
                    return
                after = rows[-1][0]
                batches += 1
                if batches % ACK_FLUSH_BATCHES == 0:
                    # Written by the writer thread while the next batch is on the wire.
                    writing.append(self._flush_acks(acks))
                    acks = []
        finally:
            writing.append(self._flush_acks(acks))
            for done in writing:
                if done is not None:
                    done.result()

    def _send(self, rows) -> list[tuple[str, str]]:
        """Post one batch; per row ('sent'|'dead'|'retry', reason)."""
        tid = self.store.terminal_id
        # The payload is spliced in as stored: no parse/re-dump of 50 sales.
        events = ",".join(
            json.dumps({"event_id": eid, "terminal_id": tid, "seq": seq, "kind": kind,
                        "occurred_at": when}, separators=(",", ":"))[:-1] + ',"payload":' + payload + "}"
            for seq, eid, kind, when, payload in rows)
        body = f'{{"protocol":{PROTOCOL},"sent_at":"{iso(self.clock())}","events":[{events}]}}'
        try:
            resp = self.http.request("POST", "/v1/events", content=body.encode(),
                                     headers={"content-type": "application/json"})
        except Refused as exc:
            if exc.status != 422:
                raise                      # about the request, not an event: nothing is dead
            if len(rows) == 1:
                return [("dead", f"HQ refused the event: {exc}")]
            # Something in the batch is malformed as a whole: find it one by one.
            return [self._send([row])[0] for row in rows]
        answer = _json(resp, BatchResult)
        by_id = {r.event_id: r for r in answer.results}
        out = []
        for row in rows:
            r = by_id.get(row[1])
            if r is None:
                out.append(("retry", "HQ did not answer for every event"))
            elif r.status in ("accepted", "duplicate"):
                out.append(("sent", r.reason))
            elif r.permanent:
                out.append(("dead", r.reason or "rejected by HQ"))
            else:
                out.append(("retry", r.reason or "HQ could not take the event now"))
        return out

    def _flush_acks(self, acks: list):
        """Record HQ's answers; returns the writer's future (None when there is nothing)."""
        return self.outbox.record(acks, self.clock())

    # -- pull ----------------------------------------------------------------------
    def _status_headers(self) -> dict:
        """What HQ's console shows about this till: version, events waiting, clock offset."""
        from pos_client import __version__
        waiting = self.store.outbox_pending()
        headers = {"X-Till-Version": __version__, "X-Till-Waiting": str(waiting)}
        if self.http.offset_s is not None:
            headers["X-Till-Clock-Offset"] = f"{self.http.offset_s:.3f}"
        return headers

    def _pull(self, result: SyncResult) -> None:
        while True:
            cursor = self.store.get_meta("feed_cursor")
            if not cursor:
                result.pulled += self.bootstrap()
                cursor = self.store.get_meta("feed_cursor")
            try:
                resp = self.http.request("GET", "/v1/changes", params={"cursor": cursor, "limit": FEED_PAGE},
                                         headers=self._status_headers())
            except Gone:
                log.warning("change feed cursor too old: re-taking the snapshot")
                result.pulled += self.bootstrap()
                continue
            page = _json(resp)
            if not isinstance(page, dict) or "cursor" not in page or not isinstance(page.get("items"), list):
                raise Transient("garbled change page from HQ")
            items = page["items"]

            self.store.write(lambda conn, items=items, cursor=page["cursor"]:
                             sync_apply.apply_feed_page(conn, items, cursor))
            if any(i.get("type") in ("key", "tombstone") for i in items):
                self.store.forget_keyring()
            result.pulled += len(items)
            if not page.get("has_more"):
                hint = page.get("next_pull_s")
                ok = isinstance(hint, (int, float)) and not isinstance(hint, bool) and 0 < hint <= 3600
                self.next_pull_at = self.monotonic() + hint if ok else None
                return

    def pull_wait_s(self) -> float:
        """Seconds until HQ wants this terminal's next pull (0: now)."""
        return max(0.0, self.next_pull_at - self.monotonic()) if self.next_pull_at is not None else 0.0

    def bootstrap(self, progress: Progress | None = None) -> int:
        """Fill the cache from HQ's snapshot, page by page, resumable.

        Fetching page n+1 overlaps with the writer applying page n.
        """
        for attempt in range(3):
            try:
                return self._bootstrap(progress or self.progress)
            except Gone:
                # HQ database replaced or pruned mid-way: begin again from page one.
                self.store.write(meta.forget_snapshot_position)
                if attempt == 2:
                    raise
        return 0

    def _bootstrap(self, progress: Progress | None) -> int:
        store = self.store
        cursor = store.get_meta("snapshot_next")
        sweep = store.get_meta("snapshot_sweep") == "1"
        if cursor and sweep:
            cursor = None          # the sweep's memory (TEMP tables) did not survive a restart
        if not cursor:
            counts = store.counts()
            sweep = bool(counts["members"] or counts["products"])
            store.write(lambda conn: sync_apply.begin_snapshot(conn, sweep))
        rows, pending = 0, None
        try:
            while True:
                resp = self.http.request("GET", "/v1/snapshot", params={"cursor": cursor, "limit": SNAPSHOT_PAGE}
                                         if cursor else {"limit": SNAPSHOT_PAGE})
                page = _json(resp)
                if pending is not None:
                    pending.result()
                try:
                    section, columns, data, nxt = page["section"], page["columns"], page["rows"], page["next"]
                    feed_cursor = page["feed_cursor"]
                except (KeyError, TypeError):
                    raise Transient("garbled snapshot page from HQ") from None
                pending = store.writer.submit(
                    lambda conn, s=section, c=columns, d=data, n=nxt: sync_apply.apply_snapshot_page(
                        conn, s, c, d, n, sweep))
                rows += len(data)
                if progress:
                    progress(int(page.get("done_rows", rows)), int(page.get("total_rows", rows)))
                if nxt is None:
                    break
                cursor = nxt
        finally:
            if pending is not None:
                pending.result()
        store.write(lambda conn: sync_apply.finish_snapshot(conn, feed_cursor, sweep))
        store.forget_keyring()
        return rows

    # -- background thread ---------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="sync", daemon=True)
            self._thread.start()

    def kick(self) -> None:
        """Sync soon (e.g. right after a sale)."""
        self._wake.set()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.http.close()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                result = self.sync_once(pull_if_due=True)
            except Exception:  # noqa: BLE001 - a bug must not kill the thread; it is logged
                log.exception("sync round failed")
                result = SyncResult(message="internal error during sync (see log)")
            if self.on_result:
                self.on_result(result)
            if result.ok:
                self.backoff.reset()
                delay = max(self.interval_s, self.pull_wait_s())
            elif result.needs_repair:
                delay = max(self.interval_s, 300)
            else:
                delay = self.backoff.next(result.retry_after)
            self._wake.wait(delay)
            self._wake.clear()


# -- commands for pos-client ---------------------------------------------------------

def hq_settings(terminal) -> tuple[str | None, str | None, float]:
    """(HQ URL, device token, timeout) of a terminal: the config's URL wins over the pairing's."""
    store = terminal.store
    url = getattr(terminal.config.hq, "url", "") or store.get_meta("hq_url")
    return url, store.get_meta("device_token"), float(getattr(terminal.config.hq, "timeout_s", 10) or 10)


def client_for(terminal, **kw) -> SyncClient | None:
    url, token, timeout = hq_settings(terminal)
    if not url or not token:
        return None
    return SyncClient(terminal.store, url, token, timeout, clock=getattr(terminal, "clock", None), **kw)
