"""`analyze`: re-analyses stored calls from their transcripts, only what the current rules have not seen."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.analysis.load import load_rules
from pipeline.cli import main
from pipeline.records import CallMeta, CallRecord, Utterance
from pipeline.store.calls import save_call
from pipeline.store.db import session
from pipeline.store.queries import call_detail


def stored_call(call_id: str) -> CallRecord:
    utterances = [
        Utterance("customer", 0.5, 3.0, "this is the third time I've called, it's ridiculous"),
        Utterance("agent", 3.5, 6.0, "that's the courier's fault, there's nothing I can do"),
        Utterance("customer", 6.5, 9.0, "I'm furious, I want to speak to a manager"),
    ]
    meta = CallMeta(call_id, agent_id="A-1", customer_id="C-9", started_at=datetime(2026, 3, 2, 9))
    return CallRecord(meta, f"h-{call_id}", "/x.json", "json", 9.5, 2, False, utterances)  # stored unanalysed


def test_analyze_command_fills_show_json_and_skips_up_to_date_calls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "earshot.duckdb"
    with session(db_path) as db:
        save_call(db, stored_call("k1"))
        save_call(db, stored_call("k2"))
    assert main(["analyze", "--db", str(db_path)]) == 0
    assert "analysed 2 call(s)" in capsys.readouterr().out
    assert main(["analyze", "--db", str(db_path)]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert main(["analyze", "--all", "--db", str(db_path)]) == 0
    assert "analysed 2 call(s)" in capsys.readouterr().out
    with session(db_path, read_only=True) as db:
        detail = call_detail(db, "k2")
    kinds = {m["kind"] for m in detail["moments"]}
    assert {"repeat_contact", "blame_shift", "cant_language", "escalation_request"} <= kinds
    assert detail["contact_number"] == 2 and detail["score"] > 0.5
    assert "customer ended angry" in detail["reasons"] or "customer ended unhappy" in detail["reasons"]
    assert detail["tone"]["ended_negative"] is True


def test_analyze_with_edited_rules_reanalyses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "earshot.duckdb"
    with session(db_path) as db:
        save_call(db, stored_call("k3"))
    assert main(["analyze", "--db", str(db_path)]) == 0
    edited = tmp_path / "rules.toml"
    edited.write_text(load_rules().path.read_text() + "\n# supervisors changed something\n")
    shutil.copy(load_rules().path.parent / "moment_model.npz", tmp_path)  # the rules name their model beside them
    capsys.readouterr()
    assert main(["analyze", "--db", str(db_path), "--rules", str(edited)]) == 0
    assert "analysed 1 call(s)" in capsys.readouterr().out


def test_analyze_with_bad_rules_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "rules.toml"
    bad.write_text('[[rule]]\nid = "x1"\nkind = "apology"\nspeaker = "agent"\npatterns = ["re:(("]\n')
    with pytest.raises(SystemExit) as info:
        main(["analyze", "--db", str(tmp_path / "db.duckdb"), "--rules", str(bad)])
    assert info.value.code == 2
    assert "rule 'x1'" in capsys.readouterr().err
