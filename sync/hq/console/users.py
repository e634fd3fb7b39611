"""Console users, passwords (argon2id) and sessions; the sign-in rate limit.

Only hashes are stored: of passwords (argon2id) and of session tokens
(sha256; the cookie holds the token).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .. import schema as t
from ..db import Database, HQError, iso, now_iso
from . import audit

ROLES = ("owner", "marketer", "viewer")
SESSION_TTL = timedelta(hours=12)
MIN_PASSWORD = 10
# Sign-in rate limit: failures inside the window, per e-mail and per address.
FAIL_WINDOW = timedelta(minutes=15)
MAX_FAILS_EMAIL = 5
MAX_FAILS_IP = 20

_hasher = PasswordHasher()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Verifying against this when the user is unknown keeps the time the same.
_DUMMY = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class User:
    email: str
    role: str
    lang: str = ""


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


def _norm(email: str) -> str:
    return email.strip().lower()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(db: Database, email: str, role: str, password: str, actor: str = "cli") -> User:
    email = _norm(email)
    if not _EMAIL.match(email) or len(email) > 320:
        raise HQError(f"{email!r} is not an e-mail address")
    if role not in ROLES:
        raise HQError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise HQError(f"the password must be at least {MIN_PASSWORD} characters")
    u = t.console_users.c
    with db.write() as conn:
        old = conn.execute(sa.select(u.role).where(u.email == email)).first()
        values = {"role": role, "password_hash": _hasher.hash(password), "disabled_at": None}
        if old is None:
            conn.execute(sa.insert(t.console_users).values(email=email, created_at=now_iso(), lang="", **values))
        else:
            conn.execute(sa.update(t.console_users).where(u.email == email).values(**values))
            # A new password or role ends the user's open sessions.
            conn.execute(sa.delete(t.console_sessions).where(t.console_sessions.c.email == email))
        audit.record(conn, actor, "user_add" if old is None else "user_update", email,
                     None if old is None else {"role": old.role}, {"role": role})
    return User(email, role)


def list_users(db: Database) -> list[dict]:
    u = t.console_users.c
    with db.read() as conn:
        return [dict(r) for r in conn.execute(sa.select(u.email, u.role, u.created_at, u.disabled_at)
                                              .order_by(u.email)).mappings()]


def set_role(db: Database, actor: str, email: str, role: str | None) -> None:
    """Change a user's role, or disable the user (role None)."""
    u = t.console_users.c
    with db.write() as conn:
        old = conn.execute(sa.select(u.role, u.disabled_at).where(u.email == email)).first()
        if old is None:
            raise HQError(f"no console user {email!r}")
        if role is None:
            conn.execute(sa.update(t.console_users).where(u.email == email).values(disabled_at=now_iso()))
            conn.execute(sa.delete(t.console_sessions).where(t.console_sessions.c.email == email))
            audit.record(conn, actor, "user_disable", email, {"role": old.role}, {"disabled": True})
        else:
            if role not in ROLES:
                raise HQError(f"role must be one of {', '.join(ROLES)}")
            conn.execute(sa.update(t.console_users).where(u.email == email).values(role=role, disabled_at=None))
            audit.record(conn, actor, "user_role", email, {"role": old.role}, {"role": role})


class TooManyAttempts(Exception):
    pass


def sign_in(db: Database, email: str, password: str, ip: str, now: datetime | None = None) -> str | None:
    """A new session token, or None for a wrong e-mail or password.
    Raises TooManyAttempts while the rate limit holds (the password is not even checked)."""
    email = _norm(email)[:320]
    now = now or datetime.now(timezone.utc)
    f = t.console_login_failures.c
    since = iso(now - FAIL_WINDOW)
    with db.read() as conn:
        by_email = conn.execute(sa.select(sa.func.count()).where(f.email == email, f.at > since)).scalar()
        by_ip = conn.execute(sa.select(sa.func.count()).where(f.ip == ip, f.at > since)).scalar()
        row = conn.execute(sa.select(t.console_users.c.password_hash).where(
            t.console_users.c.email == email, t.console_users.c.disabled_at.is_(None))).first()
    if by_email >= MAX_FAILS_EMAIL or by_ip >= MAX_FAILS_IP:
        raise TooManyAttempts
    try:
        ok = _hasher.verify(row.password_hash if row else _DUMMY, password) and row is not None
    except (VerificationError, InvalidHashError):
        ok = False
    with db.write() as conn:
        if not ok:
            conn.execute(sa.insert(t.console_login_failures).values(email=email, ip=ip[:64], at=iso(now)))
            conn.execute(sa.delete(t.console_login_failures).where(f.at < iso(now - 2 * FAIL_WINDOW)))
            return None
        token = secrets.token_urlsafe(32)
        conn.execute(sa.insert(t.console_sessions).values(
            token_hash=token_hash(token), email=email, csrf=secrets.token_urlsafe(24),
            created_at=iso(now), expires_at=iso(now + SESSION_TTL)))
        conn.execute(sa.delete(t.console_login_failures).where(f.email == email))
        conn.execute(sa.delete(t.console_sessions).where(t.console_sessions.c.expires_at < iso(now)))
        audit.record(conn, email, "sign_in", email, None, {"ip": ip[:64]})
    return token


def session_for(db: Database, token: str | None) -> Session | None:
    if not token:
        return None
    s, u = t.console_sessions.c, t.console_users.c
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(u.email, u.role, u.lang, s.csrf, s.expires_at)
                           .select_from(t.console_sessions.join(t.console_users, u.email == s.email))
                           .where(s.token_hash == token_hash(token), u.disabled_at.is_(None))).first()
    if row is None or row.expires_at < now_iso():
        return None
    return Session(User(row.email, row.role, row.lang), row.csrf)


def sign_out(db: Database, token: str) -> None:
    with db.write() as conn:
        conn.execute(sa.delete(t.console_sessions).where(t.console_sessions.c.token_hash == token_hash(token)))


def set_lang(db: Database, email: str, lang: str) -> None:
    with db.write() as conn:
        conn.execute(sa.update(t.console_users).where(t.console_users.c.email == email).values(lang=lang))
