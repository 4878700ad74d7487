"""Build b10_NN.json from calls_blind10.py, deterministically, and validate them.

BLIND: never train or tune on this set. Prints counts and call ids only, never call text.

Run:  /work/main/.venv/bin/python tests/eval/blind10/build_blind10.py
Timing model: ~2.5 words/s (each utterance's rate varied +/-12 %), 0.3-1.5 s between turns,
15-40 s after a `hold` announcement (also when the same line carries `transfer`: the customer waits
while being connected), 1.5-4 s after a `transfer` without `hold` (the new agent picks up at once,
no wait the hold threshold would see). Times come from random.Random(call_id).
Besides eval_format's checks, the build checks this set's brief: 32 calls of 2-6 minutes, 10-12
real-speech calls (lowercase, no punctuation), 9-11 calls with no negative kind, every agent
"sorry" labelled `apology`, every agent "myself" labelled `ownership`, and no phrase quoted in the
labelling conventions.
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

from calls_blind10 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPEAKER = {"a": "agent", "c": "customer"}
KINDS = (
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
)
NEGATIVE = (
    "policy_recital",
    "blame_shift",
    "cant_language",
    "feeling_dismissal",
    "channel_redirect",
    "escalation_request",
    "repeat_contact",
)
# Phrases quoted in the labelling conventions (blind/README.md) that this set must not reuse verbatim.
# Round 16 convention: a "sorry" that only asks for a repeat, or is about the line, is not an apology.
CLARIFYING = ("again", "what was that", "catch", "cut out", "broke up", "breaking up", "lost you", "went a bit quiet")
QUOTED = (
    "i get that",
    "out of my hands",
    "that's on us",
    "no need to panic",
    "worked up",
    "no point getting stressed",
    "i hear you, i really do",
    "i understand completely",
    "leave this one with me",
    "no call for raising your voice",
    "thats kinda on you",
    "i got no way of chasing them",
    "not something my screen lets me do",
    "hold the two buttons down",
    "its actually really simple",
    "press and hold for ten seconds",
    "im not gonna leave you stuck with it",
    "let me pull up your account and look at that with you",
    "i need to call my boss at my job",
    "no need to take it personally",
    "no need to get an attitude",
    "don't worry about that for now",
    "i'll ring you on thursday",
    "stuff-up",
    "none of this is down to you",
    "you didn't do anything wrong",
    "take your time",
    "i'd rather just sort it",
    "nothing i'm able to do about the charge",
    "interline team",
    "trust and safety team",
    "i can do the refund for you from my end",
    "ill refund the lot",
)
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
            gap = rng.uniform(1.5, 4.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    return {
        "call_id": call["id"],
        "split": "blind10",
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["pick"],
        "notes": call["notes"],
    }


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b10_{i:02d}" for i in range(1, 33)]:
        problems.append(f"unexpected call ids {ids}")
    for d in docs:
        length = d["utterances"][-1]["end"] - d["utterances"][0]["start"]
        if not 120 <= length <= 360:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want 120-360)")
    asr = [c for c in CALLS if c["asr"]]
    if not 10 <= len(asr) <= 12:
        problems.append(f"{len(asr)} real-speech calls (want 10-12)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or any(ch in text for ch in ".,?!;:'\"-"):
                problems.append(f"{c['id']}/{i}: real-speech call has capitals or punctuation")
    for c in CALLS:
        for i, (spk, text, labels) in enumerate(c["utts"]):
            low = text.lower()
            problems += [f"{c['id']}/{i}: quotes the conventions ({q!r})" for q in QUOTED if q in low]
            kinds = labels.split()
            clarifying = any(w in low for w in CLARIFYING)
            if spk == "a" and "sorry" in low and "apology" not in kinds and not clarifying:
                problems.append(f"{c['id']}/{i}: agent 'sorry' without apology")
            if spk == "a" and "apology" in kinds and "sorry" not in low:
                problems.append(f"{c['id']}/{i}: apology without 'sorry'")
            if spk == "a" and "myself" in low and "ownership" not in kinds:
                problems.append(f"{c['id']}/{i}: agent 'myself' without ownership")
            if len(kinds) != len(set(kinds)):
                problems.append(f"{c['id']}/{i}: duplicate label")
    clean = [d for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    if not 9 <= len(clean) <= 11:
        problems.append(f"{len(clean)} calls with no negative kind (want 9-11)")
    return problems


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs) + brief_problems(docs)
    if problems:
        print("\n".join(problems))
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    both = [
        d["call_id"]
        for d in docs
        if {m["utterance"] for m in d["moments"] if m["kind"] == "hold"}
        & {m["utterance"] for m in d["moments"] if m["kind"] == "transfer"}
    ]
    lengths = [d["utterances"][-1]["end"] - d["utterances"][0]["start"] for d in docs]
    print(
        f"wrote {len(docs)} calls, {sum(counts.values())} labels, "
        f"{sum(d['supervisor_pick'] for d in docs)} supervisor picks, "
        f"{sum(c['asr'] for c in CALLS)} real-speech"
    )
    print("real-speech calls:", " ".join(c["id"] for c in CALLS if c["asr"]))
    print("calls with no negative kind:", len(clean), " ".join(clean))
    print("supervisor picks:", " ".join(d["call_id"] for d in docs if d["supervisor_pick"]))
    print("calls with hold + transfer on one announcement:", " ".join(both))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    print(f"call length: {min(lengths):.0f}-{max(lengths):.0f} s")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
