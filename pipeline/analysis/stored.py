"""Re-analysing stored calls from their stored transcripts (no audio, no transcription)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.analysis.call import analyze_call
from pipeline.analysis.journeys import refresh_journeys
from pipeline.analysis.load import load_rules
from pipeline.analysis.qa import QAForm, evaluate_call, load_form, qa_version
from pipeline.analysis.rules import Rules
from pipeline.records import CallMeta, CallRecord, Utterance, Word
from pipeline.store.calls import ensure_derived, save_analysis
from pipeline.store.db import Database
from pipeline.store.qa import calls_with_stale_qa, save_evaluation

BATCH = 200  # calls read per query: bounded memory on large databases


def calls_needing_analysis(db: Database, rules_version: str, form: QAForm | None = None) -> list[str]:
    """Ready calls with no analysis, or analysed with a different rules file; with `form`, also those
    whose automatic QA is missing or was answered with another form or rules."""
    rows = db.execute(
        "SELECT c.call_id FROM calls c LEFT JOIN analysis a USING (call_id)"
        " WHERE c.status = 'ready' AND (a.call_id IS NULL OR a.rules_version IS DISTINCT FROM ?)"
        " ORDER BY c.started_at NULLS LAST, c.call_id",
        [rules_version],
    ).fetchall()
    stale = [r[0] for r in rows]
    if form is not None:
        known = set(stale)
        stale += [c for c in calls_with_stale_qa(db, qa_version(form, rules_version)) if c not in known]
    return stale


def analyze_stored(
    db: Database, call_ids: list[str] | None = None, rules: Rules | None = None, form: QAForm | None = None
) -> int:
    """Re-run `analyze_call` on stored utterances and answer the QA form on each (`analysis.qa`), store
    both, then refresh journeys; returns how many. `form` defaults to data/qa_form.toml."""
    rules = rules or load_rules()
    form = form or load_form()
    if call_ids is None:
        call_ids = [
            r[0] for r in db.execute("SELECT call_id FROM calls WHERE status = 'ready' ORDER BY call_id").fetchall()
        ]
    done = 0
    customers: set[str] = set()
    for offset in range(0, len(call_ids), BATCH):
        for record in load_records(db, call_ids[offset : offset + BATCH]):
            analysis = analyze_call(record, rules)
            save_analysis(db, record.meta.call_id, analysis, [u.sentiment for u in record.utterances])
            save_evaluation(db, record.meta.call_id, evaluate_call(form, record, analysis))
            if record.meta.customer_id:
                customers.add(record.meta.customer_id)
            done += 1
    if done:
        refresh_journeys(db, customers, rules.settings.journey_window_days, rules=rules)
    ensure_derived(db)
    return done


def load_records(db: Database, call_ids: Sequence[str]) -> list[CallRecord]:
    """Stored calls rebuilt as CallRecords (metadata and utterances; what analysis needs)."""
    if not call_ids:
        return []
    metas = db.query(
        "SELECT call_id, agent_id, agent_name, team, customer_id, queue, started_at, direction, agent_channel,"
        " parent_call_id, content_hash, source_path, source_kind, duration_s, channels, speakers_estimated"
        " FROM calls WHERE status = 'ready' AND list_contains(?, call_id) ORDER BY call_id",
        [list(call_ids)],
    )
    utterances: dict[str, list[Utterance]] = {m["call_id"]: [] for m in metas}
    for row in db.query(
        "SELECT call_id, speaker, start_s, end_s, text, words, loudness_db, pitch_var, speech_rate FROM utterances"
        " WHERE list_contains(?, call_id) ORDER BY call_id, idx",
        [list(utterances)],
    ):
        utterances[row["call_id"]].append(
            Utterance(
                speaker=row["speaker"],
                start=row["start_s"],
                end=row["end_s"],
                text=row["text"],
                words=[Word(w["w"], w["s"], w["e"], w["p"]) for w in (row["words"] or [])],
                loudness_db=row["loudness_db"],
                pitch_var=row["pitch_var"],
                speech_rate=row["speech_rate"],
            )
        )
    return [_record(m, utterances[m["call_id"]]) for m in metas]


def _record(meta: dict[str, Any], utterances: list[Utterance]) -> CallRecord:
    return CallRecord(
        meta=CallMeta(
            call_id=meta["call_id"],
            agent_id=meta["agent_id"],
            agent_name=meta["agent_name"],
            team=meta["team"],
            customer_id=meta["customer_id"],
            queue=meta["queue"],
            started_at=meta["started_at"],
            direction=meta["direction"],
            agent_channel=meta["agent_channel"] or "left",
            parent_call_id=meta["parent_call_id"],
        ),
        content_hash=meta["content_hash"] or "",
        source_path=meta["source_path"] or "",
        source_kind=meta["source_kind"] or "json",
        duration_s=meta["duration_s"] or 0.0,
        channels=meta["channels"] or 1,
        speakers_estimated=bool(meta["speakers_estimated"]),
        utterances=utterances,
    )
