"""Ingest options: one dataclass with documented fields, built once from CLI flags or a dict."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from pipeline.ingest.models import DEFAULT_MODEL
from pipeline.ingest.vocabulary import check_terms
from pipeline.trust.redact import RedactionOptions


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class IngestOptions:
    #: Whisper model: "base" (bundled, default), "tiny.en" (bundled), any faster-whisper name, or a folder.
    model: str = DEFAULT_MODEL
    #: "cpu", "cuda" or "auto".
    device: str = "cpu"
    #: CTranslate2 compute type; "default" picks int8 on CPU and float16 on a GPU.
    compute_type: str = "default"
    #: Beam width. 1 (greedy) is ~2x faster than 5 on CPU and loses little on telephone speech.
    beam_size: int = 1
    #: >0 runs faster-whisper's BatchedInferencePipeline with this many 30 s clips per batch; 0 decodes
    #: the clips one after another (with temperature fallback, slower). Needs `vad` (the clips are cut
    #: from its speech regions); with vad=False the channel is decoded whole, one window at a time.
    batch_size: int = 8
    #: Skip non-speech with the bundled Silero VAD; also the main guard against text invented on silence.
    #: Silence is not cut out and spliced (faster-whisper's own VAD path glues turns together and
    #: misplaces their words); pauses between speech regions are only shortened to `vad_max_pause_s`.
    vad: bool = True
    #: Silero speech probability at which a speech region starts (it ends below this minus 0.15).
    #: faster-whisper's 0.5 misses the start of most turns on 8 kHz telephone audio: measured on the
    #: eval audio, Silero gives 0.2-0.5 on speech onsets and under 0.05 on line noise, and 0.25 gave
    #: the best word recall (0.20: 0.83, 0.25: 0.85, 0.35: 0.84, 0.5: 0.82).
    vad_threshold: float = 0.25
    #: A region ends after this much audio below the end threshold. 160, 300 and 600 ms gave the same
    #: recall; 300 ms keeps the short stops inside words and between them in one region.
    vad_min_silence_ms: int = 300
    #: Audio kept either side of each region, so soft onsets and trailing consonants reach Whisper.
    #: 200 and 300 ms measured alike; at 400 ms Whisper got more silence and looped on two clips.
    vad_speech_pad_ms: int = 300
    #: Longest pause kept between two speech regions when they are packed into Whisper's 30 s
    #: windows (longer silences are shortened to this). A natural pause lets Whisper end the sentence
    #: and start the next turn cleanly; 1 s measured best (0.5 s: 0.84, 1 s: 0.85, 2 s: 0.84 recall).
    vad_max_pause_s: float = 1.0
    #: Spoken language; None lets Whisper detect it per channel (slower, and wrong on short channels).
    language: str | None = "en"
    #: Transcription processes. Each loads the model once and keeps it for every call it handles.
    #: Several single-threaded workers beat one multi-threaded one on CPU (measured: 19x vs 14x real
    #: time on 2 cores), so the default is one per core, up to 4 (then threads per worker grow).
    workers: int = field(default_factory=lambda: default_workers())
    #: CPU threads per worker; 0 divides the machine's cores between the workers.
    cpu_threads: int = 0
    #: Recordings longer than this are refused with a message (a call left recording for hours).
    max_duration_s: float = 4 * 3600
    #: Replace card numbers and other personal data in transcripts, and silence them in a served copy.
    redact: bool = True
    #: What to redact and how (read from the database's settings by the ingest); None = the defaults.
    redaction: RedactionOptions | None = None
    #: Where redacted audio copies are written; None = a `redacted/` folder beside the database.
    redacted_audio_dir: Path | None = None
    #: The behaviour rules file; None = data/rules.toml.
    rules_path: Path | None = None
    #: The company's own words (names, products, phrases the rules need), given to Whisper as hotwords;
    #: read from a vocabulary file at the edge (`vocabulary.read_vocabulary`). Empty = none.
    vocabulary: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> IngestOptions:
        """Build from a plain dict (CLI, config file, a cluster job); unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown ingest option(s): {', '.join(unknown)}")
        values = dict(values)
        if isinstance(values.get("vocabulary"), list):  # from JSON or a config file
            values["vocabulary"] = tuple(values["vocabulary"])
        options = cls(**{k: v for k, v in values.items() if v is not None or k == "language"})
        return options.validated()

    def validated(self) -> IngestOptions:
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.beam_size < 1:
            raise ValueError("beam_size must be at least 1")
        if self.batch_size < 0:
            raise ValueError("batch_size must be 0 or more")
        if self.device not in ("cpu", "cuda", "auto"):
            raise ValueError(f"device must be cpu, cuda or auto, not {self.device!r}")
        if self.max_duration_s <= 0:
            raise ValueError("max_duration_s must be positive")
        if not 0 < self.vad_threshold < 1:
            raise ValueError("vad_threshold must be between 0 and 1")
        if self.vad_min_silence_ms < 0 or self.vad_speech_pad_ms < 0:
            raise ValueError("vad_min_silence_ms and vad_speech_pad_ms must be 0 or more")
        if self.vad_max_pause_s < 0:
            raise ValueError("vad_max_pause_s must be 0 or more")
        check_terms(self.vocabulary)
        return self

    @property
    def resolved_compute_type(self) -> str:
        if self.compute_type != "default":
            return self.compute_type
        return "int8" if self.device == "cpu" else "default"

    @property
    def threads_per_worker(self) -> int:
        if self.cpu_threads:
            return self.cpu_threads
        return max(1, (os.cpu_count() or 1) // self.workers)

    def with_(self, **changes: Any) -> IngestOptions:
        return replace(self, **changes).validated()


class ClusterError(RuntimeError):
    """A Ray cluster cannot do the run (no actor starts, a node cannot read the recordings); stops the run
    with this message. Defined beside `RayOptions` so that catching it never imports Ray."""


@dataclass(frozen=True)
class RayOptions:
    """Where and how a cluster ingest runs (`python -m pipeline ingest … --ray`); README, Running on a cluster."""

    #: "auto": the Ray cluster this machine belongs to ($RAY_ADDRESS, or one started here with `ray start`),
    #: else a Ray started on this machine alone; or a cluster's address, "HOST:PORT".
    address: str = "auto"
    #: Actors (each holds the model and the rules once); 0 = as many as the cluster's CPUs (or GPUs) fit.
    workers: int = 0
    #: CPUs each actor asks Ray for; also its CTranslate2 threads (rounded up, at least 1). Fractions allowed.
    cpus_per_worker: float = 1.0
    #: GPUs each actor asks Ray for (fractions share a GPU); above 0 the model runs on CUDA.
    gpus_per_worker: float = 0.0
    #: How long a run waits for a first (or replacement) actor to start before it gives up with a message
    #: naming what each actor asked for (a cluster too small for one actor never starts one).
    start_timeout_s: float = 180.0

    def validated(self) -> RayOptions:
        if not self.address:
            raise ValueError("--ray needs 'auto' or a cluster address (HOST:PORT)")
        if self.workers < 0:
            raise ValueError("--ray-workers must be 0 (as many as fit) or more")
        if self.cpus_per_worker <= 0:
            raise ValueError("--ray-cpus-per-worker must be above 0")
        if self.gpus_per_worker < 0:
            raise ValueError("--ray-gpus-per-worker must be 0 or more")
        if self.start_timeout_s <= 0:
            raise ValueError("start_timeout_s must be positive")
        return self

    @property
    def threads(self) -> int:
        """CTranslate2 threads per actor: its CPUs, rounded up, at least one."""
        return max(1, math.ceil(self.cpus_per_worker))
