"""Build and validate the blind3 JSON files from calls_blind3.py.

Deterministic: times come from random.Random(call_id).
  * speech rate about 2.5 words/s, varied +-12 % per utterance
  * 0.3-1.5 s between turns
  * 15-40 s after an utterance labelled `hold` (the silence of the hold)
  * 12-30 s after an utterance labelled `transfer` (ringing before the new agent)

Run:  /work/main/.venv/bin/python tests/eval/blind3/build_blind3.py
"""

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


sys.path.insert(0, str(HERE.parent))
from calls_blind3 import AUDIO_CALLS, CALLS  # noqa: E402
from eval_format import KIND_FLOORS, call_problems, count_problems  # noqa: E402

SPLIT = "blind3"


def build_call(call):
    cid = call["id"]
    rng = random.Random(cid)
    t = 1.0
    utterances, moments = [], []
    for i, (speaker, text, kinds) in enumerate(call["turns"]):
        words = len(text.split())
        rate = 2.5 * rng.uniform(0.88, 1.12)
        dur = max(words / rate, 0.6)
        start = round(t, 2)
        end = round(t + dur, 2)
        utterances.append({"speaker": speaker, "start": start, "end": end, "text": text})
        for k in kinds:
            moments.append({"kind": k, "utterance": i})
        if "hold" in kinds:
            gap = rng.uniform(15.0, 40.0)
        elif "transfer" in kinds:
            gap = rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    moments.sort(key=lambda m: (m["utterance"], m["kind"]))
    return {
        "call_id": cid,
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": bool(call["supervisor_pick"]),
        "notes": call["notes"],
    }


def validate(doc, call):
    """The shared checks (eval_format.py), plus this set's transfer gaps, silences and ASR-style text."""
    errs = call_problems(doc)
    cid = doc["call_id"]
    utts = doc["utterances"]
    n = len(utts)
    for m in doc["moments"]:
        i, k = m["utterance"], m["kind"]
        if k == "transfer" and 0 <= i < n:
            if i + 1 >= n or utts[i + 1]["speaker"] != "agent":
                errs.append(f"{cid}/{i}: transfer not followed by the new agent")
            elif not 12.0 <= utts[i + 1]["start"] - utts[i]["end"] <= 30.0:
                errs.append(f"{cid}/{i}: transfer gap out of 12-30 s")
    # no unlabelled long silences (only holds and transfers may leave >= 12 s)
    labelled = {m["utterance"] for m in doc["moments"] if m["kind"] in ("hold", "transfer")}
    for i, (a, b) in enumerate(itertools.pairwise(utts)):
        if b["start"] - a["end"] > 1.6 and i not in labelled:
            errs.append(f"{cid}/{i}: unexplained gap")
    if call["asr"]:
        for i, u in enumerate(utts):
            if not re.fullmatch(r"[a-z0-9 ]+", u["text"]):
                errs.append(f"{cid}/{i}: ASR-style text has caps/punctuation")
    return errs


def speech_seconds(doc):
    return sum(u["end"] - u["start"] for u in doc["utterances"])


def main():
    ids = [c["id"] for c in CALLS]
    expected = [f"b3_{i:02d}" for i in range(1, 31)]
    assert ids == expected, ids
    assert len(AUDIO_CALLS) == 10 and set(AUDIO_CALLS) <= set(ids)
    errs, totals = [], Counter()
    docs = []
    for call in CALLS:
        doc = build_call(call)
        errs += validate(doc, call)
        docs.append(doc)
        totals.update(m["kind"] for m in doc["moments"])
    errs += count_problems(docs)
    for doc in docs:
        if doc["call_id"] in AUDIO_CALLS:
            sp = speech_seconds(doc)
            if sp >= 180:
                errs.append(f"{doc['call_id']}: audio call has {sp:.0f} s of speech")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    for doc in docs:
        (HERE / f"{doc['call_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} files")
    for k in sorted(KIND_FLOORS):
        print(f"  {k:20s} {totals[k]}")
    print("  supervisor_pick     ", sum(d["supervisor_pick"] for d in docs))
    print("  asr-style calls     ", sum(c["asr"] for c in CALLS))
    print("  transfers (sum)     ", sum(d["transfers"] for d in docs))
    for doc in docs:
        if doc["call_id"] in AUDIO_CALLS:
            print(
                f"  audio {doc['call_id']}: speech {speech_seconds(doc):5.1f} s, "
                f"timeline {doc['utterances'][-1]['end']:5.1f} s, {len(doc['utterances'])} utts"
            )


if __name__ == "__main__":
    main()
