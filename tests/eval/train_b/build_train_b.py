"""Build trb_NN.json from calls_train_b.py, deterministically, and validate every file.

Run:  /work/main/.venv/bin/python tests/eval/train_b/build_train_b.py
Timing model: ~2.5 words/s (+-12 % per utterance), 0.3-1.5 s between turns, 15-40 s after a
`hold` announcement, 12-30 s after a `transfer` announcement. Seeded with random.Random(call_id).
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from calls_train_b import CALLS  # noqa: E402
from eval_format import KIND_FLOORS, call_problems, count_problems  # noqa: E402

KIND_ORDER = list(KIND_FLOORS)


def build_call(call):
    rng = random.Random(call["id"])
    t = 1.0
    utterances, moments = [], []
    prev_kinds = []
    for i, (speaker, text, kinds) in enumerate(call["lines"]):
        if i > 0:
            if "hold" in prev_kinds:
                gap = rng.uniform(15.0, 40.0)
            elif "transfer" in prev_kinds:
                gap = rng.uniform(12.0, 30.0)
            else:
                gap = rng.uniform(0.3, 1.5)
            t += gap
        words = len(text.split())
        rate = 2.5 * rng.uniform(0.88, 1.12)
        dur = max(0.5, words / rate)
        start, end = round(t, 2), round(t + dur, 2)
        utterances.append({"speaker": speaker, "start": start, "end": end, "text": text})
        for k in kinds:
            moments.append({"kind": k, "utterance": i})
        t = t + dur
        prev_kinds = kinds
    return {
        "call_id": call["id"],
        "split": "train",
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": bool(call["pick"]),
        "notes": call["notes"],
    }


def validate(call, doc):
    """The shared checks (eval_format.py), plus this set's transfer gaps and ASR-style text."""
    errs = call_problems(doc)
    utts = doc["utterances"]
    n = len(utts)
    for m in doc["moments"]:
        k, i = m["kind"], m["utterance"]
        if k == "transfer" and 0 <= i < n:
            if i + 1 >= n or utts[i + 1]["start"] - utts[i]["end"] < 12.0:
                errs.append(f"transfer on line {i} not followed by a >=12 s gap")
            elif utts[i + 1]["speaker"] != "agent":
                errs.append(f"transfer on line {i} not followed by the new agent")
    for i, u in enumerate(utts):
        if call["asr"] and not re.fullmatch(r"[a-z0-9 ]+", u["text"]):
            errs.append(f"ASR call line {i} has caps/punctuation: {u['text'][:40]!r}")
    return errs


def main():
    ids = [c["id"] for c in CALLS]
    assert ids == [f"trb_{i:02d}" for i in range(1, 31)], ids
    totals = Counter()
    calls_with = Counter()
    bad = False
    docs = []
    for call in CALLS:
        doc = build_call(call)
        docs.append(doc)
        errs = validate(call, doc)
        if errs:
            bad = True
            print(call["id"], "INVALID:", "; ".join(errs))
        (HERE / f"{call['id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        kinds = [m["kind"] for m in doc["moments"]]
        totals.update(kinds)
        calls_with.update(set(kinds))
    picks = sum(1 for c in CALLS if c["pick"])
    asr = sum(1 for c in CALLS if c["asr"])
    n_utts = sum(len(c["lines"]) for c in CALLS)
    print(f"{len(CALLS)} calls, {n_utts} utterances, {picks} supervisor picks, {asr} ASR-style")
    print("| kind | labels | calls |")
    print("|---|---:|---:|")
    for k in KIND_ORDER:
        flag = "" if totals[k] >= KIND_FLOORS[k] else "  <-- below minimum"
        print(f"| `{k}` | {totals[k]} | {calls_with[k]} |{flag}")
    bad = bad or bool(count_problems(docs))
    print(f"| total | {sum(totals.values())} | |")
    if bad:
        sys.exit(1)
    print("all files valid")


if __name__ == "__main__":
    main()
