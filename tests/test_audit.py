"""The audit trail: append-only rows, hostile text kept as data, filtering and CSV export."""

from __future__ import annotations

import argparse
import csv
import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.cli import trust as cli_trust
from pipeline.store import audit
from pipeline.store.db import in_memory, session

REPO = Path(__file__).resolve().parents[1]

HOSTILE = [
    "'; DROP TABLE audit_log; --",
    "1 OR 1=1",
    "<script>alert('x')</script>",
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\u202eevil\u202c reversed",
    "zero\u200bwidth",
    "emoji 🎧 and 中文 and ﷽",
    "nul\x00byte\x1b[31mred",
    "lone surrogate \ud800 here",
    "x" * 100_000,
]


def test_log_and_read_back() -> None:
    db = in_memory()
    audit.log(db, "ana", "listen", call_id="C-1", detail={"original": False})
    audit.log(db, "bo", "search", detail={"query": "refund"})
    rows = audit.entries(db)
    assert [r["action"] for r in rows] == ["search", "listen"]  # newest first
    listen = rows[1]
    assert (listen["username"], listen["call_id"], listen["detail"]) == ("ana", "C-1", {"original": False})
    now = datetime.now(UTC).replace(tzinfo=None)
    assert abs(listen["logged_at"] - now) < timedelta(minutes=1)  # stored in UTC


def test_an_action_is_required() -> None:
    db = in_memory()
    for action in ("", "   ", "\x00"):
        with pytest.raises(ValueError, match="action"):
            audit.log(db, "ana", action)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_as_data(text: str) -> None:
    db = in_memory()
    audit.log(db, text, text, call_id=text, detail={"query": text, text[:50]: 1})
    [row] = audit.entries(db)
    assert db.scalar("SELECT count(*) FROM audit_log") == 1  # nothing was dropped or injected
    for field, limit in (("username", audit.MAX_FIELD_LENGTH), ("action", audit.MAX_ACTION_LENGTH)):
        assert len(row[field]) <= limit
        assert not any(ord(ch) < 32 for ch in row[field])
    assert row["detail"] is not None
    # Filtering by the same hostile value is a parameter too.
    assert len(audit.entries(db, username=row["username"])) == 1


def test_filters() -> None:
    db = in_memory()
    day = datetime(2025, 5, 10, 12, 0)
    audit.log(db, "ana", "listen", call_id="C-1", at=day - timedelta(days=2))
    audit.log(db, "ana", "note", call_id="C-1", at=day)
    audit.log(db, "bo", "listen", call_id="C-2", at=day + timedelta(hours=11))
    audit.log(db, "bo", "listen", call_id="C-2", at=day + timedelta(days=1))
    assert len(audit.entries(db, since=date(2025, 5, 10))) == 3
    assert len(audit.entries(db, since=date(2025, 5, 10), until=date(2025, 5, 10))) == 2
    assert len(audit.entries(db, until=day)) == 2
    assert [r["action"] for r in audit.entries(db, username="ana")] == ["note", "listen"]
    assert len(audit.entries(db, action="listen", call_id="C-2")) == 2
    assert len(audit.entries(db, limit=1)) == 1
    assert audit.count(db, action="listen") == 3
    # Time-zone-aware bounds are compared in UTC.
    aware = datetime(2025, 5, 10, 14, 0, tzinfo=UTC)
    assert len(audit.entries(db, since=aware)) == 2


def test_csv_export_neutralises_formulas() -> None:
    db = in_memory()
    for text in HOSTILE[:7]:
        audit.log(db, "ana", "search", detail={"query": text}, call_id=text)
    buffer = io.StringIO()
    assert audit.export_csv(db, buffer) == 7
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows[0] == list(audit.CSV_COLUMNS)
    for row in rows[1:]:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r", cell
    assert "'=HYPERLINK" in buffer.getvalue()
    assert audit.export_csv_text(db, action="nothing") == ",".join(audit.CSV_COLUMNS) + "\r\n"


def test_csv_export_to_a_file_with_filters(tmp_path: Path) -> None:
    db = in_memory()
    audit.log(db, "ana", "listen", call_id="C-1")
    audit.log(db, "bo", "listen", call_id="C-2")
    dest = tmp_path / "audit.csv"
    assert audit.export_csv(db, dest, username="bo") == 1
    rows = list(csv.DictReader(dest.open(encoding="utf-8")))
    assert [(r["username"], r["call_id"]) for r in rows] == [("bo", "C-2")]


# --- append-only ------------------------------------------------------------------------------

_WRITE_TO_AUDIT = re.compile(
    r"\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?|DROP\s+TABLE(\s+IF\s+EXISTS)?|ALTER\s+TABLE|INSERT\s+OR\s+REPLACE\s+INTO)"
    r"\s+\"?audit_log\b",
    re.IGNORECASE,
)
_MUTATING = re.compile(r"\b(UPDATE|DELETE|TRUNCATE|DROP|ALTER|REPLACE|MERGE)\b")  # SQL here is upper case


def _sources() -> list[Path]:
    files = [*REPO.joinpath("pipeline").rglob("*.py"), *REPO.joinpath("pages").rglob("*.py")]
    files += [p for p in (REPO / "app.py",) if p.exists()]
    files += list(REPO.joinpath("pipeline", "migrations").glob("*.sql"))
    return files


def test_no_code_updates_or_deletes_audit_rows() -> None:
    offenders = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if _WRITE_TO_AUDIT.search(text):
            offenders.append(str(path.relative_to(REPO)))
        for number, line in enumerate(text.splitlines(), 1):
            if "audit_log" in line and _MUTATING.search(line.split("--", 1)[0].split("#", 1)[0]):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_audit_store_only_inserts() -> None:
    source = Path(audit.__file__).read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    statements = re.findall(r'"((?:SELECT|INSERT|UPDATE|DELETE|WITH)\b[^"]*)', code)
    assert statements and all(s.startswith(("SELECT", "INSERT")) for s in statements), statements
    public = {name for name in vars(audit) if not name.startswith("_") and callable(getattr(audit, name))}
    functions = {name for name in public if getattr(getattr(audit, name), "__module__", "") == audit.__name__}
    assert functions == {"log", "entries", "count", "export_csv", "export_csv_text"}


# --- the command line -------------------------------------------------------------------------


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli_trust.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_audit_command_prints_and_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "e.duckdb"
    with session(path) as db:
        audit.log(db, "ana", "listen", call_id="C-1")
        audit.log(db, "bo", "search", detail={"query": "\x1b[2Jwipe"})
    assert _cli(["audit", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "listen" in out and "\x1b" not in out
    assert _cli(["audit", "--db", str(path), "--user", "ana"]) == 0
    assert "search" not in capsys.readouterr().out
    dest = tmp_path / "trail.csv"
    assert _cli(["audit", "--db", str(path), "--csv", str(dest), "--since", "2000-01-01"]) == 0
    assert len(list(csv.DictReader(dest.open(encoding="utf-8")))) == 2
    with session(path, read_only=True) as db:
        assert audit.entries(db, action="audit_export")[0]["detail"]["rows"] == 2
    assert _cli(["audit", "--db", str(tmp_path / "missing.duckdb")]) == cli_trust.EXIT_REFUSED
