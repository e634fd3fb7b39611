"""The proof of DESIGN §5: terminals selling partly offline, syncing through a
seeded fault-injecting proxy, end with HQ == the sum of what they sold, exact
event counts, identical caches, and the expected conflicts flagged.

``POS_SYNC_SOAK=1`` runs the long variant (thousands of events)."""

from __future__ import annotations

import os
import random

import pytest

from sync.client import SyncClient, pair
from sync.hq.report import report
from sync.pgtemp import new_database

from fault_proxy import FAULTS, FaultProxy
from hq_server import HQPair, HQServer
from sim import SimTerminal

SOAK = os.environ.get("POS_SYNC_SOAK") == "1"
ROUNDS = 150 if SOAK else 24


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres),
                        pytest.param("postgres_two_processes", marks=pytest.mark.postgres)])
def chain(request, tmp_path):
    """One HQ (SQLite or PostgreSQL), or two HQ processes on one PostgreSQL
    behind the proxy, each request (and so each retry) to either at random."""
    if request.param == "sqlite":
        server = HQServer(str(tmp_path / "hq.db"))
    else:
        url = new_database(request.getfixturevalue("pg_admin_url"))
        server = HQPair(url) if request.param == "postgres_two_processes" else HQServer(url)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def proxy(chain):
    ports = getattr(chain, "ports", None) or chain.port
    p = FaultProxy(ports, seed=int(os.environ.get("POS_SYNC_SEED", "7")), rate=0.35, delay_s=1.3)
    yield p
    p.stop()


def _client(sim, proxy):
    return SyncClient(sim.store, proxy.url, sim.store.get_meta("device_token"), timeout_s=1.0, clock=sim.clock)


def _settle(pairs, proxy, limit=200):
    """Faults off; sync until every outbox is delivered and every cache is current."""
    proxy.rate = 0
    for _ in range(2):
        for sim, client in pairs:
            for _ in range(limit):
                if client.sync_once().ok and not sim.outbox().get("pending"):
                    break
            else:
                raise AssertionError(f"terminal {sim.terminal_id} did not settle")


def test_partly_offline_terminals_under_faults_reach_the_exact_truth(chain, proxy, tmp_path):
    rng = random.Random(11)
    sims = []
    for name in ("A", "B", "C"):
        sim = SimTerminal(tmp_path / name, rng=random.Random(name))
        code = chain.code(name)
        for _ in range(20):                       # pairing itself goes through the faults
            try:
                pair(sim.store, proxy.url, code, name, timeout_s=1.0)
                break
            except Exception:                      # noqa: BLE001 - a fault ate it; the same code again
                continue
        sims.append(sim)
    pairs = [(s, _client(s, proxy)) for s in sims]
    a, b, c = sims
    owned: dict[str, list] = {s.terminal_id: [] for s in sims}       # (member_id, coupon) per enrolling terminal
    phones = iter(range(10_000_000, 99_999_999, 7919))
    staged: set[str] = set()                     # kept out of the random traffic

    def act(sim):
        roll = rng.random()
        known = [r[0] for r in sim.store.read().execute("SELECT member_id FROM members") if r[0] not in staged]
        if roll < 0.2 or not known:
            owned[sim.terminal_id].append(sim.enrol(f"+479{next(phones) % 10_000_000:07d}"))
        elif roll < 0.3 and owned[sim.terminal_id]:
            mid, coupon = owned[sim.terminal_id].pop(rng.randrange(len(owned[sim.terminal_id])))
            sim.sell(mid, rng.randrange(5000, 50000), coupon=coupon)
        elif roll < 0.38 and sim.sales:
            sim.give_back(sim.sales.pop(rng.randrange(len(sim.sales))))
        else:
            sim.sell(rng.choice(known) if rng.random() < 0.85 else None, rng.randrange(1000, 90000))

    # Phase 1: everybody online (through faults).
    for _ in range(ROUNDS // 3):
        for sim, client in pairs:
            for _ in range(rng.randrange(3, 9)):
                act(sim)
            client.sync_once()
    _settle(pairs, proxy)
    proxy.rate = 0.35
    # A member known everywhere, with a coupon and points, for the staged conflicts.
    target, coupon = owned[a.terminal_id].pop()
    staged.add(target)
    a.sell(target, 100000)                         # +1000 points
    _settle(pairs, proxy)
    proxy.rate = 0.35
    balance = c.member_sums(target)["points"]
    assert balance == a.member_sums(target)["points"] >= 1000

    # Phase 2: C is offline for "a day"; A and C both use the same coupon and all the points.
    ea = a.sell(target, 40000, coupon=coupon, points_used=balance)
    ec = c.sell(target, 40000, coupon=coupon, points_used=balance)
    for _ in range(ROUNDS):
        for sim, client in pairs:
            for _ in range(rng.randrange(3, 9)):
                act(sim)
            if sim is not c:
                client.sync_once()
    _settle(pairs, proxy)

    # -- HQ == what the terminals sold ------------------------------------------
    rep = report(chain.db)
    at_hq = {m["member_id"]: m for m in rep["members"]}
    expected: dict[str, dict[str, int]] = {}
    for sim in sims:
        for mid, accounts in sim.expected.items():
            for account, delta in accounts.items():
                expected.setdefault(mid, {}).setdefault(account, 0)
                expected[mid][account] += delta
    assert set(at_hq) == set(expected) | {m for m in at_hq if not expected.get(m)}
    for mid, accounts in expected.items():
        assert at_hq[mid]["points_balance"] == accounts.get("points", 0), mid
        assert at_hq[mid]["spend"] == accounts.get("spend", 0), mid
        assert at_hq[mid]["stamps"].get("dogfood", 0) == accounts.get("stamps:dogfood", 0), mid

    # -- exact event counts ----------------------------------------------------------
    sent = sum(sum(s.outbox().values()) for s in sims)
    assert all(set(s.outbox()) == {"sent"} for s in sims)
    with chain.db.engine.connect() as conn:
        n_events = conn.exec_driver_sql("SELECT count(*) FROM events WHERE status = 'accepted'").scalar()
        n_ledger = conn.exec_driver_sql("SELECT count(*) FROM ledger").scalar()
    assert n_events == sent
    assert n_ledger == sum(s.store.read().execute(
        "SELECT count(*) FROM ledger WHERE terminal_id = ?", (s.terminal_id,)).fetchone()[0] for s in sims)

    # -- every cache agrees with HQ ------------------------------------------------------
    for sim in sims:
        for mid, accounts in expected.items():
            sums = sim.member_sums(mid)
            assert sums["points"] == accounts.get("points", 0) and sums["spend"] == accounts.get("spend", 0)

    # -- conflicts: the staged ones, nothing spurious ---------------------------------
    kinds = [x["kind"] for x in rep["conflicts"]]
    reused = [x for x in rep["conflicts"] if x["kind"] == "coupon_reused"]
    assert len(reused) == 1 and reused[0]["member_id"] == target
    assert sorted(reused[0]["event_ids"]) == sorted([ea["event_id"], ec["event_id"]])
    neg = [x for x in rep["conflicts"] if x["kind"] == "negative_balance"]
    assert any(x["member_id"] == target for x in neg)
    assert "seq_gap" not in kinds
    # every kind of fault really happened
    assert all(proxy.stats[f] > 0 for f in FAULTS), proxy.stats
