"""The balanced scorecard's arithmetic on a small hand-made database, its weights file, and its page.

The calls below are chosen so every number can be worked out by hand (see the comments); the
period is March 2024, whose previous period of equal length is 30 January - 29 February.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from pipeline.records import CallAnalysis, CallMeta, CallRecord, Moment, Utterance
from pipeline.store import scorecard as sc
from pipeline.store import scorecard_calls
from pipeline.store.analysis import CallResult, update_call_results
from pipeline.store.calls import save_call
from pipeline.store.db import Database, in_memory

MARCH = (date(2024, 3, 1), date(2024, 3, 31))
AGENTS = {"n1": ("Nia North", "North"), "n2": ("Ned North", "North"), "s1": ("Sol South", "South"),
          "w1": ("Wes West", "West")}


@dataclass
class Spec:
    call_id: str
    agent: str
    started_at: datetime
    duration_s: float
    contact_number: int
    resolved: bool
    customer_start: float
    customer_end: float
    transfers: int = 0
    hold_s: float = 0.0
    silence_s: float = 0.0
    kinds: tuple[str, ...] = ()
    qa: list[float] = field(default_factory=list)


SPECS = (
    # North, March
    Spec("N1", "n1", datetime(2024, 3, 3, 10), 300, 1, True, -0.2, 0.6, 0, 0, 10, ("ownership",), [80]),
    Spec("N2", "n1", datetime(2024, 3, 5, 10), 600, 1, False, -0.4, -0.5, 1, 60, 30,
         ("blame_shift", "cant_language"), [50]),
    Spec("N3", "n2", datetime(2024, 3, 8, 10), 450, 2, True, -0.5, 0.1, 0, 30, 20, ("repeat_contact", "apology")),
    Spec("N4", "n2", datetime(2024, 3, 20, 10), 900, 1, True, 0.0, -0.6, 2, 120, 40),
    # South, March; S2 is on the last second of the period, X just after it
    Spec("S1", "s1", datetime(2024, 3, 10, 10), 200, 1, True, 0.1, 0.5, 0, 0, 5, ("ownership",), [90]),
    Spec("S2", "s1", datetime(2024, 3, 31, 23, 59, 59), 400, 1, False, 0.0, 0.0, 0, 0, 10, ("policy_recital",)),
    Spec("X", "s1", datetime(2024, 4, 1, 0, 0), 999, 1, False, -1.0, -1.0, 3),
    # The previous period (30 Jan - 29 Feb); P3 is the day before it; West only called then
    Spec("P1", "n1", datetime(2024, 2, 10, 10), 400, 1, False, -0.3, -0.4),
    Spec("P2", "n1", datetime(2024, 1, 30, 0, 0), 500, 1, True, 0.0, 0.2),
    Spec("P3", "n2", datetime(2024, 1, 29, 23, 0), 100, 1, True, 0.0, 0.9),
    Spec("W1", "w1", datetime(2024, 2, 20, 10), 300, 1, True, 0.0, 0.3),
)


def _store(db: Database, spec: Spec) -> None:
    name, team = AGENTS[spec.agent]
    analysis = CallAnalysis(
        transfers=spec.transfers,
        hold_s=spec.hold_s,
        silence_s=spec.silence_s,
        tone={"customer_start": spec.customer_start, "customer_end": spec.customer_end,
              "ended_negative": spec.customer_end < -0.3},
        moments=[Moment(kind, "customer" if kind == "repeat_contact" else "agent", 2.0 + i, 3.0 + i, kind, "test")
                 for i, kind in enumerate(spec.kinds)],
    )
    record = CallRecord(
        meta=CallMeta(spec.call_id, agent_id=spec.agent, agent_name=name, team=team, customer_id=f"cust-{spec.call_id}",
                      started_at=spec.started_at),
        content_hash=spec.call_id, source_path=f"{spec.call_id}.json", source_kind="json",
        duration_s=spec.duration_s, channels=2, speakers_estimated=False,
        utterances=[Utterance("agent", 0.0, 1.0, "hello")], analysis=analysis,
    )
    save_call(db, record)
    update_call_results(db, [CallResult(spec.call_id, f"J-{spec.call_id}", spec.contact_number, spec.resolved, 0.0,
                                        [])])
    for total in spec.qa:
        db.execute("INSERT INTO qa_scores (call_id, reviewer, total) VALUES (?, 'qa', ?)", [spec.call_id, total])
    # Written straight into the table (no QA form here), so refresh the call's facts as save_qa_score does.
    scorecard_calls.refresh(db, [spec.call_id])


@pytest.fixture(scope="module")
def db() -> Database:
    database = in_memory()
    for spec in SPECS:
        _store(database, spec)
    return database


@pytest.fixture(scope="module")
def weights() -> sc.ScorecardWeights:
    return sc.load_weights()


def _row(frame, group):
    rows = frame[frame["group"].isna()] if group is None else frame[frame["group"] == group]
    assert len(rows) == 1, f"expected one row for {group!r}"
    return rows.iloc[0]


def _ids(frame) -> list[str]:
    return list(frame["call_id"])


# --- metrics ---------------------------------------------------------------------------------------


def test_resolution_metrics(db, weights):
    north = _row(sc.scorecard(db, *MARCH, "team", weights), "North")
    assert north["calls"] == 4
    assert north["fcr"] == pytest.approx(2 / 3)  # first contacts N1 (yes), N2 (no), N4 (yes); N3 is a 2nd contact
    assert north["repeat_contact_rate"] == pytest.approx(1 / 4)  # only N2 was followed by another contact
    assert north["transfers_per_call"] == pytest.approx((0 + 1 + 0 + 2) / 4)


def test_experience_and_efficiency_metrics(db, weights):
    north = _row(sc.scorecard(db, *MARCH, "team", weights), "North")
    assert north["customer_end"] == pytest.approx((0.6 - 0.5 + 0.1 - 0.6) / 4)
    assert north["sentiment_lift"] == pytest.approx((0.8 - 0.1 + 0.6 - 0.6) / 4)
    assert north["ended_bad_rate"] == pytest.approx(2 / 4)  # N2 and N4 ended below -0.3
    assert north["handle_time_s"] == pytest.approx((300 + 600 + 450 + 900) / 4)
    assert north["hold_s"] == pytest.approx((0 + 60 + 30 + 120) / 4)


def test_behaviour_and_qa_metrics(db, weights):
    north = _row(sc.scorecard(db, *MARCH, "team", weights), "North")
    assert north["moment_ownership"] == pytest.approx(1 / 4)
    assert north["moment_blame_shift"] == pytest.approx(1 / 4)
    assert north["moment_escalation_request"] == 0
    assert north["qa_score"] == pytest.approx((80 + 50) / 2)  # only reviewed calls count
    south = _row(sc.scorecard(db, *MARCH, "team", weights), "South")
    assert south["calls"] == 2  # S2 at 23:59:59 on the 31st is in; X at midnight on 1 April is not


def test_scores_follow_the_anchors(db, weights):
    north = _row(sc.scorecard(db, *MARCH, "team", weights), "North")
    fcr = weights.metrics["fcr"]
    assert north["fcr_score"] == pytest.approx(100 * (2 / 3 - fcr.bad) / (fcr.good - fcr.bad))
    # handle time 562.5 s between good 300 and bad 900 (lower is better)
    aht = weights.metrics["handle_time_s"]
    assert north["handle_time_s_score"] == pytest.approx(100 * (562.5 - aht.bad) / (aht.good - aht.bad))
    # neutral metrics are shown, never scored
    assert north["moment_apology"] == pytest.approx(1 / 4)
    assert north["moment_apology_score"] is None
    # the total is the weighted mean of the dimensions
    shares = weights.shares()
    expected = sum(north[d] * shares[d] for d in sc.DIMENSION_KEYS)
    assert north["total"] == pytest.approx(expected)


def test_scores_clamp_to_0_and_100(weights):
    fcr = weights.metrics["fcr"]
    assert fcr.score(1.0) == 100
    assert fcr.score(0.0) == 0
    assert fcr.score(None) is None


def test_previous_period_trend(db, weights):
    board = sc.scorecard(db, *MARCH, "team", weights)
    north = _row(board, "North")
    assert north["calls_prev"] == 2  # P1, and P2 at midnight on 30 January; not P3 on the 29th
    assert north["fcr_prev"] == pytest.approx(1 / 2)
    assert north["customer_end_prev"] == pytest.approx((-0.4 + 0.2) / 2)
    assert north["handle_time_s_prev"] == pytest.approx(450)
    # a team that only took calls in the previous period stays on the board, with nothing this period
    west = _row(board, "West")
    assert west["calls"] == 0 and west["calls_prev"] == 1
    assert west["total"] is None or math.isnan(west["total"])
    assert west["total_prev"] is not None


def test_all_row_and_agent_grouping(db, weights):
    board = sc.scorecard(db, *MARCH, "agent", weights)
    everyone = board.iloc[0]
    assert everyone["group"] is None or (isinstance(everyone["group"], float) and math.isnan(everyone["group"]))
    assert everyone["label"] == sc.ALL_GROUPS_LABEL
    assert everyone["calls"] == 6
    assert everyone["fcr"] == pytest.approx(3 / 5)  # first contacts N1, N2, N4, S1, S2; resolved N1, N4, S1
    nia = _row(board, "n1")
    assert nia["label"] == "Nia North" and nia["team"] == "North"
    assert nia["calls"] == 2 and nia["fcr"] == pytest.approx(1 / 2)
    only_north = sc.scorecard(db, *MARCH, "agent", weights, team="North")
    assert set(only_north["group"].dropna()) == {"n1", "n2"}


def test_a_period_without_calls_still_has_the_all_row(db, weights):
    board = sc.scorecard(db, date(2030, 1, 1), date(2030, 1, 31), "team", weights)
    assert len(board) == 1 and board.iloc[0]["label"] == sc.ALL_GROUPS_LABEL
    assert board.iloc[0]["calls"] == 0 and board.iloc[0]["calls_prev"] == 0
    assert sc.calls_behind(db, "total", "team", None, date(2030, 1, 1), date(2030, 1, 31), weights=weights).empty
    assert sc.metric_distribution(db, "customer_end", date(2030, 1, 1), date(2030, 1, 31)).empty


def test_period_arithmetic():
    march = sc.Period(*MARCH)
    assert march.days == 31
    assert march.previous() == sc.Period(date(2024, 1, 30), date(2024, 2, 29))
    with pytest.raises(ValueError):
        sc.Period(date(2024, 3, 2), date(2024, 3, 1))


def test_default_period_is_the_last_30_days_of_data(db):
    assert sc.default_period(db) == sc.Period(date(2024, 3, 3), date(2024, 4, 1))
    assert sc.default_period(in_memory()) is None


# --- distributions and drill-down ------------------------------------------------------------------


def test_distribution_quantiles(db):
    spread = sc.metric_distribution(db, "handle_time_s", *MARCH, "team")
    north = spread[spread["group"] == "North"].iloc[0]
    assert north["n"] == 4
    assert north["min"] == 300 and north["max"] == 900
    assert north["median"] == pytest.approx((450 + 600) / 2)
    assert north["mean"] == pytest.approx(562.5)
    with pytest.raises(ValueError):
        sc.metric_distribution(db, "fcr", *MARCH, "team")  # a 0/1 share has no spread to plot


def test_worst_calls_per_group(db, weights):
    worst = sc.worst_calls(db, "customer_end", *MARCH, "team", 2, weights)
    assert _ids(worst[worst["group"] == "North"]) == ["N4", "N2"]  # lowest ending sentiment first
    assert _ids(worst[worst["group"] == "South"]) == ["S2", "S1"]


def test_calls_behind_a_cell_are_exactly_its_population(db, weights):
    fcr = sc.calls_behind(db, "fcr", "team", "North", *MARCH, weights=weights)
    assert set(_ids(fcr)) == {"N1", "N2", "N4"}
    assert _ids(fcr)[0] == "N2"  # the unresolved first contact comes first
    assert _ids(sc.calls_behind(db, "handle_time_s", "team", "North", *MARCH, weights=weights)) == [
        "N4", "N2", "N3", "N1"]
    blame = sc.calls_behind(db, "moment_blame_shift", "team", "North", *MARCH, weights=weights)
    assert _ids(blame)[0] == "N2" and len(blame) == 4
    qa = sc.calls_behind(db, "qa_score", "team", "North", *MARCH, weights=weights)
    assert _ids(qa) == ["N2", "N1"]  # only the reviewed calls, lowest first
    assert set(_ids(sc.calls_behind(db, "calls", "team", "South", *MARCH, weights=weights))) == {"S1", "S2"}
    assert set(_ids(sc.calls_behind(db, "fcr", "agent", "n1", *MARCH, weights=weights))) == {"N1", "N2"}
    everyone = sc.calls_behind(db, "fcr", "team", None, *MARCH, weights=weights)
    assert set(_ids(everyone)) == {"N1", "N2", "N4", "S1", "S2"}
    assert len(sc.calls_behind(db, "calls", "team", None, *MARCH, limit=3, weights=weights)) == 3


def test_cell_values_are_the_mean_of_the_calls_behind_them(db, weights):
    board = sc.scorecard(db, *MARCH, "team", weights)
    for group in ("North", "South", None):
        row = _row(board, group)
        for metric in sc.METRICS:
            behind = sc.calls_behind(db, metric, "team", group, *MARCH, weights=weights)
            if behind.empty:
                assert row[metric] is None, metric
            else:
                assert behind["value"].astype(float).mean() == pytest.approx(row[metric]), (group, metric)


def test_dimension_drill_down_ranks_calls_by_their_own_score(db, weights):
    behind = sc.calls_behind(db, "experience", "team", "North", *MARCH, weights=weights)
    assert set(_ids(behind)) == {"N1", "N2", "N3", "N4"}
    assert list(behind["value"]) == sorted(behind["value"])
    assert _ids(behind)[-1] == "N1"  # ended happiest, turned the most round
    total = sc.calls_behind(db, "total", "team", "North", *MARCH, weights=weights)
    assert all(0 <= v <= 100 for v in total["value"])
    with pytest.raises(ValueError):
        sc.calls_behind(db, "nonsense", "team", "North", *MARCH, weights=weights)
    with pytest.raises(ValueError):
        sc.calls_behind(db, "fcr", "queue", "North", *MARCH, weights=weights)  # type: ignore[arg-type]


# --- the weights file ------------------------------------------------------------------------------


def test_shipped_weights_file_is_valid(weights):
    assert set(weights.dimensions) == set(sc.DIMENSION_KEYS)
    assert set(weights.metrics) == set(sc.METRICS)
    assert sum(weights.shares().values()) == pytest.approx(1.0)
    assert weights.metrics["moment_ownership"].direction == "higher"  # ownership is the good behaviour
    assert weights.metrics["moment_blame_shift"].direction == "lower"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scorecard.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _only_fcr_counts() -> str:
    """A weights file where the total is first-contact resolution alone."""
    lines = ["[scorecard]", "min_calls = 1"]
    for key in sc.DIMENSION_KEYS:
        lines += [f"[dimensions.{key}]", f"weight = {1 if key == 'resolution' else 0}"]
    for key in sc.METRICS:
        if key == "fcr":
            lines += ["[metrics.fcr]", 'direction = "higher"', "good = 1.0", "bad = 0.0", "weight = 1"]
        else:
            lines += [f"[metrics.{key}]", 'direction = "neutral"']
    return "\n".join(lines) + "\n"


def test_weights_come_from_the_file(db, tmp_path):
    weights = sc.load_weights(_write(tmp_path, _only_fcr_counts()))
    assert weights.shares()["resolution"] == 1.0
    north = _row(sc.scorecard(db, *MARCH, "team", weights), "North")
    assert north["resolution"] == pytest.approx(100 * 2 / 3)
    assert north["total"] == pytest.approx(100 * 2 / 3)
    assert not north["few_calls"]  # min_calls = 1
    reweighted = weights.with_dimension_weights({"resolution": 0, "efficiency": 1})
    assert reweighted.shares()["efficiency"] == 1.0


def test_page_weight_overrides_are_checked(weights):
    with pytest.raises(sc.WeightsError, match="unknown dimensions"):
        weights.with_dimension_weights({"speed": 1})
    with pytest.raises(sc.WeightsError, match="at least one dimension"):
        weights.with_dimension_weights(dict.fromkeys(sc.DIMENSION_KEYS, 0))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("[metrics.fcr]\n", "[metrics.fcr_rate]\n", 1), r"unknown metrics \['fcr_rate'\]"),
        (lambda t: t.replace('[metrics.qa_score]\ndirection = "neutral"\n', ""), r"missing \[metrics.qa_score\]"),
        (lambda t: t.replace('good = 1.0', 'good = "high"'), r"\[metrics.fcr\] needs a number for good"),
        (lambda t: t.replace('good = 1.0', 'good = -1.0'), r"good \(-1.0\) must be above bad"),
        (lambda t: t.replace('direction = "higher"', 'direction = "up"'), r"direction must be"),
        (lambda t: t.replace("weight = 1\n", "weight = -2\n", 1), r"weight must be a number of at least 0"),
        (lambda t: t.replace("[metrics.fcr]\n", "[metrics.fcr]\nwieght = 2\n"), r"unknown fields \['wieght'\]"),
        (lambda t: t.replace("weight = 1\n", "weight = 0\n", 1), r"at least one dimension needs a weight above 0"),
        (lambda t: t + "[metrics.fcr\n", r"is not valid TOML"),
        (lambda t: t.replace("[scorecard]", "[scorecards]"), r"unknown sections"),
    ],
)
def test_bad_weights_file_gives_a_clear_error(tmp_path, change, message):
    path = _write(tmp_path, change(_only_fcr_counts()))
    with pytest.raises(sc.WeightsError, match=message):
        sc.load_weights(path)


def test_missing_weights_file(tmp_path):
    with pytest.raises(sc.WeightsError, match="not found"):
        sc.load_weights(tmp_path / "nope.toml")


def test_a_weighted_dimension_needs_a_scored_metric(tmp_path):
    text = _only_fcr_counts().replace("[dimensions.qa]\nweight = 0", "[dimensions.qa]\nweight = 5")
    with pytest.raises(sc.WeightsError, match="dimension 'qa' has a weight but none of its metrics is scored"):
        sc.load_weights(_write(tmp_path, text))


# --- the page --------------------------------------------------------------------------------------

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGE = "pages/scorecard.py"


def _signed_in(role: str, agent_id: str | None = None, **params: str):
    """A fresh browser session of the app, signed in, on the role's home page with `params` in the URL."""
    from streamlit.testing.v1 import AppTest

    from pages import shared

    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state[shared.USER_KEY] = {"username": role, "role": role, "agent_id": agent_id}
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _open_scorecard(role: str = "executive", **params: str):
    """The scorecard as `role` sees it; with `params`, as opened from a shared link (a new session)."""
    from pages import shared

    at = _signed_in(role, **params)
    if shared.HOME_PAGE.get(role) != PAGE:
        at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _table(at, prefix: str):
    return next(d for d in at.dataframe if (d.key or "").startswith(prefix))


def _seeded_period(path: Path) -> sc.Period:
    from pipeline.store.db import open_database

    database = open_database(path, read_only=True)
    try:
        found = sc.default_period(database)
    finally:
        database.close()
    assert found is not None
    return found


@pytest.mark.parametrize("role", ["admin", "supervisor", "executive"])
def test_page_shows_scores_for_allowed_roles(seeded_db, role):
    at = _open_scorecard(role)
    assert not at.error, [e.value for e in at.error]
    assert [s.value for s in at.subheader][:2] == ["Scores", "Metrics behind the scores"]
    scores = _table(at, "scorecard_scores_").value
    assert scores["Team"].iloc[0] == "All"
    assert {"Billing · few calls", "Tech support · few calls"} <= set(scores["Team"])  # 8 calls < min_calls
    assert {"Total", "Resolution (30%)", "QA (15%)"} <= set(scores.columns)  # the weights are in the headers
    assert at.get("plotly_chart"), "the spread of calls should be drawn"


@pytest.mark.parametrize("role", ["agent", "trainer"])
def test_page_refuses_other_roles(seeded_db, role):
    from streamlit.testing.v1 import AppTest

    from pages import shared

    at = _signed_in(role, "A-100" if role == "agent" else None)
    with pytest.raises(ValueError):
        at.switch_page(PAGE)  # not in their navigation
    direct = AppTest.from_file(str(Path(APP).parent / PAGE), default_timeout=30)
    direct.session_state[shared.USER_KEY] = {"username": role, "role": role,
                                             "agent_id": "A-100" if role == "agent" else None}
    direct.run()
    assert direct.error and "cannot open Scorecard" in direct.error[0].value
    assert not direct.dataframe


def test_clicking_a_cell_lists_the_calls_behind_it(seeded_db):
    at = _open_scorecard("executive")
    scores = _table(at, "scorecard_scores_")
    row = list(scores.value["Team"]).index("Billing · few calls")
    at.session_state[scores.key] = {"selection": {"rows": [], "columns": [], "cells": [[row, "Total"]]}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Calls behind: Billing · Total" in [s.value for s in at.subheader]
    assert at.query_params["cell"] == "total" and at.query_params["group"] == "Billing"
    calls = _table(at, "scorecard_calls_").value
    assert set(calls["Call"]) == {"C-1001", "C-1002", "C-1004", "C-1005", "C-1007", "C-1008"}  # Billing's calls
    scores_shown = [float(v) for v in calls["Total score"]]
    assert scores_shown == sorted(scores_shown)  # worst first


def test_a_shared_link_opens_the_drill_down_and_a_row_opens_the_call(seeded_db):
    period = _seeded_period(seeded_db.path)
    at = _open_scorecard("executive", by="agent", cell="moment_blame_shift", group="A-100",
                         **{"from": period.start.isoformat(), "to": period.end.isoformat()})
    assert "Calls behind: Ana Silva · Blame shifting" in [s.value for s in at.subheader]
    calls = _table(at, "scorecard_calls_")
    assert calls.value["Call"].iloc[0] == "C-1001"  # the call with the blame shift first
    assert set(calls.value["Call"]) == {"C-1001", "C-1004", "C-1005", "C-1008"}
    at.session_state[calls.key] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["call"] == "C-1001"  # the review page, on that call
    assert any("Call C-1001" in m.value.replace("\\", "") for m in at.markdown)


def test_a_stale_link_is_ignored(seeded_db):
    at = _open_scorecard("executive", by="team", cell="fcr", group="Billing", **{"from": "2001-01-01",
                                                                                 "to": "2001-01-31"})
    assert not [s.value for s in at.subheader if s.value.startswith("Calls behind")]
    assert "cell" not in at.query_params


def test_a_bad_weights_file_is_a_clear_message(seeded_db, tmp_path, monkeypatch):
    bad = tmp_path / "scorecard.toml"
    bad.write_text(sc.DEFAULT_WEIGHTS_PATH.read_text().replace('direction = "higher"', 'direction = "up"', 1))
    monkeypatch.setenv("EARSHOT_SCORECARD", str(bad))
    at = _open_scorecard("executive")
    assert at.error and "direction must be" in at.error[0].value
    assert not at.dataframe


def test_agents_of_one_team(seeded_db):
    at = _open_scorecard("supervisor")
    at.get("button_group")[0].select("agent").run()
    assert not at.exception, [e.value for e in at.exception]
    next(s for s in at.selectbox if s.label == "Team").select("Billing").run()
    assert not at.exception, [e.value for e in at.exception]
    scores = _table(at, "scorecard_scores_").value
    assert scores["Agent"].iloc[0] == "All of Billing"
    assert {"Ana Silva · few calls", "Ben Okafor · few calls"} == set(list(scores["Agent"])[1:])
    assert set(scores["Team"][1:]) == {"Billing"}
