"""Fixtures for sync tests: a real HQ (uvicorn on 127.0.0.1, random port) on
SQLite and on PostgreSQL, and a throwaway PostgreSQL cluster for the session."""

from __future__ import annotations

import os

import pytest

from sync.pgtemp import PgUnavailable, TempPostgres, new_database

from hq_server import HQPair, HQServer


@pytest.fixture(scope="session")
def pg_admin_url():
    url = os.environ.get("POS_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        cluster = TempPostgres(fsync=False)
    except PgUnavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hq_db(request, tmp_path):
    """A fresh, empty HQ database URL on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "hq.db")
    return new_database(request.getfixturevalue("pg_admin_url"))


@pytest.fixture
def hq(hq_db):
    server = HQServer(hq_db)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def hq_pair(pg_admin_url):
    """Two ``pos-hq serve`` processes on one fresh PostgreSQL database."""
    pair = HQPair(new_database(pg_admin_url))
    pair.start()
    yield pair
    pair.stop()
