"""Tone, acoustic cues, timing metrics and the worst-call score."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.analysis.acoustic import acoustic_features
from pipeline.analysis.load import load_rules
from pipeline.analysis.metrics import talk_metrics
from pipeline.analysis.rules import Rules, Settings
from pipeline.analysis.score import ScoreSignals, score_call
from pipeline.analysis.tone import call_tone, utterance_sentiments
from pipeline.records import Utterance, Word

RATE = 8000


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def tone_of(samples_hz: float, seconds: float, amplitude: float, vibrato_hz: float = 0.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    # a pitch that wanders by ±vibrato_hz around samples_hz, with harmonics like a voice
    phase = 2 * np.pi * np.cumsum(samples_hz + vibrato_hz * np.sin(2 * np.pi * 1.5 * t)) / RATE
    wave = sum(np.sin(k * phase) / k for k in range(1, 6))
    return (amplitude * wave / 2).astype(np.float32)


def test_acoustic_loudness_and_pitch_variation() -> None:
    quiet_flat = tone_of(150, 3, 0.05)
    loud_flat = tone_of(150, 3, 0.5)
    loud_varied = tone_of(150, 3, 0.5, vibrato_hz=60)
    q_db, q_var = acoustic_features(quiet_flat, RATE, 0, 3)
    l_db, l_var = acoustic_features(loud_flat, RATE, 0, 3)
    _, v_var = acoustic_features(loud_varied, RATE, 0, 3)
    assert l_db - q_db == pytest.approx(20, abs=1)
    assert q_var is not None and l_var is not None and v_var is not None
    assert l_var < 0.5 < v_var  # a steady pitch vs one swinging ±60 Hz


def test_acoustic_handles_silence_short_spans_and_other_rates() -> None:
    silence = np.zeros(RATE * 2, dtype=np.float32)
    assert acoustic_features(silence, RATE, 0, 2) == (None, None)
    assert acoustic_features(tone_of(150, 1, 0.3), RATE, 0.5, 0.51) == (None, None)
    assert acoustic_features(tone_of(150, 1, 0.3), RATE, 5, 6) == (None, None)  # past the end
    at_16k = np.repeat(tone_of(150, 2, 0.3), 2)  # 16 kHz copy
    db8, _ = acoustic_features(tone_of(150, 2, 0.3), RATE, 0, 2)
    db16, var16 = acoustic_features(at_16k, 16000, 0, 2)
    assert db16 == pytest.approx(db8, abs=1.5) and var16 is not None


def test_sentiment_per_utterance_and_acoustic_sharpening() -> None:
    calm = [
        Utterance("customer", 0, 2, "this is not good enough", loudness_db=-30.0),
        Utterance("customer", 3, 5, "okay what is next", loudness_db=-30.0),
        Utterance("customer", 6, 8, "fine", loudness_db=-30.0),
    ]
    shouted = [
        Utterance("customer", 0, 2, "this is not good enough", loudness_db=-20.0),
        Utterance("customer", 3, 5, "okay what is next", loudness_db=-30.0),
        Utterance("customer", 6, 8, "fine", loudness_db=-30.0),
    ]
    text_only = [Utterance("customer", 0, 2, "this is not good enough")]
    assert utterance_sentiments(text_only)[0] < 0
    assert utterance_sentiments(shouted)[0] < utterance_sentiments(calm)[0] < 0
    happy_loud = [
        Utterance("customer", 0, 2, "thank you so much", loudness_db=-10.0),
        Utterance("customer", 3, 5, "ok", loudness_db=-30.0),
        Utterance("customer", 6, 8, "yes", loudness_db=-30.0),
    ]
    assert utterance_sentiments(happy_loud)[0] > 0  # acoustics never flip happy words negative


def test_call_tone_start_end_and_bad_ending() -> None:
    lines = [
        ("customer", "hi there, I'm happy to be calling, thanks"),
        ("agent", "great, how can I help"),
        ("customer", "my order is late"),
        ("agent", "sorry about that"),
        ("customer", "this is terrible, I am furious and disgusted"),
        ("customer", "ok bye"),
    ]
    utterances = [Utterance(s, i * 3, i * 3 + 2, t) for i, (s, t) in enumerate(lines)]
    for u, s in zip(utterances, utterance_sentiments(utterances), strict=True):
        u.sentiment = s
    tone = call_tone(utterances, Settings(tone_utterances=1), 18)
    assert tone["customer_start"] > 0 > tone["customer_end"]  # "ok bye" is too short to count as the ending
    assert tone["ended_negative"] is True and tone["customer_trend"] < 0
    assert len(tone["customer_trajectory"]) == 5 and tone["agent_mean"] is not None


def test_talk_ratio_and_overtalk_use_words_when_present() -> None:
    agent = Utterance("agent", 0, 10, "a b", words=[Word("a", 0, 2), Word("b", 8, 10)])  # 4 s of actual speech
    customer = Utterance("customer", 1, 3, "c d")
    metrics = talk_metrics([agent, customer])
    assert metrics.overtalk_s == pytest.approx(1.0)
    assert metrics.talk_ratio_agent == pytest.approx(4 / 6, abs=0.001)
    assert talk_metrics([]).talk_ratio_agent is None


def test_score_reasons_and_order(rules: Rules) -> None:
    clean, _, _ = score_call(ScoreSignals(customer_start=0.5, customer_end=0.6), rules)
    bad, reasons, terms = score_call(
        ScoreSignals(
            customer_start=0.2,
            customer_end=-0.8,
            transfers=2,
            hold_s=240,
            moment_rules={"blame_shift": ["blame-other-party"], "escalation_request": ["ask-for-manager"]},
            contact_number=4,
        ),
        rules,
    )
    assert 0 < clean < 0.1 and 0.9 < bad < 1
    assert reasons[0] == "customer ended angry"
    ranked = [
        t.reason for t in sorted(terms, key=lambda t: -t.contribution) if t.contribution >= rules.score.reason_min
    ]
    assert reasons == ranked[: rules.score.max_reasons]  # biggest contributions first, capped
    assert {"2 transfers", "4th contact", "4.0 min on hold"} <= set(reasons)
    assert "blame shifted" in {t.reason for t in terms}
    assert bad == pytest.approx(1 / (1 + np.exp(-(rules.score.bias + sum(t.contribution for t in terms)))), abs=1e-4)


def test_ownership_lowers_the_score(rules: Rules) -> None:
    base = ScoreSignals(customer_end=-0.3, moment_rules={"apology": ["apology"]})
    owned = ScoreSignals(customer_end=-0.3, moment_rules={"apology": ["apology"], "ownership": ["ownership"]})
    assert score_call(owned, rules)[0] < score_call(base, rules)[0]


@settings(max_examples=60, deadline=None)
@given(
    end=st.floats(-1, 1),
    transfers=st.integers(0, 6),
    hold=st.floats(0, 1800),
    extra_transfer=st.integers(1, 3),
)
def test_score_is_bounded_and_monotonic(
    rules: Rules, end: float, transfers: int, hold: float, extra_transfer: int
) -> None:
    low, _, _ = score_call(ScoreSignals(customer_start=0.0, customer_end=end, transfers=transfers, hold_s=hold), rules)
    high, _, _ = score_call(
        ScoreSignals(customer_start=0.0, customer_end=end, transfers=transfers + extra_transfer, hold_s=hold), rules
    )
    assert 0.0 <= low <= high <= 1.0
