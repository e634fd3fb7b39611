"""The family of expected, user-facing errors.

Every error a cashier or shop owner can cause (a bad phone number, an unknown
SKU, an expired coupon, an invalid program file) is a ``TillError``, a kind
of ``UserError``.  Its
``message`` is one readable English line (the command line prints it);
``key`` and ``params`` name the situation and its parts, so the GUI shows its
own text for the key (``pos_client/ui/error_text.py``).  Anything else that escapes is a bug and is
logged with context.

The printer's and scanner's errors are ``hardware.errors.HardwareError`` instances, with the
same key, parameters and line but a base of their own (the drivers import nothing of
the till): code that reports both catches both, by name.
"""

from __future__ import annotations

__all__ = [
    "CodeRefused", "ConsentRequired", "CouponRefused", "DatabaseTooNew", "InvalidInput", "InvalidPhone",
    "MemberNotFound", "NotFound", "PointsRefused", "ProgramError", "StoreError", "TillError",
    "UnknownProduct", "UserError", "code_damaged", "code_forged", "coupon_expired", "coupon_not_theirs",
    "coupon_used", "no_receipt", "not_a_phone", "receipt_is_return",
]


class UserError(Exception):
    """A failure caused by input or by the environment, never by a bug: a ``key`` naming
    the situation, the ``params`` that fill its text, and ``message``, one English line."""

    key = "error"

    def __init__(self, message: str, *, key: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        if key is not None:
            self.key = key
        self.params = params

    def __str__(self) -> str:
        return self.message


class TillError(UserError):
    """A failure caused by input or by the environment, never by a bug."""


class InvalidInput(TillError):
    key = "invalid_input"


class InvalidPhone(InvalidInput):
    key = "invalid_phone"


class ProgramError(InvalidInput):
    """An invalid program, catalogue or members file: names file, key and problem."""

    key = "invalid_file"


class NotFound(TillError):
    key = "not_found"


class UnknownProduct(NotFound):
    key = "unknown_product"


class MemberNotFound(NotFound):
    key = "member_not_found"


class CouponRefused(TillError):
    """A coupon or bonus cheque that cannot be used: expired, used, min spend, foreign."""

    key = "coupon_refused"


class CodeRefused(TillError):
    """A scanned code that is not a genuine Till code: forged, altered, truncated."""

    key = "code_refused"


class PointsRefused(TillError):
    key = "points_refused"


class ConsentRequired(InvalidInput):
    key = "consent_required"


class StoreError(TillError):
    key = "store_error"


class DatabaseTooNew(StoreError):
    key = "database_too_new"


# The refusals raised in more than one place, one spelling each.
def coupon_used(name: str) -> CouponRefused:
    return CouponRefused(f"{name}: already used", key="coupon_used", name=name)


def coupon_expired(name: str, day: str) -> CouponRefused:
    return CouponRefused(f"{name}: expired on {day}", key="coupon_expired", name=name, day=day)


def coupon_not_theirs(name: str) -> CouponRefused:
    return CouponRefused(f"{name}: belongs to another member", key="coupon_not_theirs", name=name)


def code_damaged() -> CodeRefused:
    return CodeRefused("the code is truncated or damaged, scan again", key="code_damaged")


def code_forged() -> CodeRefused:
    return CodeRefused("forged or altered code", key="code_forged")


def not_a_phone(text: str, valid: bool = False) -> InvalidPhone:
    return InvalidPhone(f"{text!r} is not a {'valid ' if valid else ''}phone number", key="invalid_phone", text=text)


def no_receipt(receipt_no: str) -> InvalidInput:
    return InvalidInput(f"no receipt {receipt_no!r} on this terminal", key="no_receipt", receipt=receipt_no)


def receipt_is_return(receipt_no: str) -> InvalidInput:
    return InvalidInput(f"{receipt_no} is itself a return", key="receipt_is_return", receipt=receipt_no)
