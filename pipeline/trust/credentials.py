"""Credentials: roles, usernames, password hashes and lock-out times, with no database in sight.

The account store (`accounts`) and sign-in (`auth`) both build on these, so they live apart from
either. Passwords are hashed with Argon2id (argon2-cffi's defaults, which follow RFC 9106's
recommendations); the hash is the only thing stored.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ROLES: tuple[str, ...] = ("admin", "supervisor", "trainer", "executive", "agent")

MAX_FAILURES = 5  # failed sign-ins before the account locks
LOCK_BASE_S = 30.0  # first lock; each further failure doubles it
LOCK_MAX_S = 3600.0  # capped, so that an attacker cannot lock a colleague out for days
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._@+-]{0,99}")


# --- passwords --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def password_hasher() -> PasswordHasher:
    """Argon2id with argon2-cffi's defaults (t=3, m=64 MiB, p=4)."""
    return PasswordHasher()


def normalise_username(username: str) -> str:
    """The stored form of a username; ValueError if it is not one (letters, digits and . _ @ + -)."""
    name = unicodedata.normalize("NFKC", username or "").strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValueError("a username is 1–100 letters, digits or . _ @ + - and starts with a letter or digit")
    return name


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValueError(f"a password may have at most {MAX_PASSWORD_LENGTH} characters")


def hash_password(password: str) -> str:
    check_password_policy(password)
    return password_hasher().hash(password)


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    return password_hasher().hash("earshot-decoy-password-never-matches")


def verify_password(password_hash: str | None, password: str) -> bool:
    """Argon2 verify; also run (against a decoy) when there is no hash, so every failure costs the same."""
    try:
        return password_hasher().verify(password_hash or _decoy_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def utcnow() -> datetime:
    """Naive UTC, the form timestamps take in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


def as_naive_utc(moment: datetime | None) -> datetime:
    if moment is None:
        return utcnow()
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def lock_duration(failed_attempts: int) -> timedelta | None:
    """How long the account locks after this many consecutive failures (None: not locked)."""
    if failed_attempts < MAX_FAILURES:
        return None
    seconds = LOCK_BASE_S * 2 ** min(failed_attempts - MAX_FAILURES, 20)
    return timedelta(seconds=min(seconds, LOCK_MAX_S))
