"""Build tests/eval/train_e/tre_NN.json from calls_train_e.py (deterministic).

Times: about 2.5 words a second (varied +-12 % per utterance), 0.3-1.5 s between turns, a 15-40 s gap after
an utterance labelled `hold`, a 12-30 s gap after one labelled `transfer`; every random draw comes from
random.Random(call_id). Checks every call with tests/eval/eval_format.py before writing.

    /work/main/.venv/bin/python tests/eval/train_e/build_train_e.py
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

from calls_train_e import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "train"
SPEAKERS = {"A": "agent", "C": "customer"}


def build(call: dict) -> dict:
    rng = random.Random(call["id"])
    utterances, moments = [], []
    t = 1.0
    for i, (who, text, *labels) in enumerate(call["lines"]):
        words = len(text.split())
        dur = max(0.6, words / (2.5 * rng.uniform(0.88, 1.12)))
        start, end = round(t, 2), round(t + dur, 2)
        utterances.append({"speaker": SPEAKERS[who], "start": start, "end": end, "text": text})
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
        "call_id": call["id"],
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": bool(call["pick"]),
        "notes": call["notes"],
    }


def main() -> int:
    docs = [build(c) for c in CALLS]
    ids = [d["call_id"] for d in docs]
    problems = [p for d in docs for p in call_problems(d)]
    problems += count_problems(docs)
    if len(set(ids)) != len(ids) or ids != [f"tre_{n:02d}" for n in range(1, 31)]:
        problems.append(f"call ids wrong: {ids}")
    if problems:
        print("\n".join(problems))
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    for kind, n in sorted(counts.items()):
        print(f"{kind:20s} {n:3d} labels in {calls[kind]:2d} calls")
    print(
        f"total {sum(counts.values())} labels; {len(docs)} calls; "
        f"{sum(d['supervisor_pick'] for d in docs)} picked; "
        f"{sum(bool(c.get('asr')) for c in CALLS)} ASR-style; "
        f"utterances {min(len(d['utterances']) for d in docs)}-{max(len(d['utterances']) for d in docs)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
