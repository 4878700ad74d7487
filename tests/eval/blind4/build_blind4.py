"""Build the blind4 eval set: calls_blind4.py -> b4_XX.json, deterministically.

Times: about 2.5 words a second, varied +-12 % per utterance; 0.3-1.5 s between turns; 15-40 s after a
hold announcement, 12-30 s after a transfer announcement, 15-35 s for a non-hold pause. All randomness
comes from random.Random(call_id). Every call is checked with tests/eval/eval_format.py before writing,
plus the extra checks of this set (ASR text form, audio-call lengths).

    /work/main/.venv/bin/python tests/eval/blind4/build_blind4.py [--table]
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # repository root
sys.path.insert(0, str(HERE.parent))  # tests/eval, for eval_format

from calls_blind4 import AUDIO_CALLS, CALLS  # noqa: E402
from eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind4"
WORDS_PER_S = 2.5
GAPS = {"turn": (0.3, 1.5), "hold": (15.0, 40.0), "transfer": (12.0, 30.0), "pause": (15.0, 35.0)}
AUDIO_SPEECH_S = (80.0, 100.0)
AUDIO_TIMELINE_S = 140.0
ASR_TEXT = re.compile(r"^[a-z0-9 ]+$")
KINDS_ORDER = [
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


def build(call: dict) -> tuple[dict, list[str]]:
    """One call's JSON document, and this set's extra problems with it."""
    cid = call["call_id"]
    rng = random.Random(cid)
    problems = []
    utterances, moments = [], []
    t = round(rng.uniform(0.5, 1.5), 2)
    pending_gap = None  # a silence marker seen since the last utterance
    prev_kinds: tuple[str, ...] = ()
    for speaker, text, kinds in call["lines"]:
        if speaker == "gap":
            if text == "hold" and "hold" not in prev_kinds:
                problems.append(f"{cid}: HOLD silence not right after a hold announcement")
            if text == "transfer" and "transfer" not in prev_kinds:
                problems.append(f"{cid}: XFER silence not right after a transfer announcement")
            pending_gap = text
            continue
        if utterances:
            if "hold" in prev_kinds and pending_gap != "hold":
                problems.append(f"{cid}/{len(utterances) - 1}: hold label without a HOLD silence after it")
            if "transfer" in prev_kinds and pending_gap != "transfer":
                problems.append(f"{cid}/{len(utterances) - 1}: transfer label without an XFER silence after it")
            lo, hi = GAPS[pending_gap or "turn"]
            t = round(t + rng.uniform(lo, hi), 2)
        pending_gap = None
        if call["asr"] and not ASR_TEXT.match(text):
            problems.append(f"{cid}/{len(utterances)}: ASR call has capitals or punctuation: {text!r}")
        if not call["asr"] and text == text.lower():
            problems.append(f"{cid}/{len(utterances)}: clean call written all lowercase: {text!r}")
        words = len(text.split())
        duration = max(0.5, words / (WORDS_PER_S * rng.uniform(0.88, 1.12)))
        end = round(t + duration, 2)
        utterances.append({"speaker": speaker, "start": t, "end": end, "text": text})
        for kind in kinds:
            moments.append({"kind": kind, "utterance": len(utterances) - 1})
        t = end
        prev_kinds = kinds
    if pending_gap is not None or "hold" in prev_kinds or "transfer" in prev_kinds:
        problems.append(f"{cid}: call ends on a silence or an announcement")
    doc = {
        "call_id": cid,
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["worst"],
        "notes": call["notes"],
    }
    if cid in AUDIO_CALLS:
        speech = sum(u["end"] - u["start"] for u in utterances)
        if not AUDIO_SPEECH_S[0] <= speech <= AUDIO_SPEECH_S[1]:
            problems.append(f"{cid}: audio call has {speech:.1f} s of speech (want 80-100)")
        if utterances[-1]["end"] > AUDIO_TIMELINE_S:
            problems.append(f"{cid}: audio call timeline {utterances[-1]['end']:.1f} s (want <= 140)")
    return doc, problems


def table(docs: list[dict]) -> str:
    """Markdown tables for the README: label counts, and one row per call."""
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    out = ["| kind | labels | calls |", "|---|---:|---:|"]
    for kind in KINDS_ORDER:
        n_calls = sum(1 for d in docs if any(m["kind"] == kind for m in d["moments"]))
        out.append(f"| `{kind}` | {counts[kind]} | {n_calls} |")
    out.append(f"| **all** | {sum(counts.values())} | |")
    out += [
        "",
        "| call | domain | register | ASR | audio | worst | utts | speech s | timeline s | labels |",
        "|---|---|---|---|---|---|---:|---:|---:|---:|",
    ]
    by_id = {c["call_id"]: c for c in CALLS}
    for d in docs:
        c = by_id[d["call_id"]]
        speech = sum(u["end"] - u["start"] for u in d["utterances"])
        out.append(
            f"| {d['call_id']} | {c['domain']} | {c['register']} | {'yes' if c['asr'] else 'no'} | "
            f"{'yes' if d['call_id'] in AUDIO_CALLS else ''} | {'**yes**' if d['supervisor_pick'] else 'no'} | "
            f"{len(d['utterances'])} | {speech:.0f} | {d['utterances'][-1]['end']:.0f} | {len(d['moments'])} |"
        )
    return "\n".join(out)


def main() -> int:
    ids = [c["call_id"] for c in CALLS]
    problems = []
    if ids != [f"b4_{i:02d}" for i in range(1, 31)]:
        problems.append("call ids are not b4_01 ... b4_30 in order")
    if not set(AUDIO_CALLS) <= set(ids) or len(AUDIO_CALLS) != 10:
        problems.append("AUDIO_CALLS must name 10 calls of this set")
    docs = []
    for call in CALLS:
        doc, extra = build(call)
        problems += extra + call_problems(doc)
        docs.append(doc)
    problems += count_problems(docs)
    if problems:
        print("\n".join(problems))
        return 1
    for old in HERE.glob("b4_*.json"):
        old.unlink()
    for doc in docs:
        (HERE / f"{doc['call_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} calls to {HERE}")
    if "--table" in sys.argv:
        print(table(docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
