"""HQ over HTTP for the sync client: error classes, backoff, and the clock offset.

Every answer is sorted into one of four outcomes (DESIGN §5): ``Transient``
(try again later), ``NeedsRepair`` (401), ``Refused`` (another 4xx) and
``Gone`` (410); a garbled or cut answer counts as a network fault.
"""

from __future__ import annotations

import json
import random
import time
from datetime import datetime, timedelta, timezone
from typing import Callable

import httpx

from pos_client.store.rows import parse_iso

from .protocol import ErrorBody

Clock = Callable[[], datetime]


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


def utcnow() -> datetime:
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
