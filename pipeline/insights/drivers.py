"""Drivers: per contact reason, its volume against the previous period and whether it is rising.

**The rising test.** A reason is *rising* when its share of the calls grew more than chance allows: given
that n = c₁ + c₀ calls had the reason in the two periods (c₁ now, c₀ before), under "nothing changed" c₁
is binomial(n, p) with p = N₁ / (N₁ + N₀), the current period's share of all calls (so a busier week
raises no flag by itself). The one-sided exact binomial p-value (scipy) is corrected for testing every
reason at once by Benjamini–Hochberg; a reason is flagged when the corrected value is below `ALPHA`, it
has at least `MIN_CALLS` calls now and its share grew by at least `MIN_RATIO`. *New* is a flagged reason
with no call in the previous period. On stable volumes this flags nothing (tests/test_insights.py draws
them at random).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from pipeline.store import drivers as store
from pipeline.store.connection import Database
from pipeline.store.queries import CallFilters

ALPHA = 0.05
MIN_CALLS = 5
MIN_RATIO = 1.5


@dataclass(frozen=True)
class Trend:
    current: int
    previous: int
    p_value: float  # one-sided exact binomial, before correction
    q_value: float  # Benjamini–Hochberg over the reasons tested together
    rising: bool
    new: bool


def rising(current: dict[int, int], previous: dict[int, int], total_now: int, total_before: int) -> dict[int, Trend]:
    """The rising test (module docstring) for every reason seen in either period."""
    from scipy.stats import binomtest

    reasons = sorted(set(current) | set(previous))
    p_share = total_now / max(total_now + total_before, 1)
    p_values = {}
    for r in reasons:
        c1, c0 = current.get(r, 0), previous.get(r, 0)
        p_values[r] = (
            binomtest(c1, c1 + c0, p_share, alternative="greater").pvalue if c1 + c0 and 0 < p_share < 1 else 1.0
        )
    q_values = benjamini_hochberg(p_values)
    out = {}
    for r in reasons:
        c1, c0 = current.get(r, 0), previous.get(r, 0)
        share_now = c1 / max(total_now, 1)
        share_before = c0 / max(total_before, 1)
        grew = share_before == 0 or share_now >= MIN_RATIO * share_before
        flagged = q_values[r] < ALPHA and c1 >= MIN_CALLS and grew and total_before > 0
        out[r] = Trend(c1, c0, p_values[r], q_values[r], flagged, flagged and c0 == 0)
    return out


def benjamini_hochberg(p_values: dict[int, float]) -> dict[int, float]:
    """Adjusted p-values (q) controlling the false discovery rate over all the tests."""
    ordered = sorted(p_values.items(), key=lambda kv: kv[1])
    m = len(ordered)
    q: dict[int, float] = {}
    running = 1.0
    for rank in range(m, 0, -1):
        key, p = ordered[rank - 1]
        running = min(running, p * m / rank)
        q[key] = running
    return q


def _previous(filters: CallFilters) -> CallFilters:
    start, end = filters.date_from, filters.date_to
    if start is None or end is None:
        raise ValueError("the drivers compare two periods: give the period's first and last day")
    days = (end - start).days + 1
    return replace(
        filters, date_from=date.fromordinal(start.toordinal() - days), date_to=date.fromordinal(start.toordinal() - 1)
    )


def drivers(db: Database, filters: CallFilters, agent_scope: str | None = None) -> pd.DataFrame:
    """The Drivers table: one row per reason with its figures, the change and the rising flag."""
    figures = store.reason_figures(db, filters, agent_scope)
    before = _previous(filters)
    now_counts = store.reason_counts(db, filters, agent_scope)
    before_counts = store.reason_counts(db, before, agent_scope)
    trends = rising(
        {r: n for r, n in now_counts.items() if r is not None},
        {r: n for r, n in before_counts.items() if r is not None},
        sum(now_counts.values()),
        sum(before_counts.values()),
    )
    bounces = store.bounce_paths(db, filters, agent_scope)
    if figures.empty:
        return figures.assign(previous=[], change=[], flag=[], p_value=[], bounced=[])
    ids = figures["reason_id"].astype(int)
    figures["previous"] = [trends[r].previous if r in trends else 0 for r in ids]
    figures["change"] = [
        (row.calls - row.previous) / row.previous if row.previous else None for row in figures.itertuples()
    ]
    figures["flag"] = ["new" if trends[r].new else "rising" if trends[r].rising else "" for r in ids]
    figures["p_value"] = [trends[r].q_value for r in ids]
    figures["bounced"] = [bounces.get(r, "") for r in ids]
    return figures


def rising_reasons(db: Database, filters: CallFilters, agent_scope: str | None = None) -> pd.DataFrame:
    """Only the flagged reasons (for alerts and the digest)."""
    table = drivers(db, filters, agent_scope)
    return table[table["flag"] != ""] if not table.empty else table
