"""A member's share of the dashboard's figures as time-independent items
(pure: no SQL, no clock).  ``sync/hq/aggregates.py`` stores them and keeps
per-day sums of them, so the figures at any ``now`` are a few index lookups.

An item is ``(metric, at, weight)``; the figure for a threshold is the sum of
the weights of the items whose ``at`` is past it (``None`` = never passed):

- ``last`` / ``prev``: the member's latest and second-latest purchase
  (active = ``last`` >= 90 days ago, repeat = ``prev`` >= 90 days ago).
- ``lot``: an earned points lot still held after the FIFO replay the tills do
  (``pos_client.domain.member.available_points``), ``at`` = when it expires.
  A member whose spending outran the lots (``debt``) gets ``dlot`` / ``dexp`` /
  ``dconst`` / ``dtotal`` items instead (``_debtor_items``).
- ``ts:<i>`` / ``te:<i>``: a stretch of tier ``i`` >= 1.  The spend inside the
  tier window is the sum of spend entries later than ``since`` (= now - window),
  a step function of ``since`` that changes only at entry times; a stretch is
  ``[start, end)`` of ``since`` in which the member sits in tier ``i``, so the
  tier's members are the stretches with ``end > since`` less those with
  ``start > since``.  Times are compared as the text the tills sent, as the
  SQL definitions do.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pos_client.domain.member import point_lots

Item = tuple[str, "str | None", int]


def points_items(entries: list[tuple[str, int]], lifetime_days: int | None) -> list[Item]:
    """``lot`` items, or for a member in debt ``dlot`` / ``dexp`` / ``dconst`` / ``dtotal``."""
    if not entries:
        return []
    lots, debt = point_lots([(datetime.fromisoformat(w), d) for w, d in entries], lifetime_days)
    horizon = timedelta(days=lifetime_days) if lifetime_days else None
    expiring = sorted(((_iso(when + horizon) if horizon else None, left) for when, left in lots),
                      key=lambda lot: (lot[0] is None, lot[0] or ""))
    if not debt:
        return [("lot", at, left) for at, left in expiring]
    return _debtor_items(expiring, debt, sum(d for _, d in entries))


def _debtor_items(expiring: list[tuple[str | None, int]], debt: int, total: int) -> list[Item]:
    """A member who spent more than the lots held: usable at ``now`` is the lots
    alive then less the debt (at least 0), i.e. the lots with the debt taken from
    the latest-expiring ones (``dlot``); expired is the balance less that (at
    least 0): a constant (``dconst``) plus what those lots lose by ``now``, with
    any shortfall taken from the earliest-expiring ones (``dexp``).  All are then
    sums over items, like everyone else's."""
    usable = [list(lot) for lot in expiring]
    owed = debt
    for lot in reversed(usable):
        take = min(lot[1], owed)
        lot[1] -= take
        owed -= take
    base = total - sum(left for _, left in usable)
    lost = [list(lot) for lot in usable]
    short = max(-base, 0)
    for lot in lost:
        take = min(lot[1], short)
        lot[1] -= take
        short -= take
    return ([("dlot", at, left) for at, left in usable if left] + [("dexp", at, left) for at, left in lost if left]
            + [("dconst", None, max(base, 0)), ("dtotal", None, total)])


def _iso(moment: datetime) -> str:
    """``db.iso`` (fixed-width UTC text), without strftime's cost."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def tier_index(spend: int, thresholds: list[int]) -> int:
    """The highest tier whose minimum the spend reaches (the first tier otherwise)."""
    chosen = 0
    for i, least in enumerate(thresholds):
        if spend >= least:
            chosen = i
    return chosen


def tier_items(entries: list[tuple[str, int]], thresholds: list[int]) -> list[Item]:
    """Stretches of tier >= 1 over ``since`` (see the module's docstring)."""
    if not thresholds or not entries:
        return []
    times = sorted({w for w, _ in entries})
    by_time = dict.fromkeys(times, 0)
    for w, d in entries:
        by_time[w] += d
    remaining = sum(by_time.values())          # spend while since is before the first entry
    bounds: list[str | None] = [None, *times, None]
    stretches: list[list] = []                 # [tier, start, end]
    for k in range(len(times) + 1):
        if k:
            remaining -= by_time[times[k - 1]]
        tier = tier_index(remaining, thresholds)
        if stretches and stretches[-1][0] == tier:
            stretches[-1][2] = bounds[k + 1]
        else:
            stretches.append([tier, bounds[k], bounds[k + 1]])
    items: list[Item] = []
    for tier, start, end in stretches:
        if tier:
            items.append((f"te:{tier}", end, 1))
            if start is not None:
                items.append((f"ts:{tier}", start, 1))
    return items


def sales_items(times: list[str]) -> list[Item]:
    """The latest two purchases (times of non-return sales)."""
    top = sorted(times, reverse=True)[:2]
    return [("last", top[0], 1)] + ([("prev", top[1], 1)] if len(top) > 1 else []) if top else []


def member_items(points: list[tuple[str, int]], spend: list[tuple[str, int]], sales: list[str],
                 enrolled: bool, lifetime_days: int | None, thresholds: list[int]) -> list[Item]:
    """Every item of one member; tiers only while the member is enrolled and not erased."""
    return (points_items(points, lifetime_days) + sales_items(sales)
            + (tier_items(spend, thresholds) if enrolled else []))
