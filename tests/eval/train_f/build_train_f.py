"""Build trf_NN.json from calls_train_f.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/train_f/build_train_f.py
Timing model: ~2.5 words/s (each utterance's rate varied +/-12 %), 0.3-1.5 s between turns,
15-40 s after an agent's hold announcement, 12-30 s after a transfer announcement.
Times come from random.Random(call_id), so every run writes the same files.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from calls_train_f import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPEAKER = {"a": "agent", "c": "customer"}
WORDS_PER_S = 2.5


def build(call: dict) -> dict:
    rng = random.Random(call["id"])
    t = 1.0
    utterances, moments = [], []
    for i, (spk, text, labels) in enumerate(call["utts"]):
        kinds = labels.split()
        words = len(text.split())
        dur = max(0.6, words / (WORDS_PER_S * rng.uniform(0.88, 1.12)))
        start, end = round(t, 2), round(t + dur, 2)
        utterances.append({"speaker": SPEAKER[spk], "start": start, "end": end, "text": text})
        moments.extend({"kind": k, "utterance": i} for k in kinds)
        if "hold" in kinds:
            gap = rng.uniform(15.0, 40.0)
        elif "transfer" in kinds:
            gap = rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    return {
        "call_id": call["id"],
        "split": "train",
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["pick"],
        "notes": call["notes"],
    }


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs)
    floors = {"policy_recital": 20, "blame_shift": 20, "ownership": 20}  # this set's brief asks for more
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (want {n})" for k, n in floors.items() if counts[k] < n]
    ids = [d["call_id"] for d in docs]
    if ids != [f"trf_{i:02d}" for i in range(1, 31)]:
        problems.append(f"unexpected call ids {ids}")
    if problems:
        print("\n".join(problems))
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    print(
        f"wrote {len(docs)} calls, {sum(counts.values())} labels, "
        f"{sum(d['supervisor_pick'] for d in docs)} supervisor picks, "
        f"{sum(c['asr'] for c in CALLS)} ASR-style"
    )
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    for k in (
        "policy_recital",
        "blame_shift",
        "cant_language",
        "feeling_dismissal",
        "channel_redirect",
        "apology",
        "ownership",
        "follow_up_promise",
        "transfer",
        "hold",
        "escalation_request",
        "repeat_contact",
    ):
        print(f"| {k} | {counts[k]} | {calls_with[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
