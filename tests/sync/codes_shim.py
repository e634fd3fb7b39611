"""Stand-in for ``pos_client.domain.codes`` while that module is being written:
just enough (keys) for the store to open.  Used only if the real one is missing."""

from __future__ import annotations

import sys
import types

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class SigningKey:
    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> "SigningKey":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> "SigningKey":
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self._key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption())

    def public_bytes(self) -> bytes:
        return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class KeyRing:
    def __init__(self) -> None:
        self.keys: set[bytes] = set()

    def add(self, raw: bytes) -> None:
        self.keys.add(bytes(raw))


def install() -> None:
    try:
        import pos_client.domain.codes  # noqa: F401
    except ImportError:
        mod = types.ModuleType("pos_client.domain.codes")
        mod.SigningKey, mod.KeyRing = SigningKey, KeyRing
        mod.looks_like_code = lambda text: False
        sys.modules["pos_client.domain.codes"] = mod
        import pos_client.domain
        pos_client.domain.codes = mod
