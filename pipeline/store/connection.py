"""The one way into DuckDB: connections, `execute`, transactions, and lock-aware sessions.

DuckDB lets one process write a database file, or many processes read it, never both at once.
Earshot's processes (the ingest writer, the app) therefore hold a file only for short sessions:
open, do one unit of work, close. Opening retries with backoff while another process holds the
lock, so a page render waits a moment for a call being written instead of failing, and the ingest
waits for a page render. Tests use an in-memory `Database` directly.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

import duckdb

DEFAULT_DB = Path("data/earshot.duckdb")
T = TypeVar("T")
LOCK_TIMEOUT_S = 30.0


class DatabaseBusy(RuntimeError):
    """Another process held the database file for longer than we were willing to wait."""


def default_db_path() -> Path:
    """`EARSHOT_DB` overrides the default for both the pipeline and the app."""
    return Path(os.environ.get("EARSHOT_DB") or DEFAULT_DB)


def extension_directory() -> str | None:
    """The folder of DuckDB extensions shipped by the `duckdb-ext-*` packages (no downloads)."""
    spec = find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))) / "extensions")


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Database:
    """A DuckDB connection with one `execute` that every query passes through."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, *, read_only: bool = False) -> None:
        self.conn = conn
        self.read_only = read_only
        self._fts_loaded = False

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None):
        """Run one statement with bound parameters; never format values into SQL."""
        return self.conn.execute(sql, params if params is not None else [])

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts."""
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def df(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None):
        """A pandas DataFrame (for the app's tables and charts)."""
        return self.execute(sql, params).df()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction: everything inside is stored, or nothing is."""
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def load_fts(self) -> bool:
        """Load the full-text-search extension from the bundled folder; False when it is absent."""
        if self._fts_loaded:
            return True
        try:
            self.conn.execute("LOAD fts")
        except duckdb.Error:
            return False
        self._fts_loaded = True
        return True

    def close(self) -> None:
        self.conn.close()


def connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    config: dict[str, Any] = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    ext_dir = extension_directory()
    if ext_dir:
        config["extension_directory"] = ext_dir
    return duckdb.connect(path, read_only=read_only, config=config)


def is_config_conflict(exc: BaseException) -> bool:
    """Another connection of this process holds the file with the other configuration (read-only or not)."""
    return isinstance(exc, duckdb.ConnectionException) and "different configuration" in str(exc)


def _is_lock_conflict(exc: Exception) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


def wait_for_lock(action: Callable[[], T], path: str | Path, timeout_s: float = LOCK_TIMEOUT_S) -> T:
    """Run `action` (an open or ATTACH of `path`), retrying with jittered exponential backoff while
    another process holds the file's lock; DatabaseBusy once `timeout_s` has passed."""
    deadline = time.monotonic() + timeout_s
    delay = 0.01
    while True:
        try:
            return action()
        except duckdb.IOException as exc:
            if not _is_lock_conflict(exc):
                raise
            if time.monotonic() >= deadline:
                raise DatabaseBusy(f"{path} is held by another process (waited {timeout_s:.0f} s)") from exc
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.5)
