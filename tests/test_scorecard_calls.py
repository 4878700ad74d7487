"""The scorecard's per-call facts: today's numbers, kept by every write path, never torn by a killed writer."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from bench.scorecard_check import compare
from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment, Utterance
from pipeline.store import scorecard as sc
from pipeline.store import scorecard_calls
from pipeline.store.analysis import CallResult, update_call_results
from pipeline.store.calls import ensure_derived, save_analysis, save_call, update_metadata
from pipeline.store.db import Database, open_database
from pipeline.store.qa import save_reviewed_form
from pipeline.store.queries import call_detail
from pipeline.store.review import load_qa_form, save_qa_score
from tests.seed import SeedInfo

ROOT = Path(__file__).resolve().parents[1]
Seeded = tuple[Database, SeedInfo]


def test_every_scorecard_view_from_the_facts_equals_the_base_tables(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    assert sc.uses_facts(db)
    assert compare(db) == []
    assert db.scalar("SELECT count(*) FROM scorecard_calls") == db.scalar(
        "SELECT count(*) FROM calls WHERE status = 'ready'")


def new_record(started_at: datetime) -> CallRecord:
    """A new analysed call for agent A-100 on the last day of the samples."""
    return CallRecord(
        meta=CallMeta("K-NEW", agent_id="A-100", agent_name="Ana Silva", team="Billing", customer_id="CU-99",
                      started_at=started_at),
        content_hash="k-new", source_path="k-new.json", source_kind="json", duration_s=420.0, channels=2,
        speakers_estimated=False,
        utterances=[Utterance("agent", 0.0, 2.0, "Hello, how can I help?"),
                    Utterance("customer", 2.5, 5.0, "I want to speak to your manager.")],
        analysis=CallAnalysis(transfers=1, hold_s=30.0, silence_s=4.0,
                              tone={"customer_start": -0.2, "customer_end": -0.6, "ended_negative": True},
                              moments=[Moment("escalation_request", "customer", 2.5, 5.0, "manager", "test")]),
    )


def _last_day(db: Database) -> datetime:
    return datetime.combine(sc.default_period(db).end, datetime.min.time()).replace(hour=12)  # type: ignore[union-attr]


def test_every_write_path_keeps_the_facts(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    record = new_record(_last_day(db))
    save_call(db, record)  # ingest
    assert compare(db, full=False) == []
    form = load_qa_form()
    save_qa_score(db, "qa", "K-NEW", {c.key: 1.0 for c in form.criteria}, "", form)  # a QA review
    assert db.scalar("SELECT qa_score FROM scorecard_calls WHERE call_id = 'K-NEW'") is not None
    # a reviewed form on the Call review page's QA tab (automatic answers accepted or overridden)
    save_reviewed_form(db, "qa", "K-NEW", {c.key: "not_met" for c in form.criteria}, {}, "", form)
    assert compare(db, full=False) == []
    save_analysis(db, "K-NEW", replace(record.analysis, moments=[]))  # re-analysis with other rules
    update_call_results(db, [CallResult("K-NEW", "J-NEW", 2, False, 50.0, [])])  # journeys
    with db.atomic():
        update_metadata(db, replace(record.meta, team="Tech support"))  # a corrected manifest
    assert compare(db, full=False) == []
    facts = db.query_one("SELECT team, moment_bits, contact_number FROM scorecard_calls WHERE call_id = 'K-NEW'")
    assert facts == {"team": "Tech support", "moment_bits": 0, "contact_number": 2}


KILLED_WRITER = textwrap.dedent("""
    import os, sys
    from datetime import datetime
    sys.path.insert(0, {root!r})
    from pipeline.store import calls, scorecard_calls
    from pipeline.store.db import open_database
    from tests.test_scorecard_calls import new_record

    def killed(db, call_ids):
        os._exit(9)  # the writer dies after the call's rows are written, before its facts are

    scorecard_calls.refresh = killed
    db = open_database({path!r})
    calls.save_call(db, new_record(datetime.fromisoformat({when!r})))
""")


def test_a_writer_killed_between_the_call_and_its_facts_leaves_them_agreeing(seeded_conn: Seeded,
                                                                             tmp_path: Path) -> None:
    db, _ = seeded_conn
    when = _last_day(db)
    path = Path(db.scalar("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"))
    before = sc.scorecard(db, when, when, "agent")
    db.close()
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER.format(root=str(ROOT), path=str(path),
                                                                        when=when.isoformat())],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert killed.returncode == 9, killed.stderr
    again = open_database(path)
    try:
        # Nothing of the half-stored call survived: the board and its drill-down agree, as before.
        assert call_detail(again, "K-NEW") is None
        assert compare(again, full=False) == []
        assert sc.scorecard(again, when, when, "agent").equals(before)
        # The next run stores the call and its facts together.
        ensure_derived(again)
        save_call(again, new_record(when))
        assert compare(again, full=False) == []
        board = sc.scorecard(again, when, when, "agent")
        assert int(board.iloc[0]["calls"]) == int(before.iloc[0]["calls"]) + 1
    finally:
        again.close()


def test_facts_missing_are_rebuilt_by_the_next_writer(seeded_conn: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = seeded_conn
    expected = db.query("SELECT * FROM scorecard_calls ORDER BY call_id")
    # A database from before the facts table: empty and marked incomplete, so pages read the base tables.
    db.execute("DELETE FROM scorecard_calls")
    db.execute("UPDATE scorecard_state SET complete = FALSE")
    assert not sc.uses_facts(db)
    assert not sc.scorecard(db, *_period(db), "team").empty
    ensure_derived(db)
    assert sc.uses_facts(db)
    assert db.query("SELECT * FROM scorecard_calls ORDER BY call_id") == expected
    assert scorecard_calls.ensure(db) is False  # complete: nothing to do
    # Counting other moments (say, no longer the weak `possible` ones) makes the table stale until rebuilt.
    monkeypatch.setattr(scorecard_calls, "COUNTED_MOMENT_SQL", "m.kind <> 'apology'")
    assert not sc.uses_facts(db)
    assert scorecard_calls.ensure(db) is True and sc.uses_facts(db)


def _period(db: Database) -> tuple:
    period = sc.default_period(db)
    assert period is not None
    return period.start, period.end
