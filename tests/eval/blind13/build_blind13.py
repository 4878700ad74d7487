"""Build b13_NN.json from calls_blind13.py, deterministically, and validate them first.

Run:  /work/main/.venv/bin/python tests/eval/blind13/build_blind13.py
Timing model (adapted from train_g/build_train_g.py): ~2.5 words/s (each utterance's rate varied
+/-12 %), 0.3-1.5 s between turns, 15-40 s after an agent's `hold` announcement (also when the same
line carries `transfer`: the customer waits while being connected), 1.5-4 s after a `transfer` with
no `hold` (a colleague beside the agent takes the phone). Times come from random.Random(call_id), so
every run writes the same bytes.

Before writing anything it runs tests/eval/eval_format.py (call_problems, count_problems) and this
set's brief checks, and fails loudly: exactly 32 calls b13_01..b13_32; 9-13 real-speech calls with no
capitals, punctuation or digits; 4-6 calls with no negative kind among the odd-numbered calls and
4-6 among the even-numbered; 8-10 supervisor picks; every call 2-5 minutes long; at least 3
announcements carrying both `hold` and `transfer`; no phrase quoted in the labelling conventions
used verbatim. It prints counts and call ids only.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep the set's folder free of __pycache__
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from calls_blind13 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind13"
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
# Example phrases quoted in tests/eval/blind/README.md (Labelling conventions to the end), normalised
# (lower case, apostrophes dropped, other punctuation as spaces). None may appear verbatim, as whole
# words, in any utterance.
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
    "underwriting",
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
    "thats a stuff up on our end",
    "none of this is down to you",
    "you didnt do anything wrong",
    "im not gonna give you the open reach line again",
    "thats on us",
    "our error entirely",
    "thats not on you at all",
    "thats only something our interline team can ticket",
    "done by our trust and safety team",
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
    "i completely understand",
    "ill phone them myself",
    "im going to hand you over to my supervisor",
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
    "nope",
    "ill hold you to that",
    "i wont pass you on to the delivery team",
    "normally id have to put you through to the waste team",
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
    "it was denied cuz the damage was reported",
    "um",
    "uh",
    "you know",
    "well you know what",
    "okay so",
    "believe it or not",
    "youre gonna hold the two buttons down",
    "itll feel a little bit long",
    "its actually really simple",
    "press and hold for ten seconds",
    "what is the source account",
    "what is the name of the company",
    "i have ordered you a replacement card",
    "you can check your email for a notification of this transfer",
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
    "sorry was that 806 or 886",
    "sorry for the wait and sorry could you spell the surname",
)
WORDS_PER_S = 2.5
MIN_CALL_S, MAX_CALL_S = 120.0, 300.0


def norm(text: str) -> str:
    text = text.lower().replace("'", "").replace("\u2019", "")
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


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b13_{i:02d}" for i in range(1, N_CALLS + 1)]:
        problems.append(f"want exactly {N_CALLS} calls b13_01..b13_{N_CALLS}, got {len(ids)}")
    if len(QUOTED) < 40:
        problems.append(f"only {len(QUOTED)} quoted phrases in the check list (want 40)")
    for c in CALLS:
        for i, (spk, text, labels) in enumerate(c["utts"]):
            if spk not in SPEAKER:
                problems.append(f"{c['id']}/{i}: speaker {spk!r}")
            for k in labels.split():
                if k not in KINDS:
                    problems.append(f"{c['id']}/{i}: unknown kind {k!r}")
            low = norm(text)
            problems += [f"{c['id']}/{i}: quotes the conventions ({q!r})" for q in QUOTED if f" {q} " in low]
    asr = [c for c in CALLS if c["asr"]]
    if not 9 <= len(asr) <= 13:
        problems.append(f"{len(asr)} real-speech calls (want 9-13)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or re.search(r"[^a-z ]", text):
                problems.append(f"{c['id']}/{i}: real-speech call has capitals, punctuation or digits")
    clean = {d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)}
    odd = [d["call_id"] for i, d in enumerate(docs, 1) if i % 2 and d["call_id"] in clean]
    even = [d["call_id"] for i, d in enumerate(docs, 1) if not i % 2 and d["call_id"] in clean]
    if not 4 <= len(odd) <= 6:
        problems.append(f"{len(odd)} clean odd-numbered calls (want 4-6)")
    if not 4 <= len(even) <= 6:
        problems.append(f"{len(even)} clean even-numbered calls (want 4-6)")
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 10:
        problems.append(f"{picks} supervisor picks (want 8-10)")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not MIN_CALL_S <= length <= MAX_CALL_S:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want {MIN_CALL_S:.0f}-{MAX_CALL_S:.0f})")
        for m in d["moments"]:
            if m["kind"] == "hold" and d["utterances"][m["utterance"]]["speaker"] != "agent":
                problems.append(f"{d['call_id']}/{m['utterance']}: hold on a customer line")
    if len(both_calls(docs)) < 3:
        problems.append(f"only {sum(n for _, n in both_calls(docs))} hold + transfer announcements (want 3)")
    return problems


def both_calls(docs: list[dict]) -> list[tuple[str, int]]:
    out = []
    for d in docs:
        pairs = {(m["kind"], m["utterance"]) for m in d["moments"]}
        n = sum(1 for i in range(len(d["utterances"])) if ("hold", i) in pairs and ("transfer", i) in pairs)
        if n:
            out.append((d["call_id"], n))
    return out


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs) + brief_problems(docs)
    if problems:
        print("BUILD FAILED:")
        print("\n".join(problems))
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    odd_docs = docs[0::2]
    in_odd = Counter(m["kind"] for d in odd_docs for m in d["moments"])
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    print(f"wrote {len(docs)} calls, {sum(counts.values())} labels ({sum(in_odd.values())} in odd calls)")
    print("real-speech:", len([c for c in CALLS if c["asr"]]), " ".join(c["id"] for c in CALLS if c["asr"]))
    print("clean odd:", " ".join(c for c in clean if int(c[-2:]) % 2))
    print("clean even:", " ".join(c for c in clean if not int(c[-2:]) % 2))
    picks = [d["call_id"] for d in docs if d["supervisor_pick"]]
    print("picks:", len(picks), " ".join(picks))
    print("hold + transfer announcements:", " ".join(f"{c}x{n}" if n > 1 else c for c, n in both_calls(docs)))
    lens = [d["utterances"][-1]["end"] for d in docs]
    sizes = [len(d["utterances"]) for d in docs]
    print(f"length: {min(lens):.0f}-{max(lens):.0f} s; utterances per call: {min(sizes)}-{max(sizes)}")
    print("| kind | labels | calls | in odd calls |")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} | {in_odd[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
