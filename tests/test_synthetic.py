"""The synthetic call generator: marks every row, refuses real data, and draws a usable database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench import synthetic
from pipeline.records import CallMeta, CallRecord, Utterance
from pipeline.store.calls import save_call
from pipeline.store.db import open_database

N_CALLS = 500
END = date(2025, 6, 30)


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("syn") / "synthetic.duckdb"
    synthetic.generate(path, N_CALLS, end=END, days=60, seed=3, log=lambda _msg: None)
    return path


def test_every_call_is_marked_synthetic(synthetic_db):
    db = open_database(synthetic_db, read_only=True)
    try:
        assert db.scalar("SELECT count(*) FROM calls") == N_CALLS
        assert db.scalar("SELECT count(*) FROM calls WHERE NOT starts_with(call_id, 'SYN-')") == 0
        unmarked = "SELECT count(*) FROM calls WHERE json_extract(extra, '$.synthetic')::BOOLEAN IS NOT TRUE"
        assert db.scalar(unmarked) == 0
        assert db.scalar("SELECT count(*) FROM calls WHERE NOT starts_with(agent_id, 'SYN-')") == 0
        assert db.scalar("SELECT count(*) FROM coaching_sessions WHERE NOT starts_with(title, 'SYNTHETIC')") == 0
    finally:
        db.close()


def test_the_database_is_shaped_like_real_calls(synthetic_db):
    db = open_database(synthetic_db, read_only=True)
    try:
        per_call = db.query_one(
            "SELECT min(n) AS lo, max(n) AS hi FROM (SELECT count(*) AS n FROM utterances GROUP BY call_id)"
        )
        assert per_call is not None and per_call["lo"] >= 20 and per_call["hi"] <= 40
        assert db.scalar("SELECT count(*) FROM analysis") == N_CALLS
        assert db.scalar("SELECT count(DISTINCT team) FROM calls") == len(synthetic.TEAMS)
        assert db.scalar("SELECT min(started_at)::DATE FROM calls") >= date(2025, 5, 2)
        assert db.scalar("SELECT max(started_at)::DATE FROM calls") <= END
        # customers call back: some journeys have several contacts, and those are not resolved at first
        assert db.scalar("SELECT count(*) FROM analysis WHERE contact_number > 1") > 0
        assert db.scalar("SELECT sum(n_calls) FROM journeys") == N_CALLS
        assert db.scalar(
            "SELECT count(*) FROM analysis a JOIN journeys j USING (journey_id)"
            " WHERE a.contact_number < j.n_calls AND a.resolved"
        ) == 0
        # every moment points at the utterance that says it
        assert db.scalar("SELECT count(*) FROM moments") > N_CALLS
        assert db.scalar(
            "SELECT count(*) FROM moments m LEFT JOIN utterances u"
            " ON u.call_id = m.call_id AND u.start_s = m.start_s AND u.text = m.text WHERE u.call_id IS NULL"
        ) == 0
        assert db.scalar("SELECT count(DISTINCT kind) FROM moments") >= 10
        assert db.scalar("SELECT count(*) FROM qa_scores") > 0
        assert db.scalar("SELECT count(*) FROM follow_ups") > 0
        assert db.scalar("SELECT count(*) FROM coaching_clips") > 0
    finally:
        db.close()


def test_refuses_the_demo_database():
    with pytest.raises(synthetic.RefuseTarget, match="demo database"):
        synthetic.check_target(synthetic.REPO_ROOT / "data" / "earshot.duckdb", replace=True)


def test_refuses_a_database_with_real_calls(tmp_path):
    path = tmp_path / "real.duckdb"
    db = open_database(path)
    try:
        save_call(db, CallRecord(
            meta=CallMeta("C-1"), content_hash="h", source_path="c1.json", source_kind="json", duration_s=10,
            channels=2, speakers_estimated=False, utterances=[Utterance("agent", 0, 1, "hello")],
        ))
    finally:
        db.close()
    with pytest.raises(synthetic.RefuseTarget, match="not synthetic"):
        synthetic.generate(path, 10, replace=True, log=lambda _msg: None)
    db = open_database(path, read_only=True)
    try:
        assert db.scalar("SELECT count(*) FROM calls") == 1  # untouched
    finally:
        db.close()


def test_an_existing_synthetic_file_needs_replace(synthetic_db, tmp_path):
    with pytest.raises(synthetic.RefuseTarget, match="--replace"):
        synthetic.check_target(synthetic_db, replace=False)
    copy = tmp_path / "again.duckdb"
    synthetic.generate(copy, 20, end=END, fts=False, log=lambda _msg: None)
    synthetic.generate(copy, 30, end=END, fts=False, replace=True, log=lambda _msg: None)
    db = open_database(copy, read_only=True)
    try:
        assert db.scalar("SELECT count(*) FROM calls") == 30
    finally:
        db.close()


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    with pytest.raises(synthetic.RefuseTarget, match="cannot be opened"):
        synthetic.check_target(path, replace=True)
    assert path.read_text() == "not a database"


def test_command_line_refusal_exit_code(capsys):
    assert synthetic.main(["--db", str(synthetic.REPO_ROOT / "data" / "earshot.duckdb"), "--calls", "5"]) == 2
    assert "refusing" in capsys.readouterr().err
