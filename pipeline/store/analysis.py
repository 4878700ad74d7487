"""Writing cross-call analysis results: journeys, per-call journey fields and final scores, follow-ups.

A call's own analysis is written by `pipeline.store.calls.save_analysis`; these functions write
what is only known once a customer's other calls are known. `save_journey_results` does it all
in one transaction so a page never sees half-updated journeys.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.store import scorecard_calls
from pipeline.store.db import Database


@dataclass(frozen=True)
class JourneyRow:
    journey_id: str
    customer_id: str
    started_at: datetime | None
    ended_at: datetime | None
    n_calls: int
    n_agents: int
    n_teams: int
    n_transfers: int
    resolved: bool | None
    call_ids: list[str]


@dataclass(frozen=True)
class CallResult:
    """A call's journey fields and its final score."""

    call_id: str
    journey_id: str | None
    contact_number: int | None
    resolved: bool | None
    score: float
    reasons: list[str]


@dataclass(frozen=True)
class FollowUpRow:
    moment_id: str
    call_id: str
    agent_id: str | None
    promise: str
    due_at: datetime | None


def save_journey_results(
    db: Database,
    customer_ids: Sequence[str] | None,
    journeys: Iterable[JourneyRow],
    results: Iterable[CallResult],
    follow_ups: Iterable[FollowUpRow],
    follow_up_calls: Sequence[str],
) -> None:
    """Replace the journeys of `customer_ids` (None = all), update calls, sync follow-ups; one transaction."""
    with db.atomic():
        replace_journeys(db, customer_ids, journeys)
        update_call_results(db, results)
        sync_follow_ups(db, follow_up_calls, follow_ups)


def replace_journeys(db: Database, customer_ids: Sequence[str] | None, journeys: Iterable[JourneyRow]) -> None:
    if customer_ids is None:
        db.execute("DELETE FROM journeys")
    elif customer_ids:
        db.execute("DELETE FROM journeys WHERE list_contains(?, customer_id)", [list(customer_ids)])
    db.executemany(
        "INSERT INTO journeys (journey_id, customer_id, started_at, ended_at, n_calls, n_agents, n_teams, n_transfers,"
        " resolved, call_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                j.journey_id,
                j.customer_id,
                j.started_at,
                j.ended_at,
                j.n_calls,
                j.n_agents,
                j.n_teams,
                j.n_transfers,
                j.resolved,
                j.call_ids,
            ]
            for j in journeys
        ],
    )


def update_call_results(db: Database, results: Iterable[CallResult]) -> None:
    results = list(results)
    db.executemany(
        "UPDATE analysis SET journey_id = ?, contact_number = ?, resolved = ?, score = ?, reasons = ?"
        " WHERE call_id = ?",
        [[r.journey_id, r.contact_number, r.resolved, r.score, r.reasons, r.call_id] for r in results],
    )
    scorecard_calls.refresh(db, [r.call_id for r in results])


def sync_follow_ups(db: Database, call_ids: Sequence[str], follow_ups: Iterable[FollowUpRow]) -> None:
    """Make the follow-up list match these calls' promise moments, keeping supervisors' work.

    A new promise opens a follow-up; an existing one keeps its status, closer and note (only the
    wording and due date are refreshed); an *open* follow-up whose promise is no longer detected
    (rules changed) is removed, while closed ones stay as the record of what was done.
    """
    wanted = {f.moment_id: f for f in follow_ups}
    if not call_ids:
        return
    existing = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT moment_id, status FROM follow_ups WHERE list_contains(?, call_id)", [list(call_ids)]
        ).fetchall()
    }
    stale = [mid for mid, status in existing.items() if mid not in wanted and status == "open"]
    db.executemany("DELETE FROM follow_ups WHERE moment_id = ?", [[mid] for mid in stale])
    db.executemany(
        "UPDATE follow_ups SET promise = ?, due_at = ?, agent_id = ? WHERE moment_id = ?",
        [[f.promise, f.due_at, f.agent_id, f.moment_id] for f in wanted.values() if f.moment_id in existing],
    )
    db.executemany(
        "INSERT INTO follow_ups (moment_id, call_id, agent_id, promise, due_at, status) VALUES (?, ?, ?, ?, ?, 'open')",
        [
            [f.moment_id, f.call_id, f.agent_id, f.promise, f.due_at]
            for f in wanted.values()
            if f.moment_id not in existing
        ],
    )
