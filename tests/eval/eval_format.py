"""What every hand-labelled eval set must satisfy, checked in one place.

The labelling guide is the "Labelling conventions" table of `blind/README.md`. The sets written to it
and to the writers' brief (`blind2`, `blind3`, `train_a`-`train_c`) are built by their own `build_*.py`
scripts, which call these checks before writing, and `tests/test_analysis_eval.py` runs them over the
files. (`blind` itself predates the brief: it labels a hold on the announcement even when the
customer answers before the silence, and has fewer policy recitals.)

    call_problems(doc)   -> list of problems in one call (eval JSON format)
    count_problems(docs) -> list of kinds labelled fewer times than the writers' brief asked for
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, when a build script runs
from pipeline.records import MOMENT_KINDS, kind_speaker

MIN_UTTERANCES, MAX_UTTERANCES = 14, 24  # call length the writers were asked for
HOLD_GAP_S = 15.0  # a labelled hold is followed by at least this much silence
DEFLECTION_KINDS = ("policy_recital", "blame_shift", "cant_language", "feeling_dismissal", "channel_redirect")
KIND_FLOORS = {kind: 14 if kind in DEFLECTION_KINDS else 10 for kind in MOMENT_KINDS}


def call_problems(doc: dict[str, Any]) -> list[str]:
    """Problems in one call: format, speakers, times, labels on the right speaker, holds, transfers."""
    cid = doc["call_id"]
    utts = doc["utterances"]
    n = len(utts)
    problems = []
    if not MIN_UTTERANCES <= n <= MAX_UTTERANCES:
        problems.append(f"{cid}: {n} utterances (want {MIN_UTTERANCES}-{MAX_UTTERANCES})")
    for i, u in enumerate(utts):
        if u["speaker"] not in ("agent", "customer"):
            problems.append(f"{cid}/{i}: bad speaker {u['speaker']!r}")
        if u["end"] <= u["start"]:
            problems.append(f"{cid}/{i}: ends before it starts")
    for i, (a, b) in enumerate(itertools.pairwise(utts)):
        if b["start"] < a["end"]:
            problems.append(f"{cid}/{i + 1}: starts before the previous utterance ends")
    seen = set()
    for m in doc["moments"]:
        kind, i = m["kind"], m["utterance"]
        if kind not in MOMENT_KINDS:
            problems.append(f"{cid}: unknown kind {kind}")
            continue
        if not 0 <= i < n:
            problems.append(f"{cid}: index {i} out of range")
            continue
        if utts[i]["speaker"] != kind_speaker(kind):
            problems.append(f"{cid}/{i}: {kind_speaker(kind)} kind {kind} on a {utts[i]['speaker']} line")
        if (kind, i) in seen:
            problems.append(f"{cid}/{i}: duplicate {kind}")
        seen.add((kind, i))
        if kind == "hold" and (i + 1 >= n or utts[i + 1]["start"] - utts[i]["end"] < HOLD_GAP_S):
            problems.append(f"{cid}/{i}: hold not followed by a {HOLD_GAP_S:.0f} s gap")
    if doc["transfers"] != sum(1 for m in doc["moments"] if m["kind"] == "transfer"):
        problems.append(f"{cid}: transfers field does not match the transfer labels")
    return problems


def count_problems(docs: Iterable[dict[str, Any]]) -> list[str]:
    """Kinds labelled fewer times in the set than KIND_FLOORS asks."""
    counts = Counter(m["kind"] for doc in docs for m in doc["moments"])
    return [
        f"{kind}: only {counts[kind]} labels (want {floor})"
        for kind, floor in KIND_FLOORS.items()
        if counts[kind] < floor
    ]
