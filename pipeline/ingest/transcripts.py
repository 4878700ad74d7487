"""Importing transcripts that call platforms already export: WebVTT with voice tags, or JSON.

- ``.vtt``: cues whose text carries a voice tag, ``<v Agent>…`` or ``<v Customer Name>…``; the tag's
  first word decides the speaker (agent/rep/advisor → agent, customer/caller/client → customer).
- ``.json``: ``{"utterances": [{"speaker": "agent"|"customer", "start": s, "end": s, "text": …}]}``.

Both become the same `Utterance` list a transcribed recording gives, so analysis runs the same
way; word timings are spread evenly over each utterance, which is all such files allow.
Every problem raises `TranscriptError` with the line or item at fault.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from pipeline.records import Utterance, Word

TRANSCRIPT_SUFFIXES = frozenset({".vtt", ".json"})
MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 20_000

_AGENT_WORDS = {"agent", "rep", "representative", "advisor", "adviser", "operator", "staff", "support"}
_CUSTOMER_WORDS = {"customer", "caller", "client", "consumer", "member", "user"}
_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[^ >]*)?\s+([^>]*)>", re.IGNORECASE)
_TAG = re.compile(r"</?[^>]+>")


class TranscriptError(ValueError):
    """The transcript cannot be imported; the message says where and why."""


def speaker_from_label(label: str) -> str:
    """Map a platform's speaker label to agent/customer ('unknown' when it says neither)."""
    words = re.findall(r"[a-z]+", label.lower())
    if any(w in _AGENT_WORDS for w in words):
        return "agent"
    if any(w in _CUSTOMER_WORDS for w in words):
        return "customer"
    return "unknown"


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    value = 0.0
    for part in parts:
        value = value * 60 + float(part)
    return value


def _spread_words(text: str, start: float, end: float) -> list[Word]:
    tokens = text.split()
    if not tokens:
        return []
    step = (end - start) / len(tokens)
    return [Word(tok, start + i * step, start + (i + 1) * step) for i, tok in enumerate(tokens)]


def _utterance(speaker: str, start: float, end: float, text: str, where: str) -> Utterance:
    if not (math.isfinite(start) and math.isfinite(end)) or start < 0 or end < start:
        raise TranscriptError(f"{where}: times must satisfy 0 <= start <= end (got {start}, {end})")
    if len(text) > MAX_TEXT_CHARS:
        raise TranscriptError(f"{where}: text longer than {MAX_TEXT_CHARS} characters")
    return Utterance(speaker, start, end, text, _spread_words(text, start, end))


def parse_vtt(text: str, source: str = "transcript") -> list[Utterance]:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or not lines[0].strip().startswith("WEBVTT"):
        raise TranscriptError(f"{source}: not a WebVTT file (the first line must be WEBVTT)")
    utterances: list[Utterance] = []
    i = 1
    while i < len(lines):
        match = _TIMING.match(lines[i])
        if not match:
            i += 1
            continue
        cue_line = i + 1
        start, end = _seconds(match["start"]), _seconds(match["end"])
        i += 1
        body = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i])
            i += 1
        raw = " ".join(body)
        voice = _VOICE.search(raw)
        speaker = speaker_from_label(voice.group(1)) if voice else "unknown"
        cue_text = " ".join(_TAG.sub("", raw).split())
        if cue_text:
            utterances.append(_utterance(speaker, start, end, cue_text, f"{source} line {cue_line}"))
    if not utterances:
        raise TranscriptError(f"{source}: no cues with text found")
    return sorted(utterances, key=lambda u: u.start)


def parse_json(text: str, source: str = "transcript") -> list[Utterance]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("utterances"), list):
        raise TranscriptError(f'{source}: expected an object with an "utterances" list')
    utterances = []
    for n, item in enumerate(data["utterances"]):
        where = f"{source} utterance {n}"
        if not isinstance(item, dict):
            raise TranscriptError(f"{where}: expected an object")
        speaker = item.get("speaker")
        if not isinstance(speaker, str):
            raise TranscriptError(f'{where}: "speaker" must be "agent" or "customer"')
        speaker = speaker if speaker in ("agent", "customer") else speaker_from_label(speaker)
        if speaker == "unknown":
            raise TranscriptError(f'{where}: "speaker" must be "agent" or "customer", not {item["speaker"]!r}')
        text_value = item.get("text")
        if not isinstance(text_value, str):
            raise TranscriptError(f'{where}: "text" must be a string')
        try:
            start, end = float(item["start"]), float(item["end"])
        except (KeyError, TypeError, ValueError):
            raise TranscriptError(f'{where}: "start" and "end" must be numbers of seconds') from None
        if text_value.strip():
            utterances.append(_utterance(speaker, start, end, " ".join(text_value.split()), where))
    if not utterances:
        raise TranscriptError(f"{source}: no utterances with text")
    return sorted(utterances, key=lambda u: u.start)


def read_transcript(path: Path) -> list[Utterance]:
    """Parse a .vtt or .json transcript file."""
    if path.stat().st_size > MAX_TRANSCRIPT_BYTES:
        raise TranscriptError(f"{path.name}: larger than {MAX_TRANSCRIPT_BYTES // 2**20} MB")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TranscriptError(f"{path.name}: not UTF-8 text (byte {exc.start})") from exc
    if path.suffix.lower() == ".vtt":
        return parse_vtt(text, path.name)
    return parse_json(text, path.name)
