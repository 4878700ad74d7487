"""Build tra_NN.json from calls_train_a.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/train_a/build_train_a.py
Timing model: ~2.5 words/s (each utterance's rate varied +/-12 %), 0.3-1.5 s between
turns, 15-40 s after an agent's hold announcement, 12-30 s after a transfer announcement.
The RNG is random.Random(call_id), so the output never changes between runs.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from calls_train_a import CALLS  # noqa: E402
from eval_format import KIND_FLOORS, call_problems, count_problems  # noqa: E402

SPLIT = "train"
SPEAKER = {"A": "agent", "C": "customer"}


def build(call):
    rng = random.Random(call["call_id"])
    t = 1.0
    utts, moments = [], []
    for i, (spk, text, *labels) in enumerate(call["utterances"]):
        words = len(text.split())
        rate = 2.5 * rng.uniform(0.88, 1.12)
        dur = max(0.6, words / rate)
        start, end = round(t, 2), round(t + dur, 2)
        utts.append({"speaker": SPEAKER[spk], "start": start, "end": end, "text": text})
        for kind in labels:
            moments.append({"kind": kind, "utterance": i})
        if "hold" in labels:
            gap = rng.uniform(15.0, 40.0)
        elif "transfer" in labels:
            gap = rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    return {
        "call_id": call["call_id"],
        "split": SPLIT,
        "utterances": utts,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["supervisor_pick"],
        "notes": call["notes"],
    }


def main():
    ids = [c["call_id"] for c in CALLS]
    assert ids == [f"tra_{n:02d}" for n in range(1, 31)], ids
    errs, counts, picks, docs = [], Counter(), 0, []
    for call in CALLS:
        doc = build(call)
        docs.append(doc)
        errs += call_problems(doc)
        counts.update(m["kind"] for m in doc["moments"])
        picks += doc["supervisor_pick"]
        (HERE / f"{doc['call_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    for k, need in KIND_FLOORS.items():
        flag = "" if counts[k] >= need else f"  <-- below {need}"
        print(f"{k:20s} {counts[k]:3d}{flag}")
    errs += count_problems(docs)
    print(f"calls {len(CALLS)}, supervisor_pick {picks}, utterances {sum(len(c['utterances']) for c in CALLS)}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("all files valid")


if __name__ == "__main__":
    main()
