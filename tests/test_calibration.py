"""Calibration: the kappa statistics against published worked examples, blind scoring, results, notes and
writing an agreed interpretation back into the QA form."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.analysis.qa import QA_FORM_PATH, load_form
from pipeline.records import CallMeta, CallRecord, Utterance
from pipeline.store import calibration as cal
from pipeline.store.calls import save_call
from pipeline.store.db import Database, in_memory

CRITERIA = ["greeting", "ownership"]


def test_cohen_kappa_matches_the_textbook_example() -> None:
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> po 0.7, pe 0.5, kappa 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cal.cohen_kappa(a, b) == pytest.approx(0.4)
    assert cal.cohen_kappa(["met"] * 3, ["met"] * 3) is None  # chance agreement is 1: undefined


def test_fleiss_kappa_matches_fleiss_1971_worked_example() -> None:
    table = np.array([
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ])  # fmt: skip
    assert cal.fleiss_kappa(table) == pytest.approx(0.210, abs=0.001)


@pytest.fixture
def db() -> Database:
    database = in_memory()
    for name in ("trainer", "sup1", "sup2", "expert"):
        database.execute("INSERT INTO users (username, role) VALUES (?, 'supervisor')", [name])
    for call_id in ("k1", "k2"):
        utterances = [Utterance("agent", 0.5, 3.0, "hello")]
        save_call(database, CallRecord(CallMeta(call_id), call_id, "/x", "json", 3.0, 2, False, utterances))
        database.execute(
            "INSERT INTO qa_answers (call_id, criterion, answer) VALUES (?, 'greeting', 'met'), (?, 'ownership', 'na')",
            [call_id, call_id],
        )
    yield database
    database.close()


def test_blind_scoring_then_results_with_expert_auto_and_each_other(db: Database) -> None:
    with pytest.raises(ValueError, match="at least two participants"):
        cal.create_session(db, "trainer", "Solo", ["k1"], ["sup1"])
    session_id = cal.create_session(db, "trainer", "Week 49", ["k1", "k2"], ["sup1", "sup2"], expert="expert")
    answers = {
        "expert": {"k1": {"greeting": "met", "ownership": "met"}, "k2": {"greeting": "not_met", "ownership": "met"}},
        "sup1": {"k1": {"greeting": "met", "ownership": "met"}, "k2": {"greeting": "not_met", "ownership": "na"}},
        "sup2": {"k1": {"greeting": "met", "ownership": "not_met"}, "k2": {"greeting": "met", "ownership": "na"}},
    }
    cal.submit_answers(db, "sup1", session_id, answers["sup1"], CRITERIA)
    assert not cal.may_see_results(db, "sup2", session_id)  # blind until sup2 submits
    assert cal.may_see_results(db, "sup1", session_id) and cal.may_see_results(db, "trainer", session_id)
    with pytest.raises(ValueError, match="already submitted"):
        cal.submit_answers(db, "sup1", session_id, answers["sup1"], CRITERIA)
    with pytest.raises(ValueError, match="answer every criterion"):
        cal.submit_answers(db, "sup2", session_id, {"k1": answers["sup2"]["k1"]}, CRITERIA)
    cal.submit_answers(db, "sup2", session_id, answers["sup2"], CRITERIA)
    cal.submit_answers(db, "expert", session_id, answers["expert"], CRITERIA)
    result = cal.results(db, session_id, CRITERIA)
    greeting = result["criteria"]["greeting"]
    assert greeting["spread"][1] == {"call_id": "k2", "met": 1, "not_met": 2, "na": 0, "automatic": "met"}
    assert (
        greeting["people"]["sup1"]["expert_agreement"] == 1.0 and greeting["people"]["sup2"]["expert_agreement"] == 0.5
    )
    assert greeting["people"]["sup2"]["auto_agreement"] == 1.0
    assert result["people"]["sup1"]["expert_agreement"] == 0.75
    assert {(p["a"], p["b"]) for p in greeting["pairs"]} == {("sup1", "sup2"), ("sup1", "expert"), ("sup2", "expert")}
    cal.save_note(db, "trainer", session_id, "greeting", "The company name alone counts <b>as</b> a greeting")
    assert cal.notes(db, session_id)["greeting"]["note"].endswith("<b>as</b> a greeting")
    (row,) = cal.history(db, CRITERIA)
    assert row["participants"] == 3 and row["fleiss_kappa"] == pytest.approx(result["mean_fleiss_kappa"])


def test_agreed_interpretation_is_written_into_the_help_text_keeping_the_rest(db: Database, tmp_path: Path) -> None:
    form = tmp_path / "qa_form.toml"
    form.write_text(QA_FORM_PATH.read_text())
    before = load_form(form)
    cal.write_help_text(db, "admin", "greeting", 'The company name alone counts "as" a greeting', form)
    after = load_form(form)
    assert after.criterion("greeting").help == 'The company name alone counts "as" a greeting'
    assert after.version == before.version  # the automatic answers do not depend on help texts
    assert [c.auto for c in after.criteria] == [c.auto for c in before.criteria]
    assert "# [criteria.auto] says what answers" in form.read_text()  # comments kept
    with pytest.raises(ValueError, match="no criterion 'nope'"):
        cal.write_help_text(db, "admin", "nope", "x", form)
