"""Which files become which calls: manifests, unlisted files, single files, and files already stored."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.runner import discover, plan
from pipeline.records import CallMeta, CallRecord
from pipeline.store.calls import save_call
from pipeline.store.db import in_memory


def make_tree(root: Path) -> Path:
    export = root / "export"
    (export / "truth").mkdir(parents=True)
    (export / "a.wav").write_bytes(b"A")
    (export / "b.ogg").write_bytes(b"B")
    (export / "truth" / "a.json").write_text("{}")
    (export / "calls.csv").write_text("call_id,file,agent_id\nCALL-A,a.wav,AG-1\n")
    loose = root / "loose"
    loose.mkdir()
    (loose / "x.mp3").write_bytes(b"X")
    (loose / "readme.txt").write_text("not a call")
    return root


def test_a_manifest_decides_its_folder_and_loose_files_get_their_name(tmp_path: Path) -> None:
    found = discover([make_tree(tmp_path)])
    assert sorted((j.meta.call_id, j.path.name) for j in found.jobs) == [("CALL-A", "a.wav"), ("x", "x.mp3")]
    assert next(j for j in found.jobs if j.meta.call_id == "CALL-A").meta.agent_id == "AG-1"
    assert any("2 file(s)" in note and "not named in its calls.csv" in note for note in found.notes)


def test_a_single_file_named_on_the_command_line_still_gets_its_manifest_row(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = discover([tmp_path / "export" / "a.wav", tmp_path / "export" / "b.ogg", tmp_path / "nope.wav"])
    assert [(j.meta.call_id, j.meta.agent_id) for j in found.jobs] == [("CALL-A", "AG-1"), ("b", None)]
    assert [f.reason for f in found.failures] == ["no such file or folder"]


def test_an_unusable_manifest_blocks_its_folder_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "a.wav").write_bytes(b"A")
    (folder / "calls.csv").write_text("id,path\n1,a.wav\n")
    found = discover([folder])
    assert not found.jobs
    assert "missing required column(s) call_id, file" in found.failures[0].reason


def test_plan_skips_stored_recordings_and_spots_metadata_changes(tmp_path: Path) -> None:
    make_tree(tmp_path)
    db = in_memory()
    jobs = discover([tmp_path / "export"]).jobs
    first = plan(db, jobs)
    assert [j.meta.call_id for j in first.to_process] == ["CALL-A"]
    job = first.to_process[0]
    save_call(db, CallRecord(job.meta, job.content_hash, str(job.path), "audio", 1.0, 2, False, []))
    again = plan(db, discover([tmp_path / "export"]).jobs)
    assert not again.to_process and [m.call_id for m in again.metadata_only] == ["CALL-A"]
    # The same recording under another id (copied file) is not stored twice.
    (tmp_path / "loose" / "copy.wav").write_bytes(b"A")
    copied = plan(db, discover([tmp_path / "loose" / "copy.wav"]).jobs)
    assert not copied.to_process and copied.skipped == ["copy"]
    assert isinstance(job.meta, CallMeta)


def test_a_file_named_by_a_refused_row_is_not_ingested_under_a_made_up_id(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for name in ("a.wav", "b.wav", "c.wav"):
        (folder / name).write_bytes(name.encode())
    (folder / "calls.csv").write_text("call_id,file,agent_channel\nC-A,a.wav,middle\nC-B,b.wav,left\nC-B,c.wav,right\n")
    found = discover([folder])
    assert found.jobs == []  # a.wav: bad channel; b.wav and c.wav: one call id on conflicting rows
    assert len(found.failures) == 3
