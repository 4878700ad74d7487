"""Page load times: every page of the app, rendered by `streamlit.testing.v1.AppTest`, on two databases.

    .venv/bin/python bench/pages.py                       # demo samples + 100,000 synthetic calls
    .venv/bin/python bench/pages.py --runs 5 --synthetic-db /tmp/earshot-100k.duckdb --synthetic-calls 100000
    .venv/bin/python bench/pages.py --skip-synthetic      # the sample database only

(a) the sample database: `data/earshot.duckdb` when the demo ingest has filled it, else a database
    seeded with the test samples (`tests/seed.py`) in a temporary folder;
(b) a SYNTHETIC database of `--synthetic-calls` calls (`bench/synthetic.py`), built first if the file
    is missing.

Each page is loaded as a signed-in user whose role may open it (admin where allowed), in a fresh
AppTest session, with Streamlit's caches cleared before every run, so each timing is a first load of
the page: the script from top to bottom, the DuckDB open and every query included. A warm-up load per
page and database (not counted) pays the one-off Python imports a running server has already paid.
Not included: the browser drawing the page and the websocket round trip.

Budgets: under 1 s on the sample data (issue 4); on the synthetic data, whatever its size, under 1 s
median and 2 s max (issue 18 sets these for 1,000,000 calls). Prints a table of median and max
seconds, its columns named after the synthetic database's size, and writes it to
bench/results/pages.md; exits 1 when a budget is missed or a page raised an exception.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Run as `python bench/pages.py`, Python puts bench/ first on the path, where this file would shadow the
# app's `pages` package: put the repository root there instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from pipeline.store.db import open_database  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "pages.md"
SAMPLE_BUDGET_S = 1.0
SYNTHETIC_BUDGET_S = 2.0
SYNTHETIC_MEDIAN_BUDGET_S = 1.0
ROLES = ("admin", "supervisor", "executive", "trainer", "agent")
_COMPONENTS: dict[str, Any] = {}  # the component registry, scanned once per process like a server does


@dataclass
class PageTiming:
    page: str
    title: str
    role: str
    seconds: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def worst(self) -> float:
        return max(self.seconds) if self.seconds else float("nan")


@contextmanager
def database_env(path: Path) -> Iterator[None]:
    before = os.environ.get("EARSHOT_DB")
    os.environ["EARSHOT_DB"] = str(path)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("EARSHOT_DB", None)
        else:
            os.environ["EARSHOT_DB"] = before


def sample_database(workdir: Path) -> tuple[Path, str]:
    """The demo database if the ingest filled it, else the test samples seeded into `workdir`."""
    demo = ROOT / "data" / "earshot.duckdb"
    if demo.exists():
        return demo, "data/earshot.duckdb (demo samples)"
    from tests.seed import seed_database

    path = workdir / "seeded.duckdb"
    seed_database(path)
    return path, "tests/seed.py samples (data/earshot.duckdb not built yet)"


def size_label(calls: int) -> str:
    """"1M", "100k", "2.5k" or the count itself: how the report names a database by its size."""
    for unit, size in (("M", 1_000_000), ("k", 1_000)):
        if calls >= size:
            return f"{calls / size:.1f}".removesuffix(".0") + unit
    return str(calls)


def synthetic_database(path: Path, calls: int) -> tuple[str, int]:
    if not path.exists():
        from bench.synthetic import generate

        print(f"building {calls:,} SYNTHETIC calls in {path} …")
        generate(path, calls)
    db = open_database(path, read_only=True)
    try:
        count = db.scalar("SELECT count(*) FROM calls")
    finally:
        db.close()
    return f"{path} ({count:,} SYNTHETIC calls)", int(count)


def page_context(path: Path) -> dict[str, Any]:
    """What a user would have on the way in: an agent for agent pages, a busy call for the review page,
    the scorecard's default period and its biggest team (for the drill-down view)."""
    from pipeline.store import scorecard

    db = open_database(path, read_only=True)
    try:
        agent = db.scalar(
            "SELECT agent_id FROM calls WHERE status = 'ready' AND agent_id IS NOT NULL"
            " GROUP BY agent_id ORDER BY count(*) DESC, agent_id LIMIT 1"
        )
        call = db.scalar(
            "SELECT c.call_id FROM calls c LEFT JOIN moments m USING (call_id) WHERE c.status = 'ready'"
            " GROUP BY c.call_id, c.started_at ORDER BY count(m.call_id) DESC, c.started_at DESC LIMIT 1"
        )
        team = db.scalar(
            "SELECT team FROM calls WHERE status = 'ready' AND team IS NOT NULL"
            " GROUP BY team ORDER BY count(*) DESC, team LIMIT 1"
        )
        period = scorecard.default_period(db)
    finally:
        db.close()
    return {"agent_id": agent, "call_id": call, "team": team, "period": period}


def views(spec, context: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """The ways a page is opened that are worth timing: (label, URL parameters)."""
    from pages import shared

    if spec.path == shared.REVIEW_PAGE:
        return [("", {"call": context["call_id"]} if context["call_id"] else {})]
    if spec.path == "pages/scorecard.py" and context["period"] is not None:
        period = context["period"]
        drill = {"by": "team", "from": period.start.isoformat(), "to": period.end.isoformat(), "cell": "total"}
        if context["team"]:
            drill["group"] = context["team"]
        return [("", {}), ("agents", {"by": "agent"}), ("team drill-down", drill)]
    return [("", {})]


def allowed_roles(spec, context: dict[str, Any]) -> list[str]:
    """The roles that may open the page, in ROLES order."""
    from pages import shared
    from pipeline.trust import auth

    users = [auth.User(f"bench-{r}", r, context["agent_id"] if r == "agent" else None) for r in ROLES]
    return [user.role for user in users if shared.allowed(user, spec.permissions)]


def bench_page(
    spec, context: dict[str, Any], runs: int, timeout_s: float, view: str = "", params: dict[str, str] | None = None,
    role: str | None = None,
) -> PageTiming:
    from pages import shared
    from pipeline.trust import auth

    role = role or next(iter(allowed_roles(spec, context)), None)
    title = f"{spec.title} ({view})" if view else spec.title
    timing = PageTiming(f"{spec.path}#{view}#{role}", title, role or "-")
    if role is None:
        timing.problems.append("no role may open it")
        return timing
    user = auth.User(f"bench-{role}", role, context["agent_id"] if role == "agent" else None)
    for attempt in range(runs + 1):  # the first load is a warm-up (imports), not counted
        st.cache_data.clear()
        st.cache_resource.clear()
        app = AppTest.from_file(str(ROOT / spec.path), default_timeout=timeout_s)
        # A server scans the installed packages for custom components once, at start-up; AppTest does it
        # in every new session (~0.2 s here). Hand each session the scan already made, as a server would.
        app._bidi_component_manager = _COMPONENTS.get("manager")
        # what `shared.sign_in_as` stores: plain values, rebuilt into a User by `shared.current_user`
        app.session_state[shared.USER_KEY] = {"username": user.username, "role": user.role,
                                              "agent_id": user.agent_id}
        for key, value in (params or {}).items():
            app.query_params[key] = value
        started = time.perf_counter()
        app.run()
        elapsed = time.perf_counter() - started
        if app.exception:
            timing.problems.append(f"exception: {app.exception[0].message}")
            break
        if app.error and not timing.problems:
            timing.problems.append(f"error shown: {app.error[0].value}")
        _COMPONENTS.setdefault("manager", app._bidi_component_manager)
        if attempt:
            timing.seconds.append(elapsed)
    return timing


def bench_database(path: Path, runs: int, timeout_s: float, only: list[str] | None,
                   every_role: bool = False) -> list[PageTiming]:
    from pages import shared

    context = page_context(path)
    timings = []
    with database_env(path):
        for spec in shared.PAGES:
            if not (ROOT / spec.path).exists() or (only and not any(o in spec.path for o in only)):
                continue
            roles = allowed_roles(spec, context)
            for (view, params), role in itertools.product(views(spec, context),
                                                          (roles if every_role else roles[:1]) or [None]):
                timing = bench_page(spec, context, runs, timeout_s, view, params, role)
                print(f"  {timing.title:<34} {timing.role:<10} {timing.median:6.3f} s median  "
                      f"{timing.worst:6.3f} s max" + (f"  ({'; '.join(timing.problems)})" if timing.problems else ""),
                      flush=True)
                timings.append(timing)
    return timings


def _cell(timing: PageTiming | None, budget: float, median_budget: float | None = None) -> tuple[str, str]:
    if timing is None:
        return "–", "–"
    if timing.problems and not timing.seconds:
        return "failed", "failed"
    mark = "" if timing.worst < budget else " ⚠"
    median_mark = "" if median_budget is None or timing.median < median_budget else " ⚠"
    return f"{timing.median:.3f}{median_mark}", f"{timing.worst:.3f}{mark}"


def report(sample: list[PageTiming], synthetic: list[PageTiming], sample_name: str, synthetic_name: str | None,
           runs: int, load_before: float, synthetic_size: str = "synthetic") -> str:
    by_page = {t.page: t for t in sample}
    by_page_syn = {t.page: t for t in synthetic}
    pages = list(dict.fromkeys([*by_page, *by_page_syn]))
    lines = [
        "# Page load times",
        "",
        f"Measured {datetime.now():%Y-%m-%d %H:%M} by `bench/pages.py` ({runs} runs per page after one warm-up; "
        "Streamlit caches cleared before each run, so every run is a first load: script, DuckDB open and queries).",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}, Streamlit {st.__version__}; load average {load_before:.1f} before and "
        f"{os.getloadavg()[0]:.1f} after (other work on the machine slows every figure).",
        "",
        f"- Sample database: {sample_name}. Budget {SAMPLE_BUDGET_S:.0f} s.",
        f"- Synthetic database: {synthetic_name or 'not measured'}. Budget {SYNTHETIC_MEDIAN_BUDGET_S:.0f} s median, "
        f"{SYNTHETIC_BUDGET_S:.0f} s max.",
        "",
        f"| Page | Role | Sample median (s) | Sample max (s) | {synthetic_size} median (s) "
        f"| {synthetic_size} max (s) |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for page in pages:
        timing = by_page.get(page) or by_page_syn[page]
        s_med, s_max = _cell(by_page.get(page), SAMPLE_BUDGET_S)
        y_med, y_max = _cell(by_page_syn.get(page), SYNTHETIC_BUDGET_S, SYNTHETIC_MEDIAN_BUDGET_S)
        lines.append(f"| {timing.title} | {timing.role} | {s_med} | {s_max} | {y_med} | {y_max} |")
    problems = [(name, t) for name, group in (("sample", sample), (synthetic_size, synthetic)) for t in group
                if t.problems]
    if problems:
        lines += ["", "Problems:", ""] + [f"- {t.title} ({name}): {'; '.join(t.problems)}" for name, t in problems]
    lines += ["", "⚠ = missed the budget (the median's, or the slowest run's)."]
    return "\n".join(lines) + "\n"


def missed(timings: list[PageTiming], budget: float, median_budget: float | None = None) -> list[PageTiming]:
    return [t for t in timings if t.problems or (t.seconds and t.worst >= budget)
            or (t.seconds and median_budget is not None and t.median >= median_budget)]


def quiet_streamlit() -> None:
    """AppTest outside a server warns on every run ("No runtime found", "missing ScriptRunContext")."""
    from streamlit import logger

    logger.set_log_level(logging.ERROR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample-db", type=Path, default=None, help="default: data/earshot.duckdb or seeded samples")
    parser.add_argument("--synthetic-db", type=Path, default=Path(tempfile.gettempdir()) / "earshot-100k.duckdb")
    parser.add_argument("--synthetic-calls", type=int, default=100_000, help="size when the file must be built")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--page", action="append", help="only pages whose path contains this (repeatable)")
    parser.add_argument("--every-role", action="store_true",
                        help="time each page for every role that may open it (default: the first of admin, "
                             "supervisor, executive, trainer, agent that may)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a page load counts as hung")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    quiet_streamlit()
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="earshot-bench-") as workdir:
        if args.sample_db:
            sample_path, sample_name = args.sample_db, str(args.sample_db)
        else:
            sample_path, sample_name = sample_database(Path(workdir))
        print(f"sample database: {sample_name}")
        sample = bench_database(sample_path, args.runs, args.timeout, args.page, args.every_role)
        synthetic: list[PageTiming] = []
        synthetic_name = None
        synthetic_size = "synthetic"
        if not args.skip_synthetic:
            synthetic_name, count = synthetic_database(args.synthetic_db, args.synthetic_calls)
            synthetic_size = size_label(count)
            print(f"synthetic database: {synthetic_name}")
            synthetic = bench_database(args.synthetic_db, args.runs, args.timeout, args.page, args.every_role)

    text = report(sample, synthetic, sample_name, synthetic_name, args.runs, load_before, synthetic_size)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print()
    print(text)
    print(f"written to {args.output}")
    failures = missed(sample, SAMPLE_BUDGET_S) + missed(synthetic, SYNTHETIC_BUDGET_S, SYNTHETIC_MEDIAN_BUDGET_S)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
