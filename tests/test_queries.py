"""The app's read queries on the seeded database: ranking, filters, agent scope, search, follow-ups."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pipeline.store import queries
from pipeline.store.db import Database
from pipeline.store.queries import CallFilters
from tests.seed import JOURNEY_ID, PENDING_CALL, SeedInfo

Seeded = tuple[Database, SeedInfo]


def test_app_status_counts_calls_by_status(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    status = queries.app_status(db)
    assert status["ready"] == 8 and status["pending"] == 1 and status["running"] is None
    db.execute(
        "INSERT INTO ingest_runs (run_id, started_at, status, n_total, n_ingested, n_skipped) VALUES"
        " ('r1', now(), 'running', 40, 10, 2)"
    )
    assert queries.app_status(db)["running"]["n_done"] == 12


def test_worst_calls_ranks_by_score_and_shows_reasons(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    frame, total = queries.worst_calls(db, CallFilters())
    assert total == 8 and list(frame["score"]) == sorted(frame["score"], reverse=True)
    assert frame.iloc[0]["call_id"] == "C-1001"
    assert "blame shift" in frame.iloc[0]["reasons"]
    assert "blame_shift" in frame.iloc[0]["moment_kinds"]
    assert PENDING_CALL not in set(frame["call_id"])


def test_worst_calls_filters(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    by_team, _ = queries.worst_calls(db, CallFilters(teams=("Tech support",)))
    assert set(by_team["team"]) == {"Tech support"}
    by_kind, total = queries.worst_calls(db, CallFilters(moment_kinds=("feeling_dismissal",)))
    assert list(by_kind["call_id"]) == ["C-1006"] and total == 1
    by_agent, _ = queries.worst_calls(db, CallFilters(agent_ids=("A-200",), queues=("Billing",)))
    assert set(by_agent["agent"]) == {"Ben Okafor"}
    recent, _ = queries.worst_calls(db, CallFilters(date_from=(datetime.now() - timedelta(days=4)).date()))
    assert set(recent["call_id"]) == {"C-1004", "C-1006", "C-1008"}


def test_agent_scope_limits_every_call_query(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    frame, _ = queries.worst_calls(db, CallFilters(agent_ids=("A-200",)), agent_scope="A-100")
    assert frame.empty  # asking for someone else's calls gives nothing
    sample = queries.random_sample(db, None, None, 10, 1, agent_scope="A-100")
    assert set(sample["agent"]) == {"Ana Silva"}
    assert queries.review_call(db, "C-1002", agent_scope="A-100") is None
    assert queries.review_call(db, "C-1001", agent_scope="A-100") is not None
    hits, _ = queries.search_transcripts(db, "refund", agent_scope="A-200")
    assert set(hits["agent"]) <= {"Ben Okafor"}
    assert set(queries.follow_ups(db, datetime.now(), agent_scope="A-100")["agent_id"]) == {"A-100"}
    assert set(queries.customer_calls(db, "CU-42", agent_scope="A-100")["agent"]) == {"Ana Silva"}


def test_random_sample_is_stable_per_seed_and_ignores_other_filters(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    first = queries.random_sample(db, None, None, 4, seed=7)
    assert list(first["call_id"]) == list(queries.random_sample(db, None, None, 4, seed=7)["call_id"])
    draws = {tuple(queries.random_sample(db, None, None, 4, seed=s)["call_id"]) for s in range(6)}
    assert len(draws) > 1
    assert len(queries.random_sample(db, None, None, 50, seed=1)) == 8


def test_search_is_ranked_and_filtered(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    hits, how = queries.search_transcripts(db, "refund")
    assert how == "ranked" and len(hits) >= 2
    assert all("refund" in text.lower() for text in hits["text"])
    customers, _ = queries.search_transcripts(db, "manager", speaker="customer")
    assert set(customers["speaker"]) == {"customer"}
    flagged, _ = queries.search_transcripts(db, "fault", CallFilters(moment_kinds=("blame_shift",)))
    assert list(flagged["call_id"]) == ["C-1001"]
    moments, how = queries.search_transcripts(db, "", CallFilters(moment_kinds=("hold",)))
    assert how == "moments" and list(moments["call_id"]) == ["C-1001"]
    assert queries.search_transcripts(db, "   ")[1] == "none"


def test_search_falls_back_to_substring_without_the_index(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    assert db.load_fts()
    db.execute("UPDATE search_state SET complete = FALSE")  # as in a database from before the index
    hits, how = queries.search_transcripts(db, "postcod")
    assert how == "substring" and len(hits) >= 2


@pytest.mark.parametrize(
    "hostile",
    [
        "'; DROP TABLE calls; --",
        "100%_\\",
        "<script>alert(1)</script>",
        "x" * 5000,
        "Ω≈ç√ 🎧 \u202e\u0000 ذ",
        "refund' OR '1'='1",
    ],
)
def test_hostile_search_text_is_only_data(seeded_conn: Seeded, hostile: str) -> None:
    db, _ = seeded_conn
    hits, _ = queries.search_transcripts(db, hostile)
    assert len(hits) <= 8 * 12  # no error, and nothing like "every row" from an injected OR
    assert db.scalar("SELECT count(*) FROM calls") == 9
    if "%" in hostile:
        assert queries.search_transcripts(db, "%")[0].empty  # a wildcard is a literal


def test_follow_ups_are_tasks_with_overdue_first(seeded_conn: Seeded) -> None:
    db, info = seeded_conn
    tasks = queries.follow_ups(db, info.now, ("open", "overdue", "done", "missed"))
    assert len(tasks) == 5
    assert list(tasks["status"])[:4] == ["overdue"] * 4 and tasks.iloc[4]["status"] == "open"
    assert tasks.iloc[0]["due_at"] <= tasks.iloc[1]["due_at"]
    assert queries.follow_up_counts(db, info.now) == {"open": 1, "overdue": 4, "done": 0, "missed": 0}
    only_open = queries.follow_ups(db, info.now, ("open",))
    assert list(only_open["call_id"]) == ["C-1008"]


def test_journeys_worst_first_with_calls_in_order(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    journeys = queries.journeys(db)
    assert list(journeys["journey_id"]) == [JOURNEY_ID]  # the resolved single-call journey is not listed
    calls = queries.journey_calls(db, JOURNEY_ID)
    assert list(calls["call_id"]) == ["C-1001", "C-1003", "C-1005"]
    assert list(calls["contact_number"]) == [1, 2, 3]


def test_review_call_has_everything_the_page_shows(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    call = queries.review_call(db, "C-1001")
    assert call is not None and call["status"] == "ready" and call["agent"] == "Ana Silva"
    assert call["utterances"][0]["speaker"] == "agent" and call["utterances"][0]["sentiment"] is not None
    kinds = {m["kind"] for m in call["moments"]}
    assert {"blame_shift", "hold", "follow_up_promise"} <= kinds
    assert all(m["verdict"] is None and m["rule"] for m in call["moments"])
    pending = queries.review_call(db, PENDING_CALL)
    assert pending is not None and pending["status"] == "pending" and pending["utterances"] == []
    assert queries.review_call(db, "no-such-call") is None


def test_agent_behaviours_and_before_after_coaching(seeded_conn: Seeded) -> None:
    db, _ = seeded_conn
    rates = queries.agent_behaviours(db, "A-100", None, None)
    ownership = rates[rates["kind"] == "ownership"].iloc[0]
    assert ownership["rate"] == pytest.approx(75.0) and int(ownership["n_calls"]) == 4
    coaching = queries.agent_coaching(db, "A-100")
    assert list(coaching["title"]) == ["Owning the problem"]
    compare = queries.before_after(db, "A-100", coaching.iloc[0]["assigned_at"].to_pydatetime(), 30)
    blame = compare[compare["kind"] == "blame_shift"].iloc[0]
    assert blame["before_rate"] == pytest.approx(50.0) and blame["after_rate"] == pytest.approx(0.0)
    weekly = queries.agent_weekly_rates(db, "A-100", ["blame_shift"])
    assert weekly["rate"].max() == pytest.approx(100.0)
    clips = queries.agent_moments(db, "A-100", "ownership")
    assert len(clips) == 3


def test_coaching_session_has_clips_with_excerpts(seeded_conn: Seeded) -> None:
    db, info = seeded_conn
    session = queries.coaching_session(db, info.session_id or 0)
    assert session is not None and len(session["clips"]) == 2
    assert any("not our fault" in line["text"] for line in session["clips"][0]["excerpt"])
    assert queries.coaching_session(db, info.session_id or 0, agent_scope="A-200") is None
    assert len(queries.coaching_sessions(db, agent_scope="A-100")) == 1
    assert queries.coaching_sessions(db, agent_scope="A-300").empty
