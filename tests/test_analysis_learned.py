"""The learned layer: its model file, its decisions on a call, and the `train` command."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EVAL_DIR, record_of
from pipeline.analysis.learned import FEATURES, JUDGED_KINDS, LearnedModel, load_model
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import DEFAULT_RULES_PATH, RulesError
from pipeline.records import Utterance
from pipeline.store.db import session


def rules_with_model(tmp_path: Path, model: LearnedModel | None = None, extra: str = "") -> Path:
    """A copy of the shipped rules whose [learned] section points at `model` (or the shipped model)."""
    if model is None:
        shutil.copy(DEFAULT_RULES_PATH.parent / "moment_model.npz", tmp_path / "moment_model.npz")
    else:
        model.save(tmp_path / "moment_model.npz")
    path = tmp_path / "rules.toml"
    path.write_text(DEFAULT_RULES_PATH.read_text() + extra)
    return path


def biased_model(bias: dict[str, float]) -> LearnedModel:
    """A model that ignores the utterance: each kind's probability is fixed by its bias."""
    kinds, hidden = JUDGED_KINDS, 4
    return LearnedModel(
        kinds=kinds,
        hidden_weights=np.zeros((1, FEATURES, hidden), np.float32),
        hidden_bias=np.zeros((1, hidden), np.float32),
        output_weights=np.zeros((1, hidden, len(kinds)), np.float32),
        output_bias=np.array([[bias.get(k, -20.0) for k in kinds]], np.float32),
        thresholds=np.full(len(kinds), 0.5, np.float32),
        metadata={"note": "test"},
    )


def call_of(lines: list[tuple[str, str]]):
    utterances = [Utterance(speaker, 3.0 * i, 3.0 * i + 2.5, text) for i, (speaker, text) in enumerate(lines)]
    from pipeline.analysis.evaluate import EvalCall

    return record_of(EvalCall("t1", utterances, [], 0), utterances)


def test_shipped_model_loads_and_is_part_of_the_rules_version() -> None:
    rules = load_rules()
    assert rules.learned.enabled and rules.learned.model is not None
    assert set(rules.learned.model.kinds) == set(JUDGED_KINDS)
    digest = hashlib.sha256(DEFAULT_RULES_PATH.read_bytes())
    digest.update(rules.learned.model_path.read_bytes())
    assert rules.version == digest.hexdigest()[:16]
    # the thresholds were chosen by cross-validation, and the model says how well it did there
    figures = rules.learned.model.metadata["cross_validated_overall"]
    assert 0 < figures["precision"] <= 1 and 0 < figures["recall"] <= 1
    trained_on = rules.learned.model.metadata["trained_on"]
    root = DEFAULT_RULES_PATH.parents[1]
    assert "tests/eval/train_a" in trained_on
    assert all((root / folder).is_dir() and not (root / folder / "BLIND").exists() for folder in trained_on)


def test_model_adds_judgement_kinds_and_never_drops_a_rule_hit(tmp_path: Path) -> None:
    record = call_of(
        [
            ("agent", "I'm so sorry about that"),
            ("customer", "it's the third time I've called about this"),
            ("agent", "let me put you on hold while I check"),
            ("agent", "thanks for holding, it's all sorted now"),
        ]
    )
    record.utterances[3].start, record.utterances[3].end = 30.0, 33.0  # a 20 s silence: the hold
    plain = analyze_call(record, load_rules(DEFAULT_RULES_PATH, with_learned=False))
    assert {"apology", "repeat_contact", "hold"} <= {m.kind for m in plain.moments}

    # a model that never believes an apology and always sees blame on the agent's side
    rules = load_rules(rules_with_model(tmp_path, biased_model({"blame_shift": 20.0})))
    record = call_of(
        [
            ("agent", "I'm so sorry about that"),
            ("customer", "it's the third time I've called about this"),
            ("agent", "let me put you on hold while I check"),
            ("agent", "thanks for holding, it's all sorted now"),
        ]
    )
    record.utterances[3].start, record.utterances[3].end = 30.0, 33.0
    decided = analyze_call(record, rules)
    kinds = [(m.kind, m.rule) for m in decided.moments]
    # the rules' hits stand, with the model's (here: nil) belief in them recorded
    apology = [m for m in decided.moments if m.kind == "apology"]
    assert len(apology) == 1 and not apology[0].rule.startswith("learned:")
    assert apology[0].detail["probability"] == 0.0
    assert any(k == "repeat_contact" for k, _ in kinds) and any(k == "hold" for k, _ in kinds)
    blame = [m for m in decided.moments if m.kind == "blame_shift"]
    assert len(blame) == 3 and all(m.speaker == "agent" and m.rule == "learned:blame_shift" for m in blame)
    assert all(m.detail["probability"] == 1.0 for m in blame)


def test_bad_model_files_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = rules_with_model(tmp_path)
    (tmp_path / "moment_model.npz").unlink()
    with pytest.raises(RulesError, match=r"\[learned\].*not found.*python -m pipeline train"):
        load_rules(path)
    (tmp_path / "moment_model.npz").write_bytes(b"not a model")
    with pytest.raises(RulesError, match=r"not a usable Earshot model"):
        load_rules(path)
    bad = biased_model({})
    one = (bad.hidden_weights, bad.hidden_bias, bad.output_weights[:, :, :1], bad.output_bias[:, :1])
    LearnedModel(("hold",), *one, bad.thresholds[:1], {}).save(tmp_path / "moment_model.npz")
    with pytest.raises(RulesError, match=r"judges kinds Earshot does not"):
        load_rules(path)
    # a model from another feature layout (e.g. before a change of encoder) is refused, not misread
    narrow = (bad.hidden_weights[:, :100], bad.hidden_bias, bad.output_weights, bad.output_bias)
    LearnedModel(bad.kinds, *narrow, bad.thresholds, {}).save(tmp_path / "moment_model.npz")
    with pytest.raises(RulesError, match=r"do not fit .* features.*retrain"):
        load_rules(path)
    # without the model the rules still load when the layer is switched off
    text = path.read_text().replace("[learned]\nenabled = true", "[learned]\nenabled = false")
    path.write_text(text)
    assert not load_rules(path).learned.enabled
    path.write_text(text.replace("[learned]\nenabled = false", "[learned]\nenabled = true\nmodle = 'x'"))
    with pytest.raises(RulesError, match="modle"):
        load_rules(path)


def test_retraining_changes_the_rules_version(tmp_path: Path) -> None:
    path = rules_with_model(tmp_path, biased_model({"blame_shift": 1.0}))
    first = load_rules(path).version
    biased_model({"blame_shift": 2.0}).save(tmp_path / "moment_model.npz")
    assert load_rules(path).version != first
    assert load_model(tmp_path / "moment_model.npz").output_bias[0, JUDGED_KINDS.index("blame_shift")] == 2.0


def test_train_command_fits_a_model_from_labelled_calls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    calls = tmp_path / "calls"
    calls.mkdir()
    for path in sorted((EVAL_DIR / "train_a").glob("*.json"))[:8]:
        shutil.copy(path, calls / path.name)
    rules = rules_with_model(tmp_path)
    out = tmp_path / "new_model.npz"
    db = tmp_path / "verdicts.duckdb"
    with session(db) as conn:  # a database holding one supervisor's verdict on one line
        conn.execute(
            "INSERT INTO moment_reviews (moment_id, call_id, kind, rule, verdict, reviewer, speaker, start_s, end_s,"
            " text, context) VALUES ('c:blame_shift:1', 'c', 'blame_shift', 'learned:blame_shift', 'dismissed',"
            " 'sup', 'agent', 1, 2, 'which account is it coming from', 'i want to pay a bill')"
        )
    assert main(["train", "--rules", str(rules), "--calls", str(calls), "--out", str(out), "--db", str(db)]) == 0
    printed = capsys.readouterr().out
    assert "1 supervisor verdicts (each counts 3x for its kind)" in printed
    assert "cross-validation" in printed and "OVERALL" in printed and str(out) in printed
    model = load_model(out)
    assert model.kinds == JUDGED_KINDS and np.isfinite(model.hidden_weights).all()
    assert model.hidden_weights.shape[0] == model.metadata["network"]["members"] >= 1
    assert model.metadata["calls"] == 9 and model.metadata["trained_on"] == [str(calls)]  # outside the repo: as given
    assert model.metadata["verdicts"] == 1 and model.metadata["verdict_weight"] == 3.0
    assert set(json.loads(json.dumps(model.metadata["cross_validated"]))) == set(JUDGED_KINDS)


def test_train_refuses_blind_sets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from pipeline.cli import main

    blind = tmp_path / "blind"
    blind.mkdir()
    shutil.copy(EVAL_DIR / "train_a" / "tra_01.json", blind)
    (blind / "BLIND").write_text("Blind set: measure once after a freeze; never train or tune on it.\n")
    assert main(["train", "--calls", str(blind), "--out", str(tmp_path / "m.npz")]) == 2
    assert "blind evaluation set" in capsys.readouterr().err
    assert not (tmp_path / "m.npz").exists()


def test_network_learns_a_kind_from_its_features_and_speaker() -> None:
    from pipeline.analysis.training import NetworkOptions, TrainingRows, train

    rng = np.random.default_rng(1)
    n = 1500
    x = np.zeros((n, FEATURES), np.float32)
    x[:, :20] = rng.standard_normal((n, 20))  # sentence embeddings vary in far fewer directions than they have
    speakers = ["agent" if i % 2 else "customer" for i in range(n)]
    # blame shows in feature 0 on agent lines; an escalation in feature 1 on customer lines
    labels = [
        ({"blame_shift"} if x[i, 0] > 0.8 and speakers[i] == "agent" else set())
        | ({"escalation_request"} if x[i, 1] > 0.8 and speakers[i] == "customer" else set())
        for i in range(n)
    ]
    rows = TrainingRows(x, labels, speakers, [f"c{i // 10}" for i in range(n)])
    model = train(rows, NetworkOptions(hidden=16, steps=200, members=2))
    figures = model.metadata["cross_validated"]
    for kind in ("blame_shift", "escalation_request"):
        f = figures[kind]
        assert f["tp"] / (f["tp"] + f["fp"]) > 0.7 and f["tp"] / (f["tp"] + f["fn"]) > 0.7, (kind, f)  # base rate 0.1
    probability = model.probabilities(x)[:, JUDGED_KINDS.index("blame_shift")]
    blamed = np.array(["blame_shift" in lab for lab in labels])
    assert probability[blamed].mean() > 0.8 > 0.2 > probability[~blamed & (x[:, 0] < 0)].mean()
    assert model.hidden_weights.shape == (2, FEATURES, 16)


# Round 17: the word n-gram models beside the networks (pipeline/analysis/ngrams.py).
NGRAM_LINES = [
    (" you will need to ring your bank about that ", {"channel_redirect"}),
    (" you could try your insurer they might cover it ", {"channel_redirect"}),
    (" best to ring your bank directly on that one ", {"channel_redirect"}),
    (" your insurer would be the people to ask ", {"channel_redirect"}),
    (" let me check that for you ", set()),
    (" i have booked the engineer for tuesday ", set()),
    (" thanks for calling have a good day ", set()),
    (" i can see the order here ", set()),
]


def test_ngram_scores_are_scikit_learns() -> None:
    """Analysis scores in numpy what training fitted with scikit-learn: the same TF-IDF and logistic models."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from pipeline.analysis.ngrams import MIN_DOCUMENTS, fit_ngrams, terms

    texts = [text for text, _ in NGRAM_LINES] * 3
    y = np.array([[bool(kinds)] for _, kinds in NGRAM_LINES] * 3, np.float32)
    model = fit_ngrams(texts, y, np.ones_like(y))
    assert model is not None
    unseen = [" you might ring your insurer ", " i have booked it ", " nothing in common here at all "]
    vectorizer = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENTS, sublinear_tf=True)
    x = vectorizer.fit_transform(texts)
    reference = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(x, y[:, 0] > 0)
    expected = reference.predict_proba(vectorizer.transform(unseen))[:, 1]
    assert np.allclose(model.probabilities(unseen)[:, 0], expected, atol=1e-5)
    assert expected[0] > 0.5 > expected[1]


def test_a_model_file_keeps_its_ngrams_and_an_older_one_without_them_still_loads(tmp_path: Path) -> None:
    from pipeline.analysis.ngrams import fit_ngrams

    texts = [text for text, _ in NGRAM_LINES] * 2
    y = np.array([[kind in kinds for kind in JUDGED_KINDS] for _, kinds in NGRAM_LINES] * 2, np.float32)
    ngrams = fit_ngrams(texts, y, np.ones_like(y))
    older = biased_model({})
    newer = LearnedModel(
        *(getattr(older, f) for f in ("kinds", "hidden_weights", "hidden_bias")),
        older.output_weights,
        older.output_bias,
        older.thresholds,
        older.metadata,
        ngrams,
    )
    newer.save(tmp_path / "new.npz")
    older.save(tmp_path / "old.npz")
    loaded, loaded_old = load_model(tmp_path / "new.npz"), load_model(tmp_path / "old.npz")
    x = np.zeros((2, FEATURES), np.float32)
    lines = [" you will need to ring your bank about that ", " i can see the order here "]
    redirect = JUDGED_KINDS.index("channel_redirect")
    assert np.allclose(loaded.probabilities(x, lines), newer.probabilities(x, lines))
    assert loaded.probabilities(x, lines)[0, redirect] > 0.5 > loaded.probabilities(x, lines)[1, redirect]
    assert loaded_old.ngrams is None and loaded_old.probabilities(x, lines)[0, redirect] < 0.01


def test_train_fits_ngrams_that_find_what_the_words_carry() -> None:
    """Rows whose network features say nothing: only the words tell the redirects apart, and train learns them."""
    from pipeline.analysis.training import NetworkOptions, TrainingRows, train

    lines = NGRAM_LINES * 8
    n = len(lines)
    rows = TrainingRows(
        np.zeros((n, FEATURES), np.float32),
        [set(kinds) for _, kinds in lines],
        ["agent"] * n,
        [f"c{i // 4}" for i in range(n)],
        texts=[text for text, _ in lines],
    )
    model = train(rows, NetworkOptions(hidden=4, steps=20, members=1))
    assert model.ngrams is not None and model.metadata["ngram_terms"] == len(model.ngrams.vocabulary)
    redirect = JUDGED_KINDS.index("channel_redirect")
    probability = model.probabilities(np.zeros((2, FEATURES), np.float32), [" ring your insurer ", " have a good day "])
    assert probability[0, redirect] >= model.thresholds[redirect] > probability[1, redirect]
    without = train(rows, NetworkOptions(hidden=4, steps=20, members=1, ngrams=False))
    assert without.ngrams is None


def test_a_filler_line_gets_no_ngram_score() -> None:
    """Too few words to carry a behaviour: a kind's intercept alone must not mark it."""
    from pipeline.analysis.ngrams import MIN_WORDS, NgramModel

    model = NgramModel(
        ("okay", "so", "okay so"), np.ones(3, np.float32), np.full((3, 1), 5.0, np.float32), np.array([3.0], np.float32)
    )
    short, longer = " okay so ", " okay so " + "so " * MIN_WORDS
    assert model.probabilities([short, longer])[:, 0].tolist() == [0.0, pytest.approx(1.0, abs=1e-3)]
