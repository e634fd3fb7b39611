"""The ``meta`` table: the terminal's own settings and sync state, key -> text.

Plain ``set_meta`` for one key, and the few groups of keys that change
together (pairing, the end of a sync round, a feed page) as one call each, so
no caller outside the store spells a key or a statement.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from .rows import iso


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )


def save_pairing(conn: sqlite3.Connection, hq_url: str, device_token: str, terminal_name: str) -> None:
    """A new pairing: another HQ than before starts again from its snapshot."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'hq_url'").fetchone()
    previous = row[0] if row else None
    if previous and previous.rstrip("/") != hq_url.rstrip("/"):
        set_meta(conn, "feed_cursor", None)
    set_meta(conn, "hq_url", hq_url.rstrip("/"))
    set_meta(conn, "device_token", device_token)
    set_meta(conn, "terminal_name", terminal_name)
    set_meta(conn, "needs_repair", "0")
    set_meta(conn, "sync_error", "")


def record_sync_round(conn: sqlite3.Connection, *, ok: bool, message: str, needs_repair: bool,
                      clock_offset_s: float | None, when: datetime) -> None:
    """What the status line shows about sync, after every round."""
    if clock_offset_s is not None:
        set_meta(conn, "hq_clock_offset_s", f"{clock_offset_s:.3f}")
    if needs_repair:
        set_meta(conn, "needs_repair", "1")
    set_meta(conn, "sync_error", message)
    if ok:
        set_meta(conn, "last_sync", iso(when))


def forget_snapshot_position(conn: sqlite3.Connection) -> None:
    """HQ's snapshot changed under a resumable bootstrap: begin again from page one."""
    set_meta(conn, "snapshot_next", None)
