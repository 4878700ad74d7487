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
from calls_train_a import CALLS  # noqa: E402

SPLIT = "train"
SPEAKER = {"A": "agent", "C": "customer"}
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


def validate(doc):
    errs = []
    cid = doc["call_id"]
    utts = doc["utterances"]
    if not 14 <= len(utts) <= 24:
        errs.append(f"{cid}: {len(utts)} utterances (want 14-24)")
    seen = set()
    for m in doc["moments"]:
        k, i = m["kind"], m["utterance"]
        if k not in ALL_KINDS:
            errs.append(f"{cid}: unknown kind {k}")
        if not 0 <= i < len(utts):
            errs.append(f"{cid}: index {i} out of range")
            continue
        spk = utts[i]["speaker"]
        if k in AGENT_KINDS and spk != "agent":
            errs.append(f"{cid}/{i}: agent kind {k} on {spk} line")
        if k in CUSTOMER_KINDS and spk != "customer":
            errs.append(f"{cid}/{i}: customer kind {k} on {spk} line")
        if (k, i) in seen:
            errs.append(f"{cid}/{i}: duplicate {k}")
        seen.add((k, i))
        if k == "hold":
            if i + 1 >= len(utts):
                errs.append(f"{cid}/{i}: hold on last utterance")
            elif utts[i + 1]["start"] - utts[i]["end"] < 15.0:
                errs.append(f"{cid}/{i}: hold not followed by a 15 s gap")
    if doc["transfers"] != sum(1 for m in doc["moments"] if m["kind"] == "transfer"):
        errs.append(f"{cid}: transfers mismatch")
    prev_end = 0.0
    for u in utts:
        if not (u["start"] >= prev_end and u["end"] > u["start"]):
            errs.append(f"{cid}: times not increasing at {u}")
        prev_end = u["end"]
    return errs


def main():
    ids = [c["call_id"] for c in CALLS]
    assert ids == [f"tra_{n:02d}" for n in range(1, 31)], ids
    errs, counts, picks = [], Counter(), 0
    for call in CALLS:
        doc = build(call)
        errs += validate(doc)
        counts.update(m["kind"] for m in doc["moments"])
        picks += doc["supervisor_pick"]
        (HERE / f"{doc['call_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    for k in sorted(ALL_KINDS):
        need = (
            14
            if k in {"policy_recital", "blame_shift", "cant_language", "feeling_dismissal", "channel_redirect"}
            else 10
        )
        flag = "" if counts[k] >= need else f"  <-- below {need}"
        print(f"{k:20s} {counts[k]:3d}{flag}")
        if counts[k] < need:
            errs.append(f"{k}: only {counts[k]}")
    print(f"calls {len(CALLS)}, supervisor_pick {picks}, utterances {sum(len(c['utterances']) for c in CALLS)}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("all files valid")


if __name__ == "__main__":
    main()
