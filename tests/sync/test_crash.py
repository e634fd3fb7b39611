"""Crashes at the worst moments: the terminal SIGKILLed mid-push, HQ killed and
restarted mid-batch.  Afterwards every event is at HQ exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from sync.client import Backoff, SyncClient, pair
from sync.hq.db import Database
from sync.hq.pairing import new_code
from sync.hq.report import report
from sync.pgtemp import free_port

from hq_server import HQProcess
from sim import SimTerminal

HERE = Path(__file__).parent
N = 1500


def _fill(sim: SimTerminal, n: int) -> list[str]:
    members = [sim.enrol(f"+4792{i:06d}")[0] for i in range(20)]
    for i in range(n - len(members)):
        sim.sell(members[i % len(members)], 1000 + i)
    return members


def _check_exact(db: Database, sim: SimTerminal, members: list[str]) -> None:
    with db.engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
    assert n == N
    assert sim.outbox() == {"sent": N}
    rep = report(db)
    at_hq = {m["member_id"]: m for m in rep["members"]}
    for mid in members:
        assert at_hq[mid]["spend"] == sim.expected[mid]["spend"]
        assert at_hq[mid]["points_balance"] == sim.expected[mid]["points"]
    assert not [c for c in rep["conflicts"] if c["kind"] == "seq_gap"]


def test_hq_killed_and_restarted_mid_batch(hq_db, tmp_path):
    server = HQProcess(hq_db)
    server.start()
    db = Database(hq_db)
    try:
        sim = SimTerminal(tmp_path / "A")
        pair(sim.store, server.url, new_code(db, "A")[0], "A")
        members = _fill(sim, N)
        client = SyncClient(sim.store, server.url, sim.store.get_meta("device_token"), timeout_s=2,
                            interval_s=0.2, backoff=Backoff(0.05, 0.3))
        client.start()
        for _ in range(3):
            time.sleep(0.25)
            server.kill()                      # whatever batch is in flight dies with it
            time.sleep(0.2)
            server.start()
        deadline = time.monotonic() + 60
        while sim.outbox().get("pending") and time.monotonic() < deadline:
            time.sleep(0.1)
        client.stop()
        _check_exact(db, sim, members)
    finally:
        server.kill()
        db.close()


def test_terminal_sigkilled_mid_push(hq, tmp_path):
    sim = SimTerminal(tmp_path / "A")
    pair(sim.store, hq.url, hq.code("A"), "A")
    members = _fill(sim, N)
    expected = sim.expected
    sim.close()
    child = subprocess.Popen([sys.executable, str(HERE / "sync_child.py"), str(tmp_path / "A"), hq.url],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with hq.db.engine.connect() as conn:
            if conn.exec_driver_sql("SELECT count(*) FROM events").scalar() >= 300:
                break
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with hq.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar() < N, "killed too late"
    again = SimTerminal(tmp_path / "A")
    again.expected = expected
    client = SyncClient(again.store, hq.url, again.store.get_meta("device_token"), timeout_s=5)
    assert client.sync_once().ok
    _check_exact(hq.db, again, members)
