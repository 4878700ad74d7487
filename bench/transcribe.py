"""Transcription throughput: Earshot's pipeline against plain and tuned faster-whisper, same calls, same model.

    .venv/bin/python bench/transcribe.py [--model base] [--calls 8] [--workers 1 2]

Three ways through the same recordings, each timed from the file on disk to its result:
- plain:    the script a user writes first: `WhisperModel(path)` and `model.transcribe(file)` with
            faster-whisper's defaults (mono mix, beam 5, no VAD, compute type "default").
- tuned:    bare faster-whisper on Earshot's settings: int8, beam 1, Silero VAD, word timestamps,
            each stereo channel on its own; model loaded once; nothing else.
- pipeline: `python -m pipeline ingest` end to end (decode, transcribe, redact, analyse, store in
            DuckDB, build the search index), model loading in its workers included.
Prints real-time factors (audio seconds per wall second) and the ratios the README reports.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faster_whisper import WhisperModel  # noqa: E402
from faster_whisper.audio import decode_audio  # noqa: E402

from pipeline.ingest.models import resolve_model  # noqa: E402
from pipeline.ingest.options import IngestOptions  # noqa: E402
from pipeline.ingest.runner import ingest  # noqa: E402

SAMPLES = ROOT / "data" / "samples"


def sample_files(count: int) -> list[Path]:
    with (SAMPLES / "calls.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [SAMPLES / row["file"] for row in rows[:count]]


def audio_seconds(files: list[Path]) -> float:
    return sum(len(decode_audio(str(f))) / 16000 for f in files)


def run_plain(files: list[Path], model_path: str) -> float:
    started = time.perf_counter()
    model = WhisperModel(model_path)
    for f in files:
        segments, _ = model.transcribe(str(f))
        list(segments)
    return time.perf_counter() - started


def run_tuned(files: list[Path], model_path: str, threads: int) -> float:
    started = time.perf_counter()
    model = WhisperModel(model_path, compute_type="int8", cpu_threads=threads)
    for f in files:
        for channel in decode_audio(str(f), split_stereo=True):
            segments, _ = model.transcribe(
                channel,
                language="en",
                beam_size=1,
                vad_filter=True,
                word_timestamps=True,
                condition_on_previous_text=False,
            )
            list(segments)
    return time.perf_counter() - started


def run_pipeline(files: list[Path], model: str, workers: int, batch_size: int = 0) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        # Ingest copies of the files without the manifest so the run has exactly these calls.
        started = time.perf_counter()
        summary = ingest(
            files,
            Path(tmp) / "bench.duckdb",
            IngestOptions(model=model, workers=workers, batch_size=batch_size),
            out=None,
        )
        elapsed = time.perf_counter() - started
    if summary.failed:
        raise SystemExit(f"pipeline failed on: {summary.failed}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="base")
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--batch-sizes", type=int, nargs="+", default=[0, 8], help="pipeline batch sizes to try (0 = off)"
    )
    parser.add_argument("--skip-plain", action="store_true", help="skip the slow defaults run")
    args = parser.parse_args()

    files = sample_files(args.calls)
    model_path = resolve_model(args.model)
    total_audio = audio_seconds(files)
    print(f"{len(files)} calls, {total_audio / 60:.1f} min of stereo 8 kHz audio, model {args.model}")
    rows = []
    if not args.skip_plain:
        plain = run_plain(files, model_path)
        rows.append(("plain faster-whisper (defaults, mono mix)", plain))
    tuned = run_tuned(files, model_path, threads=0)
    rows.append(("tuned faster-whisper (int8, beam 1, VAD, per channel)", tuned))
    pipeline_times = {}
    for workers in args.workers:
        for batch in args.batch_sizes:
            seconds = run_pipeline(files, args.model, workers, batch)
            pipeline_times[(workers, batch)] = seconds
            batching = f", batches of {batch}" if batch else ""
            rows.append((f"earshot pipeline end to end, {workers} worker(s){batching}", seconds))
    print("\n| run | wall s | x real time |\n|---|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {total_audio / seconds:.1f} |")
    best = min(pipeline_times.values())
    if not args.skip_plain:
        print(f"\npipeline vs plain: {plain / best:.2f}x faster (target >= 2x)")
    print(f"pipeline vs tuned: {tuned / best:.2f} of tuned speed (target >= 0.90)")


if __name__ == "__main__":
    main()
