"""Timing metrics from utterance (or word) timings: silences, holds, dead air, overtalk, talk ratio.

No audio is needed: the transcript's times say when each channel spoke. Word times are used when
present because Whisper's utterance spans include short pauses; utterance spans otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from pipeline.records import Utterance

Interval = tuple[float, float]


@dataclass(frozen=True)
class Gap:
    """A stretch where nobody speaks, between two pieces of speech."""

    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


def speech_intervals(utterances: Iterable[Utterance], speaker: str | None = None) -> list[Interval]:
    """Merged, sorted spans of speech (one speaker, or everyone when speaker is None)."""
    spans: list[Interval] = []
    for u in utterances:
        if speaker is not None and u.speaker != speaker:
            continue
        if u.words:
            spans.extend((w.start, w.end) for w in u.words if w.end > w.start)
        elif u.end > u.start:
            spans.append((u.start, u.end))
    return merge(spans)


def merge(spans: Iterable[Interval], join_within: float = 0.0) -> list[Interval]:
    merged: list[list[float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + join_within:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def gaps(utterances: Sequence[Utterance], min_length: float) -> list[Gap]:
    """Silences of at least min_length between speech on any channel (not before the first word or after the last)."""
    spans = speech_intervals(utterances)
    found = []
    for (_, prev_end), (next_start, _) in pairwise(spans):
        if next_start - prev_end >= min_length:
            found.append(Gap(prev_end, next_start))
    return found


def total(spans: Iterable[Interval]) -> float:
    return sum(b - a for a, b in spans)


def overlap(a: Sequence[Interval], b: Sequence[Interval]) -> float:
    """Total time both merged interval lists cover (two-pointer sweep)."""
    i = j = 0
    both = 0.0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if end > start:
            both += end - start
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return both


@dataclass(frozen=True)
class TalkMetrics:
    talk_ratio_agent: float | None
    overtalk_s: float
    agent_talk_s: float
    customer_talk_s: float


def talk_metrics(utterances: Sequence[Utterance]) -> TalkMetrics:
    agent = speech_intervals(utterances, "agent")
    customer = speech_intervals(utterances, "customer")
    agent_s, customer_s = total(agent), total(customer)
    ratio = agent_s / (agent_s + customer_s) if agent_s + customer_s > 0 else None
    return TalkMetrics(
        talk_ratio_agent=None if ratio is None else round(ratio, 3),
        overtalk_s=round(overlap(agent, customer), 2),
        agent_talk_s=round(agent_s, 2),
        customer_talk_s=round(customer_s, 2),
    )
