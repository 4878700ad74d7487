"""Ingest: find the calls, skip what is stored, transcribe the rest in workers, store with one writer.

Shape of a run:
1. `discovery.discover` walks the paths, reads every `calls.csv`, and pairs each audio or transcript file with
   its metadata (files no manifest names get their file name as call id).
2. `plan` hashes each file: a hash already stored is skipped (or only its metadata updated when the
   manifest row changed); the rest become `IngestJob`s.
3. Workers (`pipeline.ingest.worker.process_job`) map jobs to `CallRecord`s in a process pool; each worker
   loads the model once.
4. This process is the only writer: each finished call is stored in its own short transaction and
   session, so the app can read between calls and a crash loses at most the calls in flight.
"""

from __future__ import annotations

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

from pipeline.ingest.discovery import Failure, discover, file_hash
from pipeline.ingest.options import IngestOptions
from pipeline.ingest.worker import IngestJob, JobError, WorkerResources, process_job
from pipeline.records import CallMeta, CallRecord
from pipeline.store import calls as call_store
from pipeline.store import qa as qa_store
from pipeline.store.db import Database, session

# Content hashes looked up in the store per query while planning.
HASH_LOOKUP_BATCH = 5000


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
    # Cluster runs only (`fleet.ingest_on_ray`): calls per Ray node, calls stored from the result spool
    # without transcribing, and the longest the writer held the database in one session.
    nodes: dict[str, int] = field(default_factory=dict)
    from_spool: int = 0
    longest_write_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class Plan:
    to_process: list[IngestJob]
    skipped: list[str]
    metadata_only: list[CallMeta]
    failures: list[Failure]


def plan(db: Database, jobs: list[IngestJob]) -> Plan:
    """Hash files and decide what needs transcribing; nothing stored is touched here."""
    result = Plan([], [], [], [])
    hashed: list[IngestJob] = []
    for job in jobs:
        try:
            job.content_hash = file_hash(job.path)
        except OSError as exc:
            result.failures.append(Failure(str(job.path), job.meta.call_id, f"cannot be read ({exc.strerror})"))
            continue
        hashed.append(job)
    # Only this run's hashes are looked up (in batches), never every hash the archive holds.
    stored: dict[str, str] = {}
    for start in range(0, len(hashed), HASH_LOOKUP_BATCH):
        batch = hashed[start : start + HASH_LOOKUP_BATCH]
        stored.update(call_store.stored_hashes(db, [job.content_hash for job in batch]))
    ids_in_run: dict[str, Path] = {}
    for job in hashed:
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
    started = time.monotonic()
    options, summary, planned = begin_run(paths, db_path, options)
    run_id = summary.run_id
    progress = Progress(len(planned.to_process), out)
    touched_customers: set[str] = set()
    run_status = "interrupted"
    try:
        for job, result in mapper(planned.to_process, options):
            if isinstance(result, Failure):
                summary.failed.append(result)
                with session(db_path) as db:
                    call_store.mark_failed(db, job.meta.call_id, result.reason)
                    call_store.record_error(db, run_id, result.path, result.call_id, result.reason)
                progress.step(job.meta.call_id, f"FAILED: {result.reason}")
                continue
            audio_s = result.duration_s if result.source_kind == "audio" else 0.0
            with session(db_path) as db:
                call_store.save_call(db, result, run_id)
                if result.qa is not None:
                    qa_store.save_evaluation(db, job.meta.call_id, result.qa)
                call_store.update_run(
                    db, run_id, n_ingested=len(summary.ingested) + 1, audio_s=summary.audio_s + audio_s
                )
            summary.ingested.append(job.meta.call_id)
            summary.audio_s += audio_s
            summary.warnings.extend(f"{job.meta.call_id}: {w}" for w in result.warnings)
            if job.meta.customer_id:
                touched_customers.add(job.meta.customer_id)
            progress.step(job.meta.call_id, stored_status(result), audio_s)
        run_status = "failed" if summary.failed else "done"
    finally:
        finish_run(db_path, summary, planned, touched_customers, run_status, started)
    return summary


def begin_run(
    paths: Iterable[Path], db_path: Path, options: IngestOptions | None
) -> tuple[IngestOptions, IngestSummary, Plan]:
    """Discover and plan a run and record it: the run row, updated metadata, pending calls, early failures."""
    options = (options or IngestOptions()).validated()
    if options.redact and options.redacted_audio_dir is None:
        options = options.with_(redacted_audio_dir=Path(db_path).resolve().parent / "redacted")
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    summary = IngestSummary(run_id)
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
        call_store.start_run(db, run_id, summary.total, {"paths": [str(p) for p in paths], "model": options.model})
        for meta in planned.metadata_only:
            with db.atomic():
                changed = call_store.update_metadata(db, meta)
            (summary.updated if changed else summary.skipped).append(meta.call_id)
        for job in planned.to_process:
            call_store.register_pending(db, job.meta, str(job.path), run_id)
        for failure in summary.failed:
            call_store.record_error(db, run_id, failure.path, failure.call_id, failure.reason)
    return options, summary, planned


def stored_status(record: CallRecord) -> str:
    """The progress line's status for a stored call."""
    if record.source_kind != "audio":
        return f"ok, {record.source_kind} transcript imported"
    rate = record.duration_s / max(record.transcribe_s, 1e-6)
    return f"ok, {record.duration_s:.0f} s of audio in {record.transcribe_s:.1f} s ({rate:.1f}x)"


def finish_run(
    db_path: Path, summary: IngestSummary, planned: Plan, touched_customers: set[str], run_status: str, started: float
) -> None:
    """Close a run: journeys of the customers it touched, derived tables, the run's counts and status."""
    summary.wall_s = time.monotonic() - started
    with session(db_path) as db:
        touched_customers |= {m.customer_id for m in planned.metadata_only if m.customer_id}
        if touched_customers:
            _refresh_cross_call(db, touched_customers)
        call_store.ensure_derived(db)  # the search index and scorecard facts of a database from before them
        if summary.ingested:
            _after_batch(db, summary)
        call_store.update_run(
            db,
            summary.run_id,
            status=run_status,
            n_ingested=len(summary.ingested),
            n_updated=len(summary.updated),
            n_skipped=len(summary.skipped),
            n_failed=len(summary.failed),
            audio_s=summary.audio_s,
            finished_at=_now(),
        )


def _redaction_settings(db: Database):
    """The admin's redaction choices, read once by the writer and handed to the workers."""
    import json

    from pipeline.trust.redact import SETTING_KEYS, RedactionOptions

    rows = db.query("SELECT key, value FROM settings WHERE key IN (SELECT unnest(?))", [list(SETTING_KEYS.values())])
    return RedactionOptions.from_settings({r["key"]: json.loads(r["value"]) for r in rows})


def _refresh_cross_call(db: Database, customer_ids: set[str]) -> None:
    from pipeline.analysis.journeys import refresh_journeys

    refresh_journeys(db, customer_ids)


def _after_batch(db: Database, summary: IngestSummary) -> None:
    """Contact reasons for the new calls (from their stored transcripts), then the alert rules."""
    from pipeline.insights.reasons import assign_reasons
    from pipeline.store.reasons import forget_openings

    try:
        forget_openings(db, summary.ingested)  # a re-ingested call's opening is read from its new transcript
        found = assign_reasons(db)
    except Exception as exc:  # a reason is an extra: the calls are stored whatever happens here
        summary.warnings.append(f"contact reasons not assigned: {exc}")
        return
    if found.skipped:
        summary.warnings.append(found.skipped)
    from pipeline.insights.alerts import check_alerts

    try:
        report = check_alerts(db)
    except Exception as exc:  # alerts must never lose a stored call; the next `alerts check` catches up
        summary.warnings.append(f"alerts not checked: {exc}")
        return
    summary.warnings.extend(f"alert not delivered: {f}" for f in report.failures)


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
    if summary.nodes or summary.from_spool:
        spread = ", ".join(f"{node}: {n}" for node, n in sorted(summary.nodes.items()))
        lines.append(
            f"On Ray: {len(summary.nodes)} node(s) ({spread or 'none needed'}); {summary.from_spool} stored from the "
            f"result spool without transcribing; longest database session {summary.longest_write_s:.2f} s"
        )
    if summary.failed:
        lines.append("Failed:")
        lines.extend(f"  - {f}" for f in summary.failed)
    if summary.warnings:
        lines.append("Warnings:")
        lines.extend(f"  - {w}" for w in summary.warnings)
    return "\n".join(lines)
