"""Journeys: customers who needed several calls, transfers or departments, worst first, each call in order."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.trust import auth


def journey_table(frame: pd.DataFrame) -> pd.Series | None:
    event = st.dataframe(
        frame[
            [
                "effort",
                "customer_id",
                "n_calls",
                "n_transfers",
                "n_teams",
                "n_agents",
                "resolved",
                "started_at",
                "ended_at",
                "worst_score",
            ]
        ],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="journey_list",
        height=min(38 + 35 * len(frame), 420),
        column_config={
            "effort": st.column_config.NumberColumn(
                "Effort", help="Calls + transfers + extra departments, +2 when unresolved", format="%d"
            ),
            "customer_id": "Customer",
            "n_calls": st.column_config.NumberColumn("Calls"),
            "n_transfers": st.column_config.NumberColumn("Transfers"),
            "n_teams": st.column_config.NumberColumn("Departments"),
            "n_agents": st.column_config.NumberColumn("Agents"),
            "resolved": st.column_config.CheckboxColumn("Resolved"),
            "started_at": st.column_config.DatetimeColumn("First call", format="MMM D, HH:mm"),
            "ended_at": st.column_config.DatetimeColumn("Last call", format="MMM D, HH:mm"),
            "worst_score": st.column_config.ProgressColumn("Worst call", min_value=0.0, max_value=1.0, format="%.2f"),
        },
    )
    return shared.selected_row(event, frame)


def journey_chart(calls: pd.DataFrame) -> None:
    """Each call on a time line, coloured by its score; clicking one opens it."""
    frame = calls.dropna(subset=["started_at"]).reset_index(drop=True)
    if frame.empty:
        return
    fig = go.Figure(
        go.Scatter(
            x=frame["started_at"],
            y=frame["team"].fillna("(no team)"),
            mode="markers+text+lines",
            text=[f"#{i + 1}" for i in range(len(frame))],
            textposition="top center",
            line={"color": "#ced4da", "width": 1},
            marker={
                "size": 18,
                "color": frame["score"].fillna(0.0),
                "colorscale": [[0, "#2f9e44"], [0.5, "#f59f00"], [1, "#e03131"]],
                "cmin": 0,
                "cmax": 1,
                "line": {"color": "white", "width": 1},
            },
            customdata=frame[["call_id", "agent"]].to_numpy(),
            hovertemplate="%{customdata[0]} · %{customdata[1]}<br>%{x|%b %d %H:%M}<extra></extra>",
        )
    )
    fig.update_layout(
        height=220,
        margin={"l": 10, "r": 10, "t": 20, "b": 10},
        xaxis={"title": None},
        yaxis={"title": None},
        clickmode="event+select",
        dragmode=False,
    )
    event = st.plotly_chart(
        fig, on_select="rerun", selection_mode="points", key="journey_chart", config={"displayModeBar": False}
    )
    point = shared.selected_point(event)
    if point is not None and point.get("customdata"):
        shared.open_call(str(point["customdata"][0]))


def main() -> None:
    user = shared.page_setup("Journeys", "review_calls")
    scope = auth.agent_scope(user)
    options = shared.filter_options(scope)
    if options["first"] is None:
        shared.show_empty_state()
        return
    filters = shared.filter_bar(options, "journeys", kinds=False, default_days=90)
    with shared.read_db() as db:
        frame = queries.journeys(db, filters)
    if frame.empty:
        st.info(
            "No customer needed more than one call or a transfer in this period.", icon=":material/sentiment_satisfied:"
        )
        return
    st.caption(f"{len(frame):,} journeys, the most effort for the customer first. Pick one to see its calls.")
    journey = journey_table(frame)
    if journey is None:
        return
    with shared.read_db() as db:
        calls = queries.journey_calls(db, str(journey["journey_id"]), scope)
    resolved = "resolved" if journey["resolved"] else "not resolved"
    st.subheader(f"Customer {shared.md_escape(journey['customer_id'])} · {len(calls)} calls · {resolved}", anchor=False)
    journey_chart(calls)
    calls = calls.assign(
        number=range(1, len(calls) + 1), reasons=calls["reasons"].map(lambda r: "; ".join(r) if r is not None else "")
    )
    event = st.dataframe(
        calls[["number", "started_at", "agent", "team", "queue", "score", "transfers", "reasons", "call_id"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="journey_calls",
        column_config={
            "number": st.column_config.NumberColumn("#", width="small"),
            "started_at": st.column_config.DatetimeColumn("When", format="MMM D, HH:mm"),
            "agent": "Agent",
            "team": "Team",
            "queue": "Queue",
            "score": st.column_config.ProgressColumn("Score", min_value=0.0, max_value=1.0, format="%.2f"),
            "transfers": st.column_config.NumberColumn("Transfers"),
            "reasons": st.column_config.TextColumn("Why", width="large"),
            "call_id": "Call",
        },
    )
    row = shared.selected_row(event, calls)
    if row is not None:
        shared.open_call(str(row["call_id"]))


main()
