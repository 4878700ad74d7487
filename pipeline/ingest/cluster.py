"""Transcription on a Ray cluster: actors holding a worker's resources, mapped over the jobs.

Imported only by a run with `--ray` (it imports `ray`); worker code like `worker.py`, so it never
reaches the store: the driver (`fleet.py`) is the only writer.

- `Transcriber` is a Ray Core actor: it loads what a worker loads once (the rules at start, the model
  on the first recording) and runs today's worker function, `worker.process_job`, on one job at a
  time. It is given a path, never audio bytes; the recordings must be on a mount every node reads at
  the same path, and each job checks that before anything else (`MountMissing` stops the run).
  The redacted audio copy comes back as bytes with the record, because the database's folder is on
  the driver's machine, not the node's.
- Each actor asks Ray for the CPUs its CTranslate2 threads use, the GPUs asked for, and memory sized
  to the model and the longest recording the options allow (`worker_memory_bytes`).
- `map_jobs_on_ray` keeps two jobs queued per actor and yields results as they finish. An actor that
  dies (a file that crashes the decoder, the memory killer, a lost node) costs the job it was running
  one attempt and the jobs queued behind it nothing; a job whose second attempt also kills its actor
  becomes one failure, never a loop. Dead actors are replaced while work remains; actors with no
  work left are released at once, so an autoscaler can shrink the cluster. If no actor can start for
  `start_timeout_s` (a cluster too small for one), the run stops with a message saying what one asks for.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ray
from ray.exceptions import AuthenticationError, RayActorError, RayTaskError

from pipeline.ingest.audio import SAMPLE_RATE
from pipeline.ingest.discovery import Failure
from pipeline.ingest.models import model_size_bytes
from pipeline.ingest.options import ClusterError, IngestOptions, RayOptions
from pipeline.ingest.worker import IngestJob, JobError, WorkerResources, process_job
from pipeline.records import CallRecord

# A worker process before any recording: Python, numpy, CTranslate2, the VAD and embedding models, the rules
# (measured: 450 MB with tiny.en after a 70 s call).
WORKER_BASE_BYTES = 512 << 20
# Decoding holds a recording about twice over at its peak (16-bit buffers, then float32 channels).
DECODE_COPIES = 2
IN_FLIGHT_PER_ACTOR = 2
MAX_ATTEMPTS = 2
WAIT_STEP_S = 1.0


@dataclass
class MountMissing:
    """A node cannot see a file the driver could read: the recordings are not on a shared mount."""

    path: str
    node: str


@dataclass
class JobOutcome:
    """What an actor sends back for one job: the record (or why not), the redacted audio, and where it ran."""

    result: CallRecord | Failure | MountMissing
    redacted_audio: bytes | None = None
    node: str = ""


def worker_memory_bytes(options: IngestOptions, *, audio: bool = True) -> int:
    """Memory one actor asks Ray for: the process, the model (file and loaded copy), the longest recording.

    A run of transcripts only (`audio=False`) never loads the model nor decodes audio."""
    if not audio:
        return WORKER_BASE_BYTES
    longest = options.max_duration_s * SAMPLE_RATE * 4 * 2  # float32, two channels
    return int(WORKER_BASE_BYTES + 2 * model_size_bytes(options.model) + DECODE_COPIES * longest)


def run_on_node(job: IngestJob, resources: WorkerResources, node: str) -> JobOutcome:
    """One job on this node: the mount check, the worker function, the redacted copy read back as bytes."""
    if not job.path.exists():
        return JobOutcome(MountMissing(str(job.path), node), node=node)
    try:
        record = process_job(job, resources)
    except JobError as exc:
        return JobOutcome(Failure(str(job.path), job.meta.call_id, str(exc)), node=node)
    except MemoryError:
        reason = "ran out of memory decoding this recording"
        return JobOutcome(Failure(str(job.path), job.meta.call_id, reason), node=node)
    except Exception as exc:  # one bad file must not stop the run; the reason is reported
        reason = f"unexpected error: {type(exc).__name__}: {exc}"
        return JobOutcome(Failure(str(job.path), job.meta.call_id, reason), node=node)
    audio = None
    if record.redacted_audio_path:
        copy = Path(record.redacted_audio_path)
        audio = copy.read_bytes()
        copy.unlink(missing_ok=True)
        record.redacted_audio_path = None
    return JobOutcome(record, audio, node)


class Transcriber:
    """A Ray actor: one worker's model and rules, loaded once, for every job it is given."""

    def __init__(self, options: IngestOptions) -> None:
        os.environ["OMP_NUM_THREADS"] = str(options.threads_per_worker)
        # The address alone does not tell two nodes on one machine apart; the node id's head does.
        self.node = f"{ray.util.get_node_ip_address()}/{ray.get_runtime_context().get_node_id()[:8]}"
        # Redacted copies are written here, read back and sent to the driver with the record.
        self.scratch = Path(tempfile.mkdtemp(prefix="earshot-actor-"))
        self.resources = WorkerResources(options.with_(redacted_audio_dir=self.scratch))
        self.resources.ensure_rules()

    def ready(self) -> str:
        return self.node

    def run(self, job: IngestJob) -> JobOutcome:
        return run_on_node(job, self.resources, self.node)


def connect(ray_options: RayOptions) -> None:
    """Join the cluster (or start a Ray on this machine alone for `auto` when none is running)."""
    address = None if ray_options.address == "auto" else ray_options.address
    try:
        ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING, configure_logging=True)
    except AuthenticationError as exc:
        raise ClusterError(
            f"the Ray cluster refused this driver's token ({_first_line(exc)}): give it the cluster's token in "
            "RAY_AUTH_TOKEN, or copy the head node's ~/.ray/auth_token (README, Running on a cluster)"
        ) from exc
    except (ConnectionError, TimeoutError, RuntimeError, ValueError) as exc:
        raise ClusterError(f"cannot join the Ray cluster at {ray_options.address}: {_first_line(exc)}") from exc


def disconnect() -> None:
    ray.shutdown()


def fitting_workers(ray_options: RayOptions, memory_bytes: int) -> int:
    """How many actors the cluster's resources hold at once (at least one)."""
    total = ray.cluster_resources()
    fits = [total.get("CPU", 0) / ray_options.cpus_per_worker, total.get("memory", 0) / memory_bytes]
    if ray_options.gpus_per_worker:
        fits.append(total.get("GPU", 0) / ray_options.gpus_per_worker)
    return max(1, int(min(fits) + 1e-9))


@dataclass
class _Slot:
    handle: ray.actor.ActorHandle
    started: float
    ready_ref: ray.ObjectRef | None
    node: str = ""
    outstanding: deque[tuple[ray.ObjectRef, IngestJob]] = field(default_factory=deque)


def map_jobs_on_ray(
    jobs: list[IngestJob], options: IngestOptions, ray_options: RayOptions
) -> Iterator[tuple[IngestJob, JobOutcome]]:
    """Yield (job, outcome) as actors finish; `ray.init` must have been called (`connect`)."""
    if not jobs:
        return
    memory = worker_memory_bytes(options, audio=any(job.kind == "audio" for job in jobs))
    _check_a_node_fits(ray_options, memory)
    target = ray_options.workers or fitting_workers(ray_options, memory)
    target = min(target, len(jobs))
    actor_class = ray.remote(Transcriber).options(
        num_cpus=ray_options.cpus_per_worker,
        num_gpus=ray_options.gpus_per_worker,
        memory=memory,
        max_restarts=0,
        max_task_retries=0,
        scheduling_strategy="SPREAD",
    )
    queue: deque[IngestJob] = deque(jobs)
    attempts: dict[int, int] = {}
    slots: list[_Slot] = []
    # Bounded: every death of a started actor costs some job an attempt, so starts never run away.
    starts_left = target + MAX_ATTEMPTS * len(jobs)

    def start_actor() -> None:
        nonlocal starts_left
        starts_left -= 1
        handle = actor_class.remote(options)
        slots.append(_Slot(handle, time.monotonic(), handle.ready.remote()))

    def release(slot: _Slot) -> None:
        slots.remove(slot)
        ray.kill(slot.handle, no_restart=True)

    def need_more_actors() -> bool:
        return bool(queue) and len(slots) < min(target, len(queue) + sum(len(s.outstanding) for s in slots))

    try:
        for _ in range(target):
            start_actor()
        while queue or any(s.outstanding for s in slots):
            while need_more_actors() and starts_left > 0:
                start_actor()
            for slot in list(slots):
                if slot.ready_ref is None:
                    while queue and len(slot.outstanding) < IN_FLIGHT_PER_ACTOR:
                        job = queue.popleft()
                        slot.outstanding.append((slot.handle.run.remote(job), job))
                    if not slot.outstanding and not queue:
                        release(slot)  # idle with nothing left to give it: let the cluster shrink
                elif not queue:
                    release(slot)
            if not slots:
                if queue:
                    raise ClusterError("every Ray worker died and no new one may start; stopped")
                break
            waiting = [s.ready_ref for s in slots if s.ready_ref is not None]
            waiting += [ref for s in slots for ref, _ in s.outstanding]
            done, _ = ray.wait(waiting, num_returns=1, timeout=WAIT_STEP_S)
            if not done:
                _check_start_timeout(slots, ray_options, memory)
                continue
            ref = done[0]
            slot = next(s for s in slots if s.ready_ref == ref or any(r == ref for r, _ in s.outstanding))
            if slot.ready_ref == ref:
                try:
                    slot.node = ray.get(ref)
                    slot.ready_ref = None
                except (RayActorError, RayTaskError) as exc:
                    slots.remove(slot)
                    if isinstance(exc, RayTaskError) or getattr(exc, "actor_init_failed", False):
                        # Loading failed (the code, the packages or the rules are missing on that node):
                        # every actor there would fail alike, so the run stops with the reason.
                        raise ClusterError(f"a Ray worker could not start: {_first_line(exc)}; stopped") from exc
                continue
            job = next(j for r, j in slot.outstanding if r == ref)
            try:
                outcome = _outcome(ref, job)
            except RayActorError as exc:
                slots.remove(slot)
                yield from _actor_died(slot, exc, queue, attempts)
                continue
            slot.outstanding = deque((r, j) for r, j in slot.outstanding if r != ref)
            yield job, outcome
    finally:
        for slot in slots:
            ray.kill(slot.handle, no_restart=True)


def _actor_died(
    slot: _Slot, exc: BaseException, queue: deque[IngestJob], attempts: dict[int, int]
) -> Iterator[tuple[IngestJob, JobOutcome]]:
    """The job the dead actor was running loses an attempt; the ones queued behind it go back untouched.

    The actor ran its jobs in order, so results it finished before dying are kept, and the first job
    without a result is the one that was running when it died."""
    unfinished: list[IngestJob] = []
    for ref, job in slot.outstanding:
        if unfinished:
            unfinished.append(job)
            continue
        try:  # resolves at once: a result that came back before the death, or the death itself
            outcome = _outcome(ref, job)
        except RayActorError:
            unfinished.append(job)
            continue
        yield job, outcome
    if not unfinished:
        return
    first, rest = unfinished[0], unfinished[1:]
    queue.extendleft(reversed(rest))
    attempts[id(first)] = attempts.get(id(first), 0) + 1
    if attempts[id(first)] < MAX_ATTEMPTS:
        queue.appendleft(first)
        return
    where = f" on {slot.node}" if slot.node else ""
    reason = (
        f"its Ray worker{where} died {MAX_ATTEMPTS} times while processing this file (a crash in decoding or "
        f"transcription, or the worker was killed for memory): {_first_line(exc)}"
    )
    yield first, JobOutcome(Failure(str(first.path), first.meta.call_id, reason), node=slot.node)


def _asked(ray_options: RayOptions, memory: int) -> str:
    asked = f"{ray_options.cpus_per_worker:g} CPU, {memory / 2**30:.1f} GiB memory"
    if ray_options.gpus_per_worker:
        asked += f", {ray_options.gpus_per_worker:g} GPU"
    return asked


def _outcome(ref: ray.ObjectRef, job: IngestJob) -> JobOutcome:
    """A finished job's outcome; RayActorError when its actor died first; ClusterError for a missing mount."""
    try:
        outcome = ray.get(ref)
    except RayTaskError as exc:  # run_on_node catches what a job raises; this is Ray's own failure
        return JobOutcome(Failure(str(job.path), job.meta.call_id, f"Ray task failed: {_first_line(exc)}"))
    if isinstance(outcome.result, MountMissing):
        raise ClusterError(
            f"node {outcome.result.node} cannot read {outcome.result.path}: the recordings must be on a mount "
            "every Ray node reads at the same path (README, Running on a cluster); stopped"
        )
    return outcome


def _check_a_node_fits(ray_options: RayOptions, memory: int) -> None:
    """Stop at once when no node of the cluster could ever hold one actor (rather than wait for one)."""
    need = {"CPU": ray_options.cpus_per_worker, "memory": memory, "GPU": ray_options.gpus_per_worker}
    nodes = [n.get("Resources", {}) for n in ray.nodes() if n.get("Alive")]
    if any(all(have.get(k, 0) >= v for k, v in need.items() if v) for have in nodes):
        return
    largest = max(nodes, key=lambda r: r.get("memory", 0), default={})
    raise ClusterError(
        f"no Ray node can hold one worker: each asks for {_asked(ray_options, memory)} (memory sized to the model "
        f"and the longest recording allowed), the largest node has {largest.get('CPU', 0):g} CPU, "
        f"{largest.get('memory', 0) / 2**30:.1f} GiB memory, {largest.get('GPU', 0):g} GPU; lower "
        "--max-duration-min or --ray-cpus-per-worker, or add a larger node; stopped"
    )


def _check_start_timeout(slots: list[_Slot], ray_options: RayOptions, memory: int) -> None:
    if any(s.ready_ref is None for s in slots):
        return
    oldest = min((s.started for s in slots), default=time.monotonic())
    if time.monotonic() - oldest < ray_options.start_timeout_s:
        return
    free = ray.available_resources()
    has = f"{free.get('CPU', 0):g} CPU, {free.get('memory', 0) / 2**30:.1f} GiB memory, {free.get('GPU', 0):g} GPU free"
    raise ClusterError(
        f"no Ray worker started within {ray_options.start_timeout_s:.0f} s: each asks for "
        f"{_asked(ray_options, memory)} and the cluster has {has}; stopped"
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
