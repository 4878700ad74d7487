"""Build b12_NN.json from calls_blind12.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/blind12/build_blind12.py
Timing model (adapted from train_g/build_train_g.py): ~2.5 words/s (each utterance's rate varied
+/-12 %), 0.3-1.5 s between turns, 15-40 s after an agent's hold announcement (a hold and a transfer on
one announcement get this gap: the customer waits while being connected), 1.5-4 s after a transfer with
no hold (a hand-over to someone sitting beside the agent, no wait). Times come from
random.Random(call_id), so every run writes the same files.
Besides eval_format's checks, the build checks this set's brief: 32 calls, 9-13 ASR-style calls
(lowercase, no punctuation or digits), 4-6 calls with no negative kind among the odd-numbered calls and
4-6 among the even-numbered ones, 2-5 minutes per call, at least 3 hold + transfer announcements, and
no phrase quoted in the labelling conventions. It prints counts and call ids only, never call text.
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

from calls_blind12 import CALLS  # noqa: E402

from tests.eval.eval_format import call_problems, count_problems  # noqa: E402

SPLIT = "blind12"
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
    "i hear you",
    "i understand completely",
    "leave this one with me",
    "no call for raising your voice",
    "kinda on you",
    "no way of chasing",
    "my screen lets me",
    "hold the two buttons down",
    "really simple",
    "press and hold for ten seconds",
    "leave you stuck with it",
    "look at that with you",
    "call my boss at my job",
    "no need to take it personally",
    "no need to get an attitude",
    "don't worry about that for now",
    "i appreciate it's frustrating",
    "sorry to hear that",
    "sorry to keep you",
    "i want to apologise as well",
    "fair enough sorry",
    "stuff-up",
    "none of this is down to you",
    "you didn't do anything wrong",
    "fine print",
    "handle the claim from here",
    "rebook it myself",
    "take your time",
    "nothing i'm able to do",
    "take that up with them",
    "i do hear you but",
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


def is_clean(doc: dict) -> bool:
    return not {m["kind"] for m in doc["moments"]} & set(NEGATIVE)


def brief_problems(docs: list[dict]) -> list[str]:
    problems = []
    ids = [d["call_id"] for d in docs]
    if ids != [f"b12_{i:02d}" for i in range(1, 33)]:
        problems.append("unexpected call ids")
    asr = [c for c in CALLS if c["asr"]]
    if not 9 <= len(asr) <= 13:
        problems.append(f"{len(asr)} ASR-style calls (want 9-13)")
    for c in asr:
        for i, (_, text, _) in enumerate(c["utts"]):
            if text != text.lower() or any(ch in text for ch in ".,?!;:'\"-0123456789"):
                problems.append(f"{c['id']}/{i}: ASR-style call has capitals, punctuation or digits")
    for c in CALLS:
        for i, (_, text, _) in enumerate(c["utts"]):
            low = text.lower().replace("\u2019", "'")
            problems += [f"{c['id']}/{i}: quotes the conventions (entry {n})" for n, q in enumerate(QUOTED) if q in low]
    for parity in (1, 0):
        clean = [d for d in docs if int(d["call_id"][-2:]) % 2 == parity and is_clean(d)]
        if not 4 <= len(clean) <= 6:
            problems.append(f"{len(clean)} clean calls with parity {parity} (want 4-6)")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not MIN_CALL_S <= length <= MAX_CALL_S:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want {MIN_CALL_S:.0f}-{MAX_CALL_S:.0f})")
        for m in d["moments"]:
            if m["kind"] == "transfer" and m["utterance"] + 1 >= len(d["utterances"]):
                problems.append(f"{d['call_id']}: transfer on the last utterance")
            if m["kind"] == "transfer" and d["utterances"][m["utterance"] + 1]["speaker"] != "agent":
                problems.append(f"{d['call_id']}/{m['utterance']}: the new agent does not speak next")
    if len(both_calls(docs)) < 3:
        problems.append("fewer than 3 calls with hold + transfer on one announcement")
    return problems


def both_calls(docs: list[dict]) -> list[str]:
    out = []
    for d in docs:
        pairs = {(m["kind"], m["utterance"]) for m in d["moments"]}
        if any(("hold", i) in pairs and ("transfer", i) in pairs for i in range(len(d["utterances"]))):
            out.append(d["call_id"])
    return out


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
    odd = Counter(m["kind"] for d in docs if int(d["call_id"][-2:]) % 2 for m in d["moments"])
    even = Counter(m["kind"] for d in docs if not int(d["call_id"][-2:]) % 2 for m in d["moments"])
    clean = [d["call_id"] for d in docs if is_clean(d)]
    print(
        f"wrote {len(docs)} calls, {sum(counts.values())} labels, "
        f"{sum(d['supervisor_pick'] for d in docs)} supervisor picks, "
        f"{sum(c['asr'] for c in CALLS)} ASR-style: {' '.join(c['id'] for c in CALLS if c['asr'])}"
    )
    print("calls with no negative kind:", len(clean), " ".join(clean))
    print("picks:", " ".join(d["call_id"] for d in docs if d["supervisor_pick"]))
    print("calls with hold + transfer on one announcement:", " ".join(both_calls(docs)))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    lengths = [d["utterances"][-1]["end"] for d in docs]
    print(f"call length: {min(lengths):.0f}-{max(lengths):.0f} s")
    print("| kind | labels | calls | odd | even |")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} | {odd[k]} | {even[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
