"""Build trc_NN.json from calls_train_c.py, validate, and print label counts.

Deterministic: times come from random.Random(call_id).
Run:  /work/main/.venv/bin/python tests/eval/train_c/build_train_c.py
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from calls_train_c import CALLS  # noqa: E402
from eval_format import KIND_FLOORS, call_problems  # noqa: E402

SPLIT = "train"


def build(call):
    rng = random.Random(call["id"])
    t = 1.0
    utts, moments = [], []
    for i, u in enumerate(call["u"]):
        words = len(u["text"].split())
        rate = 2.5 * rng.uniform(0.88, 1.12)
        dur = max(0.6, words / rate)
        start, end = round(t, 2), round(t + dur, 2)
        utts.append({"speaker": u["speaker"], "start": start, "end": end, "text": u["text"]})
        for k in u["kinds"]:
            moments.append({"kind": k, "utterance": i})
        if "hold" in u["kinds"]:
            gap = rng.uniform(15.0, 40.0)
        elif "transfer" in u["kinds"]:
            gap = rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    return {
        "call_id": call["id"],
        "split": SPLIT,
        "utterances": utts,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": bool(call["pick"]),
        "notes": call["notes"],
    }


def validate(call, doc):
    """The shared checks (eval_format.py), plus the new agent after a transfer and this set's lint."""
    errs, warns = call_problems(doc), []
    cid = doc["call_id"]
    utts = doc["utterances"]
    n = len(utts)
    for m in doc["moments"]:
        i, k = m["utterance"], m["kind"]
        if k == "transfer" and 0 <= i < n and (i + 1 >= n or utts[i + 1]["speaker"] != "agent"):
            errs.append(f"{cid}/{i}: transfer not followed by the new agent")
    # lint: agent apologies must be labelled; ASR calls must look like ASR
    for i, u in enumerate(call["u"]):
        low = u["text"].lower()
        if u["speaker"] == "agent":
            if re.search(r"\bsorry\b|apolog", low) and "apology" not in u["kinds"]:
                errs.append(f"{cid}/{i}: agent says sorry/apologise without apology label")
            if "myself" in low and "ownership" not in u["kinds"]:
                warns.append(f"{cid}/{i}: 'myself' without ownership (check it is deliberate)")
        if call["asr"] and (u["text"] != low or re.search(r"[.,?!;:'\"]", u["text"])):
            errs.append(f"{cid}/{i}: ASR call line has capitals or punctuation")
    return errs, warns


def main():
    counts = Counter()
    all_errs = []
    ids = [c["id"] for c in CALLS]
    if ids != [f"trc_{i:02d}" for i in range(1, 31)]:
        all_errs.append(f"ids not trc_01..trc_30: {ids}")
    picks = asr = 0
    for call in CALLS:
        doc = build(call)
        errs, warns = validate(call, doc)
        all_errs += errs
        for w in warns:
            print("warn:", w)
        for m in doc["moments"]:
            counts[m["kind"]] += 1
        picks += doc["supervisor_pick"]
        asr += call["asr"]
        (HERE / f"{call['id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    for e in all_errs:
        print("ERROR:", e)
    print(f"calls={len(CALLS)} supervisor_pick={picks} asr_style={asr}")
    print("| kind | count |\n|---|---|")
    for k in KIND_FLOORS:
        print(f"| {k} | {counts[k]} |")
    print(f"| total | {sum(counts.values())} |")
    utts = sum(len(c["u"]) for c in CALLS)
    print(f"utterances={utts}")
    sys.exit(1 if all_errs else 0)


if __name__ == "__main__":
    main()
