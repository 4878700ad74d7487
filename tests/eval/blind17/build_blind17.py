"""Build b17_NN.json from calls_blind17.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/blind17/build_blind17.py
Adapted from tests/eval/train_g/build_train_g.py. Timing model: ~2.5 words/s (each utterance's rate
varied +/-12 %), 0.3-1.5 s between turns, 15-40 s after a `hold` announcement (also when the line
carries `transfer`: the customer waits while being connected), 1.5-4 s after a `transfer` with no
`hold` (a colleague beside the agent, who then introduces themself). Times come from
random.Random(call_id), so every run writes the same files.
Before writing anything it runs eval_format's call_problems and count_problems and this set's brief
checks, and fails loudly. It prints only counts and call ids.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from calls_blind17 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind17"
N_CALLS = 32
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
# This set's brief: at least 10 of each negative kind and of these, and 15 feeling_dismissal.
FLOORS = dict.fromkeys(NEGATIVE, 10) | dict.fromkeys(
    ("ownership", "follow_up_promise", "apology", "transfer", "hold"), 10
) | {"feeling_dismissal": 15}
# Example phrases quoted in the labelling conventions (blind/README.md), never to be used verbatim.
# Compared after lower-casing and dropping punctuation, so ASR-style spellings are caught too.
QUOTED = (
    "i get that",
    "out of my hands",
    "that's on us",
    "no need to panic",
    "worked up",
    "no point getting stressed",
    "i hear you, i really do",
    "i understand completely",
    "i completely understand",
    "leave this one with me",
    "no call for raising your voice",
    "thats kinda on you",
    "i got no way of chasing them",
    "not something my screen lets me do",
    "nothing i'm able to do about the charge",
    "hold the two buttons down",
    "its actually really simple",
    "press and hold for ten seconds",
    "it'll feel a little bit long",
    "im not gonna leave you stuck with it",
    "let me pull up your account and look at that with you",
    "let me get that done for you",
    "i'll go ahead and",
    "okay i can do that for you",
    "i need to call my boss at my job",
    "no need to take it personally",
    "no need to get an attitude",
    "don't worry about that for now",
    "no reason to get worked up",
    "i appreciate it's frustrating",
    "sorry to hear that",
    "sorry for the wait",
    "sorry to keep you",
    "i want to apologise as well",
    "fair enough sorry",
    "i'll handle the claim from here",
    "i'll stay on and rebook it myself",
    "i'm going to get you to denver tonight",
    "i'll ring you on thursday",
    "i'll email it to you tomorrow morning",
    "they'll ring you this week to arrange a time",
    "i can absolutely do that",
    "i can do the refund for you from my end no problem",
    "okay, i can help with that",
    "you don't need to call anyone",
    "you dont have to go in anywhere",
    "you don't need to post anything back",
    "you won't need to fill anything in",
    "take your time",
    "sorry, say that again",
    "sorry you cut out there",
    "sorry, what's that",
    "sorry i didn't catch the end of that",
    "sorry, you broke up there",
    "sorry, i lost you for a second",
    "whoever's above you",
    "someone who actually has some authority",
    "your boss or whoever does the discounts",
    "i was dreading this call",
    "it's the first time i've had to ring you lot",
    "my last gym made me jump through hoops",
    "none of this is down to you",
    "you didn't do anything wrong",
    "our error entirely",
    "a stuff-up on our end",
    "a glitch with the channel manager system",
    "may not have gone through on your end",
    "i'm arranging a same-day courier",
    "i've put a note on for the picker",
    "you can check your email for a notification",
    "i have ordered you a replacement card",
    "believe it or not",
    "well, you know what",
    "what is the source account",
    "one second",
    "so you don't have to explain it all again",
)
WORDS_PER_S = 2.5
MAX_LINE = 120


def norm(s: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", s.lower().replace("-", " ")).split())


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


def kinds_of(doc: dict) -> set[str]:
    return {m["kind"] for m in doc["moments"]}


def pairs(doc: dict) -> set[tuple[str, int]]:
    return {(m["kind"], m["utterance"]) for m in doc["moments"]}


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b17_{i:02d}" for i in range(1, N_CALLS + 1)]:
        problems.append(f"want exactly {N_CALLS} calls b17_01..b17_{N_CALLS}, got {len(ids)}")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (brief wants {n})" for k, n in FLOORS.items() if counts[k] < n]
    asr = [c for c in CALLS if c["asr"]]
    if not 9 <= len(asr) <= 13:
        problems.append(f"{len(asr)} real-speech calls (want 9-13)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or re.search(r"[^a-z ]", text):
                problems.append(f"{c['id']}/{i}: real-speech call has capitals, punctuation or digits")
    for parity, name in ((1, "odd"), (0, "even")):
        clean = [d for n, d in enumerate(docs, 1) if n % 2 == parity and not kinds_of(d) & set(NEGATIVE)]
        if not 4 <= len(clean) <= 6:
            problems.append(f"{len(clean)} clean {name}-numbered calls (want 4-6)")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not 120.0 <= length <= 300.0:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want 120-300)")
    both = sum(
        1
        for d in docs
        for i in range(len(d["utterances"]))
        if {("hold", i), ("transfer", i)} <= pairs(d)
    )
    if both < 3:
        problems.append(f"only {both} announcements carry hold + transfer (want 3)")
    quoted = {norm(q) for q in QUOTED}
    if len(quoted) < 40:
        problems.append(f"only {len(quoted)} quoted phrases checked (want 40)")
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            problems += [f"{c['id']}/{i}: uses a phrase quoted in the conventions" for q in quoted if q in norm(text)]
    for name in ("calls_blind17.py", "build_blind17.py"):
        for n, line in enumerate((HERE / name).read_text().splitlines(), 1):
            if len(line) > MAX_LINE:
                problems.append(f"{name}:{n}: line longer than {MAX_LINE} characters")
    return problems


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs) + brief_problems(docs)
    if problems:
        print("BUILD FAILED:\n" + "\n".join(problems))
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in kinds_of(d))
    odd = Counter(m["kind"] for n, d in enumerate(docs, 1) if n % 2 for m in d["moments"])
    clean = [d["call_id"] for d in docs if not kinds_of(d) & set(NEGATIVE)]
    lengths = [d["utterances"][-1]["end"] for d in docs]
    print(f"wrote {len(docs)} calls, {sum(counts.values())} labels ({sum(odd.values())} in odd calls)")
    print("supervisor picks:", " ".join(d["call_id"] for d in docs if d["supervisor_pick"]))
    print("real speech:", " ".join(c["id"] for c in CALLS if c["asr"]))
    print("clean:", " ".join(clean))
    both = [d for d in docs if any({("hold", i), ("transfer", i)} <= pairs(d) for i in range(len(d["utterances"])))]
    print("hold + transfer on one announcement:", " ".join(d["call_id"] for d in both))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    print(f"call length: {min(lengths):.0f} - {max(lengths):.0f} s")
    print("| kind | labels | calls | in odd calls |")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} | {odd[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
