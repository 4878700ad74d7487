"""Ingest: find the calls, skip what is stored, transcribe the rest in workers, store with one writer.

Shape of a run:
1. `discover` walks the paths, reads every `calls.csv`, and pairs each audio or transcript file with
   its metadata (files no manifest names get their file name as call id).
2. `plan` hashes each file: a hash already stored is skipped (or only its metadata updated when the
   manifest row changed); the rest become `IngestJob`s.
3. Workers (`pipeline.worker.process_job`) map jobs to `CallRecord`s in a process pool; each worker
   loads the model once.
4. This process is the only writer: each finished call is stored in its own short transaction and
   session, so the app can read between calls and a crash loses at most the calls in flight.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from pipeline import store
from pipeline.audio import AUDIO_SUFFIXES
from pipeline.db import Database, session
from pipeline.manifest import MANIFEST_NAME, ManifestError, read_manifest
from pipeline.options import IngestOptions
from pipeline.records import CallMeta, CallRecord
from pipeline.transcripts import TRANSCRIPT_SUFFIXES
from pipeline.worker import IngestJob, JobError, WorkerResources, process_job

INGESTABLE_SUFFIXES = AUDIO_SUFFIXES | TRANSCRIPT_SUFFIXES
# Rebuild the search index at least this often during long runs, so new calls become searchable.
SEARCH_INDEX_EVERY_S = 300.0


@dataclass
class Failure:
    path: str
    call_id: str | None
    reason: str

    def __str__(self) -> str:
        who = f" ({self.call_id})" if self.call_id else ""
        return f"{self.path}{who}: {self.reason}"


@dataclass
class Discovered:
    jobs: list[IngestJob] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class IngestSummary:
    run_id: str
    total: int = 0
    ingested: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    audio_s: float = 0.0
    wall_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def discover(paths: Iterable[Path]) -> Discovered:
    """Pair every ingestable file under `paths` with its manifest metadata."""
    found = Discovered()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.failures.append(Failure(str(path), None, "no such file or folder"))
            continue
        if path.is_file():
            if path.name == MANIFEST_NAME:
                _add_folder(path.parent, found, seen, recursive=False)
            elif path.suffix.lower() in INGESTABLE_SUFFIXES:
                _add_manifest_or_default(path, found, seen)
            else:
                found.failures.append(
                    Failure(str(path), None, f"not a call recording or transcript ({path.suffix or 'no extension'})")
                )
            continue
        _add_folder(path, found, seen, recursive=True)
    return found


def _add_manifest_or_default(path: Path, found: Discovered, seen: set[Path]) -> None:
    """A single file named on the command line still gets its folder's manifest row, if there is one."""
    manifest_path = path.parent / MANIFEST_NAME
    if manifest_path.exists():
        try:
            manifest = read_manifest(manifest_path)
        except ManifestError as exc:
            found.failures.append(Failure(str(path), None, f"not ingested: {exc}"))
            return
        for entry in manifest.entries:
            if entry.path == path.resolve():
                _add_job(found, seen, entry.path, entry.meta, entry.warnings)
                return
    _add_job(found, seen, path.resolve(), CallMeta(call_id=path.stem), [])


def _add_folder(folder: Path, found: Discovered, seen: set[Path], *, recursive: bool) -> None:
    manifests = sorted(folder.rglob(MANIFEST_NAME) if recursive else [folder / MANIFEST_NAME])
    claimed: set[Path] = set()
    blocked: list[Path] = []
    for manifest_path in manifests:
        if not manifest_path.exists():
            continue
        try:
            manifest = read_manifest(manifest_path)
        except ManifestError as exc:
            # Without trustworthy rows we cannot tell which file is which call: ingest none of that folder.
            found.failures.append(Failure(str(manifest_path), None, f"{exc}; its folder was not ingested"))
            blocked.append(manifest_path.parent)
            continue
        for problem in manifest.problems:
            if problem.fatal:
                found.failures.append(
                    Failure(str(problem.manifest), problem.call_id, f"line {problem.row}: {problem.message}")
                )
                if problem.file is not None:
                    claimed.add(problem.file)
            else:
                found.notes.append(str(problem))
        for entry in manifest.entries:
            claimed.add(entry.path)
            _add_job(found, seen, entry.path, entry.meta, entry.warnings)
    # A manifest is the list of calls for its folder tree: files it does not name (ground-truth files,
    # stray recordings) are reported, not ingested under made-up ids. Name such a file on the command
    # line to ingest it anyway.
    manifest_folders = [m.parent for m in manifests if m.exists()]
    unlisted: dict[Path, list[Path]] = {}
    files = folder.rglob("*") if recursive else folder.glob("*")
    for path in sorted(files):
        if not path.is_file() or path.suffix.lower() not in INGESTABLE_SUFFIXES:
            continue
        resolved = path.resolve()
        if resolved in claimed or resolved in seen or any(_is_under(path, b) for b in blocked):
            continue
        owner = next((m for m in manifest_folders if _is_under(path, m)), None)
        if owner is not None:
            unlisted.setdefault(owner, []).append(path)
            continue
        _add_job(found, seen, resolved, CallMeta(call_id=path.stem), [])
    for owner, paths in unlisted.items():
        example = paths[0].relative_to(owner)
        found.notes.append(
            f"{len(paths)} file(s) under {owner} are not named in its {MANIFEST_NAME} and were not ingested "
            f"(e.g. {example}); name a file on the command line to ingest it without the manifest"
        )


def _is_under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _add_job(found: Discovered, seen: set[Path], path: Path, meta: CallMeta, warnings: list[str]) -> None:
    if path in seen:
        return
    seen.add(path)
    found.jobs.append(IngestJob(path=path, meta=meta, content_hash="", warnings=list(warnings)))


@dataclass
class Plan:
    to_process: list[IngestJob]
    skipped: list[str]
    metadata_only: list[CallMeta]
    failures: list[Failure]


def plan(db: Database, jobs: list[IngestJob]) -> Plan:
    """Hash files and decide what needs transcribing; nothing stored is touched here."""
    stored = store.known_hashes(db)
    result = Plan([], [], [], [])
    ids_in_run: dict[str, Path] = {}
    for job in jobs:
        try:
            job.content_hash = file_hash(job.path)
        except OSError as exc:
            result.failures.append(Failure(str(job.path), job.meta.call_id, f"cannot be read ({exc.strerror})"))
            continue
        other = ids_in_run.get(job.meta.call_id)
        if other is not None:
            result.failures.append(
                Failure(str(job.path), job.meta.call_id, f"call id {job.meta.call_id!r} is also used by {other}")
            )
            continue
        ids_in_run[job.meta.call_id] = job.path
        stored_id = stored.get(job.content_hash)
        if stored_id is None:
            result.to_process.append(job)
        elif stored_id == job.meta.call_id:
            result.metadata_only.append(job.meta)
        else:
            # Same recording already stored under another id (e.g. ingested before a manifest existed).
            result.skipped.append(job.meta.call_id)
            if job.meta.call_id != job.path.stem:
                result.failures.append(
                    Failure(
                        str(job.path),
                        job.meta.call_id,
                        f"this recording is already stored as call {stored_id!r}; not stored twice",
                    )
                )
    return result


# --- worker processes -------------------------------------------------------------------------

_WORKER: WorkerResources | None = None


def _init_worker(options: IngestOptions) -> None:
    global _WORKER
    # Keep each worker's numeric libraries to its share of the cores.
    os.environ.setdefault("OMP_NUM_THREADS", str(options.threads_per_worker))
    # The model loads on the first recording (transcript imports never need it) and then stays loaded.
    _WORKER = WorkerResources(options)
    _WORKER.ensure_rules()


def _run_job(job: IngestJob) -> CallRecord | Failure:
    assert _WORKER is not None, "worker not initialised"
    try:
        return process_job(job, _WORKER)
    except JobError as exc:
        return Failure(str(job.path), job.meta.call_id, str(exc))
    except MemoryError:
        return Failure(str(job.path), job.meta.call_id, "ran out of memory decoding this recording")
    except Exception as exc:  # one bad file must not stop the run; the reason is reported
        return Failure(str(job.path), job.meta.call_id, f"unexpected error: {type(exc).__name__}: {exc}")


def map_jobs(jobs: list[IngestJob], options: IngestOptions) -> Iterator[tuple[IngestJob, CallRecord | Failure]]:
    """Yield (job, result) as workers finish, keeping at most two jobs in flight per worker."""
    if not jobs:
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=options.workers, mp_context=context, initializer=_init_worker, initargs=(options,)
    ) as pool:
        pending = iter(jobs)
        in_flight: dict[Future, IngestJob] = {}

        def top_up() -> None:
            while len(in_flight) < options.workers * 2:
                job = next(pending, None)
                if job is None:
                    return
                in_flight[pool.submit(_run_job, job)] = job

        top_up()
        while in_flight:
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                job = in_flight.pop(future)
                try:
                    yield job, future.result()
                except Exception as exc:  # the worker process itself died (e.g. killed for memory)
                    yield job, Failure(str(job.path), job.meta.call_id, f"worker failed: {type(exc).__name__}: {exc}")
            top_up()


# --- the writer -------------------------------------------------------------------------------


class Progress:
    """One line per finished call: done/total, audio hours, real-time factor, ETA."""

    def __init__(self, total: int, out: TextIO | None) -> None:
        self.total, self.out = total, out
        self.done = 0
        self.audio_s = 0.0
        self.started = time.monotonic()

    def step(self, label: str, status: str, audio_s: float = 0.0) -> None:
        self.done += 1
        self.audio_s += audio_s
        if self.out is None:
            return
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rtf = self.audio_s / elapsed
        remaining = self.total - self.done
        eta = elapsed / self.done * remaining if self.done else 0
        print(
            f"[{self.done}/{self.total}] {label}: {status} | {self.audio_s / 3600:.2f} h audio, "
            f"{rtf:.1f}x real time, ETA {int(eta // 60)}m{int(eta % 60):02d}s",
            file=self.out,
            flush=True,
        )


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    options: IngestOptions | None = None,
    *,
    out: TextIO | None = sys.stderr,
    mapper: Callable[[list[IngestJob], IngestOptions], Iterator[tuple[IngestJob, CallRecord | Failure]]] = map_jobs,
) -> IngestSummary:
    """Ingest files and folders into the database at `db_path`; returns what happened."""
    options = (options or IngestOptions()).validated()
    if options.redact and options.redacted_audio_dir is None:
        options = options.with_(redacted_audio_dir=Path(db_path).resolve().parent / "redacted")
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    summary = IngestSummary(run_id)
    started = time.monotonic()
    paths = [Path(p) for p in paths]
    found = discover(paths)
    summary.failed.extend(found.failures)
    summary.warnings.extend(found.notes)

    with session(db_path) as db:
        if options.redact and options.redaction is None:
            options = options.with_(redaction=_redaction_settings(db))
        planned = plan(db, found.jobs)
        summary.failed.extend(planned.failures)
        summary.skipped.extend(planned.skipped)
        summary.total = len(found.jobs) + len(found.failures)
        store.start_run(db, run_id, summary.total, {"paths": [str(p) for p in paths], "model": options.model})
        for meta in planned.metadata_only:
            with db.atomic():
                changed = store.update_metadata(db, meta)
            (summary.updated if changed else summary.skipped).append(meta.call_id)
        for job in planned.to_process:
            store.register_pending(db, job.meta, str(job.path), run_id)
        for failure in summary.failed:
            store.record_error(db, run_id, failure.path, failure.call_id, failure.reason)

    progress = Progress(len(planned.to_process), out)
    touched_customers: set[str] = set()
    last_index = time.monotonic()
    run_status = "interrupted"
    try:
        for job, result in mapper(planned.to_process, options):
            if isinstance(result, Failure):
                summary.failed.append(result)
                with session(db_path) as db:
                    store.mark_failed(db, job.meta.call_id, result.reason)
                    store.record_error(db, run_id, result.path, result.call_id, result.reason)
                progress.step(job.meta.call_id, f"FAILED: {result.reason}")
                continue
            audio_s = result.duration_s if result.source_kind == "audio" else 0.0
            with session(db_path) as db:
                store.save_call(db, result, run_id)
                store.update_run(db, run_id, n_ingested=len(summary.ingested) + 1, audio_s=summary.audio_s + audio_s)
                if time.monotonic() - last_index > SEARCH_INDEX_EVERY_S:
                    store.rebuild_search_index(db)
                    last_index = time.monotonic()
            summary.ingested.append(job.meta.call_id)
            summary.audio_s += audio_s
            summary.warnings.extend(f"{job.meta.call_id}: {w}" for w in result.warnings)
            if job.meta.customer_id:
                touched_customers.add(job.meta.customer_id)
            if audio_s:
                rate = audio_s / max(result.transcribe_s, 1e-6)
                progress.step(
                    job.meta.call_id,
                    f"ok, {audio_s:.0f} s of audio in {result.transcribe_s:.1f} s ({rate:.1f}x)",
                    audio_s,
                )
            else:
                progress.step(job.meta.call_id, f"ok, {result.source_kind} transcript imported")
        run_status = "failed" if summary.failed else "done"
    finally:
        summary.wall_s = time.monotonic() - started
        with session(db_path) as db:
            touched_customers |= {m.customer_id for m in planned.metadata_only if m.customer_id}
            if touched_customers:
                _refresh_cross_call(db, touched_customers)
            if summary.ingested:
                store.rebuild_search_index(db)
            store.update_run(
                db,
                run_id,
                status=run_status,
                n_ingested=len(summary.ingested),
                n_updated=len(summary.updated),
                n_skipped=len(summary.skipped),
                n_failed=len(summary.failed),
                audio_s=summary.audio_s,
                finished_at=_now(),
            )
    return summary


def _redaction_settings(db: Database):
    """The admin's redaction choices, read once by the writer and handed to the workers."""
    import json

    from pipeline.redact import SETTING_KEYS, RedactionOptions

    rows = db.query("SELECT key, value FROM settings WHERE key IN (SELECT unnest(?))", [list(SETTING_KEYS.values())])
    return RedactionOptions.from_settings({r["key"]: json.loads(r["value"]) for r in rows})


def _refresh_cross_call(db: Database, customer_ids: set[str]) -> None:
    from pipeline.analysis import refresh_journeys

    refresh_journeys(db, customer_ids)


def _now():
    from datetime import datetime

    return datetime.now()


def format_summary(summary: IngestSummary) -> str:
    lines = [
        f"Ingest run {summary.run_id}: {len(summary.ingested)} ingested, {len(summary.updated)} metadata updated, "
        f"{len(summary.skipped)} skipped as already stored, {len(summary.failed)} failed "
        f"({summary.audio_s / 60:.1f} min of audio in {summary.wall_s:.1f} s"
        + (f", {summary.audio_s / summary.wall_s:.1f}x real time)" if summary.wall_s and summary.audio_s else ")")
    ]
    if summary.failed:
        lines.append("Failed:")
        lines.extend(f"  - {f}" for f in summary.failed)
    if summary.warnings:
        lines.append("Warnings:")
        lines.extend(f"  - {w}" for w in summary.warnings)
    return "\n".join(lines)
