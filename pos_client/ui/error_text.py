"""The cashier's language for the facade's errors.

The domain raises ``TillError`` with one English line (the CLI prints it as
is).  The GUI recognises the lines a cashier meets and shows them through
Qt's translation system; each rule is an anchored pattern whose named parts
(a coupon's name, a number) are carried into the translated text.  An
unknown line is shown in English rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..domain.errors import UserError


# (pattern, translated template): %1, %2 are the pattern's groups in order.
# Built per call so a language switch takes effect at once.
def _rules() -> list[tuple[str, str]]:
    return [
        (r"unknown product '(.+)' \(no such SKU or EAN\)", QCoreApplication.translate("Errors", "Unknown item %1")),
        (r"no member with '(.+)'", QCoreApplication.translate("Errors", "No member with %1")),
        (r"'(.*)' is not a (?:valid )?phone number", QCoreApplication.translate("Errors", "%1 is not a phone number")),
        (r"'(.*)' is neither a phone number nor a member card",
         QCoreApplication.translate("Errors", "%1 is neither a phone number nor a member card")),
        (r"the member must consent to 'loyalty' to join",
         QCoreApplication.translate("Errors", "The member must tick the loyalty program box to join")),
        (r"'(.+)' is not a coupon code", QCoreApplication.translate("Errors", "%1 is not a coupon")),
        (r"look the member up before using a coupon", QCoreApplication.translate("Errors", "Look the member up before using a coupon")),
        (r"coupons, bonus cheques and points need a member on the sale",
         QCoreApplication.translate("Errors", "Look the member up before using a coupon")),
        (r"(.+): already on this sale", QCoreApplication.translate("Errors", "%1 is already on this sale")),
        (r"only one coupon per sale: remove the other one first",
         QCoreApplication.translate("Errors", "Only one coupon per sale – remove the other one first")),
        (r"(.+): only one coupon per sale", QCoreApplication.translate("Errors", "Only one coupon per sale – remove the other one first")),
        (r"(.+): already used", QCoreApplication.translate("Errors", "%1 has already been used")),
        (r"(.+): expired on (\S+)", QCoreApplication.translate("Errors", "%1 expired on %2")),
        (r"(.+): belongs to another member", QCoreApplication.translate("Errors", "%1 belongs to another member")),
        (r"(.+): scanned twice", QCoreApplication.translate("Errors", "%1 was scanned twice")),
        (r"(.+): nothing left to pay", QCoreApplication.translate("Errors", "%1: nothing left to pay")),
        (r"(.+): add (\S+) to the basket to use it", QCoreApplication.translate("Errors", "%1: add %2 to the basket to use it")),
        (r"the code is truncated or damaged, scan again",
         QCoreApplication.translate("Errors", "The code is damaged or incomplete – scan again")),
        (r"forged or altered code", QCoreApplication.translate("Errors", "This code is forged or altered – do not accept it")),
        (r"the code was issued by an unknown terminal or HQ",
         QCoreApplication.translate("Errors", "This code comes from an unknown till – sync and try again")),
        (r"this is a coupon, not a member card", QCoreApplication.translate("Errors", "This is a coupon, not a member card")),
        (r"this is a member card, not a coupon", QCoreApplication.translate("Errors", "This is a member card, not a coupon")),
        (r"the member has only (\d+) points", QCoreApplication.translate("Errors", "The member has only %1 points")),
        (r"no receipt '(.+)' on this terminal", QCoreApplication.translate("Errors", "No receipt %1 on this till")),
        (r"(.+) is itself a return", QCoreApplication.translate("Errors", "%1 is a return receipt")),
        (r"(\S+): only (\d+) of (\d+) can still be returned",
         QCoreApplication.translate("Errors", "%1: only %2 of %3 can still be returned")),
        (r"pairing refused: (.*)", QCoreApplication.translate("Errors", "HQ refused the pairing: %1")),
        (r"HQ at (\S+) does not answer.*", QCoreApplication.translate("Errors", "HQ at %1 does not answer")),
        (r"the manager PIN must be 4 to 8 digits",
         QCoreApplication.translate("Errors", "The manager PIN must be 4 to 8 digits")),
        # rewards (issue 15)
        (r"visit points are given once a day: already given today",
         QCoreApplication.translate("Errors", "Visit points are given once a day – already given today")),
        (r"(.+): costs (\d+) points, the member has (\d+)",
         QCoreApplication.translate("Errors", "%1 costs %2 points; the member has %3")),
        (r"(.+): cannot be given to another member",
         QCoreApplication.translate("Errors", "%1 cannot be given to another member")),
        (r"(.+): already belongs to this member",
         QCoreApplication.translate("Errors", "%1 already belongs to this member")),
        (r"no member with '(.+)' to refer a friend", QCoreApplication.translate("Errors", "No member with %1")),
        (r"(.+): not with (.+)", QCoreApplication.translate("Errors", "%1 cannot be used with %2")),
    ]


def translated(exc: UserError) -> str:
    """One line in the GUI's language for an expected error."""
    message = exc.message
    for pattern, template in _rules():
        match = re.fullmatch(pattern, message)
        if match:
            text = template
            for i, part in enumerate(match.groups(), start=1):
                text = text.replace(f"%{i}", part)
            return text
    return message
