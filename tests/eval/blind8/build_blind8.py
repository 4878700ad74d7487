"""Write the blind8 JSON files from calls_blind8.py (deterministic), validate them, print a summary.

Run: /work/main/.venv/bin/python tests/eval/blind8/build_blind8.py
Transcripts only (no audio is rendered for this set).
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

from calls_blind8 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind8"
SPEAKERS = {"a": "agent", "c": "customer"}
HOLD_GAP_S = (15.5, 40.0)  # silence or music after a labelled hold
TRANSFER_GAP_S = (12.0, 30.0)  # ringing before the new agent speaks
TURN_GAP_S = (0.3, 1.5)


def build(call: dict) -> dict:
    rng = random.Random(call["id"])
    t = 1.0
    utterances, moments = [], []
    for i, (spk, text, *kinds) in enumerate(call["lines"]):
        if i:
            prev = call["lines"][i - 1][2:]
            if "hold" in prev:  # a hold that is also a transfer gets the (longer) hold gap
                t += rng.uniform(*HOLD_GAP_S)
            elif "transfer" in prev:
                t += rng.uniform(*TRANSFER_GAP_S)
            else:
                t += rng.uniform(*TURN_GAP_S)
        dur = len(text.split()) / (2.5 * rng.uniform(0.88, 1.12))
        utterances.append({"speaker": SPEAKERS[spk], "start": round(t, 2), "end": round(t + dur, 2), "text": text})
        t += dur
        moments.extend({"kind": k, "utterance": i} for k in kinds)
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
    problems, docs = [], []
    for call in CALLS:
        doc = build(call)
        docs.append(doc)
        problems += call_problems(doc)
        (HERE / f"{call['id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    problems += count_problems(docs)
    ids = [c["id"] for c in CALLS]
    if ids != [f"b8_{n:02d}" for n in range(1, 31)]:
        problems.append("call ids are not b8_01..b8_30")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    print("labels:", dict(sorted(counts.items())))
    print("calls with kind:", dict(sorted(calls_with.items())))
    print("utterances:", sum(len(d["utterances"]) for d in docs), "total labels:", sum(counts.values()),
          "worst:", sum(d["supervisor_pick"] for d in docs), "asr:", sum(c["asr"] for c in CALLS),
          "transfers:", sum(d["transfers"] for d in docs))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
