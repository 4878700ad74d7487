"""The transcription worker: one file in, one `CallRecord` out. No worker touches DuckDB.

`process_job` is a plain function of an `IngestJob` and the worker's loaded resources (model,
rules), so a local process pool maps it over a folder today and a cluster can map it tomorrow.
Stages, in order: read (decode or parse), transcribe, redact, measure, analyse.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.ingest import audio
from pipeline.ingest.options import IngestOptions
from pipeline.ingest.transcripts import TRANSCRIPT_SUFFIXES, read_transcript
from pipeline.records import LOW_SPEAKER_CONFIDENCE, CallMeta, CallRecord, Utterance


class JobError(ValueError):
    """The file cannot become a call; the message is shown to the user with the file name."""


@dataclass
class IngestJob:
    """One file to turn into a call: where it is, what the manifest says, and its content hash."""

    path: Path
    meta: CallMeta
    content_hash: str
    warnings: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        suffix = self.path.suffix.lower()
        return suffix.lstrip(".") if suffix in TRANSCRIPT_SUFFIXES else "audio"


@dataclass
class WorkerResources:
    """What a worker loads once and keeps for every call it handles."""

    options: IngestOptions
    model: Any = None
    rules: Any = None
    role_model: Any = None
    qa_form: Any = None

    def ensure_model(self):
        if self.model is None:
            from pipeline.ingest.models import load_model

            self.model = load_model(
                self.options.model,
                device=self.options.device,
                compute_type=self.options.resolved_compute_type,
                cpu_threads=self.options.threads_per_worker,
            )
        return self.model

    def ensure_rules(self):
        if self.rules is None:
            from pipeline.analysis.load import load_rules

            self.rules = load_rules(self.options.rules_path)
        return self.rules

    def ensure_qa_form(self):
        if self.qa_form is None:
            from pipeline.analysis.qa import load_form

            self.qa_form = load_form()
        return self.qa_form

    def ensure_role_model(self):
        if self.role_model is None:
            from pipeline.ingest.roles import load_role_model

            self.role_model = load_role_model()
        return self.role_model


def process_job(job: IngestJob, resources: WorkerResources) -> CallRecord:
    """Turn one file into a call record: transcript (redacted), acoustic cues and analysis."""
    started = time.perf_counter()
    options = resources.options
    warnings = list(job.warnings)
    channel_samples: dict[str, np.ndarray] = {}
    if job.kind == "audio":
        record = _transcribe_audio(job, resources, warnings, channel_samples)
    else:
        try:
            utterances = read_transcript(job.path)
        except (ValueError, OSError) as exc:
            raise JobError(str(exc)) from exc
        record = CallRecord(
            meta=job.meta,
            content_hash=job.content_hash,
            source_path=str(job.path),
            source_kind=job.kind,  # type: ignore[arg-type]
            duration_s=max((u.end for u in utterances), default=0.0),
            channels=0,
            speakers_estimated=False,
            utterances=utterances,
        )
    if options.redact:
        _redact(record, options, job, channel_samples)
    if channel_samples:
        _measure(record.utterances, channel_samples)
    from pipeline.analysis.call import analyze_call

    record.analysis = analyze_call(record, resources.ensure_rules())
    from pipeline.analysis.qa import QAFormError, evaluate_call

    try:
        record.qa = evaluate_call(resources.ensure_qa_form(), record, record.analysis)
    except QAFormError as exc:  # the call is still stored; `analyze` answers the form once it is fixed
        warnings.append(f"automatic QA skipped: {exc}")
    record.transcribe_s = round(time.perf_counter() - started, 3)
    record.warnings = warnings
    return record


def _transcribe_audio(
    job: IngestJob, resources: WorkerResources, warnings: list[str], channel_samples: dict[str, np.ndarray]
) -> CallRecord:
    from pipeline.ingest.speakers import assign_speakers
    from pipeline.ingest.transcribe import channel_utterances

    options = resources.options
    try:
        info = audio.probe(job.path)
        if info.duration_s and info.duration_s > options.max_duration_s:
            raise JobError(
                f"recording is {_hms(info.duration_s)} long, over the {_hms(options.max_duration_s)} limit for one "
                "call (raise it with --max-duration-min if this is really one call)"
            )
        decoded = audio.decode(job.path, info.channels)
    except audio.AudioError as exc:
        raise JobError(str(exc)) from exc
    if decoded.duration_s > options.max_duration_s:
        raise JobError(f"recording is {_hms(decoded.duration_s)} long, over the {_hms(options.max_duration_s)} limit")
    truncated = audio.truncation_warning(decoded)
    if truncated:
        warnings.append(truncated)

    model = resources.ensure_model()
    utterances: list[Utterance] = []
    dropped = 0
    speaker_confidence: float | None = None
    file_channels = len(decoded.channels)
    stereo = file_channels == 2
    if stereo and audio.same_mix(*decoded.channels):
        # A mono call saved as stereo: one recording with both parties in it, not one party a channel.
        warnings.append("both channels carry the same mix: transcribed once, with estimated speakers")
        n = min(len(c) for c in decoded.channels)
        decoded = audio.DecodedAudio(
            channels=[(decoded.channels[0][:n] + decoded.channels[1][:n]) / 2],
            declared_duration_s=decoded.declared_duration_s,
        )
        stereo = False
    if stereo:
        agent_index = 0 if job.meta.agent_channel == "left" else 1
        for index, samples in enumerate(decoded.channels):
            speaker = "agent" if index == agent_index else "customer"
            channel_samples[speaker] = samples
            if audio.dbfs(samples) < audio.SILENCE_DBFS:
                warnings.append(f"the {speaker} channel is silent")
                continue
            found, n_dropped = channel_utterances(model, samples, speaker, options)
            utterances.extend(found)
            dropped += n_dropped
    else:
        samples = decoded.channels[0]
        channel_samples["mono"] = samples
        if audio.dbfs(samples) >= audio.SILENCE_DBFS:
            found, dropped = channel_utterances(model, samples, "unknown", options)
            estimate = assign_speakers(found, samples, resources.ensure_role_model(), job.meta.direction)
            utterances, speaker_confidence = estimate.utterances, estimate.confidence
            if speaker_confidence < LOW_SPEAKER_CONFIDENCE:
                warnings.append(
                    f"agent and customer could not be told apart with confidence ({speaker_confidence:.2f}): "
                    "check who said what before relying on this call's moments"
                )
    utterances.sort(key=lambda u: (u.start, u.end))
    if not utterances:
        warnings.append("no speech detected (silent recording or no words recognised)")
    if dropped:
        warnings.append(f"{dropped} segment(s) of likely non-speech text (silence, music, repetition) removed")
    return CallRecord(
        meta=job.meta,
        content_hash=job.content_hash,
        source_path=str(job.path),
        source_kind="audio",
        duration_s=round(decoded.duration_s, 3),
        channels=file_channels,
        speakers_estimated=not stereo,
        speaker_confidence=speaker_confidence,
        utterances=utterances,
        model=options.model,
    )


def _redact(record: CallRecord, options: IngestOptions, job: IngestJob, channel_samples: dict[str, np.ndarray]) -> None:
    """Remove personal data from the transcript before it leaves the worker; silence it in a served copy."""
    from pipeline.trust.redact import RedactionOptions, redact_utterances, write_redacted_audio

    redaction = options.redaction or RedactionOptions()
    record.utterances, record.redactions = redact_utterances(record.utterances, redaction)
    if record.source_kind != "audio" or options.redacted_audio_dir is None:
        return
    # Named by content hash, never by call id: ids come from a CSV and must not become paths.
    dest = Path(options.redacted_audio_dir) / f"{job.content_hash[:24]}.ogg"
    dest.parent.mkdir(parents=True, exist_ok=True)
    written = write_redacted_audio(
        job.path, dest, record.redactions, agent_channel=job.meta.agent_channel, mode=redaction.audio_mode
    )
    record.redacted_audio_path = str(Path(written).resolve())


def _measure(utterances: list[Utterance], channel_samples: dict[str, np.ndarray]) -> None:
    """Loudness and pitch variation per utterance from the speaker's own channel."""
    from pipeline.analysis.acoustic import acoustic_features

    for u in utterances:
        samples = channel_samples.get(u.speaker, channel_samples.get("mono"))
        if samples is None:
            continue
        u.loudness_db, u.pitch_var = acoustic_features(samples, audio.SAMPLE_RATE, u.start, u.end)


def _hms(seconds: float) -> str:
    seconds = int(seconds)
    return (
        f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"
    )
