"""Tone: per-utterance sentiment (VADER's shipped lexicon, sharpened by acoustic cues) and per-call summary.

VADER scores text from -1 to 1 with a lexicon inside the package, no model download. Whisper text
loses the shouting, so where audio exists we use the speaker's own loudness and pitch variation,
compared with that speaker's typical level in the same call: an utterance much louder or more
agitated than the speaker's norm makes negative text more negative and neutral text slightly
negative. Acoustic cues never turn positive text negative (a loud "thank you so much" is happy).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from pipeline.analysis.rules import Settings
from pipeline.records import Utterance

LOUD_DB_FOR_FULL_AROUSAL = 6.0  # dB above the speaker's median that counts as fully raised
AROUSAL_SHARPENING = 0.35  # negative text is scaled by up to 1 + this
NEUTRAL_AROUSAL_NUDGE = -0.15  # neutral text spoken fully raised drifts this far negative
FAST_RATE_FACTOR = 1.3  # speaking this much faster than usual also counts as arousal


@lru_cache(maxsize=1)
def _analyser() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def text_sentiment(text: str) -> float:
    return float(_analyser().polarity_scores(text)["compound"])


def arousal(u: Utterance, loud_median: float | None, pitch_median: float | None, rate_median: float | None) -> float:
    """0..1: how much more raised this utterance is than the speaker's typical level in this call."""
    cues: list[float] = []
    if u.loudness_db is not None and loud_median is not None:
        cues.append(max(0.0, min(1.0, (u.loudness_db - loud_median) / LOUD_DB_FOR_FULL_AROUSAL)))
    if u.pitch_var is not None and pitch_median is not None and pitch_median > 0:
        cues.append(max(0.0, min(1.0, (u.pitch_var / pitch_median - 1.0))))
    if u.speech_rate is not None and rate_median is not None and rate_median > 0:
        cues.append(max(0.0, min(1.0, (u.speech_rate / rate_median - 1.0) / (FAST_RATE_FACTOR - 1.0))))
    return sum(cues) / len(cues) if cues else 0.0


def utterance_sentiments(utterances: Sequence[Utterance]) -> list[float]:
    """Sentiment per utterance, -1..1, text first and acoustics as a sharpener."""
    medians: dict[str, tuple[float | None, float | None, float | None]] = {}
    for speaker in {u.speaker for u in utterances}:
        own = [u for u in utterances if u.speaker == speaker]
        medians[speaker] = (
            _median([u.loudness_db for u in own]),
            _median([u.pitch_var for u in own]),
            _median([u.speech_rate for u in own]),
        )
    scores = []
    for u in utterances:
        text_score = text_sentiment(u.text)
        raised = arousal(u, *medians[u.speaker])
        if text_score < -0.05:
            score = text_score * (1.0 + AROUSAL_SHARPENING * raised)
        elif text_score <= 0.05:
            score = text_score + NEUTRAL_AROUSAL_NUDGE * raised
        else:
            score = text_score
        scores.append(round(max(-1.0, min(1.0, score)), 4))
    return scores


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if len(present) >= 2 else None


def call_tone(utterances: Sequence[Utterance], settings: Settings, duration_s: float | None = None) -> dict[str, Any]:
    """The per-call tone summary stored as analysis.tone (utterances must carry .sentiment)."""
    customer = [u for u in utterances if u.speaker == "customer" and u.sentiment is not None]
    agent = [u for u in utterances if u.speaker == "agent" and u.sentiment is not None]
    n = settings.tone_utterances
    # Short utterances ("ok", "bye", "yeah thanks") carry politeness, not mood; use them only when
    # the customer said nothing longer.
    substantive = [u for u in customer if len(u.text.split()) >= settings.tone_min_words] or customer
    start = _mean([u.sentiment for u in substantive[:n]])
    end = _mean([u.sentiment for u in substantive[-n:]])
    tone: dict[str, Any] = {
        "customer_start": start,
        "customer_end": end,
        "customer_trend": None if start is None or end is None else round(end - start, 3),
        "customer_min": round(min(u.sentiment for u in customer), 3) if customer else None,
        "customer_trajectory": _trajectory(customer, duration_s),
        "ended_negative": bool(end is not None and end < settings.ended_negative_below),
        "agent_mean": _mean([u.sentiment for u in agent]),
        "agent_end": _mean([u.sentiment for u in agent[-n:]]),
    }
    loud = [u for u in customer if u.loudness_db is not None]
    if loud:
        levels = [u.loudness_db for u in loud]
        median = statistics.median(levels)
        # share of customer utterances 6 dB or more above their own median: "raised voice"
        tone["customer_raised_share"] = round(
            sum(lvl >= median + LOUD_DB_FOR_FULL_AROUSAL for lvl in levels) / len(loud), 3
        )
    rates = [u.speech_rate for u in agent if u.speech_rate is not None]
    if rates:
        tone["agent_speech_rate"] = round(statistics.mean(rates), 2)
    return tone


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 3) if present else None


def _trajectory(customer: Sequence[Utterance], duration_s: float | None, bins: int = 5) -> list[float | None]:
    """Customer sentiment averaged over five equal parts of the call (None where they said nothing)."""
    if not customer:
        return []
    end = duration_s or max(u.end for u in customer)
    if end <= 0:
        return []
    buckets: list[list[float]] = [[] for _ in range(bins)]
    for u in customer:
        middle = (u.start + u.end) / 2
        buckets[min(bins - 1, max(0, int(middle / end * bins)))].append(u.sentiment)  # type: ignore[arg-type]
    return [round(sum(b) / len(b), 3) if b else None for b in buckets]
