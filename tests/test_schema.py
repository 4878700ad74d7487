"""Migrations: a fresh database gets every table; an older file is upgraded when opened."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.store import schema
from pipeline.store.db import Database, DatabaseBusy, in_memory, open_database, session


def test_fresh_database_is_at_the_latest_version() -> None:
    db = in_memory()
    assert schema.current_version(db) == schema.latest_version()
    assert schema.migrate(db) == []  # idempotent


def test_opening_an_older_file_upgrades_it_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    first = schema.migrations()[0]
    conn = duckdb.connect(str(path))
    old = Database(conn)
    old.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for statement in schema._statements(first.sql):
        old.execute(statement)
    old.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [first.version, first.name])
    old.execute("INSERT INTO calls (call_id, status) VALUES ('KEEP-1', 'ready')")
    conn.close()

    with session(path) as db:
        assert schema.current_version(db) == schema.latest_version()
        assert db.scalar("SELECT count(*) FROM calls WHERE call_id = 'KEEP-1'") == 1
        versions = [r["version"] for r in db.query("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [m.version for m in schema.migrations()]


def test_a_held_file_makes_a_second_writer_wait_then_report_busy(tmp_path: Path) -> None:
    import multiprocessing

    path = tmp_path / "busy.duckdb"
    open_database(path).close()
    ready = multiprocessing.get_context("spawn").Event()
    holder = multiprocessing.get_context("spawn").Process(target=_hold, args=(str(path), ready, 3.0))
    holder.start()
    try:
        assert ready.wait(60)  # a spawned interpreter on a busy machine can take a while
        with pytest.raises(DatabaseBusy, match="held by another process"):
            open_database(path, timeout_s=0.5)
        # Waiting long enough gets the file once the other process lets go.
        db = open_database(path, timeout_s=20)
        db.close()
    finally:
        holder.join(20)


def _hold(path: str, ready, seconds: float) -> None:
    import time

    db = open_database(path)
    ready.set()
    time.sleep(seconds)
    db.close()
