"""Ingest options: one dataclass with documented fields, built once from CLI flags or a dict."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from pipeline.models import DEFAULT_MODEL
from pipeline.redact import RedactionOptions


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
    #: >0 runs faster-whisper's BatchedInferencePipeline with this many VAD chunks per batch; 0 decodes
    #: chunk by chunk. Measured on 2 CPU cores: 8 is 20-25 % faster than 0 with the same words and timings.
    batch_size: int = 8
    #: Skip non-speech with the bundled Silero VAD; also the main guard against text invented on silence.
    vad: bool = True
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

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> IngestOptions:
        """Build from a plain dict (CLI, config file, a cluster job); unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown ingest option(s): {', '.join(unknown)}")
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
