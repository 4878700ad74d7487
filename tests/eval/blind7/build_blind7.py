"""Write the blind7 JSON files from calls_blind7.py (deterministic), validate them, print a summary."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from calls_blind7 import AUDIO_CALLS, CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind7"
SPEAKERS = {"a": "agent", "c": "customer"}
AUDIO_SPEECH_S = (80.0, 100.0)
AUDIO_TIMELINE_S = 140.0


def build(call: dict) -> tuple[dict, float]:
    rng = random.Random(call["id"])
    audio = call["id"] in AUDIO_CALLS
    t = 1.0
    speech = 0.0
    utterances, moments = [], []
    for i, (spk, text, *kinds) in enumerate(call["lines"]):
        if i:
            prev = call["lines"][i - 1][2:]
            if "hold" in prev:
                t += rng.uniform(15.5, 20.0) if audio else rng.uniform(15.5, 40.0)
            elif "transfer" in prev:
                t += rng.uniform(12.0, 16.0) if audio else rng.uniform(12.0, 30.0)
            else:
                t += rng.uniform(0.3, 1.5)
        dur = len(text.split()) / (2.5 * rng.uniform(0.88, 1.12))
        utterances.append({"speaker": SPEAKERS[spk], "start": round(t, 2), "end": round(t + dur, 2), "text": text})
        t += dur
        speech += dur
        moments.extend({"kind": k, "utterance": i} for k in kinds)
    doc = {
        "call_id": call["id"],
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["worst"],
        "notes": call["notes"],
    }
    return doc, speech


def main() -> int:
    problems, docs = [], []
    for call in CALLS:
        doc, speech = build(call)
        docs.append(doc)
        problems += call_problems(doc)
        if call["id"] in AUDIO_CALLS:
            total = doc["utterances"][-1]["end"]
            ok = AUDIO_SPEECH_S[0] <= speech <= AUDIO_SPEECH_S[1] and total <= AUDIO_TIMELINE_S
            print(f"audio {call['id']}: speech {speech:.1f} s, timeline {total:.1f} s {'ok' if ok else 'OUT OF RANGE'}")
            if not ok:
                problems.append(f"{call['id']}: audio timing out of range")
        (HERE / f"{call['id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    problems += count_problems(docs)
    ids = [c["id"] for c in CALLS]
    if ids != [f"b7_{n:02d}" for n in range(1, 31)]:
        problems.append("call ids are not b7_01..b7_30")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    print("labels:", dict(sorted(counts.items())))
    print("utterances:", sum(len(d["utterances"]) for d in docs), "worst:", sum(d["supervisor_pick"] for d in docs),
          "asr:", sum(c["asr"] for c in CALLS), "transfers:", sum(d["transfers"] for d in docs))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
