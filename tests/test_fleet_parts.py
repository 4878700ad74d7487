"""The parts of a cluster ingest that need no cluster: batched writes, the batch hash lookup, the result
spool, the mount check, and joining the base model once when several workers start together."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.ingest.options import IngestOptions
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Utterance
from pipeline.store.calls import save_calls, stored_hashes
from pipeline.store.db import in_memory

ROOT = Path(__file__).resolve().parents[1]


def record(call_id: str, content_hash: str, text: str | None = "Thanks for calling.") -> CallRecord:
    return CallRecord(
        CallMeta(call_id, agent_id="A-1"),
        content_hash,
        f"/calls/{call_id}.json",
        "json",
        3.0,
        0,
        False,
        [Utterance("agent", 0.0, 3.0, text)],  # type: ignore[arg-type]
        analysis=CallAnalysis(score=0.5, rules_version="test"),
    )


def test_a_batch_is_stored_whole_or_not_at_all() -> None:
    db = in_memory()
    save_calls(db, [record("C-1", "aa"), record("C-2", "bb")], run_id="r1")
    assert db.scalar("SELECT count(*) FROM calls WHERE status = 'ready'") == 2
    assert db.scalar("SELECT count(*) FROM analysis") == 2
    # The second call of this batch cannot be stored (an utterance without text): neither is.
    with pytest.raises(duckdb.Error):
        save_calls(db, [record("C-3", "cc"), record("C-4", "dd", text=None)], run_id="r2")
    assert sorted(r[0] for r in db.execute("SELECT call_id FROM calls").fetchall()) == ["C-1", "C-2"]
    assert db.scalar("SELECT count(*) FROM utterances WHERE call_id = 'C-3'") == 0


def test_the_hash_lookup_answers_for_the_asked_hashes_of_stored_calls_only() -> None:
    db = in_memory()
    save_calls(db, [record("C-1", "aa"), record("C-2", "bb")])
    db.execute("INSERT INTO calls (call_id, content_hash, status) VALUES ('C-3', 'cc', 'pending')")
    assert stored_hashes(db, ["aa", "cc", "zz"]) == {"aa": "C-1"}
    assert stored_hashes(db, []) == {}


def test_the_spool_keeps_whole_records_under_their_options_only(tmp_path: Path) -> None:
    from pipeline.ingest.spool import ResultSpool, options_fingerprint

    options = IngestOptions(model="tiny.en")
    spool = ResultSpool(tmp_path / "db.duckdb.spool", options_fingerprint(options))
    kept = record("C-1", "ab12")
    spool.put(kept)
    assert spool.get("ab12") == kept and spool.hashes() == ["ab12"]
    assert (tmp_path / "db.duckdb.spool").stat().st_mode & 0o077 == 0, "the spool must be private"
    assert not list((tmp_path / "db.duckdb.spool").glob(".tmp-*")), "no temporary file is left"
    # Other transcription options, or other rules, never take this run's results.
    other = ResultSpool(spool.folder, options_fingerprint(options.with_(beam_size=5)))
    assert other.get("ab12") is None
    assert options_fingerprint(options.with_(workers=3, cpu_threads=2)) == spool.fingerprint
    # A damaged entry is dropped (the call is transcribed again), never trusted.
    path = spool.folder / f"ab12-{spool.fingerprint}.call"
    path.write_bytes(path.read_bytes()[:20])
    assert spool.get("ab12") is None and not path.exists()
    with pytest.raises(ValueError):
        spool.put(record("C-2", "../escape"))


def test_a_node_that_cannot_see_the_recording_is_told_apart_from_a_bad_recording(tmp_path: Path) -> None:
    from pipeline.ingest.cluster import MountMissing, run_on_node
    from pipeline.ingest.worker import IngestJob, WorkerResources

    job = IngestJob(tmp_path / "elsewhere" / "call.wav", CallMeta("C-9"), "ff")
    outcome = run_on_node(job, WorkerResources(IngestOptions()), "10.0.0.7/abcd")
    assert outcome.result == MountMissing(str(job.path), "10.0.0.7/abcd")


JOIN = """
import sys
from pipeline.ingest import models
joined = models._join_base_model
def counting(target):
    print("joined", flush=True)
    return joined(target)
models._join_base_model = counting
folder = models.bundled_base_model()
print((folder / "model.bin").stat().st_ino)
"""


def test_workers_starting_together_on_a_fresh_node_join_the_base_model_once(tmp_path: Path) -> None:
    env = {**os.environ, "EARSHOT_CACHE": str(tmp_path / "cache")}
    procs = [
        subprocess.Popen([sys.executable, "-c", JOIN], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(out.count("joined") for out in outputs) == 1
    assert len({out[-1] for out in outputs}) == 1, "a later worker replaced the model another was loading"
    left = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert left == [".faster-whisper-base.lock", "faster-whisper-base"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ray-workers", "3"], "--ray-workers only apply with --ray"),
        (["--ray", "auto", "--workers", "2"], "with --ray, size the workers with --ray-workers"),
        (["--ray", "auto", "--ray-cpus-per-worker", "0"], "--ray-cpus-per-worker must be above 0"),
    ],
)
def test_cluster_options_that_cannot_work_are_refused_before_anything_runs(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli import main

    db = tmp_path / "earshot.duckdb"
    assert main(["ingest", str(tmp_path), "--db", str(db), *args]) == 2
    assert message in capsys.readouterr().err
    assert not db.exists()
