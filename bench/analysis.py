"""Analysis and redaction speed: the per-call costs the ingest pays after transcription.

    .venv/bin/python bench/analysis.py

Prints best-of-5 timings for a 10-minute call (about 150 utterances): the whole analysis with and
without the semantic matcher, acoustic features for one long utterance, one sentence embedding,
transcript redaction, and writing the redacted audio copy.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import av  # noqa: E402
import numpy as np  # noqa: E402

from pipeline.analysis.acoustic import acoustic_features  # noqa: E402
from pipeline.analysis.call import analyze_call  # noqa: E402
from pipeline.analysis.embed import embed  # noqa: E402
from pipeline.analysis.load import load_rules  # noqa: E402
from pipeline.records import CallMeta, CallRecord, Redaction, Utterance, Word  # noqa: E402
from pipeline.trust.redact import redact_utterances, write_redacted_audio  # noqa: E402

LINES = [
    ("customer", "hi I'm calling because my parcel still has not arrived and I have called three times"),
    ("agent", "I'm sorry about that, that's the courier's problem, our policy states we wait ten days"),
    # Lines no rule fires on: the semantic matcher reads these.
    ("customer", "it was meant to come on Tuesday and the tracking page just says it left the depot"),
    ("agent", "right, I can see the order here, it went out with the evening van from the north site"),
]


def ten_minute_call(variant: int = 0) -> CallRecord:
    """A fresh call each variant, so no sentence is served from the embedding cache."""
    utterances, t = [], 0.0
    for i in range(152):
        speaker, text = LINES[i % 4]
        text = f"{text} {variant * 1000 + i}"
        words = text.split()
        duration = len(words) / 2.5
        step = duration / len(words)
        utterances.append(
            Utterance(
                speaker, t, t + duration, text, [Word(w, t + k * step, t + (k + 1) * step) for k, w in enumerate(words)]
            )
        )
        t += duration + 0.6
    return CallRecord(CallMeta("BENCH"), "x", "bench", "json", t, 2, False, utterances)


def best_of(action: Callable[[int], object], runs: int = 5) -> float:
    """Best wall time of `action(run)`; run 0 warms up (model loading) outside the timing."""
    action(0)
    best = float("inf")
    for run in range(1, runs + 1):
        started = time.perf_counter()
        action(run)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    rules = load_rules()
    rules_only = replace(rules, semantic=replace(rules.semantic, enabled=False))
    calls = [ten_minute_call(v) for v in range(7)]
    rate = 16000
    channel = (0.1 * np.random.default_rng(0).standard_normal(rate * 600)).astype(np.float32)
    rows = [
        ("analyse a 10-minute call, rules only", best_of(lambda run: analyze_call(calls[run], rules_only))),
        ("analyse a 10-minute call, rules + semantic matcher", best_of(lambda run: analyze_call(calls[run], rules))),
        (
            "acoustic features of one 12 s utterance",
            best_of(lambda run: acoustic_features(channel, rate, run, run + 12)),
        ),
        (
            "embed one 15-word sentence",
            best_of(lambda run: embed([f"I'm really sorry but there's nothing I can do {run}"])),
        ),
        ("redact the 10-minute transcript", best_of(lambda run: redact_utterances(calls[run].utterances))),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "call.wav"
        with av.open(str(source), "w") as container:
            stream = container.add_stream("pcm_s16le", rate=8000, layout="stereo")
            pcm = (np.clip(np.stack([channel[::2], channel[::2]]).T, -1, 1) * 32767).astype(np.int16).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="stereo")
            frame.sample_rate = 8000
            for packet in stream.encode(frame):
                container.mux(packet)
            for packet in stream.encode(None):
                container.mux(packet)
        spans = [Redaction("CARD", "customer", 30.0 * i, 30.0 * i + 6) for i in range(1, 15)]
        rows.append(
            (
                "write the redacted audio copy of a 10-minute call",
                best_of(lambda run: write_redacted_audio(source, Path(tmp) / "out.ogg", spans), runs=3),
            )
        )
    print("| step | best of 5, s |\n|---|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
