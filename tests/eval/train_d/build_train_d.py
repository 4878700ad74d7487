"""Build the train_d JSON files from calls_train_d.py (deterministic: times seeded by call id).

    /work/main/.venv/bin/python tests/eval/train_d/build_train_d.py

Timing: about 2.5 words a second (each utterance varied by up to ±12 %), 0.3–1.5 s between turns,
15–40 s after a labelled hold announcement, 12–30 s after a labelled transfer announcement.
Every call is checked with tests/eval/eval_format.py before anything is written.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from calls_train_d import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "train"
WORDS_PER_S = 2.5
ASR_TEXT = re.compile(r"^[a-z0-9 ]+$")
MIN_SET = {"policy_recital": 20, "blame_shift": 20, "ownership": 20}  # this set's own floors


def build_call(spec: dict) -> dict:
    rng = random.Random(spec["call_id"])
    t = 1.0
    utterances, moments = [], []
    for i, (speaker, text, kinds) in enumerate(spec["lines"]):
        words = len(text.split())
        dur = max(0.6, words / WORDS_PER_S * rng.uniform(0.88, 1.12))
        utterances.append({"speaker": speaker, "start": round(t, 2), "end": round(t + dur, 2), "text": text})
        for kind in kinds:
            moments.append({"kind": kind, "utterance": i})
        if "hold" in kinds:
            gap = rng.uniform(15.0, 40.0)
        elif "transfer" in kinds:
            gap = rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = round(t + dur, 2) + gap
    return {
        "call_id": spec["call_id"],
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": spec["supervisor_pick"],
        "notes": spec["notes"],
    }


def extra_problems(spec: dict, doc: dict) -> list[str]:
    """Checks beyond eval_format: ASR-style text, hold gaps rounded safely, ids in order."""
    problems = []
    cid = spec["call_id"]
    if spec["asr"]:
        for i, u in enumerate(doc["utterances"]):
            if not ASR_TEXT.match(u["text"]):
                problems.append(f"{cid}/{i}: ASR call has capitals or punctuation: {u['text'][:40]!r}")
    for m in doc["moments"]:
        if m["kind"] == "transfer":
            i = m["utterance"]
            if i + 1 >= len(doc["utterances"]) or doc["utterances"][i + 1]["speaker"] != "agent":
                problems.append(f"{cid}/{i}: transfer not followed by the new agent")
    return problems


def main() -> int:
    docs, problems = [], []
    ids = [s["call_id"] for s in CALLS]
    if ids != [f"trd_{n:02d}" for n in range(1, 31)]:
        problems.append(f"call ids out of order or missing: {ids}")
    for spec in CALLS:
        doc = build_call(spec)
        problems += call_problems(doc) + extra_problems(spec, doc)
        docs.append(doc)
    problems += count_problems(docs)
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (want {n})" for k, n in MIN_SET.items() if counts[k] < n]
    if problems:
        print("\n".join(problems))
        return 1
    for doc in docs:
        (HERE / f"{doc['call_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} calls to {HERE}")
    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:20s} {n}")
    print(f"  supervisor_pick      {sum(d['supervisor_pick'] for d in docs)}")
    print(f"  asr-style calls      {sum(s['asr'] for s in CALLS)}")
    print(f"  utterances           {sum(len(d['utterances']) for d in docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
