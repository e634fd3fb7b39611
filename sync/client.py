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

import base64
import json
import logging
import random
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

import httpx

from pos_client.store import sync_apply
from pos_client.store.rows import iso, parse_iso
from pos_client.store.store import set_meta

from .protocol import MAX_BATCH, PROTOCOL, BatchResult, ErrorBody, PairResponse

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]
ACK_FLUSH_BATCHES = 10      # acks are written every N batches: a lost ack only means a duplicate
FEED_PAGE = 500
SNAPSHOT_PAGE = 10000


class Transient(Exception):
    """Try again later (network, timeout, 5xx, 429, garbled answer)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NeedsRepair(Exception):
    """HQ refused the device token (401)."""


class Refused(Exception):
    """A 4xx other than 401/410/429: the request itself cannot succeed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Gone(Exception):
    """410: the feed cursor is too old."""


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    dead: int = 0
    ok: bool = False
    message: str = ""
    retry_after: float | None = None
    needs_repair: bool = False


class Backoff:
    """Full-jitter exponential backoff, capped; Retry-After is a floor."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self.rng, self.attempt = base, cap, rng or random.Random(), 0

    def next(self, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** self.attempt))
        self.attempt += 1
        delay = self.rng.uniform(ceiling / 2, ceiling)
        return min(max(delay, retry_after or 0.0), max(self.cap, retry_after or 0.0))

    def reset(self) -> None:
        self.attempt = 0


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        return None


def _problem(resp: httpx.Response) -> str:
    try:
        return ErrorBody.model_validate_json(resp.content).message
    except Exception:  # noqa: BLE001 - any garbage: show the status instead
        return f"HTTP {resp.status_code}"


class Http:
    """httpx plus the error classification above and the clock-offset reading."""

    def __init__(self, base_url: str, token: str | None, timeout_s: float, clock: Clock) -> None:
        headers = {"Authorization": f"Device {token}"} if token else {}
        self.client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout_s, headers=headers)
        self.clock = clock
        self.offset_s: float | None = None

    def close(self) -> None:
        self.client.close()

    def request(self, method: str, path: str, **kw) -> httpx.Response:
        sent_wall, sent = self.clock(), time.monotonic()
        try:
            resp = self.client.request(method, path, **kw)
        except httpx.HTTPError as exc:          # transport errors, timeouts, truncated bodies
            raise Transient(f"HQ unreachable: {type(exc).__name__}: {exc}".rstrip(": ")) from None
        self._offset(resp, sent_wall, time.monotonic() - sent)
        code = resp.status_code
        if code == 401:
            raise NeedsRepair(_problem(resp))
        if code == 410:
            raise Gone(_problem(resp))
        if code == 429 or code >= 500:
            raise Transient(f"HQ answered {code}: {_problem(resp)}", _retry_after(resp))
        if code >= 400:
            raise Refused(code, _problem(resp))
        return resp

    def _offset(self, resp: httpx.Response, sent_wall: datetime, elapsed: float) -> None:
        stamp = resp.headers.get("x-server-time")
        if stamp:
            try:
                middle = sent_wall + timedelta(seconds=elapsed / 2)
                self.offset_s = (parse_iso(stamp) - middle).total_seconds()
            except ValueError:
                pass


def _json(resp: httpx.Response, model=None):
    try:
        return model.model_validate_json(resp.content) if model else json.loads(resp.content)
    except Exception as exc:  # noqa: BLE001 - a cut or garbled answer is a network fault
        raise Transient(f"garbled answer from HQ ({type(exc).__name__})") from None


# -- pairing ----------------------------------------------------------------------

class PairError(Exception):
    pass


def _public_key(store) -> tuple[str, str]:
    raw = store.signing_key.public_bytes()
    from pos_client.domain.codes import key_id_of     # the id codes carry, so both agree
    return key_id_of(raw).hex(), base64.b64encode(raw).decode()


def pair(store, hq_url: str, code: str, terminal_name: str, timeout_s: float = 10,
         attempts: int = 4) -> dict:
    """Trade a one-time code for a device token and store both with the URL.

    Lost answers are retried with the same request: HQ gives the same pairing back.
    """
    key_id, public = _public_key(store)
    body = {"protocol": PROTOCOL, "code": code.strip(), "terminal_id": store.terminal_id,
            "terminal_name": terminal_name, "key": {"key_id": key_id, "public_key": public,
                                                    "owner": store.terminal_id}}
    http = Http(hq_url, None, timeout_s, _utcnow)
    backoff = Backoff(0.5, 4)
    try:
        for attempt in range(attempts):
            try:
                answer = _json(http.request("POST", "/v1/pair", json=body), PairResponse)
                break
            except Transient as exc:
                if attempt == attempts - 1:
                    raise
                log.info("pairing: %s; retrying", exc)
                time.sleep(backoff.next(exc.retry_after))
            except (Refused, NeedsRepair, Gone) as exc:
                raise PairError(str(exc)) from None
    finally:
        http.close()
    previous = store.get_meta("hq_url")

    def tx(conn):
        if previous and previous.rstrip("/") != hq_url.rstrip("/"):
            set_meta(conn, "feed_cursor", None)     # another HQ: start from its snapshot
        set_meta(conn, "hq_url", hq_url.rstrip("/"))
        set_meta(conn, "device_token", answer.device_token)
        set_meta(conn, "terminal_name", answer.terminal_name)
        set_meta(conn, "needs_repair", "0")
        set_meta(conn, "sync_error", "")
        sync_apply.apply_items(conn, [{"type": "key", **answer.hq_key.model_dump()}])

    store.write(tx)
    store.forget_keyring()
    return {"terminal_id": answer.terminal_id, "terminal_name": answer.terminal_name,
            "hq_url": hq_url.rstrip("/"), "hq_key_id": answer.hq_key.key_id}


# -- the sync round -----------------------------------------------------------------

class SyncClient:
    def __init__(self, store, hq_url: str, token: str, timeout_s: float = 10, clock: Clock | None = None,
                 *, interval_s: float = 30, backoff: Backoff | None = None,
                 progress: Progress | None = None, on_result: Callable[[SyncResult], None] | None = None) -> None:
        self.store = store
        self.clock = clock or _utcnow
        self.http = Http(hq_url, token, timeout_s, self.clock)
        self.interval_s = interval_s
        self.backoff = backoff or Backoff()
        self.progress = progress
        self.on_result = on_result
        self.last_result: SyncResult | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._round = threading.Lock()

    # -- one round -------------------------------------------------------------
    def sync_once(self) -> SyncResult:
        with self._round:
            result = SyncResult()
            try:
                self._push(result)
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
            self.last_result = result
            return result

    def _record(self, result: SyncResult) -> None:
        offset = self.http.offset_s

        def tx(conn):
            if offset is not None:
                set_meta(conn, "hq_clock_offset_s", f"{offset:.3f}")
            if result.needs_repair:
                set_meta(conn, "needs_repair", "1")
            set_meta(conn, "sync_error", result.message)
            if result.ok:
                set_meta(conn, "last_sync", iso(self.clock()))

        self.store.write(tx)

    # -- push ----------------------------------------------------------------------
    def _push(self, result: SyncResult) -> None:
        after, acks, batches, writing = 0, [], 0, []
        try:
            while True:
                rows = self.store.read().execute(
                    "SELECT seq, event_id, kind, occurred_at, payload FROM outbox"
                    " WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?", (after, MAX_BATCH)).fetchall()
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
        if not acks:
            return None
        now = iso(self.clock())
        sent = [(now, seq) for seq, (state, _) in acks if state == "sent"]
        dead = [(reason, seq) for seq, (state, reason) in acks if state == "dead"]
        retry = [(reason, seq) for seq, (state, reason) in acks if state not in ("sent", "dead")]

        def tx(conn):
            conn.executemany("UPDATE outbox SET state='sent', sent_at=?, attempts=attempts+1 WHERE seq=?", sent)
            conn.executemany("UPDATE outbox SET state='dead', last_error=?, attempts=attempts+1 WHERE seq=?", dead)
            conn.executemany("UPDATE outbox SET last_error=?, attempts=attempts+1 WHERE seq=?", retry)

        return self.store.writer.submit(tx)

    # -- pull ----------------------------------------------------------------------
    def _pull(self, result: SyncResult) -> None:
        while True:
            cursor = self.store.get_meta("feed_cursor")
            if not cursor:
                result.pulled += self.bootstrap()
                cursor = self.store.get_meta("feed_cursor")
            try:
                resp = self.http.request("GET", "/v1/changes", params={"cursor": cursor, "limit": FEED_PAGE})
            except Gone:
                log.warning("change feed cursor too old: re-taking the snapshot")
                result.pulled += self.bootstrap()
                continue
            page = _json(resp)
            if not isinstance(page, dict) or "cursor" not in page or not isinstance(page.get("items"), list):
                raise Transient("garbled change page from HQ")
            items = page["items"]

            def tx(conn, items=items, cursor=page["cursor"]):
                sync_apply.apply_items(conn, items)
                set_meta(conn, "feed_cursor", cursor)

            self.store.write(tx)
            if any(i.get("type") in ("key", "tombstone") for i in items):
                self.store.forget_keyring()
            result.pulled += len(items)
            if not page.get("has_more"):
                return

    def bootstrap(self, progress: Progress | None = None) -> int:
        """Fill the cache from HQ's snapshot, page by page, resumable.

        Fetching page n+1 overlaps with the writer applying page n.
        """
        for attempt in range(3):
            try:
                return self._bootstrap(progress or self.progress)
            except Gone:
                # HQ database replaced or pruned mid-way: begin again from page one.
                self.store.write(lambda conn: set_meta(conn, "snapshot_next", None))
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
                result = self.sync_once()
            except Exception:  # noqa: BLE001 - a bug must not kill the thread; it is logged
                log.exception("sync round failed")
                result = SyncResult(message="internal error during sync (see log)")
            if self.on_result:
                self.on_result(result)
            if result.ok:
                self.backoff.reset()
                delay = self.interval_s
            elif result.needs_repair:
                delay = max(self.interval_s, 300)
            else:
                delay = self.backoff.next(result.retry_after)
            self._wake.wait(delay)
            self._wake.clear()


# -- commands for pos-client ---------------------------------------------------------

def _hq_settings(terminal) -> tuple[str | None, str | None, float]:
    store = terminal.store
    url = getattr(terminal.config.hq, "url", "") or store.get_meta("hq_url")
    return url, store.get_meta("device_token"), float(getattr(terminal.config.hq, "timeout_s", 10) or 10)


def client_for(terminal, **kw) -> SyncClient | None:
    url, token, timeout = _hq_settings(terminal)
    if not url or not token:
        return None
    return SyncClient(terminal.store, url, token, timeout, clock=getattr(terminal, "clock", None), **kw)


def _bar(done: int, total: int) -> None:
    pct = 100 * done // total if total else 100
    print(f"\rsnapshot: {done}/{total} rows ({pct} %)", end="", file=sys.stderr, flush=True)


def run_sync_command(terminal, once: bool) -> int:
    """``pos-client sync [--once]``: 0 when everything went through, 3 when not."""
    client = client_for(terminal, progress=_bar if sys.stderr.isatty() else None)
    if client is None:
        print("pos-client: this terminal is not paired with HQ: run `pos-client pair --hq URL --code CODE`",
              file=sys.stderr)
        return 3
    backoff = Backoff(1, 30)
    try:
        for attempt in range(1 if once else 5):
            result = client.sync_once()
            if result.ok or result.needs_repair or attempt == (0 if once else 4):
                break
            time.sleep(backoff.next(result.retry_after))
    finally:
        client.http.close()
    print(f"pushed {result.pushed}, pulled {result.pulled}, dead-lettered {result.dead}")
    if result.dead:
        print(f"pos-client: {result.dead} event(s) refused by HQ were dead-lettered (see status)",
              file=sys.stderr)
    if not result.ok:
        print(f"pos-client: sync incomplete: {result.message}", file=sys.stderr)
        return 3
    return 0


def run_pair_command(terminal, hq_url: str, code: str) -> int:
    """``pos-client pair``: 0 paired, 1 refused (bad/used code), 3 HQ unreachable."""
    name = getattr(terminal.config.terminal, "name", "") or terminal.store.terminal_id
    if not hq_url.startswith(("http://", "https://")):
        print(f"pos-client: {hq_url!r}: the HQ URL must start with http:// or https://", file=sys.stderr)
        return 1
    try:
        info = pair(terminal.store, hq_url, code, name, float(terminal.config.hq.timeout_s or 10))
    except PairError as exc:
        print(f"pos-client: pairing refused: {exc}", file=sys.stderr)
        return 1
    except Transient as exc:
        print(f"pos-client: {exc}", file=sys.stderr)
        return 3
    print(f"paired as {info['terminal_name']!r} ({info['terminal_id']}) with {info['hq_url']}")
    client = SyncClient(terminal.store, hq_url, terminal.store.get_meta("device_token"),
                        float(terminal.config.hq.timeout_s or 10), clock=getattr(terminal, "clock", None),
                        progress=_bar if sys.stderr.isatty() else None)
    try:
        result = client.sync_once()
    finally:
        client.http.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not result.ok:
        print(f"pos-client: paired, but the first sync did not finish: {result.message}"
              " (it is retried automatically)", file=sys.stderr)
    return 0
