"""Read queries: the only place the CLI and the app read from DuckDB.

Every function takes a `Database` and returns plain data (dicts, lists, DataFrames). Pages call
these and render; they never write SQL of their own.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline.db import Database


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
        " direction, agent_channel, parent_call_id, channels, speakers_estimated, source_kind, source_path,"
        " redacted_audio_path, model, extra, warnings, error FROM calls WHERE call_id = ?",
        [call_id],
    )
    if call is None:
        return None
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
            }
            for m in db.query(
                "SELECT kind, speaker, start_s, end_s, text, rule FROM moments WHERE call_id = ? ORDER BY start_s",
                [call_id],
            )
        ]
    return call
