"""Derive who-spoke-when turns for the AWS two-channel calls from per-channel frame energy.

Each call in ``aws/`` has one FLAC per side (``<call>_agent.flac`` and ``<call>_caller.flac``), so the
speaker of every stretch of speech is known from the channel it is on. This script marks, per channel,
the frames whose level is well above that channel's own noise floor, merges short gaps, drops short
bursts, and writes ``<call>.turns.json``: a list of ``{"speaker": "agent"|"customer", "start": s, "end": s}``
sorted by start (turns of the two sides may overlap).

Run from the repository root::

    .venv/bin/python tests/eval/real/build_aws.py          # rewrite every <call>.turns.json
    .venv/bin/python tests/eval/real/build_aws.py --check  # exit 1 if any file would change

Needs numpy and the ``sox`` command (``apt-get install -y sox libsox-fmt-all``) to decode FLAC.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
AWS_DIR = HERE / "aws"

FRAME_S = 0.03  # analysis frame
FLOOR_PERCENTILE = 20.0  # noise floor: this percentile of the non-silent frames' levels (dBFS)
ABOVE_FLOOR_DB = 20.0  # speaking where the level is at least this far above the floor ...
BELOW_PEAK_DB = 35.0  # ... and no more than this far below the channel's loud level (95th percentile)
DIGITAL_SILENCE_DB = -100.0  # frames quieter than this are digital zero, ignored for the floor
MERGE_GAP_S = 0.3  # join two speech runs separated by less than this
MIN_TURN_S = 0.2  # drop speech runs shorter than this (after merging)

SIDES = (("agent", "agent"), ("caller", "customer"))  # (file suffix, speaker label)


def read_audio(path: Path) -> tuple[np.ndarray, int]:
    """Decode a mono FLAC with sox into float samples in [-1, 1] and return (samples, sample_rate)."""
    rate = int(subprocess.run(["soxi", "-r", str(path)], capture_output=True, check=True, text=True).stdout)
    raw = subprocess.run(
        ["sox", str(path), "-t", "raw", "-e", "signed-integer", "-b", "16", "-c", "1", "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0, rate


def frame_levels(samples: np.ndarray, rate: int) -> np.ndarray:
    """Return the RMS level in dBFS of consecutive, non-overlapping frames of FRAME_S seconds."""
    n = round(FRAME_S * rate)
    count = len(samples) // n
    frames = samples[: count * n].reshape(count, n)
    return 10.0 * np.log10(np.mean(frames**2, axis=1) + 1e-12)


def threshold_db(levels: np.ndarray) -> float:
    """Level above which a frame counts as speech for this channel."""
    live = levels[levels > DIGITAL_SILENCE_DB]
    if live.size == 0:
        return float("inf")
    floor = float(np.percentile(live, FLOOR_PERCENTILE))
    loud = float(np.percentile(live, 95.0))
    return max(floor + ABOVE_FLOOR_DB, loud - BELOW_PEAK_DB)


def speech_runs(levels: np.ndarray) -> list[tuple[float, float]]:
    """Return (start_s, end_s) runs of speech frames after gap merging and short-burst removal."""
    active = levels >= threshold_db(levels)
    runs: list[list[float]] = []
    start = None
    for i, on in enumerate([*active.tolist(), False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            runs.append([start * FRAME_S, i * FRAME_S])
            start = None
    merged: list[list[float]] = []
    for run in runs:
        if merged and run[0] - merged[-1][1] < MERGE_GAP_S:
            merged[-1][1] = run[1]
        else:
            merged.append(run)
    return [(round(a, 2), round(b, 2)) for a, b in merged if b - a >= MIN_TURN_S]


def call_turns(call: str) -> list[dict[str, object]]:
    """Turns of one call, both sides, sorted by start then speaker."""
    turns: list[dict[str, object]] = []
    for suffix, speaker in SIDES:
        samples, rate = read_audio(AWS_DIR / f"{call}_{suffix}.flac")
        for start, end in speech_runs(frame_levels(samples, rate)):
            turns.append({"speaker": speaker, "start": start, "end": end})
    turns.sort(key=lambda t: (t["start"], t["speaker"]))
    return turns


def calls() -> list[str]:
    """Call names that have both an agent and a caller FLAC in aws/."""
    names = sorted(p.name.removesuffix("_agent.flac") for p in AWS_DIR.glob("*_agent.flac"))
    return [n for n in names if (AWS_DIR / f"{n}_caller.flac").exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the files on disk")
    args = parser.parse_args(argv)
    stale = 0
    for call in calls():
        text = json.dumps(call_turns(call), indent=1) + "\n"
        out = AWS_DIR / f"{call}.turns.json"
        if args.check:
            if not out.exists() or out.read_text() != text:
                print(f"stale: {out.name}")
                stale += 1
        else:
            out.write_text(text)
            turns = json.loads(text)
            for speaker in ("agent", "customer"):
                mine = [t for t in turns if t["speaker"] == speaker]
                talk = sum(t["end"] - t["start"] for t in mine)
                print(f"{call}: {speaker} {len(mine)} turns, {talk:.1f} s of speech")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
