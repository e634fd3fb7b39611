"""The chain load test's scenarios (issue 18, DESIGN §7): peak hour, after an
outage, capacity.  Each returns a dict of figures; ``run`` sets up the chain,
runs one scenario and checks every event at HQ against the tills' records."""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
import time
from collections import deque

from .chain import Chain, Probe, Sampler
from .stats import ms, pct
from .tills import SimTill

MAX_TILLS = 5000
MAX_SECONDS = 1200


async def peak(chain: Chain, tills: list[SimTill], seconds: float, sale_every: float = 20,
               pull_every: float = 30, old_tills: bool = False) -> dict:
    """Every till sells about every ``sale_every`` s (pushing at once) and pulls
    about every ``pull_every`` s, each interval jittered ±50 %, or later when HQ
    asks (``next_pull_s``; ``old_tills``: as a till from before it did)."""
    chain.stats.reset()
    rng = random.Random(1)
    start = time.monotonic()
    deadline = start + seconds

    async def run(till: SimTill) -> None:
        next_sale = start + rng.uniform(0, sale_every)
        next_pull = start + rng.uniform(0, pull_every)
        while min(next_sale, next_pull) < deadline:
            await asyncio.sleep(max(0.0, min(next_sale, next_pull) - time.monotonic()))
            if next_sale <= next_pull:
                till.sell()
                await till.push(deadline + 120)
                next_sale += sale_every * rng.uniform(0.5, 1.5)
            else:
                hint = await till.pull()
                next_pull += pull_every * rng.uniform(0.5, 1.5)
                if hint and not old_tills:
                    next_pull = max(next_pull, time.monotonic() + hint)

    sampler = Sampler(chain)
    sampler.start()
    await asyncio.gather(*(run(t) for t in tills))
    elapsed = time.monotonic() - start
    resources = await sampler.stop()
    s = chain.stats
    return {"tills": len(tills), "seconds": round(elapsed, 1), "workers": chain.workers,
            "push": s.summary("push"), "pull": s.summary("pull"),
            "pushes_per_s": round(len(s.times["push"]) / elapsed, 1),
            "pull_pages_per_s": round(len(s.times["pull"]) / elapsed, 1), "feed": feed_figures(s),
            "old_tills": old_tills, "errors": dict(s.errors), "error_count": sum(s.errors.values()), **resources}


def feed_figures(s) -> dict:
    """What the change feed cost per event pushed: items and bytes pulled."""
    pushed = max(1, s.items["push"])
    return {"events_pushed": s.items["push"], "items_pulled": s.items["pull"], "bytes_pulled": s.bytes["pull"],
            "items_per_pushed_event": round(s.items["pull"] / pushed, 1),
            "bytes_per_pushed_event": round(s.bytes["pull"] / pushed),
            "bytes_per_item": round(s.bytes["pull"] / max(1, s.items["pull"]), 1),
            # from the pages a till inflated whole (one in CHECK_EVERY)
            "json_bytes_per_item": round(s.bytes["pull_checked_json"] / max(1, s.items["pull_checked"]), 1)}


async def outage(chain: Chain, tills: list[SimTill], queued: int, limit_s: float = 900) -> dict:
    """Every till comes back at once with ``queued`` events waiting; /healthz is
    asked every 100 ms meanwhile."""
    chain.stats.reset()
    for till in tills:
        for _ in range(queued):
            till.sell()
    prober = Probe(chain.base_url + "/healthz")
    sampler = Sampler(chain)
    sampler.start()
    start = time.monotonic()
    await asyncio.gather(*(t.push(start + limit_s) for t in tills))
    health, health_errors = prober.stop()
    resources = await sampler.stop()
    drains = sorted((t.drained_at or float("inf")) - start for t in tills)
    total = drains[-1]
    s = chain.stats
    events = len(tills) * queued
    return {"tills": len(tills), "queued_per_till": queued, "events": events, "workers": chain.workers,
            "drained_all_s": round(total, 1), "events_per_s": round(events / total) if total else None,
            "first_till_drained_s": round(drains[0], 1), "median_till_drained_s": round(drains[len(drains) // 2], 1),
            "slowest_till_drained_s": round(total, 1), "push": s.summary("push"),
            "healthz": {"requests": len(health), "p50_ms": ms(pct(health, 50)), "p99_ms": ms(pct(health, 99)),
                        "max_ms": ms(health[-1]) if health else 0, "errors": health_errors},
            "answers": dict(s.errors), **resources}


async def capacity(chain: Chain, tills: list[SimTill], rates: list[int], step_s: float = 15,
                   target_p99_s: float = 0.2) -> dict:
    """Open-loop one-event pushes at each rate in turn (from whichever till is
    not already pushing); the highest rate held at p99 ≤ 200 ms with no errors."""
    steps, best = [], 0
    idle = deque(tills)

    async def one(till: SimTill, deadline: float) -> None:
        till.sell()
        await till.push(deadline)
        idle.append(till)

    for rate in rates:
        chain.stats.reset()
        sampler = Sampler(chain)
        sampler.start()
        start = time.monotonic()
        tasks, n, starved = [], 0, 0
        while (due := start + n / rate) < start + step_s:
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            n += 1
            if not idle:
                starved += 1
                continue
            tasks.append(asyncio.get_running_loop().create_task(one(idle.popleft(), start + step_s + 60)))
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - start
        resources = await sampler.stop()
        s = chain.stats
        summary = s.summary("push")
        achieved = summary["requests"] / step_s
        ok = (not s.errors and not starved and summary.get("p99_ms", 1e9) <= target_p99_s * 1000
              and achieved >= 0.95 * rate)
        steps.append({"rate": rate, "achieved_per_s": round(achieved, 1), "elapsed_s": round(elapsed, 1),
                      "ok": ok, "push": summary, "errors": dict(s.errors), "starved": starved, **resources})
        if ok:
            best = rate
        elif rate > best and len([x for x in steps if not x["ok"]]) >= 2:
            break                      # two failed steps: past the knee
    return {"workers": chain.workers, "tills": len(tills), "best_rate_per_s": best, "steps": steps}


def run(scenario: str, tills: int, seconds: float, workers: list[int], queued: int, fsync: bool,
        pool: int, rates: list[int], sale_every: float = 20, pull_every: float = 30,
        members: int = 20_000, old_tills: bool = False) -> dict:
    if not 1 <= tills <= MAX_TILLS or not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"tills must be 1..{MAX_TILLS} and seconds 1..{MAX_SECONDS}")
    return in_own_loop(_run(scenario, tills, seconds, workers, queued, fsync, pool, rates, sale_every,
                            pull_every, members, old_tills))


def in_own_loop(job):
    """Run the coroutine ``job`` to its end on a loop of its own, on a thread of
    its own (the caller's thread may run a loop already: Playwright's sync API
    leaves one on a test's thread), on uvloop where there is one: the driver's
    own loop overhead is part of every latency it measures."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(_loop_run, job).result()


def _loop_run(job):
    try:
        import uvloop
    except ImportError:
        return asyncio.run(job)
    return uvloop.run(job)


async def _run(scenario, n, seconds, workers, queued, fsync, pool, rates, sale_every, pull_every, members,
               old_tills) -> dict:
    chain = Chain(members=members, fsync=fsync, pool=pool,
                  preload="pg_stat_statements" if scenario == "cost" else "")
    tills: list[SimTill] = []
    out: dict = {"scenario": scenario, "fsync": fsync, "pool_per_worker": pool}
    try:
        chain.start_hq(workers[0])
        t0 = time.monotonic()
        tills = await chain.tills(n)
        out["pairing_s"] = round(time.monotonic() - t0, 1)
        if scenario == "capacity":
            out["runs"] = []
            for w in workers:
                if w != chain.workers:
                    chain.start_hq(w)
                out["runs"].append(await capacity(chain, tills, rates, step_s=seconds))
        elif scenario == "cost":
            from .cost import cost
            out.update(await cost(chain, tills, int(queued)))
        elif scenario == "outage":
            out.update(await outage(chain, tills, queued))
        else:
            out.update(await peak(chain, tills, seconds, sale_every, pull_every, old_tills))
        out["check"] = chain.verify(tills)
    finally:
        for t in tills:
            await t.close()
        chain.close()
    return out
