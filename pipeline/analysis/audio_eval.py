"""The audio half of the evaluation: eval transcripts rendered to speech, transcribed, then scored.

`render_eval_audio` (a development step, run once; its output is committed) turns some eval
transcripts into 8 kHz stereo Ogg files with the sample generator's `render_call` (espeak-ng + sox)
and writes beside each the truth with times measured from the rendered speech:

    tests/eval/audio/<call_id>.ogg
    tests/eval/audio/<call_id>.json      # eval format, "split": "dev" | "heldout"

`audio_reports` transcribes those files with the pipeline's default Whisper model (both channels,
the same code path ingest uses), measures acoustic cues, runs `analyze_call`, and counts the
moments against the truth exactly as for transcripts.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from pipeline.analysis.acoustic import acoustic_features
from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EVAL_DIR, EvalCall, EvalReport, evaluate_calls, load_eval_calls, record_of
from pipeline.analysis.rules import Rules

AUDIO_DIR = EVAL_DIR / "audio"
GENERATOR = Path(__file__).resolve().parents[2] / "data" / "samples" / "generate.py"
AGENT_VOICE, SECOND_AGENT_VOICE, CUSTOMER_VOICE = "A-101", "A-202", "C-1002"
MIN_GAP_S = 3.0  # silences in the transcript at least this long are rendered as hold music or dead air


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("earshot_sample_generator", GENERATOR)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"sample generator not found at {GENERATOR}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def script_of(call: EvalCall) -> dict[str, Any]:
    """The generator's script for an eval transcript: same lines and labels, same silences."""
    lines: list[dict[str, Any]] = []
    labels_by_utterance: dict[int, list[str]] = {}
    for label in call.labels:
        labels_by_utterance.setdefault(label.utterance, []).append(label.kind)
    previous_agent_voice = AGENT_VOICE
    for index, u in enumerate(call.utterances):
        if index:
            gap = u.start - call.utterances[index - 1].end
            if gap >= MIN_GAP_S:
                on_hold = "hold" in labels_by_utterance.get(index - 1, [])
                lines.append({"hold": gap, "music": True, "during": []} if on_hold else {"dead_air": gap})
        line: dict[str, Any] = {"speaker": u.speaker, "text": u.text, "moments": labels_by_utterance.get(index, [])}
        if u.speaker == "agent":
            # a second agent after a transfer speaks with another voice, as on a real call
            voice = _agent_voice(call, index, previous_agent_voice)
            line["persona"] = previous_agent_voice = voice
        lines.append(line)
    return {
        "call_id": call.call_id,
        "agent_id": AGENT_VOICE,
        "customer_id": CUSTOMER_VOICE,
        "agent_channel": "left",
        "lines": lines,
    }


def _agent_voice(call: EvalCall, index: int, previous: str) -> str:
    transfers_before = sum(1 for lab in call.labels if lab.kind == "transfer" and lab.utterance < index)
    return SECOND_AGENT_VOICE if transfers_before % 2 == 1 else AGENT_VOICE


def render_eval_audio(call_ids: list[str], out_dir: Path = AUDIO_DIR) -> list[Path]:
    """Render the named eval calls (from dev/ and heldout/) to audio plus measured truth."""
    generator = _generator()
    out_dir.mkdir(parents=True, exist_ok=True)
    calls = {c.call_id: c for split in ("dev", "heldout") for c in load_eval_calls(EVAL_DIR / split, split)}
    written = []
    for call_id in call_ids:
        call = calls[call_id]
        audio_path = out_dir / f"{call_id}.ogg"
        truth = generator.render_call(script_of(call), audio_path)
        utterances = [
            {"speaker": u["speaker"], "start": u["start"], "end": u["end"], "text": u["text"]}
            for u in truth["utterances"]
        ]
        moments = [{"kind": lab.kind, "utterance": lab.utterance} for lab in call.labels]
        data = {
            "call_id": call_id,
            "split": call.split,
            "utterances": utterances,
            "moments": moments,
            "transfers": call.transfers,
            "supervisor_pick": call.supervisor_pick,
        }
        (out_dir / f"{call_id}.json").write_text(json.dumps(data, indent=1) + "\n")
        written.append(audio_path)
    return written


def transcribe_eval_audio(path: Path, model: Any, model_name: str | None) -> list[Any]:
    """Both channels through the ingest transcriber (agent left), with acoustic cues per utterance."""
    from pipeline import audio
    from pipeline.options import IngestOptions
    from pipeline.transcribe import channel_utterances

    options = IngestOptions(model=model_name) if model_name else IngestOptions()
    decoded = audio.decode(path, 2)
    utterances = []
    for speaker, samples in zip(("agent", "customer"), decoded.channels, strict=False):
        found, _ = channel_utterances(model, samples, speaker, options)
        for u in found:
            u.loudness_db, u.pitch_var = acoustic_features(samples, audio.SAMPLE_RATE, u.start, u.end)
            duration = u.end - u.start
            u.speech_rate = round(len(u.text.split()) / duration, 2) if duration > 0 else None
        utterances.extend(found)
    utterances.sort(key=lambda u: (u.start, u.end))
    return utterances


def audio_reports(
    rules: Rules, model_name: str | None = None, audio_dir: Path = AUDIO_DIR, name: str = "audio"
) -> list[EvalReport]:
    from pipeline.models import load_model

    calls = load_eval_calls(audio_dir)
    if not calls:
        return []
    splits = {c.call_id: json.loads((audio_dir / f"{c.call_id}.json").read_text()).get("split", "") for c in calls}
    model = load_model(model_name)
    analyses = {}
    for call in calls:
        utterances = transcribe_eval_audio(audio_dir / f"{call.call_id}.ogg", model, model_name)
        record = record_of(call, utterances)
        analyses[call.call_id] = analyze_call(record, rules)
    label = model_name or "default model"
    dev = [c for c in calls if splits[c.call_id] == "dev"]
    heldout = [c for c in calls if splits[c.call_id] == "heldout"]
    reports = [evaluate_calls(f"{name} ({label}): all", calls, rules, analyses)]
    if dev and heldout:
        reports = [
            evaluate_calls(f"{name} ({label}): dev", dev, rules, analyses),
            evaluate_calls(f"{name} ({label}): held-out", heldout, rules, analyses),
            *reports,
        ]
    return reports
