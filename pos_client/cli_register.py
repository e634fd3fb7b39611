"""``pos-client`` commands of the cash register (DESIGN.md §8): cashiers, the drawer,
training mode, X/Z reports and the electronic journal."""

from __future__ import annotations

import json
import sys

from .domain.errors import TillError


def add_parsers(sub) -> None:
    c = sub.add_parser("cashier", help="cashiers who sign in on the till: add NAME --pin PIN | list")
    s = c.add_subparsers(dest="action", required=True)
    a = s.add_parser("add")
    a.add_argument("name")
    a.add_argument("--pin", required=True, help="4 to 8 digits")
    s.add_parser("list").add_argument("--json", action="store_true")

    c = sub.add_parser("drawer", help="open the cash drawer without a sale (journaled and counted)")
    s = c.add_subparsers(dest="action", required=True)
    a = s.add_parser("open")
    a.add_argument("--reason", default="")
    a.add_argument("--cashier", metavar="NAME")

    c = sub.add_parser("training", help="training mode on|off (Treningskvittering, no sales)")
    c.add_argument("action", choices=("on", "off"))
    c.add_argument("--cashier", metavar="NAME")

    c = sub.add_parser("report", help="X report (no reset) or Z report (closes the day)")
    c.add_argument("kind", choices=("x", "z", "X", "Z"))
    c.add_argument("--json", action="store_true")
    c.add_argument("--cashier", metavar="NAME")

    c = sub.add_parser("journal", help="the electronic journal: export --saft PATH | verify | public-key")
    s = c.add_subparsers(dest="action", required=True)
    a = s.add_parser("export", help="SAF-T Cash Register XML (Skatteetaten's schema v1.00)")
    a.add_argument("--saft", required=True, metavar="PATH", help="a directory, or a file ending in .xml")
    a.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    a.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    s.add_parser("verify", help="check the signature chain")
    s.add_parser("public-key", help="the signing key's public half (PEM)")


def cmd_cashier(t, args) -> int:
    if args.action == "add":
        cashier = t.register.add_cashier(args.name, args.pin)
        print(f"added cashier {cashier['name']} (id {cashier['cashier_id']})")
    else:
        cashiers = t.register.cashiers()
        if args.json:
            print(json.dumps(cashiers, ensure_ascii=False, indent=2))
        for c in ([] if args.json else cashiers):
            print(f"{c['cashier_id']}\t{c['name']}")
    return 0


def cmd_drawer(t, args) -> int:
    from hardware.printer import PrinterError
    from .printing import open_printer
    entry = t.register.drawer_opened(args.reason)
    try:
        t.register.kick_drawer(open_printer(t), t.config.printer.drawer_pin)
        print(f"drawer opened (journal entry {entry.entry_no})")
    except PrinterError as exc:
        print(f"drawer opening journaled (entry {entry.entry_no}), but the printer did not answer:"
              f" {exc.message}")
    return 0


def cmd_training(t, args) -> int:
    t.register.set_training(args.action == "on")
    print("training mode on: receipts are Treningskvittering, nothing is sold" if args.action == "on"
          else "training mode off")
    return 0


def cmd_report(t, args) -> int:
    from .cli import _print_now
    report = t.register.report(args.kind)
    printed = _print_now(t)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(t.register.last_report_text(args.kind))
        print(f"print: {printed}")
    return 0


def cmd_journal(t, args) -> int:
    from .services.journal_export import export_saft, verify
    if args.action == "export":
        print(export_saft(t, args.saft, args.first, args.last))
        return 0
    if args.action == "public-key":
        sys.stdout.write(t.register.public_key_pem())
        return 0
    problems = verify(t)
    for line in problems:
        print(line)
    if problems:
        return 1
    print("journal OK: every signature verifies, no entry or transaction is missing")
    return 0


def use_cashier(t, args) -> None:
    """``--cashier NAME`` on sale, return, report, drawer and training."""
    name = getattr(args, "cashier", None)
    if name:
        t.register.use_cashier(name)


COMMANDS = {"cashier": cmd_cashier, "drawer": cmd_drawer, "training": cmd_training,
            "report": cmd_report, "journal": cmd_journal}
__all__ = ["COMMANDS", "TillError", "add_parsers", "use_cashier"]
