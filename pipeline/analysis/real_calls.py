"""Real calls for evaluation and training: human transcripts and recordings kept in `tests/eval/real`.

Everything else in `tests/eval` was written for the purpose and voiced by speech synthesis; these are
real people (README in that folder: sources, licences, how they were processed):

* Harper Valley (Gridspace-Stanford): real spoken bank calls with human-corrected transcripts, the
  real role of each line and the task each caller had. Text only here (its audio is too large).
* AWS Live Call Analytics samples: two real car-repair calls recorded one party a channel, so who
  spoke when is known (`*.turns.json`, from each channel's energy), and their mix is a real mono call.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.records import Utterance

REAL_DIR = Path(__file__).resolve().parents[2] / "tests" / "eval" / "real"
HARPER_VALLEY = REAL_DIR / "harper_valley" / "calls.jsonl.gz"
HARPER_VALLEY_LABELS = REAL_DIR / "harper_valley" / "labels.json"
AWS_DIR = REAL_DIR / "aws"
AWS_LABELS = AWS_DIR / "labels.json"
_ROLE = {"agent": "agent", "caller": "customer"}
# Transcriber tags ("[noise]", "[laughter]", "<unk>"): a segment of nothing else holds no words.
_TAG = re.compile(r"\[[^\]]*\]|<unk>")


@dataclass
class RealCall:
    call_id: str
    utterances: list[Utterance]
    tasks: list[str] = field(default_factory=list)  # Harper Valley: what the caller wanted


@dataclass(frozen=True)
class Turn:
    speaker: str
    start: float
    end: float


def has_words(text: str) -> bool:
    return bool(_TAG.sub(" ", text).strip())


def load_harper_valley(path: Path = HARPER_VALLEY) -> list[RealCall]:
    """The Harper Valley calls, lines sorted by start; lines that are only tags are left out."""
    calls = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            utterances = [
                Utterance(
                    speaker=_ROLE[s["speaker_role"]],
                    start=round(s["start_ms"] / 1000, 3),
                    end=round((s["start_ms"] + s["duration_ms"]) / 1000, 3),
                    text=str(s["human_transcript"]),
                )
                for s in record["transcript"]
                if has_words(str(s["human_transcript"]))
            ]
            utterances.sort(key=lambda u: (u.start, u.end))
            tasks = [t["task_type"] for t in record.get("metadata", {}).get("tasks", []) if "task_type" in t]
            calls.append(RealCall(f"hv-{record['sid']}", utterances, tasks))
    return calls


def load_harper_valley_labels(path: Path = HARPER_VALLEY_LABELS) -> dict[str, list[dict[str, Any]]]:
    """Moments labelled on the Harper Valley calls: call id -> [{"utterance", "kind", "text"}]."""
    body = json.loads(path.read_text())
    return {call_id: list(entry.get("moments", [])) for call_id, entry in body["calls"].items()}


def load_aws_labelled(path: Path = AWS_LABELS) -> list[tuple[RealCall, list[dict[str, Any]]]]:
    """The two AWS calls as Earshot transcribed them (both channels, Whisper `base`), with their labels."""
    body = json.loads(path.read_text())
    calls = []
    for name, entry in body["calls"].items():
        utterances = [
            Utterance(u["speaker"], float(u["start"]), float(u["end"]), str(u["text"])) for u in entry["utterances"]
        ]
        calls.append((RealCall(name, utterances), list(entry.get("moments", []))))
    return calls


def aws_calls(folder: Path = AWS_DIR) -> list[str]:
    """Names of the two-channel real calls (each has `<name>_agent.flac`, `_caller.flac`, `.turns.json`)."""
    return sorted(p.name.removesuffix(".turns.json") for p in folder.glob("*.turns.json"))


def aws_turns(name: str, folder: Path = AWS_DIR) -> list[Turn]:
    return [
        Turn(t["speaker"], float(t["start"]), float(t["end"]))
        for t in json.loads((folder / f"{name}.turns.json").read_text())
    ]


def role_accuracy(utterances: list[Utterance], turns: list[Turn]) -> tuple[float, float]:
    """Share of recognised speech time whose line has the right role, and the seconds it is measured on.

    Measured word by word against who spoke when; time where both parties talk at once is left out
    (either label would be right there).
    """
    right = total = 0.0
    for u in utterances:
        for w in u.words or []:
            for t in turns:
                overlap = min(w.end, t.end) - max(w.start, t.start)
                if overlap <= 0:
                    continue
                if any(o.speaker != t.speaker and min(w.end, o.end) > max(w.start, o.start) for o in turns):
                    continue
                total += overlap
                right += overlap * (u.speaker == t.speaker)
    return (right / total if total else 0.0), total


@dataclass
class FlagReport:
    """Negative flags raised on real calls in which, as far as their labels say, nobody did anything wrong."""

    name: str
    calls: int
    flags: list[tuple[str, str, str, str]]  # (call id, kind, what found it, the line)

    @property
    def per_call(self) -> float:
        return len(self.flags) / self.calls if self.calls else 0.0

    @property
    def by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(kind for _, kind, _, _ in self.flags).items()))

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "calls": self.calls,
            "negative_flags": len(self.flags),
            "per_call": round(self.per_call, 3),
            "by_kind": self.by_kind,
        }

    def format(self, verbose: bool = False) -> str:
        lines = [
            f"== {self.name} ({self.calls} calls)",
            f"negative flags: {len(self.flags)} ({self.per_call:.2f} per call; target at most 0.1)",
        ]
        for kind, count in self.by_kind.items():
            lines.append(f"  {kind:<20}{count:>5}")
        if verbose:
            lines += [f"  {call}: {kind} ({found_by}): {text}" for call, kind, found_by, text in self.flags]
        return "\n".join(lines)
