"""The two requests every till makes all day, a push (``POST /v1/events``)
and a pull (``GET /v1/changes``), answered beside FastAPI instead of through it.

At chain size these are nearly all of HQ's requests, and most of a small
one's CPU was the framework: five middlewares, routing, dependency
solving, the thread hop and the response classes cost more than the batch's
SQL (docs/scale.md, "where the time goes").  ``HQApp`` sends these two
straight here; everything else, and any pull whose query string is not the
plain ``cursor``/``limit`` a till sends, goes through FastAPI as before (its
routes still document both, and answer the same).  The answers are the same
bytes either way: the handlers' work is ``push_answer``/``pull_answer``,
which the FastAPI routes call too, and errors are the same ``ErrorBody``.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl

import pydantic_core
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from ..protocol import MAX_PAGE, PROTOCOL, ErrorBody, EventBatch
from . import feed, feed_gzip, ingest, pairing, terminal_status
from .db import now_iso

log = logging.getLogger("sync.hq")
CURSOR_MAX = 500


class ApiError(Exception):
    def __init__(self, status: int, error: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.retry_after = status, error, message, retry_after


def error_parts(status: int, error: str, message: str,
                retry_after: float | None = None) -> tuple[int, dict, dict[str, str]]:
    """(status, ErrorBody as a dict, headers) of an error answer."""
    headers = {"Retry-After": str(int(retry_after))} if retry_after is not None else {}
    if status == 401:
        headers["WWW-Authenticate"] = "Device"
    return status, ErrorBody(error=error, message=message, retry_after_s=retry_after).model_dump(), headers


def invalid_message(errors: list) -> str:
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg', 'invalid')}"[:300]


def answer_for(exc: Exception) -> tuple[int, dict, dict[str, str]]:
    """The error answer for what a push or pull raised (as app.py's handlers)."""
    if isinstance(exc, ApiError):
        return error_parts(exc.status, exc.error, exc.message, exc.retry_after)
    if isinstance(exc, RequestValidationError):
        return error_parts(422, "invalid_request", invalid_message(exc.errors()))
    if isinstance(exc, sa.exc.OperationalError):
        log.warning("database unavailable: %s", exc)
        return error_parts(503, "unavailable", "the HQ database is busy or unavailable; try again", 1)
    log.error("unexpected error", exc_info=exc)
    return error_parts(500, "internal", "internal error at HQ")


def bearer(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme != "Device" or not token.strip():
        raise ApiError(401, "unauthorized", "missing 'Authorization: Device <token>'")
    return token.strip()


def refused_token() -> ApiError:
    return ApiError(401, "unauthorized", "unknown or revoked device token; re-pair this terminal")


def refuse_if_busy(admission) -> None:
    """429 when this process's line of batches is longer than a till should wait."""
    later = admission.turn_away()
    if later is not None:
        raise ApiError(429, "busy", f"HQ is taking in other tills' events; try again in {later:.0f} s", later)


def check_protocol(version: int) -> None:
    if version != PROTOCOL:
        raise ApiError(400, "protocol", f"protocol {version} is not supported (HQ speaks {PROTOCOL})")


# -- the work (on a worker thread) ---------------------------------------------------
def push_answer(db, body: bytes, authorization: str | None) -> bytes:
    token = bearer(authorization)
    # The raw body is parsed and validated in one pass by pydantic-core
    # (json.loads plus validating the Python objects was a fifth of a batch).
    try:
        batch = EventBatch.model_validate_json(body)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None
    check_protocol(batch.protocol)
    # The token is checked by ingest on the batch's own write connection.
    try:
        results, last_seq = ingest.ingest(db, token, batch.events, batch.sent_at)
    except ingest.UnknownToken:
        raise refused_token() from None
    return pydantic_core.to_json({"protocol": PROTOCOL, "results": results, "last_seq": last_seq,
                                  "server_time": now_iso()})


def pull_answer(db, pace, cursor: str | None, limit: int, authorization: str | None,
                headers) -> tuple[bytes, dict[str, str]]:
    """A change page's body and headers (gzip when it pays and the till takes it)."""
    token = bearer(authorization)
    terminal_id = page = None
    try:
        if not db.is_sqlite:
            # Most pulls: one statement, the page from memory.
            terminal_id, page = feed.cached_page(db, pairing.token_hash(token), cursor, limit)
            if terminal_id is None:
                raise refused_token()
        if page is None:
            # The token and the page on one connection in one transaction.
            with db.read() as conn:
                terminal = pairing.terminal_for_token(db, token, conn)
                if terminal is None:
                    raise refused_token()
                terminal_id = terminal["terminal_id"]
                page = feed.changes_page_on(db, conn, cursor, limit, terminal_id)
        page["next_pull_s"] = pace.hint(terminal_id)
    except feed.BadCursor as exc:
        raise ApiError(400, "bad_cursor", str(exc)) from None
    except feed.CursorGone as exc:
        raise ApiError(410, "cursor_gone", str(exc)) from None
    finally:
        if terminal_id is not None:
            terminal_status.report(db, terminal_id, headers)
    if feed_gzip.worth_it(page["runs"]) and feed_gzip.accepts_gzip(headers.get("accept-encoding")):
        return (feed_gzip.page(feed.page_head(PROTOCOL, page), page["runs"], feed.PAGE_END),
                {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return feed.page_json(PROTOCOL, page), {"Vary": "Accept-Encoding"}


# -- the ASGI side (on the event loop) -----------------------------------------------
def pull_params(query_string: bytes) -> tuple[str | None, int] | None:
    """``cursor`` and ``limit`` as a till sends them, or None: let FastAPI
    answer (and explain) anything else."""
    cursor, limit = None, 500
    try:
        pairs = parse_qsl(query_string.decode("ascii"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        return None
    seen = set()
    for key, value in pairs:
        if key in seen:
            return None
        seen.add(key)
        if key == "cursor":
            if len(value) > CURSOR_MAX:
                return None
            cursor = value
        elif key == "limit":
            if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
                return None
            limit = int(value)
    return cursor, limit


class Headers(dict):
    """A request's headers by lower-case name (the first of repeated ones, as Starlette)."""

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        super().__init__()
        for name, value in raw:
            self.setdefault(name.decode("latin-1"), value.decode("latin-1"))


class HotPaths:
    def __init__(self, db, admission, pace) -> None:
        self.db, self.admission, self.pace = db, admission, pace
        # As many threads as pooled connections: more would only wait on the pool.
        self.threads = ThreadPoolExecutor(db.pool_size, thread_name_prefix="hq-hot")

    def handler(self, scope):
        path, method = scope["path"], scope["method"]
        if path == "/v1/events" and method == "POST":
            return self.push
        if path == "/v1/changes" and method == "GET":
            params = pull_params(scope.get("query_string", b""))
            if params is not None:
                return lambda s, r, w: self.pull(s, r, w, *params)
        return None

    async def push(self, scope, receive, send) -> None:
        chunks = []
        while True:          # read it all before answering, even a 429 (an unread body reset the till)
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = Headers(scope["headers"])
        try:
            refuse_if_busy(self.admission)
            async with self.admission.slot():
                body = await asyncio.get_running_loop().run_in_executor(
                    self.threads, push_answer, self.db, b"".join(chunks), headers.get("authorization"))
        except Exception as exc:             # noqa: BLE001 - every error is an ErrorBody answer
            return await _send_error(send, exc)
        await _send(send, 200, body, {})

    async def pull(self, scope, receive, send, cursor: str | None, limit: int) -> None:
        headers = Headers(scope["headers"])
        try:
            body, extra = await asyncio.get_running_loop().run_in_executor(
                self.threads, pull_answer, self.db, self.pace, cursor, limit, headers.get("authorization"),
                headers)
        except Exception as exc:             # noqa: BLE001
            return await _send_error(send, exc)
        await _send(send, 200, body, extra)

    def close(self) -> None:
        self.threads.shutdown(wait=False)


async def _send_error(send, exc: Exception) -> None:
    status, body, headers = answer_for(exc)
    await _send(send, status, pydantic_core.to_json(body), headers)


async def _send(send, status: int, body: bytes, headers: dict[str, str]) -> None:
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"x-server-time", now_iso().encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class HQApp(FastAPI):
    """FastAPI, with pushes and pulls sent to ``HotPaths`` first (``hot``, set by create_app)."""

    hot: HotPaths | None = None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and self.hot is not None:
            handler = self.hot.handler(scope)
            if handler is not None:
                return await handler(scope, receive, send)
        await super().__call__(scope, receive, send)
