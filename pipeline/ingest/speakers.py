"""Telling agent from customer in a mono recording, without a diarisation model.

No speaker-embedding model can be downloaded here, so this is a documented heuristic, and calls
labelled by it are marked `speakers_estimated` so the app can say so:

1. Each utterance gets its median voice pitch (autocorrelation F0 over voiced 40 ms frames).
2. The utterances are split into two groups by pitch (1-D two-means on log F0). When the two
   groups' pitches differ by less than 12 %, pitch cannot tell the voices apart, and turns are
   assigned by alternation at each pause instead.
3. The group that speaks the opening line of an inbound call, or that says a scripted agent phrase
   ("thank you for calling", "my name is", "how can I help"), is the agent.
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.records import Utterance

MIN_PITCH_SEPARATION = 1.12
_AGENT_PHRASES = re.compile(
    r"thank(s| you) for (calling|holding|waiting)|my name is|how (can|may) i (help|assist)|speaking\b|"
    r"you'?re through to|calling from",
    re.IGNORECASE,
)


def median_pitch(samples: np.ndarray, start: float, end: float) -> float | None:
    """Median F0 in Hz over the voiced frames of [start, end], None when nothing is voiced."""
    seg = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)].astype(np.float64)
    frame, hop = int(0.04 * SAMPLE_RATE), int(0.02 * SAMPLE_RATE)
    if len(seg) < frame:
        return None
    n = 1 + (len(seg) - frame) // hop
    idx = np.arange(frame)[None, :] + hop * np.arange(n)[:, None]
    frames = seg[idx] * np.hanning(frame)
    energy = np.sum(frames**2, axis=1)
    voiced = frames[energy > 0.5 * np.median(energy) + 1e-9]
    if not len(voiced):
        return None
    spectrum = np.fft.rfft(voiced, n=2 * frame)
    autocorr = np.fft.irfft(np.abs(spectrum) ** 2)[:, :frame]
    lo, hi = SAMPLE_RATE // 400, SAMPLE_RATE // 70  # 70–400 Hz covers adult voices
    lags = lo + np.argmax(autocorr[:, lo:hi], axis=1)
    strength = autocorr[np.arange(len(lags)), lags] / np.maximum(autocorr[:, 0], 1e-12)
    pitches = SAMPLE_RATE / lags[strength > 0.3]
    return float(np.median(pitches)) if len(pitches) else None


def _two_means(values: np.ndarray) -> tuple[np.ndarray, float, float]:
    low, high = float(np.min(values)), float(np.max(values))
    labels = np.zeros(len(values), dtype=int)
    for _ in range(20):
        labels = (np.abs(values - high) < np.abs(values - low)).astype(int)
        if labels.all() or not labels.any():
            break
        low, high = float(values[labels == 0].mean()), float(values[labels == 1].mean())
    return labels, low, high


def assign_speakers(utterances: list[Utterance], samples: np.ndarray, direction: str | None = None) -> list[Utterance]:
    """Label mono utterances agent/customer in place (returns them for chaining)."""
    if not utterances:
        return utterances
    pitches = [median_pitch(samples, u.start, u.end) for u in utterances]
    known = np.array([np.log(p) for p in pitches if p])
    groups: list[int]
    if len(known) >= 2:
        labels, low, high = _two_means(known)
        separated = np.exp(high - low) >= MIN_PITCH_SEPARATION and labels.any() and not labels.all()
    else:
        separated = False
    if separated:
        iterator = iter(labels)
        groups = []
        for p in pitches:
            groups.append(int(next(iterator)) if p else -1)
        # Utterances without a pitch take their neighbour's group.
        for i, g in enumerate(groups):
            if g == -1:
                groups[i] = groups[i - 1] if i and groups[i - 1] != -1 else 0
    else:
        groups, current = [], 0
        for i, u in enumerate(utterances):
            if i and u.start - utterances[i - 1].end > 0.5:
                current = 1 - current
            groups.append(current)
    agent_group = _agent_group(utterances, groups, direction)
    for u, g in zip(utterances, groups, strict=True):
        u.speaker = "agent" if g == agent_group else "customer"
    return utterances


def _agent_group(utterances: list[Utterance], groups: list[int], direction: str | None) -> int:
    votes = [0, 0]
    for u, g in zip(utterances, groups, strict=True):
        if _AGENT_PHRASES.search(u.text):
            votes[g] += 1
    if votes[0] != votes[1]:
        return 0 if votes[0] > votes[1] else 1
    # Inbound: the agent answers first. Outbound: the customer picks up and speaks first.
    first = groups[0]
    return first if (direction or "inbound").lower() != "outbound" else 1 - first
