"""A batch's changes to its members' states (``kpi_members``) and items
(``kpi_items``), the per-day sums' share going to ``Sums``.

Fast path: each member's stored state is advanced by the batch's own
entries (``kpi_fold``).  Slow path, for a member the state cannot advance (a
points entry older than the latest replayed, a return's negative spend): the
member is replayed from the ledger and the sales, as a rebuild does.  Either
way only the items that changed are written (deleted, given a new weight or
inserted); ``last`` / ``prev`` are the state's own columns.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from . import kpi_fold
from . import kpi_sql as q
from . import schema as t
from .kpi_fold import State
from .locks import lock_keys

CHUNK = 2000
_JSON = json.JSONEncoder(separators=(",", ":")).encode     # made once (json.dumps with options makes one a call)
COLUMNS = ("member_id", "enrolled", "purchases", "last_at", "prev_at", "points_at", "debt", "points_total",
           "lots", "spend")


@dataclass
class Changes:
    """One member's share of a batch, in the batch's order."""
    points: list[tuple[str, int]] = field(default_factory=list)
    spend: list[tuple[str, int]] = field(default_factory=list)
    sales: list[str] = field(default_factory=list)       # times of non-return sales


def day_of(at: str | None) -> str:
    return at[:10] if at is not None else "~"


def apply(conn: sa.Connection, changes: dict[str, Changes], prm: dict, sums, lock: bool = True) -> None:
    """Advance the members' states by their changes (``changes`` may hold
    members with none: an enrolment or an erasure re-reads who is enrolled)."""
    if not changes:
        return
    ids = sorted(changes)
    if lock and conn.dialect.name == "postgresql":
        lock_keys(conn, [f"kpi:{m}" for m in ids])
    lifetime, tiers = prm["lifetime"], prm["tiers"]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        enrolled = {m for m, erased in q.select_in(conn, "SELECT member_id, erased_at FROM members"
                                                         " WHERE member_id IN ({})", chunk) if not erased}
        stored = {r[0]: r for r in q.select_in(
            conn, f"SELECT {', '.join(COLUMNS)} FROM kpi_members WHERE member_id IN ({{}})", chunk)}
        olds, news, slow = {}, {}, []
        for m in chunk:
            row = stored.get(m)
            state = _state(row) if row else State()
            olds[m] = kpi_fold.items(state, tiers)          # before the state moves on
            c = changes[m]
            for at in c.sales:
                kpi_fold.add_sale(state, at)
            # spend is kept only for an enrolled member: one who enrols after entries
            # of theirs came in is replayed (with no state there were none)
            if row is None and m in enrolled:
                state.enrolled = True
            joined = m in enrolled and not state.enrolled
            if (not joined and kpi_fold.add_points(state, c.points, lifetime)
                    and (not state.enrolled or kpi_fold.add_spend(state, c.spend, tiers))):
                state.enrolled = m in enrolled
                if not state.enrolled:
                    state.spend = []
                news[m] = state
            else:
                slow.append(m)
        if slow:            # the rare member the state cannot advance: replayed from the history
            points, spend, bought = history(conn, lambda sql: q.select_in(conn, sql, slow))
            for m in slow:
                news[m] = kpi_fold.from_history(points[m], spend[m], bought[m], m in enrolled, lifetime, tiers)
        gone, changed, new, written = [], [], [], []
        for m in chunk:
            old, state = olds[m], news[m]
            after = kpi_fold.items(state, tiers)
            for key, weight in old.items():
                now = after.get(key)
                if now == weight:
                    continue
                sums.add(key[0], day_of(key[1]), (now or 0) - weight)
                if not kpi_fold.stored(*key):
                    continue
                if now is None:
                    gone.append((m, *key))
                else:
                    changed.append((now, m, *key))
            for key, weight in after.items():
                if key not in old:
                    sums.add(key[0], day_of(key[1]), weight)
                    if kpi_fold.stored(*key):
                        new.append({"member_id": m, "metric": key[0], "at": key[1], "weight": weight})
            written.append(_row(m, state))
        q.delete_items(conn, gone)
        q.update_items(conn, changed)
        if new:
            q.insert(conn, t.kpi_items, new)
        q.upsert(conn, t.kpi_members, written, ("member_id",), replace=COLUMNS[1:])


def history(conn: sa.Connection, select) -> tuple[dict, dict, dict]:
    """Points and spend entries and non-return sale times by member, from
    ``select(sql with "IN ({})")`` (entries in the ledger's own order)."""
    points, spend, bought = defaultdict(list), defaultdict(list), defaultdict(list)
    for m, account, when, delta in select(
            "SELECT member_id, account, occurred_at, delta FROM ledger WHERE member_id IN ({})"
            " AND account IN ('points', 'spend')"):
        (points if account == "points" else spend)[m].append((when, int(delta)))
    for m, when in select("SELECT member_id, occurred_at FROM sale_facts WHERE member_id IN ({}) AND NOT is_return"):
        bought[m].append(when)
    return points, spend, bought


def add_built(m: str, points, spend, bought, enrolled: bool, prm: dict, items: list[dict],
              written: list[dict], sums) -> None:
    """A rebuild's member: its state and stored items from the whole history;
    the items that are no rows (but ``last`` / ``prev``) go to ``sums``."""
    state = kpi_fold.from_history(points, spend, bought, enrolled, prm["lifetime"], prm["tiers"])
    for (metric, at), weight in kpi_fold.items(state, prm["tiers"]).items():
        if kpi_fold.stored(metric, at):
            items.append({"member_id": m, "metric": metric, "at": at, "weight": weight})
        elif metric not in kpi_fold.IN_STATE:
            sums.add(metric, "~", weight)
    written.append(_row(m, state))


def _state(r: tuple) -> State:
    return State(enrolled=bool(r[1]), purchases=int(r[2]), last_at=r[3], prev_at=r[4], points_at=r[5],
                 debt=int(r[6]), points_total=int(r[7]), lots=json.loads(r[8]) if r[8] else [],
                 spend=json.loads(r[9]) if r[9] else [])


def _row(m: str, s: State) -> dict:
    return {"member_id": m, "enrolled": s.enrolled, "purchases": s.purchases, "last_at": s.last_at,
            "prev_at": s.prev_at, "points_at": s.points_at, "debt": s.debt, "points_total": s.points_total,
            "lots": _JSON(s.lots) if s.lots else None,
            "spend": _JSON(s.spend) if s.spend else None}
