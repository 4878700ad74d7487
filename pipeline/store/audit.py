"""The audit trail: who did what, to which call, when. Append-only.

Every listen, clip export, transcript view, search, note, QA score, rule or setting change, user
change and sign-in is one row in the audit table, written by `log`. Nothing in Earshot updates
or deletes audit rows: this module has no such function, and tests/test_audit.py checks that no
code in the pipeline or the app changes or removes rows of that table. (DuckDB has no triggers or
grants to enforce that at the database level; whoever can write the database file can change
anything in it, which is why the file's permissions and backups matter, see the README's Security section.)

Admins browse the trail with `entries` and export it with `export_csv`. Timestamps are UTC.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, TextIO

from pipeline.store.db import Database

# The actions Earshot writes (others are accepted: the list documents, it does not restrict).
ACTIONS: tuple[str, ...] = (
    "login",  # detail.method: password | sso
    "login_failed",  # detail.reason: unknown_user | wrong_password | locked | disabled | ...
    "login_locked",  # the failure that locked the account; detail.until
    "login_sso_denied",
    "logout",
    "listen",  # redacted audio played; detail.original = true when it was the original
    "view_transcript",
    "search",  # detail.query
    "export_clip",
    "note",
    "qa",
    "calibration",  # detail.op: created | submitted | note | help_written
    "qa_dispute",  # detail.op: acknowledged | raised | upheld | overturned, with the reason
    "qa_override",  # a reviewer changed an automatic QA answer; detail: criterion, automatic, human, reason
    "moment_review",
    "follow_up",
    "coaching",
    "rule_change",
    "setting_changed",
    "user_added",
    "user_disabled",
    "user_enabled",
    "user_role_changed",
    "user_password_changed",
    "user_unlocked",
    "audit_export",
    "backup",
    "restore",
)
MAX_ACTION_LENGTH = 64
MAX_FIELD_LENGTH = 200
MAX_DETAIL_LENGTH = 4000
CSV_COLUMNS = ("audit_id", "logged_at", "username", "action", "call_id", "detail")


def _clean(value: str | None, limit: int) -> str | None:
    """Text as data: control characters out, capped; hostile input is kept readable but bounded."""
    if value is None:
        return None
    value = str(value).encode("utf-8", "replace").decode("utf-8")
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Cc")
    return value[:limit]


def _utc_naive(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(UTC).replace(tzinfo=None)
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def log(
    db: Database,
    username: str | None,
    action: str,
    call_id: str | None = None,
    detail: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Append one row to the audit trail (inside the caller's transaction, if there is one)."""
    action = _clean(action, MAX_ACTION_LENGTH) or ""
    if not action.strip():
        raise ValueError("an audit entry needs an action")
    detail_json = None
    if detail is not None:
        detail_json = json.dumps(detail, default=str, ensure_ascii=False, sort_keys=True)
        detail_json = detail_json.encode("utf-8", "replace").decode("utf-8")  # lone surrogates
        if len(detail_json) > MAX_DETAIL_LENGTH:
            detail_json = json.dumps({"truncated": detail_json[:MAX_DETAIL_LENGTH]}, ensure_ascii=False)
    db.execute(
        "INSERT INTO audit_log (logged_at, username, action, call_id, detail) VALUES (?, ?, ?, ?, ?)",
        [
            _utc_naive(at),
            _clean(username, MAX_FIELD_LENGTH),
            action,
            _clean(call_id, MAX_FIELD_LENGTH),
            detail_json,
        ],
    )


def _since(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return _utc_naive(value) if value is not None else None
    return datetime.combine(value, time.min)


def _where(
    since: date | datetime | None,
    until: date | datetime | None,
    username: str | None,
    action: str | None,
    call_id: str | None,
) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if since is not None:
        conditions.append("logged_at >= ?")
        params.append(_since(since))
    if until is not None:
        # A date means "up to the end of that day".
        bound = _since(until) if isinstance(until, datetime) else datetime.combine(until, time.max)
        conditions.append("logged_at <= ?")
        params.append(bound)
    for column, value in (("username", username), ("action", action), ("call_id", call_id)):
        if value:
            conditions.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def entries(
    db: Database,
    *,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    username: str | None = None,
    action: str | None = None,
    call_id: str | None = None,
    limit: int | None = 1000,
) -> list[dict[str, Any]]:
    """Audit rows, newest first, filtered; detail decoded from JSON. `limit=None` for all of them."""
    where, params = _where(since, until, username, action, call_id)
    sql = "SELECT audit_id, logged_at, username, action, call_id, detail FROM audit_log" + where
    sql += " ORDER BY logged_at DESC, audit_id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    rows = db.query(sql, params)
    for row in rows:
        row["detail"] = json.loads(row["detail"]) if row["detail"] else None
    return rows


def count(db: Database, *, action: str | None = None, username: str | None = None) -> int:
    where, params = _where(None, None, username, action, None)
    return int(db.scalar("SELECT count(*) FROM audit_log" + where, params))


def _csv_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: values starting with = + - @ (or a tab/CR) would run as
    formulas when an admin opens the export, and searches and notes are attacker-controlled text."""
    if value is None:
        return ""
    text = value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def _csv_rows(db: Database, where: str, params: list[Any]) -> Iterator[list[str]]:
    cursor = db.execute(
        "SELECT audit_id, logged_at, username, action, call_id, detail FROM audit_log"
        + where
        + " ORDER BY logged_at, audit_id",
        params,
    )
    while True:
        batch = cursor.fetchmany(5000)
        if not batch:
            return
        for row in batch:
            yield [_csv_cell(v) for v in row]


def export_csv(
    db: Database,
    dest: Path | str | TextIO,
    *,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    username: str | None = None,
    action: str | None = None,
    call_id: str | None = None,
) -> int:
    """Write the (filtered) trail as CSV, oldest first, to a path or an open text file; returns the row count."""
    where, params = _where(since, until, username, action, call_id)
    if isinstance(dest, (str, Path)):
        with open(dest, "w", newline="", encoding="utf-8") as handle:
            return _write_csv(handle, _csv_rows(db, where, params))
    return _write_csv(dest, _csv_rows(db, where, params))


def _write_csv(handle: TextIO, rows: Iterator[list[str]]) -> int:
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for row in rows:
        writer.writerow(row)
        written += 1
    return written


def export_csv_text(db: Database, **filters: Any) -> str:
    """The CSV export as a string (for a download button)."""
    buffer = io.StringIO()
    export_csv(db, buffer, **filters)
    return buffer.getvalue()
