"""Ingest on a Ray cluster, as an operator runs it: the real CLI against a real two-node cluster on this
machine (tests/ray_fixtures.py), one CPU per node, token authentication on.

The cluster is started once for the module and stopped at its end, leaving no Ray process behind.
Every run installs tests/ray_hooks.py in the Ray workers, so a worker that imported duckdb would fail
its jobs: each test that finds its calls stored also asserts that no worker opened the database.
Orchestration tests use transcript files (no model); the comparison with the process pool uses the
two shortest sample recordings with the tiny.en model.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.store.db import DatabaseBusy, open_database, session
from pipeline.store.queries import list_calls
from tests.ingest_fixtures import ROOT
from tests.ray_fixtures import RayCluster, raylets, transcriber_actors
from tests.ray_hooks import CRASH_MARK, NOT_MOUNTED
from tests.test_ingest import copy_samples, shortest_sample_rows

pytestmark = pytest.mark.slow
MODEL = "tiny.en"
# Recordings up to 30 minutes: each worker then asks for about 1 GiB, which a 3 GiB test node holds.
AUDIO_OPTIONS = ("--model", MODEL, "--max-duration-min", "30")


@pytest.fixture(scope="module")
def cluster():
    started = RayCluster()
    try:
        yield started.start()
    finally:
        started.stop()
        assert raylets() == [], "a Ray process was left behind"


def write_transcripts(folder: Path, count: int, prefix: str = "t") -> list[str]:
    """`count` short JSON transcripts, each different (so each is its own call); returns their call ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(count):
        call_id = f"{prefix}{i:02d}"
        lines = [
            ("agent", f"Hello, you're through to billing, this is agent {call_id}."),
            ("customer", f"My card was charged twice for order {i}."),
            ("agent", "I'm sorry about that, I will put it right today."),
        ]
        utterances = [
            {"speaker": who, "start": 3.0 * n, "end": 3.0 * n + 2.5, "text": text}
            for n, (who, text) in enumerate(lines)
        ]
        (folder / f"{call_id}.json").write_text(json.dumps({"utterances": utterances}))
        ids.append(call_id)
    return ids


def ingest_cmd(folder: Path, db: Path, address: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db), "--ray", address, *extra]


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def stored_calls(db: Path) -> dict[str, int]:
    """call_id -> utterances, for every stored call; raises if any call is stored twice or half."""
    with session(db, read_only=True) as conn:
        rows = conn.query(
            "SELECT c.call_id, count(u.utt_id) AS n, count(DISTINCT u.utt_id) AS distinct_n,"
            " (SELECT count(*) FROM analysis a WHERE a.call_id = c.call_id) AS analysed"
            " FROM calls c LEFT JOIN utterances u USING (call_id) WHERE c.status = 'ready' GROUP BY c.call_id"
        )
        assert conn.scalar("SELECT count(*) - count(DISTINCT call_id) FROM calls") == 0
    for row in rows:
        assert row["n"] == row["distinct_n"] and row["n"] > 0 and row["analysed"] == 1, row
    return {r["call_id"]: r["n"] for r in rows}


def snapshot(db: Path) -> dict[str, list[dict]]:
    """Everything a call stores, without the columns that time or place a run."""
    with session(db, read_only=True) as conn:
        return {
            "calls": conn.query(
                "SELECT * EXCLUDE (transcribe_s, ingest_run_id, ingested_at, redacted_audio_path, source_path),"
                " regexp_extract(redacted_audio_path, '[^/]*$') AS audio_copy FROM calls ORDER BY call_id"
            ),
            "utterances": conn.query("SELECT * FROM utterances ORDER BY call_id, idx"),
            "redactions": conn.query("SELECT * FROM redactions ORDER BY call_id, start_s, kind"),
            "analysis": conn.query("SELECT * EXCLUDE (analyzed_at) FROM analysis ORDER BY call_id"),
            "moments": conn.query("SELECT * FROM moments ORDER BY moment_id"),
            "qa": conn.query("SELECT * EXCLUDE (evaluated_at) FROM qa_evaluations ORDER BY call_id"),
            "qa_answers": conn.query("SELECT * FROM qa_answers ORDER BY call_id, criterion"),
        }


def test_ray_stores_what_the_process_pool_stores_while_the_app_reads(cluster: RayCluster, tmp_path: Path) -> None:
    folder = copy_samples(shortest_sample_rows(2), tmp_path / "export")
    pool_db, ray_db = tmp_path / "pool" / "earshot.duckdb", tmp_path / "ray" / "earshot.duckdb"
    # The single-machine run, in a process that reports whether it ever imported Ray.
    pool = run(
        [
            sys.executable,
            "-c",
            "import sys; from pipeline.cli import main; code = main(sys.argv[1:]);"
            " print('ray imported' if 'ray' in sys.modules else 'ray never imported'); sys.exit(code)",
            "ingest",
            str(folder),
            *AUDIO_OPTIONS,
            "--db",
            str(pool_db),
        ],
        env=cluster.env(),
    )
    assert pool.returncode == 0, pool.stdout + pool.stderr
    assert "2 ingested" in pool.stdout and "ray never imported" in pool.stdout

    proc = subprocess.Popen(
        ingest_cmd(folder, ray_db, cluster.address, *AUDIO_OPTIONS),
        cwd=ROOT,
        env=cluster.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[int] = []
    try:
        while proc.poll() is None:
            try:
                with session(ray_db, read_only=True, timeout_s=10) as conn:
                    seen.append(sum(c["status"] == "ready" for c in list_calls(conn)))
            except FileNotFoundError:
                pass
            time.sleep(0.2)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out + err
    assert "2 ingested" in out and "0 failed" in out
    assert len(seen) >= 5 and seen == sorted(seen), "the reader could not read while the Ray ingest wrote"
    assert snapshot(ray_db) == snapshot(pool_db)
    copies = sorted(p.name for p in (ray_db.parent / "redacted").iterdir())
    assert copies == sorted(p.name for p in (pool_db.parent / "redacted").iterdir()) and len(copies) == 2

    again = run(ingest_cmd(folder, ray_db, cluster.address, *AUDIO_OPTIONS), env=cluster.env())
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 ingested" in again.stdout and "2 skipped" in again.stdout
    assert snapshot(ray_db) == snapshot(pool_db)


def test_a_file_that_kills_its_worker_is_one_failure(cluster: RayCluster, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    ids = write_transcripts(folder, 4)
    (folder / f"{CRASH_MARK}.json").write_text((folder / "t00.json").read_text().replace("t00", "crash"))
    db = tmp_path / "earshot.duckdb"
    result = run(ingest_cmd(folder, db, cluster.address), env=cluster.env(), timeout=90)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "4 ingested" in result.stdout and "1 failed" in result.stdout
    failed = result.stdout.split("Failed:", 1)[1]
    assert f"{CRASH_MARK}.json" in failed and "died 2 times" in failed
    assert sorted(stored_calls(db)) == ids
    with session(db, read_only=True) as conn:
        assert conn.scalar("SELECT status FROM calls WHERE call_id = ?", [CRASH_MARK]) == "failed"
    assert transcriber_actors() == []


def test_no_node_large_enough_stops_the_run_at_once(cluster: RayCluster, tmp_path: Path) -> None:
    folder = copy_samples(shortest_sample_rows(1), tmp_path / "export")
    started = time.monotonic()
    # Ten-hour recordings allowed: each worker would need more memory than a node has.
    result = run(
        ingest_cmd(folder, tmp_path / "e.duckdb", cluster.address, "--max-duration-min", "600"),
        env=cluster.env(),
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "no Ray node can hold one worker" in result.stderr and "--max-duration-min" in result.stderr
    assert time.monotonic() - started < 60


def test_a_node_without_the_recordings_mount_stops_the_run_with_a_message(cluster: RayCluster, tmp_path: Path) -> None:
    folder = tmp_path / NOT_MOUNTED
    write_transcripts(folder, 2)
    db = tmp_path / "earshot.duckdb"
    result = run(ingest_cmd(folder, db, cluster.address), env=cluster.env(), timeout=90)
    assert result.returncode == 2, result.stdout + result.stderr
    named = re.search(r"node (\S+/[0-9a-f]{8}) cannot read (\S+):", result.stderr)
    assert named and named[2].startswith(f"{folder.resolve()}{os.sep}t0"), result.stderr
    assert "a mount every Ray node reads at the same path" in result.stderr
    assert stored_calls(db) == {}
    assert transcriber_actors() == []


def spooled_calls(spool: Path) -> list[Path]:
    """Finished spool entries (a file the killed driver was still writing has a temporary name)."""
    return [p for p in spool.glob("*.call") if not p.name.startswith(".")]


def test_a_killed_driver_leaves_no_actor_and_the_rerun_transcribes_nothing_twice(
    cluster: RayCluster, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    ids = write_transcripts(folder, 10)
    db = tmp_path / "earshot.duckdb"
    spool = tmp_path / "earshot.duckdb.spool"
    proc = subprocess.Popen(
        ingest_cmd(folder, db, cluster.address),
        cwd=ROOT,
        env=cluster.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    holder = None
    try:
        # Once the run is planned, a user holds the database: finished calls can only be spooled.
        deadline = time.monotonic() + 60
        while holder is None and time.monotonic() < deadline:
            try:
                with session(db, read_only=True, timeout_s=1) as conn:
                    pending = conn.scalar("SELECT count(*) FROM calls WHERE status = 'pending'")
                if pending == len(ids):
                    holder = open_database(db)
            except (FileNotFoundError, DatabaseBusy):
                pass
            time.sleep(0.05)
        assert holder is not None, "the run never registered its calls"
        while len(spooled_calls(spool)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert transcriber_actors(), "no actor was working"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        if holder is not None:
            holder.close()
    spooled = len(spooled_calls(spool))
    killed_at = time.monotonic()
    while transcriber_actors() and time.monotonic() - killed_at < 10:
        time.sleep(0.2)
    assert transcriber_actors() == [], "an actor outlived its driver by 10 s"
    assert stored_calls(db) == {}

    rerun = run(ingest_cmd(folder, db, cluster.address), env=cluster.env())
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{len(ids)} ingested" in rerun.stdout
    assert f"{spooled} stored from the result spool without transcribing" in rerun.stdout
    transcribed = [line for line in rerun.stderr.splitlines() if "transcript imported on " in line]
    assert len(transcribed) == len(ids) - spooled
    assert stored_calls(db) == dict.fromkeys(ids, 3)
    assert list(spool.glob("*.call")) == []


def test_work_lands_on_both_nodes_and_losing_one_loses_no_call(cluster: RayCluster, tmp_path: Path) -> None:
    """Runs last: it kills the cluster's second node."""
    folder = tmp_path / "export"
    ids = write_transcripts(folder, 16)
    db = tmp_path / "earshot.duckdb"
    proc = subprocess.Popen(
        ingest_cmd(folder, db, cluster.address),
        cwd=ROOT,
        env=cluster.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    nodes: set[str] = set()
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if " on " in line and "imported on" in line:
                nodes.add(line.split("imported on ", 1)[1].split()[0])
            if len(nodes) == 2:
                cluster.kill_second_node()
                break
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(nodes) == 2, "work never landed on the second node"
    assert proc.returncode == 0, out + err
    assert f"{len(ids)} ingested" in out and "0 failed" in out
    assert stored_calls(db) == dict.fromkeys(ids, 3)
