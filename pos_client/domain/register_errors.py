"""The cash register's expected refusals (one readable line each; ``key`` for the GUI's text)."""

from __future__ import annotations

from .errors import InvalidInput, TillError


class CashierRequired(InvalidInput):
    key = "cashier_required"


class PinRefused(InvalidInput):
    key = "pin_refused"


class PinPaused(TillError):
    """Three wrong PINs in a row: sign-in waits (and the journal says so)."""

    key = "pin_paused"


class CopyRefused(InvalidInput):
    """A receipt may be copied once (kassasystemforskriften § 2-8-5)."""

    key = "copy_refused"


class DrawerOpen(TillError):
    """The printer reports the drawer open: close it before the next sale."""

    key = "drawer_open"
