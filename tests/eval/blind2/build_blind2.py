"""Build the blind2 JSON files from calls_blind2.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/blind2/build_blind2.py
Times: ~2.5 words/s (+-12 % per utterance), 0.3-1.5 s between turns, 15-40 s after a
`hold` label, 12-30 s after a `transfer` label. Seeded with random.Random(call_id).
"""

import itertools
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from calls_blind2 import AUDIO_CALLS, CALLS, SPLIT  # noqa: E402

AGENT_KINDS = {
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
}
CUSTOMER_KINDS = {"escalation_request", "repeat_contact"}
ALL_KINDS = AGENT_KINDS | CUSTOMER_KINDS
KIND_ORDER = [
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
]


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
    errs = []
    utts = d["utterances"]
    n = len(utts)
    if not 14 <= n <= 24:
        errs.append(f"{n} utterances (want 14-24)")
    seen = set()
    for m in d["moments"]:
        k, i = m["kind"], m["utterance"]
        if k not in ALL_KINDS:
            errs.append(f"unknown kind {k}")
        if not 0 <= i < n:
            errs.append(f"index {i} out of range")
            continue
        sp = utts[i]["speaker"]
        if k in AGENT_KINDS and sp != "agent":
            errs.append(f"{k} on {sp} line {i}")
        if k in CUSTOMER_KINDS and sp != "customer":
            errs.append(f"{k} on {sp} line {i}")
        if (k, i) in seen:
            errs.append(f"duplicate {k} on {i}")
        seen.add((k, i))
        if k == "hold":
            if i + 1 >= n:
                errs.append(f"hold on last line {i}")
            elif utts[i + 1]["start"] - utts[i]["end"] < 15.0:
                errs.append(f"hold at {i} not followed by >=15 s gap")
        if k == "transfer" and (i + 1 >= n or utts[i + 1]["start"] - utts[i]["end"] < 12.0):
            errs.append(f"transfer at {i} not followed by >=12 s gap")
    if d["transfers"] != sum(1 for m in d["moments"] if m["kind"] == "transfer"):
        errs.append("transfers count mismatch")
    for a, b in itertools.pairwise(utts):
        if b["start"] < a["end"]:
            errs.append("overlapping times")
    for u in utts:
        if u["speaker"] not in ("agent", "customer"):
            errs.append(f"bad speaker {u['speaker']}")
    return errs


def main():
    ids = [c["id"] for c in CALLS]
    assert ids == [f"b2_{i:02d}" for i in range(1, 31)], ids
    assert len(AUDIO_CALLS) == 10 and set(AUDIO_CALLS) <= set(ids)
    totals = Counter()
    problems = 0
    picks = 0
    for call in CALLS:
        d = build_call(call)
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
    mins = dict.fromkeys(KIND_ORDER[:5], 14)
    for k in KIND_ORDER:
        if totals[k] < mins.get(k, 10):
            problems += 1
            print("ERROR: too few", k)
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print("all files valid")


if __name__ == "__main__":
    main()
