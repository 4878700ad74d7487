"""`analyze_call`: one call's own analysis (no database, no other calls)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.analysis.metrics import Gap, gaps, talk_metrics
from pipeline.analysis.moments import Detection, detect
from pipeline.analysis.rules import Rules
from pipeline.analysis.score import ScoreSignals, moment_rules, score_call
from pipeline.analysis.tone import call_tone, utterance_sentiments
from pipeline.records import CallAnalysis, CallRecord, Utterance


def detect_moments(
    utterances: Sequence[Utterance], rules: Rules, duration_s: float | None = None
) -> tuple[list[float], list[Gap], Detection]:
    """Sentiment per utterance, the silences, and the moments: what `train` reads of the analysis too."""
    settings = rules.settings
    sentiments = utterance_sentiments(utterances)
    ordered = sorted(utterances, key=lambda u: u.start)
    silences = gaps(ordered, min(settings.dead_air_min_s, settings.hold_min_gap_s))
    return sentiments, silences, detect(utterances, rules, sentiments, silences, duration_s)


def analyze_call(record: CallRecord, rules: Rules) -> CallAnalysis:
    """Moments, timing metrics, tone and the within-call score; sets each utterance's sentiment.

    Journey terms of the score (repeat contacts across calls, transferred legs) are added later by
    `refresh_journeys`, which knows the customer's other calls.
    """
    settings = rules.settings
    utterances = sorted(record.utterances, key=lambda u: u.start)
    sentiments, silences, detection = detect_moments(record.utterances, rules, record.duration_s or None)
    for utterance, sentiment in zip(record.utterances, sentiments, strict=True):
        utterance.sentiment = sentiment
    moments = detection.moments
    # only findings count; possible moments are shown apart and move nothing
    findings = [m for m in moments if not m.possible]
    hold_s = sum(float(m.detail.get("hold_s", 0.0)) for m in findings if m.kind == "hold")
    silence_s = sum(
        g.length for g in silences if g not in detection.claimed_gaps and g.length >= settings.dead_air_min_s
    )
    talk = talk_metrics(utterances)
    tone = call_tone(utterances, settings, record.duration_s or None)

    apologies = sum(m.kind == "apology" for m in findings)
    owned = any(m.kind == "ownership" for m in findings)
    resolution_said = bool(detection.cue_hits.get(settings.resolution_cue))
    # Apologising instead of fixing: many apologies, nobody took it on, nothing got resolved.
    tone["over_apology"] = apologies >= settings.over_apology_min and not owned and not resolution_said
    tone["resolution_said"] = resolution_said

    transfers = sum(m.kind == "transfer" for m in findings)
    signals = ScoreSignals(
        customer_start=tone.get("customer_start"),
        customer_end=tone.get("customer_end"),
        transfers=transfers,
        hold_s=hold_s,
        silence_s=silence_s,
        over_apology=tone["over_apology"],
        moment_rules=moment_rules((m.kind, m.rule) for m in findings),
        started_at=record.meta.started_at,
    )
    score, reasons, _ = score_call(signals, rules)
    return CallAnalysis(
        transfers=transfers,
        hold_s=round(hold_s, 2),
        silence_s=round(silence_s, 2),
        talk_ratio_agent=talk.talk_ratio_agent,
        overtalk_s=talk.overtalk_s,
        tone=tone,
        moments=moments,
        score=score,
        reasons=reasons,
        rules_version=rules.version,
    )
