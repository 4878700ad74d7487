"""Backups: a consistent copy of the database while the app runs, and restoring one.

How a copy stays consistent: DuckDB lets one process write a file *or* many read it. `backup`
attaches the live file read-only, which waits (with backoff) for any writer's short session to end
and then keeps writers out until the copy is done, so the copy is one snapshot: every call is in
it whole or not at all, and no call is half-written. App pages keep reading meanwhile; an ingest
waits for the copy (up to its lock timeout, 30 s by default) and carries on.

Two formats:

* "duckdb" (default): `COPY FROM DATABASE` into a new DuckDB file. Everything comes along exactly:
  tables, sequences (so new note and audit ids continue where they were), the schema version, the
  full-text index. Restoring it is a verified file swap. It needs the same or a newer DuckDB.
* "parquet": `EXPORT DATABASE … (FORMAT parquet)`, a folder with one Parquet file per table plus
  schema.sql/load.sql. Readable by any tool and by future DuckDB versions: the archival choice.
  The full-text index is left out (DuckDB cannot import its macros) and rebuilt on restore.

Both are written under a temporary name beside the destination and renamed into place, so a
crash never leaves something that looks like a finished backup. `restore` builds the new database
under a temporary name too, applies any migrations the backup predates, rebuilds the search
index, and only then swaps it in; an existing database is refused unless `force=True`, and even
then is kept beside it as `<name>.pre-restore-<time>` rather than deleted.

Backups hold password hashes, the audit trail and (redacted) transcripts: keep them as carefully
as the database itself. They do not hold audio: originals stay where the customer keeps them, and
the redacted copies (data/redacted/ by default) are backed up as files or re-made by an ingest.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pipeline.store.db import LOCK_TIMEOUT_S, extension_directory, open_database, wait_for_lock

FORMATS = ("duckdb", "parquet")
MANIFEST = "earshot-backup.json"
_FTS_SCHEMA = "fts_main_utterances"


def _literal(value: str | Path) -> str:
    """A SQL string literal. ATTACH/EXPORT/IMPORT take no bound parameters, so paths are quoted here."""
    return "'" + str(value).replace("'", "''") + "'"


def _memory_connection() -> duckdb.DuckDBPyConnection:
    config: dict[str, Any] = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    ext_dir = extension_directory()
    if ext_dir:
        config["extension_directory"] = ext_dir
    return duckdb.connect(":memory:", config=config)


def _attach_read_only(conn: duckdb.DuckDBPyConnection, path: Path, alias: str, timeout_s: float) -> None:
    """ATTACH a database file read-only, waiting with jittered backoff while a writer holds it."""
    wait_for_lock(lambda: conn.execute(f"ATTACH {_literal(path)} AS {alias} (READ_ONLY)"), path, timeout_s)


def _schema_version(conn: duckdb.DuckDBPyConnection, alias: str) -> int:
    row = conn.execute(f"SELECT coalesce(max(version), 0) FROM {alias}.schema_migrations").fetchone()
    return int(row[0]) if row else 0


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def backup(
    db_path: str | Path,
    dest: str | Path,
    *,
    format: str = "duckdb",  # the CLI's word for it
    overwrite: bool = False,
    timeout_s: float = LOCK_TIMEOUT_S,
) -> Path:
    """Write a consistent copy of the database at `db_path` to `dest`; returns the path written.

    format "duckdb": `dest` is the new file (an existing folder gets `earshot-<UTC time>.duckdb`
    inside it). format "parquet": `dest` is a new folder. An existing destination is refused
    unless `overwrite`.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    source = Path(db_path)
    if not source.exists():
        raise FileNotFoundError(f"no database at {source}")
    dest = Path(dest)
    if format == "duckdb" and dest.is_dir():
        dest = dest / f"earshot-{_stamp()}.duckdb"
    if dest.exists() and not overwrite:
        raise FileExistsError(f"{dest} already exists (pass overwrite / --force to replace it)")
    if dest.resolve() == source.resolve():
        raise ValueError("the backup cannot be the database itself")
    dest.parent.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix=".earshot-backup-", dir=dest.parent))
    try:
        copy = work / "copy.duckdb"
        conn = _memory_connection()
        try:
            _attach_read_only(conn, source, "live", timeout_s)
            conn.execute(f"ATTACH {_literal(copy)} AS snapshot")
            conn.execute("COPY FROM DATABASE live TO snapshot")
            version = _schema_version(conn, "snapshot")
            conn.execute("DETACH live")  # the live file is free again from here on
            if format == "parquet":
                conn.execute(f"DROP SCHEMA IF EXISTS snapshot.{_FTS_SCHEMA} CASCADE")
                export = work / "export"
                conn.execute(f"EXPORT DATABASE snapshot TO {_literal(export)} (FORMAT parquet)")
            conn.execute("DETACH snapshot")
        finally:
            conn.close()
        if format == "parquet":
            manifest = {
                "format": "parquet",
                "schema_version": version,
                "created_at": datetime.now(UTC).isoformat(),
                "duckdb_version": duckdb.__version__,
                "source": source.name,
            }
            (export / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
            produced = export
        else:
            produced = copy
        _replace(produced, dest, overwrite)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


def _replace(produced: Path, dest: Path, overwrite: bool) -> None:
    if dest.exists() and overwrite:
        if dest.is_dir():
            shutil.rmtree(dest)
        else:
            dest.unlink()
    os.replace(produced, dest)


def backup_format(src: str | Path) -> str:
    """ "parquet" for an exported folder, "duckdb" for a database file; ValueError otherwise."""
    src = Path(src)
    if src.is_dir():
        if (src / "load.sql").exists() and (src / "schema.sql").exists():
            return "parquet"
        raise ValueError(f"{src} is a folder but not a Parquet backup (no schema.sql/load.sql)")
    if src.is_file():
        with open(src, "rb") as handle:
            header = handle.read(16)
        if header[8:12] == b"DUCK":
            return "duckdb"
        raise ValueError(f"{src} is not a DuckDB database file")
    raise FileNotFoundError(f"no backup at {src}")


def restore(
    src: str | Path,
    db_path: str | Path,
    *,
    force: bool = False,
    actor: str | None = None,
    timeout_s: float = LOCK_TIMEOUT_S,
) -> Path | None:
    """Bring a backup back as the database at `db_path`.

    Refuses when a database is already there unless `force`; then the old file is moved aside to
    `<name>.pre-restore-<UTC time>` (returned) rather than deleted. Stop any ingest first: a
    writer that opens the old file in the instant of the swap would write to the old copy.
    """
    from pipeline.store import audit
    from pipeline.store.calls import rebuild_search_index

    src = Path(src)
    target = Path(db_path)
    kind = backup_format(src)
    wal = target.with_name(target.name + ".wal")
    if (target.exists() or wal.exists()) and not force:
        raise FileExistsError(f"a database already exists at {target}; pass force (--force) to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)

    fd, tmp_name = tempfile.mkstemp(prefix=".earshot-restore-", suffix=".duckdb", dir=target.parent)
    os.close(fd)
    staged = Path(tmp_name)
    staged.unlink()  # DuckDB creates the file itself
    try:
        conn = _memory_connection()
        try:
            conn.execute(f"ATTACH {_literal(staged)} AS restored")
            if kind == "duckdb":
                _attach_read_only(conn, src, "saved", timeout_s)
                conn.execute("COPY FROM DATABASE saved TO restored")
                conn.execute("DETACH saved")
            else:
                conn.execute("USE restored")
                conn.execute(f"IMPORT DATABASE {_literal(src)}")
                conn.execute("USE memory")
            has_migrations = conn.execute(
                "SELECT count(*) FROM duckdb_tables()"
                " WHERE database_name = 'restored' AND table_name = 'schema_migrations'"
            ).fetchone()[0]
            if not has_migrations:
                raise ValueError(f"{src} is not an Earshot backup (no schema_migrations table)")
            conn.execute("DETACH restored")
        finally:
            conn.close()
        # Upgrade a backup made by an older Earshot, rebuild the search index, record the restore.
        db = open_database(staged, migrate=True)
        try:
            rebuild_search_index(db)
            audit.log(db, actor or "system", "restore", detail={"source": str(src), "format": kind})
            db.execute("CHECKPOINT")
        finally:
            db.close()
        kept = _swap_in(staged, target, timeout_s)
    except BaseException:
        staged.unlink(missing_ok=True)
        staged.with_name(staged.name + ".wal").unlink(missing_ok=True)
        raise
    return kept


def _swap_in(staged: Path, target: Path, timeout_s: float) -> Path | None:
    """Move the old database aside and the restored one into its place."""
    kept = None
    wal = target.with_name(target.name + ".wal")
    if target.exists():
        # Wait for other processes' sessions on the old file to end, and fold its WAL into it.
        old = open_database(target, migrate=False, timeout_s=timeout_s)
        try:
            old.execute("CHECKPOINT")
        finally:
            old.close()
        kept = target.with_name(f"{target.name}.pre-restore-{_stamp()}")
        os.replace(target, kept)
    if wal.exists():
        # A write-ahead log left by a crashed writer belongs to the old file; never replay it on the new one.
        os.replace(wal, (kept or target).with_name((kept or target).name + ".orphan-wal"))
    os.replace(staged, target)
    return kept
