"""``pos-hq``: the HQ server and its operator commands (DESIGN §2).

User errors end with one line on stderr and exit 1 (2 for usage errors, as
argparse does); tracebacks are only for bugs.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

import sqlalchemy as sa

from .db import Database, HQError

# Idle keep-alive connections are kept this long (uvicorn's 5 s closed a till's
# connection between its pushes, and a push racing the close was reset); a
# load balancer in front should close its idle connections before this.
KEEP_ALIVE_S = 75


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pos-hq", description="Till HQ: reference sync server and operator tools")
    p.add_argument("--db", help="SQLite file path (default) or postgresql://… (env POS_HQ_DB)")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("serve", help="run the HQ server")
    c.add_argument("--host", default="127.0.0.1")
    c.add_argument("--port", type=int, default=8700)
    c.add_argument("--log-level", default="warning", choices=("debug", "info", "warning", "error"))
    c.add_argument("--workers", type=int, default=1,
                   help="worker processes (PostgreSQL only; each has POS_HQ_POOL connections, default 10)")

    sub.add_parser("migrate", help="create or upgrade the HQ schema, then exit (safe to run alongside serve)")

    c = sub.add_parser("pairing-code", help="print a one-time pairing code for a terminal")
    c.add_argument("name")
    c.add_argument("--json", action="store_true")
    c.add_argument("--hours", type=float, default=24, help="validity (default 24)")

    for name, what in (("program", "loyalty program TOML"), ("catalogue", "catalogue CSV")):
        c = sub.add_parser(name, help=f"publish a {what}")
        s = c.add_subparsers(dest="action", required=True)
        s.add_parser("load", help=f"load and publish a {what}").add_argument("file")

    c = sub.add_parser("members", help="import or erase members")
    s = c.add_subparsers(dest="action", required=True)
    i = s.add_parser("import", help="import members CSV (phone,name,email,birthday,consent)")
    i.add_argument("file")
    i.add_argument("--country", default="NO", help="region for phone numbers without +prefix")
    s.add_parser("erase", help="GDPR erasure of one member").add_argument("member_id")

    c = sub.add_parser("report", help="member balances and flagged conflicts")
    c.add_argument("--json", action="store_true")
    c.add_argument("--kpis", action="store_true", help="only the dashboard's figures (fast at any size;"
                   " the full report lists every member)")

    c = sub.add_parser("terminal", help="manage terminals")
    s = c.add_subparsers(dest="action", required=True)
    s.add_parser("revoke", help="revoke a terminal's device token").add_argument("name")
    s.add_parser("list", help="list terminals")

    c = sub.add_parser("settings", help="operator settings")
    s = c.add_subparsers(dest="action", required=True)
    st = s.add_parser("set", help="set a value (empty string clears)")
    st.add_argument("key")
    st.add_argument("value")
    s.add_parser("show", help="show all settings")

    c = sub.add_parser("feed", help="change-feed maintenance")
    s = c.add_subparsers(dest="action", required=True)
    pr = s.add_parser("prune", help="drop old feed rows; terminals behind re-snapshot")
    pr.add_argument("--keep", type=int, default=None)

    c = sub.add_parser("journal", help="the tills' electronic journals")
    s = c.add_subparsers(dest="action", required=True)
    ex = s.add_parser("export", help="SAF-T Cash Register XML for every till HQ has heard from")
    ex.add_argument("--saft", required=True, metavar="PATH", help="a directory, or a file ending in .xml")
    ex.add_argument("--terminal", metavar="NAME", help="only this till")

    from .cli_console import add_parsers
    add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        db = Database(args.db)
        try:
            from .cli_console import COMMANDS as CONSOLE
            return {**COMMANDS, **CONSOLE}[args.command](db, args)
        finally:
            db.close()
    except HQError as exc:
        print(f"pos-hq: {exc}", file=sys.stderr)
        return 1
    except sa.exc.OperationalError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"pos-hq: the HQ database is busy or unavailable ({first}); try again", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"pos-hq: {exc.filename}: no such file", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def cmd_serve(db: Database, args) -> int:
    import uvicorn
    from .app import create_app
    if args.workers != 1:
        return _serve_workers(db, args)
    config = uvicorn.Config(create_app(db), host=args.host, port=args.port, log_level=args.log_level,
                            access_log=False, timeout_keep_alive=KEEP_ALIVE_S)
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 1


def _serve_workers(db: Database, args) -> int:
    """N uvicorn worker processes on one socket, each with its own Database.
    The schema is already created (opening ``db`` did it, under the lock)."""
    import os

    import uvicorn
    if args.workers < 1:
        raise HQError("--workers must be at least 1")
    if db.is_sqlite:
        raise HQError("--workers needs PostgreSQL: SQLite has a single writer, so run one process"
                      " (--db postgresql://… for more)")
    os.environ["POS_HQ_DB"] = db.url
    db.close()
    uvicorn.run("sync.hq.app:app_from_env", factory=True, workers=args.workers, host=args.host,
                port=args.port, log_level=args.log_level, access_log=False, timeout_keep_alive=KEEP_ALIVE_S)
    return 0


def cmd_migrate(db: Database, _args) -> int:
    from .schema import SCHEMA_VERSION
    print(f"HQ schema version {SCHEMA_VERSION} ready ({db.describe()})")
    return 0


def cmd_pairing_code(db: Database, args) -> int:
    from datetime import timedelta
    from .pairing import new_code
    if args.hours <= 0:
        raise HQError("--hours must be positive")
    code, expires = new_code(db, args.name, timedelta(hours=args.hours))
    print(json.dumps({"code": code, "expires_at": expires}) if args.json else code)
    return 0


def cmd_program(db: Database, args) -> int:
    from .admin import load_program
    out = load_program(db, args.file)
    print(f"published program {out['program_id']!r} ({out['name']})")
    return 0


def cmd_catalogue(db: Database, args) -> int:
    from .admin import load_catalogue
    out = load_catalogue(db, args.file)
    print(f"published {out['products']} products ({out['changed']} new or changed, {out['withdrawn']} withdrawn)")
    return 0


def cmd_members(db: Database, args) -> int:
    from .admin import erase_member, import_members
    if args.action == "import":
        out = import_members(db, args.file, args.country)
        print(f"imported {out['imported']} members ({out['skipped']} already known)")
    else:
        erase_member(db, args.member_id)
        print(f"erased member {args.member_id}")
    return 0


def cmd_report(db: Database, args) -> int:
    from .report import kpis_report, report
    out = kpis_report(db) if args.kpis else report(db)
    if args.kpis:
        print(json.dumps(out, ensure_ascii=False, indent=2 if args.json else None))
        return 0
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"{len(out['members'])} members, {len(out['conflicts'])} conflicts")
        for c in out["conflicts"]:
            print(f"  {c['kind']}: member {c['member_id']}: {c['detail']}")
    return 0


def cmd_terminal(db: Database, args) -> int:
    if args.action == "revoke":
        from .pairing import revoke
        n = revoke(db, args.name)
        print(f"revoked {n} terminal{'s' if n != 1 else ''} named {args.name!r}")
    else:
        from .report import report
        for term in report(db)["terminals"]:
            state = "revoked" if term["revoked"] else "active"
            print(f"{term['name']}\t{term['terminal_id']}\t{state}\tlast seq {term['last_seq']}")
    return 0


def cmd_settings(db: Database, args) -> int:
    from .admin import get_settings, set_setting
    if args.action == "set":
        stored = set_setting(db, args.key, args.value)
        print(f"{args.key} = {stored or '(unset)'}")
    else:
        for key, value in get_settings(db).items():
            print(f"{key} = {value if value is not None else '(unset)'}")
    return 0


def cmd_feed(db: Database, args) -> int:
    from .admin import prune_feed
    if args.keep is not None and args.keep < 0:
        raise HQError("--keep must not be negative")
    out = prune_feed(db, args.keep)
    print(f"feed floor now {out['floor']} ({out['deleted']} rows dropped)")
    return 0


def cmd_journal(db: Database, args) -> int:
    from .journal import export
    for path in export(db, args.saft, args.terminal):
        print(path)
    return 0


COMMANDS = {
    "journal": cmd_journal,
    "serve": cmd_serve, "migrate": cmd_migrate, "pairing-code": cmd_pairing_code, "program": cmd_program,
    "catalogue": cmd_catalogue, "members": cmd_members, "report": cmd_report,
    "terminal": cmd_terminal, "settings": cmd_settings, "feed": cmd_feed,
}

if __name__ == "__main__":
    sys.exit(main())
