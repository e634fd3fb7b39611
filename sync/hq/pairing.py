"""One-time pairing codes, device tokens, revocation (after pretix's device auth).

Only hashes are stored.  The token is an HMAC of (code, terminal id, public
key) under a server secret, so a terminal that lost the answer and asks again
with the same code gets the same token back without HQ keeping the token.
That replay is allowed for ``RETRY_WINDOW`` after first use, and only for the
same terminal id and key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from ..protocol import PairRequest
from . import schema as t
from .db import Database, HQError, add_change, iso, now_iso

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I: read aloud over the phone
RETRY_WINDOW = timedelta(hours=1)
DEFAULT_TTL = timedelta(hours=24)


class PairingRefused(Exception):
    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error, self.message = error, message


def _norm(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(_norm(code).encode()).hexdigest()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_code(db: Database, name: str, ttl: timedelta = DEFAULT_TTL) -> tuple[str, str]:
    name = name.strip()
    if not name:
        raise HQError("the terminal name must not be empty")
    if len(name) > 200 or "\x00" in name:
        raise HQError("the terminal name must be at most 200 characters of text")
    raw = "".join(secrets.choice(ALPHABET) for _ in range(10))
    code = f"{raw[:5]}-{raw[5:]}"
    now = datetime.now(timezone.utc)
    expires = iso(now + ttl)
    with db.write() as conn:
        conn.execute(sa.insert(t.pairing_codes).values(
            code_hash=code_hash(code), name=name, created_at=iso(now), expires_at=expires))
    return code, expires


def _token(db: Database, conn, chash: str, terminal_id: str, public_key: str) -> str:
    secret = base64.b64decode(db.get_setting("pairing_secret", conn))
    mac = hmac.new(secret, f"{chash}|{terminal_id}|{public_key}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def pair(db: Database, req: PairRequest) -> dict:
    # The ids' patterns and the name's length are PairRequest's (sync.protocol).
    if "\x00" in req.terminal_name:
        raise PairingRefused("invalid_request", "terminal_name: contains a NUL character")
    try:
        raw = base64.b64decode(req.key.public_key, validate=True)
    except (binascii.Error, ValueError):
        raise PairingRefused("invalid_request", "key: not base64") from None
    if len(raw) != 32:
        raise PairingRefused("invalid_request", "key: not a 32-byte Ed25519 public key")
    chash = code_hash(req.code)
    now = datetime.now(timezone.utc)
    with db.write() as conn:
        row = conn.execute(sa.select(t.pairing_codes).where(t.pairing_codes.c.code_hash == chash)).mappings().first()
        if row is None:
            raise PairingRefused("invalid_code", "unknown pairing code")
        if row["used_at"]:
            same = row["terminal_id"] == req.terminal_id and row["public_key"] == req.key.public_key
            if not same or now - datetime.fromisoformat(row["used_at"]) > RETRY_WINDOW:
                raise PairingRefused("code_used", "this pairing code has already been used")
            term = conn.execute(sa.select(t.terminals).where(
                t.terminals.c.terminal_id == req.terminal_id)).mappings().first()
            if term is None or term["revoked_at"]:
                raise PairingRefused("code_used", "this pairing code has already been used")
            token = _token(db, conn, chash, req.terminal_id, req.key.public_key)
            return _answer(db, req.terminal_id, row["name"], token)
        if datetime.fromisoformat(row["expires_at"]) < now:
            raise PairingRefused("code_expired", "this pairing code has expired; make a new one")
        token = _token(db, conn, chash, req.terminal_id, req.key.public_key)
        stamp = iso(now)
        tc = t.terminals.c
        # A till re-paired under its name (e.g. after its disk was wiped) replaces
        # the old registration; the old token stops working.
        conn.execute(sa.update(t.terminals).where(tc.name == row["name"], tc.terminal_id != req.terminal_id,
                                                  tc.revoked_at.is_(None))
                     .values(revoked_at=stamp, token_hash=None))
        values = {"name": row["name"], "token_hash": token_hash(token), "key_id": req.key.key_id,
                  "paired_at": stamp, "revoked_at": None, "last_seen": stamp}
        exists = conn.execute(sa.select(tc.terminal_id).where(tc.terminal_id == req.terminal_id)).first()
        if exists:
            conn.execute(sa.update(t.terminals).where(tc.terminal_id == req.terminal_id).values(**values))
        else:
            conn.execute(sa.insert(t.terminals).values(terminal_id=req.terminal_id, last_seq=0, **values))
        known = conn.execute(sa.select(t.keys.c.public_key).where(t.keys.c.key_id == req.key.key_id)).scalar()
        if known is None:
            conn.execute(sa.insert(t.keys).values(key_id=req.key.key_id, public_key=req.key.public_key,
                                                  owner=req.terminal_id, added_at=stamp))
            add_change(conn, {"type": "key", "key_id": req.key.key_id, "public_key": req.key.public_key,
                              "owner": req.terminal_id})
        elif known != req.key.public_key:
            raise PairingRefused("invalid_request", "key_id already registered with another key")
        conn.execute(sa.update(t.pairing_codes).where(t.pairing_codes.c.code_hash == chash)
                     .values(used_at=stamp, terminal_id=req.terminal_id, public_key=req.key.public_key))
    return _answer(db, req.terminal_id, row["name"], token)


def _answer(db: Database, terminal_id: str, name: str, token: str) -> dict:
    return {"terminal_id": terminal_id, "terminal_name": name, "device_token": token,
            "hq_key": db.hq_key(), "server_time": now_iso()}


def terminal_for_token(db: Database, token: str, conn: sa.Connection | None = None,
                       lock: bool = False, settings: tuple[str, ...] = ()) -> dict | None:
    """The live terminal a device token belongs to, or None (unknown or revoked).
    ``lock``: on PostgreSQL the row stays locked until the transaction ends, so
    one till's batches apply one at a time, whichever HQ process took them.
    ``settings``: these settings' values come along in the same statement
    (as ``terminal["settings"]``, None where unset).

    Plain driver SQL: it runs once per request, and building a Core statement
    cost more than the query."""
    if conn is None:
        with db.engine.connect() as own:
            return terminal_for_token(db, token, own, settings=settings)
    mark = db.param
    extra = "".join(f", (SELECT value FROM settings WHERE key = {mark})" for _ in settings)
    row = conn.exec_driver_sql(
        f"SELECT {_TERMINAL_COLS}{extra} FROM terminals WHERE token_hash = {mark} AND revoked_at IS NULL"
        + (" FOR UPDATE OF terminals" if lock and not db.is_sqlite else ""),
        (*settings, token_hash(token))).first()
    if row is None:
        return None
    n = len(_COLS)
    return {**dict(zip(_COLS, row[:n])), **({"settings": dict(zip(settings, row[n:]))} if settings else {})}


_COLS = [c.name for c in t.terminals.columns]
_TERMINAL_COLS = ", ".join(_COLS)


def revoke(db: Database, name: str) -> int:
    with db.write() as conn:
        tc = t.terminals.c
        n = conn.execute(sa.update(t.terminals).where(tc.name == name, tc.revoked_at.is_(None))
                         .values(revoked_at=now_iso(), token_hash=None)).rowcount
    if not n:
        raise HQError(f"no paired terminal named {name!r}")
    return n
