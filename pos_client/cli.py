"""``pos-client``: the till GUI by default, and the commands of DESIGN.md §2.

User mistakes (a bad phone, an unknown SKU, an unreadable file) print one
line on stderr and exit non-zero; anything else is a bug, logged with its
traceback in the log file and reported as one line.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .config import load_config
from hardware.errors import HardwareError

from .domain.errors import InvalidInput, MemberNotFound, TillError, UserError

EXIT_USER_ERROR = 2
EXIT_NOT_FOUND = 1
log = logging.getLogger("pos_client")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pos-client", description="Till: loyalty point-of-sale terminal.")
    p.add_argument("--config", help="TOML config file (default: $POS_CONFIG, else demo mode)")
    p.add_argument("--data-dir", help="data directory (default: $POS_DATA_DIR or the platform's)")
    p.add_argument("--selftest", action="store_true", help="start offscreen, scan, sell, print, exit")
    p.add_argument("--version", action="version", version=f"pos-client {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("lookup", help="find a member by phone or scanned QR payload")
    c.add_argument("query")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("sale", help="ring up one sale")
    c.add_argument("--member", help="phone or member QR payload")
    c.add_argument("--item", action="append", default=[], metavar="SKU_OR_EAN[:QTY]", required=True)
    c.add_argument("--coupon", action="append", default=[], metavar="CODE")
    c.add_argument("--redeem-points", type=int, default=0, metavar="N")
    c.add_argument("--tender", choices=("cash", "card"), default="card")
    c.add_argument("--cash-given", type=float, metavar="KRONER")
    c.add_argument("--cashier", metavar="NAME", help="who sells (a cashier of `cashier list`)")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("return", help="return lines of an earlier sale")
    c.add_argument("--receipt", required=True, metavar="NO")
    c.add_argument("--item", action="append", default=[], metavar="SKU:QTY", required=True)
    c.add_argument("--cashier", metavar="NAME")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("enroll", help="enrol a new member")
    c.add_argument("--phone", required=True)
    c.add_argument("--name", default="")
    c.add_argument("--email", default="")
    c.add_argument("--birthday", metavar="YYYY-MM-DD")
    c.add_argument("--consent", required=True, metavar="loyalty[,sms,email]")
    c.add_argument("--referred-by", metavar="Q", help="the referring member's phone or scanned card")
    c.add_argument("--json", action="store_true")

    from .cli_rewards import add_parsers as reward_parsers
    reward_parsers(sub)

    c = sub.add_parser("support-bundle", help="zip config (no secrets), logs and status for a technician")
    c.add_argument("--out", metavar="FILE.zip", help="default: support-<time>.zip in the data dir")

    c = sub.add_parser("status", help="terminal status")
    c.add_argument("--json", action="store_true")

    for name, what in (("program", "loyalty program TOML"), ("catalogue", "catalogue CSV")):
        c = sub.add_parser(name, help=f"load a {what}")
        s = c.add_subparsers(dest="action", required=True)
        s.add_parser("load").add_argument("file")
    c = sub.add_parser("members", help="import members from CSV")
    s = c.add_subparsers(dest="action", required=True)
    s.add_parser("import").add_argument("file")

    c = sub.add_parser("seed", help="fill the cache with synthetic members (benchmarks)")
    c.add_argument("--members", type=int, required=True)

    c = sub.add_parser("bench", help="performance benchmarks of DESIGN.md §7")
    c.add_argument("--json", action="store_true")
    c.add_argument("--members", type=int, default=1_000_000)
    c.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")

    c = sub.add_parser("sync", help="push the outbox and pull changes now")
    c.add_argument("--once", action="store_true")
    c = sub.add_parser("pair", help="pair this terminal with HQ")
    c.add_argument("--hq", required=True)
    c.add_argument("--code", required=True)

    c = sub.add_parser("setup", help="first-run setup without the GUI (for IT rolling out many tills)")
    c.add_argument("--name", required=True, help="this till's name, e.g. 'Oslo Storgata kasse 2'")
    c.add_argument("--language", choices=("nb", "sv", "en"), default="")
    c.add_argument("--country", default="NO")
    c.add_argument("--hq", help="HQ address; with --code this till is paired now")
    c.add_argument("--code", help="one-time pairing code from `pos-hq pairing-code`")
    c.add_argument("--standalone", action="store_true", help="no HQ: start with the demo program and catalogue")
    c.add_argument("--printer", default="preview:", metavar="URI")
    c.add_argument("--width", type=int, choices=(58, 80), default=80)
    c.add_argument("--profile", default="TM-T20II")
    c.add_argument("--scanner", default="keyboard", metavar="MODE")
    c.add_argument("--pin", required=True, help="manager PIN, 4 to 8 digits")
    c.add_argument("--shop-name", default="", help="the shop's legal name (receipts, reports, SAF-T)")
    c.add_argument("--address", default="", help="the shop's address, e.g. 'Storgata 1, 0155 Oslo'")
    c.add_argument("--org-number", default="", help="organisation number (9 digits); a till sells only with one")
    c.add_argument("--out", metavar="FILE.toml", help="where to write the config (default: the platform config dir)")

    c = sub.add_parser("printer", help="printer: test | queue | flush | reprint NO")
    c.add_argument("action", choices=("test", "queue", "flush", "reprint"))
    c.add_argument("receipt", nargs="?")
    from .cli_register import add_parsers
    add_parsers(sub)                            # cashier, drawer, training, report, journal
    return p


def _item(spec: str) -> tuple[str, int]:
    code, _, qty = spec.partition(":")
    if not qty:
        return code, 1
    try:
        return code, int(qty)
    except ValueError:
        raise TillError(f"{spec!r}: quantity must be a whole number") from None


def _out(data, as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    elif isinstance(data, dict):
        for key, value in data.items():
            print(f"{key}: {value}")
    else:
        print(data)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .logs import setup_logging
    setup_logging(verbose=False)
    try:
        return _run(args)
    except (UserError, HardwareError) as exc:       # the till's refusals and the drivers'
        print(f"pos-client: {exc.message}", file=sys.stderr)
        return EXIT_NOT_FOUND if isinstance(exc, MemberNotFound) else EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: full context in the log, one line for the user
        log.exception("unexpected error in %s", args.command or "gui")
        print(f"pos-client: internal error: {exc.__class__.__name__}: {exc} (details in the log)",
              file=sys.stderr)
        return 70


def _run(args) -> int:
    if args.command == "setup":                  # before any config exists
        return cmd_setup(args)
    config = load_config(args.config)
    from .services import Terminal
    if args.command is None:
        terminal = Terminal.open(args.data_dir, config=config)
        if args.selftest:
            from .app import selftest
            ok, line = selftest(terminal)
            print(line, file=sys.stdout if ok else sys.stderr)
            return 0 if ok else 1
        from .app import run_gui
        return run_gui(terminal)
    if args.command == "bench":
        from .bench import run_bench
        results = run_bench(args, config)
        if args.json:
            print(json.dumps(results, indent=2, ensure_ascii=False))
        else:
            for figure in results["figures"]:
                print(figure)
        return 0
    from . import cli_register
    with Terminal.open(args.data_dir, config=config) as t:
        cli_register.use_cashier(t, args)
        return {**COMMANDS, **cli_register.COMMANDS}[args.command](t, args)


def cmd_lookup(t, args) -> int:
    member = t.lookup(args.query)
    if member is None:
        print(f"pos-client: no member with {args.query.strip()!r}", file=sys.stderr)
        return EXIT_NOT_FOUND
    _out(member.to_json(), args.json)
    return 0


def cmd_sale(t, args) -> int:
    from .domain.money import to_ore
    member = t.require_member(args.member) if args.member else None
    sale = t.new_sale(member)
    for spec in args.item:
        code, qty = _item(spec)
        sale.add(code, qty)
    for code in args.coupon:
        sale.apply_coupon(code)
    if args.redeem_points:
        sale.redeem_points(args.redeem_points)
    cash = to_ore(args.cash_given) if args.cash_given is not None else None
    result = sale.complete(tender=args.tender, cash_given=cash)
    out = result.to_json()
    out["print"] = _print_now(t)
    _out(out, args.json)
    return 0


def _print_now(t) -> str:
    """Try the printer once; a failure leaves the receipt queued (exit stays 0)."""
    try:
        from .printing import flush_queue
        return flush_queue(t)
    except (UserError, HardwareError) as exc:      # a refusal, or the printer's trouble
        return f"queued: {exc.message}"


def cmd_return(t, args) -> int:
    items = [_item(spec) for spec in args.item]
    result = t.return_items(args.receipt, items)
    _out(result.to_json(), args.json)
    return 0


def cmd_enroll(t, args) -> int:
    consents = [c for c in args.consent.replace(";", ",").split(",")]
    member = t.enroll(args.phone, name=args.name, email=args.email,
                      birthday=args.birthday, consents=consents, referred_by=args.referred_by)
    _out(member.to_json(), args.json)
    return 0


def cmd_status(t, args) -> int:
    _out(t.status(), args.json)
    return 0


def cmd_program(t, args) -> int:
    program = t.load_program(args.file)
    print(f"loaded program {program.id!r} ({program.name})")
    return 0


def cmd_catalogue(t, args) -> int:
    print(f"loaded {t.load_catalogue(args.file)} products")
    return 0


def cmd_members(t, args) -> int:
    print(f"imported {t.import_members(args.file)} members")
    return 0


def cmd_seed(t, args) -> int:
    from .seed import seed_members
    if args.members <= 0:
        raise TillError("--members must be a positive number")
    added = seed_members(t.store, args.members, t.clock())
    print(f"seeded {added} members")
    return 0


def cmd_sync(t, args) -> int:
    from .cli_sync import run_sync_command
    return run_sync_command(t, once=args.once)


def cmd_pair(t, args) -> int:
    from .cli_sync import run_pair_command
    return run_pair_command(t, args.hq, args.code)


def cmd_printer(t, args) -> int:
    from .printing import PrintQueue, print_test_receipt
    if args.action == "test":
        print(f"test receipt printed to {print_test_receipt(t)}")
        return 0
    queue = PrintQueue(t)
    if args.action == "queue":
        for job in queue.jobs.waiting():
            print(f"{job.receipt_no}\t{job.state}\tattempts={job.attempts}\t{job.last_error or ''}")
        print(queue.summary())
    elif args.action == "flush":
        queue.jobs.retry_now(t.clock())
        print(f"printed {queue.flush()}; {queue.summary()}")
        return 0 if not queue.jobs.waiting() else 3
    else:
        if not args.receipt:
            raise InvalidInput("reprint needs a receipt number")
        number = queue.reprint(args.receipt)
        queue.flush()
        print(f"reprint of {number}: {queue.summary()}")
    return 0


def cmd_setup(args) -> int:
    """The wizard's steps from the command line: pair (or standalone), save the PIN, write the config."""
    from . import setup
    from .config import default_config_path
    if bool(args.hq) == args.standalone:
        raise TillError("give --hq URL --code CODE, or --standalone")
    if args.hq and not args.code:
        raise TillError("--hq needs --code (from `pos-hq pairing-code NAME` at HQ)")
    config = setup.build_config(name=args.name, language=args.language, country=args.country.upper(),
                                hq_url=args.hq or "", printer_uri=args.printer, width_mm=args.width,
                                profile=args.profile, scanner_mode=args.scanner,
                                data_dir=args.data_dir or os.environ.get("POS_DATA_DIR", ""),
                                shop=_shop_args(args))
    if args.hq:
        setup.check_hq(config.hq.url, config.hq.timeout_s)
        print(f"paired with {config.hq.url} as terminal {setup.pair_terminal(config, args.code)}")
    path = setup.finish(config, Path(args.out) if args.out else default_config_path(), args.pin,
                        starter_program=args.standalone)
    print(f"config written to {path}")
    return 0


def _shop_args(args):
    from .config import ShopConfig
    from .domain.shop import normalise_org_number, valid_org_number
    if args.org_number and not valid_org_number(args.org_number):
        raise TillError(f"--org-number {args.org_number!r} is not a valid organisation number (9 digits, mod 11)")
    return ShopConfig(legal_name=args.shop_name.strip() or args.name.strip(), address=args.address.strip(),
                      org_number=normalise_org_number(args.org_number) if args.org_number else "")


def cmd_support_bundle(t, args) -> int:
    from .support import write_bundle
    print(write_bundle(t, args.out))
    return 0


COMMANDS = {
    "lookup": cmd_lookup, "sale": cmd_sale, "return": cmd_return, "enroll": cmd_enroll,
    "status": cmd_status, "program": cmd_program, "catalogue": cmd_catalogue,
    "members": cmd_members, "seed": cmd_seed, "sync": cmd_sync, "pair": cmd_pair,
    "printer": cmd_printer, "support-bundle": cmd_support_bundle,
}
from .cli_rewards import COMMANDS as _REWARD_COMMANDS  # noqa: E402  (pos_client/cli_rewards.py)
COMMANDS.update(_REWARD_COMMANDS)

if __name__ == "__main__":
    sys.exit(main())
