"""The drivers' expected errors: a printer or scanner that is off, unplugged or misconfigured.

Like the till's ``UserError`` they carry a key, its parameters and one English
line, so the till shows them like its own; their base is their own because
``hardware`` imports nothing of the till.  Code that reports both catches both.
"""

from __future__ import annotations


class HardwareError(Exception):
    """A device that is off, unplugged or set up wrong: never a bug."""

    key = "hardware_error"

    def __init__(self, message: str, *, key: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        if key is not None:
            self.key = key
        self.params = params

    def __str__(self) -> str:
        return self.message


class DeviceConfigError(HardwareError):
    """A printer or scanner setting that cannot work (a URI not understood, no such USB id)."""

    key = "invalid_input"
