"""Across calls: journeys, contact numbers, resolution, legs, final scores, follow-ups, re-analysis."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest

from pipeline.analysis.call import analyze_call
from pipeline.analysis.followups import due_from_text
from pipeline.analysis.journeys import contact_rates, refresh_journeys
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import Rules, Settings
from pipeline.analysis.stored import analyze_stored, calls_needing_analysis
from pipeline.records import CallMeta, CallRecord, Utterance
from pipeline.store.calls import save_call
from pipeline.store.db import Database, in_memory
from pipeline.store.queries import call_detail

MONDAY = datetime(2026, 3, 2, 10, 0)  # a Monday


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


@pytest.fixture
def db() -> Database:
    database = in_memory()
    yield database
    database.close()


def make_call(
    call_id: str,
    started_at: datetime | None,
    lines: list[tuple[str, str]],
    rules: Rules,
    customer: str | None = "C-1",
    agent: str = "A-1",
    team: str = "Billing",
    parent: str | None = None,
) -> CallRecord:
    utterances, t = [], 0.5
    for speaker, text in lines:
        utterances.append(Utterance(speaker, t, t + 2.5, text))
        t += 3.0
    meta = CallMeta(
        call_id, agent_id=agent, team=team, customer_id=customer, started_at=started_at, parent_call_id=parent
    )
    record = CallRecord(meta, f"hash-{call_id}", f"/calls/{call_id}.json", "json", t, 2, False, utterances)
    record.analysis = analyze_call(record, rules)
    return record


HAPPY = [
    ("customer", "hi I need to update my address"),
    ("agent", "sure, I've updated it for you"),
    ("customer", "great thank you so much, that is lovely"),
]
ANGRY = [
    ("customer", "my refund still has not arrived"),
    ("agent", "that's the billing department's mistake"),
    ("customer", "this is ridiculous, I'm furious and really unhappy"),
]


def store(db: Database, *records: CallRecord) -> None:
    for record in records:
        save_call(db, record)


def test_repeat_contacts_make_one_journey(db: Database, rules: Rules) -> None:
    store(
        db,
        make_call("c1", MONDAY, ANGRY, rules),
        make_call("c2", MONDAY + timedelta(days=2), ANGRY, rules, agent="A-2"),
        make_call("c3", MONDAY + timedelta(days=4), ANGRY, rules, agent="A-3", team="Retentions"),
        make_call("c4", MONDAY + timedelta(days=20), HAPPY, rules),  # a new journey: outside the 7-day window
    )
    refresh_journeys(db, {"C-1"})
    journeys = db.query("SELECT * FROM journeys ORDER BY started_at")
    assert [j["n_calls"] for j in journeys] == [3, 1]
    first = journeys[0]
    assert first["n_agents"] == 3 and first["n_teams"] == 2 and first["resolved"] is False
    assert list(first["call_ids"]) == ["c1", "c2", "c3"]
    rows = {r["call_id"]: r for r in db.query("SELECT call_id, contact_number, resolved, journey_id FROM analysis")}
    assert [rows[c]["contact_number"] for c in ("c1", "c2", "c3", "c4")] == [1, 2, 3, 1]
    assert rows["c1"]["resolved"] is False  # the customer had to call again
    assert rows["c4"]["resolved"] is True
    assert rows["c1"]["journey_id"] == rows["c3"]["journey_id"] != rows["c4"]["journey_id"]
    detail = call_detail(db, "c3")
    assert detail is not None and "3rd contact in 5 days" in detail["reasons"]
    assert detail["contact_number"] == 3
    scores = {cid: call_detail(db, cid)["score"] for cid in ("c1", "c3")}
    assert scores["c3"] > scores["c1"]  # same call content, later in the journey: worse


def test_transferred_leg_joins_its_parents_contact(db: Database, rules: Rules) -> None:
    store(
        db,
        make_call("p1", MONDAY, [("agent", "I'll transfer you to accounts")], rules),
        make_call("p1-leg", MONDAY + timedelta(minutes=5), HAPPY, rules, agent="A-9", team="Accounts", parent="p1"),
    )
    refresh_journeys(db)
    legs = {r["call_id"]: r for r in db.query("SELECT call_id, contact_number, journey_id, resolved FROM analysis")}
    assert legs["p1"]["contact_number"] == legs["p1-leg"]["contact_number"] == 1
    assert legs["p1"]["journey_id"] == legs["p1-leg"]["journey_id"]
    journey = db.query_one("SELECT * FROM journeys")
    assert journey["n_calls"] == 2 and journey["n_transfers"] == 2  # one announced + one leg
    assert journey["resolved"] is True  # the leg ended well and nobody called back
    assert "transferred in from another call" in call_detail(db, "p1-leg")["reasons"]


def test_calls_without_customer_are_refreshed_once(db: Database, rules: Rules) -> None:
    store(db, make_call("anon", MONDAY, ANGRY, rules, customer=None))
    refresh_journeys(db, set())
    row = db.query_one("SELECT contact_number, journey_id, resolved FROM analysis WHERE call_id = 'anon'")
    assert row == {"contact_number": 1, "journey_id": None, "resolved": False}


def test_follow_ups_are_created_with_due_dates_and_keep_their_status(db: Database, rules: Rules) -> None:
    promise = [("customer", "my claim is stuck"), ("agent", "I'll call you back tomorrow with an update")]
    store(db, make_call("f1", MONDAY, promise, rules))
    refresh_journeys(db, {"C-1"})
    follow = db.query_one("SELECT * FROM follow_ups")
    assert follow["call_id"] == "f1" and follow["status"] == "open" and follow["agent_id"] == "A-1"
    assert follow["due_at"] == datetime(2026, 3, 3, 17, 0)
    db.execute("UPDATE follow_ups SET status = 'done', closed_by = 'sup' WHERE moment_id = ?", [follow["moment_id"]])
    analyze_stored(db, ["f1"], rules)
    again = db.query_one("SELECT * FROM follow_ups")
    assert again["moment_id"] == follow["moment_id"] and again["status"] == "done" and again["closed_by"] == "sup"


def test_stale_open_follow_ups_are_removed(db: Database, rules: Rules) -> None:
    store(db, make_call("f2", MONDAY, [("agent", "I'll email you by friday")], rules))
    refresh_journeys(db)
    assert db.scalar("SELECT count(*) FROM follow_ups") == 1
    store(db, make_call("f2", MONDAY, [("agent", "all sorted, nothing else needed")], rules))
    refresh_journeys(db)
    assert db.scalar("SELECT count(*) FROM follow_ups") == 0


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I'll call you back tomorrow", datetime(2026, 3, 3, 17)),
        ("I'll email you by Friday", datetime(2026, 3, 6, 17)),
        ("I'll check on it on Monday", datetime(2026, 3, 9, 17)),  # said on a Monday: next Monday
        ("you'll hear from me in 48 hours", MONDAY + timedelta(hours=48)),
        ("I'll ring you within two working days", datetime(2026, 3, 4, 17)),
        ("I'll get back to you later today", datetime(2026, 3, 2, 17)),
        ("I'll get back to you", MONDAY + timedelta(hours=48)),
    ],
)
def test_due_dates(text: str, due: datetime) -> None:
    assert due_from_text(text, MONDAY, Settings()) == due


def test_due_date_needs_a_call_time() -> None:
    assert due_from_text("tomorrow", None, Settings()) is None


def test_analyze_stored_reanalyses_without_audio(db: Database, rules: Rules, tmp_path) -> None:
    store(db, make_call("s1", MONDAY, ANGRY, rules), make_call("s2", MONDAY, HAPPY, rules, customer="C-2"))
    assert calls_needing_analysis(db, rules.version) == []
    db.execute("DELETE FROM analysis WHERE call_id = 's2'")
    assert calls_needing_analysis(db, rules.version) == ["s2"]
    other = tmp_path / "rules.toml"
    other.write_text(rules.path.read_text() + "\n# edited\n")
    shutil.copy(rules.path.parent / "moment_model.npz", tmp_path)  # the rules name their model beside them
    edited = load_rules(other)
    assert set(calls_needing_analysis(db, edited.version)) == {"s1", "s2"}
    assert analyze_stored(db, None, edited) == 2
    assert calls_needing_analysis(db, edited.version) == []
    detail = call_detail(db, "s1")
    assert detail["moments"] and detail["tone"]["customer_end"] < 0 and detail["utterances"][0]["sentiment"] is not None
    for key in (
        "transfers",
        "hold_s",
        "silence_s",
        "talk_ratio_agent",
        "overtalk_s",
        "tone",
        "moments",
        "score",
        "reasons",
    ):
        assert key in detail


def test_contact_rates_per_agent_and_team(db: Database, rules: Rules) -> None:
    store(
        db,
        make_call("r1", MONDAY, ANGRY, rules, agent="A-1"),
        make_call("r2", MONDAY + timedelta(days=1), HAPPY, rules, agent="A-2", team="Retentions"),
        make_call("r3", MONDAY, HAPPY, rules, customer="C-2", agent="A-1"),
    )
    refresh_journeys(db)
    by_agent = {r["grp"]: r for r in contact_rates(db, "agent_id")}
    assert by_agent["A-1"]["fcr"] == 0.5 and by_agent["A-1"]["repeat_contact_rate"] == 0.0
    assert by_agent["A-2"]["repeat_contact_rate"] == 1.0
    by_team = {r["grp"]: r for r in contact_rates(db, "team")}
    assert set(by_team) == {"Billing", "Retentions"}
    with pytest.raises(ValueError):
        contact_rates(db, "customer_id")
