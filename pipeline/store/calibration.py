"""Calibration sessions: reviewers score the same calls blind, then see how far they agree.

A trainer or supervisor creates a session (calls, participants, optionally an expert whose answers
are the reference). Each participant submits their answers once, for every call and criterion; until
they have, `session_answers` shows them nothing of anyone else's, nor the automatic answers. Results:
per criterion the spread of answers, each participant's agreement with the expert, with the automatic
QA and with each other (percent agreement and Cohen's kappa), Fleiss' kappa for the whole group, and
the interpretation the group agreed (a note per criterion).

Cohen's and Fleiss' kappa are the textbook formulas in numpy (Cohen 1960; Fleiss 1971), checked in
tests/test_calibration.py against the published worked examples, rather than a dependency on
scikit-learn and SciPy for two formulas.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from datetime import datetime
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.store import audit
from pipeline.store.db import Database
from pipeline.store.review import MAX_NOTE_CHARS, MAX_TITLE_CHARS, QA_FORM_PATH, clean_text

ANSWERS = ("met", "not_met", "na")
MAX_CALLS = 20


# --- agreement statistics ------------------------------------------------------------------------------


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when undefined (no items, or both constant
    and equal, where chance agreement is 1)."""
    if len(a) != len(b):
        raise ValueError("both raters must answer the same items")
    if not a:
        return None
    labels = sorted(set(a) | set(b))
    index = {label: i for i, label in enumerate(labels)}
    table = np.zeros((len(labels), len(labels)))
    for x, y in zip(a, b, strict=True):
        table[index[x], index[y]] += 1
    n = table.sum()
    observed = np.trace(table) / n
    expected = float((table.sum(axis=1) / n) @ (table.sum(axis=0) / n))
    if expected >= 1.0:
        return None
    return float((observed - expected) / (1.0 - expected))


def fleiss_kappa(counts: np.ndarray) -> float | None:
    """Fleiss' kappa from an items x categories table of how many raters chose each category (every item
    rated by the same number of raters, at least two); None when undefined."""
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 2 or counts.shape[0] == 0:
        return None
    raters = counts.sum(axis=1)
    if raters.min() < 2 or not np.allclose(raters, raters[0]):
        return None
    n = raters[0]
    p_item = ((counts * counts).sum(axis=1) - n) / (n * (n - 1))
    p_cat = counts.sum(axis=0) / counts.sum()
    expected = float((p_cat * p_cat).sum())
    if expected >= 1.0:
        return None
    return float((p_item.mean() - expected) / (1.0 - expected))


def percent_agreement(a: Sequence[str], b: Sequence[str]) -> float | None:
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a) if a else None


# --- sessions ------------------------------------------------------------------------------------------


def create_session(
    db: Database,
    username: str,
    title: str,
    call_ids: Sequence[str],
    participants: Sequence[str],
    expert: str | None = None,
) -> int:
    title = clean_text(title, MAX_TITLE_CHARS, field="The title", required=True)
    calls = list(dict.fromkeys(c.strip() for c in call_ids if c and c.strip()))
    people = list(dict.fromkeys(p for p in participants if p))
    if not calls:
        raise ValueError("pick at least one call")
    if len(calls) > MAX_CALLS:
        raise ValueError(f"a session takes at most {MAX_CALLS} calls")
    if expert and expert not in people:
        people.append(expert)
    if len(people) < 2:
        raise ValueError("a calibration needs at least two participants")
    with db.atomic():
        known = {r["call_id"] for r in db.query("SELECT call_id FROM calls WHERE list_contains(?, call_id)", [calls])}
        missing = [c for c in calls if c not in known]
        if missing:
            raise ValueError(f"no such call: {', '.join(missing[:3])}")
        users = {
            r["username"] for r in db.query("SELECT username FROM users WHERE list_contains(?, username)", [people])
        }
        unknown = [p for p in people if p not in users]
        if unknown:
            raise ValueError(f"no such user: {', '.join(unknown[:3])}")
        session_id = int(
            db.scalar(
                "INSERT INTO calibration_sessions (title, created_by, call_ids, participants, expert)"
                " VALUES (?, ?, ?, ?, ?) RETURNING session_id",
                [title, username, calls, people, expert or None],
            )
        )
        audit.log(
            db,
            username,
            "calibration",
            detail={
                "op": "created",
                "session_id": session_id,
                "calls": len(calls),
                "participants": people,
                "expert": expert,
            },
        )
    return session_id


def session(db: Database, session_id: int) -> dict[str, Any] | None:
    return db.query_one("SELECT * FROM calibration_sessions WHERE session_id = ?", [session_id])


def sessions_for(db: Database, username: str, see_all: bool = False) -> list[dict[str, Any]]:
    """Sessions the user takes part in (or created; every session with `see_all`), newest first, with
    whether they have submitted."""
    rows = db.query(
        "SELECT s.*, EXISTS (SELECT 1 FROM calibration_answers a WHERE a.session_id = s.session_id"
        "  AND a.username = ?) AS submitted,"
        " (SELECT count(DISTINCT username) FROM calibration_answers a WHERE a.session_id = s.session_id) AS n_submitted"
        " FROM calibration_sessions s WHERE ? OR list_contains(s.participants, ?) OR s.created_by = ?"
        " ORDER BY s.created_at DESC, s.session_id DESC",
        [username, see_all, username, username],
    )
    return rows


def submit_answers(
    db: Database, username: str, session_id: int, answers: dict[str, dict[str, str]], criteria: Sequence[str]
) -> None:
    """A participant's answers for every call and criterion of the session: submitted once, then final."""
    with db.atomic():
        found = session(db, session_id)
        if found is None:
            raise ValueError("that calibration session does not exist")
        if username not in found["participants"]:
            raise ValueError("you are not a participant of this session")
        if db.scalar(
            "SELECT count(*) FROM calibration_answers WHERE session_id = ? AND username = ?", [session_id, username]
        ):
            raise ValueError("you have already submitted your answers")
        rows = []
        now = datetime.now()
        for call_id in found["call_ids"]:
            for criterion in criteria:
                answer = answers.get(call_id, {}).get(criterion)
                if answer not in ANSWERS:
                    raise ValueError(f"answer every criterion of every call (call {call_id}, {criterion})")
                rows.append([session_id, call_id, username, criterion, answer, now])
        db.executemany(
            "INSERT INTO calibration_answers (session_id, call_id, username, criterion, answer, submitted_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        audit.log(db, username, "calibration", detail={"op": "submitted", "session_id": session_id})


def may_see_results(db: Database, username: str, session_id: int, manager: bool = False) -> bool:
    """Blind scoring: a participant sees others' and the automatic answers only once they submitted;
    the session's creator (or a manager who is not a participant) sees them as they come in."""
    found = session(db, session_id)
    if found is None:
        return False
    if username in found["participants"]:
        return bool(
            db.scalar(
                "SELECT count(*) FROM calibration_answers WHERE session_id = ? AND username = ?", [session_id, username]
            )
        )
    return manager or found["created_by"] == username


def results(db: Database, session_id: int, criteria: Sequence[str]) -> dict[str, Any]:
    """Per criterion: the spread of answers per call, Fleiss' kappa of the group, each participant's
    agreement (and Cohen's kappa) with the expert and with the automatic QA, and pairwise kappas."""
    found = session(db, session_id)
    if found is None:
        raise ValueError("that calibration session does not exist")
    rows = db.query(
        "SELECT call_id, username, criterion, answer FROM calibration_answers WHERE session_id = ?", [session_id]
    )
    auto = db.query(
        "SELECT call_id, criterion, answer FROM qa_answers WHERE list_contains(?, call_id)", [found["call_ids"]]
    )
    given: dict[tuple[str, str, str], str] = {(r["username"], r["call_id"], r["criterion"]): r["answer"] for r in rows}
    automatic = {(r["call_id"], r["criterion"]): r["answer"] for r in auto}
    people = [p for p in found["participants"] if any(k[0] == p for k in given)]
    calls = list(found["call_ids"])
    expert = found["expert"] if found["expert"] in people else None
    out: dict[str, Any] = {"participants": people, "expert": expert, "criteria": {}, "people": {}}
    for criterion in criteria:
        spread = []
        table = []
        for call_id in calls:
            answers = [given.get((p, call_id, criterion)) for p in people]
            counts = [sum(a == label for a in answers) for label in ANSWERS]
            spread.append(
                {
                    "call_id": call_id,
                    **dict(zip(ANSWERS, counts, strict=True)),
                    "automatic": automatic.get((call_id, criterion)),
                }
            )
            table.append(counts)
        item: dict[str, Any] = {
            "spread": spread,
            "fleiss_kappa": fleiss_kappa(np.array(table)) if len(people) > 1 else None,
        }
        item["people"] = {}
        for p in people:
            mine = [given.get((p, c, criterion)) for c in calls]
            entry: dict[str, Any] = {}
            if expert and p != expert:
                theirs = [given.get((expert, c, criterion)) for c in calls]
                entry["expert_agreement"] = percent_agreement(mine, theirs)
                entry["expert_kappa"] = cohen_kappa(mine, theirs)
            pairs = [(c, automatic.get((c, criterion))) for c in calls]
            with_auto = [(m, a) for m, (_, a) in zip(mine, pairs, strict=True) if a is not None]
            if with_auto:
                entry["auto_agreement"] = percent_agreement([m for m, _ in with_auto], [a for _, a in with_auto])
            item["people"][p] = entry
        item["pairs"] = [
            {
                "a": a,
                "b": b,
                "kappa": cohen_kappa(
                    [given.get((a, c, criterion)) for c in calls], [given.get((b, c, criterion)) for c in calls]
                ),
                "agreement": percent_agreement(
                    [given.get((a, c, criterion)) for c in calls], [given.get((b, c, criterion)) for c in calls]
                ),
            }
            for a, b in combinations(people, 2)
        ]
        out["criteria"][criterion] = item
    for p in people:
        mine = [(given.get((p, c, k)), k, c) for c in calls for k in criteria]
        entry = {}
        if expert and p != expert:
            entry["expert_agreement"] = percent_agreement(
                [m for m, _, _ in mine], [given.get((expert, c, k)) for _, k, c in mine]
            )
        known = [(m, automatic[(c, k)]) for m, k, c in mine if (c, k) in automatic]
        if known:
            entry["auto_agreement"] = percent_agreement([m for m, _ in known], [a for _, a in known])
        out["people"][p] = entry
    kappas = [v["fleiss_kappa"] for v in out["criteria"].values() if v["fleiss_kappa"] is not None]
    out["mean_fleiss_kappa"] = float(np.mean(kappas)) if kappas else None
    return out


def save_note(db: Database, username: str, session_id: int, criterion: str, note: str) -> None:
    """The interpretation of a criterion the group agreed in this session."""
    note = clean_text(note, MAX_NOTE_CHARS, field="The note", required=True)
    with db.atomic():
        if session(db, session_id) is None:
            raise ValueError("that calibration session does not exist")
        db.execute("DELETE FROM calibration_notes WHERE session_id = ? AND criterion = ?", [session_id, criterion])
        db.execute(
            "INSERT INTO calibration_notes (session_id, criterion, note, written_by, written_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [session_id, criterion, note, username, datetime.now()],
        )
        audit.log(db, username, "calibration", detail={"op": "note", "session_id": session_id, "criterion": criterion})


def notes(db: Database, session_id: int) -> dict[str, dict[str, Any]]:
    return {
        r["criterion"]: r
        for r in db.query(
            "SELECT criterion, note, written_by, written_at FROM calibration_notes WHERE session_id = ?", [session_id]
        )
    }


def history(db: Database, criteria: Sequence[str]) -> list[dict[str, Any]]:
    """Agreement over sessions, oldest first: per session the group's mean Fleiss' kappa and the mean
    agreement of the participants with the expert and with the automatic QA."""
    out = []
    for row in db.query(
        "SELECT session_id, title, created_at FROM calibration_sessions ORDER BY created_at, session_id"
    ):
        result = results(db, int(row["session_id"]), criteria)
        if len(result["participants"]) < 2:
            continue
        expert = [v["expert_agreement"] for v in result["people"].values() if v.get("expert_agreement") is not None]
        auto = [v["auto_agreement"] for v in result["people"].values() if v.get("auto_agreement") is not None]
        out.append(
            {
                **row,
                "participants": len(result["participants"]),
                "fleiss_kappa": result["mean_fleiss_kappa"],
                "expert_agreement": float(np.mean(expert)) if expert else None,
                "auto_agreement": float(np.mean(auto)) if auto else None,
            }
        )
    return out


def write_help_text(db: Database, username: str, key: str, text: str, path: Path = QA_FORM_PATH) -> None:
    """Write an agreed interpretation into the criterion's `help` in the QA form file, keeping the rest of
    the file (comments included) as it is. The file is checked to read back the same before it is saved;
    the automatic answers do not depend on help texts, so no re-analysis follows."""
    text = " ".join(clean_text(text, MAX_NOTE_CHARS, field="The help text", required=True).split())
    original = path.read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=\[\[criteria\]\])", original)
    wanted = re.compile(rf"(?m)^key\s*=\s*[\"']{re.escape(key)}[\"']\s*$")
    line = f"help = {json.dumps(text, ensure_ascii=False)}"
    for i, block in enumerate(blocks):
        if not block.startswith("[[criteria]]") or not wanted.search(block):
            continue
        head, sep, tail = block.partition("\n[criteria.")  # the criterion's own keys come before its sub-tables
        if re.search(r"(?m)^help\s*=.*$", head):
            head = re.sub(r"(?m)^help\s*=.*$", lambda _: line, head, count=1)
        else:
            head = re.sub(r"(?m)^(key\s*=.*)$", lambda m: f"{m[1]}\n{line}", head, count=1)
        blocks[i] = head + sep + tail
        break
    else:
        raise ValueError(f"the QA form has no criterion {key!r}")
    updated = "".join(blocks)
    try:
        before, after = tomllib.loads(original), tomllib.loads(updated)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path} could not be updated safely: {exc}") from None
    for old, new in zip(before.get("criteria", []), after.get("criteria", []), strict=True):
        expected = {**old, "help": text} if old.get("key") == key else old
        if new != expected:
            raise ValueError(f"{path} could not be updated safely; edit the help text by hand")
    with db.atomic():
        audit.log(db, username, "calibration", detail={"op": "help_written", "criterion": key, "help": text})
        path.write_text(updated, encoding="utf-8")


def reviewers(db: Database) -> list[str]:
    """Who may take part in a calibration: enabled admins, supervisors and trainers."""
    return [
        r["username"]
        for r in db.query(
            "SELECT username FROM users WHERE role IN ('admin', 'supervisor', 'trainer')"
            " AND NOT coalesce(disabled, false) ORDER BY username"
        )
    ]


def candidate_calls(db: Database, limit: int = 200) -> list[dict[str, Any]]:
    """Recent calls with an automatic evaluation, newest first: what a session is usually built from."""
    return db.query(
        "SELECT c.call_id, c.started_at, c.agent_name AS agent, c.team, e.total AS auto_total"
        " FROM calls c JOIN qa_evaluations e ON e.call_id = c.call_id"
        " ORDER BY c.started_at DESC NULLS LAST, c.call_id LIMIT ?",
        [limit],
    )


def blind_for(db: Database, username: str, call_id: str) -> bool:
    """Whether this user is scoring this call in a calibration session and has not submitted yet: then
    the review page hides the automatic and other reviewers' answers."""
    return bool(
        db.scalar(
            "SELECT count(*) FROM calibration_sessions s WHERE list_contains(s.call_ids, ?)"
            " AND list_contains(s.participants, ?) AND NOT EXISTS (SELECT 1 FROM calibration_answers a"
            "  WHERE a.session_id = s.session_id AND a.username = ?)",
            [call_id, username, username],
        )
    )


def call_lines(db: Database, call_id: str) -> list[dict[str, Any]]:
    """The (redacted) transcript lines a participant scores from."""
    return db.query("SELECT idx, speaker, start_s, text FROM utterances WHERE call_id = ? ORDER BY idx", [call_id])
