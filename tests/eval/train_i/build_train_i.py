"""Build tri_NN.json from calls_train_i.py, deterministically, and validate them.

Run:  /work/main/.venv/bin/python tests/eval/train_i/build_train_i.py
Timing model (as train_g's build): ~2.5 words/s (each utterance's rate varied +/-12 %), 0.3-1.5 s
between turns, 15-40 s after an agent's hold announcement. A transfer that is also a hold (the
customer waits while being connected) gets the hold gap; a transfer alone, to a colleague nearby,
gets 1.5-4 s, short enough that it is not a wait. Times come from random.Random(call_id), so every
run writes the same files.
Before writing anything the build runs tests/eval/eval_format.py (call_problems, count_problems)
and this set's own brief, and exits 1 with the list of problems if any check fails:
32 calls tri_01..tri_32, 32 distinct domains, 10 real-speech calls (lower case, no punctuation or
digits) and 22 written ones (capitals and punctuation), 2-5 minutes each, at least 9 calls with no
negative kind, 8-10 supervisor picks, at least 10 labels of each kind (15 for ownership and
channel_redirect), no labelled wording used twice, no phrase quoted in the labelling conventions,
and every agent "sorry"/"apolog..." labelled `apology` unless the call lists it under `clarify`
(round 16: a "sorry?" that only asks for a repeat is not an apology).
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

from calls_train_i import CALLS  # noqa: E402

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
FLOORS = dict.fromkeys(KINDS, 10) | {"ownership": 15, "channel_redirect": 15}  # this set's brief
WORDS_PER_S = 2.5
MIN_S, MAX_S = 120.0, 300.0  # 2-5 minutes
CONVENTIONS = REPO / "tests" / "eval" / "blind" / "README.md"


def norm(text: str) -> str:
    """Lower case, apostrophes dropped, other punctuation to spaces: written and spoken forms compare equal."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def quoted_phrases() -> list[str]:
    """Every quoted example of three words or more in the conventions (from "## Labelling conventions")."""
    text = CONVENTIONS.read_text()
    text = text[text.index("## Labelling conventions") :]
    phrases = set()
    for quote in re.findall(r"\"([^\"]+)\"", text):
        for part in re.split(r"\u2026|\.\.\.", quote):
            p = norm(part)
            if len(p.split()) >= 3:
                phrases.add(p)
    return sorted(phrases)


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
    if ids != [f"tri_{i:02d}" for i in range(1, 33)]:
        problems.append(f"unexpected call ids {ids}")
    domains = [c["domain"] for c in CALLS]
    if len(set(domains)) != len(domains):
        problems.append(f"domains repeat: {[d for d, n in Counter(domains).items() if n > 1]}")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    problems += [f"{k}: only {counts[k]} labels (want {n})" for k, n in FLOORS.items() if counts[k] < n]
    speech = [c for c in CALLS if c["asr"]]
    if len(speech) != 10:
        problems.append(f"{len(speech)} real-speech calls (want 10)")
    for c in CALLS:
        texts = [text for _, text, _ in c["utts"]]
        if c["asr"]:
            for i, text in enumerate(texts):
                if text != text.lower() or re.search(r"[^a-z ]", text):
                    problems.append(f"{c['id']}/{i}: real-speech call has capitals, punctuation or digits")
        elif not all(re.search(r"[A-Z]", t) and re.search(r"[.?!]$", t) for t in texts):
            problems.append(f"{c['id']}: written call with an unpunctuated or lower-case line")
    for d in docs:
        length = d["utterances"][-1]["end"]
        if not MIN_S <= length <= MAX_S:
            problems.append(f"{d['call_id']}: {length:.0f} s long (want {MIN_S:.0f}-{MAX_S:.0f})")
    clean = [d for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    if len(clean) < 9:
        problems.append(f"only {len(clean)} calls with no negative kind (want 9)")
    picks = sum(d["supervisor_pick"] for d in docs)
    if not 8 <= picks <= 10:
        problems.append(f"{picks} supervisor picks (want 8-10)")
    quotes = quoted_phrases()
    seen: dict[str, str] = {}
    for c in CALLS:
        for i, (spk, text, labels) in enumerate(c["utts"]):
            n = norm(text)
            where = f"{c['id']}/{i}"
            problems += [f"{where}: quotes the conventions ({q!r})" for q in quotes if f" {q} " in f" {n} "]
            if labels:
                if n in seen:
                    problems.append(f"{where}: same labelled wording as {seen[n]}")
                seen[n] = where
            sorry = spk == "a" and re.search(r"\bsorry\b|apolog", n)
            if sorry and "apology" not in labels.split() and i not in c["clarify"]:
                problems.append(f"{where}: agent 'sorry' neither labelled apology nor listed as clarifying")
            if i in c["clarify"] and (not sorry or "apology" in labels.split()):
                problems.append(f"{where}: listed as a clarifying 'sorry' but is not one")
    return problems


def main() -> int:
    docs = [build(c) for c in CALLS]
    problems = [p for d in docs for p in call_problems(d)] + count_problems(docs) + brief_problems(docs)
    if problems:
        print(f"build_train_i: {len(problems)} problem(s), nothing written:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        return 1
    for d in docs:
        (HERE / f"{d['call_id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    counts = Counter(m["kind"] for d in docs for m in d["moments"])
    calls_with = Counter(k for d in docs for k in {m["kind"] for m in d["moments"]})
    clean = [d["call_id"] for d in docs if not {m["kind"] for m in d["moments"]} & set(NEGATIVE)]
    lengths = [d["utterances"][-1]["end"] for d in docs]
    print(
        f"wrote {len(docs)} calls, {sum(counts.values())} labels, "
        f"{sum(d['supervisor_pick'] for d in docs)} supervisor picks, "
        f"{sum(c['asr'] for c in CALLS)} real-speech"
    )
    print("calls with no negative kind:", len(clean), " ".join(clean))
    print("utterances per call:", min(len(d["utterances"]) for d in docs), "-", max(len(d["utterances"]) for d in docs))
    print(f"call length: {min(lengths):.0f}-{max(lengths):.0f} s")
    for k in KINDS:
        print(f"| {k} | {counts[k]} | {calls_with[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
