"""Agent and customer on one mono line: real calls mixed down, and voices made for the purpose."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pipeline.analysis.real_calls import AWS_DIR, aws_calls, aws_turns, role_accuracy
from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.ingest.audio_eval import aws_mono_mix
from pipeline.ingest.roles import load_role_model, train_role_model
from pipeline.ingest.speakers import assign_speakers
from pipeline.records import LOW_SPEAKER_CONFIDENCE, Utterance, Word

ROLE_MODEL = load_role_model()


def real_mono(name: str) -> tuple[list[Utterance], np.ndarray]:
    """The call's real mix-down and Earshot's own recognition of it (words, no speakers yet)."""
    body = json.loads((AWS_DIR / f"{name}.mono_words.json").read_text())
    utterances = []
    for u in body["utterances"]:
        words = [Word(t, s, e, p) for t, s, e, p in u["words"]]
        utterances.append(Utterance("unknown", words[0].start, words[-1].end, " ".join(w.text for w in words), words))
    return utterances, aws_mono_mix(name)


@pytest.mark.parametrize("name", aws_calls())
def test_real_mono_calls_get_the_right_role_on_95_percent_of_speech(name: str) -> None:
    utterances, samples = real_mono(name)
    estimate = assign_speakers(utterances, samples, ROLE_MODEL, "inbound")
    accuracy, seconds = role_accuracy(estimate.utterances, aws_turns(name))
    assert seconds > 120  # most of the call's speech is measured
    assert accuracy >= 0.95
    assert estimate.confidence >= LOW_SPEAKER_CONFIDENCE  # and the call is not flagged as uncertain
    # every recognised word is kept, once, in time order
    before = [w.text for u in utterances for w in u.words]
    assert [w.text for u in estimate.utterances for w in u.words] == before


def talker(seconds: float, f0: float, formants: tuple[float, ...], seed: int) -> np.ndarray:
    """A voiced sound with a pitch and formants of its own: enough of a voice for the features."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    phase = 2 * np.pi * np.cumsum(f0 * (1 + 0.05 * np.sin(2 * np.pi * 3 * t))) / SAMPLE_RATE
    x = sum(np.sin(k * phase) * sum(np.exp(-(((k * f0 - f) / 150) ** 2)) for f in formants) for k in range(1, 30))
    x = x * (0.6 + 0.4 * np.sin(2 * np.pi * 4 * t) ** 2) + 0.02 * rng.standard_normal(len(t))
    return (0.3 * x / np.abs(x).max()).astype(np.float32)


def agent_voice(seconds: float, seed: int) -> np.ndarray:
    return talker(seconds, 110, (500, 1500, 2500), seed)


def customer_voice(seconds: float, seed: int) -> np.ndarray:
    return talker(seconds, 220, (800, 1900, 3000), seed)


def conversation(lines: list[tuple[str, str]], seconds: float = 3.0) -> tuple[list[Utterance], np.ndarray]:
    gap = np.zeros(SAMPLE_RATE // 2, np.float32)
    parts, utterances, t = [], [], 0.0
    for i, (who, text) in enumerate(lines):
        parts += [(agent_voice if who == "agent" else customer_voice)(seconds, i), gap]
        words, step = text.split(), seconds / len(text.split())
        timed = [Word(w, t + k * step, t + (k + 1) * step - 0.02) for k, w in enumerate(words)]
        utterances.append(Utterance("unknown", t, t + seconds, text, timed))
        t += seconds + 0.5
    return utterances, np.concatenate(parts)


LINES = [
    ("customer", "hi I was charged twice on my card and I want my money back"),
    ("agent", "thank you for calling my name is Sam how can I help you today"),
    ("customer", "it is order twelve and I have been waiting a week"),
    ("agent", "let me check that for you is there anything else I can help with"),
]


def test_voices_and_words_tell_the_sides_apart_even_when_the_customer_speaks_first() -> None:
    utterances, samples = conversation(LINES)
    estimate = assign_speakers(utterances, samples, ROLE_MODEL, "inbound")
    assert [(u.speaker, u.text) for u in estimate.utterances] == LINES
    assert estimate.confidence >= LOW_SPEAKER_CONFIDENCE


def test_one_segment_spoken_by_both_voices_is_split_at_the_turn() -> None:
    """Whisper often runs a reply into the line before it; the voices split it at the pause."""
    utterances, samples = conversation(LINES)
    words = [w for u in utterances for w in u.words]
    merged = Utterance("unknown", words[0].start, words[-1].end, " ".join(w.text for w in words), words)
    estimate = assign_speakers([merged], samples, ROLE_MODEL, "inbound")
    assert [(u.speaker, u.text) for u in estimate.utterances] == LINES


def test_indistinguishable_voices_and_neutral_words_are_flagged_as_uncertain() -> None:
    same_voice = [("agent", "okay"), ("customer", "yes okay"), ("agent", "right okay then"), ("customer", "okay yes")]
    utterances, _ = conversation(same_voice, seconds=2.0)
    samples = np.concatenate([agent_voice(2.0, 0), np.zeros(SAMPLE_RATE // 2, np.float32)] * len(same_voice))
    estimate = assign_speakers(utterances, samples, ROLE_MODEL, "inbound")
    assert estimate.confidence < LOW_SPEAKER_CONFIDENCE


def test_role_model_learns_each_sides_wording() -> None:
    model = train_role_model(
        [("agent", "thank you for calling how can i help"), ("customer", "i was charged twice")] * 3
        + [("agent", "is there anything else"), ("customer", "my card was declined")] * 3
    )
    assert model.score("thank you for calling") > 0 > model.score("my card was charged twice")
    with pytest.raises(ValueError, match="both"):
        train_role_model([("agent", "hello")])


def test_words_alone_get_the_role_of_most_real_bank_call_lines() -> None:
    """Trained without them, the role model reads real Harper Valley lines (human transcripts) right."""
    from pipeline.analysis.evaluate import EVAL_DIR, load_eval_calls
    from pipeline.analysis.real_calls import load_harper_valley

    synthetic = [(u.speaker, u.text) for c in load_eval_calls(EVAL_DIR / "train_a") for u in c.utterances]
    real = load_harper_valley()
    model = train_role_model(synthetic + [(u.speaker, u.text) for c in real[20:] for u in c.utterances])
    held_out = [u for c in real[:20] for u in c.utterances]
    right = sum((model.score(u.text) > 0) == (u.speaker == "agent") for u in held_out)
    assert len(held_out) > 200 and right / len(held_out) >= 0.8
    # and the shipped model was trained on the real calls too
    assert ROLE_MODEL.metadata["real_calls"] >= 100
