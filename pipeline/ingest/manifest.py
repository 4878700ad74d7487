"""The call system's export, `calls.csv`: which file is which call, and who was on it.

Columns: ``call_id, file, agent_id, agent_name, team, customer_id, started_at, queue``, optionally
``direction``, ``agent_channel`` (left/right, default left) and ``parent_call_id`` (the leg this
call was transferred from). Unknown columns are kept verbatim in `CallMeta.extra`.

Parsing never raises on bad content: problems come back as `ManifestProblem`s naming the file,
the row and what is wrong, so an ingest can report them and carry on with the good rows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.records import CallMeta

MANIFEST_NAME = "calls.csv"
REQUIRED_COLUMNS = ("call_id", "file")
KNOWN_COLUMNS = (
    "call_id",
    "file",
    "agent_id",
    "agent_name",
    "team",
    "customer_id",
    "started_at",
    "queue",
    "direction",
    "agent_channel",
    "parent_call_id",
)
AGENT_CHANNELS = ("left", "right")
MAX_FIELD_CHARS = 1000
MAX_MANIFEST_BYTES = 200 * 1024 * 1024


class ManifestError(ValueError):
    """The manifest as a whole cannot be used (unreadable, not CSV, required columns missing)."""


@dataclass
class ManifestProblem:
    """One row that cannot be used, or can be used only with a caveat (`fatal=False`)."""

    manifest: Path
    row: int  # 1-based line number in the file, header is line 1
    call_id: str | None
    message: str
    fatal: bool = True
    file: Path | None = None  # the file a refused row names: it must not be ingested under a made-up id

    def __str__(self) -> str:
        return f"{self.manifest} line {self.row}: {self.message}"


@dataclass
class ManifestEntry:
    """A usable row: the audio or transcript file it names and the call's metadata."""

    path: Path
    meta: CallMeta
    row: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    path: Path
    entries: list[ManifestEntry]
    problems: list[ManifestProblem]


def parse_timestamp(text: str) -> datetime:
    """ISO 8601 (`2026-11-02T09:14:00`, a space instead of T, an optional zone) to a naive datetime.

    Times without a zone are kept as the call system wrote them; times with one are converted to UTC.
    """
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is None else parsed.astimezone(UTC).replace(tzinfo=None)


def read_manifest(path: Path) -> Manifest:
    """Parse one calls.csv; raises ManifestError only when no row can be trusted."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"{path}: cannot be read ({exc.strerror})") from exc
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ManifestError(f"{path}: larger than {MAX_MANIFEST_BYTES // 2**20} MB; split the export")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if "\x00" in text:
        raise ManifestError(f"{path}: not a text CSV file (it contains NUL bytes)")
    return parse_manifest_text(text, path)


def parse_manifest_text(text: str, path: Path) -> Manifest:
    """Parse manifest content; file names resolve relative to `path`'s folder."""
    try:
        sample = text[:4096]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ManifestError(f"{path}: empty manifest (no header row)") from None
    except csv.Error as exc:
        raise ManifestError(f"{path}: not valid CSV ({exc})") from exc
    columns = [c.strip().lower() for c in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ManifestError(
            f"{path}: missing required column(s) {', '.join(missing)}; the header must include "
            f"{', '.join(REQUIRED_COLUMNS)} (found: {', '.join(c for c in columns if c) or 'nothing'})"
        )
    duplicated = sorted({c for c in columns if c and columns.count(c) > 1})
    if duplicated:
        raise ManifestError(f"{path}: column(s) appear twice in the header: {', '.join(duplicated)}")

    entries: list[ManifestEntry] = []
    problems: list[ManifestProblem] = []
    base = path.parent
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            entry = _parse_row(columns, values, line, path, base, problems)
            if entry is not None:
                entries.append(entry)
    except csv.Error as exc:
        problems.append(ManifestProblem(path, reader.line_num, None, f"CSV syntax error, rest of file ignored ({exc})"))
    return Manifest(path, _drop_duplicates(entries, problems, path), problems)


def _named_file(base: Path, columns: list[str], values: list[str]) -> Path | None:
    """The file a row names, even when the row itself cannot be used."""
    index = columns.index("file")
    if index >= len(values) or not values[index].strip():
        return None
    try:
        return (base / values[index].strip()).resolve()
    except (OSError, ValueError):  # a name no file system accepts (NUL bytes, too long)
        return None


def _parse_row(
    columns: list[str], values: list[str], line: int, path: Path, base: Path, problems: list[ManifestProblem]
) -> ManifestEntry | None:
    named = _named_file(base, columns, values)

    def refuse(call_id: str | None, message: str) -> None:
        problems.append(ManifestProblem(path, line, call_id, message, file=named))

    if len(values) > len(columns):
        refuse(None, f"{len(values)} fields but the header has {len(columns)}")
        return None
    row = {name: values[i].strip() if i < len(values) else "" for i, name in enumerate(columns) if name}
    call_id = row.get("call_id", "")
    if not call_id:
        refuse(None, "call_id is empty")
        return None
    too_long = [name for name, value in row.items() if len(value) > MAX_FIELD_CHARS]
    if too_long:
        refuse(call_id[:80], f"field(s) longer than {MAX_FIELD_CHARS} characters: {too_long}")
        return None
    if any(ord(ch) < 32 for ch in call_id):
        refuse(call_id, "call_id contains control characters")
        return None
    file_name = row.get("file", "")
    if not file_name:
        refuse(call_id, "file is empty")
        return None
    if "\x00" in file_name:  # no file system path holds a NUL byte; os calls would raise on it
        refuse(call_id, "file contains a NUL byte")
        return None
    file_path = (base / file_name).resolve()
    if not file_path.is_file():
        refuse(call_id, f"file {file_name!r} does not exist")
        return None

    warnings: list[str] = []
    started_at = None
    if row.get("started_at"):
        try:
            started_at = parse_timestamp(row["started_at"])
        except ValueError:
            warnings.append(
                f"started_at {row['started_at']!r} is not an ISO 8601 date-time; stored without a start time"
            )
    agent_channel = (row.get("agent_channel") or "left").lower()
    if agent_channel not in AGENT_CHANNELS:
        refuse(call_id, f"agent_channel must be left or right, not {row['agent_channel']!r}")
        return None
    meta = CallMeta(
        call_id=call_id,
        agent_id=row.get("agent_id") or None,
        agent_name=row.get("agent_name") or None,
        team=row.get("team") or None,
        customer_id=row.get("customer_id") or None,
        queue=row.get("queue") or None,
        started_at=started_at,
        direction=(row.get("direction") or None),
        agent_channel=agent_channel,
        parent_call_id=row.get("parent_call_id") or None,
        extra={k: v for k, v in row.items() if k not in KNOWN_COLUMNS and v},
    )
    for warning in warnings:
        problems.append(ManifestProblem(path, line, call_id, warning, fatal=False))
    return ManifestEntry(file_path, meta, line, warnings)


def _drop_duplicates(entries: list[ManifestEntry], problems: list[ManifestProblem], path: Path) -> list[ManifestEntry]:
    """Identical repeated rows collapse to one; conflicting rows for one call_id or one file are all refused."""
    by_id: dict[str, list[ManifestEntry]] = {}
    for entry in entries:
        by_id.setdefault(entry.meta.call_id, []).append(entry)
    kept: list[ManifestEntry] = []
    for call_id, group in by_id.items():
        first = group[0]
        if all(e.meta == first.meta and e.path == first.path for e in group[1:]):
            kept.append(first)
            continue
        lines = ", ".join(str(e.row) for e in group)
        for entry in group:
            problems.append(
                ManifestProblem(
                    path,
                    entry.row,
                    call_id,
                    f"duplicate call_id {call_id!r} with different values (lines {lines})",
                    file=entry.path,
                )
            )
    by_file: dict[Path, list[ManifestEntry]] = {}
    for entry in kept:
        by_file.setdefault(entry.path, []).append(entry)
    result = []
    for file_path, group in by_file.items():
        if len(group) == 1:
            result.append(group[0])
            continue
        ids = ", ".join(e.meta.call_id for e in group)
        for entry in group:
            problems.append(
                ManifestProblem(
                    path,
                    entry.row,
                    entry.meta.call_id,
                    f"file {file_path.name!r} is named by several calls ({ids})",
                    file=entry.path,
                )
            )
    return sorted(result, key=lambda e: e.row)
