"""Build trh_NN.json from calls_train_h.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/train_h/build_train_h.py
Adapted from tests/eval/train_g/build_train_g.py, same timing model: ~2.5 words/s (each utterance's
rate varied +/-12 %), 0.3-1.5 s between turns, 15-40 s after an agent's hold announcement, also when
the same line announces a transfer (the customer waits while being connected). A transfer label alone
is a hand-off to a colleague nearby: 1.5-4 s before the new agent speaks. Times come from
random.Random(call_id), so every run writes the same files.

Before writing anything the build runs tests/eval/eval_format.py (call_problems and count_problems)
over every call, then this set's own brief, and stops with a list of problems if anything fails:
  - 32 calls trh_01 .. trh_32, 32 distinct domains, 2-5 minutes each;
  - at least 18 real-speech calls, with no capitals, punctuation or digits in them;
  - at least 8 calls with no negative kind, and 8-10 supervisor picks;
  - label floors: ownership 25, channel_redirect / repeat_contact / blame_shift 15,
    feeling_dismissal 12, transfer 12, cant_language / policy_recital / escalation_request /
    apology / follow_up_promise / hold 8 (eval_format asks 14 or 10, whichever is more);
  - no labelled wording repeated: no two lines labelled with the same kind share a run of six words;
  - no phrase of three words or more quoted in the labelling conventions of blind/README.md;
  - a transfer alone is never followed by a wait of 8 s or more (so the loader adds no hold to it).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from calls_train_h import CALLS  # noqa: E402

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
FLOORS = {
    "ownership": 25,
    "channel_redirect": 15,
    "repeat_contact": 15,
    "blame_shift": 15,
    "feeling_dismissal": 12,
    "transfer": 12,
    "cant_language": 8,
    "policy_recital": 8,
    "escalation_request": 8,
    "apology": 8,
    "follow_up_promise": 8,
    "hold": 8,
}
# Every quotation of three words or more in blind/README.md from "## Labelling conventions" to the end
# (as of round 16), lower-cased with punctuation dropped. None may appear in this set's text.
QUOTED = (
    "a glitch with the channel manager system",
    "as outlined in your product disclosure statement",
    "believe it or not",
    "can you get me to them",
    "corporate set it up",
    "do i need to ring back",
    "done by our trust and safety team",
    "dont worry about that for now",
    "dont you go ringing the surgery",
    "fair enough sorry",
    "i already called them yesterday and they told me to call you",
    "i appreciate its frustrating",
    "i can absolutely do that",
    "i can do that",
    "i can do the refund for you from my end no problem",
    "i do understand and im sorry ill phone them myself",
    "i dont even need to put you on hold",
    "i get that",
    "i got no way of chasing them",
    "i had the can i speak to your manager line all ready to go",
    "i have ordered you a replacement card",
    "i havent made you go through the app",
    "i hear you i really do",
    "i need to call my boss at my job",
    "i understand completely",
    "i want to apologise as well",
    "i was dreading this call",
    "i wont pass you on to the delivery team",
    "ill email it to you tomorrow morning",
    "ill handle the claim from here",
    "ill hold you to that",
    "ill put the account on hold for payment",
    "ill refund the lot",
    "ill ring you on thursday",
    "ill stay on and rebook it myself",
    "im arranging a same day courier",
    "im going to get you to denver tonight",
    "im not gonna give you the open reach line again",
    "im not gonna leave you stuck with it",
    "im not gonna quote the whole fine print at you",
    "itll feel a little bit long",
    "its actually really simple",
    "its out of my hands",
    "its the first time ive had to ring you lot",
    "ive put a note on for the picker",
    "leave this one with me",
    "let me get that done for you",
    "let me pull up your account and look at that with you",
    "may not have gone through on your end",
    "my last gym made me jump through hoops",
    "no call for raising your voice",
    "no need to get an attitude",
    "no need to panic",
    "no need to take it personally",
    "no point getting stressed",
    "no reason to get worked up",
    "none of this is down to you",
    "not something my screen lets me do",
    "nothing im able to do about the charge",
    "okay i can do that for you",
    "okay i can help with that",
    "our error entirely",
    "per section nine of the membership agreement",
    "press and hold for ten seconds",
    "ringing the gatwick number since saturday",
    "so you dont have to explain it all again",
    "so you dont have to ring a different number",
    "someone who actually has some authority",
    "sorry for the wait",
    "sorry i didnt catch the end of that",
    "sorry say that again",
    "sorry to hear that",
    "sorry to keep you",
    "sorry was that or",
    "sorry whats that",
    "sorry you cut out there",
    "take your time",
    "thats a stuff up on our end",
    "thats how corporate set it up",
    "thats kinda on you",
    "thats not on you at all",
    "thats on us",
    "thats only something our interline team can ticket",
    "the hold ups at their end",
    "the metering side",
    "the pay zone terminal",
    "the pricings done by the underwriting team",
    "the revenue team",
    "theres no need for a call back",
    "theyll ring you this week to arrange a time",
    "this is the first time anything like this has happened",
    "under our overbooking terms",
    "well you know what",
    "weve got a leak allowance",
    "what ill do is log this as a formal complaint",
    "what is the name of the company",
    "what is the source account",
    "whoevers above you",
    "written to the hotel twice",
    "you can check your email for a notification",
    "you didnt do anything wrong",
    "you dont have to go in anywhere",
    "you dont have to go into settings",
    "you dont need to call anyone",
    "you dont need to contact anyone else",
    "you dont need to post anything back",
    "you wont need to fill anything in",
    "youll see the new itinerary in your email",
    "your boss or whoever does the discounts",
    "youre gonna hold the two buttons down",
    "youre right to be annoyed and you dont need to apologise",
)
SHARED_RUN = 6  # words two lines labelled with the same kind may not share
WORDS_PER_S = 2.5
TRANSFER_WAIT_S = 8.0  # the eval loader turns a transfer followed by this much wait into a hold too


def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "").replace("'", "").replace("-", " ")
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


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
        "split": "train",
        "utterances": utterances,
        "moments": moments,
        "transfers": sum(1 for m in moments if m["kind"] == "transfer"),
        "supervisor_pick": call["pick"],
        "notes": call["notes"],
    }


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"trh_{i:02d}" for i in range(1, 33)]:
        problems.append(f"unexpected call ids {ids}")
    domains = Counter(c["domain"] for c in CALLS)
    problems += [f"domain {k!r} used {n} times" for k, n in domains.items() if n > 1]
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (want {n})" for k, n in FLOORS.items() if counts[k] < n]
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not 120.0 <= length <= 300.0:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want 120-300)")
    asr = [c for c in CALLS if c["asr"]]
    if len(asr) < 18:
        problems.append(f"only {len(asr)} real-speech calls (want 18)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or re.search(r"[^a-z ]", text):
                problems.append(f"{c['id']}/{i}: real-speech line has capitals, punctuation or digits")
    clean = [d for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    if len(clean) < 8:
        problems.append(f"only {len(clean)} calls with no negative kind (want 8)")
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 10:
        problems.append(f"{picks} supervisor picks (want 8-10)")
    # quoted phrases, matched on whole words
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            padded = f" {norm(text)} "
            problems += [f"{c['id']}/{i}: quotes the conventions ({q!r})" for q in QUOTED if f" {q} " in padded]
    # no labelled wording twice: lines labelled with the same kind share no run of SHARED_RUN words
    by_kind: dict[str, list[tuple[str, set]]] = {}
    for c in CALLS:
        for i, (_, text, labels) in enumerate(c["utts"]):
            words = norm(text).split()
            runs = {tuple(words[j : j + SHARED_RUN]) for j in range(len(words) - SHARED_RUN + 1)}
            for k in labels.split():
                by_kind.setdefault(k, []).append((f"{c['id']}/{i}", runs))
    for k, lines in by_kind.items():
        for (a, ra), (b, rb) in combinations(lines, 2):
            if ra & rb:
                problems.append(f"{k}: {a} and {b} share {' '.join(sorted(ra & rb)[0])!r}")
    # a transfer alone: the wait before the next agent line stays under TRANSFER_WAIT_S
    for d in docs:
        held = {m["utterance"] for m in d["moments"] if m["kind"] == "hold"}
        utts = d["utterances"]
        for m in d["moments"]:
            i = m["utterance"]
            if m["kind"] != "transfer" or i in held:
                continue
            edge, wait = utts[i]["end"], 0.0
            for u in utts[i + 1 :]:
                wait = max(wait, u["start"] - edge)
                edge = u["end"]
                if u["speaker"] != "customer":
                    break
            if wait >= TRANSFER_WAIT_S:
                problems.append(f"{d['call_id']}/{i}: transfer alone followed by a {wait:.1f} s wait")
            if i + 1 >= len(utts) or utts[i + 1]["speaker"] != "agent":
                problems.append(f"{d['call_id']}/{i}: no new agent speaks after the transfer")
    return problems


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs)
    problems += brief_problems(docs)
    if problems:
        print("\n".join(problems))
        print(f"build_train_h: {len(problems)} problems, nothing written", file=sys.stderr)
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    picks = [d["call_id"] for d in docs if d["supervisor_pick"]]
    lengths = [d["utterances"][-1]["end"] for d in docs]
    print(
        f"wrote {len(docs)} calls, {sum(counts.values())} labels, "
        f"{sum(c['asr'] for c in CALLS)} real-speech, {len(clean)} with no negative kind"
    )
    print("supervisor picks:", len(picks), " ".join(picks))
    print("no negative kind:", " ".join(clean))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    print(f"call length: {min(lengths):.0f} - {max(lengths):.0f} s")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
