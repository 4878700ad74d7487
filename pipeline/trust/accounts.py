"""Users: accounts, roles, password hashes and sign-in failure counts.

Every change writes an audit row in the same transaction (`actor` is who made it: an admin's
username, "cli:<os user>" from the command line, or "system"). Passwords are hashed with Argon2id
by `pipeline.trust.credentials.hash_password`; the plain password is never stored or logged. Reads that return
the hash (`get_user_row`) exist for `pipeline.trust.auth` only; `list_users` never includes it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pipeline.store import audit
from pipeline.store.db import Database
from pipeline.trust.credentials import (
    ROLES,
    hash_password,
    lock_duration,
    normalise_username,
    utcnow,
)

SYSTEM = "system"
_PUBLIC_COLUMNS = "username, role, agent_id, email, disabled, failed_attempts, locked_until, created_at"


def _check_role(role: str, agent_id: str | None) -> tuple[str, str | None]:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; roles are {', '.join(ROLES)}")
    agent_id = (agent_id or "").strip() or None
    if role == "agent" and not agent_id:
        # An agent without an agent_id would have nothing to filter their calls on.
        raise ValueError("role agent needs --agent-id: the agent ID their calls carry in the manifest")
    if agent_id is not None and len(agent_id) > 100:
        raise ValueError("agent ID too long")
    return role, agent_id


def _check_email(email: str | None) -> str | None:
    email = (email or "").strip().casefold() or None
    if email is not None and ("@" not in email or len(email) > 254 or any(ch.isspace() for ch in email)):
        raise ValueError("not an e-mail address")
    return email


def user_exists(db: Database, username: str) -> bool:
    return bool(db.scalar("SELECT count(*) FROM users WHERE username = ?", [username]))


def count_users(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM users"))


def add_user(
    db: Database,
    username: str,
    password: str | None,
    role: str,
    agent_id: str | None = None,
    *,
    email: str | None = None,
    actor: str | None = None,
) -> str:
    """Create an account; returns the stored username (normalised: lower case).

    `password` None makes an account that can only sign in through single sign-on (matched by
    username or `email`). ValueError for a taken username, an unknown role, an agent without an
    agent_id, or a password shorter than credentials.MIN_PASSWORD_LENGTH.
    """
    name = normalise_username(username)
    role, agent_id = _check_role(role, agent_id)
    email = _check_email(email)
    password_hash = hash_password(password) if password is not None else None
    with db.atomic():
        if user_exists(db, name):
            raise ValueError(f"user {name!r} already exists")
        db.execute(
            "INSERT INTO users (username, password_hash, role, agent_id, email, disabled, failed_attempts, created_at)"
            " VALUES (?, ?, ?, ?, ?, FALSE, 0, ?)",
            [name, password_hash, role, agent_id, email, utcnow()],
        )
        audit.log(
            db,
            actor or SYSTEM,
            "user_added",
            detail={"username": name, "role": role, "agent_id": agent_id, "email": email, "sso_only": password is None},
        )
    return name


def _require_user(db: Database, name: str) -> None:
    if not user_exists(db, name):
        raise ValueError(f"no user {name!r}")


def set_password(db: Database, username: str, password: str, *, actor: str | None = None) -> None:
    """A new password; also clears failed attempts and any lock."""
    name = normalise_username(username)
    password_hash = hash_password(password)
    with db.atomic():
        _require_user(db, name)
        db.execute(
            "UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE username = ?",
            [password_hash, name],
        )
        audit.log(db, actor or SYSTEM, "user_password_changed", detail={"username": name})


def set_role(db: Database, username: str, role: str, agent_id: str | None = None, *, actor: str | None = None) -> None:
    name = normalise_username(username)
    role, agent_id = _check_role(role, agent_id)
    with db.atomic():
        _require_user(db, name)
        db.execute("UPDATE users SET role = ?, agent_id = ? WHERE username = ?", [role, agent_id, name])
        audit.log(
            db, actor or SYSTEM, "user_role_changed", detail={"username": name, "role": role, "agent_id": agent_id}
        )


def set_email(db: Database, username: str, email: str | None, *, actor: str | None = None) -> None:
    """The address a single sign-on identity is matched on."""
    name = normalise_username(username)
    email = _check_email(email)
    with db.atomic():
        _require_user(db, name)
        db.execute("UPDATE users SET email = ? WHERE username = ?", [email, name])
        audit.log(db, actor or SYSTEM, "user_role_changed", detail={"username": name, "email": email})


def disable(db: Database, username: str, *, actor: str | None = None) -> None:
    """The account can no longer sign in (its rows and audit history stay)."""
    _set_disabled(db, username, True, actor)


def enable(db: Database, username: str, *, actor: str | None = None) -> None:
    _set_disabled(db, username, False, actor)


def _set_disabled(db: Database, username: str, disabled: bool, actor: str | None) -> None:
    name = normalise_username(username)
    if disabled and actor is not None and normalise_username_or_none(actor) == name:
        raise ValueError("you cannot disable your own account")
    with db.atomic():
        _require_user(db, name)
        if disabled and _is_last_active_admin(db, name):
            raise ValueError("this is the last enabled admin; add another admin first")
        db.execute("UPDATE users SET disabled = ? WHERE username = ?", [disabled, name])
        audit.log(db, actor or SYSTEM, "user_disabled" if disabled else "user_enabled", detail={"username": name})


def normalise_username_or_none(username: str) -> str | None:
    try:
        return normalise_username(username)
    except ValueError:
        return None


def _is_last_active_admin(db: Database, name: str) -> bool:
    admins = [
        r["username"]
        for r in db.query("SELECT username FROM users WHERE role = 'admin' AND NOT coalesce(disabled, FALSE)")
    ]
    return admins == [name]


def list_users(db: Database) -> list[dict[str, Any]]:
    """Every account, without password hashes."""
    return db.query(f"SELECT {_PUBLIC_COLUMNS} FROM users ORDER BY username")


def get_user(db: Database, username: str) -> dict[str, Any] | None:
    """One account without its password hash."""
    name = normalise_username_or_none(username)
    if name is None:
        return None
    return db.query_one(f"SELECT {_PUBLIC_COLUMNS} FROM users WHERE username = ?", [name])


def get_user_row(db: Database, username: str) -> dict[str, Any] | None:
    """The account including its password hash: for pipeline.trust.auth only."""
    return db.query_one(
        "SELECT username, password_hash, role, agent_id, email, coalesce(disabled, FALSE) AS disabled,"
        " coalesce(failed_attempts, 0) AS failed_attempts, locked_until FROM users WHERE username = ?",
        [username],
    )


def get_user_row_for_identity(db: Database, email: str) -> dict[str, Any] | None:
    """The account a single sign-on identity maps to: username or e-mail equal to the address."""
    return db.query_one(
        "SELECT username, role, agent_id, coalesce(disabled, FALSE) AS disabled FROM users"
        " WHERE username = ? OR lower(email) = ? ORDER BY username = ? DESC LIMIT 1",
        [email, email, email],
    )


def record_failed_login(db: Database, username: str, *, now: datetime | None = None) -> tuple[int, datetime | None]:
    """Count a wrong password; from credentials.MAX_FAILURES on, lock the account for a doubling time.

    Returns (consecutive failures, locked until). The increment happens in SQL so that parallel
    attempts from several app sessions are all counted.
    """
    now = now or utcnow()
    with db.atomic():
        failed = db.scalar(
            "UPDATE users SET failed_attempts = coalesce(failed_attempts, 0) + 1 WHERE username = ?"
            " RETURNING failed_attempts",
            [username],
        )
        if failed is None:
            raise ValueError(f"no user {username!r}")
        duration = lock_duration(int(failed))
        locked_until = now + duration if duration is not None else None
        if locked_until is not None:
            db.execute("UPDATE users SET locked_until = ? WHERE username = ?", [locked_until, username])
        audit.log(db, username, "login_failed", detail={"reason": "wrong_password", "failures": int(failed)}, at=now)
        if locked_until is not None:
            audit.log(
                db,
                username,
                "login_locked",
                detail={
                    "failures": int(failed),
                    "until": locked_until.isoformat(),
                    "seconds": duration.total_seconds(),
                },
                at=now,
            )
    return int(failed), locked_until


def clear_failures(db: Database, username: str) -> None:
    """After a successful sign-in (the "login" audit row records it)."""
    db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE username = ?", [username])


def reset_failures(db: Database, username: str, *, actor: str | None = None) -> None:
    """An admin unlocks an account before its lock runs out."""
    name = normalise_username(username)
    with db.atomic():
        _require_user(db, name)
        clear_failures(db, name)
        audit.log(db, actor or SYSTEM, "user_unlocked", detail={"username": name})


def replace_password_hash(db: Database, username: str, password_hash: str) -> None:
    """Upgrade a hash made with older Argon2 parameters at sign-in (same password, no audit row needed)."""
    db.execute("UPDATE users SET password_hash = ? WHERE username = ?", [password_hash, username])
