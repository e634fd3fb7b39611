"""``pos-client reward exchange``, ``visit`` and ``coupon give`` (DESIGN.md §9)."""

from __future__ import annotations

import json


def add_parsers(sub) -> None:
    c = sub.add_parser("reward", help="reward catalogue: spend points on a coupon")
    s = c.add_subparsers(dest="action", required=True)
    e = s.add_parser("exchange", help="spend a member's points on a [[rewards]] coupon")
    e.add_argument("--member", required=True, help="phone or member QR payload")
    e.add_argument("--reward", required=True, metavar="ID")
    e.add_argument("--json", action="store_true")

    c = sub.add_parser("visit", help="a visit without a purchase (visit points, once a day)")
    c.add_argument("--member", required=True, help="phone or member QR payload")
    c.add_argument("--json", action="store_true")

    c = sub.add_parser("coupon", help="coupons: give a transferable coupon to another member")
    s = c.add_subparsers(dest="action", required=True)
    g = s.add_parser("give", help="pass an unused transferable coupon to another member")
    g.add_argument("--code", required=True, help="the coupon's code (its QR payload) or id")
    g.add_argument("--to", required=True, metavar="Q", help="the new owner's phone or member QR payload")
    g.add_argument("--json", action="store_true")


def _out(data: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        for key, value in data.items():
            print(f"{key}: {value}")


def cmd_reward(t, args) -> int:
    member = t.require_member(args.member)
    coupon, after = t.exchange_reward(member, args.reward)
    _out({"coupon": coupon.to_json(), "member": after.to_json(), "print": _print_now(t)}, args.json)
    return 0


def cmd_visit(t, args) -> int:
    member = t.visit(t.require_member(args.member))
    _out(member.to_json(), args.json)
    return 0


def cmd_coupon(t, args) -> int:
    receiver = t.require_member(args.to)
    coupon, after = t.give_coupon(args.code, receiver)
    _out({"coupon": coupon.to_json(), "member": after.to_json()}, args.json)
    return 0


def _print_now(t) -> str:
    from .cli import _print_now as flush
    return flush(t)


COMMANDS = {"reward": cmd_reward, "visit": cmd_visit, "coupon": cmd_coupon}
