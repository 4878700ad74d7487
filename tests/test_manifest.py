"""calls.csv parsing: good rows, kept unknown columns, and every kind of bad row named clearly."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.manifest import ManifestError, parse_manifest_text, read_manifest

HEADER = "call_id,file,agent_id,agent_name,team,customer_id,started_at,queue"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("a.wav", "b.wav", "c.wav"):
        (tmp_path / name).write_bytes(b"RIFF")
    return tmp_path


def manifest(folder: Path, text: str):
    path = folder / "calls.csv"
    path.write_text(text)
    return read_manifest(path)


def test_rows_become_call_metadata_with_unknown_columns_kept(folder: Path) -> None:
    m = manifest(
        folder,
        HEADER + ",agent_channel,parent_call_id,crm_ticket\n"
        "C1,a.wav,A7,Ann Lee,Billing,CU-9,2026-11-02T09:14:00,refunds,right,,T-1\n"
        "C2,b.wav,A8,Bo,Tech,CU-9,2026-11-02 10:00:00,tech,,C1,\n",
    )
    assert not m.problems
    first, second = m.entries
    assert first.meta.call_id == "C1" and first.meta.agent_name == "Ann Lee" and first.meta.team == "Billing"
    assert first.meta.started_at == datetime(2026, 11, 2, 9, 14)
    assert first.meta.agent_channel == "right"
    assert first.meta.extra == {"crm_ticket": "T-1"}
    assert first.path == (folder / "a.wav").resolve()
    assert second.meta.parent_call_id == "C1" and second.meta.agent_channel == "left"


def test_missing_required_column_is_refused_with_the_column_named(folder: Path) -> None:
    with pytest.raises(ManifestError, match=r"missing required column.*file"):
        manifest(folder, "call_id,agent_id\nC1,A1\n")


def test_empty_and_binary_manifests_are_refused(folder: Path) -> None:
    with pytest.raises(ManifestError, match="empty"):
        manifest(folder, "")
    path = folder / "calls.csv"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ManifestError, match="NUL"):
        read_manifest(path)


def test_bad_rows_are_reported_by_line_and_good_rows_still_used(folder: Path) -> None:
    m = manifest(
        folder,
        HEADER + ",agent_channel\n"
        "C1,a.wav,A1,,,,2026-11-02T09:00:00,,left\n"
        ",b.wav,A1,,,,,,\n"  # no call id
        "C3,missing.wav,A1,,,,,,\n"  # file absent
        "C4,c.wav,A1,,,,yesterday,,\n"  # bad date: kept, with a warning
        "C5,b.wav,A1,,,,,,middle\n",  # bad channel
    )
    assert [e.meta.call_id for e in m.entries] == ["C1", "C4"]
    messages = {p.row: (p.message, p.fatal) for p in m.problems}
    assert messages[3] == ("call_id is empty", True)
    assert "missing.wav" in messages[4][0] and "does not exist" in messages[4][0]
    assert "not an ISO 8601" in messages[5][0] and messages[5][1] is False
    assert "left or right" in messages[6][0]
    assert m.entries[1].meta.started_at is None


def test_duplicate_call_ids_with_different_rows_are_all_refused(folder: Path) -> None:
    m = manifest(folder, HEADER + "\nC1,a.wav,A1,,,,,\nC1,b.wav,A2,,,,,\nC2,c.wav,A1,,,,,\n")
    assert [e.meta.call_id for e in m.entries] == ["C2"]
    assert all("duplicate call_id 'C1'" in p.message for p in m.problems)
    assert sorted(p.row for p in m.problems) == [2, 3]


def test_identical_repeated_rows_collapse_to_one(folder: Path) -> None:
    m = manifest(folder, HEADER + "\nC1,a.wav,A1,,,,,\nC1,a.wav,A1,,,,,\n")
    assert [e.meta.call_id for e in m.entries] == ["C1"] and not m.problems


def test_one_file_named_by_two_calls_is_refused(folder: Path) -> None:
    m = manifest(folder, HEADER + "\nC1,a.wav,A1,,,,,\nC2,a.wav,A1,,,,,\n")
    assert not m.entries
    assert all("named by several calls" in p.message for p in m.problems)


def test_semicolon_exports_and_a_bom_are_read(folder: Path) -> None:
    m = manifest(folder, "\ufeff" + HEADER.replace(",", ";") + "\nC1;a.wav;A1;;;;;\n")
    assert [e.meta.call_id for e in m.entries] == ["C1"]


def test_a_nul_byte_in_a_file_name_is_a_problem_not_a_crash(folder: Path) -> None:
    # found by Hypothesis: text handed over directly (not read from a file) reached os calls with a NUL
    m = parse_manifest_text(HEADER + "\nC1,a\x00.wav,A1,,,,,\n", folder / "calls.csv")
    assert not m.entries and "NUL byte" in m.problems[0].message


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_parses_or_fails_with_a_manifest_error(folder: Path, text: str) -> None:
    for candidate in (text, HEADER + "\n" + text):
        try:
            m = parse_manifest_text(candidate, folder / "calls.csv")
        except ManifestError as exc:
            assert "calls.csv" in str(exc)
            continue
        for entry in m.entries:
            assert entry.meta.call_id and entry.path.is_file()
        for problem in m.problems:
            assert problem.message
