"""The segment rule "tier": members the tills put in the tier now
(``Program.tier_for`` of their spend in the qualification window, i.e. of the
ledger ``spend`` entries later than now - window): the spend is below the next
tier's minimum and, above the first tier, reaches the tier's own.  (A window
whose returns outweigh its sales is the first tier, as on the tills; the
console's query before this module left such members out of every tier.)

Fast: the dashboard's maintained tier stretches (``kpi_items`` ``te:<i>`` /
``ts:<i>``, ``sync/hq/kpi_state.py``) answer "which tier at this moment" with
two index ranges, when they were built for this program's tiers.  Otherwise
(aggregates not built yet or for other tiers, tiers out of order) the sum
over the ledger, as the rule reads.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from .. import aggregates
from .. import schema as t
from ..db import iso


def condition(conn: sa.Connection, member_id, tier: str, program, now: datetime):
    from .segments import RuleError
    tiers = list(program.tiers)
    names = [x.name for x in tiers]
    if tier not in names:
        raise RuleError("tier", "Choose a tier.")
    i = names.index(tier)
    since = iso(now - timedelta(days=program.qualification_days))
    mins = [int(x.min_spend) for x in tiers]
    if aggregates.stored_params(conn) == aggregates.params(program) and mins == sorted(mins):
        if i > 0:
            return member_id.in_(_in_tier(i, since))
        return member_id.not_in(sa.union_all(*[_in_tier(j, since) for j in range(1, len(tiers))])) \
            if len(tiers) > 1 else sa.true()
    l = t.ledger.c
    spend = sa.select(sa.func.coalesce(sa.func.sum(l.delta), 0)).where(
        l.member_id == member_id, l.account == "spend", l.occurred_at > since).scalar_subquery()
    hi = mins[i + 1] if i + 1 < len(mins) else None
    return sa.and_(*([spend >= mins[i]] if i else []), *([spend < hi] if hi is not None else []))


def _in_tier(i: int, since: str):
    """Members in tier ``i`` >= 1 at ``since``: of a member's stretches of the tier
    (several when returns bring the spend back up; disjoint, in order) the ones
    ending after ``since`` outnumber those starting after it exactly when one holds it."""
    k = t.kpi_items.c
    ends = sa.and_(k.metric == f"te:{i}", sa.or_(k.at.is_(None), k.at > since))
    starts = sa.and_(k.metric == f"ts:{i}", k.at > since)
    return (sa.select(k.member_id).where(sa.or_(ends, starts)).group_by(k.member_id)
            .having(sa.func.sum(sa.case((k.metric == f"te:{i}", k.weight), else_=-k.weight)) > 0))
