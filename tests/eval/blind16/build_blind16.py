"""Build b16_NN.json from calls_blind16.py, deterministically, and validate them first.

Run:  /work/main/.venv/bin/python tests/eval/blind16/build_blind16.py
Adapted from tests/eval/train_g/build_train_g.py.
Timing model: ~2.5 words/s (each utterance's rate varied +/-12 %), 0.3-1.5 s between turns, 15-40 s after
an agent's hold announcement (also when the same line carries a transfer: the customer waits while being
connected), and 1.5-4 s after a transfer with no hold (a colleague beside the agent, who then introduces
themself). Times come from random.Random(call_id), so every run writes the same files.
Before writing anything the build runs eval_format's call_problems and count_problems over every call and
checks this set's brief (see brief_problems). It prints only counts and call ids.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # leave no __pycache__ next to the set
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from calls_blind16 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind16"
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
# Example phrases quoted in tests/eval/blind/README.md ("## Labelling conventions" to the end), normalised
# (lower case, apostrophes dropped, other punctuation as spaces). None may appear in this set's text.
QUOTED = (
    "per section nine of the membership agreement",
    "as outlined in your product disclosure statement",
    "under our overbooking terms",
    "weve got a leak allowance for this",
    "i could read you the refund terms",
    "id rather just sort it",
    "im not gonna quote the whole fine print at you",
    "the metering side",
    "corporate set it up",
    "the revenue team",
    "trip nest",
    "open reach",
    "the pay zone terminal",
    "ground handling",
    "a glitch with the channel manager system",
    "thats kinda on you",
    "may not have gone through on your end",
    "a stuff up on our end",
    "none of this is down to you",
    "you didnt do anything wrong",
    "thats on us",
    "our error entirely",
    "thats not on you at all",
    "thats only something our interline team can ticket",
    "done by our trust and safety team",
    "not something my screen lets me do",
    "i got no way of chasing them",
    "its out of my hands",
    "nothing im able to do about the charge",
    "okay i can help with that",
    "i can absolutely do that",
    "i can do the refund for you from my end",
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
    "of course i completely understand",
    "im arranging a same day courier",
    "youre right to be annoyed",
    "you dont need to apologise",
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
    "youll see the new itinerary in your email",
    "theres no need for a call back",
    "do i need to ring back",
    "ill hold you to that",
    "i wont pass you on to the delivery team",
    "normally id have to put you through",
    "can you get me to them",
    "i dont even need to put you on hold",
    "ill put the account on hold for payment",
    "the hold ups at their end",
    "whoevers above you",
    "someone who actually has some authority",
    "your boss or whoever does the discounts",
    "can i speak to your manager line",
    "normally id be asking for your manager by now",
    "i already called them yesterday and they told me to call you",
    "ringing the gatwick number since saturday",
    "written to the hotel twice",
    "its the first time ive had to ring you lot",
    "the first time anything like this has happened",
    "my last gym made me jump through hoops",
    "i was dreading this call",
    "so you dont have to explain it all again",
    "well you know what",
    "believe it or not",
    "youre gonna hold the two buttons down",
    "itll feel a little bit long",
    "its actually really simple",
    "press and hold for ten seconds",
    "what is the source account",
    "what is the name of the company",
    "i have ordered you a replacement card",
    "you can check your email for a notification",
    "i need to call my boss at my job",
    "ill go ahead and",
    "let me get that done for you",
    "let me pull up your account and look at that with you",
    "okay i can do that for you",
    "one second",
    "sorry say that again",
    "sorry you cut out there",
    "sorry whats that",
    "sorry i didnt catch the end of that",
    "sorry was that",
    "sorry you broke up there",
    "sorry i lost you for a second",
    "sorry could you spell the surname",
    "thats how corporate set it up",
    "so ive got no visibility",
    "reported more than fourteen days after the incident",
    "done by the underwriting team",
)
WORDS_PER_S = 2.5


def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return " " + " ".join(re.sub(r"[^a-z0-9]+", " ", text).split()) + " "


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


def hold_transfer_lines(doc: dict) -> list[int]:
    at = {(m["kind"], m["utterance"]) for m in doc["moments"]}
    return [i for i in range(len(doc["utterances"])) if ("hold", i) in at and ("transfer", i) in at]


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b16_{i:02d}" for i in range(1, N_CALLS + 1)]:
        problems.append(f"want exactly {N_CALLS} calls b16_01..b16_{N_CALLS}, got {len(ids)}")
    if len(set(ids)) != len(ids):
        problems.append("duplicate call ids")
    asr = [c for c in CALLS if c["asr"]]
    if not 9 <= len(asr) <= 13:
        problems.append(f"{len(asr)} real-speech calls (want 9-13)")
    banned = set(string.punctuation) | set(string.digits)
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or any(ch in banned for ch in text):
                problems.append(f"{c['id']}/{i}: real-speech call has capitals, punctuation or digits")
    picks = [c["id"] for c in CALLS if c["pick"]]
    if not 8 <= len(picks) <= 10:
        problems.append(f"{len(picks)} supervisor picks (want 8-10)")
    for parity, name in ((1, "odd"), (0, "even")):
        clean = [d for i, d in enumerate(docs, 1) if i % 2 == parity and not kinds_of(d) & set(NEGATIVE)]
        if not 4 <= len(clean) <= 6:
            problems.append(f"{len(clean)} clean calls among {name}-numbered calls (want 4-6)")
    for c, d in zip(CALLS, docs, strict=True):
        if c["pick"] and not kinds_of(d) & set(NEGATIVE):
            problems.append(f"{d['call_id']}: a supervisor pick with no negative kind")
        length = d["utterances"][-1]["end"]
        if not 120.0 <= length <= 300.0:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want 120-300)")
        for m in d["moments"]:
            i = m["utterance"]
            after = d["utterances"][i + 1]["speaker"] if i + 1 < len(d["utterances"]) else None
            if m["kind"] in ("hold", "transfer") and after != "agent":
                problems.append(f"{d['call_id']}/{i}: {m['kind']} not followed by an agent line")
    both = sum(len(hold_transfer_lines(d)) for d in docs)
    if both < 3:
        problems.append(f"only {both} announcements with both hold and transfer (want 3)")
    if len(QUOTED) < 40:
        problems.append(f"only {len(QUOTED)} quoted phrases to check (want 40)")
    phrases = [norm(q) for q in QUOTED]
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            t = norm(text)
            problems += [f"{c['id']}/{i}: quotes the conventions verbatim" for q in phrases if q in t]
    for path in (HERE / "calls_blind16.py", Path(__file__).resolve()):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if len(line) > 120:
                problems.append(f"{path.name}:{n}: line longer than 120 characters")
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
    odd = [d for i, d in enumerate(docs, 1) if i % 2]
    odd_counts = Counter(m["kind"] for d in odd for m in d["moments"])
    clean = [d["call_id"] for d in docs if not kinds_of(d) & set(NEGATIVE)]
    print(f"wrote {len(docs)} calls, {sum(counts.values())} labels, {sum(c['pick'] for c in CALLS)} picks")
    print("real-speech:", " ".join(c["id"] for c in CALLS if c["asr"]))
    print("picks:", " ".join(c["id"] for c in CALLS if c["pick"]))
    print("clean:", " ".join(clean))
    print("hold + transfer:", " ".join(d["call_id"] for d in docs if hold_transfer_lines(d)))
    plain = [d["call_id"] for d in docs if "transfer" in kinds_of(d) and not hold_transfer_lines(d)]
    print("transfer only:", " ".join(plain))
    lens = [len(d["utterances"]) for d in docs]
    secs = [d["utterances"][-1]["end"] for d in docs]
    print(f"utterances per call: {min(lens)}-{max(lens)}; seconds per call: {min(secs):.0f}-{max(secs):.0f}")
    print("| kind | labels | calls | in odd calls (labels) | odd calls |")
    for k in KINDS:
        odd_calls = sum(1 for d in odd if k in kinds_of(d))
        print(f"| {k} | {counts[k]} | {calls_with[k]} | {odd_counts[k]} | {odd_calls} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
