"""Scorecard: the executive view of every team or agent over a period, against the period before.

Five dimensions scored 0-100 (efficiency, resolution, customer experience, behaviours, QA) and a
weighted total, with the weights from `data/scorecard.toml` in the column headers; the raw metrics
behind each dimension; box plots of per-call values so an average cannot hide the worst calls; and
every cell opens the calls behind it. All numbers come from `pipeline.store.scorecard`.

The view and the drill-down live in the URL (?by=team&from=…&to=…&cell=fcr&group=Billing), so a
drill-down can be shared as a link.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pages import qa_panels
from pages.shared import CACHE_TTL_S, call_link, clock, db_stamp, open_call, page_setup, read_db, when
from pipeline.store import scorecard as sc

MAX_BOXES = 30  # more boxes than this are unreadable: show the worst ones
WORST_PER_GROUP = 3
DRILL_LIMIT = 200
DEFAULT_DAYS = 30
DISTRIBUTION_DEFAULT = "customer_end"
# A change smaller than this many score points is shown but not coloured: executives should not chase noise.
MATERIAL_POINTS = 2.0
GREEN, RED, GREY = "#1a7f37", "#cf222e", "#6e7781"
ALL_ROW_BACKGROUND = "#f0f2f6"
MISSING_SORT_VALUE = -1e12
DRILL_PARAMS = ("by", "from", "to", "team", "cell", "group")


# --- formatting -------------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def fmt_value(value: Any, unit: str) -> str:
    if _missing(value):
        return "–"
    if unit == "seconds":
        return clock(value)
    if unit == "share":
        return f"{100 * value:.0f}%"
    if unit == "sentiment":
        return f"{value:+.2f}"
    if unit == "count":
        return f"{value:.2f}"
    return f"{value:.0f}"


def fmt_delta(delta: float, unit: str) -> str:
    size = abs(delta)
    if unit == "seconds":
        return clock(size)
    if unit == "share":
        return f"{100 * size:.0f} pts"
    if unit in ("sentiment", "count"):
        return f"{size:.2f}"
    return f"{size:.0f}"


def trend_cell(
    now: Any, before: Any, unit: str, direction: str, material: float, compare: bool = True
) -> tuple[str, str]:
    """("5:32 ▲0:12", colour): the arrow is which way the value moved; green/red whether that is better/worse.

    Changes smaller than `material` (in the value's units) stay grey. `compare` is False when the
    previous period has no calls at all (the caption says so once, instead of "new" in every cell).
    """
    text = fmt_value(now, unit)
    if _missing(now) or not compare:
        return text, GREY if _missing(now) else ""
    if _missing(before):
        return f"{text} (new)", GREY
    delta = float(now) - float(before)
    shown_delta = fmt_delta(delta, unit)
    if shown_delta == fmt_delta(0.0, unit):  # rounds to nothing
        return f"{text} ±0", GREY
    arrow = "▲" if delta > 0 else "▼"
    improved = (delta > 0) == (direction == "higher")
    colour = GREY if direction == "neutral" or abs(delta) < material else (GREEN if improved else RED)
    return f"{text} {arrow}{shown_delta}", colour


def material_change(metric: sc.MetricWeight) -> float:
    """The change in a metric's value that moves its score by MATERIAL_POINTS."""
    if metric.good is None or metric.bad is None:
        return float("inf")
    return abs(metric.good - metric.bad) * MATERIAL_POINTS / 100


def period_text(period: sc.Period) -> str:
    if period.start.year == period.end.year:
        return f"{period.start:%-d %b} – {period.end:%-d %b %Y}"
    return f"{period.start:%-d %b %Y} – {period.end:%-d %b %Y}"


def styled(values: pd.DataFrame, display: pd.DataFrame, css: pd.DataFrame) -> Any:
    """Numbers underneath (so sorting a column sorts by value), "value ▲delta" text shown, CSS per cell.

    A Styler formatter only sees a cell's value, not its row, so each numeric column gets a value -> text
    lookup; a nanosecond-sized nudge per row (far below any shown precision) keeps equal values of
    different rows (same score, different trend) apart in that lookup. The grid draws an empty cell as
    "None" whatever the Styler says, so missing values become a far-below-everything number shown "–"
    (and sorted last when sorting best first).
    """
    nudged = values.copy()
    formatters: dict[str, Any] = {}
    for column in values.columns:
        if pd.api.types.is_integer_dtype(values[column]):
            formatters[column] = "{:,}"
        elif pd.api.types.is_numeric_dtype(values[column]):
            bumped = values[column].astype(float) + np.arange(len(values)) * 1e-9
            nudged[column] = bumped.fillna(MISSING_SORT_VALUE)
            lookup = {v: t for v, t in zip(bumped, display[column], strict=True) if not np.isnan(v)}
            formatters[column] = lambda v, lookup=lookup: lookup.get(v, "–")
    return nudged.style.format(formatters).apply(lambda _frame: css, axis=None)


# --- reading ----------------------------------------------------------------------------------------

CACHED_QUERIES = ("scorecard", "metric_distribution", "worst_calls", "calls_behind")


@st.cache_data(ttl=CACHE_TTL_S, max_entries=64, show_spinner=False)
def _cached_query(_stamp: tuple[str, int], name: str, *args: Any, **kwargs: Any) -> pd.DataFrame:
    with read_db() as db:
        return getattr(sc, name)(db, *args, **kwargs)


def cached(name: str, *args: Any, **kwargs: Any) -> pd.DataFrame:
    """A `pipeline.store.scorecard` query, remembered until the database changes (or CACHE_TTL_S passes).

    Every click on this page (a cell, a tab, a point) reruns it; the numbers only change when the
    ingest writes, so reruns reuse them. `db_stamp` changes with the file, so new calls show at once.
    """
    if name not in CACHED_QUERIES:
        raise ValueError(f"not a scorecard query: {name}")
    return _cached_query(db_stamp(), name, *args, **kwargs)


# --- links and selections ---------------------------------------------------------------------------


def _param_date(name: str) -> date | None:
    try:
        return date.fromisoformat(st.query_params.get(name, ""))
    except ValueError:
        return None


def linked_view(present: sc.Period) -> dict[str, Any]:
    """The view a shared link asks for (None where it asks for nothing valid)."""
    start, end = _param_date("from"), _param_date("to")
    period = sc.Period(start, end) if start and end and present.start <= start <= end <= present.end else None
    by = st.query_params.get("by")
    return {"period": period, "by": by if by in ("team", "agent") else None, "team": st.query_params.get("team")}


def drill_target(current: sc.Period, group_by: str, team: str | None) -> dict[str, Any] | None:
    """The cell named in the URL, if it belongs to the view on screen (a stale one is dropped from the URL)."""
    params = st.query_params
    cell = params.get("cell")
    if not cell:
        return None
    same_view = (
        params.get("by") == group_by
        and params.get("from") == current.start.isoformat()
        and params.get("to") == current.end.isoformat()
        and (params.get("team") or None) == team
    )
    if not same_view or cell not in (*sc.SUMMARY_CELLS, *sc.METRICS):
        for name in DRILL_PARAMS:
            params.pop(name, None)
        return None
    return {"cell": cell, "group": params.get("group")}


def set_drill_target(current: sc.Period, group_by: str, team: str | None, cell: str, group: str | None) -> None:
    values = {"by": group_by, "from": current.start.isoformat(), "to": current.end.isoformat(), "cell": cell}
    if team:
        values["team"] = team
    if group is not None:
        values["group"] = group
    st.query_params.from_dict(values)


def new_selection(key: str, current: Any) -> Any:
    """The selection if it changed since this widget was last looked at, else None.

    Selections persist across reruns; acting only on a change means one table's old selection does
    not fire again when another table is clicked, and coming back from a call does not reopen it.
    """
    memo = f"_seen_{key}"
    if st.session_state.get(memo) == current:
        return None
    st.session_state[memo] = current
    return current


def state_key(*parts: Any) -> str:
    """A short widget key that changes with the view, so selections reset when the view changes."""
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:10]


# --- tables -----------------------------------------------------------------------------------------


def group_label(row: dict[str, Any], team: str | None = None) -> str:
    if _missing(row["group"]):
        return f"All of {team}" if team else "All"
    return f"{row['label']} · few calls" if row["few_calls"] else str(row["label"])


def build_table(
    board: pd.DataFrame, group_by: str, weights: sc.ScorecardWeights, cells: dict[str, str], team: str | None = None
) -> tuple[Any, dict[str, str]]:
    """A styled table: the group, its calls, then `cells` (column title -> cell key) with trends.

    Returns the Styler and the map from every column title to its cell key (for the drill-down).
    """
    columns: dict[str, str] = {"Team" if group_by == "team" else "Agent": "label"}
    if group_by == "agent":
        columns["Team"] = "team"
    columns["Calls"] = "calls"
    columns.update(cells)
    rows = board.to_dict("records")  # plain dicts: iterrows is far too slow for 100+ agents x 6 tables
    compare = bool(rows) and rows[0]["calls_prev"] > 0  # rows[0] is the All row
    values: dict[str, Any] = {}
    display: dict[str, list[str]] = {}
    css: dict[str, list[str]] = {}
    for title, key in columns.items():
        css[title] = [""] * len(rows)
        if key == "label":
            values[title] = [group_label(row, team) for row in rows]
            css[title] = [f"color: {GREY}" if row["few_calls"] else "" for row in rows]
        elif key == "team":
            values[title] = ["" if _missing(row["team"]) else str(row["team"]) for row in rows]
        elif key == "calls":
            values[title] = board["calls"].astype(int).to_numpy()
        else:
            if key in weights.metrics:
                metric = weights.metrics[key]
                unit, direction, material = sc.METRICS[key].unit, metric.direction, material_change(metric)
            else:  # a dimension or the total: 0-100, higher is better
                unit, direction, material = "points", "higher", MATERIAL_POINTS
            values[title] = pd.to_numeric(board[key], errors="coerce").astype(float).to_numpy()
            trend = [trend_cell(row[key], row[f"{key}_prev"], unit, direction, material, compare) for row in rows]
            display[title] = [text for text, _ in trend]
            css[title] = [f"color: {colour}" if colour else "" for _, colour in trend]
    for position, row in enumerate(rows):
        if _missing(row["group"]):  # the All row: shaded, so it reads as the benchmark, not a team
            for title in columns:
                css[title][position] = f"{css[title][position]}; background-color: {ALL_ROW_BACKGROUND}".lstrip("; ")
    index = board.index
    return styled(pd.DataFrame(values, index=index), pd.DataFrame(display, index=index),
                  pd.DataFrame(css, index=index)), columns


def column_help(weights: sc.ScorecardWeights, key: str, shares: dict[str, float]) -> str:
    if key == "total":
        return "Weighted mean of the dimension scores, 0–100. Click a cell for its calls, lowest first."
    if key in weights.dimensions:
        scored = ", ".join(m.label for m in weights.metrics_of(key) if m.scored)
        return f"0–100 from {scored}. {shares[key]:.0%} of the total. Click a cell for its calls, lowest first."
    metric = weights.metrics[key]
    if metric.direction == "neutral":
        return f"{metric.description} Shown for context, not scored."
    unit = sc.METRICS[key].unit
    return (f"{metric.description} {metric.direction.capitalize()} is better: scores 100 at "
            f"{fmt_value(metric.good, unit)}, 0 at {fmt_value(metric.bad, unit)}.")


def clickable_table(
    board: pd.DataFrame, view: dict[str, Any], cells: dict[str, str], key: str, weights: sc.ScorecardWeights
) -> None:
    """Show a table whose cells drill down; a newly clicked cell becomes the drill-down target."""
    styler, columns = build_table(board, view["group_by"], weights, cells, view["team"])
    shares = weights.shares()
    config = {title: st.column_config.Column(help=column_help(weights, cell, shares)) for title, cell in cells.items()}
    name_column = next(iter(columns))
    config[name_column] = st.column_config.Column(
        help=f"“few calls”: fewer than {weights.min_calls} calls in the period, so its scores move a lot from call "
        "to call. Click a name for all of its calls.",
    )
    event = st.dataframe(
        styler, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-cell",
        column_config=config, key=key,
    )
    try:
        cells_picked = event.selection.cells
    except AttributeError:
        cells_picked = []
    picked = new_selection(key, tuple(cells_picked[0]) if cells_picked else None)
    if picked is None:
        return
    position, title = picked
    if position >= len(board):
        return
    cell = columns.get(title)
    if cell in (None, "label", "team"):
        cell = "calls"  # clicking a name lists all of that group's calls
    group = board.iloc[position]["group"]
    set_drill_target(view["period"], view["group_by"], view["team"], cell, None if pd.isna(group) else str(group))


# --- sections ---------------------------------------------------------------------------------------


def controls(present: sc.Period, team_names: list[str]) -> dict[str, Any]:
    """Period, teams-or-agents, and (for agents) one team; defaults from a shared link, else the last 30 days."""
    last_days = sc.Period(max(present.start, date.fromordinal(present.end.toordinal() - DEFAULT_DAYS + 1)),
                          present.end)
    linked = linked_view(present)
    start_default = linked["period"] or last_days
    left, middle, right = st.columns([1.4, 1, 1.2])
    with left:
        picked = st.date_input(
            "Period", value=(start_default.start, start_default.end), min_value=present.start,
            max_value=present.end, key="scorecard_period",
            help=f"Defaults to the last {DEFAULT_DAYS} days that have calls. Every number is compared with the same "
            "number of days just before.",
        )
    with middle:
        group_by = st.segmented_control(
            "Compare", options=["team", "agent"], default=linked["by"] or "team",
            format_func=lambda g: {"team": "Teams", "agent": "Agents"}[g], key="scorecard_group_by",
        ) or "team"
    team = None
    if group_by == "agent":
        options: list[str | None] = [None, *team_names]
        with right:
            team = st.selectbox(
                "Team", options, index=options.index(linked["team"]) if linked["team"] in team_names else 0,
                format_func=lambda t: "All teams" if t is None else t, key="scorecard_team",
                help="Compare the agents of one team.",
            )
    # While the first day of a new range is picked and the last not yet, keep the default.
    period = sc.Period(picked[0], picked[1]) if isinstance(picked, tuple) and len(picked) == 2 else start_default
    return {"period": period, "group_by": group_by, "team": team}


def weights_panel(weights: sc.ScorecardWeights) -> sc.ScorecardWeights:
    """How scoring works, the anchors of every metric, and weights to try for this view only."""
    with st.expander("How the scores work · try other weights", icon=":material/tune:"):
        st.markdown(
            "Each metric becomes a **0–100 score** on a straight line between two anchors: the *good* value scores "
            "100, the *bad* value 0. A dimension is the weighted mean of its metrics; the **Total** is the "
            "weighted mean of the dimensions. A dimension without data for a group (no QA reviews yet, say) is "
            f"left out of that group's total. Everyone's weights and anchors are set in `{weights.source}`; "
            "the weights below change this view only."
        )
        overrides: dict[str, float] = {}
        for column, dim in zip(st.columns(len(weights.dimensions)), weights.dimensions.values(), strict=True):
            overrides[dim.key] = column.number_input(
                dim.label, min_value=0.0, max_value=100.0, value=float(dim.weight), step=5.0, format="%g",
                key=f"scorecard_w_{dim.key}",
            )
        directions = {"higher": "higher ▲", "lower": "lower ▼", "neutral": "– (shown only)"}
        anchors = pd.DataFrame([
            {
                "Dimension": weights.dimensions[m.dimension].label,
                "Metric": m.label,
                "Better when": directions[m.direction],
                "Scores 100 at": fmt_value(m.good, sc.METRICS[m.key].unit) if m.good is not None else "",
                "Scores 0 at": fmt_value(m.bad, sc.METRICS[m.key].unit) if m.bad is not None else "",
                "Weight in dimension": m.weight if m.scored else 0.0,
                "What it measures": m.description,
            }
            for m in weights.metrics.values()
        ])
        st.dataframe(anchors, hide_index=True, width="stretch")
    try:
        return weights.with_dimension_weights(overrides)
    except sc.WeightsError as exc:
        st.warning(f"{exc}; using the weights from the file.")
        return weights


def drill_down(board: pd.DataFrame, view: dict[str, Any], weights: sc.ScorecardWeights) -> None:
    """The calls behind the clicked cell, worst first; clicking a row opens the call."""
    target = drill_target(view["period"], view["group_by"], view["team"])
    unit_word = view["group_by"]
    if target is None:
        st.caption(":material/touch_app: Click any cell above to list the calls behind it, worst first.")
        return
    info = sc.describe_cell(target["cell"], weights)
    names = {str(g): str(label) for g, label in zip(board["group"], board["label"], strict=True) if not pd.isna(g)}
    everyone = f"all {unit_word}s" + (f" of {view['team']}" if view["team"] else "")
    group_name = everyone if target["group"] is None else names.get(target["group"], target["group"])
    st.subheader(f"Calls behind: {group_name} · {info.label}")
    calls = cached("calls_behind", target["cell"], view["group_by"], target["group"], view["period"].start,
                   view["period"].end, DRILL_LIMIT, weights, team=view["team"])
    count = f"the worst {DRILL_LIMIT} calls" if len(calls) >= DRILL_LIMIT else f"{len(calls):,} calls"
    st.caption(f"{info.description} {period_text(view['period'])}: {count}, worst first. Click a row to open the call.")
    table = pd.DataFrame({
        "Call": calls["call_id"],
        "Started": [when(t) for t in calls["started_at"]],
        "Agent": calls["agent_name"],
        "Team": calls["team"],
    })
    if target["cell"] in sc.METRICS:
        unit = sc.METRICS[target["cell"]].unit
        table[info.label] = [("–" if _missing(v) else "Yes" if v else "No") if unit == "share" else fmt_value(v, unit)
                             for v in calls["value"]]
    elif target["cell"] != "calls":
        table[f"{info.label} score"] = [fmt_value(v, "points") for v in calls["value"]]
    table["Handle time"] = [clock(v) for v in calls["handle_time_s"]]
    table["Customer ending sentiment"] = [fmt_value(v, "sentiment") for v in calls["customer_end"]]
    table["QA"] = [fmt_value(v, "points") for v in calls["qa_score"]]
    table["Link"] = [call_link(c) for c in calls["call_id"]]
    key = f"scorecard_calls_{state_key(view, target)}"
    event = st.dataframe(
        table, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row", key=key,
        column_config={"Link": st.column_config.LinkColumn("Open", display_text="open ↗",
                                                           help="Open the call in a new tab")},
    )
    try:
        rows = event.selection.rows
    except AttributeError:
        rows = []
    chosen = str(calls["call_id"].iloc[rows[0]]) if rows and rows[0] < len(calls) else None
    if new_selection(key, chosen) and chosen:
        open_call(chosen)


def spread_chart(view: dict[str, Any], weights: sc.ScorecardWeights) -> None:
    """Box plots of per-call values per group, quantiles from DuckDB, the worst calls as clickable crosses."""
    unit_word = view["group_by"]
    st.subheader(
        "Spread of calls",
        help="An average can hide a few awful calls. Box: the middle half of calls; line inside: the median; "
        f"whiskers: 5th to 95th percentile; crosses: the {WORST_PER_GROUP} worst calls of each {unit_word}.",
    )
    metrics = list(sc.CONTINUOUS_METRICS)
    metric_key = st.selectbox(
        "Metric", metrics, index=metrics.index(DISTRIBUTION_DEFAULT), format_func=lambda k: weights.metrics[k].label,
        key="scorecard_distribution_metric",
    )
    metric = weights.metrics[metric_key]
    unit = sc.METRICS[metric_key].unit
    period = view["period"]
    spread = cached("metric_distribution", metric_key, period.start, period.end, view["group_by"], team=view["team"])
    worst = cached("worst_calls", metric_key, period.start, period.end, view["group_by"], WORST_PER_GROUP, weights,
                   team=view["team"])
    if spread.empty:
        st.caption("No calls with this metric in the period.")
        return
    # Worst median first (and at the top of the chart).
    spread = spread.sort_values("median", ascending=metric.direction == "higher", kind="stable")
    hidden = max(0, len(spread) - MAX_BOXES)
    spread = spread.head(MAX_BOXES)
    scale = 1 / 60 if unit == "seconds" else 100 if unit == "share" else 1
    axis_title = {"seconds": f"{metric.label} (minutes)", "share": f"{metric.label} (%)"}.get(unit, metric.label)
    labels = [str(label) for label in spread["label"]]
    figure = go.Figure()
    figure.add_trace(go.Box(
        y=labels, orientation="h", name="Middle half of calls, whiskers 5th–95th percentile",
        q1=spread["q1"] * scale, median=spread["median"] * scale, q3=spread["q3"] * scale,
        lowerfence=spread["p05"] * scale, upperfence=spread["p95"] * scale, mean=spread["mean"] * scale,
        boxpoints=False, marker_color="#4c78a8", fillcolor="rgba(76,120,168,0.25)",
    ))
    shown = worst[worst["group"].isin(spread["group"])]
    label_of = dict(zip(spread["group"], labels, strict=True))
    figure.add_trace(go.Scatter(
        x=shown["value"] * scale, y=[label_of[g] for g in shown["group"]], mode="markers",
        name=f"The {WORST_PER_GROUP} worst calls of each {unit_word}: click one to open it",
        marker={"color": RED, "size": 10, "symbol": "x"},
        customdata=[[c, when(t)] for c, t in zip(shown["call_id"], shown["started_at"], strict=True)],
        hovertemplate="%{customdata[0]} · %{customdata[1]}<br>%{x:.2f}<extra>click to open</extra>",
    ))
    for anchor, colour, words in ((metric.good, GREEN, "average scores 100"), (metric.bad, RED, "average scores 0")):
        if anchor is not None:
            figure.add_vline(x=anchor * scale, line_dash="dot", line_color=colour, annotation_text=words,
                             annotation_position="bottom right", annotation_font_color=colour)
    figure.update_layout(
        height=140 + 34 * len(spread), margin={"l": 10, "r": 10, "t": 40, "b": 10}, xaxis_title=axis_title,
        yaxis={"categoryorder": "array", "categoryarray": labels, "autorange": "reversed"},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0}, clickmode="event+select",
    )
    key = f"scorecard_spread_{state_key(view, metric_key)}"
    event = st.plotly_chart(figure, on_select="rerun", selection_mode="points", key=key, width="stretch")
    if hidden:
        st.caption(f"Showing the {MAX_BOXES} {unit_word}s with the worst median; {hidden} more are not shown. "
                   "Pick one team above to see all of its agents.")
    try:
        points = event.selection.points
    except AttributeError:
        points = []
    picked = next((p["customdata"][0] for p in points if p.get("customdata")), None)
    if new_selection(key, picked) and picked:
        open_call(str(picked))


# --- the page ---------------------------------------------------------------------------------------

user = page_setup("Scorecard", "scorecard")

try:
    file_weights = sc.load_weights()
except sc.WeightsError as exc:
    st.error(f"The scorecard settings file has a problem, so no scores are shown.\n\n{exc}", icon=":material/error:")
    st.stop()

with read_db() as db:
    present = sc.data_range(db)
    team_names = sc.teams(db)
if present is None:
    st.info("No calls yet: scores appear once calls are ingested.", icon=":material/inbox:")
    st.stop()

view = controls(present, team_names)
weights = weights_panel(file_weights)
shares = weights.shares()
board = cached("scorecard", view["period"].start, view["period"].end, view["group_by"], weights, team=view["team"])

overall = board.iloc[0]
previous = view["period"].previous()
if int(overall["calls_prev"]):
    comparison = (f"compared with **{period_text(previous)}** ({int(overall['calls_prev']):,} calls). "
                  "▲▼ show which way a number moved: **green** is better, **red** worse, grey a small change.")
else:
    comparison = f"No calls in the {view['period'].days} days before ({period_text(previous)}), so no trends."
st.caption(
    f"**{period_text(view['period'])}** ({view['period'].days} days, {int(overall['calls']):,} calls) {comparison} "
    "Weights: " + " · ".join(f"{weights.dimensions[k].label} {shares[k]:.0%}" for k in sc.DIMENSION_KEYS) + "."
)
if int(overall["calls"]) == 0:
    st.info("No calls in this period. Pick another period above.", icon=":material/event_busy:")
else:
    empty = [weights.dimensions[k].label for k in sc.DIMENSION_KEYS if _missing(overall[k]) and shares[k] > 0]
    if empty:
        st.caption(f"No data for {' or '.join(empty)} in this period (QA counts reviewed calls only), so "
                   f"{'it is' if len(empty) == 1 else 'they are'} left out of every total.")

view_key = state_key(view)
st.subheader("Scores", help="0–100, higher is better. Click any cell to see the calls behind it.")
score_cells = {"Total": "total"} | {
    f"{weights.dimensions[k].label} ({shares[k]:.0%})": k for k in sc.DIMENSION_KEYS
}
clickable_table(board, view, score_cells, f"scorecard_scores_{view_key}", weights)

st.subheader("Metrics behind the scores",
             help="The raw numbers each dimension is scored from. Click a cell for its calls.")
for tab, dimension in zip(st.tabs([weights.dimensions[k].label for k in sc.DIMENSION_KEYS]), sc.DIMENSION_KEYS,
                          strict=True):
    with tab:
        metric_cells = {m.label: m.key for m in weights.metrics_of(dimension)}
        clickable_table(board, view, metric_cells, f"scorecard_{dimension}_{view_key}", weights)

drill_down(board, view, weights)
spread_chart(view, weights)
qa_panels.scorecard_section(view["period"].start, view["period"].end)
