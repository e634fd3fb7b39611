"""The manager PIN, stored as a salted PBKDF2 hash (never as typed).

A PIN has few digits, so the hash only slows a thief who copied the database;
what really protects the settings is that the PIN never leaves the till.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

DEFAULT_PIN = "0000"          # until setup sets one
ITERATIONS = 100_000
PREFIX = "pbkdf2-sha256"


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{PREFIX}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """``stored`` None means no PIN was ever set: the default applies."""
    if stored is None:
        return hmac.compare_digest(pin.encode(), DEFAULT_PIN.encode())
    try:
        prefix, iterations, salt, digest = stored.split("$")
        if prefix != PREFIX:
            return False
        expected = hash_pin(pin, bytes.fromhex(salt), int(iterations)).split("$")[3]
    except ValueError:
        return False
    return hmac.compare_digest(expected, digest)
