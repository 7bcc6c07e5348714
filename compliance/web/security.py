"""Accounts, sessions, CSRF and login throttling.

Passwords: argon2id (argon2-cffi). Sessions: a random token in an HttpOnly, SameSite=Strict cookie; the
database keeps only its SHA-256, with the session's CSRF token, which every form posts back (and every
JSON API call sends as the X-CSRF-Token header when a session is used)."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections import defaultdict, deque
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .storage import User, WebSession, audit, now

COOKIE = "orgcheck_session"
SESSION_LIFETIME = timedelta(hours=12)   # a working day; then log in again
ROLES = ("analyst", "admin")
_hasher = PasswordHasher()
# a hash to verify against when the name is unknown, so both cases take the same time
_DUMMY = _hasher.hash(secrets.token_hex(16))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def add_user(db: Session, name: str, password: str, role: str, by: str) -> User:
    user = User(name=name, password_hash=_hasher.hash(password), role=role)
    db.add(user)
    audit(db, by, "user_add", name, role=role)
    return user


def authenticate(db: Session, name: str, password: str) -> User | None:
    user = db.scalar(select(User).where(User.name == name))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_session(db: Session, user: User | None = None, lang: str = "vi") -> tuple[str, WebSession]:
    token = secrets.token_urlsafe(32)
    session = WebSession(token_hash=token_hash(token), user_id=user.id if user else None,
                         csrf=secrets.token_urlsafe(32), lang=lang)
    db.add(session)
    return token, session


def utc(moment: datetime) -> datetime:
    """SQLite gives back naive UTC times, PostgreSQL aware ones in the server's zone."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def find_session(db: Session, token: str | None) -> WebSession | None:
    session = db.get(WebSession, token_hash(token)) if token else None
    if session is not None and utc(session.created_at) < now() - SESSION_LIFETIME:
        db.delete(session)   # expired
        db.commit()
        return None
    return session


def csrf_ok(session: WebSession | None, sent: str | None) -> bool:
    return bool(session and sent) and hmac.compare_digest(session.csrf, sent)


class Throttle:
    """At most `limit` failed logins per client address and per account name in `window` seconds."""

    def __init__(self, limit: int = 5, window: float = 300.0):
        self.limit, self.window = limit, window
        self.failures: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque:
        times = self.failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self.lock:
            return any(len(self._recent(k, now)) >= self.limit for k in keys)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self.lock:
            for k in keys:
                self._recent(k, now).append(now)
