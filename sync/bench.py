"""Sync benchmarks for ``pos-client bench`` (DESIGN §7): figures, not asserts.

- push 10,000 queued events to HQ over loopback (target ≤ 2 s);
- HQ ingest rate on SQLite and PostgreSQL (target ≥ 2,000 events/s);
- bootstrap N members from HQ's snapshot (target 1,000,000 in ≤ 30 s).

Everything runs in temp dirs against a real HQ (uvicorn in a thread); the
PostgreSQL figure uses ``POS_TEST_PG_URL`` or a throwaway cluster with fsync on.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from pos_client.ids import uuid7

from .hq import schema as t
from .hq.db import Database, now_iso
from .hq.ingest import ingest
from .hq.pairing import new_code, token_hash
from .pgtemp import PgUnavailable, TempPostgres, free_port, new_database
from .protocol import Event


class _Server:
    """HQ as it runs in a shop chain: its own process (`pos-hq serve`), on 127.0.0.1.

    In a thread of the benchmark's process it would share one GIL with the
    terminal, and the figure would measure that instead of the protocol."""

    def __init__(self, db: Database) -> None:
        import subprocess
        import sys

        import httpx
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.hq.cli", "--db", db.url, "serve", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(600):
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                if self.proc.poll() is not None:
                    raise RuntimeError("HQ did not start: " + self.proc.stderr.read().decode()[-500:])
                time.sleep(0.05)
        raise RuntimeError("HQ did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def _sale(member_id: str, i: int) -> dict:
    return {"sale_id": uuid7(), "receipt_no": f"B-{i:06d}", "member_id": member_id, "currency": "NOK",
            "lines": [{"sku": "DOG1", "qty": 1, "unit_price": 12900, "amount": 12900, "discount": 0,
                       "points": 129, "stamps": {"dogfood": 1}}],
            "benefits": [], "subtotal": 12900, "discount_total": 0, "total": 12900,
            "tenders": [{"kind": "card", "amount": 12900}], "coupons_redeemed": [], "coupons_issued": [],
            "points_earned": 129,
            "ledger": [{"member_id": member_id, "account": "points", "delta": 129},
                       {"member_id": member_id, "account": "spend", "delta": 12900},
                       {"member_id": member_id, "account": "stamps:dogfood", "delta": 1}]}


def _register(db: Database, terminal_id: str) -> str:
    """A paired terminal row; returns its device token."""
    token = uuid.uuid4().hex
    with db.write() as conn:
        conn.execute(sa.insert(t.terminals).values(terminal_id=terminal_id, name=f"bench-{terminal_id[:8]}",
                                                   token_hash=token_hash(token), last_seq=0, paired_at=now_iso()))
    return token


def bench_ingest(db: Database, n: int, baseline: Database | None = None) -> dict:
    """Direct ingest (no HTTP) in batches of 50, as a busy chain's HQ sees them.
    ``baseline``: a second database that gets the same with the console's
    aggregates suspended, first (what keeping them costs ingest, in this run).
    ``cpu_s`` is this process's CPU (all of SQLite's work; PostgreSQL's server not)."""
    from .hq import aggregates
    out: dict = {}
    if baseline is not None:
        with aggregates.suspended():
            out["without_aggregates"] = _ingest_once(baseline, n)
    out = {**_ingest_once(db, n), **out}
    if baseline is not None:
        base = out["without_aggregates"]
        out["time_ratio"] = round(out["seconds"] / base["seconds"], 2)
        out["cpu_ratio"] = round(out["cpu_s"] / base["cpu_s"], 2)
    return out


def _ingest_once(db: Database, n: int) -> dict:
    tid = str(uuid.uuid4())
    token = _register(db, tid)
    members = [str(uuid.uuid4()) for _ in range(200)]
    events = [Event(event_id=uuid7(), terminal_id=tid, seq=i + 1, kind="sale_completed",
                    occurred_at=now_iso(), payload=_sale(members[i % 200], i)) for i in range(n)]
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, n, 50):
        ingest(db, token, events[i:i + 50], now_iso())
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"events": n, "seconds": round(elapsed, 3), "events_per_s": round(n / elapsed), "cpu_s": round(cpu, 3)}


def bench_push(workdir: Path, n: int, rounds: int = 1) -> dict:
    """Median of ``rounds`` pushes, each a fresh HQ and terminal: one push of
    10,000 events is ~200 fsync-bound round trips, and this VM's disk and CPU
    vary by ±20 % from one second to the next."""
    times, pushed = [], []
    for r in range(rounds):
        elapsed, ok = _push_once(workdir / f"push-{r}", n)
        times.append(elapsed)
        pushed.append(ok)
    median = statistics.median(times)
    return {"events": n, "pushed": min(pushed), "seconds": round(median, 3),
            "rounds_s": [round(x, 3) for x in times], "events_per_s": round(n / median), "target_s": 2.0}


def _push_once(workdir: Path, n: int) -> tuple[float, int]:
    from pos_client.store import writes
    from pos_client.store.store import Store

    from .client import SyncClient, pair
    workdir.mkdir(parents=True, exist_ok=True)
    db = Database(str(workdir / "push-hq.db"))
    server = _Server(db)
    store = Store.open(workdir / "push-terminal")
    try:
        pair(store, server.url, new_code(db, "bench")[0], "bench")
        member = str(uuid.uuid4())
        from datetime import datetime, timezone
        now = datetime.now(timezone.utc)

        def fill(conn):
            for i in range(n):
                writes.append_event(conn, store.terminal_id, "sale_completed", _sale(member, i), now)

        client = SyncClient(store, server.url, store.get_meta("device_token"), timeout_s=30)
        # A paired till has its snapshot before it sells: the timed round is the
        # push (and the empty pull after it), not the one-off bootstrap.
        client.bootstrap()
        store.write(fill)
        start = time.perf_counter()
        result = client.sync_once()
        elapsed = time.perf_counter() - start
        client.http.close()
        return elapsed, result.pushed
    finally:
        store.close()
        server.stop()
        db.close()


def _seed_members(db: Database, n: int) -> None:
    now = now_iso()
    consents = json.dumps({"email": False, "loyalty": True, "sms": True})
    with db.write() as conn:
        for start in range(0, n, 20000):
            conn.execute(sa.insert(t.members), [
                {"member_id": str(uuid.UUID(int=i + 1)), "phone": f"+479{i:08d}", "name": f"Medlem {i}",
                 "email": f"m{i}@example.no", "birthday": None, "consents": consents,
                 "consent_text_version": "bench", "created_at": now, "origin": "hq", "erased_at": None}
                for i in range(start, min(n, start + 20000))])


def bench_bootstrap(workdir: Path, n: int) -> dict:
    from pos_client.store.store import Store

    from .client import SyncClient, pair
    db = Database(str(workdir / "boot-hq.db"))
    _seed_members(db, n)
    server = _Server(db)
    store = Store.open(workdir / "boot-terminal")
    try:
        pair(store, server.url, new_code(db, "boot")[0], "boot")
        client = SyncClient(store, server.url, store.get_meta("device_token"), timeout_s=60)
        seen = []
        start = time.perf_counter()
        rows = client.bootstrap(progress=lambda done, total: seen.append(done))
        elapsed = time.perf_counter() - start
        client.http.close()
        cached = store.counts()["members"]
        return {"members": n, "cached": cached, "rows": rows, "seconds": round(elapsed, 2),
                "members_per_s": round(n / elapsed), "progress_updates": len(seen),
                "target_s_for_1m": 30.0}
    finally:
        store.close()
        server.stop()
        db.close()


def run(quick: bool = False) -> dict:
    work = Path(tempfile.mkdtemp(prefix="till-sync-bench-"))
    out: dict = {}
    try:
        out["push_10k"] = bench_push(work, 2000 if quick else 10_000, rounds=1 if quick else 5)
        sqlite_db, sqlite_base = Database(str(work / "ingest-hq.db")), Database(str(work / "ingest-base.db"))
        out["hq_ingest_sqlite"] = bench_ingest(sqlite_db, 2000 if quick else 20_000, sqlite_base)
        sqlite_db.close()
        sqlite_base.close()
        out["hq_ingest_postgresql"] = _pg_ingest(2000 if quick else 20_000)
        out["bootstrap"] = bench_bootstrap(work, 20_000 if quick else 1_000_000)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def _pg_ingest(n: int) -> dict:
    import os
    cluster = None
    try:
        admin = os.environ.get("POS_TEST_PG_URL")
        if not admin:
            cluster = TempPostgres(fsync=True)
            admin = cluster.url
        db, base = Database(new_database(admin)), Database(new_database(admin))
        try:
            return bench_ingest(db, n, base)
        finally:
            db.close()
            base.close()
    except PgUnavailable as exc:
        return {"skipped": str(exc)}
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    import sys
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
