"""The learned layer: its model file, its decisions on a call, and the `train` command."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline.analysis import RulesError, load_rules
from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EVAL_DIR, record_of
from pipeline.analysis.learned import JUDGED_KINDS, LearnedModel, load_model
from pipeline.analysis.rules import DEFAULT_RULES_PATH
from pipeline.records import MOMENT_KINDS, Utterance

DIM = 2 * 384 + len(MOMENT_KINDS)


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
    kinds = JUDGED_KINDS
    return LearnedModel(
        kinds=kinds,
        weights=np.zeros((len(kinds), DIM), np.float32),
        bias=np.array([bias.get(k, -20.0) for k in kinds], np.float32),
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
    assert "tests/eval/train_a" in trained_on and "tests/eval/blind3" not in trained_on
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
    LearnedModel(("hold",), bad.weights[:1], bad.bias[:1], bad.thresholds[:1], {}).save(tmp_path / "moment_model.npz")
    with pytest.raises(RulesError, match=r"judges kinds Earshot does not"):
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
    assert load_model(tmp_path / "moment_model.npz").bias[JUDGED_KINDS.index("blame_shift")] == 2.0


def test_train_command_fits_a_model_from_labelled_calls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli_analysis import main

    calls = tmp_path / "calls"
    calls.mkdir()
    for path in sorted((EVAL_DIR / "train_a").glob("*.json"))[:8]:
        shutil.copy(path, calls / path.name)
    rules = rules_with_model(tmp_path)
    out = tmp_path / "new_model.npz"
    assert main(["train", "--rules", str(rules), "--calls", str(calls), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "cross-validation" in printed and "OVERALL" in printed and str(out) in printed
    model = load_model(out)
    assert model.kinds == JUDGED_KINDS and np.isfinite(model.weights).all()
    assert model.metadata["calls"] == 8 and model.metadata["trained_on"] == [str(calls)]  # outside the repo: as given
    assert set(json.loads(json.dumps(model.metadata["cross_validated"]))) == set(JUDGED_KINDS)


@pytest.mark.parametrize("folder", ["blind3", "audio_blind3"])
def test_train_refuses_blind_sets(folder: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from pipeline.cli_analysis import main

    assert main(["train", "--calls", str(EVAL_DIR / folder), "--out", str(tmp_path / "m.npz")]) == 2
    assert "blind evaluation set" in capsys.readouterr().err
    assert not (tmp_path / "m.npz").exists()
