"""Writing calls: the single writer's side of ingest and analysis.

Each function takes a `Database` and does one unit of work; `save_call` writes a whole call
(metadata, utterances, redactions, analysis, moments) inside one transaction so that a crash
leaves either the finished call or nothing. `save_calls` does the same for a batch of finished
calls (the cluster ingest's writer: one session and one transaction for several calls); upkeep that
must happen with every stored call belongs inside that same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment
from pipeline.store import scorecard_calls, search_index
from pipeline.store.db import Database
from pipeline.store.qa import write_evaluation

META_COLUMNS = (
    "agent_id",
    "agent_name",
    "team",
    "customer_id",
    "queue",
    "started_at",
    "direction",
    "agent_channel",
    "parent_call_id",
)


def _meta_values(meta: CallMeta) -> list[Any]:
    return [getattr(meta, name) for name in META_COLUMNS] + [json.dumps(meta.extra, sort_keys=True)]


def known_hashes(db: Database) -> dict[str, str]:
    """content_hash -> call_id for every stored (ready) call."""
    rows = db.execute(
        "SELECT content_hash, call_id FROM calls WHERE status = 'ready' AND content_hash IS NOT NULL"
    ).fetchall()
    return dict(rows)


def stored_hashes(db: Database, hashes: list[str]) -> dict[str, str]:
    """content_hash -> call_id for those of `hashes` that a stored (ready) call has: one indexed lookup
    per batch, so planning a run never loads the archive's every hash into memory."""
    if not hashes:
        return {}
    rows = db.execute(
        "SELECT content_hash, call_id FROM calls WHERE status = 'ready'"
        " AND content_hash IN (SELECT unnest(?::VARCHAR[]))",
        [list(hashes)],
    ).fetchall()
    return dict(rows)


def call_status(db: Database, call_id: str) -> str | None:
    return db.scalar("SELECT status FROM calls WHERE call_id = ?", [call_id])


def register_pending(db: Database, meta: CallMeta, source_path: str, run_id: str) -> None:
    """Show a call as 'being ingested' before its transcript exists; never touches a stored call."""
    with db.atomic():
        status = call_status(db, meta.call_id)
        if status == "ready":
            return
        db.execute("DELETE FROM calls WHERE call_id = ?", [meta.call_id])
        db.execute(
            "INSERT INTO calls (call_id, status, source_path, ingest_run_id, "
            + ", ".join(META_COLUMNS)
            + ", extra) VALUES (?, 'pending', ?, ?, "
            + ", ".join("?" for _ in META_COLUMNS)
            + ", ?)",
            [meta.call_id, source_path, run_id, *_meta_values(meta)],
        )


def mark_failed(db: Database, call_id: str, error: str) -> None:
    """A call whose file failed: only a pending placeholder changes, never a stored call."""
    db.execute(
        "UPDATE calls SET status = 'failed', error = ? WHERE call_id = ? AND status <> 'ready'",
        [error, call_id],
    )


def update_metadata(db: Database, meta: CallMeta) -> bool:
    """Apply a changed manifest row to a stored call without re-transcribing; True if anything changed."""
    row = db.execute(
        "SELECT " + ", ".join(META_COLUMNS) + ", extra FROM calls WHERE call_id = ?", [meta.call_id]
    ).fetchone()
    if row is None:
        return False
    new = _meta_values(meta)
    old = list(row)
    old[-1] = json.dumps(json.loads(old[-1]) if old[-1] else {}, sort_keys=True)
    if old == new:
        return False
    db.execute(
        "UPDATE calls SET " + ", ".join(f"{c} = ?" for c in META_COLUMNS) + ", extra = ? WHERE call_id = ?",
        [*new, meta.call_id],
    )
    search_index.move_calls(db, [(meta.call_id, meta.started_at)])
    scorecard_calls.refresh(db, [meta.call_id])
    return True


def save_call(db: Database, record: CallRecord, run_id: str | None = None) -> None:
    """Store one call whole, in one transaction, replacing any earlier version of it."""
    with db.atomic():
        _delete_call_rows(db, record.meta.call_id)
        _insert_calls(db, [record], run_id)
        after_calls_stored(db, [record])


def after_calls_stored(db: Database, records: Sequence[CallRecord]) -> None:
    """Bring what is derived from calls up to date for these just-stored ones, in the caller's transaction.

    The search index gains their utterances and the scorecard their per-call facts, so neither ever
    disagrees with the calls it covers. One call per stored call or per batch of them.
    """
    search_index.index_calls(db, records)
    scorecard_calls.refresh(db, [r.meta.call_id for r in records])


def save_calls(db: Database, records: list[CallRecord], run_id: str | None = None) -> None:
    """Store a batch of finished calls in one transaction: all of them whole, or none of them.

    Each table is cleared of the batch's calls with one statement and filled with one, so the cost
    of finding a call's old rows in a large archive is paid once per batch, not once per call."""
    if not records:
        return
    call_ids = [r.meta.call_id for r in records]
    with db.atomic():
        for table in _CALL_TABLES:
            db.execute(f'DELETE FROM "{table}" WHERE call_id IN (SELECT unnest(?::VARCHAR[]))', [call_ids])
        _insert_calls(db, records, run_id)
        for record in records:
            if record.qa is not None:  # the automatic QA form the worker answered
                write_evaluation(db, record.meta.call_id, record.qa)
        after_calls_stored(db, records)


_CALL_TABLES = ("utterances", "redactions", "moments", "analysis", "qa_answers", "qa_evaluations", "calls")
_CALL_INSERT = (
    "INSERT INTO calls (call_id, content_hash, status, source_path, source_kind, redacted_audio_path, "
    + ", ".join(META_COLUMNS)
    + ", extra, duration_s, channels, speakers_estimated, speaker_confidence, model, transcribe_s, warnings,"
    " ingest_run_id, ingested_at) VALUES (?, ?, 'ready', ?, ?, ?, "
    + ", ".join("?" for _ in META_COLUMNS)
    + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UTTERANCE_INSERT = (
    "INSERT INTO utterances (utt_id, call_id, idx, speaker, start_s, end_s, text, words,"
    " loudness_db, pitch_var, speech_rate, sentiment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_REDACTION_INSERT = "INSERT INTO redactions (call_id, kind, speaker, start_s, end_s) VALUES (?, ?, ?, ?, ?)"
_ANALYSIS_INSERT = (
    "INSERT INTO analysis (call_id, transfers, hold_s, silence_s, talk_ratio_agent, overtalk_s,"
    " customer_start, customer_end, agent_mean, ended_negative, tone, score, reasons, rules_version,"
    " analyzed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_MOMENT_INSERT = (
    "INSERT INTO moments (moment_id, call_id, kind, speaker, start_s, end_s, text, rule, detail, possible)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _insert_calls(db: Database, records: list[CallRecord], run_id: str | None) -> None:
    """Insert the rows of calls whose earlier rows are already deleted."""
    now = datetime.now()
    db.executemany(_CALL_INSERT, [_call_row(r, run_id, now) for r in records])
    db.executemany(_UTTERANCE_INSERT, [row for r in records for row in _utterance_rows(r)])
    db.executemany(
        _REDACTION_INSERT,
        [[r.meta.call_id, x.kind, x.speaker, x.start, x.end] for r in records for x in r.redactions],
    )
    analysed = [r for r in records if r.analysis is not None]
    db.executemany(_ANALYSIS_INSERT, [_analysis_row(r.meta.call_id, r.analysis, now) for r in analysed])
    db.executemany(_MOMENT_INSERT, [row for r in analysed for row in _moment_rows(r.meta.call_id, r.analysis)])


def _call_row(record: CallRecord, run_id: str | None, now: datetime) -> list[Any]:
    return [
        record.meta.call_id,
        record.content_hash,
        record.source_path,
        record.source_kind,
        record.redacted_audio_path,
        *_meta_values(record.meta),
        record.duration_s,
        record.channels,
        record.speakers_estimated,
        record.speaker_confidence,
        record.model,
        record.transcribe_s,
        record.warnings,
        run_id,
        now,
    ]


def _utterance_rows(record: CallRecord) -> list[list[Any]]:
    call_id = record.meta.call_id
    return [
        [
            f"{call_id}:{i}",
            call_id,
            i,
            u.speaker,
            u.start,
            u.end,
            u.text,
            [{"w": w.text, "s": w.start, "e": w.end, "p": w.probability} for w in u.words],
            u.loudness_db,
            u.pitch_var,
            u.speech_rate,
            u.sentiment,
        ]
        for i, u in enumerate(record.utterances)
    ]


def _analysis_row(call_id: str, analysis: CallAnalysis, now: datetime) -> list[Any]:
    tone = analysis.tone
    return [
        call_id,
        analysis.transfers,
        analysis.hold_s,
        analysis.silence_s,
        analysis.talk_ratio_agent,
        analysis.overtalk_s,
        tone.get("customer_start"),
        tone.get("customer_end"),
        tone.get("agent_mean"),
        tone.get("ended_negative"),
        json.dumps(tone),
        analysis.score,
        analysis.reasons,
        analysis.rules_version,
        now,
    ]


def _moment_rows(call_id: str, analysis: CallAnalysis) -> list[list[Any]]:
    return [
        [
            moment_id(call_id, m),
            call_id,
            m.kind,
            m.speaker,
            m.start,
            m.end,
            m.text,
            m.rule,
            json.dumps(m.detail),
            m.possible,
        ]
        for m in analysis.moments
    ]


def save_analysis(
    db: Database, call_id: str, analysis: CallAnalysis, sentiments: list[float | None] | None = None
) -> None:
    """Replace a call's analysis (after rules change) in one transaction."""
    with db.atomic():
        _write_analysis(db, call_id, analysis)
        if sentiments is not None:
            db.executemany(
                "UPDATE utterances SET sentiment = ? WHERE call_id = ? AND idx = ?",
                [[s, call_id, i] for i, s in enumerate(sentiments)],
            )
        scorecard_calls.refresh(db, [call_id])


def _write_analysis(db: Database, call_id: str, analysis: CallAnalysis) -> None:
    db.execute("DELETE FROM analysis WHERE call_id = ?", [call_id])
    db.execute("DELETE FROM moments WHERE call_id = ?", [call_id])
    db.execute(_ANALYSIS_INSERT, _analysis_row(call_id, analysis, datetime.now()))
    db.executemany(_MOMENT_INSERT, _moment_rows(call_id, analysis))


def moment_id(call_id: str, moment: Moment) -> str:
    """Stable across re-analysis, so reviews and follow-ups stay attached to the same moment."""
    return f"{call_id}:{moment.kind}:{round(moment.start * 1000)}"


def _delete_call_rows(db: Database, call_id: str) -> None:
    for table in _CALL_TABLES:
        db.execute(f'DELETE FROM "{table}" WHERE call_id = ?', [call_id])


def start_run(db: Database, run_id: str, n_total: int, args: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO ingest_runs (run_id, started_at, status, n_total, args) VALUES (?, ?, 'running', ?, ?)",
        [run_id, datetime.now(), n_total, json.dumps(args, default=str)],
    )


def update_run(db: Database, run_id: str, **counts: Any) -> None:
    allowed = {"status", "n_total", "n_ingested", "n_updated", "n_skipped", "n_failed", "audio_s", "finished_at"}
    unknown = set(counts) - allowed
    if unknown:
        raise ValueError(f"unknown ingest_runs columns: {sorted(unknown)}")
    if not counts:
        return
    names = sorted(counts)
    db.execute(
        "UPDATE ingest_runs SET " + ", ".join(f'"{n}" = ?' for n in names) + " WHERE run_id = ?",
        [counts[n] for n in names] + [run_id],
    )


def record_error(db: Database, run_id: str, path: str, call_id: str | None, error: str) -> None:
    db.execute(
        "INSERT INTO ingest_errors (run_id, path, call_id, error) VALUES (?, ?, ?, ?)",
        [run_id, path, call_id, error],
    )


def rebuild_search_index(db: Database) -> bool:
    """Build the full-text index over utterances whole; False when the stemmer (FTS extension) is unavailable.

    Ingest keeps the index up to date call by call; this is for a restore, a repair, or bulk loads.
    """
    return search_index.rebuild(db)


def ensure_derived(db: Database) -> None:
    """Build the search index and the scorecard's facts whole where they do not yet cover every call
    (a database from before they existed); a no-op otherwise. The writer calls it once per run."""
    if not search_index.is_complete(db):
        search_index.rebuild(db)
    scorecard_calls.ensure(db)
