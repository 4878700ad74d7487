"""The audio half of the evaluation: eval transcripts rendered to speech, transcribed, then scored.

`render_eval_audio` (a development step, run once; its output is committed) turns some eval
transcripts into 8 kHz stereo Ogg files with the sample generator's `render_call` (espeak-ng driving
MBROLA voices, then sox) and writes beside each the truth with times measured from the rendered
speech:

    tests/eval/audio/<call_id>.ogg
    tests/eval/audio/<call_id>.json      # eval format, "split": "dev" | "heldout" | "blind" ...

    python -m pipeline.ingest.audio_eval tests/eval/blind2 tests/eval/audio_blind2 --ids b2_01 b2_04

`audio_reports` transcribes those files with the pipeline's default Whisper model (both channels,
the same code path ingest uses), measures acoustic cues, runs `analyze_call`, and counts the
moments against the truth exactly as for transcripts.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from pipeline.analysis.acoustic import acoustic_features
from pipeline.analysis.call import analyze_call
from pipeline.analysis.evaluate import EVAL_DIR, EvalCall, EvalReport, evaluate_calls, load_eval_calls, record_of
from pipeline.analysis.rules import Rules

AUDIO_DIR = EVAL_DIR / "audio"
GENERATOR = Path(__file__).resolve().parents[2] / "data" / "samples" / "generate.py"
AGENT_VOICE, SECOND_AGENT_VOICE, CUSTOMER_VOICE = "E-AGENT", "E-AGENT-2", "E-CUSTOMER"
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
    for index, u in enumerate(call.utterances):
        if index:
            gap = u.start - call.utterances[index - 1].end
            if gap >= MIN_GAP_S:
                on_hold = "hold" in labels_by_utterance.get(index - 1, [])
                lines.append({"hold": gap, "music": True, "during": []} if on_hold else {"dead_air": gap})
        line: dict[str, Any] = {"speaker": u.speaker, "text": u.text, "moments": labels_by_utterance.get(index, [])}
        if u.speaker == "agent":
            # a second agent after a transfer speaks with another voice, as on a real call
            line["persona"] = _agent_voice(call, index)
        lines.append(line)
    return {
        "call_id": call.call_id,
        "agent_id": AGENT_VOICE,
        "customer_id": CUSTOMER_VOICE,
        "agent_channel": "left",
        "lines": lines,
    }


def _agent_voice(call: EvalCall, index: int) -> str:
    transfers_before = sum(1 for lab in call.labels if lab.kind == "transfer" and lab.utterance < index)
    return SECOND_AGENT_VOICE if transfers_before % 2 == 1 else AGENT_VOICE


def render_eval_audio(calls: list[EvalCall], out_dir: Path) -> list[Path]:
    """Render eval transcripts to 8 kHz stereo Ogg plus their truth with the rendered times.

    A development step (it needs espeak-ng, the MBROLA voices and sox); the output is committed.
    The JSON beside each file keeps the call's labels and split, with the times measured from the
    rendered speech.
    """
    generator = _generator()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for call in calls:
        audio_path = out_dir / f"{call.call_id}.ogg"
        truth = generator.render_call(script_of(call), audio_path)
        utterances = [
            {"speaker": u["speaker"], "start": u["start"], "end": u["end"], "text": u["text"]}
            for u in truth["utterances"]
        ]
        moments = [{"kind": lab.kind, "utterance": lab.utterance} for lab in call.labels]
        data = {
            "call_id": call.call_id,
            "split": call.split,
            "utterances": utterances,
            "moments": moments,
            "transfers": call.transfers,
            "supervisor_pick": call.supervisor_pick,
        }
        (out_dir / f"{call.call_id}.json").write_text(json.dumps(data, indent=1) + "\n")
        written.append(audio_path)
    return written


def transcribe_eval_audio(path: Path, model: Any, model_name: str | None) -> list[Any]:
    """Both channels through the ingest transcriber (agent left), with acoustic cues per utterance."""
    from pipeline.ingest import audio
    from pipeline.ingest.options import IngestOptions
    from pipeline.ingest.transcribe import channel_utterances

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
    from pipeline.ingest.models import load_model

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


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Render eval transcripts to audio (development step).")
    parser.add_argument("source", type=Path, help="folder of eval transcripts (JSON)")
    parser.add_argument("out", type=Path, help="folder for the .ogg files and their truth")
    parser.add_argument("--ids", nargs="*", help="only these call ids (default: all in the source)")
    args = parser.parse_args(argv)
    calls = load_eval_calls(args.source)
    if args.ids:
        missing = set(args.ids) - {c.call_id for c in calls}
        if missing:
            parser.error(f"not in {args.source}: {', '.join(sorted(missing))}")
        calls = [c for c in calls if c.call_id in args.ids]
    for path in render_eval_audio(calls, args.out):
        print(f"{path}  {path.stat().st_size / 1024:.0f} KiB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference words) after lower-casing and dropping punctuation."""
    ref, hyp = _words(reference), _words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1], len(ref)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s']", " ", text.lower()).split()


@dataclass
class RoleReport:
    """Speaker roles on real calls mixed down to mono, against who really spoke (their separate channels)."""

    name: str
    calls: list[dict[str, Any]]  # call, accuracy, seconds measured, confidence

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "calls": self.calls}

    def format(self, verbose: bool = False) -> str:
        lines = [f"== {self.name}", f"{'call':<24}{'right role':>11}{'speech s':>10}{'confidence':>12}"]
        lines += [
            f"{c['call']:<24}{c['accuracy']:>11.3f}{c['seconds']:>10.1f}{c['confidence']:>12.2f}" for c in self.calls
        ]
        return "\n".join(lines)


def aws_channels(name: str) -> tuple[np.ndarray, np.ndarray]:
    """A real two-channel AWS call (tests/eval/real/aws): the agent's and the caller's samples, equal length."""
    from pipeline.analysis.real_calls import AWS_DIR
    from pipeline.ingest import audio

    agent = audio.decode(AWS_DIR / f"{name}_agent.flac", 1).channels[0]
    caller = audio.decode(AWS_DIR / f"{name}_caller.flac", 1).channels[0]
    n = min(len(agent), len(caller))
    return agent[:n], caller[:n]


def aws_mono_mix(name: str) -> np.ndarray:
    """The call as a mono recording would hold it: both parties mixed into one channel."""
    agent, caller = aws_channels(name)
    return (agent + caller) / 2


def real_role_report(model_name: str | None = None) -> RoleReport:
    """Transcribe each real two-channel call's mono mix, assign speakers, and score the roles by speech time."""
    from pipeline.analysis.real_calls import aws_calls, aws_turns, role_accuracy
    from pipeline.ingest.models import load_model
    from pipeline.ingest.options import IngestOptions
    from pipeline.ingest.roles import load_role_model
    from pipeline.ingest.speakers import assign_speakers
    from pipeline.ingest.transcribe import channel_utterances

    options = IngestOptions(model=model_name) if model_name else IngestOptions()
    model = load_model(options.model, device="cpu", compute_type="int8")
    role_model = load_role_model()
    rows = []
    for name in aws_calls():
        mix = aws_mono_mix(name)
        found, _ = channel_utterances(model, mix, "unknown", options)
        estimate = assign_speakers(found, mix, role_model, "inbound")
        accuracy, seconds = role_accuracy(estimate.utterances, aws_turns(name))
        rows.append(
            {
                "call": name,
                "accuracy": round(accuracy, 3),
                "seconds": round(seconds, 1),
                "confidence": estimate.confidence,
            }
        )
    return RoleReport(f"real: speaker roles on mono mix-downs (model {options.model})", rows)
