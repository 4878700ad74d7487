"""The app's writes: notes, moment verdicts, QA scores, follow-ups, coaching, setting rows.

Each function does one unit of work inside `db.atomic()` and writes its audit row in the same
transaction, so a change is never stored without the record of who made it. Text from the page
is stored as data (bound parameters), trimmed of control characters and capped in length; the
messages of the `ValueError`s raised here are safe to show to the user.
"""

from __future__ import annotations

import json
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline.store import audit, scorecard_calls
from pipeline.store.db import Database

QA_FORM_PATH = Path(__file__).resolve().parents[2] / "data" / "qa_form.toml"
VERDICTS = ("confirmed", "dismissed")  # on a detected moment; "added" marks one the analysis missed
FOLLOW_UP_CLOSED_STATUSES = ("done", "missed")
MAX_NOTE_CHARS = 5000
MAX_TITLE_CHARS = 200
MAX_CLIP_S = 600.0


def clean_text(text: str | None, max_chars: int, *, field: str, required: bool = False) -> str:
    """User text as data: control characters removed (newlines and tabs kept), trimmed, capped."""
    text = text or ""
    # Lone surrogates cannot be stored as UTF-8; replace them rather than fail.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()
    if required and not text:
        raise ValueError(f"{field} must not be empty")
    if len(text) > max_chars:
        raise ValueError(f"{field} is too long ({len(text):,} characters; at most {max_chars:,})")
    return text


def _call_exists(db: Database, call_id: str) -> None:
    if not db.scalar("SELECT count(*) FROM calls WHERE call_id = ?", [call_id]):
        raise ValueError("that call is not in the database")


# --- notes, verdicts, QA ---------------------------------------------------------------------


def add_note(db: Database, username: str, call_id: str, body: str) -> int:
    """A supervisor's note on a call; returns its id."""
    body = clean_text(body, MAX_NOTE_CHARS, field="The note", required=True)
    with db.atomic():
        _call_exists(db, call_id)
        note_id = int(
            db.scalar(
                "INSERT INTO notes (call_id, author, body) VALUES (?, ?, ?) RETURNING note_id",
                [call_id, username, body],
            )
        )
        audit.log(db, username, "note", call_id=call_id, detail={"note_id": note_id, "chars": len(body)})
    return note_id


def set_moment_verdict(db: Database, username: str, moment_id: str, verdict: str) -> None:
    """Confirm or dismiss a detected moment. Every verdict is kept (the latest counts), per rule.

    The verdict keeps its own copy of the line (redacted, as stored), the line before it and the rules
    version that raised the flag, so it stays a training label after re-analysis replaces the moment.
    """
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
    with db.atomic():
        moment = db.query_one(
            "SELECT m.call_id, m.kind, m.rule, m.speaker, m.start_s, m.end_s, a.rules_version"
            " FROM moments m LEFT JOIN analysis a ON a.call_id = m.call_id WHERE m.moment_id = ?",
            [moment_id],
        )
        if moment is None:
            raise ValueError("that moment is no longer in the analysis (the call was re-analysed)")
        line, context = _line_at(db, moment["call_id"], moment["start_s"], moment["end_s"])
        _insert_review(db, moment_id, moment, verdict, username, line, context)


def add_missed_moment(db: Database, username: str, call_id: str, utterance_index: int, kind: str) -> str:
    """A supervisor marks a moment the analysis missed on one line: a positive training label."""
    from pipeline.records import MOMENT_KINDS, kind_speaker

    if kind not in MOMENT_KINDS:
        raise ValueError(f"unknown moment kind {kind!r}")
    with db.atomic():
        row = db.query_one(
            "SELECT u.speaker, u.start_s, u.end_s, u.text, a.rules_version FROM utterances u"
            " LEFT JOIN analysis a ON a.call_id = u.call_id WHERE u.call_id = ? AND u.idx = ?",
            [call_id, utterance_index],
        )
        if row is None:
            raise ValueError(f"call {call_id} has no line {utterance_index}")
        if row["speaker"] not in (kind_speaker(kind), "unknown"):
            raise ValueError(f"{kind} is shown by the {kind_speaker(kind)}, and this line is the {row['speaker']}'s")
        moment_id = f"{call_id}:{kind}:added:{round(row['start_s'] * 1000)}"
        moment = {"call_id": call_id, "kind": kind, "rule": "supervisor", **row}
        line, context = _line_at(db, call_id, row["start_s"], row["end_s"])
        _insert_review(db, moment_id, moment, "added", username, line, context)
    return moment_id


def _line_at(db: Database, call_id: str, start: float, end: float) -> tuple[str, str]:
    """The stored line a moment sits on, and the line before it (its context)."""
    rows = db.query(
        "SELECT idx, text, start_s, end_s FROM utterances WHERE call_id = ? AND start_s <= ? ORDER BY idx",
        [call_id, (start + end) / 2],
    )
    if not rows:
        return "", ""
    return rows[-1]["text"], rows[-2]["text"] if len(rows) > 1 else ""


def _insert_review(
    db: Database, moment_id: str, moment: dict[str, Any], verdict: str, username: str, line: str, context: str
) -> None:
    db.execute(
        "INSERT INTO moment_reviews (moment_id, call_id, kind, rule, verdict, reviewer, reviewed_at, speaker,"
        " start_s, end_s, text, context, rules_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            moment_id,
            moment["call_id"],
            moment["kind"],
            moment["rule"],
            verdict,
            username,
            datetime.now(),
            moment["speaker"],
            moment["start_s"],
            moment["end_s"],
            line,
            context,
            moment.get("rules_version"),
        ],
    )
    audit.log(
        db,
        username,
        "moment_review",
        call_id=moment["call_id"],
        detail={"moment_id": moment_id, "verdict": verdict, "kind": moment["kind"], "rule": moment["rule"]},
    )


def verdict_labels(db: Database) -> list[dict[str, Any]]:
    """The latest verdict on each moment, with its line and context: what `train --db` learns from.

    A database opened read-only before migration 0050 has no copies of the lines yet: no labels.
    """
    columns = {
        r["column_name"]
        for r in db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'moment_reviews'")
    }
    if "context" not in columns:
        return []
    return db.query(
        "SELECT moment_id, call_id, kind, rule, speaker, start_s, end_s, text, context, rules_version, verdict,"
        " reviewer, reviewed_at FROM moment_reviews WHERE text IS NOT NULL AND text <> ''"
        " QUALIFY row_number() OVER (PARTITION BY moment_id ORDER BY reviewed_at DESC) = 1"
        " ORDER BY call_id, start_s"
    )


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    points: int
    help: str = ""


@dataclass(frozen=True)
class QAForm:
    title: str
    criteria: tuple[Criterion, ...]
    review_below: float = 0.7  # automatic answers less sure than this are listed as needing review

    @property
    def max_points(self) -> int:
        return sum(c.points for c in self.criteria)


def load_qa_form(path: Path = QA_FORM_PATH) -> QAForm:
    """The QA form supervisors edit (`data/qa_form.toml`): criteria with the points each is worth."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    criteria = []
    for item in data.get("criteria", []):
        points = int(item["points"])
        if points <= 0:
            raise ValueError(f"criterion {item['key']!r} must be worth more than 0 points")
        criteria.append(
            Criterion(str(item["key"]), str(item.get("label", item["key"])), points, str(item.get("help", "")))
        )
    if not criteria:
        raise ValueError(f"{path} defines no criteria")
    if len({c.key for c in criteria}) != len(criteria):
        raise ValueError(f"{path} repeats a criterion key")
    return QAForm(
        str(data.get("title", "Call quality review")), tuple(criteria), float(data.get("review_below", 0.7))
    )


def qa_total(form: QAForm, answers: dict[str, float | None]) -> float:
    """Score 0..100 over the criteria that apply (None = not applicable to this call)."""
    applicable = [c for c in form.criteria if answers.get(c.key) is not None]
    possible = sum(c.points for c in applicable)
    if not possible:
        return 0.0
    earned = sum(min(max(float(answers[c.key] or 0.0), 0.0), c.points) for c in applicable)
    return round(100.0 * earned / possible, 1)


def save_qa_score(
    db: Database, username: str, call_id: str, answers: dict[str, float | None], comment: str, form: QAForm
) -> float:
    """Store a completed QA form for a call; returns the total (0..100)."""
    unknown = set(answers) - {c.key for c in form.criteria}
    if unknown:
        raise ValueError(f"unknown QA criteria: {', '.join(sorted(unknown))}")
    comment = clean_text(comment, MAX_NOTE_CHARS, field="The comment")
    total = qa_total(form, answers)
    with db.atomic():
        _call_exists(db, call_id)
        qa_id = db.scalar(
            "INSERT INTO qa_scores (call_id, reviewer, answers, total, comment) VALUES (?, ?, ?, ?, ?) RETURNING qa_id",
            [call_id, username, json.dumps(answers), total, comment],
        )
        scorecard_calls.refresh(db, [call_id])
        audit.log(db, username, "qa", call_id=call_id, detail={"qa_id": int(qa_id), "total": total})
    return total


# --- follow-ups ------------------------------------------------------------------------------


def close_follow_up(db: Database, username: str, moment_id: str, status: str, note: str = "") -> None:
    """Close a promised follow-up as done or missed (creating its task row if it had none)."""
    if status not in FOLLOW_UP_CLOSED_STATUSES:
        raise ValueError(f"status must be one of {', '.join(FOLLOW_UP_CLOSED_STATUSES)}")
    note = clean_text(note, MAX_NOTE_CHARS, field="The note")
    now = datetime.now()
    with db.atomic():
        moment = db.query_one(
            "SELECT m.call_id, m.text, c.agent_id FROM moments m JOIN calls c ON c.call_id = m.call_id"
            " WHERE m.moment_id = ? AND m.kind = 'follow_up_promise'",
            [moment_id],
        )
        if moment is None:
            raise ValueError("that follow-up is no longer in the analysis")
        if db.scalar("SELECT count(*) FROM follow_ups WHERE moment_id = ?", [moment_id]):
            db.execute(
                "UPDATE follow_ups SET status = ?, closed_by = ?, closed_at = ?, note = ? WHERE moment_id = ?",
                [status, username, now, note, moment_id],
            )
        else:
            db.execute(
                "INSERT INTO follow_ups (moment_id, call_id, agent_id, promise, status, closed_by, closed_at, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [moment_id, moment["call_id"], moment["agent_id"], moment["text"], status, username, now, note],
            )
        audit.log(
            db,
            username,
            "follow_up_closed",
            call_id=moment["call_id"],
            detail={"moment_id": moment_id, "status": status},
        )


def reopen_follow_up(db: Database, username: str, moment_id: str) -> None:
    with db.atomic():
        db.execute(
            "UPDATE follow_ups SET status = 'open', closed_by = NULL, closed_at = NULL WHERE moment_id = ?",
            [moment_id],
        )
        call_id = db.scalar("SELECT call_id FROM moments WHERE moment_id = ?", [moment_id])
        audit.log(db, username, "follow_up", call_id=call_id, detail={"moment_id": moment_id, "status": "open"})


# --- coaching --------------------------------------------------------------------------------


def create_coaching_session(db: Database, username: str, title: str, notes: str = "") -> int:
    title = clean_text(title, MAX_TITLE_CHARS, field="The title", required=True)
    notes = clean_text(notes, MAX_NOTE_CHARS, field="The notes")
    with db.atomic():
        session_id = int(
            db.scalar(
                "INSERT INTO coaching_sessions (title, created_by, notes) VALUES (?, ?, ?) RETURNING session_id",
                [title, username, notes],
            )
        )
        audit.log(db, username, "coaching", detail={"op": "session_created", "session_id": session_id})
    return session_id


def update_coaching_session(db: Database, username: str, session_id: int, title: str, notes: str) -> None:
    title = clean_text(title, MAX_TITLE_CHARS, field="The title", required=True)
    notes = clean_text(notes, MAX_NOTE_CHARS, field="The notes")
    with db.atomic():
        _session_exists(db, session_id)
        db.execute("UPDATE coaching_sessions SET title = ?, notes = ? WHERE session_id = ?", [title, notes, session_id])
        audit.log(db, username, "coaching", detail={"op": "session_updated", "session_id": session_id})


def _session_exists(db: Database, session_id: int) -> None:
    if not db.scalar("SELECT count(*) FROM coaching_sessions WHERE session_id = ?", [session_id]):
        raise ValueError("that coaching session does not exist")


def add_clip(
    db: Database,
    username: str,
    session_id: int,
    call_id: str,
    start_s: float,
    end_s: float,
    behaviour: str,
    talking_points: str = "",
) -> int:
    """Add a stretch of a real call to a session, with the behaviour it shows and what to say about it."""
    start_s, end_s = float(start_s), float(end_s)
    if start_s < 0 or end_s <= start_s:
        raise ValueError("a clip must end after it starts")
    if end_s - start_s > MAX_CLIP_S:
        raise ValueError(f"a clip may be at most {MAX_CLIP_S / 60:.0f} minutes long")
    behaviour = clean_text(behaviour, MAX_TITLE_CHARS, field="The behaviour", required=True)
    talking_points = clean_text(talking_points, MAX_NOTE_CHARS, field="The talking points")
    with db.atomic():
        _session_exists(db, session_id)
        _call_exists(db, call_id)
        position = int(
            db.scalar("SELECT coalesce(max(position), 0) + 1 FROM coaching_clips WHERE session_id = ?", [session_id])
        )
        clip_id = int(
            db.scalar(
                "INSERT INTO coaching_clips (session_id, call_id, start_s, end_s, behaviour, talking_points, position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING clip_id",
                [session_id, call_id, start_s, end_s, behaviour, talking_points, position],
            )
        )
        audit.log(
            db,
            username,
            "coaching",
            call_id=call_id,
            detail={
                "op": "clip_added",
                "session_id": session_id,
                "clip_id": clip_id,
                "start_s": start_s,
                "end_s": end_s,
            },
        )
    return clip_id


def update_clip(db: Database, username: str, clip_id: int, behaviour: str, talking_points: str) -> None:
    behaviour = clean_text(behaviour, MAX_TITLE_CHARS, field="The behaviour", required=True)
    talking_points = clean_text(talking_points, MAX_NOTE_CHARS, field="The talking points")
    with db.atomic():
        clip = db.query_one("SELECT session_id, call_id FROM coaching_clips WHERE clip_id = ?", [clip_id])
        if clip is None:
            raise ValueError("that clip no longer exists")
        db.execute(
            "UPDATE coaching_clips SET behaviour = ?, talking_points = ? WHERE clip_id = ?",
            [behaviour, talking_points, clip_id],
        )
        audit.log(db, username, "coaching", call_id=clip["call_id"], detail={"op": "clip_updated", "clip_id": clip_id})


def remove_clip(db: Database, username: str, clip_id: int) -> None:
    with db.atomic():
        clip = db.query_one("SELECT session_id, call_id FROM coaching_clips WHERE clip_id = ?", [clip_id])
        if clip is None:
            return
        db.execute("DELETE FROM coaching_clips WHERE clip_id = ?", [clip_id])
        audit.log(
            db,
            username,
            "coaching",
            call_id=clip["call_id"],
            detail={"op": "clip_removed", "clip_id": clip_id, "session_id": int(clip["session_id"])},
        )


def assign_session(db: Database, username: str, session_id: int, agent_ids: list[str]) -> int:
    """Assign a session to agents (again assigning an agent changes nothing); returns how many are new."""
    added = 0
    with db.atomic():
        _session_exists(db, session_id)
        for agent_id in dict.fromkeys(a for a in agent_ids if a):
            if db.scalar(
                "SELECT count(*) FROM coaching_assignments WHERE session_id = ? AND agent_id = ?",
                [session_id, agent_id],
            ):
                continue
            db.execute("INSERT INTO coaching_assignments (session_id, agent_id) VALUES (?, ?)", [session_id, agent_id])
            added += 1
        audit.log(
            db,
            username,
            "coaching",
            detail={"op": "assigned", "session_id": session_id, "agent_ids": sorted(set(agent_ids))},
        )
    return added


def unassign_session(db: Database, username: str, session_id: int, agent_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM coaching_assignments WHERE session_id = ? AND agent_id = ?", [session_id, agent_id])
        audit.log(db, username, "coaching", detail={"op": "unassigned", "session_id": session_id, "agent_id": agent_id})


def acknowledge_session(db: Database, username: str, agent_id: str, session_id: int) -> None:
    """The agent confirms they went through the session (first acknowledgement time is kept)."""
    with db.atomic():
        found = db.scalar(
            "SELECT count(*) FROM coaching_assignments WHERE session_id = ? AND agent_id = ?", [session_id, agent_id]
        )
        if not found:
            raise ValueError("that session is not assigned to you")
        db.execute(
            "UPDATE coaching_assignments SET acknowledged_at = coalesce(acknowledged_at, ?)"
            " WHERE session_id = ? AND agent_id = ?",
            [datetime.now(), session_id, agent_id],
        )
        audit.log(
            db, username, "coaching", detail={"op": "acknowledged", "session_id": session_id, "agent_id": agent_id}
        )


def set_trainer_notes(db: Database, username: str, session_id: int, agent_id: str, notes: str) -> None:
    notes = clean_text(notes, MAX_NOTE_CHARS, field="The notes")
    with db.atomic():
        found = db.scalar(
            "SELECT count(*) FROM coaching_assignments WHERE session_id = ? AND agent_id = ?", [session_id, agent_id]
        )
        if not found:
            raise ValueError("that agent is not assigned this session")
        db.execute(
            "UPDATE coaching_assignments SET trainer_notes = ? WHERE session_id = ? AND agent_id = ?",
            [notes, session_id, agent_id],
        )
        audit.log(
            db, username, "coaching", detail={"op": "trainer_notes", "session_id": session_id, "agent_id": agent_id}
        )


# --- access log and settings -----------------------------------------------------------------


def log_access(
    db: Database, username: str, action: str, call_id: str | None = None, detail: dict[str, Any] | None = None
) -> None:
    """Record a read (listen, transcript view, search, clip export) in the audit trail."""
    audit.log(db, username, action, call_id=call_id, detail=detail)


def write_setting(db: Database, username: str, key: str, value: Any, previous: Any) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )
    audit.log(db, username, "setting_changed", detail={"key": key, "value": value, "previous": previous})


def stored_settings(db: Database) -> dict[str, Any]:
    """Every row of the settings table as {key: decoded JSON value}."""
    return {r["key"]: json.loads(r["value"]) for r in db.query("SELECT key, value FROM settings")}
