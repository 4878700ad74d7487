"""Check that the scorecard read from its per-call facts gives the same numbers as read from the base tables.

    .venv/bin/python bench/scorecard_check.py --db /tmp/earshot-100k.duckdb
    .venv/bin/python bench/scorecard_check.py                       # the sample database

The scorecard, its drill-down to calls (every cell, All and the first group), its spreads and its
worst calls, grouped by team and by agent, over the default period (the last 30 days of data): each
computed twice, once from `scorecard_calls` (what the app reads) and once from calls, analysis,
moments and QA reviews on the fly (the scorecard before the facts table), and compared value by
value (relative tolerance 1e-9: sums in another order). Opens the file read-only. Exits 1 on any
difference, printing it. tests/test_scorecard_calls.py runs the same check on the samples.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as `python bench/scorecard_check.py`: make the repository importable
    sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from pipeline.store import scorecard as sc  # noqa: E402
from pipeline.store.db import Database, open_database  # noqa: E402


@contextmanager
def from_base_tables() -> Iterator[None]:
    """The scorecard as it was computed before the facts table: every row built from the base tables."""
    with mock.patch.object(sc, "uses_facts", lambda db: False):
        yield


def views(db: Database, full: bool = True) -> Iterator[tuple[str, Callable[[], pd.DataFrame]]]:
    """(name, query) for every view of the scorecard worth comparing; `full=False` keeps the main ones."""
    period = sc.default_period(db)
    if period is None:
        return
    weights = sc.load_weights()
    start, end = period.start, period.end
    for group_by in ("team", "agent"):
        yield f"scorecard by {group_by}", lambda g=group_by: sc.scorecard(db, start, end, g, weights)
        board = sc.scorecard(db, start, end, group_by, weights)
        groups = [None, *board["group"].dropna().head(1)]
        cells = [*sc.SUMMARY_CELLS, *sc.METRICS] if full else ["calls", "total", "qa_score", "moment_apology"]
        for group in groups:
            for cell in cells:
                yield (f"calls behind {cell} of {group or 'All'} by {group_by}",
                       lambda c=cell, g=group, b=group_by: sc.calls_behind(db, c, b, g, start, end, weights=weights))
        metrics = sc.CONTINUOUS_METRICS if full else ("handle_time_s",)
        for metric in metrics:
            yield (f"spread of {metric} by {group_by}",
                   lambda m=metric, b=group_by: sc.metric_distribution(db, m, start, end, b))
            yield (f"worst calls on {metric} by {group_by}",
                   lambda m=metric, b=group_by: sc.worst_calls(db, m, start, end, b, weights=weights))


def compare(db: Database, full: bool = True) -> list[str]:
    """Every view computed from the facts and from the base tables; the differences found, in words."""
    differences = []
    for name, query in views(db, full):
        facts = query()
        with from_base_tables():
            base = query()
        try:
            pd.testing.assert_frame_equal(facts, base, check_dtype=False, check_exact=False, rtol=1e-9)
        except AssertionError as exc:
            differences.append(f"{name}: {exc}")
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None, help="default: data/earshot.duckdb or the seeded samples")
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="earshot-check-") as workdir:
        path = args.db
        if path is None:
            from bench.search import sample_database

            path = sample_database(Path(workdir))
        db = open_database(path, read_only=True)
        try:
            if not sc.uses_facts(db):
                print(f"{path}: the scorecard facts are not built yet (run an ingest or analyze)", file=sys.stderr)
                return 2
            started = time.perf_counter()
            n_views = sum(1 for _ in views(db))
            differences = compare(db)
            calls: Any = db.scalar("SELECT count(*) FROM calls")
        finally:
            db.close()
    for difference in differences:
        print(difference)
    print(f"{path} ({calls:,} calls): {n_views} scorecard views compared in {time.perf_counter() - started:.0f} s, "
          f"{len(differences)} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
