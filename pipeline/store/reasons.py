"""Contact reasons in the store: the reason set, pinned sentences, and each call's assignment.

Plain reads and writes; the embedding and clustering that decide them live in `pipeline.insights.reasons`.
Every admin change (rename, merge, split, pin) is one transaction with its audit row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from pipeline.store import audit
from pipeline.store.connection import Database

MAX_NAME_CHARS = 80
MAX_PIN_CHARS = 300


@dataclass(frozen=True)
class Reason:
    reason_id: int
    name: str
    centroid: np.ndarray  # unit vector
    pins: tuple[np.ndarray, ...] = ()


@dataclass(frozen=True)
class NewReason:
    name: str
    centroid: np.ndarray
    examples: tuple[str, ...]
    origin: str = "discovered"


def active_reasons(db: Database) -> list[Reason]:
    """The reasons calls may be assigned to, with their pinned sentences' vectors."""
    rows = db.execute("SELECT reason_id, name, centroid FROM reasons WHERE active ORDER BY reason_id").fetchall()
    pins: dict[int, list[np.ndarray]] = {}
    for reason_id, vector in db.execute(
        "SELECT reason_id, vector FROM reason_pins ORDER BY reason_id, pinned_at, text"
    ).fetchall():
        pins.setdefault(int(reason_id), []).append(np.asarray(vector, dtype=np.float32))
    return [Reason(int(r), str(n), np.asarray(c, dtype=np.float32), tuple(pins.get(int(r), []))) for r, n, c in rows]


def reasons_version(reasons: Sequence[Reason], model_key: str) -> str:
    """What an assignment depends on (the centroids, the pins, the embedding model): 16 hex digits.

    Names are left out: renaming a reason changes no call's assignment.
    """
    digest = hashlib.sha256(model_key.encode())
    for reason in reasons:
        digest.update(str(reason.reason_id).encode())
        digest.update(np.round(reason.centroid.astype(np.float64), 5).tobytes())
        for pin in reason.pins:
            digest.update(np.round(pin.astype(np.float64), 5).tobytes())
    return digest.hexdigest()[:16]


def ready_calls(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM calls WHERE status = 'ready'"))


def calls_needing_reason(db: Database, version: str | None, *, everything: bool = False) -> list[str]:
    """Ready calls never assigned, or assigned with another reason set (every ready call with `everything`)."""
    if everything:
        rows = db.execute("SELECT call_id FROM calls WHERE status = 'ready' ORDER BY call_id").fetchall()
        return [r[0] for r in rows]
    rows = db.execute(
        "SELECT c.call_id FROM calls c LEFT JOIN call_reasons r USING (call_id)"
        " WHERE c.status = 'ready' AND (r.call_id IS NULL OR r.reasons_version IS DISTINCT FROM ?)"
        " ORDER BY c.call_id",
        [version],
    ).fetchall()
    return [r[0] for r in rows]


def forget_openings(db: Database, call_ids: Sequence[str]) -> None:
    """Drop the stored openings of calls whose transcript was (re)written, so they are read again."""
    if call_ids:
        db.execute("DELETE FROM call_reasons WHERE list_contains(?, call_id)", [list(call_ids)])


def stored_openings(db: Database, call_ids: Sequence[str]) -> dict[str, tuple[str, np.ndarray | None]]:
    """Openings already read (call id -> (text, vector; None when the customer said nothing usable)):
    re-assignment reads these, not the transcript."""
    if not call_ids:
        return {}
    rows = db.execute(
        "SELECT call_id, opening, vector FROM call_reasons WHERE list_contains(?, call_id)", [list(call_ids)]
    ).fetchall()
    return {r[0]: (r[1] or "", None if r[2] is None else np.asarray(r[2], dtype=np.float32)) for r in rows}


def customer_lines(db: Database, call_ids: Sequence[str], within_s: float) -> dict[str, list[str]]:
    """The customer's lines in the first `within_s` seconds of each call, in order (redacted text)."""
    out: dict[str, list[str]] = {c: [] for c in call_ids}
    if not call_ids:
        return out
    for call_id, text in db.execute(
        "SELECT call_id, text FROM utterances WHERE list_contains(?, call_id) AND speaker = 'customer'"
        " AND start_s <= ? ORDER BY call_id, idx",
        [list(call_ids), within_s],
    ).fetchall():
        out[call_id].append(text)
    return out


def save_assignments(db: Database, rows: Sequence[tuple[str, int | None, float | None, str, Any, str]]) -> None:
    """(call_id, reason_id, similarity, opening, vector or None, version) per call, replacing any earlier one."""
    if not rows:
        return
    now = datetime.now()
    with db.atomic():
        db.execute("DELETE FROM call_reasons WHERE list_contains(?, call_id)", [[r[0] for r in rows]])
        db.executemany(
            "INSERT INTO call_reasons (call_id, reason_id, similarity, opening, vector, reasons_version, assigned_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [[c, r, s, o, None if v is None else [float(x) for x in v], ver, now] for c, r, s, o, v, ver in rows],
        )


def all_vectors(db: Database, reason_id: int | None = None) -> tuple[list[str], list[str], np.ndarray]:
    """Every embedded opening (or those of one reason): call ids, texts, and an (n, 384) matrix."""
    sql = "SELECT call_id, opening, vector FROM call_reasons WHERE vector IS NOT NULL"
    params: list[Any] = []
    if reason_id is not None:
        sql += " AND reason_id = ?"
        params.append(reason_id)
    rows = db.execute(sql + " ORDER BY call_id", params).fetchall()
    if not rows:
        return [], [], np.zeros((0, 384), dtype=np.float32)
    return [r[0] for r in rows], [r[1] or "" for r in rows], np.asarray([r[2] for r in rows], dtype=np.float32)


def replace_reasons(db: Database, reasons: Sequence[NewReason], actor: str | None) -> list[int]:
    """Retire every active reason and store a newly discovered set; returns the new ids."""
    with db.atomic():
        db.execute("UPDATE reasons SET active = false, updated_at = current_timestamp WHERE active")
        ids = [_insert(db, r) for r in reasons]
        audit.log(db, actor, "reasons_discover", detail={"reasons": len(ids)})
    return ids


def _insert(db: Database, reason: NewReason) -> int:
    return int(
        db.scalar(
            "INSERT INTO reasons (name, auto_name, centroid, examples, origin) VALUES (?, ?, ?, ?, ?)"
            " RETURNING reason_id",
            [
                reason.name[:MAX_NAME_CHARS],
                reason.name[:MAX_NAME_CHARS],
                [float(x) for x in reason.centroid],
                list(reason.examples),
                reason.origin,
            ],
        )
    )


def _active(db: Database, reason_id: int) -> dict[str, Any]:
    row = db.query_one("SELECT reason_id, name FROM reasons WHERE reason_id = ? AND active", [reason_id])
    if row is None:
        raise ValueError(f"no active reason {reason_id}")
    return row


def rename_reason(db: Database, actor: str, reason_id: int, name: str) -> None:
    clean = " ".join(str(name or "").split())[:MAX_NAME_CHARS]
    if not clean:
        raise ValueError("a reason needs a name")
    with db.atomic():
        old = _active(db, reason_id)
        db.execute(
            "UPDATE reasons SET name = ?, updated_at = current_timestamp WHERE reason_id = ?", [clean, reason_id]
        )
        audit.log(db, actor, "reason_rename", detail={"reason_id": reason_id, "from": old["name"], "to": clean})


def merge_reasons(db: Database, actor: str, keep_id: int, merged_id: int, centroid: np.ndarray) -> None:
    """`merged_id`'s calls and pins join `keep_id`, whose centroid becomes `centroid` (the union's mean)."""
    if keep_id == merged_id:
        raise ValueError("choose two different reasons to merge")
    with db.atomic():
        keep, merged = _active(db, keep_id), _active(db, merged_id)
        db.execute(
            "UPDATE reasons SET centroid = ?, updated_at = current_timestamp WHERE reason_id = ?",
            [[float(x) for x in centroid], keep_id],
        )
        db.execute(
            "UPDATE reasons SET active = false, merged_into = ?, updated_at = current_timestamp WHERE reason_id = ?",
            [keep_id, merged_id],
        )
        db.execute("UPDATE reason_pins SET reason_id = ? WHERE reason_id = ?", [keep_id, merged_id])
        db.execute("UPDATE call_reasons SET reason_id = ? WHERE reason_id = ?", [keep_id, merged_id])
        audit.log(
            db,
            actor,
            "reason_merge",
            detail={"kept": keep_id, "kept_name": keep["name"], "merged": merged_id, "merged_name": merged["name"]},
        )


def split_reason(db: Database, actor: str, reason_id: int, parts: Sequence[NewReason]) -> list[int]:
    """Replace one reason by the parts its calls fall into."""
    with db.atomic():
        old = _active(db, reason_id)
        db.execute("UPDATE reasons SET active = false, updated_at = current_timestamp WHERE reason_id = ?", [reason_id])
        ids = [_insert(db, p) for p in parts]
        db.execute("DELETE FROM reason_pins WHERE reason_id = ?", [reason_id])
        audit.log(db, actor, "reason_split", detail={"reason_id": reason_id, "name": old["name"], "into": ids})
    return ids


def pin_sentence(db: Database, actor: str, reason_id: int, text: str, vector: np.ndarray) -> None:
    clean = " ".join(str(text or "").split())[:MAX_PIN_CHARS]
    if not clean:
        raise ValueError("pin a sentence: it is empty")
    with db.atomic():
        _active(db, reason_id)
        db.execute(
            "INSERT INTO reason_pins (reason_id, text, vector, pinned_by) VALUES (?, ?, ?, ?)",
            [reason_id, clean, [float(x) for x in vector], actor],
        )
        audit.log(db, actor, "reason_pin", detail={"reason_id": reason_id, "text": clean})


def reason_list(db: Database) -> list[dict[str, Any]]:
    """Active reasons with their calls, examples and pins, for the admin section and the CLI."""
    return db.query(
        "SELECT r.reason_id, r.name, r.auto_name, r.examples, r.origin,"
        " (SELECT count(*) FROM call_reasons cr WHERE cr.reason_id = r.reason_id) AS calls,"
        " (SELECT list(p.text ORDER BY p.pinned_at) FROM reason_pins p WHERE p.reason_id = r.reason_id) AS pins"
        " FROM reasons r WHERE r.active ORDER BY calls DESC, r.reason_id"
    )


def reason_names(db: Database, call_ids: Sequence[str]) -> dict[str, str]:
    """Call id -> its reason's name (calls without one are left out)."""
    if not call_ids:
        return {}
    rows = db.execute(
        "SELECT cr.call_id, r.name FROM call_reasons cr JOIN reasons r USING (reason_id)"
        " WHERE list_contains(?, cr.call_id)",
        [list(call_ids)],
    ).fetchall()
    return dict(rows)
