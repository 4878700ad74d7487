"""Read queries: the only place the CLI and the app read from DuckDB.

Every function takes a `Database` and returns plain data (dicts, lists, DataFrames). Pages call
these and render; they never write SQL of their own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import pandas as pd

from pipeline.records import LOW_SPEAKER_CONFIDENCE
from pipeline.store import search_index
from pipeline.store.db import Database


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def list_calls(db: Database) -> list[dict[str, Any]]:
    """Every stored call, oldest first, with its status (pending calls are still being ingested)."""
    rows = db.query(
        "SELECT call_id, status, started_at, agent_id, team, customer_id, queue, duration_s, error"
        " FROM calls ORDER BY started_at NULLS LAST, call_id"
    )
    for row in rows:
        row["started_at"] = _iso(row["started_at"])
    return rows


def call_detail(db: Database, call_id: str) -> dict[str, Any] | None:
    """One call as `show --json` prints it: metadata, utterances, and analysis where present."""
    call = db.query_one(
        "SELECT call_id, status, agent_id, agent_name, customer_id, team, queue, started_at, duration_s,"
        " direction, agent_channel, parent_call_id, channels, speakers_estimated, speaker_confidence, source_kind,"
        " source_path, redacted_audio_path, model, extra, warnings, error FROM calls WHERE call_id = ?",
        [call_id],
    )
    if call is None:
        return None
    confidence = call["speaker_confidence"]
    call["speaker_roles_uncertain"] = confidence is not None and confidence < LOW_SPEAKER_CONFIDENCE
    call["started_at"] = _iso(call["started_at"])
    call["extra"] = json.loads(call["extra"]) if call["extra"] else {}
    call["warnings"] = list(call["warnings"] or [])
    call["utterances"] = [
        {
            "speaker": u["speaker"],
            "start": round(u["start_s"], 2),
            "end": round(u["end_s"], 2),
            "text": u["text"],
            "sentiment": u["sentiment"],
        }
        for u in db.query(
            "SELECT speaker, start_s, end_s, text, sentiment FROM utterances WHERE call_id = ? ORDER BY idx",
            [call_id],
        )
    ]
    call["redactions"] = db.query(
        "SELECT kind, speaker, start_s AS start, end_s AS end FROM redactions WHERE call_id = ? ORDER BY start_s",
        [call_id],
    )
    analysis = db.query_one("SELECT * FROM analysis WHERE call_id = ?", [call_id])
    if analysis is not None:
        call.update(
            {
                "transfers": analysis["transfers"],
                "hold_s": analysis["hold_s"],
                "silence_s": analysis["silence_s"],
                "talk_ratio_agent": analysis["talk_ratio_agent"],
                "overtalk_s": analysis["overtalk_s"],
                "tone": json.loads(analysis["tone"]) if analysis["tone"] else {},
                "score": analysis["score"],
                "reasons": list(analysis["reasons"] or []),
                "journey_id": analysis["journey_id"],
                "contact_number": analysis["contact_number"],
                "resolved": analysis["resolved"],
            }
        )
        call["moments"] = [
            {
                "kind": m["kind"],
                "speaker": m["speaker"],
                "start": round(m["start_s"], 2),
                "end": round(m["end_s"], 2),
                "text": m["text"],
                "rule": m["rule"],
                "detail": json.loads(m["detail"]) if m["detail"] else {},
                "possible": bool(m["possible"]),
            }
            for m in db.query(
                "SELECT kind, speaker, start_s, end_s, text, rule, detail, possible FROM moments WHERE call_id = ?"
                " ORDER BY start_s",
                [call_id],
            )
        ]
    return call


# ---------------------------------------------------------------------------------------------
# The app's read queries. Every function that returns calls takes `agent_scope`: when it is set
# (an agent signed in) only that agent's calls come back, whatever else the caller asks for.
# Aggregation happens in SQL and results are capped, so pages stay fast with 100k calls.
# ---------------------------------------------------------------------------------------------

MAX_ROWS = 500
# How long after a call an untouched promise becomes overdue when the analysis gave no due date.
DEFAULT_FOLLOW_UP_DAYS = 2
# Gaps between utterances at least this long are shaded as silence on the tone timeline.
SILENCE_GAP_S = 4.0


@dataclass(frozen=True)
class CallFilters:
    """The filters a supervisor sets on a page; empty tuples mean "any"."""

    date_from: date | None = None
    date_to: date | None = None  # inclusive
    teams: tuple[str, ...] = ()
    agent_ids: tuple[str, ...] = ()
    queues: tuple[str, ...] = ()
    moment_kinds: tuple[str, ...] = ()


def _in_list(column: str, values: Sequence[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


def _call_conditions(
    filters: CallFilters | None, agent_scope: str | None, params: list[Any], alias: str = "c"
) -> list[str]:
    """WHERE conditions on a `calls` alias for the filters and the agent scope (parameters appended)."""
    conditions: list[str] = []
    if agent_scope is not None:
        conditions.append(f"{alias}.agent_id = ?")
        params.append(agent_scope)
    if filters is None:
        return conditions
    if filters.date_from is not None:
        conditions.append(f"{alias}.started_at >= ?")
        params.append(datetime.combine(filters.date_from, time.min))
    if filters.date_to is not None:
        conditions.append(f"{alias}.started_at < ?")
        params.append(datetime.combine(filters.date_to + timedelta(days=1), time.min))
    if filters.teams:
        conditions.append(_in_list(f"{alias}.team", filters.teams, params))
    if filters.agent_ids:
        conditions.append(_in_list(f"{alias}.agent_id", filters.agent_ids, params))
    if filters.queues:
        conditions.append(_in_list(f"{alias}.queue", filters.queues, params))
    if filters.moment_kinds:
        conditions.append(
            f"EXISTS (SELECT 1 FROM moments fm WHERE fm.call_id = {alias}.call_id AND NOT fm.possible AND "
            + _in_list("fm.kind", filters.moment_kinds, params)
            + ")"
        )
    return conditions


def _where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


def app_status(db: Database) -> dict[str, Any]:
    """Calls stored by status and the ingest in progress, for the one-line status under the name."""
    counts = {row["status"]: row["n"] for row in db.query("SELECT status, count(*) AS n FROM calls GROUP BY status")}
    running = db.query_one(
        "SELECT run_id, n_total, n_ingested + n_updated + n_skipped + n_failed AS n_done, started_at"
        " FROM ingest_runs WHERE status = 'running' ORDER BY started_at DESC LIMIT 1"
    )
    return {
        "ready": int(counts.get("ready", 0)),
        "pending": int(counts.get("pending", 0)),
        "failed": int(counts.get("failed", 0)),
        "running": running,
    }


def filter_options(db: Database, agent_scope: str | None = None) -> dict[str, Any]:
    """What the filter widgets offer: teams, agents, queues and the date span of stored calls."""
    params: list[Any] = []
    where = _where(["c.status = 'ready'", *_call_conditions(None, agent_scope, params)])
    span = db.query_one(f"SELECT min(c.started_at) AS first, max(c.started_at) AS last FROM calls c{where}", params)
    agents = db.query(
        "SELECT c.agent_id, any_value(coalesce(c.agent_name, c.agent_id)) AS agent_name, any_value(c.team) AS team,"
        f" count(*) AS n_calls FROM calls c{where} AND c.agent_id IS NOT NULL GROUP BY c.agent_id ORDER BY agent_name",
        params,
    )
    teams = [
        r["team"]
        for r in db.query(f"SELECT DISTINCT c.team FROM calls c{where} AND c.team IS NOT NULL ORDER BY 1", params)
    ]
    queues = [
        r["queue"]
        for r in db.query(f"SELECT DISTINCT c.queue FROM calls c{where} AND c.queue IS NOT NULL ORDER BY 1", params)
    ]
    kinds = [r["kind"] for r in db.query("SELECT DISTINCT kind FROM moments ORDER BY 1")]
    return {
        "first": span["first"] if span else None,
        "last": span["last"] if span else None,
        "agents": agents,
        "teams": teams,
        "queues": queues,
        "moment_kinds": kinds,
    }


def worst_calls(
    db: Database, filters: CallFilters, agent_scope: str | None = None, limit: int = 200
) -> tuple[pd.DataFrame, int]:
    """The ranked queue: analysed calls by worst-call score (highest first), with reasons; and the total."""
    params: list[Any] = []
    where = _where(["c.status = 'ready'", *_call_conditions(filters, agent_scope, params)])
    total = int(db.scalar(f"SELECT count(*) FROM calls c JOIN analysis a ON a.call_id = c.call_id{where}", params))
    frame = db.df(
        "WITH top AS ("
        " SELECT c.call_id, c.started_at, coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue,"
        " c.duration_s, a.score, a.reasons, a.transfers, a.ended_negative, a.contact_number"
        f" FROM calls c JOIN analysis a ON a.call_id = c.call_id{where}"
        " ORDER BY a.score DESC NULLS LAST, c.started_at DESC, c.call_id LIMIT ?)"
        " SELECT top.*, (SELECT string_agg(DISTINCT m.kind, ', ' ORDER BY m.kind) FROM moments m"
        "  WHERE m.call_id = top.call_id AND NOT m.possible) AS moment_kinds"
        " FROM top ORDER BY score DESC NULLS LAST, started_at DESC, call_id",
        [*params, min(limit, MAX_ROWS)],
    )
    frame["reasons"] = frame["reasons"].map(lambda r: "; ".join(r) if r is not None and len(r) else "")
    return frame, total


def moment_kind_counts(db: Database, filters: CallFilters, agent_scope: str | None = None) -> pd.DataFrame:
    """How many filtered calls show each kind of moment (the bar chart above the queue)."""
    params: list[Any] = []
    where = _where(["c.status = 'ready'", "NOT m.possible", *_call_conditions(filters, agent_scope, params)])
    return db.df(
        "SELECT m.kind, count(DISTINCT m.call_id) AS calls, count(*) AS moments"
        f" FROM moments m JOIN calls c ON c.call_id = m.call_id{where} GROUP BY m.kind ORDER BY calls DESC, m.kind",
        params,
    )


def random_sample(
    db: Database,
    date_from: date | None,
    date_to: date | None,
    n: int,
    seed: int,
    agent_scope: str | None = None,
) -> pd.DataFrame:
    """Calls drawn at random from the period, ignoring every other filter: nobody picks what is heard.

    The draw is a hash of the call id and a seed, so it is stable until someone asks for a new one.
    """
    params: list[Any] = []
    filters = CallFilters(date_from=date_from, date_to=date_to)
    where = _where(["c.status = 'ready'", *_call_conditions(filters, agent_scope, params)])
    return db.df(
        "SELECT c.call_id, c.started_at, coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue,"
        f" c.duration_s, a.score FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id{where}"
        " ORDER BY hash(c.call_id || ?::VARCHAR), c.call_id LIMIT ?",
        [*params, str(seed), n],
    )


def call_in_scope(db: Database, call_id: str, agent_scope: str | None) -> bool:
    params: list[Any] = [call_id]
    conditions = ["c.call_id = ?", *_call_conditions(None, agent_scope, params)]
    return bool(db.scalar(f"SELECT count(*) FROM calls c{_where(conditions)}", params))


def review_call(db: Database, call_id: str, agent_scope: str | None = None) -> dict[str, Any] | None:
    """Everything the review page shows for one call; None when it is absent or outside the scope."""
    params: list[Any] = [call_id]
    conditions = ["c.call_id = ?", *_call_conditions(None, agent_scope, params)]
    call = db.query_one(
        "SELECT c.call_id, c.status, c.error, c.agent_id, coalesce(c.agent_name, c.agent_id) AS agent, c.team,"
        " c.customer_id, c.queue, c.started_at, c.duration_s, c.direction, c.channels, c.speakers_estimated,"
        " c.speaker_confidence, c.source_kind, c.source_path, c.redacted_audio_path, c.warnings, c.extra,"
        " c.parent_call_id,"
        " a.score, a.reasons, a.transfers, a.hold_s, a.silence_s, a.talk_ratio_agent, a.overtalk_s,"
        " a.customer_start, a.customer_end, a.ended_negative, a.tone, a.journey_id, a.contact_number, a.resolved"
        f" FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id{_where(conditions)}",
        params,
    )
    if call is None:
        return None
    call["reasons"] = list(call["reasons"] or [])
    call["warnings"] = list(call["warnings"] or [])
    call["extra"] = json.loads(call["extra"]) if call["extra"] else {}
    call["tone"] = json.loads(call["tone"]) if call["tone"] else {}
    call["utterances"] = db.query(
        "SELECT idx, speaker, start_s, end_s, text, sentiment FROM utterances WHERE call_id = ? ORDER BY idx",
        [call_id],
    )
    call["moments"] = db.query(
        "SELECT m.moment_id, m.kind, m.rule, m.speaker, m.start_s, m.end_s, m.text, m.possible,"
        " TRY_CAST(json_extract(m.detail, '$.probability') AS DOUBLE) AS probability,"
        " (SELECT arg_max(r.verdict, r.reviewed_at) FROM moment_reviews r WHERE r.moment_id = m.moment_id) AS verdict"
        " FROM moments m WHERE m.call_id = ? ORDER BY m.start_s, m.kind",
        [call_id],
    )
    call["redactions"] = db.query(
        "SELECT kind, speaker, start_s, end_s FROM redactions WHERE call_id = ? ORDER BY start_s", [call_id]
    )
    return call


def call_notes(db: Database, call_id: str) -> list[dict[str, Any]]:
    return db.query(
        "SELECT note_id, author, body, created_at FROM notes WHERE call_id = ? ORDER BY created_at DESC, note_id DESC",
        [call_id],
    )


def call_qa_scores(db: Database, call_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT qa_id, reviewer, answers, total, comment, created_at FROM qa_scores WHERE call_id = ?"
        " ORDER BY created_at DESC, qa_id DESC",
        [call_id],
    )
    for row in rows:
        row["answers"] = json.loads(row["answers"]) if row["answers"] else {}
    return rows


def customer_calls(
    db: Database, customer_id: str | None, agent_scope: str | None = None, limit: int = 50
) -> pd.DataFrame:
    """The customer's calls in order (the journey panel of the review page)."""
    if not customer_id:
        return pd.DataFrame(columns=["call_id", "started_at", "agent", "team", "queue", "score", "transfers"])
    params: list[Any] = [customer_id]
    conditions = ["c.customer_id = ?", *_call_conditions(None, agent_scope, params)]
    return db.df(
        "SELECT c.call_id, c.started_at, coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue, c.status,"
        " a.score, a.transfers, a.contact_number, a.resolved"
        f" FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id{_where(conditions)}"
        " ORDER BY c.started_at NULLS LAST, c.call_id LIMIT ?",
        [*params, limit],
    )


def escape_like(text: str) -> str:
    """A literal for ILIKE: the wildcards and the escape character itself lose their meaning."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


SEARCH_COLUMNS = ["call_id", "start_s", "end_s", "speaker", "text", "score", "started_at", "agent", "team", "queue"]


def search_transcripts(
    db: Database,
    text: str,
    filters: CallFilters | None = None,
    speaker: str | None = None,
    agent_scope: str | None = None,
    limit: int = 100,
) -> tuple[pd.DataFrame, str]:
    """Utterances matching `text`, best first, and how they were found ("ranked" or "substring").

    Ranking is BM25 over the full-text index the writer keeps (`search_index`); without the index, a plain
    case-insensitive substring match (newest first) stands in. A moment-kind filter keeps
    utterances that overlap a moment of that kind. With no text but a moment kind, the moments
    themselves are listed.
    """
    text = text.strip()
    filters = filters or CallFilters()
    call_params: list[Any] = []
    filter_conditions = _call_conditions(replace(filters, moment_kinds=()), agent_scope, call_params)
    call_conditions = ["c.status = 'ready'", *filter_conditions]
    utterance_params: list[Any] = []
    utterance_conditions: list[str] = []
    if speaker:
        utterance_conditions.append("u.speaker = ?")
        utterance_params.append(speaker)
    if filters.moment_kinds:
        utterance_conditions.append(
            "EXISTS (SELECT 1 FROM moments sm WHERE sm.call_id = u.call_id AND NOT sm.possible AND sm.start_s < u.end_s"
            " AND sm.end_s > u.start_s AND " + _in_list("sm.kind", filters.moment_kinds, utterance_params) + ")"
        )
    conditions = [*call_conditions, *utterance_conditions]
    params = [*call_params, *utterance_params]
    select = (
        "SELECT u.call_id, u.start_s, u.end_s, u.speaker, u.text, {score} AS score, c.started_at,"
        " coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue"
    )
    limit = min(limit, MAX_ROWS)
    if not text:
        if not filters.moment_kinds:
            return pd.DataFrame(columns=SEARCH_COLUMNS), "none"
        return _moments_as_hits(db, filters, speaker, agent_scope, limit), "moments"
    if search_index.is_complete(db):
        # The best hits are picked from the index alone; the transcripts are read for those only.
        hits = search_index.ranked_hits(
            db, text, limit, call_conditions=filter_conditions, call_params=call_params, speaker=speaker,
            moment_kinds=filters.moment_kinds,
        )
        if hits:
            frame = db.df(
                "WITH top AS (SELECT unnest(?::VARCHAR[]) AS call_id, unnest(?::INTEGER[]) AS idx,"
                " unnest(?::DOUBLE[]) AS score, unnest(?::INTEGER[]) AS rank) "
                + select.format(score="t.score")
                + " FROM top t JOIN utterances u ON u.call_id = t.call_id AND u.idx = t.idx"
                " JOIN calls c ON c.call_id = u.call_id ORDER BY t.rank",
                [[h.call_id for h in hits], [h.idx for h in hits], [h.score for h in hits], list(range(len(hits)))],
            )
            return frame, "ranked"
        if not search_index.could_contain(db, text):  # a word no transcript has: nothing to scan for
            return pd.DataFrame(columns=SEARCH_COLUMNS), "substring"
    # No index, or the index knows none of the words (stop words, a fragment of a word): substring match.
    frame = db.df(
        select.format(score="NULL::DOUBLE")
        + " FROM utterances u JOIN calls c ON c.call_id = u.call_id"
        + _where([*conditions, "u.text ILIKE ? ESCAPE '\\'"])
        + " ORDER BY c.started_at DESC, u.call_id, u.start_s LIMIT ?",
        [*params, f"%{escape_like(text)}%", limit],
    )
    return frame, "substring"


def _moments_as_hits(
    db: Database, filters: CallFilters, speaker: str | None, agent_scope: str | None, limit: int
) -> pd.DataFrame:
    params: list[Any] = []
    conditions = ["c.status = 'ready'", *_call_conditions(replace(filters, moment_kinds=()), agent_scope, params)]
    conditions.append(_in_list("m.kind", filters.moment_kinds, params))
    conditions.append("NOT m.possible")
    if speaker:
        conditions.append("m.speaker = ?")
        params.append(speaker)
    return db.df(
        "SELECT m.call_id, m.start_s, m.end_s, m.speaker, m.text, NULL::DOUBLE AS score, c.started_at,"
        " coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue"
        f" FROM moments m JOIN calls c ON c.call_id = m.call_id{_where(conditions)}"
        " ORDER BY c.started_at DESC, m.call_id, m.start_s LIMIT ?",
        [*params, limit],
    )


FOLLOW_UP_STATUSES = ("open", "overdue", "done", "missed")


def follow_ups(
    db: Database,
    now: datetime,
    statuses: Sequence[str] = ("open", "overdue"),
    filters: CallFilters | None = None,
    agent_scope: str | None = None,
    limit: int = MAX_ROWS,
) -> pd.DataFrame:
    """Every follow_up_promise moment as a task: the stored task row where one exists, else open.

    A task is overdue when it is still open after its due date (the analysis's, else the call's
    date plus DEFAULT_FOLLOW_UP_DAYS). Overdue ones come first.
    """
    tasks, task_params = _follow_up_tasks(now, filters, agent_scope)
    wanted = [s for s in statuses if s in FOLLOW_UP_STATUSES]
    status_filter = ""
    status_params: list[Any] = []
    if wanted and set(wanted) != set(FOLLOW_UP_STATUSES):
        status_filter = " WHERE " + _in_list("status", wanted, status_params)
    return db.df(
        f"SELECT * FROM ({tasks}) s{status_filter}"
        " ORDER BY (status = 'overdue') DESC, (status = 'open') DESC, due_at, moment_id LIMIT ?",
        [*task_params, *status_params, min(limit, MAX_ROWS)],
    )


def _follow_up_tasks(now: datetime, filters: CallFilters | None, agent_scope: str | None) -> tuple[str, list[Any]]:
    """SQL (and its parameters) of every follow-up task with its status as of `now`."""
    condition_params: list[Any] = []
    conditions = [
        "m.kind = 'follow_up_promise'",
        "NOT m.possible",
        *_call_conditions(filters, agent_scope, condition_params),
    ]
    tasks = (
        "SELECT m.moment_id, m.call_id, m.start_s, m.text AS promise, c.started_at AS call_at,"
        " coalesce(f.agent_id, c.agent_id) AS agent_id, coalesce(c.agent_name, c.agent_id) AS agent, c.team,"
        " coalesce(f.due_at, TRY_CAST(json_extract_string(m.detail, '$.due_at') AS TIMESTAMP),"
        "  c.started_at + to_days(?::INTEGER)) AS due_at,"
        " coalesce(f.status, 'open') AS stored_status, f.closed_by, f.closed_at, f.note"
        " FROM moments m JOIN calls c ON c.call_id = m.call_id LEFT JOIN follow_ups f ON f.moment_id = m.moment_id"
        + _where(conditions)
    )
    # Parameters bind in textual order: `now` (outer CASE), then the inner query's.
    return (
        "SELECT *, CASE WHEN stored_status = 'open' AND due_at < ? THEN 'overdue'"
        f" ELSE stored_status END AS status FROM ({tasks}) t",
        [now, DEFAULT_FOLLOW_UP_DAYS, *condition_params],
    )


def follow_up_counts(db: Database, now: datetime, agent_scope: str | None = None) -> dict[str, int]:
    """How many follow-ups are in each status (all of them, not only the ones a page lists)."""
    tasks, params = _follow_up_tasks(now, None, agent_scope)
    counts = {r["status"]: r["n"] for r in db.query(f"SELECT status, count(*) AS n FROM ({tasks}) s GROUP BY 1",
                                                     params)}
    return {status: int(counts.get(status, 0)) for status in FOLLOW_UP_STATUSES}


def journeys(db: Database, filters: CallFilters | None = None, min_calls: int = 2, limit: int = 200) -> pd.DataFrame:
    """Customers who needed several calls, transfers or departments, worst first.

    "Worst" is the customer's effort: calls, plus transfers, plus extra departments, plus two when
    the journey ended unresolved.
    """
    params: list[Any] = [min_calls]
    conditions = ["(j.n_calls >= ? OR coalesce(j.n_transfers, 0) > 0)"]
    if filters is not None and filters.date_from is not None:
        conditions.append("j.ended_at >= ?")
        params.append(datetime.combine(filters.date_from, time.min))
    if filters is not None and filters.date_to is not None:
        conditions.append("j.started_at < ?")
        params.append(datetime.combine(filters.date_to + timedelta(days=1), time.min))
    if filters is not None and (filters.teams or filters.agent_ids or filters.queues):
        call_params: list[Any] = []
        call_conditions = _call_conditions(replace(filters, date_from=None, date_to=None), None, call_params)
        conditions.append(
            "EXISTS (SELECT 1 FROM analysis ja JOIN calls c ON c.call_id = ja.call_id"
            f" WHERE ja.journey_id = j.journey_id AND {' AND '.join(call_conditions)})"
        )
        params.extend(call_params)
    return db.df(
        "SELECT j.journey_id, j.customer_id, j.started_at, j.ended_at, j.n_calls, j.n_agents, j.n_teams,"
        " j.n_transfers, j.resolved,"
        " j.n_calls + coalesce(j.n_transfers, 0) + greatest(coalesce(j.n_teams, 1) - 1, 0)"
        "  + CASE WHEN coalesce(j.resolved, false) THEN 0 ELSE 2 END AS effort,"
        " (SELECT max(a.score) FROM analysis a WHERE a.journey_id = j.journey_id) AS worst_score"
        f" FROM journeys j{_where(conditions)}"
        " ORDER BY effort DESC, worst_score DESC NULLS LAST, j.ended_at DESC, j.journey_id LIMIT ?",
        [*params, min(limit, MAX_ROWS)],
    )


def journey_calls(db: Database, journey_id: str, agent_scope: str | None = None) -> pd.DataFrame:
    """The calls of one journey in order."""
    params: list[Any] = [journey_id, journey_id]
    conditions = [
        "(a.journey_id = ? OR c.call_id IN (SELECT unnest(call_ids) FROM journeys WHERE journey_id = ?))",
        *_call_conditions(None, agent_scope, params),
    ]
    return db.df(
        "SELECT c.call_id, c.started_at, coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue,"
        " c.duration_s, a.score, a.transfers, a.contact_number, a.reasons, a.ended_negative"
        f" FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id{_where(conditions)}"
        " ORDER BY c.started_at NULLS LAST, c.call_id",
        params,
    )


# --- coaching ---------------------------------------------------------------------------------


def coaching_sessions(db: Database, agent_scope: str | None = None) -> pd.DataFrame:
    """Sessions newest first with clip and assignment counts; an agent sees only theirs."""
    params: list[Any] = []
    where = ""
    if agent_scope is not None:
        where = " WHERE s.session_id IN (SELECT session_id FROM coaching_assignments WHERE agent_id = ?)"
        params.append(agent_scope)
    return db.df(
        "SELECT s.session_id, s.title, s.created_by, s.created_at, s.notes,"
        " (SELECT count(*) FROM coaching_clips k WHERE k.session_id = s.session_id) AS n_clips,"
        " (SELECT count(*) FROM coaching_assignments x WHERE x.session_id = s.session_id) AS n_assigned,"
        " (SELECT count(x.acknowledged_at) FROM coaching_assignments x WHERE x.session_id = s.session_id)"
        "  AS n_acknowledged"
        f" FROM coaching_sessions s{where} ORDER BY s.created_at DESC, s.session_id DESC",
        params,
    )


def coaching_session(db: Database, session_id: int, agent_scope: str | None = None) -> dict[str, Any] | None:
    """A session with its clips (transcript excerpt of each) and assignments; None if absent or not assigned."""
    params: list[Any] = [session_id]
    where = " WHERE s.session_id = ?"
    if agent_scope is not None:
        where += " AND s.session_id IN (SELECT session_id FROM coaching_assignments WHERE agent_id = ?)"
        params.append(agent_scope)
    session = db.query_one(f"SELECT s.* FROM coaching_sessions s{where}", params)
    if session is None:
        return None
    session["clips"] = db.query(
        "SELECT k.clip_id, k.call_id, k.start_s, k.end_s, k.behaviour, k.talking_points, k.position,"
        " c.started_at, coalesce(c.agent_name, c.agent_id) AS agent, c.agent_id, c.team, c.redacted_audio_path"
        " FROM coaching_clips k LEFT JOIN calls c ON c.call_id = k.call_id WHERE k.session_id = ?"
        " ORDER BY k.position NULLS LAST, k.clip_id",
        [session_id],
    )
    for clip in session["clips"]:
        clip["excerpt"] = db.query(
            "SELECT speaker, start_s, end_s, text FROM utterances WHERE call_id = ? AND start_s < ? AND end_s > ?"
            " ORDER BY idx",
            [clip["call_id"], clip["end_s"], clip["start_s"]],
        )
    assign_params: list[Any] = [session_id]
    assign_where = " WHERE x.session_id = ?"
    if agent_scope is not None:
        assign_where += " AND x.agent_id = ?"
        assign_params.append(agent_scope)
    session["assignments"] = db.query(
        "SELECT x.agent_id, (SELECT any_value(coalesce(c.agent_name, c.agent_id)) FROM calls c"
        "  WHERE c.agent_id = x.agent_id) AS agent, x.assigned_at, x.acknowledged_at, x.trainer_notes"
        f" FROM coaching_assignments x{assign_where} ORDER BY agent, x.agent_id",
        assign_params,
    )
    return session


def agents(db: Database) -> list[dict[str, Any]]:
    """Every agent who has calls: id, name, team."""
    return db.query(
        "SELECT agent_id, any_value(coalesce(agent_name, agent_id)) AS agent_name, any_value(team) AS team,"
        " count(*) AS n_calls FROM calls WHERE agent_id IS NOT NULL GROUP BY agent_id ORDER BY agent_name, agent_id"
    )


def agent_behaviours(db: Database, agent_id: str, date_from: date | None, date_to: date | None) -> pd.DataFrame:
    """Per moment kind: the agent's rate (calls showing it per 100 calls) beside their team's."""
    params: list[Any] = [agent_id]
    filters = CallFilters(date_from=date_from, date_to=date_to)
    period = _call_conditions(filters, None, params)
    period_sql = (" AND " + " AND ".join(period)) if period else ""
    team_params: list[Any] = [agent_id]
    team_period = _call_conditions(filters, None, team_params)
    team_period_sql = (" AND " + " AND ".join(team_period)) if team_period else ""
    return db.df(
        "WITH mine AS (SELECT c.call_id FROM calls c WHERE c.status = 'ready' AND c.agent_id = ?" + period_sql + "),"
        " team AS (SELECT c.call_id FROM calls c WHERE c.status = 'ready' AND c.team ="
        "  (SELECT any_value(team) FROM calls WHERE agent_id = ?)" + team_period_sql + "),"
        " mine_kinds AS (SELECT m.kind, count(DISTINCT m.call_id) AS calls, count(*) AS moments"
        "  FROM moments m JOIN mine USING (call_id) WHERE NOT m.possible GROUP BY m.kind),"
        " team_kinds AS (SELECT m.kind, count(DISTINCT m.call_id) AS calls FROM moments m JOIN team USING (call_id)"
        "  WHERE NOT m.possible GROUP BY m.kind)"
        " SELECT coalesce(mk.kind, tk.kind) AS kind, coalesce(mk.calls, 0) AS calls,"
        " coalesce(mk.moments, 0) AS moments,"
        " 100.0 * coalesce(mk.calls, 0) / nullif((SELECT count(*) FROM mine), 0) AS rate,"
        " 100.0 * coalesce(tk.calls, 0) / nullif((SELECT count(*) FROM team), 0) AS team_rate,"
        " (SELECT count(*) FROM mine) AS n_calls"
        " FROM mine_kinds mk FULL OUTER JOIN team_kinds tk ON tk.kind = mk.kind"
        " ORDER BY rate DESC NULLS LAST, kind",
        [*params, *team_params],
    )


def agent_weekly_rates(db: Database, agent_id: str, kinds: Sequence[str]) -> pd.DataFrame:
    """Week by week, the share of the agent's calls (per 100) that show each kind."""
    if not kinds:
        return pd.DataFrame(columns=["week", "kind", "rate", "calls"])
    params: list[Any] = [agent_id]
    kind_sql = _in_list("m.kind", kinds, params)
    return db.df(
        "WITH weeks AS (SELECT date_trunc('week', started_at) AS week, count(*) AS n FROM calls"
        "  WHERE status = 'ready' AND agent_id = ? AND started_at IS NOT NULL GROUP BY 1),"
        " hits AS (SELECT date_trunc('week', c.started_at) AS week, m.kind, count(DISTINCT m.call_id) AS calls"
        "  FROM moments m JOIN calls c ON c.call_id = m.call_id"
        f"  WHERE c.agent_id = ? AND NOT m.possible AND {kind_sql} GROUP BY 1, 2)"
        " SELECT w.week, k.kind, coalesce(h.calls, 0) AS calls, 100.0 * coalesce(h.calls, 0) / w.n AS rate"
        " FROM weeks w CROSS JOIN (SELECT unnest(?::VARCHAR[]) AS kind) k"
        " LEFT JOIN hits h ON h.week = w.week AND h.kind = k.kind ORDER BY w.week, k.kind",
        [agent_id, *params, list(kinds)],
    )


def agent_coaching(db: Database, agent_id: str) -> pd.DataFrame:
    """The sessions assigned to an agent, with their date (the pivot for before/after)."""
    return db.df(
        "SELECT s.session_id, s.title, x.assigned_at, x.acknowledged_at,"
        " (SELECT string_agg(DISTINCT k.behaviour, ', ') FROM coaching_clips k WHERE k.session_id = s.session_id)"
        "  AS behaviours"
        " FROM coaching_assignments x JOIN coaching_sessions s ON s.session_id = x.session_id"
        " WHERE x.agent_id = ? ORDER BY x.assigned_at DESC",
        [agent_id],
    )


def before_after(db: Database, agent_id: str, pivot: datetime, window_days: int = 30) -> pd.DataFrame:
    """Per kind: the agent's rate (per 100 calls) in the window before the pivot and the one after."""
    start = pivot - timedelta(days=window_days)
    end = pivot + timedelta(days=window_days)
    return db.df(
        "WITH periods AS (SELECT call_id, CASE WHEN started_at < ? THEN 'before' ELSE 'after' END AS period"
        "  FROM calls WHERE status = 'ready' AND agent_id = ? AND started_at >= ? AND started_at < ?),"
        " sizes AS (SELECT period, count(*) AS n FROM periods GROUP BY period),"
        " hits AS (SELECT m.kind, p.period, count(DISTINCT m.call_id) AS calls FROM moments m"
        "  JOIN periods p ON p.call_id = m.call_id WHERE NOT m.possible GROUP BY 1, 2)"
        " SELECT k.kind,"
        " 100.0 * coalesce(max(CASE WHEN h.period = 'before' THEN h.calls END), 0)"
        "  / nullif((SELECT n FROM sizes WHERE period = 'before'), 0) AS before_rate,"
        " 100.0 * coalesce(max(CASE WHEN h.period = 'after' THEN h.calls END), 0)"
        "  / nullif((SELECT n FROM sizes WHERE period = 'after'), 0) AS after_rate,"
        " coalesce((SELECT n FROM sizes WHERE period = 'before'), 0) AS calls_before,"
        " coalesce((SELECT n FROM sizes WHERE period = 'after'), 0) AS calls_after"
        " FROM (SELECT DISTINCT kind FROM hits) k LEFT JOIN hits h ON h.kind = k.kind GROUP BY k.kind ORDER BY k.kind",
        [pivot, agent_id, start, end],
    )


def agent_moments(db: Database, agent_id: str, kind: str, limit: int = 50) -> pd.DataFrame:
    """The agent's most recent moments of one kind: the clips that show the behaviour."""
    return db.df(
        "SELECT m.moment_id, m.call_id, m.start_s, m.end_s, m.text, m.rule, c.started_at"
        " FROM moments m JOIN calls c ON c.call_id = m.call_id WHERE c.agent_id = ? AND m.kind = ? AND NOT m.possible"
        " ORDER BY c.started_at DESC, m.start_s LIMIT ?",
        [agent_id, kind, limit],
    )


def agent_calls(db: Database, agent_id: str, limit: int = 200) -> pd.DataFrame:
    """An agent's own calls, newest first (My calls)."""
    return db.df(
        "SELECT c.call_id, c.started_at, c.status, c.queue, c.duration_s, a.score, a.reasons,"
        " (SELECT count(*) FROM moments m WHERE m.call_id = c.call_id AND NOT m.possible) AS n_moments"
        " FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id WHERE c.agent_id = ?"
        " ORDER BY c.started_at DESC NULLS LAST, c.call_id LIMIT ?",
        [agent_id, min(limit, MAX_ROWS)],
    )


# --- admin ------------------------------------------------------------------------------------


def list_users(db: Database) -> pd.DataFrame:
    return db.df(
        "SELECT username, role, agent_id, email, disabled, failed_attempts, locked_until, created_at"
        " FROM users ORDER BY role, username"
    )


def user_record(db: Database, username: str) -> dict[str, Any] | None:
    return db.query_one("SELECT username, role, agent_id, disabled FROM users WHERE username = ?", [username])


def audit_entries(
    db: Database,
    username: str | None = None,
    action: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    call_id: str | None = None,
    limit: int | None = 1000,
) -> pd.DataFrame:
    """The audit trail, newest first, filtered; `limit=None` for the full CSV export."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, value in (("username", username), ("action", action), ("call_id", call_id)):
        if value:
            conditions.append(f"{column} = ?")
            params.append(value)
    if date_from is not None:
        conditions.append("logged_at >= ?")
        params.append(datetime.combine(date_from, time.min))
    if date_to is not None:
        conditions.append("logged_at < ?")
        params.append(datetime.combine(date_to + timedelta(days=1), time.min))
    sql = f"SELECT audit_id, logged_at, username, action, call_id, detail FROM audit_log{_where(conditions)}"
    sql += " ORDER BY logged_at DESC, audit_id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return db.df(sql, params)


def audit_facets(db: Database) -> dict[str, list[str]]:
    return {
        "users": [
            r["username"]
            for r in db.query("SELECT DISTINCT username FROM audit_log WHERE username IS NOT NULL ORDER BY 1")
        ],
        "actions": [r["action"] for r in db.query("SELECT DISTINCT action FROM audit_log ORDER BY 1")],
    }


def rule_feedback(db: Database) -> pd.DataFrame:
    """Per rule: detections, and the supervisors' latest verdicts (dismissals are how rules get tuned)."""
    return db.df(
        "WITH latest AS (SELECT moment_id, arg_max(verdict, reviewed_at) AS verdict FROM moment_reviews"
        "  GROUP BY moment_id),"
        " rules AS (SELECT m.kind, m.rule, count(*) AS detected,"
        "  count(*) FILTER (WHERE l.verdict = 'confirmed') AS confirmed,"
        "  count(*) FILTER (WHERE l.verdict = 'dismissed') AS dismissed"
        "  FROM moments m LEFT JOIN latest l ON l.moment_id = m.moment_id GROUP BY m.kind, m.rule)"
        " SELECT *, 100.0 * dismissed / nullif(confirmed + dismissed, 0) AS dismissal_rate FROM rules"
        " ORDER BY dismissed DESC, detected DESC, kind, rule"
    )


def verdict_precision_by_week(db: Database) -> pd.DataFrame:
    """Per kind and week: the share of reviewed flags supervisors confirmed, and the moments they added.

    Each moment's latest verdict counts, in the week it was given; rises and falls show whether a
    retrained model or a rules change made the flags more trustworthy.
    """
    return db.df(
        "WITH latest AS (SELECT moment_id, kind, arg_max(verdict, reviewed_at) AS verdict,"
        "  max(reviewed_at) AS reviewed_at FROM moment_reviews GROUP BY moment_id, kind)"
        " SELECT date_trunc('week', reviewed_at)::DATE AS week, kind,"
        "  count(*) FILTER (WHERE verdict = 'confirmed') AS confirmed,"
        "  count(*) FILTER (WHERE verdict = 'dismissed') AS dismissed,"
        "  count(*) FILTER (WHERE verdict = 'added') AS added,"
        "  count(*) FILTER (WHERE verdict = 'confirmed') / nullif(count(*) FILTER (WHERE verdict <> 'added'), 0)"
        "   AS precision"
        " FROM latest GROUP BY ALL ORDER BY week, kind"
    )


def dismissals_by_source(db: Database) -> pd.DataFrame:
    """Which detector (rule id, semantic matcher, learned model) and which rules version raised the
    flags supervisors dismissed: where to edit the rules, or what a retraining should learn from."""
    return db.df(
        "WITH latest AS (SELECT moment_id, kind, rule, arg_max(rules_version, reviewed_at) AS rules_version,"
        "  arg_max(verdict, reviewed_at) AS verdict FROM moment_reviews GROUP BY moment_id, kind, rule)"
        " SELECT kind, rule, coalesce(rules_version, '–') AS rules_version, count(*) AS dismissed"
        " FROM latest WHERE verdict = 'dismissed' GROUP BY ALL ORDER BY dismissed DESC, kind, rule"
    )


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", [key])
    return default if value is None else json.loads(value)
