"""The ``cost`` scenario: what ONE small request costs HQ, in CPU and SQL.

Wall-clock latency on a shared 2-core VM is mostly run-queue waits; the CPU
a request costs, and the statements it sends, carry over to any machine.
So requests go one at a time (no queueing inside HQ) and each phase reports,
per request: CPU milliseconds of HQ's process tree and of PostgreSQL's
(every backend and helper process of the throwaway cluster, read from
/proc), and the statements PostgreSQL ran for HQ's database
(``pg_stat_statements``, transaction control and COPY included), with the
most frequent ones spelled out.

Phases: ``push`` (one one-sale batch, 70 % with a member: points, spend
and stamps), ``pull_empty`` (a pull with nothing new) and ``pull_few`` (a
pull finding the few items another till just pushed; those pushes are not
counted).
"""

from __future__ import annotations

import time

import psycopg

from .chain import Chain, _load_average
from .tills import SimTill

TOP = 30


class Statements:
    """``pg_stat_statements`` of one database, read from the admin connection."""

    def __init__(self, chain: Chain) -> None:
        self.chain = chain
        self.ok = False
        try:
            with chain._pg.cursor() as cur:
                cur.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
                cur.execute("SELECT oid FROM pg_database WHERE datname = %s", (chain.dbname,))
                self.dbid = cur.fetchone()[0]
                cur.execute("SELECT count(*) FROM pg_stat_statements")
            self.ok = True
        except psycopg.Error:              # not preloaded on a server given by POS_TEST_PG_URL
            self.chain._pg.rollback() if not self.chain._pg.autocommit else None

    def read(self) -> dict[str, int]:
        if not self.ok:
            return {}
        with self.chain._pg.cursor() as cur:
            cur.execute("SELECT query, sum(calls) FROM pg_stat_statements WHERE dbid = %s GROUP BY query",
                        (self.dbid,))
            return {q: int(n) for q, n in cur.fetchall()}


class Meter:
    """CPU of HQ and PostgreSQL and the statements run, summed over windows."""

    def __init__(self, chain: Chain, statements: Statements) -> None:
        self.chain, self.statements = chain, statements
        self.hq = self.pg = 0.0
        self.calls: dict[str, int] = {}
        self.requests = 0
        self._start: tuple | None = None

    def __enter__(self):
        self._start = (self.chain.cpu(), self.statements.read())
        return self

    def __exit__(self, *exc) -> None:
        (cpu0, st0), cpu1, st1 = self._start, self.chain.cpu(), self.statements.read()
        self.hq += cpu1["hq"] - cpu0["hq"]
        self.pg += cpu1.get("postgres", 0.0) - cpu0.get("postgres", 0.0)
        for q, n in st1.items():
            if n - st0.get(q, 0) and "pg_stat_statements" not in q:
                self.calls[q] = self.calls.get(q, 0) + n - st0.get(q, 0)

    def figures(self, seconds: float) -> dict:
        n = max(1, self.requests)
        top = sorted(self.calls.items(), key=lambda kv: -kv[1])[:TOP]
        return {"requests": self.requests, "seconds": round(seconds, 1),
                "hq_cpu_ms": round(1000 * self.hq / n, 2), "pg_cpu_ms": round(1000 * self.pg / n, 2),
                "statements": round(sum(self.calls.values()) / n, 2) if self.statements.ok else None,
                "top_statements": [{"per_request": round(c / n, 2), "sql": " ".join(q.split())[:160]}
                                   for q, c in top]}


async def cost(chain: Chain, tills: list[SimTill], requests: int) -> dict:
    statements = Statements(chain)
    deadline = lambda: time.monotonic() + 120          # noqa: E731
    for till in tills:                                  # warm up: connections, caches, each till's row
        till.sell()
        await till.push(deadline())
        await till.pull()
    out = {"load_before": _load_average()}

    push = Meter(chain, statements)
    start = time.monotonic()
    with push:
        for i in range(requests):
            till = tills[i % len(tills)]
            till.sell()
            await till.push(deadline())
            push.requests += 1
    out["push"] = push.figures(time.monotonic() - start)

    for till in tills:                                  # everyone at the feed's head
        await till.pull()
    empty = Meter(chain, statements)
    start = time.monotonic()
    with empty:
        for i in range(requests):
            await tills[i % len(tills)].pull()
            empty.requests += 1
    out["pull_empty"] = empty.figures(time.monotonic() - start)

    few = Meter(chain, statements)
    start = time.monotonic()
    while few.requests < requests:
        writer = tills[few.requests % len(tills)]
        for _ in range(3):
            writer.sell()
        await writer.push(deadline())
        with few:
            for till in tills:
                if till is not writer and few.requests < requests:
                    await till.pull()
                    few.requests += 1
    out["pull_few"] = few.figures(time.monotonic() - start)
    out["load_after"] = _load_average()
    return out
