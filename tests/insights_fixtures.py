"""A seeded database with 40 real Harper Valley bank calls added: contact reasons, drivers, alerts, digest.

Four task types spread over the two weeks before the seed's anchor: three steady (five calls a week)
and one rising ("replace card": twelve calls this week, none the week before), two of whose callers were
bounced from the Cards queue to Billing. Built once per run, copied per test.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pipeline.analysis.journeys import refresh_journeys
from pipeline.analysis.real_calls import load_harper_valley
from pipeline.insights.reasons import assign_reasons
from pipeline.records import CallAnalysis, CallMeta, CallRecord
from pipeline.store.calls import save_call
from pipeline.store.db import Database, open_database
from tests.app_fixtures import SeededFile

TASKS = ("check balance", "transfer money", "replace card", "reset password")
RISING = "replace card"
QUEUE = {"check balance": "Accounts", "transfer money": "Payments", "replace card": "Cards", "reset password": "Online"}
AGENTS = (
    ("A-100", "Ana Silva", "Billing"),
    ("A-200", "Ben Okafor", "Billing"),
    ("A-300", "Chloé Martin", "Tech support"),
)


@dataclass
class InsightsFile:
    path: Path
    task_of: dict[str, str]  # call id -> true task
    anchor: datetime


def _add_calls(db: Database, anchor: datetime) -> dict[str, str]:
    by_task: dict[str, list] = {t: [] for t in TASKS}
    for call in load_harper_valley():
        if (
            call.tasks
            and call.tasks[0] in by_task
            and len(by_task[call.tasks[0]]) < (12 if call.tasks[0] == RISING else 10)
        ):
            by_task[call.tasks[0]].append(call)
    task_of = {}
    customers = set()
    for task, calls in by_task.items():
        for i, call in enumerate(calls):
            this_week = task == RISING or i >= 5
            started = anchor - timedelta(days=(1 + i % 5) if this_week else (8 + i % 5), hours=i)
            agent_id, agent_name, team = AGENTS[i % 3]
            customer = f"HV-CUST-{task[:4]}-{i}"
            queue = QUEUE[task]
            if task == RISING and i in (2, 3):  # the card team sent them to billing: a second call, a day later
                customer = f"HV-BOUNCED-{i}"
            meta = CallMeta(call.call_id, agent_id, agent_name, team, customer, queue, started, "inbound", "left", None)
            score = 0.2 + 0.05 * (i % 7) + (0.3 if task == RISING else 0.0)
            record = CallRecord(
                meta=meta,
                content_hash=hashlib.sha256(call.call_id.encode()).hexdigest(),
                source_path=f"harper_valley/{call.call_id}.json",
                source_kind="json",
                duration_s=call.utterances[-1].end if call.utterances else 0.0,
                channels=0,
                speakers_estimated=False,
                utterances=call.utterances,
                analysis=CallAnalysis(hold_s=30.0 * (i % 2), score=score, reasons=[f"score {score:.2f}"]),
            )
            save_call(db, record)
            task_of[call.call_id] = task
            customers.add(customer)
            if customer.startswith("HV-BOUNCED"):
                leg = CallRecord(
                    **{
                        **record.__dict__,
                        "meta": CallMeta(
                            f"{call.call_id}-b",
                            agent_id,
                            agent_name,
                            team,
                            customer,
                            "Billing",
                            started + timedelta(days=1),
                            "inbound",
                            "left",
                            None,
                        ),
                        "content_hash": hashlib.sha256(f"{call.call_id}-b".encode()).hexdigest(),
                    }
                )
                save_call(db, leg)
                task_of[leg.meta.call_id] = task
    refresh_journeys(db, customers)
    return task_of


@pytest.fixture(scope="session")
def insights_template(seeded_template: SeededFile, tmp_path_factory: pytest.TempPathFactory) -> InsightsFile:
    folder = tmp_path_factory.mktemp("earshot_insights")
    path = folder / "earshot.duckdb"
    shutil.copyfile(seeded_template.path, path)
    anchor = seeded_template.info.now
    db = open_database(path)
    try:
        task_of = _add_calls(db, anchor)
        summary = assign_reasons(db)
        assert summary.discovered >= 4, summary
    finally:
        db.close()
    return InsightsFile(path, task_of, anchor)


@pytest.fixture
def insights_db(insights_template: InsightsFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> InsightsFile:
    """A private copy, which EARSHOT_DB points at."""
    path = tmp_path / "earshot.duckdb"
    shutil.copyfile(insights_template.path, path)
    monkeypatch.setenv("EARSHOT_DB", str(path))
    return InsightsFile(path, insights_template.task_of, insights_template.anchor)


@pytest.fixture
def insights_conn(insights_db: InsightsFile) -> Iterator[tuple[Database, InsightsFile]]:
    db = open_database(insights_db.path)
    try:
        yield db, insights_db
    finally:
        db.close()
