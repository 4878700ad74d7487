"""Build the blind5 JSON files from calls.py (deterministic: times from random.Random(call_id)).

Run: /work/main/.venv/bin/python tests/eval/blind5/build_blind5.py
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from calls_blind5 import AUDIO_CALLS, CALLS, SHORT  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

WORDS_PER_S = 2.5


def build(call: dict) -> tuple[dict, float, float]:
    cid = call["id"]
    rng = random.Random(cid)
    audio = cid in AUDIO_CALLS
    t = 1.0
    utts, moments, speech = [], [], 0.0
    prev_labels: list[str] = []
    for i, (speaker, text, labels) in enumerate(call["u"]):
        if i:
            if "hold" in prev_labels:
                gap = rng.uniform(15.5, 20.0) if audio else rng.uniform(15.5, 40.0)
            elif "transfer" in prev_labels:
                gap = rng.uniform(12.0, 16.0) if audio else rng.uniform(12.0, 30.0)
            else:
                gap = rng.uniform(0.3, 1.5)
            t += gap
        words = len(text.split())
        dur = max(0.8, words / WORDS_PER_S * rng.uniform(0.88, 1.12))
        start, end = round(t, 2), round(t + dur, 2)
        utts.append({"speaker": speaker, "start": start, "end": end, "text": text})
        speech += end - start
        t = end
        prev_labels = [SHORT[s] for s in labels.split()]
        for kind in prev_labels:
            moments.append({"kind": kind, "utterance": i})
    doc = {
        "call_id": cid,
        "split": "blind5",
        "utterances": utts,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["worst"],
        "notes": call["notes"],
    }
    return doc, speech, t


def main() -> int:
    docs, problems = [], []
    ids = [c["id"] for c in CALLS]
    assert ids == [f"b5_{n:02d}" for n in range(1, 31)], ids
    for call in CALLS:
        doc, speech, timeline = build(call)
        problems += call_problems(doc)
        if call["id"] in AUDIO_CALLS:
            print(f"{call['id']}: speech {speech:.1f} s, timeline {timeline:.1f} s")
            if not 80 <= speech <= 100:
                problems.append(f"{call['id']}: audio call has {speech:.1f} s of speech (want 80-100)")
            if timeline > 140:
                problems.append(f"{call['id']}: audio call timeline {timeline:.1f} s (want <= 140)")
        docs.append(doc)
    problems += count_problems(docs)
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    for kind in SHORT.values():
        print(f"{kind:20s} {counts[kind]}")
    print("supervisor picks:", sum(d["supervisor_pick"] for d in docs), "asr:", sum(c["asr"] for c in CALLS),
          "transfers:", sum(d["transfers"] for d in docs))
    if problems:
        print("\n".join(problems))
        return 1
    for doc in docs:
        (HERE / f"{doc['call_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
