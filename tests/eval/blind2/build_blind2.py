"""Build the blind2 JSON files from calls_blind2.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/blind2/build_blind2.py
Times: ~2.5 words/s (+-12 % per utterance), 0.3-1.5 s between turns, 15-40 s after a
`hold` label, 12-30 s after a `transfer` label. Seeded with random.Random(call_id).
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

sys.path.insert(0, str(HERE.parent))
from calls_blind2 import AUDIO_CALLS, CALLS, SPLIT  # noqa: E402
from eval_format import KIND_FLOORS, call_problems, count_problems  # noqa: E402

KIND_ORDER = list(KIND_FLOORS)


def build_call(call):
    rng = random.Random(call["id"])
    utterances, moments = [], []
    t = 1.0
    prev_kinds = None
    for i, (speaker, text, kinds) in enumerate(call["lines"]):
        if prev_kinds is not None:
            if "hold" in prev_kinds:
                gap = rng.uniform(15.0, 40.0)
            elif "transfer" in prev_kinds:
                gap = rng.uniform(12.0, 30.0)
            else:
                gap = rng.uniform(0.3, 1.5)
            t += gap
        words = len(text.split())
        rate = 2.5 * rng.uniform(0.88, 1.12)
        dur = max(0.6, words / rate)
        start = round(t, 2)
        end = round(t + dur, 2)
        utterances.append({"speaker": speaker, "start": start, "end": end, "text": text})
        for k in kinds:
            moments.append({"kind": k, "utterance": i})
        t = end
        prev_kinds = kinds
    return {
        "call_id": call["id"],
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["supervisor_pick"],
        "notes": call["notes"],
    }


def validate(d):
    """The shared checks (eval_format.py), plus the silence after a transfer."""
    errs = call_problems(d)
    utts = d["utterances"]
    n = len(utts)
    for m in d["moments"]:
        k, i = m["kind"], m["utterance"]
        if k == "transfer" and 0 <= i < n and (i + 1 >= n or utts[i + 1]["start"] - utts[i]["end"] < 12.0):
            errs.append(f"transfer at {i} not followed by >=12 s gap")
    return errs


def main():
    ids = [c["id"] for c in CALLS]
    assert ids == [f"b2_{i:02d}" for i in range(1, 31)], ids
    assert len(AUDIO_CALLS) == 10 and set(AUDIO_CALLS) <= set(ids)
    totals = Counter()
    problems = 0
    picks = 0
    docs = []
    for call in CALLS:
        d = build_call(call)
        docs.append(d)
        errs = validate(d)
        if errs:
            problems += len(errs)
            print(call["id"], "ERRORS:", errs)
        (HERE / f"{call['id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
        totals.update(m["kind"] for m in d["moments"])
        picks += d["supervisor_pick"]
        if call["id"] in AUDIO_CALLS:
            speech = sum(u["end"] - u["start"] for u in d["utterances"])
            words = sum(len(u["text"].split()) for u in d["utterances"])
            span = d["utterances"][-1]["end"]
            print(f"audio {call['id']}: speech {speech:.1f}s ({words} words), call span {span:.1f}s")
            if speech >= 180:
                problems += 1
                print(call["id"], "ERROR: audio call has >= 3 min of speech")
    print()
    print(f"calls {len(CALLS)}, supervisor picks {picks}, ASR-style {sum(c['asr'] for c in CALLS)}")
    for k in KIND_ORDER:
        print(f"  {k:20s} {totals[k]}")
    print(f"  {'total':20s} {sum(totals.values())}")
    for short in count_problems(docs):
        problems += 1
        print("ERROR: too few", short)
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print("all files valid")


if __name__ == "__main__":
    main()
