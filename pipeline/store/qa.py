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
from datetime import datetime, timedelta
from typing import Any

from pipeline.records import QAEvaluation
from pipeline.store import audit, scorecard_calls
from pipeline.store.db import Database
from pipeline.store.review import MAX_NOTE_CHARS, QAForm, clean_text, qa_total, set_moment_verdict, write_setting

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
    with db.atomic():
        return write_reviewed_form(db, username, call_id, choices, reasons, comment, form)[1]


def write_reviewed_form(
    db: Database,
    username: str,
    call_id: str,
    choices: dict[str, str],
    reasons: dict[str, str],
    comment: str,
    form: QAForm,
) -> tuple[int, float]:
    """`save_reviewed_form` inside the caller's transaction; returns (qa_id, total)."""
    keys = {c.key for c in form.criteria}
    unknown = set(choices) - keys
    if unknown:
        raise ValueError(f"unknown QA criteria: {', '.join(sorted(unknown))}")
    if any(v not in REVIEW_CHOICES for v in choices.values()):
        raise ValueError(f"answers must be one of {', '.join(REVIEW_CHOICES)}")
    comment = clean_text(comment, MAX_NOTE_CHARS, field="The comment")
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
        field = f"The reason for {criterion.label}"
        reason = clean_text(reasons.get(criterion.key, ""), MAX_REASON_CHARS, field=field)
        if overridden and not reason:
            raise ValueError(f"{criterion.label}: say why you changed the automatic answer")
        rows.append([criterion.key, automatic, choice, overridden, reason if overridden else None])
        if overridden:
            overrides.append((criterion.key, automatic, choice, reason))
    points = {
        c.key: None if REVIEW_CHOICES[choices[c.key]] is None else REVIEW_CHOICES[choices[c.key]] * c.points
        for c in form.criteria
        if c.key in choices
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
    scorecard_calls.refresh(db, [call_id])  # the scorecard's QA figure for this call, in the same transaction
    db.executemany(
        "INSERT INTO qa_review_answers (qa_id, call_id, criterion, auto_answer, answer, overridden, reason,"
        " reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [[qa_id, call_id, *row, username, datetime.now()] for row in rows],
    )
    audit.log(db, username, "qa", call_id=call_id, detail={"qa_id": qa_id, "total": total, "overrides": len(overrides)})
    for key, automatic, choice, reason in overrides:
        audit.log(
            db,
            username,
            "qa_override",
            call_id=call_id,
            detail={"qa_id": qa_id, "criterion": key, "automatic": automatic, "human": choice, "reason": reason},
        )
    return qa_id, total


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


# --- agents: acknowledge and dispute; supervisors: uphold or overturn ---------------------------------

DISPUTE_WINDOW_KEY = "qa_dispute_window_days"
DEFAULT_DISPUTE_WINDOW_DAYS = 7
MAX_DISPUTE_WINDOW_DAYS = 90
AUTOMATIC = "automatic"  # who answered, when no person has reviewed the call
DISPUTE_OUTCOMES = ("upheld", "overturned")


def dispute_window_days(db: Database) -> int:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", [DISPUTE_WINDOW_KEY])
    return DEFAULT_DISPUTE_WINDOW_DAYS if value is None else int(json.loads(value))


def set_dispute_window(db: Database, username: str, days: int) -> None:
    """How many days an agent has to dispute an evaluation (admin setting, audited)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DISPUTE_WINDOW_DAYS:
        raise ValueError(f"the dispute window must be a whole number of days from 1 to {MAX_DISPUTE_WINDOW_DAYS}")
    with db.atomic():
        write_setting(db, username, DISPUTE_WINDOW_KEY, days, dispute_window_days(db))


def current_answers(db: Database, call_id: str) -> tuple[dict[str, str], str, datetime | None]:
    """The answers in effect for a call (the latest human review, else the automatic ones), who gave
    them, and when: what an agent sees and may dispute."""
    latest = db.query_one(
        "SELECT qa_id, reviewer, created_at FROM qa_scores WHERE call_id = ? ORDER BY created_at DESC, qa_id DESC"
        " LIMIT 1",
        [call_id],
    )
    if latest is not None:
        rows = db.query("SELECT criterion, answer FROM qa_review_answers WHERE qa_id = ?", [latest["qa_id"]])
        if rows:
            return {r["criterion"]: r["answer"] for r in rows}, latest["reviewer"], latest["created_at"]
    auto = db.query("SELECT criterion, answer FROM qa_answers WHERE call_id = ?", [call_id])
    when = db.scalar("SELECT evaluated_at FROM qa_evaluations WHERE call_id = ?", [call_id])
    return {r["criterion"]: r["answer"] for r in auto}, AUTOMATIC, when


def _agents_call(db: Database, call_id: str, agent_id: str) -> None:
    if not agent_id or db.scalar("SELECT agent_id FROM calls WHERE call_id = ?", [call_id]) != agent_id:
        raise ValueError("that call is not one of yours")


def agent_evaluations(db: Database, agent_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """An agent's evaluated calls, newest first: automatic and human totals, acknowledgement, disputes."""
    return db.query(
        "SELECT c.call_id, c.started_at, c.queue, e.total AS auto_total, e.evaluated_at, h.total AS human_total,"
        " h.reviewer, h.created_at AS reviewed_at,"
        " (SELECT max(acknowledged_at) FROM qa_acknowledgements k WHERE k.call_id = c.call_id) AS acknowledged_at,"
        " (SELECT count(*) FROM qa_disputes d WHERE d.call_id = c.call_id AND d.status = 'open') AS open_disputes,"
        " (SELECT count(*) FROM qa_disputes d WHERE d.call_id = c.call_id AND d.status <> 'open') AS resolved_disputes"
        " FROM calls c JOIN qa_evaluations e ON e.call_id = c.call_id"
        " LEFT JOIN (SELECT call_id, total, reviewer, created_at FROM qa_scores"
        "   QUALIFY row_number() OVER (PARTITION BY call_id ORDER BY created_at DESC, qa_id DESC) = 1) h"
        "  ON h.call_id = c.call_id"
        " WHERE c.agent_id = ? ORDER BY c.started_at DESC NULLS LAST, c.call_id LIMIT ?",
        [agent_id, limit],
    )


def agent_call_detail(db: Database, call_id: str, agent_id: str) -> dict[str, Any]:
    """One of the agent's evaluated calls: the answers in effect with the automatic evidence, the flagged
    moments they may dispute, their disputes, and until when they may dispute."""
    _agents_call(db, call_id, agent_id)
    answers, by, when = current_answers(db, call_id)
    auto = call_evaluation(db, call_id) or {"answers": {}}
    moments = db.query(
        "SELECT moment_id, kind, start_s, end_s, text FROM moments WHERE call_id = ? AND NOT coalesce(possible, false)"
        " ORDER BY start_s",
        [call_id],
    )
    disputes = db.query(
        "SELECT dispute_id, criterion, moment_id, moment_kind, answer, reason, raised_at, status, resolved_by,"
        " resolved_at, resolution_reason FROM qa_disputes WHERE call_id = ? ORDER BY raised_at DESC, dispute_id DESC",
        [call_id],
    )
    days = dispute_window_days(db)
    until = when + timedelta(days=days) if when is not None else None
    return {
        "answers": answers,
        "evaluated_by": by,
        "evaluated_at": when,
        "auto": auto["answers"],
        "moments": moments,
        "disputes": disputes,
        "dispute_until": until,
        "window_days": days,
    }


def acknowledge_evaluation(db: Database, username: str, agent_id: str, call_id: str) -> None:
    with db.atomic():
        _agents_call(db, call_id, agent_id)
        db.execute(
            "INSERT INTO qa_acknowledgements (call_id, agent_id, username, acknowledged_at) VALUES (?, ?, ?, ?)",
            [call_id, agent_id, username, datetime.now()],
        )
        audit.log(db, username, "qa_dispute", call_id=call_id, detail={"op": "acknowledged", "agent_id": agent_id})


def raise_dispute(
    db: Database,
    username: str,
    agent_id: str,
    call_id: str,
    reason: str,
    *,
    criterion: str | None = None,
    moment_id: str | None = None,
    now: datetime | None = None,
) -> int:
    """An agent disputes one criterion's answer or one flagged moment of their own call, with a reason,
    within the dispute window; returns the dispute's id."""
    if (criterion is None) == (moment_id is None):
        raise ValueError("dispute either a criterion or a moment")
    reason = clean_text(reason, MAX_REASON_CHARS, field="The reason", required=True)
    now = now or datetime.now()
    with db.atomic():
        _agents_call(db, call_id, agent_id)
        answers, by, when = current_answers(db, call_id)
        days = dispute_window_days(db)
        if when is not None and now > when + timedelta(days=days):
            raise ValueError(f"the {days}-day window to dispute this evaluation has closed")
        kind = answer = None
        if criterion is not None:
            if criterion not in answers:
                raise ValueError("that criterion was not answered on this call")
            answer = answers[criterion]
            target = "criterion = ?"
            params: list[Any] = [criterion]
        else:
            kind = db.scalar(
                "SELECT kind FROM moments WHERE moment_id = ? AND call_id = ? AND NOT coalesce(possible, false)",
                [moment_id, call_id],
            )
            if kind is None:
                raise ValueError("that moment is not flagged on this call")
            target = "moment_id = ?"
            params = [moment_id]
        if db.scalar(
            f"SELECT count(*) FROM qa_disputes WHERE call_id = ? AND status = 'open' AND {target}", [call_id, *params]
        ):
            raise ValueError("you already have an open dispute on that")
        dispute_id = int(
            db.scalar(
                "INSERT INTO qa_disputes (call_id, agent_id, raised_by, criterion, moment_id, moment_kind, answer,"
                " evaluated_by, reason, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING dispute_id",
                [call_id, agent_id, username, criterion, moment_id, kind, answer, by, reason, now],
            )
        )
        audit.log(
            db,
            username,
            "qa_dispute",
            call_id=call_id,
            detail={
                "op": "raised",
                "dispute_id": dispute_id,
                "criterion": criterion,
                "moment_id": moment_id,
                "reason": reason,
            },
        )
    return dispute_id


def open_disputes(db: Database, limit: int = 200) -> list[dict[str, Any]]:
    """Disputes waiting for a supervisor, oldest first."""
    return db.query(
        "SELECT d.dispute_id, d.call_id, d.raised_at, c.agent_name AS agent, d.agent_id, d.criterion,"
        " d.moment_kind, d.moment_id, d.answer, d.evaluated_by, d.reason"
        " FROM qa_disputes d JOIN calls c ON c.call_id = d.call_id WHERE d.status = 'open'"
        " ORDER BY d.raised_at, d.dispute_id LIMIT ?",
        [limit],
    )


def resolve_dispute(
    db: Database, username: str, dispute_id: int, outcome: str, reason: str, form: QAForm
) -> float | None:
    """Uphold or overturn a dispute, with a reason; returns the call's new QA total when it changed.

    Overturning a criterion makes it met in a new reviewed form by the resolver. Overturning a moment
    dismisses it (`review.set_moment_verdict`, so it teaches the model like any dismissal) and makes met
    the criteria whose automatic "not met" rested on that moment alone.
    """
    if outcome not in DISPUTE_OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(DISPUTE_OUTCOMES)}")
    reason = clean_text(reason, MAX_REASON_CHARS, field="The reason", required=True)
    dispute = db.query_one("SELECT * FROM qa_disputes WHERE dispute_id = ?", [dispute_id])
    if dispute is None or dispute["status"] != "open":
        raise ValueError("that dispute is no longer open")
    if outcome == "overturned" and dispute["moment_id"]:
        set_moment_verdict(db, username, dispute["moment_id"], "dismissed")  # its own transaction, audited
    total = None
    with db.atomic():
        if db.scalar("SELECT status FROM qa_disputes WHERE dispute_id = ?", [dispute_id]) != "open":
            raise ValueError("that dispute is no longer open")
        db.execute(
            "UPDATE qa_disputes SET status = ?, resolved_by = ?, resolved_at = ?, resolution_reason = ?"
            " WHERE dispute_id = ?",
            [outcome, username, datetime.now(), reason, dispute_id],
        )
        if outcome == "overturned":
            call_id = dispute["call_id"]
            answers, _, _ = current_answers(db, call_id)
            flips = [dispute["criterion"]] if dispute["criterion"] else _resting_on(db, call_id, dispute["moment_id"])
            flips = [k for k in flips if answers.get(k) not in (None, "met")]
            if flips:
                choices = {**answers, **dict.fromkeys(flips, "met")}
                auto = {
                    r["criterion"]: r["answer"]
                    for r in db.query("SELECT criterion, answer FROM qa_answers WHERE call_id = ?", [call_id])
                }
                note = f"dispute {dispute_id} overturned: {reason}"
                reasons = {k: note for k, v in choices.items() if auto.get(k) not in (None, v)}
                _, total = write_reviewed_form(db, username, call_id, choices, reasons, note, form)
        audit.log(
            db,
            username,
            "qa_dispute",
            call_id=dispute["call_id"],
            detail={"op": outcome, "dispute_id": dispute_id, "reason": reason, "new_total": total},
        )
    return total


def _resting_on(db: Database, call_id: str, moment_id: str) -> list[str]:
    """Criteria whose automatic "not met" cites this moment and nothing else."""
    moment = db.query_one("SELECT kind, start_s FROM moments WHERE moment_id = ?", [moment_id])
    if moment is None:
        return []
    keys = []
    for row in db.query(
        "SELECT criterion, evidence FROM qa_answers WHERE call_id = ? AND answer = 'not_met'", [call_id]
    ):
        evidence = json.loads(row["evidence"]) if row["evidence"] else []
        if evidence and all(
            e.get("type") == "moment"
            and e.get("kind") == moment["kind"]
            and abs(float(e.get("start") or 0) - float(moment["start_s"])) < 0.01
            for e in evidence
        ):
            keys.append(row["criterion"])
    return keys


def agent_disputes(db: Database, agent_id: str) -> list[dict[str, Any]]:
    return db.query(
        "SELECT dispute_id, call_id, criterion, moment_kind, reason, raised_at, status, resolved_by,"
        " resolution_reason FROM qa_disputes WHERE agent_id = ? ORDER BY raised_at DESC, dispute_id DESC",
        [agent_id],
    )


def dispute_rates(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Disputes and overturns per reviewer (whose answer was disputed) and per criterion or moment kind.

    The dispute rate is over the calls each reviewer evaluated (the automatic QA evaluates them all)."""
    by_reviewer = db.query(
        "WITH evaluated AS ("
        "  SELECT reviewer, count(DISTINCT call_id) AS calls FROM qa_scores GROUP BY reviewer"
        "  UNION ALL SELECT ?, count(*) FROM qa_evaluations)"
        " SELECT e.reviewer, e.calls, count(d.dispute_id) AS disputes,"
        "  count(d.dispute_id) FILTER (WHERE d.status = 'overturned') AS overturned,"
        "  count(d.dispute_id) FILTER (WHERE d.status = 'open') AS open"
        " FROM evaluated e LEFT JOIN qa_disputes d ON d.evaluated_by = e.reviewer"
        " GROUP BY e.reviewer, e.calls ORDER BY disputes DESC, e.reviewer",
        [AUTOMATIC],
    )
    by_target = db.query(
        "SELECT coalesce(criterion, 'moment: ' || moment_kind) AS target, count(*) AS disputes,"
        " count(*) FILTER (WHERE status = 'overturned') AS overturned,"
        " count(*) FILTER (WHERE status = 'open') AS open"
        " FROM qa_disputes GROUP BY 1 ORDER BY disputes DESC, target"
    )
    for row in by_reviewer:
        row["dispute_rate"] = row["disputes"] / row["calls"] if row["calls"] else None
    for row in [*by_reviewer, *by_target]:
        decided = row["disputes"] - row["open"]
        row["overturn_rate"] = row["overturned"] / decided if decided else None
    return {"by_reviewer": by_reviewer, "by_criterion": by_target}
