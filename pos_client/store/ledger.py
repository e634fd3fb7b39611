"""Posting ledger entries and keeping the member's materialised sums in step.

The ledger is the truth; ``members.points/spend/cheques/stamps`` are its sums,
updated in the same transaction so a lookup needs no aggregation.  Entries
carry a globally unique id (``"{event_id}:{i}"``), so entries that arrive
again (a resent event, a change feed page replayed) are ignored.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ..domain.member import CHEQUES, POINTS, SPEND, STAMPS_PREFIX, is_counter


@dataclass(frozen=True)
class Entry:
    entry_id: str
    event_id: str
    member_id: str
    account: str
    delta: int
    occurred_at: str          # ISO 8601 UTC
    terminal_id: str


def entries_for_event(
    event_id: str, terminal_id: str, occurred_at: str, ledger: list[dict]
) -> list[Entry]:
    """The ``ledger`` list of an event payload (docs/events.md) as entries."""
    return [
        Entry(f"{event_id}:{i}", event_id, e["member_id"], e["account"],
              int(e["delta"]), occurred_at, terminal_id)
        for i, e in enumerate(ledger)
    ]


def post_entries(conn: sqlite3.Connection, entries: list[Entry]) -> int:
    """Insert new entries and apply them to the member sums; returns how many were new.

    Entries for a member this cache does not hold (erased, or not yet
    synced) are still stored: the sums are rebuilt when the member arrives.
    """
    posted = 0
    for e in entries:
        cur = conn.execute(
            "INSERT OR IGNORE INTO ledger(entry_id, event_id, member_id, account,"
            " delta, occurred_at, terminal_id) VALUES (?,?,?,?,?,?,?)",
            (e.entry_id, e.event_id, e.member_id, e.account, e.delta,
             e.occurred_at, e.terminal_id),
        )
        if cur.rowcount:
            posted += 1
            _apply(conn, e)
    return posted


def _apply(conn: sqlite3.Connection, e: Entry) -> None:
    if e.account == POINTS:
        conn.execute(
            "UPDATE members SET points = points + ?, oldest_points_at ="
            " min(coalesce(oldest_points_at, ?), ?) WHERE member_id = ?",
            (e.delta, e.occurred_at, e.occurred_at, e.member_id),
        )
    elif e.account == SPEND:
        conn.execute(
            "UPDATE members SET spend = spend + ?, oldest_spend_at ="
            " min(coalesce(oldest_spend_at, ?), ?) WHERE member_id = ?",
            (e.delta, e.occurred_at, e.occurred_at, e.member_id),
        )
    elif e.account == CHEQUES:
        conn.execute(
            "UPDATE members SET cheques = cheques + ? WHERE member_id = ?",
            (e.delta, e.member_id),
        )
    elif e.account.startswith(STAMPS_PREFIX):
        card = e.account[len(STAMPS_PREFIX):]
        row = conn.execute(
            "SELECT stamps FROM members WHERE member_id = ?", (e.member_id,)
        ).fetchone()
        if row is not None:
            stamps = json.loads(row[0] or "{}")
            stamps[card] = stamps.get(card, 0) + e.delta
            conn.execute(
                "UPDATE members SET stamps = ? WHERE member_id = ?",
                (json.dumps(stamps, sort_keys=True), e.member_id),
            )
    elif is_counter(e.account):
        pass                     # reward counters: read from the ledger inside a window
    else:
        raise ValueError(f"unknown ledger account {e.account!r}")


def rebuild_sums(conn: sqlite3.Connection, member_id: str) -> None:
    """Recompute a member's materialised sums from the ledger (after a member
    row arrives late, or as a consistency repair)."""
    points = spend = cheques = 0
    stamps: dict[str, int] = {}
    oldest_points = oldest_spend = None
    for account, delta, when in conn.execute(
        "SELECT account, delta, occurred_at FROM ledger WHERE member_id = ?",
        (member_id,),
    ):
        if account == POINTS:
            points += delta
            oldest_points = min(oldest_points or when, when)
        elif account == SPEND:
            spend += delta
            oldest_spend = min(oldest_spend or when, when)
        elif account == CHEQUES:
            cheques += delta
        elif account.startswith(STAMPS_PREFIX):
            card = account[len(STAMPS_PREFIX):]
            stamps[card] = stamps.get(card, 0) + delta
    conn.execute(
        "UPDATE members SET points=?, spend=?, cheques=?, stamps=?,"
        " oldest_points_at=?, oldest_spend_at=? WHERE member_id=?",
        (points, spend, cheques, json.dumps(stamps, sort_keys=True),
         oldest_points, oldest_spend, member_id),
    )


def erase_member(conn: sqlite3.Connection, member_id: str) -> None:
    """GDPR erasure: forget the person; ledger rows keep only the pseudonymous id."""
    conn.execute("DELETE FROM members WHERE member_id = ?", (member_id,))
    conn.execute("DELETE FROM consents WHERE member_id = ?", (member_id,))
    conn.execute(
        "UPDATE coupons SET code = '' WHERE member_id = ?", (member_id,)
    )
