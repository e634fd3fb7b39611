"""``pos-hq user add|list``: the HQ console's users (DESIGN §10)."""

from __future__ import annotations

import getpass
import sys

from .db import Database, HQError


def add_parsers(sub) -> None:
    c = sub.add_parser("user", help="HQ console users")
    s = c.add_subparsers(dest="action", required=True)
    a = s.add_parser("add", help="add a user or set a new password and role (password on stdin)")
    a.add_argument("email")
    a.add_argument("--role", required=True, choices=("owner", "marketer", "viewer"))
    s.add_parser("list", help="list console users")

    r = sub.add_parser("automations", help="the console's scheduled messages")
    ra = r.add_subparsers(dest="action", required=True)
    once = ra.add_parser("run", help="send the welcome/birthday/anniversary/keep-tier messages due now, then exit")
    once.add_argument("--now", help="as if it were this ISO time (tests, catching up)")

    b = sub.add_parser("bench-console", help="seed a chain-sized database, then time the console's kpis and pages")
    b.add_argument("--members", type=int, default=100_000)
    b.add_argument("--sales", type=int, default=1_000_000)
    b.add_argument("--rounds", type=int, default=3)
    b.add_argument("--temp-postgres", action="store_true", help="on a throwaway local PostgreSQL (initdb)")
    b.add_argument("--scan", action="store_true", help="also time the figures computed from the tables (slow)")
    b.add_argument("--rebuild", action="store_true", help="on a seeded database: time building the aggregates")



def cmd_user(db: Database, args) -> int:
    from .console.users import add_user, list_users
    if args.action == "list":
        for u in list_users(db):
            state = "disabled" if u["disabled_at"] else u["role"]
            print(f"{u['email']}\t{state}\t{u['created_at'][:19]}")
        return 0
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise HQError("the passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    user = add_user(db, args.email, args.role, password, actor="cli")
    print(f"{user.email}: {user.role}")
    return 0


def say(line: str) -> None:
    print(line, flush=True)


def cmd_bench_console(db: Database, args) -> int:
    from .console.bench import run
    if not args.temp_postgres:
        return run(db, args.members, args.sales, args.rounds, say, args.scan, args.rebuild)
    from ..pgtemp import TempPostgres, new_database
    cluster = TempPostgres(fsync=False)
    try:
        pg = Database(new_database(cluster.url))
        try:
            return run(pg, args.members, args.sales, args.rounds, say, args.scan, args.rebuild)
        finally:
            pg.close()
    finally:
        cluster.stop()


def cmd_automations(db: Database, args) -> int:
    from datetime import datetime
    from .console.automation_runner import run
    from .console.delivery import Config
    try:
        now = datetime.fromisoformat(args.now) if args.now else None
    except ValueError:
        raise HQError(f"--now: not an ISO time: {args.now!r}") from None
    if now is not None and now.tzinfo is None:
        raise HQError("--now: give the UTC offset too (e.g. 2026-12-02T09:00:00+00:00)")
    sent = run(db, Config.from_env(), now)
    print(", ".join(f"{kind}: {n} delivered" for kind, n in sent.items()) or "no automation is on")
    return 0


COMMANDS = {"user": cmd_user, "automations": cmd_automations, "bench-console": cmd_bench_console}
