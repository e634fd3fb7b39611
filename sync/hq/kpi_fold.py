"""A member's compact state that each accepted event advances (pure: no SQL,
no clock), and the member's dashboard items (``kpi_state``) read off it, so
ingest never re-reads a member's history.

- purchases: how many non-return sales, the latest two of their times.
- points: the FIFO replay of ``pos_client.domain.member.point_lots`` kept as
  its running result: the lots still held (oldest first, each with the
  canonical UTC text of when it expires, ``None`` = never), the debt, the
  sum of all entries and the latest entry's time.  An entry at or after that
  time is one more step of the same replay; an earlier one (a till that was
  offline) cannot be, and ``advance`` says so (the caller replays the member
  from the ledger).  With no point lifetime nothing expires and the lots are
  kept as one.
- spend: the spend entries the tier stretches (``kpi_state.tier_items``)
  still depend on, kept only while the member is enrolled (tiers count
  enrolled members; one who enrols later is replayed).  While spend only grows, a stretch of ``since`` in which
  the spend after it is at least the top tier's minimum stays in the top
  tier whatever comes later, so the entries before the last such stretch are
  dropped (the stretches read off the rest are the same).  A negative spend
  entry (a return) can undo that, so ``advance`` declines it.

``test_aggregates`` checks state-by-steps against the replay of the whole
history, and both against the figures computed from the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from . import kpi_state

Item = kpi_state.Item
IN_STATE = ("last", "prev")        # items kept as the state's own columns (last_at, prev_at), not item rows


def stored(metric: str, at: str | None) -> bool:
    """Whether an item is a ``kpi_items`` row.  Not: ``last`` / ``prev`` (the
    state's columns) and the points items that never pass (``at`` None: they
    only ever count in the per-day sums, on the "never" day).  Tier stretches
    that never end stay rows (the console's tier rules read them)."""
    return metric not in IN_STATE and (at is not None or metric[:3] in ("ts:", "te:"))


@dataclass
class State:
    enrolled: bool = False                      # the items below include tiers
    purchases: int = 0
    last_at: str | None = None
    prev_at: str | None = None
    points_at: str | None = None                # canonical UTC text
    debt: int = 0
    points_total: int = 0
    lots: list[list] = field(default_factory=list)     # [[expires_at | None, left > 0], ...] oldest first
    spend: list[list] = field(default_factory=list)    # [[at, sum of deltas at that time], ...] by time


def canonical(at: str) -> str:
    """Fixed-width UTC text: compared as text it compares as time (what the
    tills send already is: kept as it is, without a parse)."""
    if len(at) == 32 and at[10] == "T" and at[19] == "." and at.endswith("+00:00"):
        return at
    return kpi_state._iso(datetime.fromisoformat(at))


def add_sale(state: State, at: str) -> None:
    """A non-return sale (times compared as the text the tills sent, as ``sales_items`` does)."""
    state.purchases += 1
    if state.last_at is None or at > state.last_at:
        state.last_at, state.prev_at = at, state.last_at
    elif state.prev_at is None or at > state.prev_at:
        state.prev_at = at


def add_points(state: State, entries: list[tuple[str, int]], lifetime_days: int | None) -> bool:
    """One step of the FIFO replay per entry (in the order given, which must
    be time order); False if an entry is older than the latest replayed."""
    horizon = timedelta(days=lifetime_days) if lifetime_days else None
    lots = state.lots
    for at, delta in entries:
        when = canonical(at)
        if state.points_at is not None and when < state.points_at:
            return False
        state.points_at = when
        state.points_total += delta
        if horizon is not None:
            dead = 0
            while dead < len(lots) and lots[dead][0] <= when:     # expired before this entry
                dead += 1
            if dead:
                del lots[:dead]
        if delta > 0:
            if horizon is None:
                if lots:
                    lots[0][1] += delta
                else:
                    lots.append([None, delta])
            else:
                lots.append([kpi_state._iso(datetime.fromisoformat(at) + horizon), delta])
            continue
        owed = -delta
        while owed and lots:
            take = min(lots[0][1], owed)
            lots[0][1] -= take
            owed -= take
            if not lots[0][1]:
                del lots[0]
        state.debt += owed
    return True


def add_spend(state: State, entries: list[tuple[str, int]], thresholds: list[int]) -> bool:
    """The spend entries, kept as far as tiers need them; False for a negative one."""
    if len(thresholds) < 2:
        return True                              # no tier above the first: no stretches to keep
    for at, delta in entries:
        if delta < 0:
            return False
        _insert_spend(state.spend, at, delta)
    trim_spend(state.spend, max(thresholds))
    return True


def _insert_spend(spend: list[list], at: str, delta: int) -> None:
    i = len(spend)
    while i and spend[i - 1][0] > at:
        i -= 1
    if i and spend[i - 1][0] == at:
        spend[i - 1][1] += delta
    else:
        spend.insert(i, [at, delta])


def trim_spend(spend: list[list], top: int) -> None:
    """Drop the leading entries while the spend after each dropped one (and
    before the first) is at least ``top``: those stretches stay in the top tier."""
    after = sum(d for _, d in spend)             # spend after a since before the first entry
    drop = 0
    while drop < len(spend) and after >= top and after - spend[drop][1] >= top:
        after -= spend[drop][1]
        drop += 1
    if drop:
        del spend[:drop]


def from_history(points: list[tuple[str, int]], spend: list[tuple[str, int]], sales: list[str],
                 enrolled: bool, lifetime_days: int | None, thresholds: list[int]) -> State:
    """The state of a member replayed from the whole history (entries of equal
    time in the order given, as ``point_lots``' stable sort)."""
    state = State(enrolled=enrolled)
    for at in sales:
        add_sale(state, at)
    ordered = sorted(((canonical(at), i, at, d) for i, (at, d) in enumerate(points)))
    add_points(state, [(at, d) for _, _, at, d in ordered], lifetime_days)
    if enrolled and len(thresholds) >= 2:
        by_time: dict[str, int] = {}
        for at, d in spend:
            by_time[at] = by_time.get(at, 0) + d
        state.spend = [[at, d] for at, d in sorted(by_time.items())]
        trim_spend(state.spend, max(thresholds))
    return state


def items(state: State, thresholds: list[int]) -> dict[tuple[str, str | None], int]:
    """The member's items as {(metric, at): weight} (items of one metric and time merged)."""
    out: dict[tuple[str, str | None], int] = {}
    for metric, at, weight in _items(state, thresholds):
        key = (metric, at)
        out[key] = out.get(key, 0) + weight
    return out


def _items(state: State, thresholds: list[int]) -> list[Item]:
    found: list[Item] = []
    if state.last_at is not None:
        found.append(("last", state.last_at, 1))
    if state.prev_at is not None:
        found.append(("prev", state.prev_at, 1))
    if state.points_at is not None:
        if not state.debt:
            found += [("lot", at, left) for at, left in state.lots]
        else:
            found += kpi_state._debtor_items([(at, left) for at, left in state.lots], state.debt,
                                             state.points_total)
    if state.enrolled and state.spend:
        found += kpi_state.tier_items([(at, d) for at, d in state.spend], thresholds)
    return found
