"""Build b9_NN.json from calls_blind9.py, deterministically, and validate them.

BLIND: never train or tune on this set.
Run:  /work/main/.venv/bin/python tests/eval/blind9/build_blind9.py
Timing model: ~2.5 words/s (each utterance's rate varied +/-12 %), 0.3-1.5 s between turns,
15-40 s after an agent's hold announcement, 12-30 s after a transfer announcement.
Times come from random.Random(call_id), so every run writes the same files.
A hold and a transfer on the same announcement (the customer waits while being connected) get the
hold gap. Besides eval_format's checks, the build checks this set's own brief: 10-14 ASR-style
calls (lowercase, no punctuation), 6-10 calls with no negative kind, 8-12 supervisor picks, 15-24
utterances per call, at least 3 calls with hold + transfer on one utterance, and no phrase quoted in
the labelling conventions. It prints only counts and call ids, never call text.
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

from calls_blind9 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPEAKER = {"a": "agent", "c": "customer"}
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
    "dont worry about that for now",
    "sorry to hear that",
    "sorry for the wait",
    "sorry to keep you",
    "i want to apologise as well",
    "fair enough sorry",
    "i'm afraid",
    "im afraid",
    "unfortunately",
    "regrettably",
    "take your time",
    "ground handling",
    "open reach",
    "trip nest",
    "pay zone",
    "channel manager system",
    "stuff-up on our end",
    "none of this is down to you",
    "you didn't do anything wrong",
    "our error entirely",
    "that's not on you at all",
    "i can absolutely do that",
    "i can do the refund for you",
    "okay, i can help with that",
    "i appreciate it's frustrating",
    "nothing i'm able to do",
    "you're right to be annoyed",
    "leak allowance for this",
    "i'd rather just sort it",
    "fine print",
    "i'll handle the claim from here",
    "rebook it myself",
    "ill refund the lot",
    "same-day courier",
    "note on for the picker",
    "log this as a formal complaint",
    "new itinerary in your email",
    "no need for a call back",
    "hold you to that",
    "i won't pass you on",
    "put the account on hold for payment",
    "the hold-up's at their end",
    "i don't even need to put you on hold",
    "whoever's above you",
    "someone who actually has some authority",
    "first time i've had to ring",
    "dreading this call",
    "jump through hoops",
    "explain it all again",
    "well, you know what",
    "believe it or not",
    "what is the source account",
    "replacement card, it will arrive",
    "check your email for a notification",
    "my boss at my job",
    "let me get that done for you",
    "okay i can do that for you",
    "i'll go ahead and",
    "ill go ahead and",
    "it'll feel a little bit long",
    "membership agreement…",
    "product disclosure statement",
    "overbooking terms",
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
            gap = rng.uniform(12.0, 30.0)
        else:
            gap = rng.uniform(0.3, 1.5)
        t = end + gap
    return {
        "call_id": call["id"],
        "split": "blind9",
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["pick"],
        "notes": call["notes"],
    }


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs)
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 12:
        problems.append(f"{picks} supervisor picks (want about 10)")
    for d in docs:
        if not 15 <= len(d["utterances"]) <= 24:
            problems.append(f"{d['call_id']}: {len(d['utterances'])} utterances (want 15-24)")
    ids = [d["call_id"] for d in docs]
    if ids != [f"b9_{i:02d}" for i in range(1, 31)]:
        problems.append(f"unexpected call ids {ids}")
    asr = [c for c in CALLS if c["asr"]]
    if not 10 <= len(asr) <= 14:
        problems.append(f"{len(asr)} ASR-style calls (want about 12)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or any(ch in text for ch in ".,?!;:'\""):
                problems.append(f"{c['id']}/{i}: ASR-style call has capitals or punctuation")
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            low = text.lower()
            problems += [f"{c['id']}/{i}: quotes the conventions ({q!r})" for q in QUOTED if q in low]
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    if not 6 <= len(clean) <= 10:
        problems.append(f"{len(clean)} calls with no negative kind (want about 8)")
    both = [
        d["call_id"]
        for d in docs
        if any(
            ("hold", i) in {(m["kind"], m["utterance"]) for m in d["moments"]}
            and ("transfer", i) in {(m["kind"], m["utterance"]) for m in d["moments"]}
            for i in range(len(d["utterances"]))
        )
    ]
    if len(both) < 3:
        problems.append(f"only {len(both)} calls with hold + transfer on one announcement (want 3)")
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
    print("calls with no negative kind:", len(clean), " ".join(clean))
    print("calls with hold + transfer on one announcement:", " ".join(both))
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
