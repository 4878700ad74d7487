"""Fixtures for the app's tests: a seeded database file, made once per run and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.db import Database, open_database
from tests.seed import SeedInfo, seed_database

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class SeededFile:
    """A seeded database file that EARSHOT_DB points at for the test."""

    path: Path
    info: SeedInfo


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> SeededFile:
    folder = tmp_path_factory.mktemp("earshot_template")
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
