"""Several HQ processes on one PostgreSQL database (issue 18): they start
together on an empty database, one till's batch reaching both at the same
moment is applied once, and two tills using one coupon and one member's
points through different processes at the same moment are flagged exactly
as a single HQ would flag them."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import sqlalchemy as sa

from pos_client.store.outbox import rows as outbox_rows
from sync.client import SyncClient, pair
from sync.hq.db import Database
from sync.hq.pairing import new_code
from sync.hq.report import report
from sync.pgtemp import new_database
from sync.protocol import PROTOCOL

from hq_server import HQProcess
from sim import SimTerminal

@pytest.mark.postgres
def test_hq_processes_started_together_on_an_empty_database_all_serve(pg_admin_url):
    url = new_database(pg_admin_url)
    procs = [HQProcess(url) for _ in range(4)]
    try:
        for p in procs:
            p.launch()
        for p in procs:
            p.wait_ready()
            assert httpx.get(p.url + "/readyz", timeout=5).json()["ok"] is True
        db = Database(url)
        try:
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM settings WHERE key = 'instance_id'").scalar() == 1
                assert conn.exec_driver_sql("SELECT count(*) FROM keys WHERE owner = 'hq'").scalar() == 1
        finally:
            db.close()
    finally:
        for p in procs:
            p.stop()


def _batches(sim: SimTerminal, size: int = 50) -> list[bytes]:
    rows = outbox_rows(sim.store.read())            # payloads as sent (a journal body put back)
    out = []
    for i in range(0, len(rows), size):
        events = [{"event_id": eid, "terminal_id": sim.terminal_id, "seq": seq, "kind": kind,
                   "occurred_at": when, "payload": json.loads(payload)}
                  for seq, eid, kind, when, payload in rows[i:i + size]]
        out.append(json.dumps({"protocol": PROTOCOL, "sent_at": events[-1]["occurred_at"],
                               "events": events}).encode())
    return out


@pytest.mark.postgres
def test_one_tills_batch_sent_to_both_processes_at_once_is_applied_once(hq_pair, tmp_path):
    sim = SimTerminal(tmp_path / "A")
    pair(sim.store, hq_pair.urls[0], hq_pair.code("A"), "A")
    members = [sim.enrol(f"+4791{i:06d}")[0] for i in range(10)]
    for i in range(290):
        sim.sell(members[i % 10], 1000 + i)
    headers = {"Authorization": f"Device {sim.store.get_meta('device_token')}",
               "content-type": "application/json"}
    answers: dict[str, list[str]] = {}
    with ThreadPoolExecutor(4) as pool:
        for body in _batches(sim):
            # The same batch three times on each process, all at once.
            posts = [pool.submit(httpx.post, url + "/v1/events", content=body, headers=headers, timeout=30)
                     for url in hq_pair.urls * 3]
            for done in posts:
                resp = done.result()
                assert resp.status_code == 200, resp.text
                for r in resp.json()["results"]:
                    answers.setdefault(r["event_id"], []).append(r["status"])
    assert len(answers) == 300
    for statuses in answers.values():
        assert sorted(statuses) == ["accepted"] + ["duplicate"] * 5
    with hq_pair.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*), count(DISTINCT seq), max(seq) FROM events").one() == (300, 300, 300)
        assert conn.exec_driver_sql("SELECT count(*) FROM conflicts").scalar() == 0
        assert conn.exec_driver_sql("SELECT last_seq FROM terminals").scalar() == 300
    at_hq = {m["member_id"]: m for m in report(hq_pair.db)["members"]}
    for mid in members:
        assert at_hq[mid]["spend"] == sim.expected[mid]["spend"]
        assert at_hq[mid]["points_balance"] == sim.expected[mid]["points"]


@pytest.mark.postgres
def test_one_coupon_and_one_members_points_used_on_two_processes_at_once(hq_pair, tmp_path):
    a, b = SimTerminal(tmp_path / "A"), SimTerminal(tmp_path / "B")
    for sim, url in ((a, hq_pair.urls[0]), (b, hq_pair.urls[1])):
        pair(sim.store, url, hq_pair.code(sim is a and "A" or "B"), "A" if sim is a else "B")
    targets = []
    for i in range(8):
        mid, coupon = a.enrol(f"+4793{i:06d}")
        a.sell(mid, 100_000)                         # +1,000 points
        targets.append((mid, coupon))
    clients = [SyncClient(a.store, hq_pair.urls[0], a.store.get_meta("device_token"), timeout_s=30),
               SyncClient(b.store, hq_pair.urls[1], b.store.get_meta("device_token"), timeout_s=30)]
    assert all(c.sync_once().ok for c in clients)        # both bootstrapped: next is a push
    start = threading.Barrier(2)

    def push(client):
        start.wait()
        return client.sync_once()

    with ThreadPoolExecutor(2) as pool:
        for mid, coupon in targets:
            # Both tills spend the whole balance and the one single-use coupon,
            # and push it at the same moment to different processes.
            for sim in (a, b):
                sim.sell(mid, 40_000, coupon=coupon, points_used=1000)
            assert all(r.ok for r in pool.map(push, clients))
    rep = report(hq_pair.db)
    at_hq = {m["member_id"]: m for m in rep["members"]}
    for mid, coupon in targets:
        # 1,000 + 400 - 1,000 + 400 - 1,000, whichever till came first
        assert at_hq[mid]["points_balance"] == -200
        mine = [c for c in rep["conflicts"] if c["member_id"] == mid]
        assert sorted(c["kind"] for c in mine) == ["coupon_reused", "negative_balance"], mine
    with hq_pair.db.engine.connect() as conn:
        totals = dict(conn.execute(sa.text("SELECT member_id, total FROM balances WHERE account = 'points'")).all())
    assert all(totals[mid] == -200 for mid, _ in targets)


@pytest.mark.postgres
def test_serve_with_workers_on_postgresql_takes_a_tills_events(pg_admin_url, tmp_path):
    url = new_database(pg_admin_url)
    server = HQProcess(url, "--workers", "2")
    db = Database(url)
    try:
        server.start()
        sim = SimTerminal(tmp_path / "A")
        pair(sim.store, server.url, new_code(db, "A")[0], "A")
        member = sim.enrol("+4790000001")[0]
        for i in range(120):
            sim.sell(member, 1000 + i)
        client = SyncClient(sim.store, server.url, sim.store.get_meta("device_token"), timeout_s=30)
        assert client.sync_once().ok and sim.outbox() == {"sent": 121}
        assert httpx.get(server.url + "/readyz", timeout=5).json()["database"] == "postgresql"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar() == 121
    finally:
        server.stop()
        db.close()
    assert server.proc.returncode == 0


def test_workers_on_sqlite_are_refused_in_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "sync.hq.cli", "--db", str(tmp_path / "hq.db"), "serve",
                           "--workers", "2"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "pos-hq: --workers needs PostgreSQL: SQLite has a single writer, so run one process"
        " (--db postgresql://… for more)"]


@pytest.mark.postgres
def test_migrate_run_beside_serve_on_an_empty_database(pg_admin_url):
    url = new_database(pg_admin_url)
    server = HQProcess(url)
    try:
        server.launch()
        migrate = [subprocess.Popen([sys.executable, "-m", "sync.hq.cli", "--db", url, "migrate"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for m in migrate:
            out, err = m.communicate(timeout=60)
            assert m.returncode == 0, err
            assert out.startswith("HQ schema version ")
        server.wait_ready()
    finally:
        server.stop()


@pytest.mark.postgres
def test_an_erasure_on_one_process_reaches_a_pull_from_the_other(hq_pair, tmp_path):
    from sync.hq.admin import erase_member
    a = SimTerminal(tmp_path / "A")
    pair(a.store, hq_pair.urls[0], hq_pair.code("A"), "A")
    members = [a.enrol(f"+4794{i:06d}")[0] for i in range(600)]        # more than a cached block
    assert SyncClient(a.store, hq_pair.urls[0], a.store.get_meta("device_token"), timeout_s=30).sync_once().ok

    def pulled(name: str) -> list[dict]:
        sim = SimTerminal(tmp_path / name)
        pair(sim.store, hq_pair.urls[1], hq_pair.code(name), name)
        headers = {"Authorization": f"Device {sim.store.get_meta('device_token')}"}
        items, cursor = [], None
        while True:
            page = httpx.get(hq_pair.urls[1] + "/v1/changes", params={"limit": 1000, **({"cursor": cursor} if cursor else {})},
                             headers=headers, timeout=30).json()
            items += page["items"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return items

    before = pulled("B")                                 # process 2 now keeps the feed's blocks
    assert any(i.get("type") == "member" and i["member_id"] == members[0] for i in before)
    erase_member(hq_pair.db, members[0])                 # through neither process
    after = pulled("C")
    assert not any(i.get("type") == "member" and i.get("member_id") == members[0] for i in after)
    assert any(i.get("type") == "tombstone" and i.get("id") == members[0] for i in after)
