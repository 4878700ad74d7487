"""The "possible" tier: weaker evidence is shown apart and moves no score, reason or figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EvalCall, Label, evaluate_calls
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import Rules, RulesError, read_rules
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment, Utterance
from pipeline.store import queries
from pipeline.store.calls import save_call
from pipeline.store.db import in_memory

# the learned model (not a phrase rule) calls this line a feeling dismissal, with a high probability
LINES = [
    ("customer", "this is the third time the engineer has not turned up and I have taken a day off work again"),
    ("agent", "i understand your frustration, there is not much i can do"),
    ("customer", "right, fine"),
]


def call() -> CallRecord:
    utterances, t = [], 1.0
    for speaker, text in LINES:
        utterances.append(Utterance(speaker, t, t + 3.0, text))
        t += 3.5
    meta = CallMeta("tier1", started_at=datetime(2026, 3, 3, 10))
    return CallRecord(meta, "h1", "p", "json", t, 2, False, utterances)


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def tiered(rules: Rules, min_probability: float) -> Rules:
    settings = replace(
        rules.settings,
        finding_min_probability=min_probability,
        finding_min_similarity=min_probability,
        possible_kinds=frozenset({"feeling_dismissal"}),
    )
    return replace(rules, settings=settings)


def dismissal(analysis: CallAnalysis) -> Moment:
    return next(m for m in analysis.moments if m.kind == "feeling_dismissal")


def test_a_weak_learned_flag_is_possible_and_moves_neither_score_nor_reasons(rules: Rules) -> None:
    strict = analyze_call(call(), tiered(rules, 1.01))  # no probability reaches it: every model flag is weak
    lenient = analyze_call(call(), tiered(rules, 0.0))
    assert dismissal(lenient).rule.startswith("learned:") and not dismissal(lenient).possible
    assert dismissal(strict).possible
    assert any("feeling" in reason for reason in lenient.reasons)
    assert not any("feeling" in reason for reason in strict.reasons)
    assert strict.score < lenient.score
    # phrase-rule findings are never demoted
    assert all(not m.possible for m in strict.moments if not m.rule.startswith(("learned:", "semantic:")))


def test_possible_moments_are_stored_shown_on_the_call_and_counted_nowhere(rules: Rules) -> None:
    record = call()
    record.analysis = analyze_call(record, tiered(rules, 1.01))
    db = in_memory()
    save_call(db, record)
    counted = set(queries.moment_kind_counts(db, queries.CallFilters())["kind"])
    assert "feeling_dismissal" not in counted and counted  # the findings are still counted
    shown = queries.review_call(db, "tier1")
    assert [m["possible"] for m in shown["moments"] if m["kind"] == "feeling_dismissal"] == [True]
    # a filter on a kind finds only calls where it is a finding
    possible_only, _ = queries.worst_calls(db, queries.CallFilters(moment_kinds=("feeling_dismissal",)))
    finding = sorted(counted)[0]
    found, _ = queries.worst_calls(db, queries.CallFilters(moment_kinds=(finding,)))
    assert possible_only.empty and list(found["call_id"]) == ["tier1"]


def test_evaluation_scores_findings_and_counts_possible_apart(rules: Rules) -> None:
    record = call()
    labelled = EvalCall("tier1", record.utterances, [Label("feeling_dismissal", 4.5, 7.5, 1)], 0)
    strict = evaluate_calls("strict", [labelled], tiered(rules, 1.01))
    lenient = evaluate_calls("lenient", [labelled], tiered(rules, 0.0))
    assert lenient.per_kind["feeling_dismissal"].tp == 1
    assert strict.per_kind["feeling_dismissal"].fn == 1 and strict.possible.tp == 1


def test_possible_kinds_must_be_known(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('[settings]\npossible_kinds = ["blame_shfit"]\n')
    with pytest.raises(RulesError, match="blame_shfit"):
        read_rules(path)


def test_a_learned_flag_on_a_short_line_is_only_possible(rules: Rules) -> None:
    """Round 19: fewer than finding_min_words words is weak evidence, whatever the model's probability."""
    from tests.test_analysis_learned import biased_model

    sure = replace(rules.learned, model=biased_model({"feeling_dismissal": 8.0}))  # probability 0.9997
    strict = replace(rules, learned=sure, settings=replace(rules.settings, finding_min_words=5))
    lines = [
        ("agent", "that makes sense"),
        ("customer", "ok"),
        ("agent", "well we will have to see what they say then"),
    ]
    utterances = [Utterance(s, 1.0 + 3 * i, 3.0 + 3 * i, t) for i, (s, t) in enumerate(lines)]
    record = CallRecord(
        CallMeta("short1", started_at=datetime(2026, 3, 3, 10)), "h", "p", "json", 12.0, 2, False, utterances
    )
    found = {m.text: m.possible for m in analyze_call(record, strict).moments if m.kind == "feeling_dismissal"}
    assert found == {"that makes sense": True, "well we will have to see what they say then": False}
    off = replace(rules, learned=sure, settings=replace(rules.settings, finding_min_words=0))
    assert not any(m.possible for m in analyze_call(record, off).moments if m.kind == "feeling_dismissal")
