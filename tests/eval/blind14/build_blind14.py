"""Build b14_NN.json from calls_blind14.py, deterministically, and validate them first.

Run:  /work/main/.venv/bin/python tests/eval/blind14/build_blind14.py
Timing model (times come from random.Random(call_id), so every run writes the same files): about
2.5 words/s with each utterance's rate varied +/-12 %, 0.3-1.5 s between turns, 15-40 s after a `hold`
announcement (also when the same line carries `transfer`: the customer waits while being connected), and
1.5-4 s after a `transfer` with no `hold` (a colleague beside the agent takes the phone and introduces
themself).

Before writing anything the build runs tests/eval/eval_format.py (call_problems, count_problems) and this
set's brief, and fails loudly on any problem: exactly 32 calls b14_01..b14_32; 9-13 real-speech calls with
no capitals, punctuation or digits; 4-6 calls with no negative kind among the odd-numbered calls and 4-6
among the even-numbered; every call 2-5 minutes long; at least 3 announcements carrying both `hold` and
`transfer`; 8-10 supervisor picks; at least 10 labels of every kind; 32 distinct domains; none of the
phrases quoted in the labelling conventions used verbatim; every line of this file and calls_blind14.py
120 characters or shorter. It prints counts and call ids only.
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

from calls_blind14 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind14"
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
# Example phrases quoted in tests/eval/blind/README.md ("Labelling conventions" to the end), written
# normalised (lowercase, apostrophes dropped, other punctuation as spaces; a quote broken by "…" is split).
# No utterance may contain one as a run of whole words. Bare fillers ("um", "uh") are not listed.
QUOTED = (
    "per section nine of the membership agreement",
    "as outlined in your product disclosure statement",
    "under our overbooking terms were only obliged",
    "weve got a leak allowance for this",
    "ill put the application through",
    "i could read you the refund terms",
    "id rather just sort it",
    "im not gonna quote the whole fine print at you",
    "the metering side",
    "corporate set it up",
    "thats how corporate set it up",
    "the revenue team",
    "trip nest",
    "open reach",
    "the pay zone terminal",
    "the surgery",
    "ground handling",
    "a glitch with the channel manager system",
    "thats kinda on you",
    "may not have gone through on your end",
    "thats a stuff up on our end not yours",
    "none of this is down to you",
    "you didnt do anything wrong",
    "im not gonna give you the open reach line again",
    "thats on us",
    "our error entirely not yours or your gps",
    "thats not on you at all",
    "thats only something our interline team can ticket",
    "done by our trust and safety team",
    "the pricings done by the underwriting team",
    "so ive got no visibility",
    "not something my screen lets me do",
    "i got no way of chasing them",
    "out of my hands",
    "nothing im able to do about the charge",
    "okay i can help with that",
    "i can absolutely do that",
    "i can do the refund for you from my end no problem",
    "i can do that",
    "no call for raising your voice",
    "no reason to get worked up",
    "worked up",
    "no point getting stressed",
    "no need to panic",
    "no need to get an attitude",
    "no need to take it personally",
    "dont worry about that for now",
    "i hear you i really do",
    "i appreciate its frustrating",
    "i get that",
    "i understand completely",
    "i do understand and im sorry",
    "ill phone them myself",
    "i completely understand",
    "im going to hand you over to my supervisor",
    "she can do the second sign off",
    "im arranging a same day courier",
    "youre right to be annoyed and you dont need to apologise",
    "take your time",
    "i havent made you go through the app",
    "you dont need to contact anyone else",
    "so you dont have to ring a different number",
    "you dont have to go into settings",
    "dont you go ringing the surgery",
    "you wont need to fill anything in",
    "you dont need to call anyone",
    "you dont have to go in anywhere",
    "you dont need to post anything back",
    "sorry to hear that",
    "sorry for the wait",
    "sorry to keep you",
    "i want to apologise as well",
    "fair enough sorry",
    "im afraid",
    "unfortunately",
    "regrettably",
    "leave this one with me",
    "ill handle the claim from here",
    "im going to get you to denver tonight",
    "im not gonna leave you stuck with it",
    "ill stay on and rebook it myself",
    "ill refund the lot",
    "ive put a note on for the picker",
    "what ill do is log this as a formal complaint",
    "ill ring you on thursday",
    "theyll ring you this week to arrange a time",
    "ill email it to you tomorrow morning",
    "youll see the new itinerary in your email in a couple of minutes",
    "theres no need for a call back",
    "do i need to ring back",
    "ill hold you to that",
    "i wont pass you on to the delivery team",
    "normally id have to put you through to the waste team",
    "but i wont do that ill stay on",
    "can you get me to them",
    "i dont even need to put you on hold",
    "ill put the account on hold for payment",
    "the hold ups at their end",
    "whoevers above you",
    "someone who actually has some authority",
    "your boss or whoever does the discounts",
    "i had the can i speak to your manager line all ready to go",
    "normally id be asking for your manager by now",
    "i already called them yesterday and they told me to call you",
    "ringing the gatwick number since saturday",
    "written to the hotel twice",
    "its the first time ive had to ring you lot",
    "this is the first time anything like this has happened",
    "my last gym made me jump through hoops",
    "i was dreading this call",
    "so you dont have to explain it all again",
    "it was denied cuz the damage was reported more than fourteen days after the incident",
    "you know",
    "well you know what",
    "okay so",
    "believe it or not",
    "youre gonna hold the two buttons down",
    "itll feel a little bit long",
    "its actually really simple",
    "press and hold for ten seconds",
    "hello this is",
    "what is the source account",
    "what is the name of the company",
    "i have ordered you a replacement card",
    "it will arrive in three to five business days",
    "you can check your email for a notification of this transfer",
    "i need to call my boss at my job",
    "ill go ahead and",
    "let me get that done for you",
    "let me pull up your account and look at that with you",
    "okay i can do that for you",
    "sorry say that again",
    "sorry you cut out there",
    "sorry whats that",
    "sorry i didnt catch the end of that",
    "sorry was that 806 or 886",
    "sorry you broke up there",
    "sorry i lost you for a second",
    "sorry for the wait and sorry could you spell the surname",
)
WORDS_PER_S = 2.5
MIN_CALL_S, MAX_CALL_S = 120.0, 300.0


def normalise(text: str) -> str:
    """Lowercase, drop apostrophes, turn other punctuation into spaces, collapse spaces, pad with spaces."""
    low = text.lower().replace("'", "").replace("\u2019", "")
    return " " + " ".join(re.sub(r"[^a-z0-9]+", " ", low).split()) + " "


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
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b14_{i:02d}" for i in range(1, N_CALLS + 1)]:
        problems.append(f"expected exactly {N_CALLS} calls b14_01..b14_{N_CALLS}, got {len(ids)}")
    if len({c["domain"] for c in CALLS}) != len(CALLS):
        problems.append("domains are not all distinct")
    asr = [c for c in CALLS if c["asr"]]
    if not 9 <= len(asr) <= 13:
        problems.append(f"{len(asr)} real-speech calls (want 9-13)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or re.search(r"[^a-z ]", text):
                problems.append(f"{c['id']}/{i}: real-speech call has capitals, punctuation or digits")
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            norm = normalise(text)
            problems += [f"{c['id']}/{i}: quotes the conventions ({q!r})" for q in QUOTED if f" {q} " in norm]
    if len(QUOTED) < 40:
        problems.append(f"only {len(QUOTED)} quoted phrases checked (want 40)")
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    odd = [c for c in clean if int(c[-2:]) % 2]
    even = [c for c in clean if not int(c[-2:]) % 2]
    if not 4 <= len(odd) <= 6:
        problems.append(f"{len(odd)} odd-numbered calls with no negative kind (want 4-6)")
    if not 4 <= len(even) <= 6:
        problems.append(f"{len(even)} even-numbered calls with no negative kind (want 4-6)")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not MIN_CALL_S <= length <= MAX_CALL_S:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want {MIN_CALL_S:.0f}-{MAX_CALL_S:.0f})")
    both = [
        (d["call_id"], i)
        for d in docs
        for i in range(len(d["utterances"]))
        if {("hold", i), ("transfer", i)} <= {(m["kind"], m["utterance"]) for m in d["moments"]}
    ]
    if len(both) < 3:
        problems.append(f"only {len(both)} announcements with hold + transfer (want 3)")
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 10:
        problems.append(f"{picks} supervisor picks (want 8-10)")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (want 10)" for k in KINDS if counts[k] < 10]
    for path in (HERE / "calls_blind14.py", Path(__file__).resolve()):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if len(line) > 120:
                problems.append(f"{path.name}:{n}: {len(line)} characters (want 120 or fewer)")
    return problems


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs) + brief_problems(docs)
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problems, nothing written")
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    odd_docs = [d for d in docs if int(d["call_id"][-2:]) % 2]
    odd_counts = Counter(m["kind"] for d in odd_docs for m in d["moments"])
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    print(f"wrote {len(docs)} calls, {sum(counts.values())} labels, {sum(odd_counts.values())} in odd calls")
    print("real-speech:", " ".join(c["id"] for c in CALLS if c["asr"]))
    print("picks:", " ".join(d["call_id"] for d in docs if d["supervisor_pick"]))
    print("clean odd:", " ".join(c for c in clean if int(c[-2:]) % 2))
    print("clean even:", " ".join(c for c in clean if not int(c[-2:]) % 2))
    print(
        "hold + transfer:",
        " ".join(
            f"{d['call_id']}/{m['utterance']}"
            for d in docs
            for m in d["moments"]
            if m["kind"] == "transfer" and {"kind": "hold", "utterance": m["utterance"]} in d["moments"]
        ),
    )
    print("transfers:", " ".join(d["call_id"] for d in docs if d["transfers"]))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    lengths = [d["utterances"][-1]["end"] for d in docs]
    print(f"call length s: {min(lengths):.0f} - {max(lengths):.0f}")
    print("| kind | labels | calls | in odd calls |")
    for k in KINDS:
        odd_calls = sum(1 for d in odd_docs if k in {m["kind"] for m in d["moments"]})
        print(f"| {k} | {counts[k]} | {calls_with[k]} | {odd_counts[k]} ({odd_calls} calls) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
