"""Simulated tills for the chain load test: one lean HTTP connection each
(``wire``), a real pairing (Ed25519 key, one-time code, device token), real event batches
(sales with ledger deltas, as docs/events.md) and real change-feed pulls.

Each till keeps its own record, as a till's outbox does: every event it
made (id and seq) and HQ's answer to each, so afterwards HQ's events can be
checked against the tills' own records (none lost, none doubled).
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import re
import time
import uuid
from collections import deque
from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pos_client.domain.codes import key_id_of
from pos_client.ids import uuid7

from ..client import Backoff
from ..protocol import PROTOCOL
from .stats import Stats
from .wire import Client, Response, WireError

MAX_BATCH = 50
FEED_PAGE = 500
HEAD = re.compile(rb'"cursor":"([^"]*)","has_more":(true|false)')
HINT = re.compile(rb'"next_pull_s":([0-9.]+)')
COUNT = re.compile(rb'"count":([0-9]+)')
CHECK_EVERY = 64          # every 64th page is inflated whole and its items counted against its "count"
T0 = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)


def sale_payload(member_id: str | None, n: int, total: int) -> dict:
    points = total // 100 if member_id else 0
    ledger = [{"member_id": member_id, "account": "points", "delta": points},
              {"member_id": member_id, "account": "spend", "delta": total},
              {"member_id": member_id, "account": "stamps:dogfood", "delta": 1}] if member_id else []
    return {"sale_id": uuid7(), "receipt_no": f"L-{n:06d}", "member_id": member_id, "currency": "NOK",
            "lines": [{"sku": "DOG1", "qty": 1, "unit_price": total, "amount": total, "discount": 0,
                       "points": points, "stamps": {"dogfood": 1}}],
            "benefits": [], "subtotal": total, "discount_total": 0, "total": total,
            "tenders": [{"kind": "card", "amount": total}], "coupons_redeemed": [], "coupons_issued": [],
            "points_earned": points, "ledger": ledger}


class SimTill:
    def __init__(self, index: int, base_url: str, members: list[str], stats: Stats, seed: int = 0) -> None:
        self.index, self.name = index, f"load-{index:05d}"
        self.terminal_id = str(uuid.uuid4())
        self.rng = random.Random(seed * 1_000_003 + index)
        self.members, self.stats = members, stats
        self.http = Client(base_url, timeout=60)
        self.seq = 0
        self.made: dict[int, str] = {}           # seq -> event_id: the till's own record
        self.answers: dict[str, str] = {}        # event_id -> first status HQ gave
        self.pending: deque[int] = deque()       # seqs not yet acknowledged, in order
        self.cursor: str | None = None
        self.pages = 0
        self.drained_at: float | None = None
        self.backoff = Backoff(1.0, 60.0, self.rng)       # the till's own: Retry-After is a floor

    async def close(self) -> None:
        await self.http.aclose()

    # -- setup ---------------------------------------------------------------------
    async def pair(self, code: str) -> None:
        private = Ed25519PrivateKey.generate()
        raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        body = {"protocol": PROTOCOL, "code": code, "terminal_id": self.terminal_id, "terminal_name": self.name,
                "key": {"key_id": key_id_of(raw).hex(), "public_key": base64.b64encode(raw).decode(),
                        "owner": self.terminal_id}}
        resp = await self._retrying("POST", "/v1/pair", json.dumps(body).encode())
        self.http.headers["Authorization"] = f"Device {resp.json()['device_token']}"

    async def feed_head(self) -> str:
        """Where a snapshot taken now would leave a till in the feed."""
        snap = await self._retrying("GET", "/v1/snapshot?limit=1")
        return snap.json()["feed_cursor"]

    async def _retrying(self, method: str, path: str, body: bytes = b"") -> Response:
        for attempt in range(10):
            try:
                resp = await self.http.request(method, path, body, {"content-type": "application/json"})
                if resp.status == 200:
                    return resp
            except WireError:
                pass
            await asyncio.sleep(min(5.0, 0.2 * 2 ** attempt))
        raise RuntimeError(f"{self.name}: {method} {path} kept failing")

    # -- selling ---------------------------------------------------------------------
    def sell(self) -> None:
        """One sale into the till's queue (what a completed sale's commit does)."""
        self.seq += 1
        self.made[self.seq] = uuid7()
        self.pending.append(self.seq)

    def _event(self, seq: int) -> dict:
        # Rebuilt from the seq each time it is sent: the same event, the same id.
        rng = random.Random(hash((self.terminal_id, seq)))
        member = self.members[rng.randrange(len(self.members))] if self.members and rng.random() < 0.7 else None
        when = (T0 + timedelta(seconds=seq * 20 + self.index % 20)).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")
        return {"event_id": self.made[seq], "terminal_id": self.terminal_id, "seq": seq, "kind": "sale_completed",
                "occurred_at": when, "payload": sale_payload(member, seq, rng.randrange(2000, 90000))}

    # -- sync ------------------------------------------------------------------------
    async def push(self, deadline: float) -> None:
        """Push everything queued, in batches of 50, retrying with capped backoff."""
        while self.pending and time.monotonic() < deadline:
            batch = [self._event(s) for s in list(self.pending)[:MAX_BATCH]]
            body = json.dumps({"protocol": PROTOCOL, "sent_at": batch[-1]["occurred_at"], "events": batch},
                              separators=(",", ":")).encode()
            start = time.perf_counter()
            try:
                resp = await self.http.post("/v1/events", body)
            except WireError as exc:
                self.stats.error("push", f"{type(exc).__name__} {exc}"[:90])
                await asyncio.sleep(self.backoff.next())
                continue
            if resp.status != 200:
                # 429 is HQ pacing its load (counted, but apart from failures)
                self.stats.error("push", f"http {resp.status}")
                await asyncio.sleep(self.backoff.next(_seconds(resp.headers.get("retry-after"))))
                continue
            self.stats.latency("push", time.perf_counter() - start, len(batch))
            self.backoff.reset()
            for r in resp.json()["results"]:
                self.answers.setdefault(r["event_id"], r["status"])
                if r["status"] not in ("accepted", "duplicate"):
                    self.stats.error("push", f"{r['status']}: {r['reason'][:60]}")
            for _ in batch:
                self.pending.popleft()
        if not self.pending and self.drained_at is None:
            self.drained_at = time.monotonic()

    async def pull(self) -> float | None:
        """Follow the change feed to its end, page by page (the till applies
        each page; here only the cursor is kept).  Returns HQ's ``next_pull_s``."""
        while True:
            start = time.perf_counter()
            try:
                resp = await self.http.get("/v1/changes", {"cursor": self.cursor, "limit": FEED_PAGE},
                                           {"accept-encoding": "gzip"})
            except WireError as exc:
                self.stats.error("pull", str(exc)[:60])
                return None
            if resp.status != 200:
                self.stats.error("pull", f"http {resp.status}")
                return None
            elapsed = time.perf_counter() - start
            head = resp.head(600)
            found, count = HEAD.search(head), COUNT.search(head)
            if found is None or count is None:
                self.stats.error("pull", "a page without its cursor or count")
                return None
            # bytes on the wire (gzip when HQ compressed the page)
            self.stats.latency("pull", elapsed, int(count[1]), len(resp.body))
            self.pages += 1
            if self.pages % CHECK_EVERY == 1:
                self._check(resp, int(count[1]))
            self.cursor = found[1].decode()
            if found[2] != b"true":
                hint = HINT.search(head)
                return float(hint[1]) if hint else None

    def _check(self, resp: Response, count: int) -> None:
        """A page inflated whole: its items are as many as it says, and its
        JSON's size per item is sampled (``json_bytes_per_item``)."""
        text = resp.content()
        items = json.loads(text)["items"]
        if len(items) != count:
            self.stats.error("pull", f"a page says {count} items and holds {len(items)}")
        self.stats.items["pull_checked"] += len(items)
        self.stats.bytes["pull_checked_json"] += len(text)


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
