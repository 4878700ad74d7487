"""Search speed: the committed query list (`bench/data/search_queries.toml`) through `queries.search_transcripts`.

    .venv/bin/python bench/search.py                                   # the sample database
    .venv/bin/python bench/search.py --db /tmp/earshot-1m.duckdb       # a synthetic one (bench/synthetic.py)
    .venv/bin/python bench/search.py --db /tmp/earshot-100k.duckdb --extension   # also the FTS extension's search

Each query is timed as a page would run it: a fresh read-only connection opened, the search run
(100 hits, the page's limit), the connection closed; `--runs` times after one warm-up, the median
kept. Reported: each query's median and its hits, and the 50th/95th percentile and maximum over the
list. Budget (issue 18): 95th percentile under 1 s at 1,000,000 calls.

`--extension` also times the search this index replaced (BM25 through DuckDB's FTS extension, whose
index must already be in the file: `bench/synthetic.py` without `--no-fts` builds it). `--upkeep`
times the index's upkeep for one new 30-utterance call, in a transaction that is rolled back, so
the file is unchanged (it needs the file writable: no other process may hold it).

Writes bench/results/search.md; exits 1 when the 95th percentile misses the budget.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as `python bench/search.py`: make the repository importable
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402

from pipeline.store import queries, search_index  # noqa: E402
from pipeline.store.db import Database, open_database  # noqa: E402
from pipeline.store.queries import CallFilters  # noqa: E402

QUERIES = ROOT / "bench" / "data" / "search_queries.toml"
RESULTS = ROOT / "bench" / "results" / "search.md"
BUDGET_P95_S = 1.0
PAGE_LIMIT = 100


@dataclass(frozen=True)
class SearchCase:
    """One line of the query list: the text and the filters a supervisor set."""

    text: str
    speaker: str | None = None
    team: str | None = None
    days: int | None = None
    moment_kind: str | None = None
    as_agent: bool = False

    @property
    def label(self) -> str:
        parts = [f'"{self.text}"']
        parts += [f"{name}={value}" for name, value in (("speaker", self.speaker), ("team", self.team),
                                                         ("days", self.days), ("moment", self.moment_kind))
                  if value]
        if self.as_agent:
            parts.append("as agent")
        return " ".join(parts)


_FIELDS = {"text", "speaker", "team", "days", "moment_kind", "as_agent"}


def load_queries(path: Path = QUERIES) -> list[SearchCase]:
    """The query list; a field it does not know is an error naming the query."""
    cases = []
    for number, entry in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("query", []), start=1):
        unknown = set(entry) - _FIELDS
        if unknown or not isinstance(entry.get("text"), str):
            raise ValueError(f"{path}: query {number} needs text and knows only {sorted(_FIELDS)}; got {entry}")
        cases.append(SearchCase(**entry))
    return cases


@dataclass(frozen=True)
class SearchArgs:
    """A case resolved against one database: the arguments `search_transcripts` takes."""

    text: str
    filters: CallFilters
    speaker: str | None
    agent_scope: str | None


def resolve(db: Database, case: SearchCase) -> SearchArgs:
    """Turn "the last 7 days" and "as the busiest agent" into this database's dates and agent."""
    date_from = date_to = None
    if case.days:
        last = db.scalar("SELECT max(started_at)::DATE FROM calls WHERE status = 'ready'")
        date_from, date_to = last - timedelta(days=case.days - 1), last
    agent = None
    if case.as_agent:
        agent = db.scalar("SELECT agent_id FROM calls WHERE status = 'ready' AND agent_id IS NOT NULL"
                          " GROUP BY agent_id ORDER BY count(*) DESC, agent_id LIMIT 1")
    filters = CallFilters(date_from=date_from, date_to=date_to, teams=(case.team,) if case.team else (),
                          moment_kinds=(case.moment_kind,) if case.moment_kind else ())
    return SearchArgs(case.text, filters, case.speaker, agent)


def extension_search(db: Database, args: SearchArgs, limit: int = PAGE_LIMIT) -> pd.DataFrame:
    """The ranked search as it was before the incremental index: BM25 through DuckDB's FTS extension.

    Kept to compare speed and results with (tests/test_search_index.py); needs the extension's index
    (`PRAGMA create_fts_index('utterances', 'utt_id', 'text')`).
    """
    params: list[Any] = []
    filters = args.filters
    conditions = ["c.status = 'ready'", *queries._call_conditions(
        CallFilters(filters.date_from, filters.date_to, filters.teams, filters.agent_ids, filters.queues),
        args.agent_scope, params)]
    if args.speaker:
        conditions.append("u.speaker = ?")
        params.append(args.speaker)
    if filters.moment_kinds:
        conditions.append(
            "EXISTS (SELECT 1 FROM moments sm WHERE sm.call_id = u.call_id AND sm.start_s < u.end_s"
            " AND sm.end_s > u.start_s AND " + queries._in_list("sm.kind", filters.moment_kinds, params) + ")"
        )
    db.load_fts()
    return db.df(
        "WITH hits AS (SELECT utt_id, score FROM (SELECT utt_id, fts_main_utterances.match_bm25(utt_id, ?) AS score"
        " FROM utterances) WHERE score IS NOT NULL ORDER BY score DESC LIMIT 5000)"
        " SELECT u.call_id, u.start_s, u.end_s, u.speaker, u.text, h.score AS score, c.started_at,"
        " coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue"
        " FROM hits h JOIN utterances u ON u.utt_id = h.utt_id JOIN calls c ON c.call_id = u.call_id"
        + queries._where(conditions)
        + " ORDER BY h.score DESC, c.started_at DESC LIMIT ?",
        [args.text, *params, limit],
    )


def index_search(db: Database, args: SearchArgs, limit: int = PAGE_LIMIT) -> pd.DataFrame:
    frame, _ = queries.search_transcripts(db, args.text, args.filters, args.speaker, args.agent_scope, limit)
    return frame


def time_query(path: Path, case: SearchCase, runs: int, search) -> tuple[float, int]:
    """Median seconds of `runs` page-like searches (open, search, close) after a warm-up; and the hits."""
    seconds = []
    hits = 0
    for attempt in range(runs + 1):
        started = time.perf_counter()
        db = open_database(path, read_only=True)
        try:
            hits = len(search(db, resolve(db, case)))
        finally:
            db.close()
        if attempt:
            seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), hits


def upkeep_seconds(path: Path, utterances: int = 30, runs: int = 3) -> dict[str, float]:
    """Median seconds the writer's upkeep takes for one new call: `search_index.index_calls` for a new
    30-utterance call, and `scorecard_calls.refresh` for a stored call; each rolled back afterwards."""
    from pipeline.records import CallMeta, CallRecord, Utterance
    from pipeline.store import scorecard_calls

    texts = [f"Sample line {i} about the refund and the courier, my postcode is on the account."
             for i in range(utterances)]
    record = CallRecord(
        meta=CallMeta("BENCH-UPKEEP-CALL", started_at=datetime.now()), content_hash="bench", source_path="bench",
        source_kind="json", duration_s=60.0, channels=2, speakers_estimated=False,
        utterances=[Utterance("agent", 2.0 * i, 2.0 * i + 1.5, text) for i, text in enumerate(texts)],
    )
    db = open_database(path)
    timings: dict[str, list[float]] = {"search index": [], "scorecard facts": []}
    try:
        stored = db.scalar("SELECT max(call_id) FROM calls WHERE status = 'ready'")
        for _ in range(runs):
            for name, upkeep in (("search index", lambda: search_index.index_calls(db, [record])),
                                 ("scorecard facts", lambda: scorecard_calls.refresh(db, [stored]))):
                db.execute("BEGIN TRANSACTION")
                started = time.perf_counter()
                upkeep()
                timings[name].append(time.perf_counter() - started)
                db.execute("ROLLBACK")
    finally:
        db.close()
    return {name: statistics.median(seconds) for name, seconds in timings.items()}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def sample_database(workdir: Path) -> Path:
    demo = ROOT / "data" / "earshot.duckdb"
    if demo.exists():
        return demo
    from tests.seed import seed_database

    path = workdir / "seeded.duckdb"
    seed_database(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None, help="default: data/earshot.duckdb or the seeded samples")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--extension", action="store_true", help="also time the FTS extension's search")
    parser.add_argument("--upkeep", action="store_true", help="also time the upkeep of one new call")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    cases = load_queries(args.queries)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="earshot-search-") as workdir:
        path = args.db or sample_database(Path(workdir))
        db = open_database(path, read_only=True)
        try:
            calls = db.scalar("SELECT count(*) FROM calls")
            utterances = db.scalar("SELECT count(*) FROM utterances")
            if not search_index.is_complete(db):
                print(f"{path}: the search index is not built (run an ingest or `python -m pipeline reindex`)",
                      file=sys.stderr)
                return 2
            has_extension = bool(db.scalar(
                "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_utterances'"))
        finally:
            db.close()
        if args.extension and not has_extension:
            print(f"{path}: no FTS extension index to compare with; leaving --extension out", file=sys.stderr)
            args.extension = False
        print(f"{path}: {calls:,} calls, {utterances:,} utterances, {len(cases)} queries")
        rows = []
        for case in cases:
            seconds, hits = time_query(path, case, args.runs, index_search)
            row = {"query": case.label, "seconds": seconds, "hits": hits}
            if args.extension:
                row["extension_s"], row["extension_hits"] = time_query(path, case, args.runs, extension_search)
            print(f"  {case.label:<48} {seconds:6.3f} s  {hits:4d} hits"
                  + (f"   extension {row['extension_s']:6.3f} s" if args.extension else ""), flush=True)
            rows.append(row)
        upkeep = upkeep_seconds(path) if args.upkeep else None

    times = [r["seconds"] for r in rows]
    p50, p95, worst = percentile(times, 0.5), percentile(times, 0.95), max(times)
    lines = [
        "# Search speed",
        "",
        f"`bench/search.py` on {path} ({calls:,} calls, {utterances:,} utterances); {len(cases)} queries from "
        f"`{args.queries.relative_to(ROOT) if args.queries.is_relative_to(ROOT) else args.queries}`, "
        f"each the median of {args.runs} page-like runs (open, search for {PAGE_LIMIT} hits, close).",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, DuckDB {duckdb.__version__}; load average "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after.",
        "",
        f"**p50 {p50:.3f} s, p95 {p95:.3f} s, max {worst:.3f} s** (budget: p95 under {BUDGET_P95_S:.0f} s)."
        + (" Upkeep by the writer, per call: "
           + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in upkeep.items()) + "."
           if upkeep is not None else ""),
        "",
    ]
    if args.extension:
        ext = [r["extension_s"] for r in rows]
        lines.insert(-1, f"The FTS extension's search on the same file: p50 {percentile(ext, 0.5):.3f} s, "
                         f"p95 {percentile(ext, 0.95):.3f} s, max {max(ext):.3f} s.")
        lines.insert(-1, "")
        lines += ["| Query | Seconds | Hits | Extension (s) | Extension hits |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {r['query']} | {r['seconds']:.3f} | {r['hits']} | {r['extension_s']:.3f} | "
                  f"{r['extension_hits']} |" for r in rows]
    else:
        lines += ["| Query | Seconds | Hits |", "|---|---:|---:|"]
        lines += [f"| {r['query']} | {r['seconds']:.3f} | {r['hits']} |" for r in rows]
    text = "\n".join(lines) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print()
    print(text)
    return 0 if p95 < BUDGET_P95_S else 1


if __name__ == "__main__":
    sys.exit(main())
