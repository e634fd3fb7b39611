"""Signing the sales and return transactions (Skatteetaten's digital-signature requirements).

Each transaction is signed at completion with RSA-SHA1, a 1024-bit key and
PKCS#1 v1.5 padding, base64, over

    <previous signature or "0">;<transDate YYYY-MM-DD>;<transTime HH:MM:SS>;<nr>;<transAmntIn>;<transAmntEx>

with amounts in kroner, two decimals and a point.  Each signature covers the
one before it, so the transactions of a till form a chain: removing,
reordering or altering one breaks every signature after it.  ``keyVersion``
names the key that signed.  Pure: keys come in as PEM bytes.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Iterable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_BITS = 1024
PUBLIC_EXPONENT = 65537
FIRST = "0"


def kroner(ore: int) -> str:
    """12345 -> '123.45', -1640 -> '-16.40' (SAF-T's Amount2decimals)."""
    sign = "-" if ore < 0 else ""
    whole, rest = divmod(abs(ore), 100)
    return f"{sign}{whole}.{rest:02d}"


def signed_text(previous: str, trans_date: str, trans_time: str, nr: str | int,
                amount_in: int, amount_ex: int) -> str:
    return f"{previous or FIRST};{trans_date};{trans_time};{nr};{kroner(amount_in)};{kroner(amount_ex)}"


def generate_key() -> bytes:
    """A new 1024-bit RSA key (e = 65537) as unencrypted PKCS#8 PEM."""
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


class Signer:
    def __init__(self, private_pem: bytes, version: str = "1") -> None:
        self._key = serialization.load_pem_private_key(private_pem, password=None)
        if not isinstance(self._key, rsa.RSAPrivateKey) or self._key.key_size != KEY_BITS:
            raise ValueError("the journal key must be a 1024-bit RSA key")
        self.version = version

    def sign(self, text: str) -> str:
        raw = self._key.sign(text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA1())
        return base64.b64encode(raw).decode("ascii")

    def public_pem(self) -> str:
        return public_pem_of(self._key.public_key())


def public_pem_of(public_key) -> str:
    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def load_public(pem: str | bytes):
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("not an RSA public key")
    return key


def verify(public_key, text: str, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        public_key.verify(raw, text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA1())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Signed:
    """One signed transaction as the journal (and the SAF-T file) holds it."""

    nr: str
    trans_date: str
    trans_time: str
    amount_in: int
    amount_ex: int
    signature: str
    key_version: str


def check_chain(transactions: Iterable[Signed], public_keys: dict[str, object]) -> list[str]:
    """Every problem in a till's chain, one line each (empty: all signatures verify).

    ``public_keys`` maps keyVersion -> public key.  A signature that does not
    verify breaks the chain there; the next one is checked against the stored
    signature, so one altered transaction is reported once, not for every
    transaction after it.
    """
    problems: list[str] = []
    previous = FIRST
    for t in transactions:
        key = public_keys.get(t.key_version)
        if key is None:
            problems.append(f"transaction {t.nr}: no public key for keyVersion {t.key_version!r}")
        elif not verify(key, signed_text(previous, t.trans_date, t.trans_time, t.nr, t.amount_in,
                                         t.amount_ex), t.signature):
            problems.append(
                f"transaction {t.nr} ({t.trans_date} {t.trans_time}, {kroner(t.amount_in)}):"
                " the signature does not match its data or the transaction before it")
        previous = t.signature
    return problems
