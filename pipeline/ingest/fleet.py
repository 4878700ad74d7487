"""The cluster ingest's driver: the same run as `runner.ingest`, transcribed by Ray actors, one writer.

`python -m pipeline ingest PATH… --ray auto|ADDRESS` runs `ingest_on_ray`:
1. `runner.begin_run` discovers, hashes and plans exactly as a single-machine run does.
2. Calls already in the result spool (`spool.py`: finished by an earlier run whose driver died before
   storing them) are stored without transcribing; the rest go to the cluster (`cluster.py`).
3. Each finished call is written to the spool first (its redacted audio copy beside the database),
   then stored by this process, the only writer, several calls per database session (`BatchWriter`):
   each session stays under about a second (the batch shrinks when writes get slower), so the app
   keeps reading; a database held by someone else (a backup, a user) only delays the storing, the
   cluster keeps transcribing into the spool.
4. `runner.finish_run` closes the run as a single-machine run does.

`ray` is imported only here and in `cluster.py`, only when a run asks for Ray. Token authentication
is on unless `RAY_AUTH_MODE` says otherwise.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pipeline.ingest.discovery import Failure
from pipeline.ingest.options import IngestOptions, RayOptions
from pipeline.ingest.runner import (
    IngestSummary,
    Plan,
    Progress,
    begin_run,
    finish_run,
    stored_status,
)
from pipeline.ingest.spool import ResultSpool, options_fingerprint, spool_dir
from pipeline.ingest.worker import IngestJob
from pipeline.records import CallRecord
from pipeline.store import calls as call_store
from pipeline.store.db import LOCK_TIMEOUT_S, DatabaseBusy, session

if TYPE_CHECKING:
    from pipeline.ingest.cluster import JobOutcome

# Longest the writer means to hold the database in one session; batches are sized to stay under it.
MAX_SESSION_S = 1.0
# A finished call waits at most this long before the writer stores it (fewer sessions, same safety:
# it is already in the spool).
STORE_EVERY_S = 2.0
# While the cluster is working, a held database is tried again later rather than waited for.
BUSY_WAIT_S = 0.5
MAX_BATCH = 64


def cluster_options(options: IngestOptions, ray_options: RayOptions) -> IngestOptions:
    """The ingest options as each actor runs them: its threads from its CPUs, CUDA when it has a GPU."""
    options = options.with_(workers=1, cpu_threads=ray_options.threads)
    if ray_options.gpus_per_worker and options.device == "cpu":
        options = options.with_(device="cuda")
    return options


def ingest_on_ray(
    paths: Iterable[Path],
    db_path: Path,
    options: IngestOptions | None,
    ray_options: RayOptions,
    *,
    out: TextIO | None = sys.stderr,
) -> IngestSummary:
    """Ingest files and folders on a Ray cluster into the database at `db_path`; returns what happened.

    Raises `options.ClusterError` when the cluster cannot do the run (nothing is lost: every finished
    call is stored or spooled, and running the same command again resumes)."""
    ray_options = ray_options.validated()
    started = time.monotonic()
    os.environ.setdefault("RAY_AUTH_MODE", "token")  # before Ray is imported and reads its configuration
    options, summary, planned = begin_run(paths, db_path, cluster_options(options or IngestOptions(), ray_options))
    spool = ResultSpool(spool_dir(db_path), options_fingerprint(options))
    spool.clear_leftovers()
    if os.environ["RAY_AUTH_MODE"].lower() != "token":
        summary.warnings.append(
            f"Ray token authentication is off (RAY_AUTH_MODE={os.environ['RAY_AUTH_MODE']}): anyone who reaches "
            "the cluster's ports can run code on every node"
        )
    progress = Progress(len(planned.to_process), out)
    writer = BatchWriter(db_path, summary, spool, progress, options.redacted_audio_dir)
    run_status = "interrupted"
    try:
        to_transcribe = writer.take_spooled(planned)
        writer.flush(wait=False)
        if to_transcribe:
            for job, outcome in _on_cluster(to_transcribe, options, ray_options):
                writer.take(job, outcome)
                if writer.due():
                    writer.flush(wait=False)
        writer.flush(wait=True)
        run_status = "failed" if summary.failed else "done"
    except BaseException:
        # Stopped (a cluster error, Ctrl-C): store what is finished if the database lets us at once;
        # what it does not stays in the spool for the next run.
        with contextlib.suppress(Exception):
            writer.flush(wait=False)
        raise
    finally:
        finish_run(db_path, summary, planned, writer.touched_customers, run_status, started)
    return summary


def _on_cluster(jobs: list[IngestJob], options: IngestOptions, ray_options: RayOptions):
    from pipeline.ingest import cluster

    cluster.connect(ray_options)
    try:
        # Absolute paths: the actors run in other working directories, on other machines.
        for job in jobs:
            job.path = job.path.resolve()
        yield from cluster.map_jobs_on_ray(jobs, options, ray_options)
    finally:
        cluster.disconnect()


class BatchWriter:
    """The only writer: finished calls go to the spool at once and into the database in batches."""

    def __init__(
        self, db_path: Path, summary: IngestSummary, spool: ResultSpool, progress: Progress, audio_dir: Path | None
    ) -> None:
        self.db_path = db_path
        self.audio_dir = audio_dir
        self.summary = summary
        self.spool = spool
        self.progress = progress
        self.records: list[CallRecord] = []
        self.failures: list[tuple[IngestJob, Failure]] = []
        self.first_waiting: float | None = None
        self.per_call_s = 0.25  # a cautious first guess, refined from every batch stored
        self.touched_customers: set[str] = set()
        self.busy_until = 0.0

    # --- taking results ---------------------------------------------------------------------

    def take_spooled(self, planned: Plan) -> list[IngestJob]:
        """Queue what the spool already holds for this run's jobs; return the jobs still to transcribe."""
        self._forget_stored()
        to_transcribe = []
        for job in planned.to_process:
            record = self.spool.get(job.content_hash)
            if record is None or record.meta != job.meta:  # a changed manifest row: its analysis may differ
                to_transcribe.append(job)
                continue
            record.source_path = str(job.path)
            self.summary.from_spool += 1
            self._queue(record)
            self.progress.step(job.meta.call_id, "ok, finished by an earlier run (spooled)", _audio_s(record))
        return to_transcribe

    def take(self, job: IngestJob, outcome: JobOutcome) -> None:
        result = outcome.result
        if isinstance(result, Failure):
            self.failures.append((job, result))
            self._mark_waiting()
            self.progress.step(job.meta.call_id, f"FAILED: {result.reason}")
            return
        assert isinstance(result, CallRecord)
        if outcome.redacted_audio is not None and self.audio_dir is not None:
            result.redacted_audio_path = str(self._write_audio_copy(result.content_hash, outcome.redacted_audio))
        self.spool.put(result)
        self.summary.nodes[outcome.node] = self.summary.nodes.get(outcome.node, 0) + 1
        self._queue(result)
        self.progress.step(job.meta.call_id, f"{stored_status(result)} on {outcome.node}", _audio_s(result))

    def _queue(self, record: CallRecord) -> None:
        self.records.append(record)
        self._mark_waiting()

    def _mark_waiting(self) -> None:
        if self.first_waiting is None:
            self.first_waiting = time.monotonic()

    def _write_audio_copy(self, content_hash: str, data: bytes) -> Path:
        """The redacted copy the app serves, named as a single-machine run names it, written whole."""
        assert self.audio_dir is not None
        folder = Path(self.audio_dir)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{content_hash[:24]}.ogg"
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".ogg", dir=folder)
        with os.fdopen(handle, "wb") as copy:
            copy.write(data)
        os.replace(temporary, dest)
        return dest.resolve()

    # --- storing ------------------------------------------------------------------------------

    @property
    def batch_size(self) -> int:
        return max(1, min(MAX_BATCH, int(0.7 * MAX_SESSION_S / max(self.per_call_s, 1e-3))))

    def due(self) -> bool:
        if not (self.records or self.failures) or time.monotonic() < self.busy_until:
            return False
        waited = time.monotonic() - (self.first_waiting or time.monotonic())
        return len(self.records) >= self.batch_size or waited >= STORE_EVERY_S

    def flush(self, *, wait: bool) -> None:
        """Store what waits, a batch per session; without `wait`, a held database is left for later."""
        while self.records or self.failures:
            try:
                self._store_batch(LOCK_TIMEOUT_S if wait else BUSY_WAIT_S)
            except DatabaseBusy:
                if wait:
                    raise
                # Held by someone else: keep handing out work and try again later, not at every result.
                self.busy_until = time.monotonic() + STORE_EVERY_S
                return

    def _store_batch(self, timeout_s: float) -> None:
        batch = self.records[: self.batch_size]
        failures = self.failures
        run_id = self.summary.run_id
        n_ingested = len(self.summary.ingested) + len(batch)
        audio_s = self.summary.audio_s + sum(_audio_s(r) for r in batch)
        with session(self.db_path, timeout_s=timeout_s) as db:
            opened = time.monotonic()
            call_store.save_calls(db, batch, run_id)
            for job, failure in failures:
                call_store.mark_failed(db, job.meta.call_id, failure.reason)
                call_store.record_error(db, run_id, failure.path, failure.call_id, failure.reason)
            call_store.update_run(db, run_id, n_ingested=n_ingested, audio_s=audio_s)
            held = time.monotonic() - opened
        self.summary.longest_write_s = max(self.summary.longest_write_s, held)
        if batch:
            self.per_call_s = 0.5 * self.per_call_s + 0.5 * held / len(batch)
        del self.records[: len(batch)]
        self.failures = []
        self.first_waiting = time.monotonic() if self.records else None
        for record in batch:
            self.spool.remove(record.content_hash)
            self.summary.ingested.append(record.meta.call_id)
            self.summary.audio_s += _audio_s(record)
            self.summary.warnings.extend(f"{record.meta.call_id}: {w}" for w in record.warnings)
            if record.meta.customer_id:
                self.touched_customers.add(record.meta.customer_id)
        self.summary.failed.extend(f for _, f in failures)

    def _forget_stored(self) -> None:
        """Drop spool entries a killed driver stored but had not yet removed."""
        hashes = self.spool.hashes()
        if not hashes:
            return
        with session(self.db_path) as db:
            stored = call_store.stored_hashes(db, hashes)
        for content_hash in stored:
            self.spool.remove(content_hash)


def _audio_s(record: CallRecord) -> float:
    return record.duration_s if record.source_kind == "audio" else 0.0
