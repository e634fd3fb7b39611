"""The change feed's block cache answers exactly what the plain query does,
and an erasure (which rewrites old feed rows) is seen through it."""

from __future__ import annotations

import gzip
import json
import zlib

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.hq import schema as t
from sync.hq.db import Database
from sync.hq import feed_gzip
from sync.hq.feed_cache import BLOCK, FeedCache, runs_text

ORIGINS = [None, "till-a", "till-b", "till-c"]
N = 3 * BLOCK + 137


def _db(tmp_path_factory) -> Database:
    db = Database(str(tmp_path_factory.mktemp("feed") / "hq.db"))
    with db.write() as conn:
        conn.execute(sa.insert(t.changes), [{"origin": ORIGINS[i % 4 if i % 7 else 0], "data": "{}"}
                                            for i in range(N)])
        conn.execute(sa.update(t.changes).values(data=sa.func.printf('{"seq":%d}', t.changes.c.seq)))
    return db


def _plain(conn, after, top, limit, tid):
    c = t.changes.c
    return [tuple(r) for r in conn.execute(
        sa.select(c.seq, c.data).where(c.seq > after, c.seq <= top, sa.or_(c.origin.is_(None), c.origin != tid))
        .order_by(c.seq).limit(limit)).all()]


def _shared(test, tmp_path_factory) -> tuple[Database, FeedCache]:
    """One feed database for every property test, and a small cache per test kept across examples."""
    if _SHARED.get("db") is None:
        _SHARED["db"] = _db(tmp_path_factory)
    cache = getattr(test, "cache", None) or FeedCache(max_blocks=2)
    test.cache = cache
    return _SHARED["db"], cache


_SHARED: dict = {}


def _draw(conn, data) -> tuple[int, int, int, str]:
    """(after, top shown, limit, terminal) of one pull."""
    top = conn.execute(sa.text("SELECT max(seq) FROM changes")).scalar()
    after = data.draw(st.integers(0, top))
    limit = data.draw(st.integers(1, 1200))
    tid = data.draw(st.sampled_from(["till-a", "till-b", "nobody"]))
    return after, data.draw(st.integers(after, top)), limit, tid


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_cached_pages_equal_the_plain_query(tmp_path_factory, data):
    db, cache = _shared(test_cached_pages_equal_the_plain_query, tmp_path_factory)
    with db.engine.connect() as conn:
        after, shown_top, limit, tid = _draw(conn, data)
        expected = _plain(conn, after, shown_top, limit, tid)
        assert cache.rows(conn, None, after, shown_top, limit, tid) == expected
        assert _page(cache, conn, None, after, shown_top, limit, tid) == expected


def _page(cache, conn, epoch, after, top, limit, tid) -> list[tuple[int, str]]:
    """What ``page`` answers, as (seq, data) rows: the joined text parsed back, the
    last seq it reports checked against the rows."""
    runs, count, last = cache.page(conn, epoch, after, top, limit, tid)
    items = json.loads(b"[" + runs_text(runs) + b"]")
    assert len(items) == count
    rows = [(item["seq"], json.dumps(item, separators=(",", ":"))) for item in items]
    assert last == (rows[-1][0] if rows else after)
    return rows


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, 700), st.integers(0, 3), st.integers(1, 900)), min_size=1,
                      max_size=8))
def test_a_growing_feed_read_from_its_cached_tail(tmp_path_factory, steps):
    """Rows keep arriving between pulls: the newest block is cached up to the
    top it was read at and extended, never missing or repeating a row."""
    db = Database(str(tmp_path_factory.mktemp("grow") / "hq.db"))
    cache, n = FeedCache(max_blocks=3), 0
    try:
        for grow, till, limit in steps:
            with db.write() as conn:
                if grow:
                    conn.execute(sa.insert(t.changes), [
                        {"origin": ORIGINS[(n + i) % 4], "data": "{}"} for i in range(grow)])
                    n += grow
                conn.execute(sa.update(t.changes).values(data=sa.func.printf('{"seq":%d}', t.changes.c.seq)))
            with db.engine.connect() as conn:
                top = conn.execute(sa.text("SELECT max(seq) FROM changes")).scalar()
                tid = ORIGINS[till] or "nobody"
                for after in (0, max(0, top - grow), max(0, top - 1)):
                    assert _page(cache, conn, None, after, top, limit, tid) == _plain(conn, after, top, limit, tid)
    finally:
        db.close()


def test_a_new_epoch_drops_the_blocks(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    try:
        with db.write() as conn:
            conn.execute(sa.insert(t.changes), [{"origin": None, "data": '"old"'} for _ in range(BLOCK + 1)])
        cache = FeedCache()
        with db.engine.connect() as conn:
            # seq 1 is HQ's own key; seq 2 the first of ours, in a complete block
            assert cache.rows(conn, "e1", 1, BLOCK + 2, 1, "x") == [(2, '"old"')]
        with db.write() as conn:
            conn.execute(sa.update(t.changes).where(t.changes.c.seq == 2).values(data='"tomb"'))
        with db.engine.connect() as conn:
            assert cache.rows(conn, "e1", 1, BLOCK + 2, 1, "x") == [(2, '"old"')]      # kept
            assert cache.rows(conn, "e2", 1, BLOCK + 2, 1, "x") == [(2, '"tomb"')]     # dropped
    finally:
        db.close()


def test_a_read_still_on_an_older_epoch_bypasses_the_cache(tmp_path):
    """A pull whose snapshot began before an erasure reads the database and
    leaves nothing of its (older) rows in the cache."""
    db = Database(str(tmp_path / "hq.db"))
    try:
        with db.write() as conn:
            conn.execute(sa.insert(t.changes), [{"origin": None, "data": '"row"'} for _ in range(3)])
        cache = FeedCache()
        with db.engine.connect() as conn:
            assert cache.rows(conn, "e2", 1, 3, 5, "x") == [(2, '"row"'), (3, '"row"')]
        with db.write() as conn:                 # what the older snapshot still saw
            conn.execute(sa.update(t.changes).where(t.changes.c.seq == 2).values(data='"old"'))
        with db.engine.connect() as conn:
            assert cache.rows(conn, "e1", 1, 3, 5, "x")[0] == (2, '"old"')          # from the database
            assert cache.rows(conn, "e2", 1, 3, 5, "x")[0] == (2, '"row"')          # e2's block kept
    finally:
        db.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_gzip_page_is_the_plain_page_compressed(tmp_path_factory, data):
    """Cached compressed segments, pieces compressed on the spot and a till's
    own items cut out make one gzip stream that decodes to the plain page."""
    db, cache = _shared(test_a_gzip_page_is_the_plain_page_compressed, tmp_path_factory)
    with db.engine.connect() as conn:
        after, shown_top, limit, tid = _draw(conn, data)
        runs, _, _ = cache.page(conn, None, after, shown_top, limit, tid)
    plain = b'{"head":[' + runs_text(runs) + b"]}"
    body = feed_gzip.page(b'{"head":[', runs, b"]}")
    assert gzip.decompress(body) == plain
    assert zlib.decompressobj(wbits=31).decompress(body) == plain        # one member, as httpx reads it
