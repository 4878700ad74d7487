"""Learning from supervisors: a verdict is a training label, and retraining on dismissals removes that
kind of false alarm on calls nobody reviewed (through the store, as the Call review page records them)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EVAL_DIR, EvalCall, Label, load_eval_calls, record_of
from pipeline.analysis.load import load_rules
from pipeline.analysis.training import NetworkOptions, train, training_rows, verdict_rows
from pipeline.records import CallMeta, Utterance
from pipeline.store import review
from pipeline.store.calls import save_call
from pipeline.store.db import in_memory

QUICK = NetworkOptions(steps=150, members=1, folds=3)
QUESTIONS = [
    "which account is the money coming out of",
    "what account would you like it taken from",
    "and which account should we take that from",
    "which of your accounts is it coming from",
    "what is the account the payment comes out of",
    "from which account do you want to send it",
]


def bank_call(call_id: str, question: str, blame_label: bool = False) -> EvalCall:
    lines = [
        Utterance("agent", 0.0, 3.0, "hello this is riverside bank my name is sam how can i help you today"),
        Utterance("customer", 3.5, 6.0, "hi i would like to move some money to my savings"),
        Utterance("agent", 6.5, 9.0, question),
        Utterance("customer", 9.5, 11.0, "my checking account please"),
        Utterance("agent", 11.5, 14.0, "okay that is all done is there anything else"),
        Utterance("customer", 14.5, 16.0, "no that is it thanks bye"),
    ]
    labels = [Label("blame_shift", 6.5, 9.0, 2)] if blame_label else []
    return EvalCall(call_id, lines, labels, 0)


def blame_flags(rules, calls: list[EvalCall]) -> int:
    """Learned blame-shift flags on the routine question of each call: every one a false alarm."""
    return sum(
        1
        for call in calls
        for m in analyze_call(record_of(call), rules).moments
        if m.kind == "blame_shift" and m.detail.get("utterance") == 2
    )


@pytest.fixture(scope="module")
def rules_without_model():
    return load_rules(with_learned=False)


def with_model(model):
    rules = load_rules()
    return replace(rules, learned=replace(rules.learned, model=model))


def test_dismissed_false_alarms_teach_the_model_on_calls_nobody_reviewed(rules_without_model) -> None:
    # A labelled set in which a writer took routine account questions for blame shifts teaches the
    # model to flag them: the kind of false alarm supervisors meet on real bank calls.
    mislabelled = [bank_call(f"m{i}", q, blame_label=True) for i, q in enumerate(QUESTIONS[:4])]
    base = training_rows(load_eval_calls(EVAL_DIR / "dev") + mislabelled, rules_without_model)
    before = with_model(train(base, QUICK))
    reviewed = [bank_call(f"a{i}", q) for i, q in enumerate(QUESTIONS[:3])]
    unseen = [bank_call(f"c{i}", q) for i, q in enumerate(QUESTIONS[3:])]
    assert blame_flags(before, reviewed) >= 2 and blame_flags(before, unseen) >= 2

    # Supervisors dismiss the flags on the reviewed calls in the app: the store keeps them as labels.
    db = in_memory()
    for call in reviewed:
        record = record_of(call)
        record.meta = CallMeta(call_id=call.call_id, agent_id="A1")
        record.analysis = analyze_call(record, before)
        save_call(db, record)
        for moment in db.query(
            "SELECT moment_id FROM moments WHERE call_id = ? AND kind = 'blame_shift'", [call.call_id]
        ):
            review.set_moment_verdict(db, "sup", moment["moment_id"], "dismissed")
    labels = review.verdict_labels(db)
    assert len(labels) >= 2 and {v["verdict"] for v in labels} == {"dismissed"}
    assert all(v["text"] in QUESTIONS and v["context"] for v in labels)

    after = with_model(train(base + verdict_rows(labels, rules_without_model), QUICK))
    assert blame_flags(after, unseen) < blame_flags(before, unseen)


def test_a_missed_moment_added_by_a_supervisor_is_a_positive_label(rules_without_model) -> None:
    db = in_memory()
    call = bank_call("x1", "i will sort that transfer out for you myself right now")
    record = record_of(call)
    record.analysis = analyze_call(record, rules_without_model)
    save_call(db, record)
    moment_id = review.add_missed_moment(db, "sup", "x1", 2, "ownership")
    with pytest.raises(ValueError, match="shown by the customer"):
        review.add_missed_moment(db, "sup", "x1", 2, "escalation_request")
    with pytest.raises(ValueError, match="no line 9"):
        review.add_missed_moment(db, "sup", "x1", 9, "ownership")
    [label] = review.verdict_labels(db)
    assert label["moment_id"] == moment_id and label["verdict"] == "added" and label["kind"] == "ownership"
    rows = verdict_rows([label], rules_without_model)
    assert [sorted(labels) for labels in rows.labels] == [[], ["ownership"]]  # the context line has no label
    assert rows.weights is not None and rows.weights[0].sum() == 0 and rows.weights[1].sum() > 0


def test_admin_figures_show_precision_by_week_and_where_dismissals_came_from(rules_without_model) -> None:
    from pipeline.store import queries

    db = in_memory()
    call = bank_call("w1", QUESTIONS[0])
    call.utterances[4] = Utterance("agent", 11.5, 14.0, "sorry about that i will sort that out for you myself now")
    record = record_of(call)
    record.analysis = analyze_call(record, rules_without_model)
    save_call(db, record)
    flagged = db.query("SELECT moment_id, kind, rule FROM moments WHERE call_id = 'w1' ORDER BY kind")
    assert len(flagged) >= 2
    review.set_moment_verdict(db, "sup", flagged[0]["moment_id"], "confirmed")
    review.set_moment_verdict(db, "sup", flagged[1]["moment_id"], "confirmed")
    review.set_moment_verdict(db, "sup", flagged[1]["moment_id"], "dismissed")  # changed their mind: latest counts
    weekly = queries.verdict_precision_by_week(db)
    by_kind = {row.kind: row for row in weekly.itertuples()}
    assert by_kind[flagged[0]["kind"]].precision == 1.0 and by_kind[flagged[1]["kind"]].precision == 0.0
    sources = queries.dismissals_by_source(db)
    assert list(sources["rule"]) == [flagged[1]["rule"]]
    assert list(sources["rules_version"]) == [rules_without_model.version]
