"""Backups: a consistent copy while other processes read and write, and a full round trip back."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from pipeline.cli import trust as cli_trust
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment, Redaction, Utterance, Word
from pipeline.store import audit, queries
from pipeline.store.calls import rebuild_search_index, save_call
from pipeline.store.db import Database, open_database, session
from pipeline.trust import accounts as user_store
from pipeline.trust import auth, credentials
from pipeline.trust.backup import backup, backup_format, restore

REPO = Path(__file__).resolve().parents[1]
FORMATS = ("duckdb", "parquet")
COMPARED_TABLES = (
    "calls", "utterances", "redactions", "analysis", "moments", "notes", "qa_scores", "users", "audit_log",
    "settings", "coaching_sessions", "coaching_clips", "coaching_assignments", "follow_ups",
)  # fmt: skip


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(credentials, "password_hasher", lambda: cheap)
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)


def _record(call_id: str) -> CallRecord:
    words = [Word(" I", 0.0, 0.2), Word(" want", 0.2, 0.4), Word(" a", 0.4, 0.5), Word(" refund", 0.5, 0.9)]
    return CallRecord(
        meta=CallMeta(call_id, agent_id="A-100", customer_id="K-1", started_at=datetime(2025, 5, 1, 9, 30)),
        content_hash=f"hash-{call_id}",
        source_path=f"/archive/{call_id}.wav",
        source_kind="audio",
        duration_s=12.5,
        channels=2,
        speakers_estimated=False,
        utterances=[
            Utterance("customer", 0.0, 0.9, "I want a refund", words, loudness_db=-20.0),
            Utterance("agent", 1.0, 2.0, "my card is [CARD]", [Word(" [CARD]", 1.0, 2.0)]),
        ],
        redactions=[Redaction("CARD", "agent", 1.0, 2.0)],
        redacted_audio_path=f"/data/redacted/{call_id}.ogg",
        analysis=CallAnalysis(
            transfers=1,
            moments=[Moment("apology", "agent", 1.0, 2.0, "sorry", "apology-1", {"k": 1})],
            score=42.0,
            reasons=["blame shift"],
        ),
        warnings=["low volume"],
    )


def _populate(path: Path) -> None:
    with session(path) as db:
        for i in range(3):
            save_call(db, _record(f"C-{i}"), run_id="run-1")
        rebuild_search_index(db)
        user_store.add_user(db, "ana", "correct horse battery", "admin")
        user_store.add_user(db, "bo", "another long password", "agent", agent_id="A-100")
        for i in range(3):
            db.execute("INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?)", ["C-0", "ana", f"note {i}"])
        db.execute("INSERT INTO settings (key, value) VALUES ('allow_original_playback', 'true')")
        audit.log(db, "ana", "listen", call_id="C-0", detail={"original": False})


def _table(db: Database, table: str) -> list[tuple]:
    return db.execute(f'SELECT * FROM "{table}" ORDER BY ALL').fetchall()


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip(tmp_path: Path, fmt: str) -> None:
    live = tmp_path / "earshot.duckdb"
    _populate(live)
    written = backup(live, tmp_path / ("copy.duckdb" if fmt == "duckdb" else "copy"), format=fmt)
    assert backup_format(written) == fmt
    restored = tmp_path / "restored" / "earshot.duckdb"
    assert restore(written, restored, actor="cli:test") is None

    with session(live, read_only=True) as before, session(restored) as after:
        for table in COMPARED_TABLES:
            rows_before, rows_after = _table(before, table), _table(after, table)
            if table == "audit_log":
                assert [r for r in rows_after if r[3] == "restore"] and len(rows_after) == len(rows_before) + 1
                rows_after = [r for r in rows_after if r[3] != "restore"]
            assert rows_after == rows_before, table
        assert after.scalar("SELECT max(version) FROM schema_migrations") == before.scalar(
            "SELECT max(version) FROM schema_migrations"
        )
        # Sequences continue where they were: new notes and audit rows do not reuse ids.
        assert after.scalar("SELECT nextval('notes_seq')") == 4
        assert after.scalar("SELECT max(audit_id) FROM audit_log") > before.scalar(
            "SELECT max(audit_id) FROM audit_log"
        )
        # Users sign in with their passwords; the search index answers.
        assert auth.authenticate(after, "bo", "another long password").agent_id == "A-100"
        if after.load_fts():
            hits, how = queries.search_transcripts(after, "refund")
            assert how == "ranked" and sorted(hits["call_id"]) == ["C-0", "C-1", "C-2"]


def test_parquet_backup_is_plain_parquet_and_can_move(tmp_path: Path) -> None:
    import duckdb

    live = tmp_path / "earshot.duckdb"
    _populate(live)
    written = backup(live, tmp_path / "export", format="parquet")
    assert (written / "earshot-backup.json").exists()
    calls = duckdb.sql(f"SELECT count(*) FROM read_parquet('{written / 'calls.parquet'}')").fetchone()
    assert calls == (3,)
    moved = tmp_path / "elsewhere" / "archive"
    moved.parent.mkdir()
    written.rename(moved)
    restore(moved, tmp_path / "r.duckdb")
    with session(tmp_path / "r.duckdb", read_only=True) as db:
        assert db.scalar("SELECT count(*) FROM calls") == 3


def test_backup_and_restore_refuse_to_overwrite(tmp_path: Path) -> None:
    live = tmp_path / "earshot.duckdb"
    _populate(live)
    copy = backup(live, tmp_path / "copy.duckdb")
    with pytest.raises(FileExistsError):
        backup(live, copy)
    assert backup(live, copy, overwrite=True) == copy
    with pytest.raises(ValueError, match="itself"):
        backup(live, live, overwrite=True)
    with pytest.raises(FileExistsError, match="force"):
        restore(copy, live)
    with session(live) as db:
        audit.log(db, "ana", "note", call_id="C-1")  # a change made after the backup
    kept = restore(copy, live, force=True)
    assert kept is not None and kept.exists() and kept.name.startswith("earshot.duckdb.pre-restore-")
    with session(live, read_only=True) as db:
        assert audit.count(db, action="note") == 0
    with session(kept, read_only=True) as db:
        assert audit.count(db, action="note") == 1


def test_backup_into_a_folder_names_the_file(tmp_path: Path) -> None:
    live = tmp_path / "earshot.duckdb"
    _populate(live)
    folder = tmp_path / "backups"
    folder.mkdir()
    written = backup(live, folder)
    assert written.parent == folder and written.name.startswith("earshot-") and written.suffix == ".duckdb"


def test_restore_rejects_what_is_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValueError, match="not a DuckDB"):
        restore(junk, tmp_path / "x.duckdb")
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(ValueError, match="not a Parquet backup"):
        restore(folder, tmp_path / "x.duckdb")
    with pytest.raises(FileNotFoundError):
        restore(tmp_path / "missing", tmp_path / "x.duckdb")
    import duckdb

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(ValueError, match="not an Earshot backup"):
        restore(other, tmp_path / "x.duckdb")
    assert not (tmp_path / "x.duckdb").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".earshot-restore-")]


_WRITER = textwrap.dedent(
    """
    import sys, time
    from pipeline.store.db import session
    path, seconds = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        with session(path) as db, db.atomic():
            # One unit of work = two rows; a consistent copy never holds one without the other.
            db.execute("INSERT INTO notes (call_id, author, body) VALUES (?, 'writer', 'first')", [f"W-{i}"])
            db.execute("INSERT INTO notes (call_id, author, body) VALUES (?, 'writer', 'second')", [f"W-{i}"])
        i += 1
        if i == 1:  # the test takes its copies once there is something to copy
            open(path + ".started", "w").close()
        time.sleep(0.005)
    print(i)
    """
)
_READER = textwrap.dedent(
    """
    import sys, time
    from pipeline.store.db import session
    path, seconds = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + seconds
    reads = 0
    while time.monotonic() < deadline:
        with session(path, read_only=True) as db:
            db.scalar("SELECT count(*) FROM notes")
        reads += 1
    print(reads)
    """
)


def _spawn(script: str, path: Path, seconds: float) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(seconds)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_backups_while_another_process_writes_and_another_reads_are_consistent(tmp_path: Path) -> None:
    live = tmp_path / "earshot.duckdb"
    _populate(live)
    writer = _spawn(_WRITER, live, 4.0)
    reader = _spawn(_READER, live, 4.0)
    copies = []
    try:
        started = time.monotonic()  # a loaded machine may take seconds to start a Python process
        while not live.with_name(live.name + ".started").exists() and time.monotonic() - started < 60:
            time.sleep(0.05)
        for i in range(4):
            fmt = FORMATS[i % 2]
            copies.append(backup(live, tmp_path / f"during-{i}.{fmt}", format=fmt))
            time.sleep(0.3)
    finally:
        writer_out, writer_err = writer.communicate(timeout=120)
        reader_out, reader_err = reader.communicate(timeout=120)
    assert writer.returncode == 0, writer_err
    assert reader.returncode == 0, reader_err
    assert int(writer_out) > 0 and int(reader_out) > 0  # both kept working (and never failed) during the backups
    counts = []
    for copy in copies:
        if copy.is_dir():  # a Parquet export: check what it restores to
            restored = copy.with_suffix(".restored.duckdb")
            restore(copy, restored)
            copy = restored
        with session(copy, read_only=True) as db:
            unpaired = db.scalar(
                "SELECT count(*) FROM (SELECT call_id FROM notes WHERE author = 'writer' GROUP BY call_id"
                " HAVING count(*) <> 2)"
            )
            assert unpaired == 0
            counts.append(db.scalar("SELECT count(*) FROM notes WHERE author = 'writer'"))
    assert counts == sorted(counts) and counts[-1] > 0  # each a later snapshot of a growing table


def test_backup_waits_for_a_writer_holding_the_file(tmp_path: Path) -> None:
    live = tmp_path / "earshot.duckdb"
    _populate(live)
    hold = "import sys, time; from pipeline.store.db import open_database; db = open_database(sys.argv[1]);"
    hold += " print('held', flush=True); time.sleep(1.5); db.close()"
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(live)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    written = backup(live, tmp_path / "copy.duckdb")
    assert time.monotonic() - started > 0.5
    holder.wait(timeout=30)
    with session(written, read_only=True) as db:
        assert db.scalar("SELECT count(*) FROM calls") == 3


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli_trust.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = tmp_path / "earshot.duckdb"
    _populate(live)
    dest = tmp_path / "b.duckdb"
    assert _cli(["backup", str(dest), "--db", str(live)]) == 0
    assert _cli(["backup", str(dest), "--db", str(live)]) == cli_trust.EXIT_REFUSED
    assert _cli(["backup", str(tmp_path / "pq"), "--parquet", "--db", str(live)]) == 0
    target = tmp_path / "new.duckdb"
    assert _cli(["restore", str(tmp_path / "pq"), "--db", str(target)]) == 0
    assert _cli(["restore", str(dest), "--db", str(target)]) == cli_trust.EXIT_REFUSED
    assert _cli(["restore", str(dest), "--db", str(target), "--force"]) == 0
    out = capsys.readouterr()
    assert "kept as" in out.out and "--force" in out.err
    with session(live, read_only=True) as db:
        assert audit.count(db, action="backup") == 2
    db = open_database(target, read_only=True)
    try:
        assert db.scalar("SELECT count(*) FROM users") == 2
        assert audit.count(db, action="restore") == 1
    finally:
        db.close()
