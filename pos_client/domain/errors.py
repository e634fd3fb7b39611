"""The family of expected, user-facing errors.

Every error a cashier or shop owner can cause (a bad phone number, an unknown
SKU, an expired coupon, an invalid program file) is a ``TillError``, a kind
of ``till_shared.errors.UserError`` like the printer's and scanner's errors.  Its
``message`` is one readable English line; ``key`` names the situation so the
GUI can show a translated text.  Anything else that escapes is a bug and is
logged with context.
"""

from __future__ import annotations

from till_shared.errors import UserError

__all__ = [  # UserError: also the drivers' errors (hardware.errors), for code that catches both
    "CodeRefused", "ConsentRequired", "CouponRefused", "DatabaseTooNew", "InvalidInput", "InvalidPhone",
    "MemberNotFound", "NotFound", "PointsRefused", "ProgramError", "StoreError", "TillError",
    "UnknownProduct", "UserError",
]


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
