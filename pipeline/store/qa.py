"""Automatic QA and the reviewed QA form: storing evaluations, reading them, and how often people agree.

`save_evaluation` replaces a call's automatic evaluation (written by the ingest writer and by
`analyze`); `save_reviewed_form` stores a supervisor's form with, per criterion, the automatic answer
beside theirs and the reason for every override (each override audited). The reads serve the review
page (`call_evaluation`), the "needs review" list and the Scorecard's side-by-side agreement.

May import `pipeline.records` and the rest of the store only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pipeline.records import QAEvaluation
from pipeline.store import audit
from pipeline.store.db import Database
from pipeline.store.review import MAX_NOTE_CHARS, QAForm, clean_text, qa_total

# What a reviewer can answer, and the share of a criterion's points each earns (None: not applicable).
REVIEW_CHOICES: dict[str, float | None] = {"met": 1.0, "partly": 0.5, "not_met": 0.0, "na": None}
MAX_REASON_CHARS = 1000


def write_evaluation(db: Database, call_id: str, evaluation: QAEvaluation | None) -> None:
    """Replace a call's automatic evaluation, inside the caller's transaction (None removes it)."""
    db.execute("DELETE FROM qa_answers WHERE call_id = ?", [call_id])
    db.execute("DELETE FROM qa_evaluations WHERE call_id = ?", [call_id])
    if evaluation is None:
        return
    db.execute(
        "INSERT INTO qa_evaluations (call_id, qa_version, total, evaluated_at) VALUES (?, ?, ?, ?)",
        [call_id, evaluation.version, evaluation.total, datetime.now()],
    )
    db.executemany(
        "INSERT INTO qa_answers (call_id, criterion, answer, confidence, points, max_points, why, evidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [call_id, a.criterion, a.answer, a.confidence, a.points, a.max_points, a.why, json.dumps(a.evidence)]
            for a in evaluation.answers
        ],
    )


def save_evaluation(db: Database, call_id: str, evaluation: QAEvaluation | None) -> None:
    with db.atomic():
        write_evaluation(db, call_id, evaluation)


def calls_with_stale_qa(db: Database, version: str) -> list[str]:
    """Ready calls whose automatic QA is missing or was answered with another form or rules."""
    rows = db.execute(
        "SELECT c.call_id FROM calls c LEFT JOIN qa_evaluations q USING (call_id)"
        " WHERE c.status = 'ready' AND q.qa_version IS DISTINCT FROM ? ORDER BY c.call_id",
        [version],
    ).fetchall()
    return [r[0] for r in rows]


def call_evaluation(db: Database, call_id: str) -> dict[str, Any] | None:
    """A call's automatic evaluation: total, version and {criterion: answer row with evidence}."""
    head = db.query_one("SELECT qa_version, total, evaluated_at FROM qa_evaluations WHERE call_id = ?", [call_id])
    if head is None:
        return None
    answers = {}
    for row in db.query(
        "SELECT criterion, answer, confidence, points, max_points, why, evidence FROM qa_answers WHERE call_id = ?",
        [call_id],
    ):
        row["evidence"] = json.loads(row["evidence"]) if row["evidence"] else []
        answers[row["criterion"]] = row
    return {**head, "answers": answers}


def human_answer(points: float | None, max_points: int) -> str:
    """A stored human score (points) in the automatic vocabulary: full points met, any less not met."""
    if points is None:
        return "na"
    return "met" if float(points) >= max_points else "not_met"


def save_reviewed_form(
    db: Database,
    username: str,
    call_id: str,
    choices: dict[str, str],
    reasons: dict[str, str],
    comment: str,
    form: QAForm,
) -> float:
    """A supervisor's QA form for a call, kept beside the automatic one; returns the human total (0..100).

    `choices` maps each criterion to met | partly | not_met | na. A choice that differs from the
    call's automatic answer is an override and needs a reason; each override is audited on its own.
    """
    keys = {c.key for c in form.criteria}
    unknown = set(choices) - keys
    if unknown:
        raise ValueError(f"unknown QA criteria: {', '.join(sorted(unknown))}")
    bad = {k: v for k, v in choices.items() if v not in REVIEW_CHOICES}
    if bad:
        raise ValueError(f"answers must be one of {', '.join(REVIEW_CHOICES)}")
    comment = clean_text(comment, MAX_NOTE_CHARS, field="The comment")
    with db.atomic():
        if not db.scalar("SELECT count(*) FROM calls WHERE call_id = ?", [call_id]):
            raise ValueError("that call is not in the database")
        auto = {
            r["criterion"]: r["answer"]
            for r in db.query("SELECT criterion, answer FROM qa_answers WHERE call_id = ?", [call_id])
        }
        auto_head = db.query_one("SELECT qa_version, total FROM qa_evaluations WHERE call_id = ?", [call_id])
        rows = []
        overrides = []
        for criterion in form.criteria:
            choice = choices.get(criterion.key)
            if choice is None:
                continue
            automatic = auto.get(criterion.key)
            overridden = automatic is not None and choice != automatic
            reason = clean_text(
                reasons.get(criterion.key, ""), MAX_REASON_CHARS, field=f"The reason for {criterion.label}"
            )
            if overridden and not reason:
                raise ValueError(f"{criterion.label}: say why you changed the automatic answer")
            rows.append([criterion.key, automatic, choice, overridden, reason if overridden else None])
            if overridden:
                overrides.append((criterion.key, automatic, choice, reason))
        points = {
            key: None if REVIEW_CHOICES[choice] is None else REVIEW_CHOICES[choice] * c.points
            for key, choice, c in ((c.key, choices.get(c.key), c) for c in form.criteria)
            if choice is not None
        }
        total = qa_total(form, points)
        qa_id = int(
            db.scalar(
                "INSERT INTO qa_scores (call_id, reviewer, answers, total, comment, auto_total, auto_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING qa_id",
                [
                    call_id,
                    username,
                    json.dumps(points),
                    total,
                    comment,
                    auto_head["total"] if auto_head else None,
                    auto_head["qa_version"] if auto_head else None,
                ],
            )
        )
        db.executemany(
            "INSERT INTO qa_review_answers (qa_id, call_id, criterion, auto_answer, answer, overridden, reason,"
            " reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[qa_id, call_id, *row, username, datetime.now()] for row in rows],
        )
        audit.log(
            db, username, "qa", call_id=call_id, detail={"qa_id": qa_id, "total": total, "overrides": len(overrides)}
        )
        for key, automatic, choice, reason in overrides:
            audit.log(
                db,
                username,
                "qa_override",
                call_id=call_id,
                detail={"qa_id": qa_id, "criterion": key, "automatic": automatic, "human": choice, "reason": reason},
            )
    return total


def call_reviews(db: Database, call_id: str) -> list[dict[str, Any]]:
    """The reviewed QA forms of a call, newest first, each with the automatic total it was reviewed against."""
    rows = db.query(
        "SELECT qa_id, reviewer, answers, total, auto_total, comment, created_at FROM qa_scores WHERE call_id = ?"
        " ORDER BY created_at DESC, qa_id DESC",
        [call_id],
    )
    for row in rows:
        row["answers"] = json.loads(row["answers"]) if row["answers"] else {}
    return rows


def review_answers(db: Database, qa_id: int) -> list[dict[str, Any]]:
    return db.query(
        "SELECT criterion, auto_answer, answer, overridden, reason, reviewer, created_at FROM qa_review_answers"
        " WHERE qa_id = ? ORDER BY criterion",
        [qa_id],
    )


def _scope(agent_scope: str | None) -> tuple[str, list[Any]]:
    if agent_scope is None:
        return "", []
    return " AND c.agent_id = ?", [agent_scope]


def needs_review(db: Database, below: float, agent_scope: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Automatic answers less sure than `below` on calls no person has reviewed yet, least sure first."""
    where, params = _scope(agent_scope)
    return db.query(
        "SELECT a.call_id, a.criterion, a.answer, a.confidence, a.why, c.agent_name AS agent, c.team,"
        " c.started_at FROM qa_answers a JOIN calls c ON c.call_id = a.call_id"
        " WHERE a.confidence < ? AND NOT EXISTS (SELECT 1 FROM qa_scores s WHERE s.call_id = a.call_id)"
        + where
        + " ORDER BY a.confidence, c.started_at DESC NULLS LAST, a.call_id LIMIT ?",
        [below, *params, limit],
    )


def agreement(
    db: Database,
    since: datetime | None = None,
    until: datetime | None = None,
    agent_scope: str | None = None,
    criteria: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Per criterion, over calls both answered: how many, and the share where the human kept the automatic answer.

    The latest reviewed form per call counts; "partly" counts as not met (README, *Automatic QA*).
    """
    where, params = _scope(agent_scope)
    if since is not None:
        where += " AND c.started_at >= ?"
        params.append(since)
    if until is not None:
        where += " AND c.started_at < ?"
        params.append(until)
    rows = db.query(
        "WITH latest AS (SELECT r.* FROM qa_review_answers r"
        "  QUALIFY r.qa_id = max(r.qa_id) OVER (PARTITION BY r.call_id))"
        " SELECT l.criterion, count(*) AS n,"
        "  count(*) FILTER (WHERE (CASE WHEN l.answer = 'partly' THEN 'not_met' ELSE l.answer END) = l.auto_answer)"
        "   AS agreed,"
        "  count(*) FILTER (WHERE l.overridden) AS overridden"
        " FROM latest l JOIN calls c ON c.call_id = l.call_id"
        " WHERE l.auto_answer IS NOT NULL" + where + " GROUP BY l.criterion",
        params,
    )
    order = {k: i for i, k in enumerate(criteria or [])}
    for row in rows:
        row["agreement"] = row["agreed"] / row["n"] if row["n"] else None
    return sorted(rows, key=lambda r: (order.get(r["criterion"], len(order)), r["criterion"]))


def side_by_side(
    db: Database,
    since: datetime | None = None,
    until: datetime | None = None,
    agent_scope: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Calls with their automatic QA total and, where a person reviewed them, the human total (latest)."""
    where, params = _scope(agent_scope)
    if since is not None:
        where += " AND c.started_at >= ?"
        params.append(since)
    if until is not None:
        where += " AND c.started_at < ?"
        params.append(until)
    return db.query(
        "SELECT c.call_id, c.started_at, c.agent_name AS agent, c.team, e.total AS auto_total, h.total AS human_total,"
        " h.reviewer FROM qa_evaluations e JOIN calls c ON c.call_id = e.call_id"
        " LEFT JOIN (SELECT call_id, total, reviewer FROM qa_scores"
        "   QUALIFY row_number() OVER (PARTITION BY call_id ORDER BY created_at DESC, qa_id DESC) = 1) h"
        "  ON h.call_id = e.call_id WHERE TRUE"
        + where
        + " ORDER BY (h.total IS NULL), c.started_at DESC NULLS LAST, c.call_id LIMIT ?",
        [*params, limit],
    )


def qa_summary(
    db: Database, since: datetime | None = None, until: datetime | None = None, agent_scope: str | None = None
) -> dict[str, Any]:
    """How many calls have automatic QA and human QA in the period, and their mean totals."""
    where, params = _scope(agent_scope)
    if since is not None:
        where += " AND c.started_at >= ?"
        params.append(since)
    if until is not None:
        where += " AND c.started_at < ?"
        params.append(until)
    return (
        db.query_one(
            "SELECT count(e.call_id) AS auto_calls, avg(e.total) AS auto_mean,"
            " count(h.call_id) AS human_calls, avg(h.total) AS human_mean"
            " FROM qa_evaluations e JOIN calls c ON c.call_id = e.call_id"
            " LEFT JOIN (SELECT call_id, total FROM qa_scores"
            "   QUALIFY row_number() OVER (PARTITION BY call_id ORDER BY created_at DESC, qa_id DESC) = 1) h"
            "  ON h.call_id = e.call_id WHERE TRUE" + where,
            params,
        )
        or {}
    )
