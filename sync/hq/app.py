"""The HQ HTTP API (FastAPI).  OpenAPI at ``/openapi.json``, docs at ``/docs``.

Every error answer is an ``ErrorBody``.  Handlers run in the thread pool
because the database calls are blocking: plain ``def``, or for event batches
an ``async def`` that only reads the body and hands it to one.  Hot answers
(event results, snapshot pages) are serialised directly: the response models
document them, but re-validating 20,000 snapshot rows would cost more than
reading them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from contextlib import asynccontextmanager

import anyio.to_thread
import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..protocol import (
    MAX_PAGE, MAX_SNAPSHOT_PAGE, PROTOCOL, BatchResult, ChangePage, ErrorBody, EventBatch, Health,
    PairRequest, PairResponse, SnapshotPage,
)
from . import feed, pairing
from .admission import Admission, max_wait_s
from .db import Database, now_iso
from .hot import (
    ApiError, HotPaths, HQApp, answer_for, bearer, check_protocol, error_parts, pull_answer, push_answer,
    refuse_if_busy, refused_token,
)
from .pull_pace import PullPace, pull_rate

log = logging.getLogger("sync.hq")
READY_TIMEOUT_S = 3.0


def _err(status: int, error: str, message: str, retry_after: float | None = None) -> JSONResponse:
    status, body, headers = error_parts(status, error, message, retry_after)
    return JSONResponse(body, status_code=status, headers=headers or None)


def _json(data: dict) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 410, 422, 503)}
EVENT_ERRORS = {**ERRORS, 429: {"model": ErrorBody}}


class ServerTime:
    """Pure-ASGI middleware: every answer carries HQ's clock (terminals derive
    their clock offset from it, even from error answers)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def stamped(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-server-time", now_iso().encode())]
            await send(message)

        return await self.app(scope, receive, stamped)


def create_app(db: Database) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app):
        # As many request threads as database connections (and two for
        # requests that need none): more would only queue on the pool.
        anyio.to_thread.current_default_thread_limiter().total_tokens = db.pool_size + 2
        from .console.automation_runner import periodic
        automations = periodic(db)          # the console's scheduled messages
        yield
        if automations is not None:
            automations.stop()
        app.hot.close()

    app = HQApp(title="Till HQ", version=f"{PROTOCOL}.0", lifespan=lifespan,
                description="Reference HQ for Till terminals: pairing, event ingest, change feed, snapshot.")
    app.state.db = db
    admission = Admission(db.pool_size, max_wait_s())
    pace = PullPace(pull_rate())
    app.hot = HotPaths(db, admission, pace)
    app.add_middleware(ServerTime)

    def _answer(_request: Request, exc: Exception):
        # The same answers as the hot paths give (hot.answer_for), logging included.
        status, body, headers = answer_for(exc)
        return JSONResponse(body, status_code=status, headers=headers or None)

    for kind in (ApiError, RequestValidationError, sa.exc.OperationalError, Exception):
        app.add_exception_handler(kind, _answer)

    @app.exception_handler(StarletteHTTPException)
    def _http(_request: Request, exc: StarletteHTTPException):
        return _err(exc.status_code, "http_error", str(exc.detail))

    def device(authorization: str | None = Header(default=None)) -> dict:
        terminal = pairing.terminal_for_token(db, bearer(authorization))
        if terminal is None:
            raise refused_token()
        return terminal

    @app.get("/healthz", response_model=Health)
    async def healthz():
        """Liveness for a load balancer: answered on the event loop, never
        queued behind ingest threads or the database (the database was
        reachable when the process started; ``/readyz`` asks it now)."""
        return Health(ok=True, database=db.describe(), server_time=now_iso())

    @app.get("/readyz", response_model=Health, responses={503: {"model": ErrorBody}})
    async def readyz():
        """Readiness: the database answers a trivial query within 3 s, on a
        connection of its own (not the ingest pool)."""
        try:
            await asyncio.wait_for(asyncio.to_thread(db.ping), READY_TIMEOUT_S)
        except (asyncio.TimeoutError, sa.exc.SQLAlchemyError) as exc:
            log.warning("not ready: %s", exc)
            raise ApiError(503, "unavailable", "the HQ database does not answer", 1) from None
        return Health(ok=True, database=db.describe(), server_time=now_iso())

    @app.post("/v1/pair", response_model=PairResponse, responses=ERRORS)
    def pair(req: PairRequest):
        check_protocol(req.protocol)
        try:
            return pairing.pair(db, req)
        except pairing.PairingRefused as exc:
            raise ApiError(400 if exc.error == "invalid_request" else 403, exc.error, exc.message) from None

    # Pushes and pulls are answered by ``hot.HotPaths`` before FastAPI sees them;
    # these routes document them (and answer a pull with an unusual query string).
    @app.post("/v1/events", response_model=BatchResult, responses=EVENT_ERRORS, openapi_extra=_EVENT_BATCH_BODY)
    async def events(request: Request, authorization: str | None = Header(default=None)):
        # Read before answering, even a 429: an answer with the body unread
        # left the connection mid-request and the till got a reset.
        body = await request.body()
        refuse_if_busy(admission)
        async with admission.slot():
            body = await run_in_threadpool(push_answer, db, body, authorization)
        return Response(body, media_type="application/json")

    @app.get("/v1/changes", response_model=ChangePage, responses=ERRORS)
    def changes(request: Request, cursor: str | None = Query(default=None, max_length=500),
                limit: int = Query(default=500, ge=1, le=MAX_PAGE),
                authorization: str | None = Header(default=None)):
        body, headers = pull_answer(db, pace, cursor, limit, authorization, request.headers)
        return Response(body, media_type="application/json", headers=headers)

    @app.get("/v1/snapshot", response_model=SnapshotPage, responses=ERRORS)
    def snapshot(cursor: str | None = Query(default=None, max_length=1000),
                 limit: int = Query(default=10000, ge=1, le=MAX_SNAPSHOT_PAGE), terminal: dict = Depends(device)):
        try:
            page = feed.snapshot_page(db, cursor, limit)
        except feed.BadCursor as exc:
            raise ApiError(400, "bad_cursor", str(exc)) from None
        except feed.CursorGone as exc:
            raise ApiError(410, "cursor_gone", str(exc)) from None
        return _json({"protocol": PROTOCOL, **page})

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            # The events body is read raw (see above): publish its model by hand.
            batch = EventBatch.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(batch.pop("$defs", {}))
            components["EventBatch"] = batch
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
    from .console import mount
    mount(app, db)
    return app


_EVENT_BATCH_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/EventBatch"}}}}}


def app_from_env() -> FastAPI:
    """The app of one ``pos-hq serve --workers N`` worker (uvicorn imports it
    by name in each worker process): its own Database on ``POS_HQ_DB``."""
    return create_app(Database(os.environ["POS_HQ_DB"]))
