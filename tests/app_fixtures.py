"""Fixtures for the app's tests: a seeded database file, made once per run and copied for each test,
cheap password hashing, and helpers that drive the app through `streamlit.testing.v1.AppTest`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from argon2 import PasswordHasher

from pipeline.store.db import Database, open_database
from pipeline.trust import auth, credentials
from tests.seed import SeedInfo, seed_database

if TYPE_CHECKING:  # Streamlit is imported by the helpers that use it: conftest loads this module for every test
    from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
USERS = {
    "admin": auth.User("admin", "admin"),
    "supervisor": auth.User("supervisor", "supervisor"),
    "trainer": auth.User("trainer", "trainer"),
    "executive": auth.User("executive", "executive"),
    "agent": auth.User("agent", "agent", "A-100"),
}

# Argon2id with the smallest parameters: the production ones cost 64 MiB and ~50 ms a hash, which
# adds up over every seeded user, sign-in and added user (tests/test_auth.py checks the real ones).
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)


def use_cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap hashes and no pause after a failed sign-in, for the duration of a test."""
    monkeypatch.setattr(credentials, "password_hasher", lambda: CHEAP_HASHER)
    monkeypatch.setattr(credentials, "_decoy_hash", lambda: CHEAP_HASHER.hash("earshot-decoy"))
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)


@dataclass
class SeededFile:
    """A seeded database file that EARSHOT_DB points at for the test."""

    path: Path
    info: SeedInfo


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> SeededFile:
    folder = tmp_path_factory.mktemp("earshot_template")
    with pytest.MonkeyPatch.context() as patch:
        use_cheap_password_hashing(patch)
        info = seed_database(folder / "earshot.duckdb")
    return SeededFile(folder / "earshot.duckdb", info)


@pytest.fixture
def seeded_db(seeded_template: SeededFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SeededFile:
    """A private copy of the seeded file (the recordings stay shared: nothing writes them)."""
    path = tmp_path / "earshot.duckdb"
    shutil.copyfile(seeded_template.path, path)
    monkeypatch.setenv("EARSHOT_DB", str(path))
    return SeededFile(path, seeded_template.info)


@pytest.fixture
def seeded_conn(seeded_template: SeededFile, tmp_path: Path) -> Iterator[tuple[Database, SeedInfo]]:
    """An open connection on a private copy of the seeded file (copying beats seeding again: password hashing)."""
    path = tmp_path / "conn.duckdb"
    shutil.copyfile(seeded_template.path, path)
    db = open_database(path)
    try:
        yield db, seeded_template.info
    finally:
        db.close()


# --- driving the app ------------------------------------------------------------------------------


def as_session_user(user: auth.User) -> dict[str, Any]:
    return {"username": user.username, "role": user.role, "agent_id": user.agent_id}


def signed_in(role: str) -> AppTest:
    """The app (app.py) run once with this role's seeded user signed in."""
    from streamlit.testing.v1 import AppTest

    from pages import shared

    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state[shared.USER_KEY] = as_session_user(USERS[role])
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_page(at: AppTest, path: str, **params: str) -> AppTest:
    """Switch to a page as the navigation would, with these query parameters."""
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def iframes(at: AppTest) -> list[str]:
    """The HTML of every st.iframe on the page (the review player)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", None) == "iframe":
                found.append(child.proto.srcdoc)
            walk(child)

    walk(at.main)
    return found


def texts(at: AppTest) -> str:
    """The text of the usual text elements, markdown escapes removed."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    parts += [w.value for w in at.warning] + [e.value for e in at.error] + [s.value for s in at.subheader]
    parts += [t.value for t in at.title]
    return "\n".join(str(p) for p in parts).replace("\\", "")


def everything_rendered(at: AppTest) -> str:
    """Every element of the last run as its protobuf text (labels, bodies, table bytes, iframe HTML …):
    for checking that something appears nowhere on the page."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(parts)
