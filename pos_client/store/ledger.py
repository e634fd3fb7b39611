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

    One statement inserts a batch (``RETURNING`` says which were new) and one UPDATE
    per member applies all of its new entries: a sale's points and spend move the
    member row once.  Entries for a member this cache does not hold (erased, or not
    yet synced) are still stored: the sums are rebuilt when the member arrives.
    """
    posted = 0
    for i in range(0, len(entries), CHUNK):
        chunk = entries[i:i + CHUNK]
        new = {tuple(row) for row in conn.execute(
            "INSERT OR IGNORE INTO ledger(entry_id, event_id, member_id, account, delta, occurred_at,"
            f" terminal_id) VALUES {', '.join(['(?,?,?,?,?,?,?)'] * len(chunk))}"
            " RETURNING member_id, account, entry_id",
            [v for e in chunk for v in (e.entry_id, e.event_id, e.member_id, e.account, e.delta,
                                        e.occurred_at, e.terminal_id)])}
        posted += len(new)
        by_member: dict[str, list[Entry]] = {}
        for e in chunk:
            key = (e.member_id, e.account, e.entry_id)
            if key in new:
                new.discard(key)              # an entry twice in one batch was inserted once
                by_member.setdefault(e.member_id, []).append(e)
        for member_id, mine in by_member.items():
            _apply(conn, member_id, mine)
    return posted


CHUNK = 500          # rows per INSERT (7 parameters each, well under SQLite's limit)


def _apply(conn: sqlite3.Connection, member_id: str, entries: list[Entry]) -> None:
    """One member's new entries onto its sums, in one UPDATE."""
    sets, args = [], []
    stamps: dict[str, int] = {}
    for account, oldest in ((POINTS, "oldest_points_at"), (SPEND, "oldest_spend_at")):
        mine = [e for e in entries if e.account == account]
        if mine:
            first = min(e.occurred_at for e in mine)
            sets.append(f"{account} = {account} + ?, {oldest} = min(coalesce({oldest}, ?), ?)")
            args += [sum(e.delta for e in mine), first, first]
    cheques = [e.delta for e in entries if e.account == CHEQUES]
    if cheques:
        sets.append("cheques = cheques + ?")
        args.append(sum(cheques))
    for e in entries:
        if e.account.startswith(STAMPS_PREFIX):
            card = e.account[len(STAMPS_PREFIX):]
            stamps[card] = stamps.get(card, 0) + e.delta
        elif e.account not in (POINTS, SPEND, CHEQUES) and not is_counter(e.account):
            raise ValueError(f"unknown ledger account {e.account!r}")
        # reward counters: read from the ledger inside a window, no sum kept
    if stamps:
        row = conn.execute("SELECT stamps FROM members WHERE member_id = ?", (member_id,)).fetchone()
        if row is not None:
            now = json.loads(row[0] or "{}")
            for card, delta in stamps.items():
                now[card] = now.get(card, 0) + delta
            sets.append("stamps = ?")
            args.append(json.dumps(now, sort_keys=True))
    if sets:
        conn.execute(f"UPDATE members SET {', '.join(sets)} WHERE member_id = ?", (*args, member_id))


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
