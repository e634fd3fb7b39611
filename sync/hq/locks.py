"""Row and key locks that let event batches of different tills commit in
parallel on PostgreSQL while every decision stays the one a serial HQ makes.

Order, the same in every batch (so no two batches wait on each other in a
circle): the till's own row (``terminal_for_token(lock=True)``), then the
advisory keys below in sorted order, then the points balance rows in sorted
order, then (at flush) the other balance rows in sorted order, and last the
change-feed lock (``db.feed_lock``) up to the commit.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

from .pg_array import pg_array


def key_id(key: str) -> int:
    """A stable signed 64-bit advisory lock id for a text key."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


def lock_keys(conn: sa.Connection, keys: list[str]) -> None:
    """Transaction-scoped advisory locks on ``keys`` (e.g. ``coupon:<id>``), in id order."""
    ids = sorted({key_id(k) for k in keys})
    if ids:
        # unnest yields the array in order; the locks are taken row by row in it.
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", (pg_array(ids),)).all()


def lock_points(conn: sa.Connection, member_ids: set[str]) -> dict[str, int]:
    """Lock (creating at 0 if missing) the members' points balance rows in
    member order; returns their totals as this transaction may now rely on."""
    if not member_ids:
        return {}
    rows = conn.exec_driver_sql(
        "INSERT INTO balances (member_id, account, total) SELECT m, 'points', 0 FROM unnest(%s::text[]) AS m"
        " ON CONFLICT (member_id, account) DO UPDATE SET total = balances.total RETURNING member_id, total",
        (pg_array(sorted(member_ids)),)).all()
    return {mid: int(total) for mid, total in rows}
