"""The cashier's language for expected errors, by key.

Every expected error (the till's and HQ's ``UserError``, the drivers'
``HardwareError``) carries a ``key`` and its ``params``; the command line prints its English ``message``.
The GUI shows the text for the key through Qt's translation system
(context ``Errors``), with the parameters named after the key filling %1,
%2, … in order.  A key without a text here is shown in English rather than
hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hardware.errors import HardwareError

from ..domain.errors import UserError


# key -> (source text, the params that fill %1, %2, …).  Built per call, so a
# language switch takes effect at once.
def _texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        "unknown_product": (QCoreApplication.translate("Errors", "Unknown item %1"), ("code",)),
        "member_not_found": (QCoreApplication.translate("Errors", "No member with %1"), ("query",)),
        "invalid_phone": (QCoreApplication.translate("Errors", "%1 is not a phone number"), ("text",)),
        "not_phone_or_card": (QCoreApplication.translate("Errors", "%1 is neither a phone number nor a member card"), ("text",)),
        "consent_required": (QCoreApplication.translate("Errors", "The member must tick the loyalty program box to join"), ()),
        "not_a_coupon": (QCoreApplication.translate("Errors", "%1 is not a coupon"), ("text",)),
        "coupon_needs_member": (QCoreApplication.translate("Errors", "Look the member up before using a coupon"), ()),
        "coupon_on_sale": (QCoreApplication.translate("Errors", "%1 is already on this sale"), ("name",)),
        "one_coupon_per_sale": (QCoreApplication.translate("Errors", "Only one coupon per sale – remove the other one first"), ()),
        "coupon_used": (QCoreApplication.translate("Errors", "%1 has already been used"), ("name",)),
        "coupon_expired": (QCoreApplication.translate("Errors", "%1 expired on %2"), ("name", "day")),
        "coupon_not_theirs": (QCoreApplication.translate("Errors", "%1 belongs to another member"), ("name",)),
        "coupon_scanned_twice": (QCoreApplication.translate("Errors", "%1 was scanned twice"), ("name",)),
        "cheque_nothing_to_pay": (QCoreApplication.translate("Errors", "%1: nothing left to pay"), ("name",)),
        "coupon_needs_item": (QCoreApplication.translate("Errors", "%1: add %2 to the basket to use it"), ("name", "sku")),
        "coupon_not_with": (QCoreApplication.translate("Errors", "%1 cannot be used with %2"), ("name", "other")),
        "code_damaged": (QCoreApplication.translate("Errors", "The code is damaged or incomplete – scan again"), ()),
        "code_forged": (QCoreApplication.translate("Errors", "This code is forged or altered – do not accept it"), ()),
        "code_unknown_issuer": (QCoreApplication.translate("Errors", "This code comes from an unknown till – sync and try again"), ()),
        "code_is_coupon": (QCoreApplication.translate("Errors", "This is a coupon, not a member card"), ()),
        "code_is_member_card": (QCoreApplication.translate("Errors", "This is a member card, not a coupon"), ()),
        "not_enough_points": (QCoreApplication.translate("Errors", "The member has only %1 points"), ("points",)),
        "no_receipt": (QCoreApplication.translate("Errors", "No receipt %1 on this till"), ("receipt",)),
        "receipt_is_return": (QCoreApplication.translate("Errors", "%1 is a return receipt"), ("receipt",)),
        "return_too_many": (QCoreApplication.translate("Errors", "%1: only %2 of %3 can still be returned"), ("sku", "left", "qty")),
        "pairing_refused": (QCoreApplication.translate("Errors", "HQ refused the pairing: %1"), ("reason",)),
        "hq_unreachable": (QCoreApplication.translate("Errors", "HQ at %1 does not answer"), ("url",)),
        "no_receipt_yet": (QCoreApplication.translate("Errors", "No receipt printed yet"), ()),
        "pin_format": (QCoreApplication.translate("Errors", "The manager PIN must be 4 to 8 digits"), ()),
        # rewards (issue 15)
        "visit_already_today": (QCoreApplication.translate("Errors", "Visit points are given once a day – already given today"), ()),
        "reward_too_dear": (QCoreApplication.translate("Errors", "%1 costs %2 points; the member has %3"), ("name", "cost", "points")),
        "coupon_not_transferable": (QCoreApplication.translate("Errors", "%1 cannot be given to another member"), ("name",)),
        "coupon_already_theirs": (QCoreApplication.translate("Errors", "%1 already belongs to this member"), ("name",)),
        # cash register (compliance, issue 14)
        "shop_not_configured": (QCoreApplication.translate(
            "Errors", "This till may not sell yet: set the shop's organisation number in the config"), ()),
        "cashier_required": (QCoreApplication.translate("Errors", "Sign in as a cashier first"), ()),
        "pin_refused": (QCoreApplication.translate("Errors", "Wrong cashier or PIN"), ()),
        "pin_paused": (QCoreApplication.translate("Errors", "Too many wrong PINs – wait %1 s"), ("seconds",)),
        "copy_refused": (QCoreApplication.translate("Errors", "This receipt has already been copied once"), ()),
    }


def translated(exc: UserError | HardwareError) -> str:
    """One line in the GUI's language for an expected error."""
    found = _texts().get(exc.key)
    if found is None:
        return exc.message
    text, names = found
    for i, name in enumerate(names, start=1):
        text = text.replace(f"%{i}", str(exc.params.get(name, "")))
    return text
