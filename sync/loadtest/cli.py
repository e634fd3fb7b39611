"""``python -m sync.loadtest SCENARIO``: not part of the test run (the smoke
test runs a tiny one).  Prints the figures as JSON (and writes them to
``--out``).  Its own command, not ``pos-hq``'s: HQ stands alone, and the
simulated tills use the terminal's sync client (its backoff)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import scenarios


def build_parser() -> argparse.ArgumentParser:
    c = argparse.ArgumentParser(
        prog="python -m sync.loadtest",
        description="Simulated tills against HQ on a throwaway PostgreSQL (127.0.0.1). Scenarios: peak (each"
                    " till a sale every ~20 s and a pull every ~30 s), outage (every till comes back with"
                    " --queued events), capacity (one-event pushes/s at p99 <= 200 ms, per --workers), cost (CPU ms and SQL"
                    " statements of one push / pull, one request at a time; --queued requests per phase).")
    c.add_argument("scenario", choices=("peak", "outage", "capacity", "cost"))
    c.add_argument("--tills", type=int, default=2500)
    c.add_argument("--seconds", type=float, default=300,
                   help="peak: length of the run; capacity: length of each rate step (default 300)")
    c.add_argument("--workers", default="1", help="HQ worker processes; capacity takes a list, e.g. 1,2,4")
    c.add_argument("--queued", type=int, default=200, help="outage: events waiting on each till")
    c.add_argument("--rates", default="50,100,150,200,250,300,350,400,450,500,600,700,800",
                   help="capacity: pushes/s to try, in order")
    c.add_argument("--sale-every", type=float, default=20.0)
    c.add_argument("--pull-every", type=float, default=30.0)
    c.add_argument("--old-tills", action="store_true",
                   help="peak: tills ignore HQ's next_pull_s (as tills from before it) and pull every --pull-every")
    c.add_argument("--members", type=int, default=20_000, help="members seeded at HQ")
    c.add_argument("--pool", type=int, default=10, help="PostgreSQL connections per HQ worker")
    c.add_argument("--no-fsync", action="store_true", help="PostgreSQL without fsync (default: fsync on)")
    c.add_argument("--out", help="also write the figures to this JSON file")
    return c


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    figures = scenarios.run(
        args.scenario, args.tills, args.seconds, [int(w) for w in str(args.workers).split(",")],
        args.queued, not args.no_fsync, args.pool, [int(r) for r in args.rates.split(",")],
        sale_every=args.sale_every, pull_every=args.pull_every, members=args.members, old_tills=args.old_tills)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0
