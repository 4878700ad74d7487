"""Agent trends: which behaviours recur for an agent, with clips, and whether they changed after coaching."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pages import shared
from pipeline.store import queries

WINDOW_CHOICES = (14, 30, 60, 90)


def rates_chart(rates: pd.DataFrame) -> str | None:
    """The agent's rate per kind beside the team's; clicking a bar picks that behaviour."""
    frame = rates.sort_values("rate", ascending=True)
    labels = frame["kind"].map(shared.kind_label)
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=labels,
            x=frame["team_rate"],
            name="Team",
            orientation="h",
            marker_color="#ced4da",
            customdata=frame[["kind"]].to_numpy(),
            hovertemplate="Team: %{x:.0f} per 100 calls<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=labels,
            x=frame["rate"],
            name="This agent",
            orientation="h",
            marker_color="#1c7ed6",
            customdata=frame[["kind"]].to_numpy(),
            hovertemplate="Agent: %{x:.0f} per 100 calls<extra></extra>",
        )
    )
    fig.update_layout(
        barmode="group",
        height=80 + 34 * len(frame),
        margin={"l": 0, "r": 10, "t": 10, "b": 10},
        xaxis={"title": "calls showing it, per 100 calls"},
        legend={"orientation": "h", "y": 1.08, "x": 0},
        clickmode="event+select",
        dragmode=False,
    )
    event = st.plotly_chart(
        fig, on_select="rerun", selection_mode="points", key="rates_chart", config={"displayModeBar": False}
    )
    point = shared.selected_point(event)
    return str(point["customdata"][0]) if point and point.get("customdata") else None


def weekly_chart(weekly: pd.DataFrame, pivots: list[datetime]) -> None:
    if weekly.empty:
        return
    fig = go.Figure()
    for kind, rows in weekly.groupby("kind"):
        fig.add_trace(
            go.Scatter(x=rows["week"], y=rows["rate"], mode="lines+markers", name=shared.kind_label(str(kind)))
        )
    for pivot in pivots:
        fig.add_vline(x=pivot, line_dash="dot", line_color="#7048e8")
        fig.add_annotation(x=pivot, y=1, yref="paper", text="coached", showarrow=False, font={"color": "#7048e8"})
    fig.update_layout(
        height=260,
        margin={"l": 0, "r": 10, "t": 20, "b": 10},
        yaxis={"title": "per 100 calls", "rangemode": "tozero"},
        legend={"orientation": "h", "y": -0.2},
    )
    st.plotly_chart(fig, config={"displayModeBar": False})


def before_after_panel(agent_id: str, coaching: pd.DataFrame) -> None:
    st.subheader("Before and after coaching", anchor=False)
    if coaching.empty:
        st.caption("No coaching session has been assigned to this agent yet.")
        return
    left, right = st.columns([3, 1])
    labels = {int(r.session_id): f"{r.title} · {shared.when(r.assigned_at)}" for r in coaching.itertuples()}
    session_id = left.selectbox("Session", list(labels), format_func=labels.get, key="ba_session")
    window = right.selectbox("Window (days)", WINDOW_CHOICES, index=1, key="ba_window")
    pivot = coaching.loc[coaching["session_id"] == session_id, "assigned_at"].iloc[0]
    with shared.read_db() as db:
        compare = queries.before_after(db, agent_id, pd.Timestamp(pivot).to_pydatetime(), int(window))
    if compare.empty or (compare["calls_before"].max() == 0 and compare["calls_after"].max() == 0):
        st.caption("No calls in the window around this session.")
        return
    behaviours = str(coaching.loc[coaching["session_id"] == session_id, "behaviours"].iloc[0] or "")
    coached = {b.strip() for b in behaviours.split(",") if b.strip()}
    compare = compare.assign(
        label=compare["kind"].map(lambda k: shared.kind_label(k) + (" ★" if k in coached else "")),
        change=compare["after_rate"].fillna(0) - compare["before_rate"].fillna(0),
    )
    n_before, n_after = int(compare["calls_before"].iloc[0]), int(compare["calls_after"].iloc[0])
    st.caption(
        f"{n_before} call(s) in the {window} days before, {n_after} after. ★ marks behaviours the session's clips show."
    )
    fig = go.Figure()
    fig.add_trace(go.Bar(x=compare["label"], y=compare["before_rate"], name="Before", marker_color="#adb5bd"))
    fig.add_trace(go.Bar(x=compare["label"], y=compare["after_rate"], name="After", marker_color="#7048e8"))
    fig.update_layout(
        barmode="group",
        height=280,
        margin={"l": 0, "r": 10, "t": 10, "b": 10},
        yaxis={"title": "per 100 calls"},
        legend={"orientation": "h", "y": 1.1},
    )
    st.plotly_chart(fig, config={"displayModeBar": False})


def clips_panel(agent_id: str, kind: str) -> None:
    with shared.read_db() as db:
        moments = queries.agent_moments(db, agent_id, kind)
    st.subheader(f"Clips: {shared.kind_label(kind)}", anchor=False)
    if moments.empty:
        st.caption("This agent has no moments of that kind.")
        return
    view = moments.assign(at=moments["start_s"].map(shared.clock))
    event = st.dataframe(
        view[["started_at", "at", "text", "rule", "call_id"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="agent_moments",
        column_config={
            "started_at": st.column_config.DatetimeColumn("Call date", format="MMM D, HH:mm"),
            "at": st.column_config.TextColumn("At", width="small"),
            "text": st.column_config.TextColumn("What was said", width="large"),
            "rule": "Rule",
            "call_id": "Call",
        },
    )
    row = shared.selected_row(event, moments)
    if row is not None:
        shared.open_call(str(row["call_id"]), float(row["start_s"]))


def main() -> None:
    shared.page_setup("Agent trends", "coaching_edit")
    options = shared.filter_options()
    if not options["agents"]:
        shared.show_empty_state()
        return
    names = {
        a["agent_id"]: f"{a['agent_name']} · {a['team'] or 'no team'} · {a['n_calls']} calls" for a in options["agents"]
    }
    top = st.columns([2, 1.4, 2])
    agent_id = top[0].selectbox("Agent", list(names), format_func=names.get, key="trend_agent")
    filters = None
    with top[1]:
        filters = shared.filter_bar(
            options, "trends", teams=False, agents=False, queues=False, kinds=False, default_days=90
        )
    with shared.read_db() as db:
        rates = queries.agent_behaviours(db, agent_id, filters.date_from, filters.date_to)
        coaching = queries.agent_coaching(db, agent_id)
    rates = rates[rates["calls"] > 0]
    if rates.empty:
        st.info("No behaviours detected for this agent in the period.")
        return
    n_calls = int(rates["n_calls"].iloc[0])
    left, right = st.columns([1, 1.2], gap="large")
    with left:
        st.subheader("What recurs", anchor=False)
        st.caption(
            f"Share of this agent's {n_calls} call(s) showing each behaviour, beside the team. Click a bar for clips."
        )
        clicked = rates_chart(rates)
    kinds = list(rates.sort_values("rate", ascending=False)["kind"].head(4))
    with right:
        st.subheader("Week by week", anchor=False)
        with shared.read_db() as db:
            weekly = queries.agent_weekly_rates(db, agent_id, kinds)
        pivots = [pd.Timestamp(t).to_pydatetime() for t in coaching["assigned_at"]] if not coaching.empty else []
        weekly_chart(weekly, pivots)
        before_after_panel(agent_id, coaching)
    kind = clicked or kinds[0]
    clips_panel(agent_id, kind)


main()
