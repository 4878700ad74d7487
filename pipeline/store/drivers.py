"""Read queries of the Drivers page: per contact reason, what its calls cost and who they bounced between.

Every figure has a query for the calls behind it (`driver_calls`), so the page can open them. Filters are
the pages' `CallFilters` (dates, teams, agents, queues); `agent_scope` limits everything to one agent's calls.
Only counted evidence is read: moments marked `possible` never are.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from pipeline.store.connection import Database
from pipeline.store.queries import CallFilters, _call_conditions, _where

# What each drill-down selects, as a condition on the call's row (c: calls, a: analysis).
FIGURES: dict[str, tuple[str, str]] = {
    "calls": ("All calls", "TRUE"),
    "repeat": ("Repeat contacts", "a.contact_number > 1"),
    "unresolved": ("First contacts not resolved", "a.contact_number = 1 AND NOT coalesce(a.resolved, false)"),
    "transferred": (
        "Transferred",
        "(a.transfers > 0 OR c.parent_call_id IS NOT NULL"
        " OR EXISTS (SELECT 1 FROM calls l WHERE l.parent_call_id = c.call_id))",
    ),
    "hold": ("Put on hold", "a.hold_s > 0"),
    "bounced": ("Bounced between departments", "a.journey_id IN (SELECT journey_id FROM bounced)"),
}

# Only a journey of more than one call can pass between departments; most journeys are one call, so
# asking `journeys.n_calls` first keeps these scans to a fraction of the archive (Drivers at 1M calls).
_MULTI_CALL_JOURNEYS = "(SELECT journey_id FROM journeys WHERE n_calls > 1)"
_BOUNCED = (
    "bounced AS (SELECT a2.journey_id FROM analysis a2 JOIN calls c2 USING (call_id)"
    f" WHERE a2.journey_id IN {_MULTI_CALL_JOURNEYS} AND c2.queue IS NOT NULL GROUP BY a2.journey_id"
    " HAVING count(DISTINCT c2.queue) > 1)"
)


def _scope(filters: CallFilters, agent_scope: str | None) -> tuple[str, list[Any]]:
    params: list[Any] = []
    conditions = ["c.status = 'ready'", *_call_conditions(filters, agent_scope, params)]
    return _where(conditions), params


def reason_figures(db: Database, filters: CallFilters, agent_scope: str | None = None) -> pd.DataFrame:
    """Per reason in the period: calls, worst and mean score, repeat-contact rate, FCR, transfers, hold."""
    where, params = _scope(filters, agent_scope)
    transferred = FIGURES["transferred"][1]
    return db.df(
        "SELECT r.reason_id, r.name, count(*) AS calls,"
        " max(a.score) AS worst_score, avg(a.score) AS mean_score,"
        " avg(CASE WHEN a.contact_number > 1 THEN 1.0 ELSE 0.0 END) AS repeat_rate,"
        " avg(CASE WHEN a.contact_number = 1 THEN CASE WHEN a.resolved THEN 1.0 ELSE 0.0 END END) AS fcr,"
        f" avg(CASE WHEN {transferred} THEN 1.0 ELSE 0.0 END) AS transferred_share,"
        " avg(coalesce(a.hold_s, 0)) AS mean_hold_s, sum(coalesce(a.hold_s, 0)) AS total_hold_s"
        " FROM calls c JOIN call_reasons cr USING (call_id) JOIN reasons r ON r.reason_id = cr.reason_id"
        " LEFT JOIN analysis a ON a.call_id = c.call_id"
        + where
        + " GROUP BY r.reason_id, r.name ORDER BY calls DESC, r.name",
        params,
    )


def reason_counts(db: Database, filters: CallFilters, agent_scope: str | None = None) -> dict[int | None, int]:
    """Calls per reason in a period (None: calls with no reason); for comparing periods."""
    where, params = _scope(filters, agent_scope)
    rows = db.execute(
        "SELECT cr.reason_id, count(*) FROM calls c LEFT JOIN call_reasons cr USING (call_id)"
        + where
        + " GROUP BY cr.reason_id",
        params,
    ).fetchall()
    return {(None if r is None else int(r)): int(n) for r, n in rows}


def bounce_paths(db: Database, filters: CallFilters, agent_scope: str | None = None, top: int = 2) -> dict[int, str]:
    """Per reason, the commonest paths between departments (queues) of its calls' journeys, e.g.
    "Billing → Tech support (3)"."""
    where, params = _scope(filters, agent_scope)
    rows = db.execute(
        "WITH own AS (SELECT DISTINCT cr.reason_id, a.journey_id FROM calls c JOIN call_reasons cr USING (call_id)"
        " JOIN analysis a ON a.call_id = c.call_id JOIN journeys j ON j.journey_id = a.journey_id AND j.n_calls > 1"
        + where
        + " AND cr.reason_id IS NOT NULL),"
        " paths AS (SELECT a.journey_id, list(c.queue ORDER BY c.started_at NULLS LAST, c.call_id) AS queues"
        " FROM analysis a JOIN calls c USING (call_id) WHERE a.journey_id IN (SELECT journey_id FROM own)"
        " AND c.queue IS NOT NULL GROUP BY a.journey_id)"
        " SELECT own.reason_id, paths.queues FROM own JOIN paths USING (journey_id)",
        params,
    ).fetchall()
    found: dict[int, Counter[str]] = {}
    for reason_id, queues in rows:
        steps = [q for i, q in enumerate(queues) if i == 0 or q != queues[i - 1]]
        if len(set(steps)) > 1:
            found.setdefault(int(reason_id), Counter())[" → ".join(steps)] += 1
    return {r: "; ".join(f"{p} ({n})" for p, n in c.most_common(top)) for r, c in found.items()}


def driver_calls(
    db: Database,
    reason_id: int,
    figure: str,
    filters: CallFilters,
    agent_scope: str | None = None,
    limit: int = 500,
) -> pd.DataFrame:
    """The calls behind one figure of one reason, worst first."""
    if figure not in FIGURES:
        raise ValueError(f"unknown figure {figure!r}; one of {', '.join(FIGURES)}")
    where, params = _scope(filters, agent_scope)
    return db.df(
        f"WITH {_BOUNCED} SELECT c.call_id, c.started_at, c.agent_name, c.team, c.queue, a.score, a.reasons,"
        " a.contact_number, a.hold_s, cr.opening"
        " FROM calls c JOIN call_reasons cr USING (call_id) LEFT JOIN analysis a ON a.call_id = c.call_id"
        + where
        + f" AND cr.reason_id = ? AND ({FIGURES[figure][1]})"
        " ORDER BY a.score DESC NULLS LAST, c.started_at DESC LIMIT ?",
        [*params, reason_id, limit],
    )


def period_summary(db: Database, filters: CallFilters, agent_scope: str | None = None) -> dict[str, Any]:
    """The headline figures of a period (the digest's scorecard changes): calls, mean score, repeat-contact
    rate, first-contact resolution, share transferred, mean hold."""
    where, params = _scope(filters, agent_scope)
    transferred = FIGURES["transferred"][1]
    row = db.query_one(
        "SELECT count(*) AS calls, avg(a.score) AS mean_score,"
        " avg(CASE WHEN a.contact_number > 1 THEN 1.0 ELSE 0.0 END) AS repeat_rate,"
        " avg(CASE WHEN a.contact_number = 1 THEN CASE WHEN a.resolved THEN 1.0 ELSE 0.0 END END) AS fcr,"
        f" avg(CASE WHEN {transferred} THEN 1.0 ELSE 0.0 END) AS transferred_share,"
        " avg(coalesce(a.hold_s, 0)) AS mean_hold_s"
        " FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id" + where,
        params,
    )
    return row or {}
