"""Build b15_NN.json from calls_blind15.py, deterministically, and check them first.

Run:  /work/main/.venv/bin/python tests/eval/blind15/build_blind15.py
Timing model (adapted from train_g/build_train_g.py): about 2.5 words/s, each utterance's rate varied by
+/-12 %, 0.3-1.5 s between turns, 15-40 s after a `hold` announcement (also when the same line carries
`transfer`: the customer waits while being connected) and 1.5-4 s after a `transfer` with no `hold` (a
colleague beside the agent, who then introduces themself). Times come from random.Random(call_id), so every
run writes the same files.
Nothing is written unless eval_format's call_problems and count_problems pass, and this set's brief:
exactly 32 calls; 9-13 real-speech calls with no capitals, punctuation or digits; 4-6 calls with no negative
kind among the odd-numbered calls and 4-6 among the even-numbered; 8-10 supervisor picks; every call 2-5
minutes; at least 3 announcements carrying both `hold` and `transfer`; at least 10 labels of each negative
kind and of ownership, follow_up_promise, apology, transfer and hold, and 15 of feeling_dismissal; none of
the phrases quoted in the labelling conventions; every line of the two .py files 120 characters or shorter.
It prints counts and call ids only.
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

from calls_blind15 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind15"
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
FLOORS = (
    dict.fromkeys(NEGATIVE, 10)
    | dict.fromkeys(("ownership", "follow_up_promise", "apology", "transfer", "hold"), 10)
    | {"feeling_dismissal": 15}
)
WORDS_PER_S = 2.5
MIN_S, MAX_S = 120.0, 300.0
# Phrases quoted as examples in tests/eval/blind/README.md ("## Labelling conventions" to the end). A quote
# with an ellipsis is split into its parts. Matching ignores case and punctuation and respects word edges.
QUOTED = (
    "per section nine of the membership agreement",
    "as outlined in your product disclosure statement",
    "under our overbooking terms we're only obliged",
    "we've got a leak allowance for this, and i'll put the application through",
    "i could read you the refund terms, but i'd rather just sort it",
    "im not gonna quote the whole fine print at you",
    "the metering side",
    "underwriting",
    "corporate set it up",
    "the revenue team",
    "trip nest",
    "open reach",
    "the pay zone terminal",
    "the surgery",
    "ground handling",
    "the system",
    "a glitch with the channel manager system",
    "thats kinda on you",
    "may not have gone through on your end",
    "that's a stuff-up on our end, not yours",
    "none of this is down to you",
    "you didn't do anything wrong",
    "im not gonna give you the open reach line again",
    "that's on us",
    "our error entirely, not yours or your gp's",
    "that's not on you at all",
    "that's only something our interline team can ticket",
    "done by our trust and safety team",
    "not something my screen lets me do",
    "i got no way of chasing them",
    "its out of my hands",
    "nothing i'm able to do about the charge",
    "okay, i can help with that",
    "i can absolutely do that",
    "i can do the refund for you from my end no problem",
    "i can do that",
    "no call for raising your voice",
    "no reason to get worked up",
    "no point getting stressed",
    "no need to panic",
    "no need to get an attitude",
    "no need to take it personally",
    "don't worry about that for now",
    "i hear you, i really do",
    "i appreciate it's frustrating",
    "i get that",
    "i understand completely",
    "i do understand, and i'm sorry",
    "i'll phone them myself",
    "i completely understand",
    "i'm going to hand you over to my supervisor, she can do the second sign-off",
    "i'm arranging a same-day courier",
    "you're right to be annoyed, and you don't need to apologise",
    "take your time",
    "i haven't made you go through the app",
    "you don't need to contact anyone else",
    "so you dont have to ring a different number",
    "you don't have to go into settings",
    "don't you go ringing the surgery",
    "you won't need to fill anything in",
    "you don't need to call anyone",
    "you dont have to go in anywhere",
    "you don't need to post anything back",
    "sorry to hear that",
    "sorry for the wait",
    "sorry to keep you",
    "i want to apologise as well",
    "fair enough sorry",
    "i'm afraid",
    "unfortunately",
    "regrettably",
    "leave this one with me",
    "i'll handle the claim from here",
    "i'm going to get you to denver tonight",
    "im not gonna leave you stuck with it",
    "i'll stay on and rebook it myself",
    "ill refund the lot",
    "i've put a note on for the picker",
    "what ill do is log this as a formal complaint",
    "i'll ring you on thursday",
    "they'll ring you this week to arrange a time",
    "i'll email it to you tomorrow morning",
    "you'll see the new itinerary in your email in a couple of minutes",
    "there's no need for a call back",
    "do i need to ring back",
    "nope",
    "ill hold you to that",
    "i won't pass you on to the delivery team",
    "normally i'd have to put you through to the waste team",
    "but i won't do that, i'll stay on",
    "can you get me to them",
    "i don't even need to put you on hold",
    "i'll put the account on hold for payment",
    "the hold-up's at their end",
    "whoever's above you",
    "someone who actually has some authority",
    "your boss or whoever does the discounts",
    "i had the can i speak to your manager line all ready to go",
    "normally i'd be asking for your manager by now, but you're being good",
    "i already called them yesterday and they told me to call you",
    "ringing the gatwick number since saturday",
    "written to the hotel twice",
    "it's the first time i've had to ring you lot",
    "this is the first time anything like this has happened",
    "my last gym made me jump through hoops",
    "i was dreading this call",
    "so you don't have to explain it all again",
    "that's how corporate set it up",
    "the pricing's done by the underwriting team",
    "so i've got no visibility",
    "it was denied cuz the damage was reported more than fourteen days after the incident",
    "um",
    "uh",
    "you know",
    "well, you know what?",
    "okay so",
    "believe it or not",
    "you're gonna hold the two buttons down",
    "it'll feel a little bit long",
    "it's actually really simple",
    "press and hold for ten seconds",
    "hello this is",
    "bank my name is",
    "what is the source account",
    "what is the name of the company",
    "i have ordered you a replacement card, it will arrive in three to five business days",
    "you can check your email for a notification of this transfer",
    "i need to call my boss at my job",
    "i'll go ahead and",
    "let me get that done for you",
    "let me pull up your account and look at that with you",
    "okay i can do that for you",
    "one second",
    "sorry, say that again?",
    "sorry you cut out there",
    "sorry, what's that?",
    "sorry i didn't catch the end of that",
    "sorry, was that 806 or 886?",
    "sorry, you broke up there",
    "sorry, i lost you for a second",
    "sorry for the wait, and sorry, could you spell the surname?",
)


def norm(text: str) -> str:
    """Lower case, apostrophes dropped, other punctuation as spaces, single spaces, padded at both ends."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return " " + " ".join(re.sub(r"[^a-z0-9\u00c0-\u024f]+", " ", text).split()) + " "


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


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b15_{i:02d}" for i in range(1, N_CALLS + 1)]:
        problems.append(f"want exactly {N_CALLS} calls b15_01..b15_{N_CALLS}, got {len(ids)}")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (want {n})" for k, n in FLOORS.items() if counts[k] < n]
    asr = [c for c in CALLS if c["asr"]]
    if not 9 <= len(asr) <= 13:
        problems.append(f"{len(asr)} real-speech calls (want 9-13)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if not re.fullmatch(r"[a-z]+( [a-z]+)*", text):
                problems.append(f"{c['id']}/{i}: real-speech line has capitals, punctuation, digits or odd spacing")
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            low = norm(text)
            problems += [f"{c['id']}/{i}: quotes the conventions" for q in QUOTED if norm(q) in low]
    for parity, name in ((1, "odd"), (0, "even")):
        clean = [d for n, d in enumerate(docs, 1) if n % 2 == parity and not kinds_of(d) & set(NEGATIVE)]
        if not 4 <= len(clean) <= 6:
            problems.append(f"{len(clean)} clean calls among the {name}-numbered (want 4-6)")
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 10:
        problems.append(f"{picks} supervisor picks (want 8-10)")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not MIN_S <= length <= MAX_S:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want {MIN_S:.0f}-{MAX_S:.0f})")
        labels = {(m["kind"], m["utterance"]) for m in d["moments"]}
        for kind, i in labels:
            if kind == "transfer":
                nxt = d["utterances"][i + 1] if i + 1 < len(d["utterances"]) else None
                if nxt is None or nxt["speaker"] != "agent":
                    problems.append(f"{d['call_id']}/{i}: a transfer must be followed by the new agent")
    both = [
        (d["call_id"], i)
        for d in docs
        for k, i in {(m["kind"], m["utterance"]) for m in d["moments"]}
        if k == "hold" and {"kind": "transfer", "utterance": i} in d["moments"]
    ]
    if len(both) < 3:
        problems.append(f"only {len(both)} announcements carry hold and transfer (want 3)")
    for path in (HERE / "calls_blind15.py", HERE / "build_blind15.py"):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if len(line) > 120:
                problems.append(f"{path.name}:{n}: {len(line)} characters (want 120 or fewer)")
    if len(QUOTED) < 40:
        problems.append(f"only {len(QUOTED)} quoted phrases checked (want 40)")
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
    calls_with = Counter(k for d in docs for k in kinds_of(d))
    odd = [d for n, d in enumerate(docs, 1) if n % 2]
    odd_counts = Counter(m["kind"] for d in odd for m in d["moments"])
    clean = [d["call_id"] for d in docs if not kinds_of(d) & set(NEGATIVE)]
    both = [
        d["call_id"]
        for d in docs
        if any(
            {"kind": "hold", "utterance": m["utterance"]} in d["moments"]
            for m in d["moments"]
            if m["kind"] == "transfer"
        )
    ]
    print(f"wrote {len(docs)} calls, {sum(counts.values())} labels")
    print("real-speech calls:", sum(c["asr"] for c in CALLS), " ".join(c["id"] for c in CALLS if c["asr"]))
    print("clean calls:", len(clean), " ".join(clean))
    print(
        "supervisor picks:",
        sum(d["supervisor_pick"] for d in docs),
        " ".join(d["call_id"] for d in docs if d["supervisor_pick"]),
    )
    print("hold + transfer on one announcement:", " ".join(both))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    ends = [d["utterances"][-1]["end"] for d in docs]
    print(f"call length: {min(ends):.0f} - {max(ends):.0f} s")
    print("| kind | labels | calls | in odd calls |")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} | {odd_counts[k]} |")
    print(f"| total | {sum(counts.values())} | {len(docs)} | {sum(odd_counts.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
