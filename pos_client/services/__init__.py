"""The facade the GUI, the CLI and the tests all use (DESIGN.md §6).

``Terminal`` ties config, store, program and keys together; ``Sale`` is one
basket being rung up.  Rules live in ``domain``; SQL lives in ``store``;
this package decides what happens in which order and in which transaction,
one module per job:

=============  ==============================================================
``terminal``   opening, program and catalogue, new sales
``members``    look-up, member panel, enrolment, bulk import
``coupons``    issuing and reading coupon codes, birthday coupons
``sale``       one basket (``Sale``) and its committed result (``SaleResult``)
``returns``    returnable lines and returns (``ReturnResult``)
``status``     the status line, dead letters, the manager PIN
``hq``         pairing and the sync client
=============  ==============================================================
"""

from .coupons import coupon_issuer
from .members import CONSENT_PURPOSES, CONSENT_TEXT_VERSION
from .returns import ReturnResult
from .sale import Sale, SaleResult
from .terminal import DEMO_DIR, RESOURCES, Clock, Terminal, utc_now

__all__ = [
    "CONSENT_PURPOSES", "CONSENT_TEXT_VERSION", "DEMO_DIR", "RESOURCES", "Clock", "ReturnResult",
    "Sale", "SaleResult", "Terminal", "coupon_issuer", "utc_now",
]
