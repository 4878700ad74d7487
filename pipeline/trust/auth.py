"""Sign-in and roles: who may do what in Earshot.

Every page and every query behind it asks `can(user, permission)` (or `require`), and a page
that lists calls filters on `agent_scope(user)`, so an agent's pages and queries only ever touch
their own calls. Nobody who is not signed in (`user is None`) and no role outside `ROLES` can do
anything: checks fail closed.

Passwords are hashed with Argon2id (argon2-cffi's defaults, which follow RFC 9106's
recommendations); the hash is the only thing stored. Repeated failed sign-ins lock the account
for an increasing time and every attempt is in the audit log. Single sign-on identities
(Streamlit's `st.login`, OIDC) get their role from a mapping in `secrets.toml`; see
the README's Security section.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pipeline.store.db import Database
from pipeline.trust import credentials
from pipeline.trust.credentials import (
    ROLES,
    as_naive_utc,
    normalise_username,
    utcnow,
)

_ALL_STAFF = frozenset({"admin", "supervisor", "trainer", "executive", "agent"})
PERMISSIONS: dict[str, frozenset[str]] = {
    # Open a call: its redacted transcript and redacted audio. Agents only their own (see agent_scope).
    "view_calls": _ALL_STAFF,
    # The review queue, moments and their verdicts, journeys.
    "review_calls": frozenset({"admin", "supervisor", "trainer"}),
    "notes_qa": frozenset({"admin", "supervisor"}),
    "follow_ups": frozenset({"admin", "supervisor"}),
    "coaching_edit": frozenset({"admin", "supervisor", "trainer"}),
    "export_clips": frozenset({"admin", "supervisor", "trainer"}),
    "coaching_view_assigned": frozenset({"agent"}),
    "scorecard": frozenset({"admin", "supervisor", "executive"}),
    "search": frozenset({"admin", "supervisor", "trainer"}),
    "admin_users": frozenset({"admin"}),
    "admin_rules": frozenset({"admin"}),
    "admin_settings": frozenset({"admin"}),
    "audit_view": frozenset({"admin"}),
    # The original recording (unredacted): admins only, and only when the setting allows it.
    "listen_original": frozenset({"admin"}),
    # Marks the role whose every query is filtered to its own agent_id.
    "own_calls_only": frozenset({"agent"}),
}

FAILURE_DELAY_S = 0.3  # every failed attempt waits this long: slows guessing, evens out timing
SIGN_IN_FAILED = "Sign-in failed: wrong username or password, or too many attempts. Wait a minute and try again."



@dataclass(frozen=True)
class User:
    """A signed-in user. `agent_id` links role agent to the agent_id of their calls."""

    username: str
    role: str
    agent_id: str | None = None


class AuthError(Exception):
    """Sign-in refused. The message is safe to show: it never says whether the user exists."""


def can(user: User | None, permission: str) -> bool:
    """Whether this user may do this; nobody signed in, an unknown role or an unknown permission: no."""
    if user is None or user.role not in ROLES:
        return False
    return user.role in PERMISSIONS.get(permission, frozenset())


def require(user: User | None, permission: str) -> User:
    """The user, if allowed; PermissionError otherwise (for query functions and pages to call first)."""
    if user is None:
        raise PermissionError("sign in first")
    if not can(user, permission):
        raise PermissionError(f"role {user.role!r} may not {permission.replace('_', ' ')}")
    return user


def agent_scope(user: User) -> str | None:
    """The agent_id every call query must filter on for role agent; None (no filter) for other roles.

    An agent without an agent_id raises PermissionError rather than returning None, which would mean
    "all calls": a misconfigured agent sees nothing instead of everything.
    """
    if user.role not in ROLES:
        raise PermissionError(f"unknown role {user.role!r}")
    if user.role != "agent":
        return None
    if not user.agent_id:
        raise PermissionError("this agent account is not linked to an agent ID; ask an administrator")
    return user.agent_id


def may_play_original(user: User | None, allow_original_playback: bool) -> bool:
    """The original (unredacted) recording: an admin, and only when the admin setting allows it."""
    return bool(allow_original_playback) and can(user, "listen_original")


def _fail(db: Database, attempted: str, reason: str, now: datetime) -> AuthError:
    from pipeline.store import audit

    audit.log(db, attempted[:100], "login_failed", detail={"reason": reason}, at=now)
    time.sleep(FAILURE_DELAY_S)
    return AuthError(SIGN_IN_FAILED)


def authenticate(db: Database, username: str, password: str, *, now: datetime | None = None) -> User:
    """The user for this username and password, or AuthError (one message for every kind of failure).

    Failed attempts are counted per user; from the MAX_FAILURES-th on, the account is locked for
    LOCK_BASE_S, doubling with each further failure up to LOCK_MAX_S. While locked, even the right
    password is refused. Every attempt, good or bad, is written to the audit log.
    """
    # Imported here: pipeline.trust.accounts imports this module for ROLES and hashing.
    from pipeline.store import audit
    from pipeline.trust import accounts as user_store

    now = as_naive_utc(now)
    password = password or ""
    try:
        name = normalise_username(username)
    except ValueError:
        credentials.verify_password(None, password)
        raise _fail(db, (username or "").strip(), "invalid_username", now) from None
    row = user_store.get_user_row(db, name)
    if row is None or row["disabled"] or not row["password_hash"] or row["role"] not in ROLES:
        credentials.verify_password(None, password)
        reason = "unknown_user" if row is None else "disabled" if row["disabled"] else "no_password_or_role"
        raise _fail(db, name, reason, now)
    if row["locked_until"] is not None and row["locked_until"] > now:
        credentials.verify_password(None, password)
        raise _fail(db, name, "locked", now)
    if not credentials.verify_password(row["password_hash"], password):
        user_store.record_failed_login(db, name, now=now)
        time.sleep(FAILURE_DELAY_S)
        raise AuthError(SIGN_IN_FAILED)
    if row["failed_attempts"] or row["locked_until"] is not None:
        user_store.clear_failures(db, name)
    if credentials.password_hasher().check_needs_rehash(row["password_hash"]):
        user_store.replace_password_hash(db, name, credentials.password_hasher().hash(password))
    audit.log(db, name, "login", detail={"method": "password"}, at=now)
    return User(name, row["role"], row["agent_id"])


# --- single sign-on ---------------------------------------------------------------------------


def _entries(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Sequence):
        return [str(v) for v in value]
    return []


def _role_rules(mapping: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(role, entry) pairs from either shape of the mapping:

    role -> entries:   admin = ["ops-lead@example.com", "group:cc-admins", "domain:example.com"]
    entry -> role:     "cc-admins" = "admin"   (a bare name is a group; a name with @ is an e-mail)
    """
    rules: list[tuple[str, str]] = []
    for key, value in mapping.items():
        if key in ROLES:
            rules.extend((key, entry) for entry in _entries(value))
        elif isinstance(value, str) and value in ROLES and key not in {"agent_ids"}:
            rules.append((value, key if "@" in key or ":" in key else f"group:{key}"))
    return rules


def _matches(entry: str, email: str, groups: set[str]) -> bool:
    entry = entry.strip().casefold()
    if entry.startswith("group:"):
        return entry[len("group:") :] in groups
    if entry.startswith("domain:"):
        return email.endswith("@" + entry[len("domain:") :].lstrip("@"))
    if entry.startswith("*@") or entry.startswith("@"):
        return email.endswith("@" + entry.split("@", 1)[1])
    return entry == email


def _roles_table(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """The role rules, whether given the `[earshot.roles]` table itself or the whole `[earshot]` section
    (with a `roles` or `group_roles` table inside)."""
    for key in ("roles", "group_roles"):
        inner = mapping.get(key)
        if isinstance(inner, Mapping):
            return inner
    return mapping


def _agent_ids(mapping: Mapping[str, Any]) -> dict[str, str]:
    table = mapping.get("agent_ids")
    if not isinstance(table, Mapping):
        table = _roles_table(mapping).get("agent_ids")
    if not isinstance(table, Mapping):
        return {}
    return {str(k).strip().casefold(): str(v) for k, v in table.items()}


def role_for_identity(email: str, groups: Sequence[str], mapping: Mapping[str, Any]) -> str | None:
    """The most privileged role (in ROLES order) any entry of the mapping gives this identity."""
    mapping = _roles_table(mapping)
    email = email.strip().casefold()
    group_set = {str(g).strip().casefold() for g in groups}
    matched = {role for role, entry in _role_rules(mapping) if _matches(entry, email, group_set)}
    return next((role for role in ROLES if role in matched), None)


def user_from_identity(db: Database, email: str, groups: list[str], mapping: dict[str, Any]) -> User | None:
    """The Earshot user for an identity signed in through the identity provider (`st.login`); None: no role.

    A users row whose username or e-mail is this address wins (an admin set it up, with its agent_id);
    a disabled row refuses sign-in. Otherwise the role comes from the `[earshot.roles]` mapping and,
    for role agent, the agent_id from `[earshot.agent_ids]` (e-mail -> agent_id); an agent without
    one is refused, since it could see nothing. `mapping` may be the whole `[earshot]` section of
    secrets.toml or just its roles table. Every sign-in and refusal is in the audit log.
    """
    from pipeline.store import audit
    from pipeline.trust import accounts as user_store

    email = unicodedata.normalize("NFKC", email or "").strip().casefold()
    if "@" not in email or len(email) > 254:
        audit.log(db, email[:100] or None, "login_sso_denied", detail={"reason": "no_email"})
        return None
    row = user_store.get_user_row_for_identity(db, email)
    if row is not None:
        if row["disabled"] or row["role"] not in ROLES or (row["role"] == "agent" and not row["agent_id"]):
            audit.log(db, email, "login_sso_denied", detail={"reason": "disabled_or_incomplete_user"})
            return None
        audit.log(db, row["username"], "login", detail={"method": "sso", "email": email})
        return User(row["username"], row["role"], row["agent_id"])
    role = role_for_identity(email, groups, mapping)
    agent_id = None
    if role == "agent":
        agent_id = _agent_ids(mapping).get(email)
    if role is None or (role == "agent" and not agent_id):
        audit.log(db, email, "login_sso_denied", detail={"reason": "no_role" if role is None else "no_agent_id"})
        return None
    audit.log(db, email, "login", detail={"method": "sso", "role": role, "groups": sorted(groups)[:50]})
    return User(email, role, agent_id)


# --- remembered sign-in -----------------------------------------------------------------------
# A password sign-in survives a page reload or a new tab through a signed cookie: the username and
# an expiry, with an HMAC-SHA256 under a random secret kept in the settings table. The account is
# looked up again on every use, so disabling a user or changing their role takes effect at once.

SESSION_COOKIE = "earshot_session"
SESSION_TTL_S = 12 * 3600  # one working day
_SECRET_KEY = "session_secret"


def session_secret(db: Database, *, create: bool = True) -> bytes | None:
    """The signing secret, created on first use (needs a writable session then); None if absent and not created."""
    row = db.query_one("SELECT value FROM settings WHERE key = ?", [_SECRET_KEY])
    if row is None and not create:
        return None
    if row is None:
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, to_json(?::VARCHAR)) ON CONFLICT DO NOTHING",
            [_SECRET_KEY, secrets.token_hex(32)],
        )
        row = db.query_one("SELECT value FROM settings WHERE key = ?", [_SECRET_KEY])
    return bytes.fromhex(json.loads(row["value"]))


def _signature(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def issue_session_token(secret: bytes, username: str, *, now: float | None = None, ttl_s: int = SESSION_TTL_S) -> str:
    """`<username, base64url>.<issued>.<expires>.<signature>` (unix milliseconds): only cookie-safe characters."""
    issued = int((time.time() if now is None else now) * 1000)
    name = base64.urlsafe_b64encode(username.encode()).decode().rstrip("=")
    payload = f"{name}.{issued}.{issued + ttl_s * 1000}"
    return f"{payload}.{_signature(secret, payload)}"


def verify_session_token(secret: bytes, token: str | None, *, now: float | None = None) -> tuple[str, int] | None:
    """(username, issued at in unix milliseconds) for a valid, unexpired token; None for anything else."""
    if not token or token.count(".") != 3 or len(token) > 500:
        return None
    name, issued, expires, signature = token.split(".")
    if not hmac.compare_digest(signature, _signature(secret, f"{name}.{issued}.{expires}")):
        return None
    if not (issued.isdigit() and expires.isdigit()) or int(expires) < (time.time() if now is None else now) * 1000:
        return None
    try:
        return base64.urlsafe_b64decode(name + "=" * (-len(name) % 4)).decode(), int(issued)
    except (ValueError, UnicodeDecodeError):
        return None


def user_for_session(db: Database, username: str, issued: int) -> User | None:
    """The current account behind a remembered sign-in: it must exist, be enabled, and not have
    signed out (or been signed out) since the token was issued."""
    from pipeline.trust.accounts import get_user_row

    row = get_user_row(db, username)
    if row is None or row["disabled"] or row["role"] not in ROLES:
        return None
    if row["role"] == "agent" and not row["agent_id"]:
        return None
    valid_after = db.scalar("SELECT sessions_valid_after FROM users WHERE username = ?", [row["username"]])
    if valid_after is not None and datetime.fromtimestamp(issued / 1000, UTC).replace(tzinfo=None) <= valid_after:
        return None
    return User(row["username"], row["role"], row["agent_id"])


def end_sessions(db: Database, username: str) -> None:
    """Sign the user out everywhere: refuse every remembered sign-in issued until now."""
    with db.atomic():
        db.execute("UPDATE users SET sessions_valid_after = ? WHERE username = ?", [utcnow(), username])
        from pipeline.store import audit

        audit.log(db, username, "logout")
