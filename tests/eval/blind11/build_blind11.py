"""Build b11_NN.json from calls_blind11.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/blind11/build_blind11.py
Timing model (adapted from train_g/build_train_g.py): ~2.5 words/s (each utterance's rate varied
+/-12 %), 0.3-1.5 s between turns, 15-40 s after a `hold` announcement (also when the same utterance
is a `transfer`: the customer waits while being connected), and 1.5-4 s after a `transfer` on its own
(a colleague next to the agent takes over, so there is no wait). Times come from
random.Random(call_id), so every run writes the same files.
Besides eval_format's checks, the build checks this set's brief: 32 calls, 10-12 real-speech-style
calls (lowercase, no punctuation), 9-12 calls with no negative kind, 8-12 supervisor picks, at least
3 calls with hold + transfer on one announcement, every call 2-5 minutes long, and no phrase quoted
in the labelling conventions. It prints counts and call ids only.
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

from calls_blind11 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind11"
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
QUOTED = (
    "i get that",
    "out of my hands",
    "that's on us",
    "thats on us",
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
    "no reason to get worked up",
    "nothing i'm able to do about the charge",
    "i'll handle the claim from here",
    "per section nine",
    "stuff-up on our end",
    "you didn't do anything wrong",
    "i'll stay on and rebook it myself",
)
WORDS_PER_S = 2.5
MIN_CALL_S, MAX_CALL_S = 120.0, 300.0


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
        "split": SPLIT,
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["pick"],
        "notes": call["notes"],
    }


def brief_problems(docs: list[dict]) -> list[str]:
    """This set's own brief, beyond eval_format's checks."""
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b11_{i:02d}" for i in range(1, 33)]:
        problems.append("unexpected call ids")
    asr = [c for c in CALLS if c["asr"]]
    if not 10 <= len(asr) <= 12:
        problems.append(f"{len(asr)} real-speech-style calls (want 10-12)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or any(ch in text for ch in ".,?!;:'\"-"):
                problems.append(f"{c['id']}/{i}: real-speech-style call has capitals or punctuation")
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            low = text.lower()
            problems += [f"{c['id']}/{i}: quotes the conventions" for q in QUOTED if q in low]
    clean = [d for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    if not 9 <= len(clean) <= 12:
        problems.append(f"{len(clean)} calls with no negative kind (want 9-12)")
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 12:
        problems.append(f"{picks} supervisor picks (want 8-12)")
    if any(d["supervisor_pick"] for d in clean):
        problems.append("a call with no negative kind is a supervisor pick")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not MIN_CALL_S <= length <= MAX_CALL_S:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want {MIN_CALL_S:.0f}-{MAX_CALL_S:.0f})")
        if not isinstance(d["supervisor_pick"], bool):
            problems.append(f"{d['call_id']}: supervisor_pick is not a bool")
    if len(hold_and_transfer(docs)) < 3:
        problems.append("fewer than 3 calls with hold + transfer on one announcement")
    return problems


def hold_and_transfer(docs: list[dict]) -> list[str]:
    both = []
    for d in docs:
        pairs = {(m["kind"], m["utterance"]) for m in d["moments"]}
        if any(("hold", i) in pairs and ("transfer", i) in pairs for i in range(len(d["utterances"]))):
            both.append(d["call_id"])
    return both


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
    lengths = [d["utterances"][-1]["end"] for d in docs]
    sizes = [len(d["utterances"]) for d in docs]
    print(
        f"wrote {len(docs)} calls, {sum(counts.values())} labels, "
        f"{sum(d['supervisor_pick'] for d in docs)} supervisor picks, "
        f"{sum(c['asr'] for c in CALLS)} real-speech style"
    )
    print("real-speech style:", " ".join(c["id"] for c in CALLS if c["asr"]))
    print("calls with no negative kind:", len(clean), " ".join(clean))
    print("supervisor picks:", " ".join(d["call_id"] for d in docs if d["supervisor_pick"]))
    print("calls with hold + transfer on one announcement:", " ".join(hold_and_transfer(docs)))
    print(f"utterances per call: {min(sizes)}-{max(sizes)}; length {min(lengths):.0f}-{max(lengths):.0f} s")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
