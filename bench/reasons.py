"""Contact reasons against known ones: the 100 real Harper Valley bank calls and their task types.

    .venv/bin/python bench/reasons.py

Discovers reasons from what each caller says in the first two minutes (pipeline/insights/reasons.py,
exactly as `python -m pipeline analyze` does on stored calls) and prints purity and adjusted mutual
information against the calls' task types, with each found reason's name and its commonest task.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analysis.real_calls import load_harper_valley  # noqa: E402
from pipeline.insights.reasons import OPENING_S, discover_on  # noqa: E402


def main() -> None:
    calls = [c for c in load_harper_valley() if c.tasks]
    lines = {
        c.call_id: [u.text for u in c.utterances if u.speaker == "customer" and u.start <= OPENING_S] for c in calls
    }
    started = time.perf_counter()
    result = discover_on(lines, {c.call_id: c.tasks[0] for c in calls})
    print(f"{result.calls} Harper Valley calls, {result.true_reasons} task types, {result.found_reasons} reasons found")
    print(f"purity {result.purity:.3f}, adjusted mutual information {result.adjusted_mutual_info:.3f}")
    print(f"({time.perf_counter() - started:.1f} s)")
    for name, task in result.names.items():
        print(f"  {name:<40} -> {task}")


if __name__ == "__main__":
    main()
