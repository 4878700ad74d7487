"""Opening a database: a connection (`connection.py`) with its schema brought up to date (`schema.py`).

Everything outside the store opens databases through this module and takes its names from here;
`connection` knows nothing of the schema and `schema` nothing of files, so the two cannot loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.store import schema
from pipeline.store.connection import (
    DEFAULT_DB,
    LOCK_TIMEOUT_S,
    Database,
    DatabaseBusy,
    connect,
    default_db_path,
    extension_directory,
    is_config_conflict,
    quote_identifier,
    wait_for_lock,
)

__all__ = [
    "DEFAULT_DB",
    "LOCK_TIMEOUT_S",
    "Database",
    "DatabaseBusy",
    "default_db_path",
    "extension_directory",
    "in_memory",
    "is_config_conflict",
    "open_database",
    "quote_identifier",
    "session",
    "wait_for_lock",
]


def in_memory() -> Database:
    """A fresh in-memory database with the schema applied (for tests)."""
    db = Database(connect(":memory:", read_only=False))
    schema.migrate(db)
    return db


def open_database(
    path: str | Path, *, read_only: bool = False, timeout_s: float = LOCK_TIMEOUT_S, migrate: bool = True
) -> Database:
    """Open a database file, waiting with jittered exponential backoff while another process holds it.

    A writable open applies pending migrations, so opening an older file upgrades it. A read-only open
    of a file that does not exist yet raises FileNotFoundError (the app shows "no calls yet").
    """
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = wait_for_lock(lambda: connect(str(path), read_only=read_only), path, timeout_s)
    db = Database(conn, read_only=read_only)
    if migrate and not read_only:
        try:
            schema.migrate(db)
        except BaseException:
            db.close()
            raise
    return db


@contextmanager
def session(
    path: str | Path | None = None, *, read_only: bool = False, timeout_s: float = LOCK_TIMEOUT_S
) -> Iterator[Database]:
    """A short session on a database file: opened (waiting for the lock), used, and closed."""
    db = open_database(path or default_db_path(), read_only=read_only, timeout_s=timeout_s)
    try:
        yield db
    finally:
        db.close()
