"""The chain load test in miniature (the real scenarios run by hand:
``python -m sync.loadtest peak|outage|capacity``, docs/scale.md): real pairing, real
batches, HQ as its own process on a throwaway PostgreSQL, and afterwards
every event the tills made at HQ exactly once."""

from __future__ import annotations

import asyncio
import random

import pytest

from sync.hq.admission import MAX_RETRY_AFTER_S, Admission
from sync.loadtest import scenarios

CLEAN = {"lost": 0, "doubled": 0, "wrong_seq": 0, "seq_gaps_flagged": 0, "still_queued_on_tills": 0,
         "still_queued_but_at_hq": 0, "events_from_unknown_tills": 0}


def _check_clean(out: dict) -> None:
    check = out["check"]
    assert check["events_made"] == check["events_at_hq"] > 0
    assert {k: check[k] for k in CLEAN} == CLEAN


@pytest.mark.postgres
def test_peak_smoke_every_event_once(pg_admin_url, monkeypatch):
    monkeypatch.setenv("POS_TEST_PG_URL", pg_admin_url)
    out = scenarios.run("peak", tills=6, seconds=4, workers=[1], queued=0, fsync=False, pool=4, rates=[], members=300,
                        sale_every=0.5, pull_every=1.0)
    _check_clean(out)
    assert out["error_count"] == 0, out["errors"]
    assert out["push"]["requests"] > 0 and out["pull"]["requests"] > 0
    assert out["pg_sessions_opened_during_run"] == 0        # the pool's connections are reused


@pytest.mark.postgres
def test_outage_smoke_drains_every_till(pg_admin_url, monkeypatch):
    monkeypatch.setenv("POS_TEST_PG_URL", pg_admin_url)
    out = scenarios.run("outage", tills=8, seconds=60, workers=[2], queued=60, fsync=False, pool=2, rates=[],
                        members=300)
    _check_clean(out)
    assert out["events"] == 480 and out["slowest_till_drained_s"] < 60
    assert out["healthz"]["requests"] > 0 and out["healthz"]["errors"] == 0


def test_admission_turns_tills_away_with_a_spread_retry_after():
    adm = Admission(limit=4, max_wait=4.0, rng=random.Random(3))
    adm.batch_s = 0.1
    assert adm.turn_away() is None                  # an empty line: come in
    adm.waiting = 100                               # 100 * 0.1 / 4 = 2.5 s: still in
    assert adm.turn_away() is None
    adm.waiting = 399                               # 10 s: come back in 5..10 s
    waits = {adm.turn_away() for _ in range(200)}
    assert min(waits) >= 5 and max(waits) <= 10 and len(waits) > 3
    adm.waiting = 100_000
    assert max(adm.turn_away() for _ in range(200)) == MAX_RETRY_AFTER_S


def test_admission_lets_at_most_limit_in_at_once():
    adm = Admission(limit=2)
    inside, most = 0, 0

    async def one():
        nonlocal inside, most
        async with adm.slot():
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0.01)
            inside -= 1

    async def main():
        await asyncio.gather(*(one() for _ in range(10)))

    scenarios.in_own_loop(main())
    assert most == 2 and adm.waiting == 0
