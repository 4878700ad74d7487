"""Roles, permissions, password sign-in with lockout, and single sign-on role mapping."""

from __future__ import annotations

import argparse
import io
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type

from pipeline.cli import trust as cli_trust
from pipeline.store import audit
from pipeline.store.db import Database, in_memory, session
from pipeline.trust import accounts as user_store
from pipeline.trust import auth, credentials
from pipeline.trust.auth import (
    PERMISSIONS,
    ROLES,
    AuthError,
    User,
    agent_scope,
    authenticate,
    can,
    may_play_original,
    require,
    role_for_identity,
    user_from_identity,
)

T0 = datetime(2025, 3, 1, 9, 0, 0)
PASSWORD = "correct horse battery"


REAL_HASHER = credentials.password_hasher


@pytest.fixture(autouse=True)
def quick_failures_and_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sleeping after failures, and cheap Argon2 parameters: the defaults cost 64 MiB and ~50 ms a hash."""
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)
    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(credentials, "password_hasher", lambda: cheap)
    monkeypatch.setattr(credentials, "_decoy_hash", lambda: cheap.hash("decoy"))


def test_production_hasher_is_argon2id_with_strong_parameters() -> None:
    hasher = REAL_HASHER()
    assert hasher.type is Type.ID
    assert hasher.memory_cost >= 64 * 1024 and hasher.time_cost >= 3


@pytest.fixture
def db() -> Database:
    database = in_memory()
    user_store.add_user(database, "ana", PASSWORD, "supervisor")
    user_store.add_user(database, "bo", PASSWORD, "agent", agent_id="A-100")
    return database


# --- roles and permissions --------------------------------------------------------------------


def test_nobody_signed_in_can_do_nothing() -> None:
    assert not any(can(None, permission) for permission in PERMISSIONS)
    with pytest.raises(PermissionError, match="sign in"):
        require(None, "review_calls")


def test_a_user_without_a_known_role_can_do_nothing() -> None:
    for role in ("", "root", "Admin", "guest", "admin "):
        user = User("x", role)
        assert not any(can(user, permission) for permission in PERMISSIONS)
        with pytest.raises(PermissionError):
            agent_scope(user)


def test_unknown_permissions_are_refused_to_everyone() -> None:
    assert not any(can(User("x", role), "launch_missiles") for role in ROLES)


EXPECTED = {
    "admin": {
        "view_calls", "review_calls", "notes_qa", "follow_ups", "coaching_edit", "export_clips", "scorecard",
        "search", "admin_users", "admin_rules", "admin_settings", "audit_view", "listen_original",
    },
    "supervisor": {
        "view_calls", "review_calls", "notes_qa", "follow_ups", "coaching_edit", "export_clips", "scorecard", "search",
    },
    "trainer": {"view_calls", "review_calls", "coaching_edit", "export_clips", "search"},
    "executive": {"view_calls", "scorecard"},
    "agent": {"view_calls", "coaching_view_assigned", "own_calls_only"},
}  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
def test_each_role_has_exactly_its_permissions(role: str) -> None:
    user = User("someone", role, "A-1" if role == "agent" else None)
    assert {p for p in PERMISSIONS if can(user, p)} == EXPECTED[role]
    for permission in EXPECTED[role]:
        assert require(user, permission) is user
    for permission in set(PERMISSIONS) - EXPECTED[role]:
        with pytest.raises(PermissionError):
            require(user, permission)


def test_agent_scope_filters_agents_and_only_agents() -> None:
    assert agent_scope(User("bo", "agent", "A-100")) == "A-100"
    for role in ("admin", "supervisor", "trainer", "executive"):
        assert agent_scope(User("x", role)) is None
    # Without an agent_id an agent must see nothing, not everything.
    with pytest.raises(PermissionError, match="agent ID"):
        agent_scope(User("bo", "agent", None))
    with pytest.raises(PermissionError):
        agent_scope(User("bo", "agent", ""))


def test_only_admins_play_the_original_and_only_when_allowed() -> None:
    assert may_play_original(User("a", "admin"), True)
    assert not may_play_original(User("a", "admin"), False)
    for role in ("supervisor", "trainer", "executive", "agent"):
        assert not may_play_original(User("x", role, "A-1"), True)
    assert not may_play_original(None, True)


# --- password sign-in -------------------------------------------------------------------------


def test_right_password_signs_in_and_is_audited(db: Database) -> None:
    user = authenticate(db, "Bo ", PASSWORD, now=T0)  # usernames are case-insensitive, trimmed
    assert user == User("bo", "agent", "A-100")
    [row] = audit.entries(db, action="login")
    assert row["username"] == "bo" and row["detail"] == {"method": "password"}


def test_password_is_stored_only_as_an_argon2_hash(db: Database) -> None:
    stored = db.scalar("SELECT password_hash FROM users WHERE username = 'ana'")
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    everything = str(db.query("SELECT * FROM users")) + str(db.query("SELECT * FROM audit_log"))
    assert PASSWORD not in everything


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("ana", "wrong password"),
        ("nobody", PASSWORD),
        ("", PASSWORD),
        ("ana'; DROP TABLE users; --", PASSWORD),
        ("<script>alert(1)</script>", "x"),
        ("ana", ""),
        ("a" * 10_000, "b" * 10_000),
        ("ａｎａ\u0000\u202e", PASSWORD),
    ],
)
def test_every_failure_gives_the_same_message(db: Database, username: str, password: str) -> None:
    with pytest.raises(AuthError) as raised:
        authenticate(db, username, password, now=T0)
    assert str(raised.value) == auth.SIGN_IN_FAILED
    assert db.scalar("SELECT count(*) FROM users") == 2
    assert audit.count(db, action="login_failed") == 1


def test_disabled_users_cannot_sign_in(db: Database) -> None:
    user_store.disable(db, "ana", actor="root")
    with pytest.raises(AuthError):
        authenticate(db, "ana", PASSWORD, now=T0)
    user_store.enable(db, "ana", actor="root")
    assert authenticate(db, "ana", PASSWORD, now=T0).role == "supervisor"


def test_sso_only_users_have_no_password_to_guess(db: Database) -> None:
    user_store.add_user(db, "carol@example.com", None, "executive", email="carol@example.com")
    with pytest.raises(AuthError):
        authenticate(db, "carol@example.com", "", now=T0)


def test_repeated_failures_lock_the_account_for_a_doubling_time(db: Database) -> None:
    for i in range(credentials.MAX_FAILURES - 1):
        with pytest.raises(AuthError):
            authenticate(db, "ana", f"guess {i}", now=T0)
    assert user_store.get_user(db, "ana")["locked_until"] is None
    assert authenticate(db, "ana", PASSWORD, now=T0)  # four failures: not locked yet, and a success resets
    assert user_store.get_user(db, "ana")["failed_attempts"] == 0

    for i in range(credentials.MAX_FAILURES):
        with pytest.raises(AuthError):
            authenticate(db, "ana", f"guess {i}", now=T0)
    assert user_store.get_user(db, "ana")["locked_until"] == T0 + timedelta(seconds=30)
    # While locked even the right password is refused, with the same message.
    with pytest.raises(AuthError, match="wrong username or password"):
        authenticate(db, "ana", PASSWORD, now=T0 + timedelta(seconds=29))
    # Once the lock runs out, one more failure locks again for twice as long.
    with pytest.raises(AuthError):
        authenticate(db, "ana", "guess again", now=T0 + timedelta(seconds=31))
    assert user_store.get_user(db, "ana")["locked_until"] == T0 + timedelta(seconds=31 + 60)
    # The right password after the lock signs in and clears the count.
    assert authenticate(db, "ana", PASSWORD, now=T0 + timedelta(seconds=200)).username == "ana"
    assert user_store.get_user(db, "ana")["failed_attempts"] == 0
    assert user_store.get_user(db, "ana")["locked_until"] is None

    locks = audit.entries(db, action="login_locked")
    assert [row["detail"]["seconds"] for row in reversed(locks)] == [30.0, 60.0]
    reasons = [row["detail"]["reason"] for row in audit.entries(db, action="login_failed", limit=None)]
    assert reasons.count("locked") == 1 and reasons.count("wrong_password") == 10


def test_lock_time_is_capped() -> None:
    assert credentials.lock_duration(credentials.MAX_FAILURES - 1) is None
    assert credentials.lock_duration(credentials.MAX_FAILURES) == timedelta(seconds=credentials.LOCK_BASE_S)
    assert credentials.lock_duration(1000) == timedelta(seconds=credentials.LOCK_MAX_S)


def test_admin_can_unlock(db: Database) -> None:
    for _ in range(credentials.MAX_FAILURES):
        with pytest.raises(AuthError):
            authenticate(db, "ana", "nope", now=T0)
    user_store.reset_failures(db, "ana", actor="root")
    assert authenticate(db, "ana", PASSWORD, now=T0 + timedelta(seconds=1)).username == "ana"
    assert audit.entries(db, action="user_unlocked")[0]["detail"] == {"username": "ana"}


def test_failed_sign_ins_are_slowed(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.25)
    monkeypatch.setattr(auth.time, "sleep", slept.append)
    for name in ("ana", "nobody"):
        with pytest.raises(AuthError):
            authenticate(db, name, "wrong password", now=T0)
    assert slept == [0.25, 0.25]
    authenticate(db, "ana", PASSWORD, now=T0)
    assert slept == [0.25, 0.25]


def test_hashes_made_with_weaker_parameters_are_upgraded_at_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = db.scalar("SELECT password_hash FROM users WHERE username = 'ana'")
    stronger = PasswordHasher(time_cost=2, memory_cost=512, parallelism=1)
    monkeypatch.setattr(credentials, "password_hasher", lambda: stronger)
    authenticate(db, "ana", PASSWORD, now=T0)
    after = db.scalar("SELECT password_hash FROM users WHERE username = 'ana'")
    assert after != before and "m=512,t=2" in after
    assert authenticate(db, "ana", PASSWORD, now=T0).username == "ana"


def test_timezone_aware_now_is_accepted(db: Database) -> None:
    assert authenticate(db, "ana", PASSWORD, now=datetime(2025, 3, 1, tzinfo=UTC)).username == "ana"


# --- single sign-on ---------------------------------------------------------------------------

MAPPING = {
    "admin": ["ops-lead@example.com", "group:cc-admins"],
    "supervisor": ["group:cc-supervisors"],
    "trainer": "group:L&D",
    "executive": ["domain:board.example.com"],
    "agent": ["group:cc-agents", "*@agents.example.com"],
    "agent_ids": {"dee@agents.example.com": "A-300", "eve@example.com": "A-400"},
}


@pytest.mark.parametrize(
    ("email", "groups", "role"),
    [
        ("ops-lead@example.com", [], "admin"),
        ("OPS-Lead@Example.com", [], "admin"),
        ("x@example.com", ["cc-admins", "cc-agents"], "admin"),  # the most privileged role wins
        ("x@example.com", ["cc-supervisors"], "supervisor"),
        ("x@example.com", ["l&d"], "trainer"),
        ("ceo@board.example.com", [], "executive"),
        ("ceo@notboard.example.com", [], None),
        ("dee@agents.example.com", [], "agent"),
        ("x@example.com", [], None),
        ("x@example.com", ["cc-admins-fake"], None),
    ],
)
def test_role_mapping(email: str, groups: list[str], role: str | None) -> None:
    assert role_for_identity(email, groups, MAPPING) == role


def test_group_to_role_shape_of_the_mapping_works_too() -> None:
    mapping = {"cc-admins": "admin", "boss@example.com": "executive"}
    assert role_for_identity("x@example.com", ["cc-admins"], mapping) == "admin"
    assert role_for_identity("boss@example.com", [], mapping) == "executive"
    assert role_for_identity("x@example.com", ["other"], mapping) is None


def test_the_whole_earshot_section_can_be_passed_as_the_mapping(db: Database) -> None:
    section = {"roles": {k: v for k, v in MAPPING.items() if k != "agent_ids"}, "agent_ids": MAPPING["agent_ids"]}
    assert user_from_identity(db, "dee@agents.example.com", [], section) == User(
        "dee@agents.example.com", "agent", "A-300"
    )
    assert role_for_identity("x@example.com", ["cc-supervisors"], section) == "supervisor"
    assert role_for_identity("x@example.com", ["cc-admins"], {"group_roles": {"cc-admins": "admin"}}) == "admin"


def test_identity_sign_in(db: Database) -> None:
    assert user_from_identity(db, "ops-lead@example.com", [], MAPPING) == User("ops-lead@example.com", "admin")
    assert user_from_identity(db, "dee@agents.example.com", [], MAPPING) == User(
        "dee@agents.example.com", "agent", "A-300"
    )
    assert user_from_identity(db, "eve@example.com", ["cc-agents"], MAPPING) == User(
        "eve@example.com", "agent", "A-400"
    )
    # Unmapped identities and agents with no agent ID get nothing.
    assert user_from_identity(db, "stranger@example.com", ["whatever"], MAPPING) is None
    assert user_from_identity(db, "fay@example.com", ["cc-agents"], MAPPING) is None
    assert user_from_identity(db, "", [], MAPPING) is None
    assert user_from_identity(db, "not an email", [], MAPPING) is None
    assert audit.count(db, action="login") == 3
    assert audit.count(db, action="login_sso_denied") == 4


def test_identity_matching_a_users_row_takes_that_row(db: Database) -> None:
    user_store.add_user(db, "gus", None, "agent", agent_id="A-500", email="Gus@Example.com")
    # The users row (set up by an admin) wins over the groups' mapping.
    assert user_from_identity(db, "gus@example.com", ["cc-admins"], MAPPING) == User("gus", "agent", "A-500")
    user_store.disable(db, "gus", actor="root")
    assert user_from_identity(db, "gus@example.com", ["cc-admins"], MAPPING) is None


# --- user store -------------------------------------------------------------------------------


def test_add_user_validates(db: Database) -> None:
    with pytest.raises(ValueError, match="already exists"):
        user_store.add_user(db, "ANA", PASSWORD, "admin")
    with pytest.raises(ValueError, match="unknown role"):
        user_store.add_user(db, "zed", PASSWORD, "root")
    with pytest.raises(ValueError, match="agent-id"):
        user_store.add_user(db, "zed", PASSWORD, "agent")
    with pytest.raises(ValueError, match="at least"):
        user_store.add_user(db, "zed", "short", "admin")
    for bad in ("", " ", "a b", "x" * 101, "-dash", "drop';--", "<b>", "名前"):
        with pytest.raises(ValueError, match="username"):
            user_store.add_user(db, bad, PASSWORD, "admin")
    assert [u["username"] for u in user_store.list_users(db)] == ["ana", "bo"]


def test_user_changes_are_audited_and_list_users_has_no_hashes(db: Database) -> None:
    user_store.add_user(db, "root", PASSWORD, "admin", actor="cli:ops")
    user_store.set_role(db, "bo", "trainer", actor="root")
    user_store.set_password(db, "bo", "another long password", actor="root")
    user_store.disable(db, "bo", actor="root")
    actions = [row["action"] for row in reversed(audit.entries(db))]
    assert actions[-4:] == ["user_added", "user_role_changed", "user_password_changed", "user_disabled"]
    assert {row["username"] for row in audit.entries(db)[:4]} == {"cli:ops", "root"}
    listed = user_store.list_users(db)
    assert all("password_hash" not in row for row in listed)
    assert next(u for u in listed if u["username"] == "bo")["role"] == "trainer"
    assert authenticate(db, "root", PASSWORD, now=T0).role == "admin"


def test_the_last_admin_cannot_be_disabled_and_nobody_disables_themselves(db: Database) -> None:
    user_store.add_user(db, "root", PASSWORD, "admin")
    with pytest.raises(ValueError, match="last enabled admin"):
        user_store.disable(db, "root", actor="cli:ops")
    with pytest.raises(ValueError, match="your own account"):
        user_store.disable(db, "root", actor="root")
    user_store.add_user(db, "root2", PASSWORD, "admin")
    user_store.disable(db, "root", actor="root2")


# --- the command line -------------------------------------------------------------------------


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli_trust.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_users_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "e.duckdb")
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert _cli(["users", "add", "Root", "--role", "admin", "--password-stdin", "--db", path]) == 0
    # Asked twice at the terminal; two different answers are refused.
    answers = iter(["first password here", "second password here"])
    monkeypatch.setattr(cli_trust.getpass, "getpass", lambda prompt="": next(answers))
    assert _cli(["users", "add", "bo", "--role", "agent", "--agent-id", "A-1", "--db", path]) == 2
    answers = iter(["same password here", "same password here"])
    assert _cli(["users", "add", "bo", "--role", "agent", "--agent-id", "A-1", "--db", path]) == 0
    assert _cli(["users", "add", "cy", "--role", "agent", "--sso-only", "--db", path]) == 2  # no agent ID
    assert (
        _cli(["users", "add", "cy", "--role", "executive", "--sso-only", "--email", "cy@example.com", "--db", path])
        == 0
    )
    assert _cli(["users", "disable", "bo", "--db", path]) == 0
    assert _cli(["users", "disable", "root", "--db", path]) == 2  # the last admin
    assert _cli(["users", "unlock", "bo", "--db", path]) == 0
    assert _cli(["users", "role", "bo", "--role", "trainer", "--db", path]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a new long password\n"))
    assert _cli(["users", "passwd", "root", "--password-stdin", "--db", path]) == 0
    capsys.readouterr()
    assert _cli(["users", "list", "--json", "--db", path]) == 0
    listed = capsys.readouterr().out
    assert '"username": "bo"' in listed and "argon2" not in listed and "password" not in listed
    with session(path) as db:
        assert authenticate(db, "root", "a new long password").role == "admin"
        actions = [r["action"] for r in audit.entries(db, limit=None)]
        assert {"user_added", "user_disabled", "user_unlocked", "user_role_changed", "user_password_changed"} <= set(
            actions
        )
        assert {r["username"] for r in audit.entries(db) if r["action"] == "user_added"} == {cli_trust.actor()}


def test_demo_admin_is_created_once_with_a_random_password() -> None:
    ensure_demo_admin = cli_trust.ensure_demo_admin
    db = in_memory()
    name, password = ensure_demo_admin(db)
    assert name == "admin" and len(password) >= credentials.MIN_PASSWORD_LENGTH
    assert password not in str(db.query("SELECT * FROM users")) + str(db.query("SELECT * FROM audit_log"))
    assert authenticate(db, name, password).role == "admin"
    assert ensure_demo_admin(db) is None
    other = in_memory()
    assert ensure_demo_admin(other)[1] != password


# --- remembered sign-in ---------------------------------------------------------------------------


def test_session_tokens_are_signed_expire_and_name_their_user() -> None:
    secret, other = b"s" * 32, b"o" * 32
    token = auth.issue_session_token(secret, "ana.lee", now=1_000_000)
    assert "ana" not in token and set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
    assert auth.verify_session_token(secret, token, now=1_000_001) == ("ana.lee", 1_000_000_000)
    assert auth.verify_session_token(other, token, now=1_000_001) is None  # another installation's secret
    assert auth.verify_session_token(secret, token, now=1_000_000 + auth.SESSION_TTL_S + 1) is None  # expired
    name, issued, expires, signature = token.split(".")
    forged_expiry = f"{name}.{issued}.{int(expires) * 10}.{signature}"
    assert auth.verify_session_token(secret, forged_expiry, now=1_000_001) is None
    for junk in ("", "a.b", "a.b.c.d", "...", token + "x", None):
        assert auth.verify_session_token(secret, junk, now=1_000_001) is None


def test_a_remembered_sign_in_ends_with_sign_out_or_when_the_account_is_disabled() -> None:
    db = in_memory()
    user_store.add_user(db, "ana", "a long enough password", "supervisor")
    secret = auth.session_secret(db)
    assert auth.session_secret(db) == secret and len(secret) == 32
    token = auth.issue_session_token(secret, "ana")
    verified = auth.verify_session_token(secret, token)
    assert auth.user_for_session(db, *verified) == auth.User("ana", "supervisor", None)
    auth.end_sessions(db, "ana")
    assert auth.user_for_session(db, *verified) is None
    assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'logout' AND username = 'ana'") == 1
    time.sleep(0.01)
    fresh = auth.verify_session_token(secret, auth.issue_session_token(secret, "ana"))
    assert auth.user_for_session(db, *fresh) is not None
    user_store.disable(db, "ana")
    assert auth.user_for_session(db, *fresh) is None
