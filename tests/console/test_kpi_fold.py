"""A member's state advanced event by event (sync/hq/kpi_fold.py) gives the
same dashboard items as the replay of the member's whole history
(kpi_state.member_items, on the tills' FIFO rule): entries in batches, in
time order or not (an entry the state cannot take means a replay from the
history so far, as ingest's slow path does), returns' negative spend,
equal times, several point lifetimes and tier ladders."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.hq import kpi_fold, kpi_state

BASE = datetime(2024, 1, 1, tzinfo=timezone.utc)


def at(minutes: int) -> str:
    return (BASE + timedelta(minutes=minutes)).isoformat(timespec="microseconds")


event = st.tuples(
    st.integers(0, 3 * 365 * 1440 // 600).map(lambda x: x * 600),            # minutes after BASE, coarse: ties
    st.integers(-300, 2000),                                                # points delta
    st.integers(-20_000, 90_000) | st.integers(0, 9000),                    # spend delta (returns negative)
    st.booleans())                                                          # a purchase too
batches = st.lists(st.lists(event, min_size=1, max_size=4), max_size=12)
ladders = st.sampled_from([[], [0], [0, 50_000], [0, 50_000, 150_000], [0, 1, 2]])


def reference(points, spend, sales, enrolled, lifetime, tiers) -> dict:
    merged: dict = {}
    for metric, when, weight in kpi_state.member_items(points, spend, sales, enrolled, lifetime, tiers):
        merged[(metric, when)] = merged.get((metric, when), 0) + weight
    return merged


@settings(max_examples=400, deadline=None)
@given(batches, st.sampled_from([None, 30, 365]), ladders, st.booleans(), st.booleans())
def test_a_state_advanced_by_batches_gives_the_items_of_the_whole_history(batches, lifetime, tiers, ordered,
                                                                         enrolled):
    if ordered:
        flat = sorted(e for batch in batches for e in batch)
        sizes = [len(b) for b in batches]
        batches = [flat[sum(sizes[:i]):sum(sizes[:i + 1])] for i in range(len(sizes))]
    points, spend, sales = [], [], []
    state = kpi_fold.State(enrolled=enrolled)
    replays = 0
    for batch in batches:
        new_points = [(at(m), p) for m, p, _, _ in batch]
        new_spend = [(at(m), s) for m, _, s, _ in batch]
        new_sales = [at(m) for m, _, _, bought in batch if bought]
        points += new_points
        spend += new_spend
        sales += new_sales
        for when in new_sales:
            kpi_fold.add_sale(state, when)
        if not (kpi_fold.add_points(state, new_points, lifetime)
                and (not enrolled or kpi_fold.add_spend(state, new_spend, tiers))):
            state = kpi_fold.from_history(points, spend, sales, enrolled, lifetime, tiers)
            replays += 1
        assert kpi_fold.items(state, tiers) == reference(points, spend, sales, enrolled, lifetime, tiers)
        assert state.purchases == len(sales)
    if not replays:                             # the state by steps is the state of the whole history
        assert state == kpi_fold.from_history(points, spend, sales, enrolled, lifetime, tiers)
    if ordered and all(s >= 0 for _, s in spend):
        assert replays == 0                     # in time order, with no returns, the state always advances


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40_000)), max_size=25), ladders)
def test_trimmed_spend_keeps_every_stretch(entries, tiers):
    """Dropping the entries that can only ever be in the top tier changes no stretch."""
    spend = [(at(m * 1440), d) for m, d in entries]
    state = kpi_fold.from_history([], spend, [], True, None, tiers)
    if len(tiers) >= 2:
        assert len(state.spend) <= len({w for w, _ in spend})
    assert kpi_fold.items(state, tiers) == reference([], spend, [], True, None, tiers)
