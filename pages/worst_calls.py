"""Worst calls: the ranked review queue, and beside it an unfiltered random sample of the period."""

from __future__ import annotations

import random
from functools import partial

import pandas as pd
import plotly.express as px
import streamlit as st

from pages import shared
from pipeline.store import queries
from pipeline.trust import auth

SAMPLE_SIZE = 8
QUEUE_LIMIT = 200


def kind_chart(counts: pd.DataFrame, filters_key: str) -> None:
    """Calls per moment kind in the filtered set; clicking a bar filters the queue to that kind."""
    if counts.empty:
        return
    frame = counts.assign(label=counts["kind"].map(shared.kind_label)).sort_values("calls")
    fig = px.bar(frame, x="calls", y="label", orientation="h", custom_data=["kind"], text="calls")
    fig.update_traces(marker_color="#f08c00", hovertemplate="%{y}: %{x} calls<extra></extra>", textposition="outside")
    fig.update_layout(
        height=40 + 24 * len(frame),
        margin={"l": 0, "r": 30, "t": 0, "b": 0},
        xaxis={"title": None, "showticklabels": False, "showgrid": False},
        yaxis={"title": None},
        clickmode="event+select",
        dragmode=False,
    )
    st.plotly_chart(
        fig,
        on_select=partial(_filter_to_clicked_kind, f"{filters_key}_kinds"),
        selection_mode="points",
        key="kind_chart",
        config={"displayModeBar": False},
    )


def _filter_to_clicked_kind(kinds_key: str) -> None:
    # A callback: it runs before the next run draws the filter widgets, so it may set their value.
    point = shared.selected_point(st.session_state.get("kind_chart"))
    kind = (point.get("customdata") or [None])[0] if point else None
    if kind:
        st.session_state[kinds_key] = [kind]


def queue_table(frame: pd.DataFrame) -> None:
    event = st.dataframe(
        frame[["score", "reasons", "started_at", "agent", "team", "queue", "duration_s", "moment_kinds", "call_id"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="worst_table",
        height=min(38 + 35 * len(frame), 640),
        column_config={
            "score": st.column_config.ProgressColumn(
                "Score", min_value=0.0, max_value=1.0, format="%.2f", help="Worst-call score: higher is worse"
            ),
            "started_at": st.column_config.DatetimeColumn("When", format="MMM D, HH:mm"),
            "agent": "Agent",
            "team": "Team",
            "queue": "Queue",
            "duration_s": st.column_config.NumberColumn("Length", format="%.0f s"),
            "reasons": st.column_config.TextColumn("Why it ranks here", width="medium"),
            "moment_kinds": st.column_config.TextColumn("Moments", width="medium"),
            "call_id": "Call",
        },
    )
    row = shared.selected_row(event, frame)
    if row is not None:
        shared.open_call(str(row["call_id"]))


def sample_panel(user: auth.User, filters: queries.CallFilters, scope: str | None) -> None:
    st.markdown("##### Unfiltered sample")
    st.caption("Calls drawn at random from the period, whatever the other filters say: nobody chooses what is heard.")
    if "sample_seed" not in st.session_state:
        st.session_state["sample_seed"] = random.randrange(1_000_000)
    if st.button("New draw", icon=":material/casino:", key="new_draw"):
        st.session_state["sample_seed"] = random.randrange(1_000_000)
    with shared.read_db() as db:
        sample = queries.random_sample(
            db, filters.date_from, filters.date_to, SAMPLE_SIZE, st.session_state["sample_seed"], scope
        )
    if sample.empty:
        st.caption("No calls in this period.")
        return
    event = st.dataframe(
        sample[["agent", "started_at", "score"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="sample_table",
        column_config={
            "started_at": st.column_config.DatetimeColumn("When", format="MMM D, HH:mm"),
            "agent": "Agent",
            "score": st.column_config.NumberColumn("Score", format="%.2f"),
        },
    )
    row = shared.selected_row(event, sample)
    if row is not None:
        shared.open_call(str(row["call_id"]))


def main() -> None:
    user = shared.page_setup("Worst calls", "review_calls")
    scope = auth.agent_scope(user)
    options = shared.filter_options(scope)
    if options["first"] is None:
        shared.show_empty_state()
        return
    filters = shared.filter_bar(options, "worst")
    with shared.read_db() as db:
        frame, total = queries.worst_calls(db, filters, scope, limit=QUEUE_LIMIT)
        counts = queries.moment_kind_counts(db, filters, scope)
    queue, side = st.columns([2.7, 1.1], gap="medium")
    with queue:
        shown = f"the worst {len(frame):,} of {total:,}" if total > len(frame) else f"{total:,}"
        st.caption(f"Showing {shown} analysed calls, worst first. Pick a row to review the call.")
        if frame.empty:
            st.info("No analysed calls match these filters.", icon=":material/filter_alt_off:")
        else:
            queue_table(frame)
    with side:
        sample_panel(user, filters, scope)
        if not counts.empty:
            st.markdown("##### Moments in these calls")
            st.caption("Click a bar to filter the queue.")
            kind_chart(counts, "worst")


main()
