"""The drivers' expected errors: a printer or scanner that is off, unplugged or misconfigured.

They are ``till_shared.errors.UserError``\\ s (a key, parameters, one English
line), so the till shows them like its own without ``hardware`` knowing the till.
"""

from __future__ import annotations

from till_shared.errors import UserError


class HardwareError(UserError):
    key = "hardware_error"


class DeviceConfigError(HardwareError):
    """A printer or scanner setting that cannot work (a URI not understood, no such USB id)."""

    key = "invalid_input"
