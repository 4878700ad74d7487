"""The DuckDB schema: numbered SQL migrations in `pipeline/migrations/`, applied once each.

`migrate` runs every file whose number is above the highest recorded in `schema_migrations`,
each in its own transaction, so opening an older database file upgrades it in place and a
failed migration leaves the file at the last good version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.store.connection import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file {path.name} must be named NNNN_name.sql")
        found.append(Migration(int(match[1]), match[2], path.read_text()))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise ValueError(f"two migrations share a number: {versions}")
    return found


def current_version(db: Database) -> int:
    exists = db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'")
    if not exists:
        return 0
    return int(db.scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"))


def latest_version() -> int:
    return max((m.version for m in migrations()), default=0)


def migrate(db: Database) -> list[Migration]:
    """Apply pending migrations; returns the ones applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    have = current_version(db)
    applied = []
    for migration in migrations():
        if migration.version <= have:
            continue
        with db.atomic():
            for statement in _statements(migration.sql):
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
        applied.append(migration)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations hold no semicolons inside literals)."""
    body = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    return [s.strip() for s in body.split(";") if s.strip()]
