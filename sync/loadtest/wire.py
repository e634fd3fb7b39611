"""A lean HTTP/1.1 client for the simulated tills: one keep-alive connection
each, responses parsed by httptools (uvicorn's parser, in C).

2,500 httpx clients took more CPU than HQ itself (0.66 cores of this 2-core
VM at peak; py-spy put 70 % of the driver in httpx, httpcore and anyio per
request), so the load generator competed with what it measured, and its own
event-loop lag was counted in HQ's latencies.  A simulated till stands for a
machine of its own; this client does what the wire needs and no more.  A
gzip body is kept as it came (``Response.head`` inflates only its start):
the tills' own inflating would happen on their own machines.
"""

from __future__ import annotations

import asyncio
import json
import zlib
from urllib.parse import urlencode, urlsplit

import httptools


class WireError(Exception):
    """The request got no complete answer (refused, reset, timed out, garbled)."""


class Response:
    __slots__ = ("status", "headers", "body")

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def gzipped(self) -> bool:
        return self.headers.get("content-encoding") == "gzip"

    def content(self) -> bytes:
        """The whole body, inflated."""
        return zlib.decompress(self.body, 31) if self.gzipped else self.body

    def head(self, size: int = 600) -> bytes:
        """The body's first ``size`` bytes, inflated (no more is inflated)."""
        if not self.gzipped:
            return self.body[:size]
        return zlib.decompressobj(31).decompress(self.body, size)

    def json(self):
        return json.loads(self.content())


class _Protocol(asyncio.Protocol):
    """One connection; one request in flight at a time."""

    def __init__(self) -> None:
        self.parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.waiter: asyncio.Future | None = None
        self.answered = False           # a byte of the current answer arrived
        self._headers: dict[str, str] = {}
        self._body: list[bytes] = []

    # -- asyncio -----------------------------------------------------------------
    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.answered = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(WireError(f"garbled answer: {exc}"))
            self.transport.close()

    def connection_lost(self, exc) -> None:
        self.closed = True
        self._fail(WireError("connection closed"))

    # -- httptools ---------------------------------------------------------------
    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers[name.decode("latin-1").lower()] = value.decode("latin-1")

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        resp = Response(self.parser.get_status_code(), self._headers, b"".join(self._body))
        self._headers, self._body = {}, []
        if resp.headers.get("connection", "").lower() == "close":
            self.closed = True
            self.transport.close()
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(resp)

    def _fail(self, exc: Exception) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(exc)


class Client:
    """``request`` over one kept-alive connection to ``base_url`` (http only),
    reconnecting when HQ closed it (its keep-alive timeout between pulls)."""

    def __init__(self, base_url: str, timeout: float = 60) -> None:
        url = urlsplit(base_url)
        if url.scheme != "http" or not url.hostname:
            raise ValueError(f"the load test speaks plain http to a local HQ, not {base_url!r}")
        self.host, self.port, self.timeout = url.hostname, url.port or 80, timeout
        self.headers: dict[str, str] = {}
        self._proto: _Protocol | None = None

    async def get(self, path: str, params: dict | None = None, headers: dict | None = None) -> Response:
        query = urlencode({k: v for k, v in (params or {}).items() if v is not None})
        return await self.request("GET", f"{path}?{query}" if query else path, headers=headers)

    async def post(self, path: str, body: bytes, headers: dict | None = None) -> Response:
        return await self.request("POST", path, body, {"content-type": "application/json", **(headers or {})})

    async def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None) -> Response:
        reused = self._proto is not None and not self._proto.closed
        try:
            return await self._send(method, path, body, headers)
        except WireError:
            # HQ may close an idle connection just as a request goes out; that
            # one is sent again on a new connection (an event batch is
            # idempotent at HQ, as the real till's retries rely on).
            if not reused or self._proto is None or self._proto.answered:
                raise
            return await self._send(method, path, body, headers)

    async def _send(self, method: str, path: str, body: bytes, headers: dict | None) -> Response:
        proto = await self._connection()
        lines = [f"{method} {path} HTTP/1.1", f"host: {self.host}:{self.port}", f"content-length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in {**self.headers, **(headers or {})}.items()]
        loop = asyncio.get_running_loop()
        proto.waiter, proto.answered = loop.create_future(), False
        proto.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        try:
            return await asyncio.wait_for(proto.waiter, self.timeout)
        except asyncio.TimeoutError:
            self._drop()
            raise WireError(f"no answer in {self.timeout:g} s") from None
        finally:
            proto.waiter = None

    async def _connection(self) -> _Protocol:
        if self._proto is None or self._proto.closed:
            try:
                _, self._proto = await asyncio.wait_for(
                    asyncio.get_running_loop().create_connection(_Protocol, self.host, self.port), self.timeout)
            except (OSError, asyncio.TimeoutError) as exc:
                self._proto = None
                raise WireError(f"cannot connect: {exc or type(exc).__name__}") from None
        return self._proto

    def _drop(self) -> None:
        if self._proto is not None:
            self._proto.closed = True
            if self._proto.transport is not None:
                self._proto.transport.close()
        self._proto = None

    async def aclose(self) -> None:
        self._drop()
