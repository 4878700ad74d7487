"""Write b6_NN.json from calls_blind6.py, with deterministic synthetic times, and check them.

Run from anywhere: /work/main/.venv/bin/python tests/eval/blind6/build_blind6.py
Times: about 2.5 words a second (+-12 % per utterance), 0.3-1.5 s between turns, 15-40 s after a `hold`
label and 12-30 s after a `transfer` label (narrower for the audio calls so they stay within 140 s).
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from calls_blind6 import AUDIO_CALLS, CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind6"
AUDIO_SPEECH_S = (80.0, 100.0)
AUDIO_TIMELINE_S = 140.0


def build(call: dict) -> dict:
    rng = random.Random(call["id"])
    audio = call["id"] in AUDIO_CALLS
    utterances, moments = [], []
    t = 1.0
    for i, (speaker, text, kinds) in enumerate(call["lines"]):
        dur = max(0.6, len(text.split()) / 2.5 * rng.uniform(0.88, 1.12))
        start, end = round(t, 2), round(t + dur, 2)
        utterances.append({"speaker": speaker, "start": start, "end": end, "text": text})
        moments.extend({"kind": k, "utterance": i} for k in kinds)
        if "hold" in kinds:
            gap = rng.uniform(15.0, 22.0) if audio else rng.uniform(15.0, 40.0)
        elif "transfer" in kinds:
            gap = rng.uniform(12.0, 16.0) if audio else rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    return {
        "call_id": call["id"],
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["worst"],
        "notes": call["notes"],
    }


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs)
    ids = [d["call_id"] for d in docs]
    if ids != [f"b6_{n:02d}" for n in range(1, 31)]:
        problems.append("call ids are not b6_01..b6_30 in order")
    for d in docs:
        if d["call_id"] in AUDIO_CALLS:
            speech = sum(u["end"] - u["start"] for u in d["utterances"])
            total = d["utterances"][-1]["end"]
            print(f"audio {d['call_id']}: speech {speech:.1f} s, timeline {total:.1f} s")
            if not AUDIO_SPEECH_S[0] <= speech <= AUDIO_SPEECH_S[1]:
                problems.append(f"{d['call_id']}: {speech:.1f} s of speech (want 80-100)")
            if total > AUDIO_TIMELINE_S:
                problems.append(f"{d['call_id']}: timeline {total:.1f} s (want <= 140)")
    if problems:
        print("\n".join(problems))
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    audio_counts = Counter(m["kind"] for d in docs if d["call_id"] in AUDIO_CALLS for m in d["moments"])
    print("| kind | labels | calls | in the 10 audio calls |\n|---|---:|---:|---:|")
    for kind in sorted(counts, key=lambda k: -counts[k]):
        print(f"| {kind} | {counts[kind]} | {calls_with[kind]} | {audio_counts[kind]} |")
    print(f"| **total** | **{sum(counts.values())}** | | {sum(audio_counts.values())} |")
    n_utts = [len(d["utterances"]) for d in docs]
    print(f"{len(docs)} calls, {min(n_utts)}-{max(n_utts)} utterances, "
          f"{sum(d['supervisor_pick'] for d in docs)} picks, {sum(d['transfers'] for d in docs)} transfers, "
          f"{sum(c['asr'] for c in CALLS)} ASR-style")
    return 0


if __name__ == "__main__":
    sys.exit(main())
