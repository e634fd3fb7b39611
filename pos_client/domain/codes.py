"""Signed member and coupon codes (DESIGN.md §5), verified offline.

A code is ``TLM1``/``TLC1`` + base32 (A–Z, 2–7, no padding) of
``version | kind | key id (4) | body | Ed25519 signature (64)``.  Only
uppercase letters and digits: they survive every keyboard-wedge scanner and
keyboard layout and use QR alphanumeric mode.  Lowercase (caps lock) is
accepted.  A code that does not verify is refused and never looked up.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from .errors import CodeRefused, code_damaged, code_forged

VERSION = 1
MEMBER, COUPON = 1, 2
PREFIXES = {MEMBER: "TLM1", COUPON: "TLC1"}
KINDS = ("percent", "amount", "free_sku", "cheque")
EPOCH = date(2000, 1, 1)
SIG = 64
_HEADER = struct.Struct(">BB4s")
_COUPON = struct.Struct(">16s16sBIIHB")


def key_id_of(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:4]


class SigningKey:
    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self._public = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @classmethod
    def generate(cls) -> "SigningKey":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> "SigningKey":
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self._private.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
            serialization.NoEncryption())

    def public_bytes(self) -> bytes:
        return self._public

    @property
    def key_id(self) -> bytes:
        return key_id_of(self._public)

    @property
    def key_id_hex(self) -> str:
        return self.key_id.hex()

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)


class KeyRing:
    """The public keys a terminal trusts, parsed once (verification is the hot path: every
    scan).  Verified with libsodium (PyNaCl), which checks an Ed25519 signature in about
    half the time OpenSSL takes through ``cryptography``; signing stays with the latter."""

    def __init__(self) -> None:
        self._keys: dict[bytes, VerifyKey] = {}

    @classmethod
    def from_public_keys(cls, keys: Iterable[bytes]) -> "KeyRing":
        ring = cls()
        for key in keys:
            ring.add(key)
        return ring

    def add(self, public: bytes) -> bytes:
        kid = key_id_of(bytes(public))
        if len(public) != 32:
            raise ValueError("an Ed25519 public key is 32 bytes")
        self._keys[kid] = VerifyKey(bytes(public))
        return kid

    def get(self, key_id: bytes) -> VerifyKey | None:
        return self._keys.get(key_id)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key_id: bytes) -> bool:
        return key_id in self._keys


@dataclass(frozen=True)
class MemberCode:
    member_id: str
    key_id: str


@dataclass(frozen=True)
class CouponCode:
    coupon_id: str
    member_id: str | None
    kind: str
    percent: float | None
    amount: int | None
    free_sku: str | None
    min_spend: int
    valid_until: date
    single_use: bool
    def_id: str
    key_id: str


def _short(text: str | None) -> bytes:
    raw = (text or "").encode("utf-8")
    if len(raw) > 32:
        raise ValueError(f"{text!r} is too long for a code (32 bytes at most)")
    return bytes([len(raw)]) + raw


def _encode(key: SigningKey, kind: int, body: bytes) -> str:
    signed = _HEADER.pack(VERSION, kind, key.key_id) + body
    text = base64.b32encode(signed + key.sign(signed)).decode("ascii").rstrip("=")
    return PREFIXES[kind] + text


def issue_member_code(key: SigningKey, member_id: str) -> str:
    return _encode(key, MEMBER, uuid.UUID(member_id).bytes)


def issue_coupon_code(
    key: SigningKey, *, coupon_id: str, member_id: str | None, kind: str, valid_until: date,
    def_id: str, percent: float | None = None, amount: int | None = None,
    free_sku: str | None = None, min_spend: int = 0, single_use: bool = True,
) -> str:
    value = round((percent or 0) * 100) if kind == "percent" else (amount or 0)
    body = _COUPON.pack(
        uuid.UUID(coupon_id).bytes, uuid.UUID(member_id).bytes if member_id else bytes(16),
        KINDS.index(kind), value, min_spend, (valid_until - EPOCH).days, int(single_use),
    ) + _short(def_id) + _short(free_sku)
    return _encode(key, COUPON, body)


def looks_like_code(text: str) -> bool:
    head = text.strip()[:4].upper()
    return head in ("TLM1", "TLC1") or (len(head) == 4 and head[:3] in ("TLM", "TLC"))


def key_id_in(text: str) -> str:
    """The signer's key id of a code (hex), without verifying: for bookkeeping only."""
    payload = text.strip().upper()[4:]
    try:
        raw = base64.b32decode(payload[:16] + "=" * (-len(payload[:16]) % 8))
    except (binascii.Error, ValueError):
        return ""
    return raw[2:6].hex() if len(raw) >= 6 else ""


def verify(text: str, keys: KeyRing) -> MemberCode | CouponCode:
    code = (text or "").strip().upper()
    if code[:3] not in ("TLM", "TLC"):
        raise CodeRefused("not a Till code")
    if code[3:4] != str(VERSION):
        raise CodeRefused("a Till code of an unsupported version: update this terminal")
    payload = code[4:]
    try:
        raw = base64.b32decode(payload + "=" * (-len(payload) % 8))
    except (binascii.Error, ValueError):
        raise code_damaged() from None
    if len(raw) < _HEADER.size + SIG:
        raise code_damaged()
    signed, signature = raw[:-SIG], raw[-SIG:]
    version, kind, kid = _HEADER.unpack_from(signed)
    expected = MEMBER if code[2] == "M" else COUPON
    if version != VERSION or kind != expected:
        raise code_forged()
    public = keys.get(kid)
    if public is None:
        raise CodeRefused("the code was issued by an unknown terminal or HQ", key="code_unknown_issuer")
    try:
        public.verify(signed, signature)
    except BadSignatureError:
        raise code_forged() from None
    try:
        return _decode_body(kind, signed[_HEADER.size:], kid.hex())
    except (struct.error, ValueError, IndexError):  # signed by us, so only a bug gets here
        raise code_damaged() from None


def _decode_body(kind: int, body: bytes, kid: str) -> MemberCode | CouponCode:
    if kind == MEMBER:
        if len(body) != 16:
            raise ValueError("member body")
        return MemberCode(str(uuid.UUID(bytes=body)), kid)
    coupon, member, kind_no, value, min_spend, days, single = _COUPON.unpack_from(body)
    rest = body[_COUPON.size:]
    def_id = rest[1:1 + rest[0]].decode("utf-8")
    rest = rest[1 + rest[0]:]
    free_sku = rest[1:1 + rest[0]].decode("utf-8") or None
    coupon_kind = KINDS[kind_no]
    return CouponCode(
        coupon_id=str(uuid.UUID(bytes=coupon)),
        member_id=str(uuid.UUID(bytes=member)) if any(member) else None,
        kind=coupon_kind,
        percent=value / 100 if coupon_kind == "percent" else None,
        amount=value if coupon_kind in ("amount", "cheque") else None,
        free_sku=free_sku, min_spend=min_spend,
        valid_until=EPOCH + timedelta(days=days), single_use=bool(single),
        def_id=def_id, key_id=kid,
    )


def verify_member(text: str, keys: KeyRing) -> MemberCode:
    result = verify(text, keys)
    if not isinstance(result, MemberCode):
        raise CodeRefused("this is a coupon, not a member card", key="code_is_coupon")
    return result


def verify_coupon(text: str, keys: KeyRing) -> CouponCode:
    result = verify(text, keys)
    if not isinstance(result, CouponCode):
        raise CodeRefused("this is a member card, not a coupon", key="code_is_member_card")
    return result
