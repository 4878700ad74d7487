"""The writer's cost at fleet volume: storing finished calls into a large archive, one per session or in batches.

    .venv/bin/python bench/synthetic.py --db /tmp/earshot-100k.duckdb --calls 100000   # once
    .venv/bin/python bench/fleet_writes.py --db /tmp/earshot-100k.duckdb [--calls 60]

Works on a copy of the given SYNTHETIC database (the file itself is never written). Stores `--calls`
made-up calls shaped like real ones (30 utterances with word timings, analysis, a few moments; ids
start "SYN-BENCH-", extra {"synthetic": true}) twice, on fresh copies:

- one call per session: what the single-machine runner does per finished call (open the file, store
  the call in its own transaction, update the run's counts, close);
- batches: the cluster ingest's writer (`fleet.BatchWriter`): each call spooled to disk first, then
  stored several per session, the batch sized to keep a session under about a second.

Prints the cost per call, the longest session (how long the app could be kept waiting), and the cost
of planning a run of 5,000 files: looking up just their hashes against loading every stored hash.
The full-text index upkeep is not part of this measure (it is rebuilt separately; README, Storage).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ingest.cluster import JobOutcome  # noqa: E402
from pipeline.ingest.fleet import BatchWriter  # noqa: E402
from pipeline.ingest.runner import IngestSummary, Progress  # noqa: E402
from pipeline.ingest.spool import ResultSpool  # noqa: E402
from pipeline.ingest.worker import IngestJob  # noqa: E402
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment, Utterance, Word  # noqa: E402
from pipeline.store import calls as call_store  # noqa: E402
from pipeline.store.db import session  # noqa: E402

LINES = (
    "Thank you for calling, how can I help you today?",
    "I was charged twice for my last order and nobody has called me back.",
    "I'm sorry to hear that, let me pull up the account for you.",
    "It has been three weeks now and I have called twice already.",
)


def fake_call(n: int) -> CallRecord:
    call_id = f"SYN-BENCH-{n:06d}"
    utterances = []
    for i in range(30):
        text = LINES[i % len(LINES)]
        start = 6.0 * i
        words = [Word(w, start + 0.3 * k, start + 0.3 * k + 0.25, 0.9) for k, w in enumerate(text.split())]
        utterances.append(Utterance("agent" if i % 2 == 0 else "customer", start, start + 5.5, text, words))
    moments = [
        Moment("apology", "agent", 12.0, 17.5, LINES[2], "phrase:sorry"),
        Moment("repeat_contact", "customer", 18.0, 23.5, LINES[3], "phrase:called"),
    ]
    return CallRecord(
        CallMeta(
            call_id, agent_id="SYN-A0001", team="Billing", customer_id=f"SYN-C{n:06d}", extra={"synthetic": "true"}
        ),
        f"{n:064x}",
        f"/recordings/{call_id}.wav",
        "audio",
        180.0,
        2,
        False,
        utterances,
        analysis=CallAnalysis(score=0.4, moments=moments, rules_version="bench"),
        model="base",
        transcribe_s=9.0,
    )


def one_per_session(db_path: Path, records: list[CallRecord]) -> tuple[float, float]:
    """The runner's way: a session and a transaction per call. Returns (seconds per call, longest session)."""
    longest = 0.0
    started = time.perf_counter()
    for n, record in enumerate(records, 1):
        opened = time.perf_counter()
        with session(db_path) as db:
            call_store.save_call(db, record, "bench")
            call_store.update_run(db, "bench", n_ingested=n)
        longest = max(longest, time.perf_counter() - opened)
    return (time.perf_counter() - started) / len(records), longest


def batched(db_path: Path, records: list[CallRecord], spool_dir: Path) -> tuple[float, float, int]:
    """The cluster writer's way. Returns (seconds per call, longest session, sessions)."""
    summary = IngestSummary("bench")
    writer = BatchWriter(db_path, summary, ResultSpool(spool_dir, "bench"), Progress(len(records), None), None)
    sessions = 0
    original = writer._store_batch

    def counted(timeout_s: float) -> None:
        nonlocal sessions
        sessions += 1
        original(timeout_s)

    writer._store_batch = counted  # type: ignore[method-assign]
    started = time.perf_counter()
    for record in records:
        job = IngestJob(Path(record.source_path), record.meta, record.content_hash)
        writer.take(job, JobOutcome(record, None, "bench"))
        if writer.due():
            writer.flush(wait=False)
    writer.flush(wait=True)
    per_call = (time.perf_counter() - started) / len(records)
    return per_call, summary.longest_write_s, sessions


def hash_lookups(db_path: Path) -> tuple[float, float]:
    """Planning 5,000 files: their hashes looked up, against every stored hash loaded."""
    with session(db_path, read_only=True) as db:
        some = [r[0] for r in db.execute("SELECT content_hash FROM calls USING SAMPLE 5000 ROWS").fetchall()]
        started = time.perf_counter()
        found = call_store.stored_hashes(db, some)
        batch_s = time.perf_counter() - started
        started = time.perf_counter()
        everything = call_store.known_hashes(db)
        all_s = time.perf_counter() - started
    assert len(found) == len(set(some)) and len(everything) >= len(found)
    return batch_s, all_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a SYNTHETIC database (bench/synthetic.py); copied")
    parser.add_argument("--calls", type=int, default=60)
    args = parser.parse_args()
    with session(args.db, read_only=True) as db:
        stored = db.scalar("SELECT count(*) FROM calls")
        real = db.scalar("SELECT count(*) FROM calls WHERE call_id NOT LIKE 'SYN-%'")
        utterances = db.scalar("SELECT count(*) FROM utterances")
    if real:
        sys.exit(f"{args.db} holds {real} call(s) that are not synthetic; use a bench/synthetic.py database")
    print(f"archive: {stored:,} synthetic calls, {utterances:,} utterances; storing {args.calls} more calls")
    with tempfile.TemporaryDirectory(prefix="fleet-writes-", dir=args.db.parent) as work:
        results = {}
        for mode in ("one call per session", "batches (cluster writer)"):
            copy = Path(work) / "copy.duckdb"
            shutil.copyfile(args.db, copy)
            with session(copy) as db:
                call_store.start_run(db, "bench", args.calls, {})
            records = [fake_call(n) for n in range(args.calls)]
            if mode.startswith("one"):
                per_call, longest = one_per_session(copy, records)
                sessions = args.calls
            else:
                per_call, longest, sessions = batched(copy, records, Path(work) / "spool")
            with session(copy, read_only=True) as db:
                assert db.scalar("SELECT count(*) FROM calls WHERE call_id LIKE 'SYN-BENCH-%'") == args.calls
            results[mode] = (per_call, longest, sessions)
            if mode.startswith("batches"):
                lookups = hash_lookups(copy)
            copy.unlink()
    print(f"{'writer':<28}{'ms per call':>12}{'longest session s':>19}{'sessions':>10}")
    for mode, (per_call, longest, sessions) in results.items():
        print(f"{mode:<28}{per_call * 1000:>12.0f}{longest:>19.2f}{sessions:>10}")
    print(
        f"planning 5,000 files: their hashes looked up {lookups[0] * 1000:.0f} ms; every stored hash loaded "
        f"{lookups[1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
