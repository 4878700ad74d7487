"""Ingest end to end, as a user runs it: real sample audio through the real (tiny.en) model via the CLI."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from pipeline.records import LOW_SPEAKER_CONFIDENCE
from pipeline.store.db import DatabaseBusy, session
from pipeline.store.queries import list_calls
from tests.ingest_fixtures import ROOT, SAMPLES, run_cli, tone, write_audio, write_long_silence

pytestmark = pytest.mark.slow
MODEL = "tiny.en"


def manifest_rows() -> list[dict[str, str]]:
    with (SAMPLES / "calls.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


def shortest_sample_rows(count: int) -> list[dict[str, str]]:
    rows = manifest_rows()
    truths = {r["call_id"]: json.loads((SAMPLES / "truth" / f"{r['call_id']}.json").read_text()) for r in rows}
    return sorted(rows, key=lambda r: truths[r["call_id"]]["duration_s"])[:count]


def truth(call_id: str) -> dict:
    return json.loads((SAMPLES / "truth" / f"{call_id}.json").read_text())


def copy_samples(rows: list[dict[str, str]], folder: Path) -> Path:
    """A folder with these sample calls and a calls.csv naming just them (as a call system export would)."""
    folder.mkdir(parents=True, exist_ok=True)
    for row in rows:
        (folder / row["file"]).parent.mkdir(parents=True, exist_ok=True)
        (folder / row["file"]).write_bytes((SAMPLES / row["file"]).read_bytes())
    with (folder / "calls.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def snapshot(db_path: Path) -> dict:
    with session(db_path, read_only=True) as db:
        return {
            "calls": db.query(
                "SELECT call_id, content_hash, agent_id, team, customer_id, started_at, duration_s FROM calls"
                " WHERE status = 'ready' ORDER BY call_id"
            ),
            "utterances": db.query(
                "SELECT call_id, idx, speaker, start_s, end_s, text FROM utterances ORDER BY call_id, idx"
            ),
            "analysis": db.query("SELECT call_id, score FROM analysis ORDER BY call_id"),
        }


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> tuple[Path, Path, list[dict[str, str]], subprocess.CompletedProcess]:
    """Three short sample calls ingested once through the CLI."""
    rows = shortest_sample_rows(3)
    folder = copy_samples(rows, tmp_path_factory.mktemp("calls") / "export")
    db = tmp_path_factory.mktemp("db") / "earshot.duckdb"
    result = run_cli("ingest", str(folder), "--model", MODEL, db=db)
    return db, folder, rows, result


def test_ingest_then_show_gives_metadata_and_timed_utterances(ingested) -> None:
    db, _folder, rows, result = ingested
    assert result.returncode == 0, result.stderr + result.stdout
    assert "3 ingested" in result.stdout and "0 failed" in result.stdout
    assert "real time" in result.stderr  # progress lines

    row = rows[0]
    shown = run_cli("show", row["call_id"], "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    call = json.loads(shown.stdout)
    for key in ("call_id", "agent_id", "customer_id", "team", "queue"):
        assert call[key] == (row[key] or None)
    assert call["started_at"].startswith(row["started_at"][:16])
    expected = truth(row["call_id"])
    assert abs(call["duration_s"] - expected["duration_s"]) < 0.5
    assert call["extra"].get("crm_ticket") == (row.get("crm_ticket") or None) or not row.get("crm_ticket")

    # Each spoken line in the ground truth is found in the transcript, by the right speaker, at the right time.
    matched = 0
    for line in expected["utterances"]:
        overlapping = [
            u
            for u in call["utterances"]
            if u["speaker"] == line["speaker"] and u["start"] < line["end"] and u["end"] > line["start"]
        ]
        if not overlapping:
            continue
        matched += 1
        assert min(abs(u["start"] - line["start"]) for u in overlapping) < 0.6 or len(overlapping) > 1
    assert matched >= 0.8 * len(expected["utterances"])
    starts = [u["start"] for u in call["utterances"]]
    assert starts == sorted(starts)
    assert {u["speaker"] for u in call["utterances"]} <= {"agent", "customer"}


def test_list_prints_every_stored_call(ingested) -> None:
    db, _folder, rows, _ = ingested
    listed = run_cli("list", "--json", db=db)
    assert listed.returncode == 0
    assert sorted(c["call_id"] for c in json.loads(listed.stdout)) == sorted(r["call_id"] for r in rows)
    plain = run_cli("list", db=db)
    assert len(plain.stdout.strip().splitlines()) == len(rows)


def test_ingesting_the_same_folder_again_stores_nothing_twice(ingested) -> None:
    db, folder, rows, _ = ingested
    before = snapshot(db)
    again = run_cli("ingest", str(folder), "--model", MODEL, db=db)
    assert again.returncode == 0, again.stderr
    assert "0 ingested" in again.stdout and f"{len(rows)} skipped" in again.stdout
    assert snapshot(db) == before


def test_a_changed_manifest_row_updates_metadata_without_transcribing(ingested, tmp_path: Path) -> None:
    db, folder, rows, _ = ingested
    before = snapshot(db)
    changed = [dict(r) for r in rows]
    changed[0]["team"] = "Escalations"
    changed[0]["agent_name"] = "Renamed Agent"
    edited = copy_samples(changed, tmp_path / "edited")
    result = run_cli("ingest", str(edited), "--model", MODEL, db=db)
    assert result.returncode == 0, result.stderr
    assert "0 ingested, 1 metadata updated" in result.stdout
    after = snapshot(db)
    assert after["utterances"] == before["utterances"]
    call = json.loads(run_cli("show", changed[0]["call_id"], "--json", db=db).stdout)
    assert call["team"] == "Escalations" and call["agent_name"] == "Renamed Agent"
    # Put it back for the other tests.
    run_cli("ingest", str(folder), "--model", MODEL, db=db)


def make_bad_inputs(folder: Path, good_sample: dict[str, str]) -> dict[str, str]:
    """A folder of everything that goes wrong in real exports; returns file -> expected message fragment."""
    folder.mkdir(parents=True)
    (folder / "empty.wav").write_bytes(b"")
    (folder / "notes.wav").write_text("this is a text file, not audio\n" * 20)
    (folder / "corrupt.mp3").write_bytes(b"ID3" + os.urandom(4000))
    write_audio(folder / "silent.flac", [np.zeros(8000 * 10, np.float32)] * 2)
    # Three hours of near-silence compresses to almost nothing, but its header says 3 h.
    write_long_silence(folder / "three_hours.flac", 3 * 3600)
    whole = folder / "whole.wav"
    write_audio(whole, [tone(30), tone(30, freq=330)])
    data = whole.read_bytes()
    (folder / "truncated.wav").write_bytes(data[: len(data) // 3])
    whole.unlink()
    (folder / "good.ogg").write_bytes((SAMPLES / good_sample["file"]).read_bytes())
    (folder / "calls.csv").write_text(
        "call_id,file,agent_id,team,customer_id,started_at\n"
        "BAD-EMPTY,empty.wav,A1,Billing,C1,2026-11-03T10:00:00\n"
        "BAD-TEXT,notes.wav,A1,Billing,C1,2026-11-03T10:00:00\n"
        "BAD-CORRUPT,corrupt.mp3,A1,Billing,C1,2026-11-03T10:00:00\n"
        "BAD-SILENT,silent.flac,A1,Billing,C1,2026-11-03T10:00:00\n"
        "BAD-LONG,three_hours.flac,A1,Billing,C1,2026-11-03T10:00:00\n"
        "BAD-TRUNC,truncated.wav,A1,Billing,C1,2026-11-03T10:00:00\n"
        "BAD-MISSING,not_there.wav,A1,Billing,C1,2026-11-03T10:00:00\n"
        "DUP,good.ogg,A1,Billing,C1,2026-11-03T10:00:00\n"
        "DUP,silent.flac,A2,Billing,C1,2026-11-03T11:00:00\n"
        "BAD-DATE,good.ogg,A1,Billing,C1,last tuesday\n"
    )
    return {
        "BAD-EMPTY": "empty file",
        "BAD-TEXT": "not a readable audio file",
        "BAD-CORRUPT": "not a readable audio file",
        "BAD-LONG": "3h00m long",
        "BAD-MISSING": "does not exist",
        "DUP": "duplicate call_id",
    }


def test_bad_inputs_get_clear_messages_and_stored_calls_do_not_change(ingested, tmp_path: Path) -> None:
    db, _folder, rows, _ = ingested
    before = snapshot(db)
    expected = make_bad_inputs(tmp_path / "bad", rows[0])
    result = run_cli("ingest", str(tmp_path / "bad"), "--model", MODEL, "--max-duration-min", "120", db=db)
    assert result.returncode == 1, "a run with failures must exit non-zero"
    out = result.stdout
    failed_section = out.split("Failed:", 1)[1]
    for call_id, fragment in expected.items():
        lines = [line for line in failed_section.splitlines() if call_id in line or fragment in line]
        assert any(fragment in line for line in lines), f"{call_id}: expected {fragment!r} in\n{out}"
    # The silent and truncated files are stored, with a warning a supervisor can read.
    assert "BAD-SILENT: the agent channel is silent" in out or "BAD-SILENT: no speech detected" in out
    assert "truncated: decoded" in out
    # The bad date does not block the call; the good file is already stored under its own id, so it is not re-stored.
    assert "last tuesday" in out
    after = snapshot(db)
    assert [c for c in after["calls"] if c["call_id"] in {r["call_id"] for r in rows}] == before["calls"]
    assert [u for u in after["utterances"] if u["call_id"] in {r["call_id"] for r in rows}] == before["utterances"]
    with session(db, read_only=True) as conn:
        errors = conn.query("SELECT call_id, error FROM ingest_errors WHERE error LIKE '%empty file%'")
        assert errors and errors[0]["call_id"] == "BAD-EMPTY"
        failed = conn.query("SELECT status, error FROM calls WHERE call_id = 'BAD-TEXT'")
        assert failed == [] or failed[0]["status"] == "failed"


def test_mono_recordings_are_marked_with_estimated_speakers(tmp_path: Path) -> None:
    from faster_whisper.audio import decode_audio

    row = shortest_sample_rows(1)[0]
    left, right = decode_audio(str(SAMPLES / row["file"]), sampling_rate=16000, split_stereo=True)
    mono = tmp_path / "mono_call.wav"
    write_audio(mono, [(left + right) / 2], rate=16000)
    db = tmp_path / "mono.duckdb"
    result = run_cli("ingest", str(mono), "--model", MODEL, db=db)
    assert result.returncode == 0, result.stdout + result.stderr
    call = json.loads(run_cli("show", "mono_call", "--json", db=db).stdout)
    assert call["speakers_estimated"] is True and call["channels"] == 1
    speakers = {u["speaker"] for u in call["utterances"]}
    assert speakers == {"agent", "customer"}
    assert call["agent_id"] is None and call["customer_id"] is None
    assert 0.0 <= call["speaker_confidence"] <= 1.0
    assert call["speaker_roles_uncertain"] == (call["speaker_confidence"] < LOW_SPEAKER_CONFIDENCE)


def test_a_mono_mix_saved_as_stereo_is_transcribed_once(tmp_path: Path) -> None:
    """Call systems often write one mix into both channels: each line must appear once, not once per side."""
    from faster_whisper.audio import decode_audio

    row = shortest_sample_rows(1)[0]
    left, right = decode_audio(str(SAMPLES / row["file"]), sampling_rate=16000, split_stereo=True)
    mix = (left + right) / 2
    both = tmp_path / "same_mix.wav"
    write_audio(both, [mix, mix * 0.8], rate=16000)
    db = tmp_path / "same.duckdb"
    result = run_cli("ingest", str(both), "--model", MODEL, db=db)
    assert result.returncode == 0, result.stdout + result.stderr
    call = json.loads(run_cli("show", "same_mix", "--json", db=db).stdout)
    assert call["channels"] == 2 and call["speakers_estimated"] is True
    assert any("same mix" in w for w in call["warnings"])
    texts = [u["text"] for u in call["utterances"]]
    assert len(texts) == len(set(texts))  # no line twice
    assert {u["speaker"] for u in call["utterances"]} == {"agent", "customer"}


def test_transcripts_import_without_audio(tmp_path: Path) -> None:
    listed, loose = tmp_path / "platform_export", tmp_path / "loose"
    listed.mkdir()
    loose.mkdir()
    (listed / "t1.vtt").write_text(
        "WEBVTT\n\n00:00:00.500 --> 00:00:03.000\n<v Agent>Thanks for calling, this is Dana.\n\n"
        "00:00:03.500 --> 00:00:08.000\n<v Customer>I have called three times about my refund.\n"
    )
    (listed / "calls.csv").write_text("call_id,file,agent_id,customer_id,team\nT-1,t1.vtt,A5,C77,Billing\n")
    (loose / "t2.json").write_text(
        json.dumps(
            {
                "utterances": [
                    {"speaker": "agent", "start": 0, "end": 2, "text": "Hello, you're through to billing."},
                    {"speaker": "customer", "start": 2.5, "end": 5, "text": "My card was charged twice."},
                ]
            }
        )
    )
    (loose / "broken.json").write_text('{"utterances": [{"speaker": "agent"}]}')
    db = tmp_path / "t.duckdb"
    result = run_cli("ingest", str(listed), str(loose), db=db)  # no model is loaded for transcripts
    assert result.returncode == 1
    assert "2 ingested" in result.stdout and "broken.json" in result.stdout
    assert '"text" must be a string' in result.stdout
    t1 = json.loads(run_cli("show", "T-1", "--json", db=db).stdout)
    assert t1["agent_id"] == "A5" and t1["customer_id"] == "C77"
    timed = [(u["speaker"], u["start"], u["end"]) for u in t1["utterances"]]
    assert timed == [("agent", 0.5, 3.0), ("customer", 3.5, 8.0)]
    t2 = json.loads(run_cli("show", "t2", "--json", db=db).stdout)
    assert t2["utterances"][1]["text"] == "My card was charged twice."
    with session(db) as conn:  # the ingest answered the QA form on each new call
        greeting = conn.query(
            "SELECT call_id, answer FROM qa_answers WHERE criterion = 'greeting' ORDER BY call_id"
        )
    assert greeting == [{"call_id": "T-1", "answer": "met"}, {"call_id": "t2", "answer": "met"}]


def _start_ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "ingest", str(folder), "--model", MODEL, "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so the test can kill the ingest and its workers together
    )


def _ready_count(db: Path) -> int | None:
    try:
        with session(db, read_only=True, timeout_s=5) as conn:
            return conn.scalar("SELECT count(*) FROM calls WHERE status = 'ready'")
    except (FileNotFoundError, DatabaseBusy):
        return None


def _check_whole(db: Path) -> int:
    """The database opens and every stored call is whole: transcript and analysis, never half of one."""
    with session(db, read_only=True) as conn:
        ready = [r["call_id"] for r in conn.query("SELECT call_id FROM calls WHERE status = 'ready'")]
        for call_id in ready:
            assert conn.scalar("SELECT count(*) FROM utterances WHERE call_id = ?", [call_id]) > 0
            assert conn.scalar("SELECT count(*) FROM analysis WHERE call_id = ?", [call_id]) == 1
        orphans = conn.scalar(
            "SELECT count(*) FROM utterances u WHERE NOT EXISTS"
            " (SELECT 1 FROM calls c WHERE c.call_id = u.call_id AND c.status = 'ready')"
        )
        assert orphans == 0
    return len(ready)


def test_ingest_killed_at_random_points_loses_nothing_and_resumes(tmp_path: Path) -> None:
    import random

    rows = shortest_sample_rows(4)
    folder = copy_samples(rows, tmp_path / "export")
    db = tmp_path / "kill.duckdb"
    chance = random.Random(20261124)
    stored_after_kill = []
    for _ in range(3):
        proc = _start_ingest(folder, db)
        # Anywhere from start-up (model loading, pending rows) to the middle of a write.
        time.sleep(chance.uniform(0.5, 6.0))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if db.exists():
            stored_after_kill.append(_check_whole(db))
    assert stored_after_kill == sorted(stored_after_kill), "a kill must never lose a stored call"
    resumed = run_cli("ingest", str(folder), "--model", MODEL, db=db)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    already = stored_after_kill[-1] if stored_after_kill else 0
    assert f"{len(rows) - already} ingested" in resumed.stdout and f"{already} skipped" in resumed.stdout
    assert _check_whole(db) == len(rows)
    with session(db, read_only=True) as conn:
        assert conn.scalar("SELECT count(*) FROM calls WHERE status <> 'ready'") == 0


def test_the_app_and_another_reader_keep_working_while_an_ingest_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a real ingest process stores calls, a supervisor browses the worst-calls page in the app and
    another process reads the database: both get in, and the calls appear one by one."""
    from streamlit.testing.v1 import AppTest

    from pages import shared
    from pipeline.trust import accounts as users

    db = tmp_path / "shared.duckdb"
    with session(db) as conn:
        users.add_user(conn, "sup", "a long enough password", "supervisor")
    monkeypatch.setenv("EARSHOT_DB", str(db))
    proc = _start_ingest(copy_samples(shortest_sample_rows(3), tmp_path / "export"), db)
    renders, shown, seen_counts = 0, set(), []
    try:
        while proc.poll() is None:
            with session(db, read_only=True, timeout_s=10) as conn:
                seen_counts.append(sum(c["status"] == "ready" for c in list_calls(conn)))
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.session_state[shared.USER_KEY] = {"username": "sup", "role": "supervisor", "agent_id": None}
            at.run()
            assert not at.exception, [e.value for e in at.exception]
            renders += 1
            shown.add(" ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption))
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0, out + err
    assert renders >= 3, "the app could not render while the ingest ran"
    assert len(shown) >= 2, "the page never showed the ingest's progress"
    # The reader saw calls appear one by one while the ingest was still running.
    assert len(set(seen_counts)) >= 2 and seen_counts == sorted(seen_counts)
