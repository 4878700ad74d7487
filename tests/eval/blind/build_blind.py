#!/usr/bin/env python3
"""Build the blind evaluation set from calls_blind.py.

    .venv/bin/python tests/eval/blind/build_blind.py            # transcripts + audio
    .venv/bin/python tests/eval/blind/build_blind.py --no-audio # transcripts only

Transcripts (tests/eval/blind/blind_NN.json) get synthetic but realistic times: about
2.5 words a second (varied per utterance), 0.3-1.5 s between turns, and the scripted
hold / transfer gaps.  Audio (tests/eval/audio_blind/) is rendered from those transcripts by
pipeline/analysis/audio_eval.py, like every eval set's; its JSON carries the rendered times.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
AUDIO_DIR = HERE.parent / "audio_blind"

sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from calls_blind import AUDIO_CALLS, CALLS  # noqa: E402


def _asr(text: str) -> str:
    """ASR-style: lowercase, no sentence punctuation (apostrophes are left as scripted)."""
    for ch in ".,?!;:":
        text = text.replace(ch, "")
    return " ".join(text.lower().split())


def _utterances(call: dict) -> list[dict]:
    return [item for item in call["lines"] if "speaker" in item]


def _moments(call: dict) -> list[dict]:
    return [{"kind": kind, "utterance": i} for i, u in enumerate(_utterances(call)) for kind in u["kinds"]]


def _text(call: dict, item: dict) -> str:
    return _asr(item["text"]) if call["asr"] else item["text"]


def transcript(call: dict) -> dict:
    rng = random.Random(call["call_id"])
    t = round(rng.uniform(0.5, 1.5), 2)
    pending_gap = None
    utts = []
    for item in call["lines"]:
        if "hold" in item or "gap" in item:
            pending_gap = item.get("hold", item.get("gap"))
            continue
        gap = pending_gap if pending_gap is not None else rng.uniform(0.3, 1.5)
        pending_gap = None
        if utts:
            t = utts[-1]["end"] + gap
        words = len(item["text"].split())
        dur = max(0.7, words / (2.5 * rng.uniform(0.88, 1.12)))
        start = round(t, 2)
        end = round(t + dur, 2)
        utts.append({"speaker": item["speaker"], "start": start, "end": end, "text": _text(call, item)})
    moments = _moments(call)
    n_transfers = sum(m["kind"] == "transfer" for m in moments)
    assert n_transfers == call.get("transfers", 0), call["call_id"]
    return {
        "call_id": call["call_id"],
        "utterances": utts,
        "moments": moments,
        "transfers": n_transfers,
        "worst": call["worst"],
        "supervisor_pick": call["worst"],
        "notes": call["notes"],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-audio", action="store_true")
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args(argv)
    for call in CALLS:
        if args.only and call["call_id"] not in args.only:
            continue
        (HERE / f"{call['call_id']}.json").write_text(json.dumps(transcript(call), indent=1) + "\n")
    if not args.no_audio:
        # the same renderer as every other eval set (MBROLA voices; see pipeline/analysis/audio_eval.py)
        sys.path.insert(0, str(ROOT))
        from pipeline.analysis.audio_eval import render_eval_audio

        from pipeline.analysis.evaluate import load_eval_calls

        wanted = [c for c in load_eval_calls(HERE, "blind") if c.call_id in AUDIO_CALLS]
        wanted = [c for c in wanted if not args.only or c.call_id in args.only]
        for ogg in render_eval_audio(wanted, AUDIO_DIR):
            print(f"{ogg.stem}: {ogg.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
