"""Checks on what terminals send, before any of it touches the database.

A payload that fails here is rejected *permanently* (the terminal
dead-letters it): sending it again cannot make it valid.  Text that
PostgreSQL cannot store (NUL, lone surrogates) is refused here too, so both
databases give the same answer and neither answers 500.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pydantic_core

from ..protocol import EVENT_KINDS

ID = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ACCOUNT = re.compile(r"^(points|spend|cheques|visits|tier_uses|referred|referrals|stamps:[A-Za-z0-9_.\-]{1,60}"
                     r"|tier_coupons:[\w.\-]{1,60})$")
MAX_DELTA = 2**53


class Invalid(Exception):
    """Why an event (or request) cannot be accepted, as one short line."""


def ident(value: object, what: str) -> str:
    if not isinstance(value, str) or not ID.match(value):
        raise Invalid(f"{what}: not a valid id")
    return value


def opt_ident(value: object, what: str) -> str | None:
    return None if value is None else ident(value, what)


def text(value: object, what: str, limit: int = 1000, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > limit or (required and not value):
        raise Invalid(f"{what}: expected text of at most {limit} characters")
    safe_text(value, what)
    return value


def safe_text(value: str, what: str) -> None:
    if "\x00" in value:
        raise Invalid(f"{what}: contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid(f"{what}: not valid UTF-8 text") from None


def integer(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_DELTA:
        raise Invalid(f"{what}: expected an integer")
    return value


def timestamp(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise Invalid(f"{what}: expected an ISO 8601 time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{what}: expected an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise Invalid(f"{what}: the time must carry its UTC offset")
    return value


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def day(value: object, what: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(f"{what}: expected YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{what}: expected YYYY-MM-DD") from None
    return value


def items(value: object, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > 1000:
        raise Invalid(f"{what}: expected a list")
    return value


def ledger(value: object) -> list[dict]:
    out = []
    for i, entry in enumerate(items(value, "ledger")):
        if not isinstance(entry, dict):
            raise Invalid(f"ledger[{i}]: expected an object")
        account = entry.get("account")
        if not isinstance(account, str) or not ACCOUNT.match(account):
            raise Invalid(f"ledger[{i}].account: unknown account")
        out.append({"member_id": ident(entry.get("member_id"), f"ledger[{i}].member_id"),
                    "account": account, "delta": integer(entry.get("delta"), f"ledger[{i}].delta")})
    return out


def coupon(value: object, what: str) -> dict:
    if not isinstance(value, dict):
        raise Invalid(f"{what}: expected a coupon object")
    ident(value.get("id"), f"{what}.id")
    opt_ident(value.get("member_id"), f"{what}.member_id")
    text(value.get("def_id"), f"{what}.def_id", 64)
    text(value.get("name"), f"{what}.name")
    text(value.get("code"), f"{what}.code", 4000)
    if value.get("issued_at") is not None:
        timestamp(value.get("issued_at"), f"{what}.issued_at")
    if "single_use" in value and not isinstance(value["single_use"], bool):
        raise Invalid(f"{what}.single_use: expected true or false")
    return value


def redemption(value: object, what: str) -> dict:
    if not isinstance(value, dict):
        raise Invalid(f"{what}: expected an object")
    amount = value.get("amount")
    return {
        "coupon_id": ident(value.get("coupon_id"), f"{what}.coupon_id"),
        "member_id": opt_ident(value.get("member_id"), f"{what}.member_id"),
        "amount": None if amount is None else integer(amount, f"{what}.amount"),
    }


def utf8_json(body: dict) -> str:
    """The payload as compact JSON text, refused unless it is valid UTF-8 (no lone surrogates)."""
    try:
        return pydantic_core.to_json(body).decode()
    except pydantic_core.PydanticSerializationError:     # a lone surrogate
        raise Invalid("payload: not valid UTF-8 text") from None


def payload(kind: str, body: dict) -> dict:
    """The parts of a payload HQ acts on, checked; raises ``Invalid``."""
    if kind not in EVENT_KINDS:
        raise Invalid(f"unknown event kind {kind[:64]!r}")
    out: dict = {"ledger": ledger(body.get("ledger")),
                 "coupons_issued": [coupon(c, f"coupons_issued[{i}]")
                                    for i, c in enumerate(items(body.get("coupons_issued"), "coupons_issued"))],
                 "coupons_redeemed": [], "member_id": opt_ident(body.get("member_id"), "member_id")}
    if kind == "member_enrolled":
        out["member_id"] = ident(body.get("member_id"), "member_id")
        out["phone"] = text(body.get("phone"), "phone", 32, required=True)
        out["name"] = text(body.get("name"), "name", 200)
        out["email"] = text(body.get("email"), "email", 320)
        out["birthday"] = day(body.get("birthday"), "birthday")
        consents = body.get("consents") or {}
        if not isinstance(consents, dict) or not all(
                isinstance(k, str) and len(k) <= 32 and isinstance(v, bool) for k, v in consents.items()):
            raise Invalid("consents: expected {purpose: true|false}")
        for k in consents:
            safe_text(k, "consents")
        if consents.get("loyalty") is not True:
            raise Invalid("consents: loyalty consent is required")
        out["consents"] = consents
        out["consent_text_version"] = text(body.get("consent_text_version"), "consent_text_version", 64)
        out["referred_by"] = opt_ident(body.get("referred_by"), "referred_by")
    elif kind == "sale_completed":
        ident(body.get("sale_id"), "sale_id")
        out["sale_id"] = body["sale_id"]
        out["coupons_redeemed"] = [redemption(r, f"coupons_redeemed[{i}]")
                                   for i, r in enumerate(items(body.get("coupons_redeemed"), "coupons_redeemed"))]
    elif kind == "sale_returned":
        ident(body.get("return_id"), "return_id")
        ident(body.get("sale_id"), "sale_id")
        out["coupons_voided"] = [ident(c, f"coupons_voided[{i}]")
                                 for i, c in enumerate(items(body.get("coupons_voided"), "coupons_voided"))]
    elif kind == "member_visited":
        out["member_id"] = ident(body.get("member_id"), "member_id")
        out["day"] = day(body.get("day"), "day")
        if out["day"] is None:
            raise Invalid("day: expected YYYY-MM-DD")
    elif kind == "reward_exchanged":
        out["member_id"] = ident(body.get("member_id"), "member_id")
    elif kind == "coupon_given":
        out["coupon_id"] = ident(body.get("coupon_id"), "coupon_id")
        out["member_id"] = ident(body.get("member_id"), "member_id")
        out["from_member_id"] = opt_ident(body.get("from_member_id"), "from_member_id")
        out["coupon"] = coupon(body.get("coupon"), "coupon")
        if out["coupon"]["id"] != out["coupon_id"] or out["coupon"].get("member_id") != out["member_id"]:
            raise Invalid("coupon: does not match coupon_id and member_id")
    return out
