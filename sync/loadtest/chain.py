"""The system under load: a throwaway PostgreSQL (``TempPostgres``, or the
server at ``POS_TEST_PG_URL``), ``pos-hq serve --workers N`` on it as its own
process tree on 127.0.0.1, members seeded at HQ, and paired simulated tills.
Afterwards HQ's events are checked against every till's own record."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx
import psycopg

from ..bench import _seed_members
from ..hq.db import Database
from ..hq.pairing import new_code
from ..pgtemp import TempPostgres, free_port, new_database
from .stats import Stats, self_cpu, tree_cpu
from .tills import SimTill


class Chain:
    def __init__(self, members: int = 20_000, fsync: bool = True, pool: int = 10, preload: str = "") -> None:
        admin = os.environ.get("POS_TEST_PG_URL")
        self.cluster = None if admin else TempPostgres(fsync=fsync, preload=preload)
        self.admin_url = admin or self.cluster.url
        self.url = new_database(self.admin_url)
        self.dbname = self.url.rsplit("/", 1)[1]
        self.db = Database(self.url)
        _seed_members(self.db, members)
        self.members = [str(uuid.UUID(int=i + 1)) for i in range(members)]     # as _seed_members made them
        self.pool = pool
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.workers = 0
        self.stats = Stats()
        self._pg = psycopg.connect(self.admin_url, autocommit=True)

    # -- HQ --------------------------------------------------------------------------
    def start_hq(self, workers: int) -> None:
        self.stop_hq()
        env = {**os.environ, "POS_HQ_POOL": str(self.pool)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.hq.cli", "--db", self.url, "serve", "--host", "127.0.0.1",
             "--port", str(self.port), "--workers", str(workers)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        self.workers = workers
        deadline = time.monotonic() + 240          # N workers importing at once on a busy 2-core VM
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base_url + "/readyz", timeout=2).status_code == 200:
                    time.sleep(1.0 if workers > 1 else 0)      # every worker up, not just the first
                    return
            except httpx.HTTPError:
                if self.proc.poll() is not None:
                    raise RuntimeError("HQ did not start: " + self.proc.stderr.read().decode()[-800:])
                time.sleep(0.1)
        raise RuntimeError("HQ did not start")

    def stop_hq(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def close(self) -> None:
        self.stop_hq()
        self._pg.close()
        self.db.close()
        if self.cluster is not None:
            self.cluster.stop()

    # -- tills -------------------------------------------------------------------------
    async def tills(self, n: int, seed: int = 0) -> list[SimTill]:
        codes = [new_code(self.db, f"load-{i:05d}")[0] for i in range(n)]
        tills = [SimTill(i, self.base_url, self.members, self.stats, seed) for i in range(n)]
        gate = asyncio.Semaphore(32)

        async def one(till, code):
            async with gate:
                await till.pair(code)

        await asyncio.gather(*(one(t, c) for t, c in zip(tills, codes)))
        # Every till takes its snapshot after the whole chain is paired (in a
        # real chain pairing is spread over weeks; here the 2,500 new keys
        # would otherwise be the first thing every till pulls).
        head = await tills[0].feed_head()
        for till in tills:
            till.cursor = head
        return tills

    # -- measurements --------------------------------------------------------------------
    def cpu(self) -> dict[str, float]:
        """CPU seconds so far: HQ's process tree, PostgreSQL's, and this driver's."""
        out = {"hq": tree_cpu(self.proc.pid) if self.proc else 0.0, "driver": self_cpu()}
        if self.cluster is not None:
            pid = int(Path(self.cluster.data, "postmaster.pid").read_text().split()[0])
            out["postgres"] = tree_cpu(pid)
        return out

    def pg_connections(self) -> dict[str, int]:
        """Backends connected to HQ's database now, and sessions ever opened on it
        (a growing count under steady load means connections are not reused)."""
        with self._pg.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (self.dbname,))
            now = cur.fetchone()[0]
            cur.execute("SELECT sessions FROM pg_stat_database WHERE datname = %s", (self.dbname,))
            sessions = cur.fetchone()[0]
        return {"connected": now, "sessions_opened": sessions}

    def verify(self, tills: list[SimTill]) -> dict:
        """HQ's events against the tills' own records: every event a till made
        and HQ answered is at HQ exactly once, with its seq, and nothing else is.
        Events still queued on a till (not answered yet when the run stopped)
        are counted apart: ``lost`` is only an answered event missing at HQ."""
        at_hq: dict[str, dict[str, int]] = defaultdict(dict)
        with psycopg.connect(self.url) as conn:
            rows = conn.execute("SELECT terminal_id, event_id, seq FROM events").fetchall()
            gaps = conn.execute("SELECT count(*) FROM conflicts WHERE kind = 'seq_gap'").fetchone()[0]
        for tid, eid, seq in rows:
            at_hq[tid][eid] = seq
        lost = doubled = wrong_seq = queued = queued_at_hq = 0
        for till in tills:
            mine = at_hq.pop(till.terminal_id, {})
            waiting = set(till.pending)
            for seq, eid in till.made.items():
                if seq in waiting:
                    queued += 1
                    queued_at_hq += eid in mine      # applied, the answer not back yet
                elif eid not in mine:
                    lost += 1
                elif mine[eid] != seq:
                    wrong_seq += 1
            seqs = list(mine.values())
            doubled += len(seqs) - len(set(seqs)) + len(set(mine) - set(till.made.values()))
        return {"events_made": sum(len(t.made) for t in tills), "events_at_hq": len(rows), "lost": lost,
                "doubled": doubled, "wrong_seq": wrong_seq, "seq_gaps_flagged": gaps,
                "still_queued_on_tills": queued, "still_queued_but_at_hq": queued_at_hq,
                "events_from_unknown_tills": sum(len(v) for v in at_hq.values())}


class Sampler:
    """Once a second: HQ, PostgreSQL and driver CPU, and PostgreSQL connections."""

    def __init__(self, chain: Chain, every_s: float = 1.0) -> None:
        self.chain, self.every_s = chain, every_s
        self.samples: list[dict] = []
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        while True:
            sample = {"t": time.monotonic(), **self.chain.cpu(), "load": _load_average()}
            sample.update(await asyncio.to_thread(self.chain.pg_connections))
            self.samples.append(sample)
            await asyncio.sleep(self.every_s)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> dict:
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        first, last = self.samples[0], self.samples[-1]
        span = max(1e-9, last["t"] - first["t"])
        out = {f"{k}_cpu_cores": round((last[k] - first[k]) / span, 2)
               for k in ("hq", "postgres", "driver") if k in first}
        out["pg_connections_max"] = max(s["connected"] for s in self.samples)
        # The machine's 1-minute load average meanwhile (this VM is shared: above ~2
        # the processes under test were waiting for a CPU, and latencies show it).
        loads = [s["load"] for s in self.samples if s["load"] is not None]
        if loads:
            out["machine_load_avg"] = {"min": min(loads), "max": max(loads), "mean": round(sum(loads) / len(loads), 2)}
        out["pg_sessions_opened_during_run"] = last["sessions_opened"] - first["sessions_opened"]
        return out


def _load_average() -> float | None:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


class Probe:
    """``probe.py`` in a process of its own, asking ``url`` every 100 ms."""

    def __init__(self, url: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "sync.loadtest.probe", url],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def stop(self) -> tuple[list[float], int]:
        """Sorted answer times (s) and the number of failed probes."""
        self.proc.terminate()
        out, _ = self.proc.communicate(30)
        data = json.loads(out.strip().splitlines()[-1])
        return sorted(data["times"]), data["errors"]
