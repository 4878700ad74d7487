"""The executive balanced scorecard: per team or agent, five dimensions scored 0-100 and a weighted total.

Every number is aggregated in DuckDB from one per-call table (`_per_call_sql`): each metric is a
per-call value that is NULL when the call is outside that metric's population (a repeat contact has
no first-contact-resolution value, an unreviewed call no QA score), so a group's metric is simply
`avg(value)` and the calls behind a cell are simply the rows where the value is not NULL. The same
table answers the scorecard, the distributions and the drill-down, so the three always agree.

Scoring is set in `data/scorecard.toml` (see the comments there): a metric's value becomes a 0-100
score on a line between its `good` and `bad` anchors; dimensions are weighted means of metric
scores; the total is a weighted mean of dimension scores.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from pipeline.records import MOMENT_KINDS
from pipeline.store import scorecard_calls
from pipeline.store.db import Database
from pipeline.store.scorecard_calls import COUNTED_MOMENT_SQL

DEFAULT_WEIGHTS_PATH = Path(__file__).resolve().parents[2] / "data" / "scorecard.toml"

GroupBy = Literal["team", "agent"]
Direction = Literal["higher", "lower", "neutral"]
Unit = Literal["seconds", "share", "sentiment", "count", "points"]

ALL_GROUPS_LABEL = "All"
NO_TEAM = "(no team)"
NO_AGENT = "(no agent)"


# --- What can be measured -------------------------------------------------------------------------


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str


@dataclass(frozen=True)
class Metric:
    """A per-call measure. `sql` is its per-call value over the `base` columns; NULL = not counted."""

    key: str
    label: str
    dimension: str
    unit: Unit
    sql: str
    description: str
    continuous: bool  # a spread of per-call values worth a box plot (not a 0/1 flag)


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("efficiency", "Efficiency"),
    Dimension("resolution", "Resolution"),
    Dimension("experience", "Customer experience"),
    Dimension("behaviours", "Behaviours"),
    Dimension("qa", "QA"),
)

_CORE_METRICS: tuple[Metric, ...] = (
    Metric("handle_time_s", "Handle time", "efficiency", "seconds", "b.duration_s",
           "Mean call length.", True),
    Metric("hold_s", "Hold", "efficiency", "seconds", "b.hold_s",
           "Mean seconds on hold per call.", True),
    Metric("silence_s", "Silence", "efficiency", "seconds", "b.silence_s",
           "Mean seconds of dead air per call.", True),
    Metric("fcr", "First-contact resolution", "resolution", "share",
           "CASE WHEN coalesce(b.contact_number, 1) = 1 THEN b.resolved::INTEGER END",
           "Of the journeys opened (a customer's first call), the share with no repeat contact.", False),
    Metric("repeat_contact_rate", "Repeat contacts", "resolution", "share",
           "(NOT b.resolved)::INTEGER",
           "Share of calls after which the same customer called again.", False),
    Metric("transfers_per_call", "Transfers per call", "resolution", "count", "b.transfers::DOUBLE",
           "Mean number of transfers per call.", True),
    Metric("customer_end", "Customer ending sentiment", "experience", "sentiment", "b.customer_end",
           "Mean sentiment of the customer's last words, -1 (angry) to +1 (happy).", True),
    Metric("sentiment_lift", "Sentiment lift", "experience", "sentiment", "b.customer_end - b.customer_start",
           "Customer sentiment at the end minus at the start.", True),
    Metric("ended_bad_rate", "Ended on bad terms", "experience", "share", "b.ended_negative::INTEGER",
           "Share of calls the customer ended on bad terms.", False),
)

_MOMENT_LABELS = {
    "policy_recital": "Policy recital",
    "blame_shift": "Blame shifting",
    "cant_language": "Can't language",
    "feeling_dismissal": "Feeling dismissal",
    "channel_redirect": "Channel redirect",
    "apology": "Apology",
    "ownership": "Ownership",
    "follow_up_promise": "Follow-up promise",
    "transfer": "Transfer moment",
    "hold": "Hold moment",
    "escalation_request": "Escalation request",
    "repeat_contact": "Says called before",
}

_MOMENT_DESCRIPTIONS = {
    "policy_recital": "Share of calls where the agent recites policy instead of solving the problem.",
    "blame_shift": "Share of calls where the agent blames another team, the customer or a third party.",
    "cant_language": "Share of calls with “I can't…” or “there's nothing I can do”.",
    "feeling_dismissal": "Share of calls where the agent brushes off the customer's feelings (“calm down”).",
    "channel_redirect": "Share of calls where the customer is sent to another channel (website, email).",
    "apology": "Share of calls with an apology.",
    "ownership": "Share of calls where the agent takes ownership (“I'll sort this out for you”).",
    "follow_up_promise": "Share of calls with a promise to follow up.",
    "transfer": "Share of calls with a transfer.",
    "hold": "Share of calls with a hold.",
    "escalation_request": "Share of calls where the customer asks for a manager.",
    "repeat_contact": "Share of calls where the customer says they have called before.",
}

_MOMENT_METRICS: tuple[Metric, ...] = tuple(
    Metric(
        f"moment_{kind}",
        _MOMENT_LABELS.get(kind, kind.replace("_", " ").capitalize()),
        "behaviours",
        "share",
        # Only analysed calls can have moments; an unanalysed call is not "a call without blame shifting".
        f"CASE WHEN b.analysed THEN coalesce(b.has_{kind}, FALSE)::INTEGER END",
        _MOMENT_DESCRIPTIONS.get(kind, f"Share of calls with at least one '{kind}' moment."),
        False,
    )
    for kind in MOMENT_KINDS
)

_QA_METRICS: tuple[Metric, ...] = (
    Metric("qa_score", "QA score", "qa", "points", "b.qa_score",
           "Mean QA form total (0-100) of the reviewed calls.", True),
)

METRICS: dict[str, Metric] = {m.key: m for m in (*_CORE_METRICS, *_MOMENT_METRICS, *_QA_METRICS)}
DIMENSION_KEYS: tuple[str, ...] = tuple(d.key for d in DIMENSIONS)
CONTINUOUS_METRICS: tuple[str, ...] = tuple(k for k, m in METRICS.items() if m.continuous)
# Cells that are not a single metric but can still be drilled into.
SUMMARY_CELLS: tuple[str, ...] = ("calls", "total", *DIMENSION_KEYS)


# --- The weights file -----------------------------------------------------------------------------


class WeightsError(ValueError):
    """The scorecard weights file is missing, malformed, or inconsistent; the message says where."""


@dataclass(frozen=True)
class MetricWeight:
    key: str
    label: str
    dimension: str
    direction: Direction
    good: float | None
    bad: float | None
    weight: float
    description: str = ""

    @property
    def scored(self) -> bool:
        return self.direction != "neutral" and self.weight > 0

    def score(self, value: float | None) -> float | None:
        """0..100 on the line from `bad` (0) to `good` (100), clamped; None when unscored or unknown."""
        if not self.scored or value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        assert self.good is not None and self.bad is not None
        fraction = (float(value) - self.bad) / (self.good - self.bad)
        return 100.0 * min(1.0, max(0.0, fraction))


@dataclass(frozen=True)
class DimensionWeight:
    key: str
    label: str
    weight: float


@dataclass(frozen=True)
class ScorecardWeights:
    """Everything `data/scorecard.toml` says: dimension weights, and each metric's direction and anchors."""

    dimensions: dict[str, DimensionWeight]
    metrics: dict[str, MetricWeight]
    min_calls: int = 20
    source: str = "data/scorecard.toml"

    def shares(self) -> dict[str, float]:
        """Each dimension's weight as a fraction of all dimension weights (what the page shows as %)."""
        total = sum(d.weight for d in self.dimensions.values())
        return {k: (d.weight / total if total else 0.0) for k, d in self.dimensions.items()}

    def metrics_of(self, dimension: str) -> list[MetricWeight]:
        return [m for m in self.metrics.values() if m.dimension == dimension]

    def with_dimension_weights(self, weights: Mapping[str, float]) -> ScorecardWeights:
        """A copy with some dimension weights changed (the page's "try other weights" controls)."""
        unknown = set(weights) - set(self.dimensions)
        if unknown:
            raise WeightsError(f"unknown dimensions: {sorted(unknown)}")
        dims = dict(self.dimensions)
        for key, weight in weights.items():
            _check_weight(float(weight), f"dimension {key!r}", self.source)
            dims[key] = replace(dims[key], weight=float(weight))
        if not any(d.weight > 0 for d in dims.values()):
            raise WeightsError("at least one dimension needs a weight above 0")
        return replace(self, dimensions=dims)


_METRIC_FIELDS = {"direction", "good", "bad", "weight", "label"}
_DIMENSION_FIELDS = {"label", "weight"}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_weight(value: Any, where: str, source: str) -> float:
    if not _is_number(value) or value < 0:
        raise WeightsError(f"{source}: {where}: weight must be a number of at least 0, not {value!r}")
    return float(value)


def weights_path() -> Path:
    """`EARSHOT_SCORECARD` points at another weights file (a deployment's own), else `data/scorecard.toml`."""
    return Path(os.environ.get("EARSHOT_SCORECARD") or DEFAULT_WEIGHTS_PATH)


def _display_path(path: Path) -> str:
    """The path as someone at the repository root would type it (absolute when outside it)."""
    root = DEFAULT_WEIGHTS_PATH.parent.parent
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)


def load_weights(path: str | Path | None = None) -> ScorecardWeights:
    """Read and validate the weights file; raise `WeightsError` naming the section to fix."""
    path = Path(path) if path is not None else weights_path()
    source = _display_path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WeightsError(f"{source}: scorecard weights file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise WeightsError(f"{source} is not valid TOML: {exc}") from exc
    return parse_weights(raw, source)


def parse_weights(raw: Mapping[str, Any], source: str = "scorecard weights") -> ScorecardWeights:
    """Validate the parsed TOML: every dimension and metric present, nothing unknown, anchors consistent."""
    unknown_sections = set(raw) - {"scorecard", "dimensions", "metrics"}
    if unknown_sections:
        raise WeightsError(f"{source}: unknown sections {sorted(unknown_sections)}; "
                           "expected [scorecard], [dimensions.*] and [metrics.*]")
    settings = raw.get("scorecard", {})
    min_calls = settings.get("min_calls", 20)
    if not isinstance(min_calls, int) or isinstance(min_calls, bool) or min_calls < 0:
        raise WeightsError(f"{source}: [scorecard] min_calls must be a whole number of at least 0, not {min_calls!r}")

    raw_dims = raw.get("dimensions", {})
    _check_names(raw_dims, DIMENSION_KEYS, "dimensions", source)
    dimensions: dict[str, DimensionWeight] = {}
    for dim in DIMENSIONS:
        table = raw_dims[dim.key]
        where = f"[dimensions.{dim.key}]"
        _check_fields(table, _DIMENSION_FIELDS, where, source)
        if "weight" not in table:
            raise WeightsError(f"{source}: {where} needs a weight")
        label = table.get("label", dim.label)
        if not isinstance(label, str) or not label.strip():
            raise WeightsError(f"{source}: {where} label must be text")
        dimensions[dim.key] = DimensionWeight(dim.key, label, _check_weight(table["weight"], where, source))
    if not any(d.weight > 0 for d in dimensions.values()):
        raise WeightsError(f"{source}: at least one dimension needs a weight above 0")

    raw_metrics = raw.get("metrics", {})
    _check_names(raw_metrics, tuple(METRICS), "metrics", source)
    metrics: dict[str, MetricWeight] = {}
    for key, metric in METRICS.items():
        table = raw_metrics[key]
        where = f"[metrics.{key}]"
        _check_fields(table, _METRIC_FIELDS, where, source)
        direction = table.get("direction")
        if direction not in ("higher", "lower", "neutral"):
            raise WeightsError(f"{source}: {where} direction must be \"higher\", \"lower\" or \"neutral\", "
                               f"not {direction!r}")
        weight = _check_weight(table.get("weight", 1), where, source)
        good = table.get("good")
        bad = table.get("bad")
        if direction != "neutral":
            for name, value in (("good", good), ("bad", bad)):
                if not _is_number(value):
                    raise WeightsError(f"{source}: {where} needs a number for {name} (the value scoring "
                                       f"{'100' if name == 'good' else '0'}), not {value!r}")
            if direction == "higher" and not good > bad:
                raise WeightsError(f"{source}: {where} is \"higher is better\", so good ({good}) must be above "
                                   f"bad ({bad})")
            if direction == "lower" and not good < bad:
                raise WeightsError(f"{source}: {where} is \"lower is better\", so good ({good}) must be below "
                                   f"bad ({bad})")
        label = table.get("label", metric.label)
        if not isinstance(label, str) or not label.strip():
            raise WeightsError(f"{source}: {where} label must be text")
        metrics[key] = MetricWeight(
            key=key,
            label=label,
            dimension=metric.dimension,
            direction=direction,
            good=float(good) if _is_number(good) else None,
            bad=float(bad) if _is_number(bad) else None,
            weight=weight,
            description=metric.description,
        )
    for dim in DIMENSIONS:
        if dimensions[dim.key].weight > 0 and not any(m.scored for m in metrics.values() if m.dimension == dim.key):
            raise WeightsError(f"{source}: dimension {dim.key!r} has a weight but none of its metrics is scored "
                               "(all neutral or weight 0)")
    return ScorecardWeights(dimensions=dimensions, metrics=metrics, min_calls=min_calls, source=source)


def _check_names(tables: Any, expected: tuple[str, ...], section: str, source: str) -> None:
    if not isinstance(tables, Mapping):
        raise WeightsError(f"{source}: [{section}] must hold tables like [{section}.{expected[0]}]")
    unknown = sorted(set(tables) - set(expected))
    if unknown:
        raise WeightsError(f"{source}: unknown {section} {unknown}; known: {', '.join(expected)}")
    missing = [name for name in expected if name not in tables]
    if missing:
        raise WeightsError(f"{source}: missing " + ", ".join(f"[{section}.{name}]" for name in missing))
    for name in expected:
        if not isinstance(tables[name], Mapping):
            raise WeightsError(f"{source}: [{section}.{name}] must be a table")


def _check_fields(table: Mapping[str, Any], allowed: set[str], where: str, source: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise WeightsError(f"{source}: {where} has unknown fields {unknown}; allowed: {', '.join(sorted(allowed))}")


# --- Periods --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, datetime.min.time())

    @property
    def until(self) -> datetime:
        """The first instant after the period (exclusive bound for SQL)."""
        return datetime.combine(self.end + timedelta(days=1), datetime.min.time())

    def previous(self) -> Period:
        """The period of equal length just before this one."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def period(start: date | datetime, end: date | datetime) -> Period:
    return Period(_as_date(start), _as_date(end))


def data_range(db: Database) -> Period | None:
    """The days from the first to the last stored call (None when there are none)."""
    row = db.execute(
        "SELECT min(started_at)::DATE, max(started_at)::DATE FROM calls WHERE status = 'ready'"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return Period(row[0], row[1])


def default_period(db: Database, days: int = 30) -> Period | None:
    """The last `days` days of data present (sample data may be older than today)."""
    present = data_range(db)
    if present is None:
        return None
    return Period(max(present.start, present.end - timedelta(days=days - 1)), present.end)


def teams(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT team FROM calls WHERE status = 'ready' AND team IS NOT NULL ORDER BY team"
    ).fetchall()]


# --- The per-call table ---------------------------------------------------------------------------

# Chosen from this fixed list, never from user text, so formatting it into SQL is safe.
_GROUP_KEY_SQL: dict[str, str] = {
    "team": f"coalesce(c.team, '{NO_TEAM}')",
    "agent": f"coalesce(c.agent_id, '{NO_AGENT}')",
}


def _check_group_by(group_by: str) -> None:
    if group_by not in _GROUP_KEY_SQL:
        raise ValueError(f"group_by must be 'team' or 'agent', not {group_by!r}")


def _per_call_sql(group_by: str, metrics: Iterable[str] | None = None, *, facts: bool = True) -> str:
    """CTEs ending in `per_call`: one row per ready call in [$since, $until) with the metrics' values.

    Parameters: $since, $until, $current_since (calls on/after it are the current period), $team and
    $grp (NULL = no filter). With `facts` (the default; see `uses_facts`) every row comes ready-made
    from `scorecard_calls`, which the writer keeps. Without, the same rows are built from the base
    tables: calls and analysis, and the moments and QA reviews aggregated per call, joined only
    when a metric asked for needs them (DuckDB materialises these CTEs; the moments join is most of
    the cost). Only the `metrics` asked for (default all) are computed.
    """
    _check_group_by(group_by)
    group_key = _GROUP_KEY_SQL[group_by]
    wanted = [METRICS[k] for k in (METRICS if metrics is None else dict.fromkeys(metrics))]
    kinds = [m.key.removeprefix("moment_") for m in wanted if m.dimension == "behaviours"]
    with_qa = any(m.key == "qa_score" for m in wanted)
    in_range = f"""c.started_at >= $since AND c.started_at < $until
          AND ($team IS NULL OR c.team = $team)
          AND ($grp IS NULL OR {group_key} = $grp)"""
    if facts:
        flags = "".join(f", {scorecard_calls.kind_flag_sql(kind)} AS has_{kind}" for kind in kinds)
        ctes = [f"""
    WITH base AS (
        SELECT c.call_id, c.started_at, c.agent_id, c.agent_name, c.team, c.customer_id, {group_key} AS grp,
               c.started_at >= $current_since AS in_current, c.analysed, c.duration_s, c.hold_s, c.silence_s,
               c.transfers, c.customer_start, c.customer_end, c.ended_negative, c.contact_number, c.resolved,
               c.qa_score{flags}
        FROM scorecard_calls c
        WHERE {in_range}
    )"""]
    else:
        ctes = [f"""
    WITH calls_in_range AS (
        SELECT c.call_id, c.started_at, c.agent_id, coalesce(c.agent_name, c.agent_id) AS agent_name,
               c.team, c.customer_id, {group_key} AS grp, c.started_at >= $current_since AS in_current,
               a.call_id IS NOT NULL AS analysed, c.duration_s, a.hold_s, a.silence_s, a.transfers,
               a.customer_start, a.customer_end, a.ended_negative, a.contact_number, a.resolved
        FROM calls c LEFT JOIN analysis a ON a.call_id = c.call_id
        WHERE c.status = 'ready' AND {in_range}
    )"""]
        joins = ""
        columns = ""
        if kinds:
            flags = ",\n            ".join(
                f"count(*) FILTER (WHERE m.kind = '{kind}') > 0 AS has_{kind}" for kind in kinds)
            ctes.append(f"""
    flags AS (
        SELECT m.call_id,
            {flags}
        FROM moments m SEMI JOIN calls_in_range r ON r.call_id = m.call_id
        WHERE m.kind IN ({", ".join(f"'{kind}'" for kind in kinds)}) AND {COUNTED_MOMENT_SQL}
        GROUP BY m.call_id
    )""")
            joins += " LEFT JOIN flags f ON f.call_id = r.call_id"
            columns += "".join(f", f.has_{kind}" for kind in kinds)
        if with_qa:
            ctes.append("""
    qa AS (
        SELECT s.call_id, avg(s.total) AS qa_score
        FROM qa_scores s SEMI JOIN calls_in_range r ON r.call_id = s.call_id
        GROUP BY s.call_id
    )""")
            joins += " LEFT JOIN qa q ON q.call_id = r.call_id"
            columns += ", q.qa_score"
        ctes.append(f"""
    base AS (SELECT r.*{columns} FROM calls_in_range r{joins})""")
    metric_columns = "".join(f",\n        {m.sql} AS {m.key}" for m in wanted)
    ctes.append(f"""
    per_call AS (
        SELECT b.call_id, b.started_at, b.agent_id, b.agent_name, b.team, b.customer_id, b.grp, b.in_current
        {metric_columns}
        FROM base b
    )""")
    return ",".join(ctes) + "\n"


def uses_facts(db: Database) -> bool:
    """True when the scorecard reads the ready-made per-call facts (see `pipeline.store.scorecard_calls`)."""
    return scorecard_calls.is_complete(db)


def _params(since: datetime, until: datetime, current_since: datetime, team: str | None,
            group: str | None) -> dict[str, Any]:
    return {"since": since, "until": until, "current_since": current_since, "team": team, "grp": group}


# --- The scorecard --------------------------------------------------------------------------------


def scorecard(
    db: Database,
    start: date | datetime,
    end: date | datetime,
    group_by: GroupBy = "team",
    weights: ScorecardWeights | None = None,
    *,
    team: str | None = None,
) -> pd.DataFrame:
    """One row per group, after an "All" row (always there), for the period [start, end] (whole days).

    Columns: `group` (the key: team name or agent id; None for the All row), `label`, `team`,
    `calls`, `calls_prev`, `few_calls`; for each metric `<key>` and `<key>_prev` (the raw value) and
    `<key>_score` / `<key>_score_prev` (0-100, None when neutral); for each dimension
    `<dim>` / `<dim>_prev` (0-100); and `total` / `total_prev`. `_prev` is the previous period of
    equal length. Groups that only had calls in the previous period are kept (their current values
    are empty), so a team that stopped taking calls does not silently disappear.
    """
    weights = weights or load_weights()
    current = period(start, end)
    previous = current.previous()
    sums = ",\n        ".join(f"avg({key}) AS {key}" for key in METRICS)
    sql = _per_call_sql(group_by, facts=uses_facts(db)) + f"""
    SELECT grp, GROUPING(grp) = 1 AS is_all, in_current, count(*) AS calls,
           max(agent_name) AS agent_name, mode(team) AS team,
        {sums}
    FROM per_call
    GROUP BY GROUPING SETS ((grp, in_current), (in_current))
    """
    aggregated = db.query(sql, _params(previous.since, current.until, current.since, team, None))

    rows: dict[Any, dict[str, Any]] = {None: _empty_row(None)}  # the All row, even for a period without calls
    for agg in aggregated:
        key = None if agg["is_all"] else agg["grp"]
        if key not in rows:
            rows[key] = _empty_row(key)
        row = rows[key]
        suffix = "" if agg["in_current"] else "_prev"
        row["calls" + suffix] = agg["calls"]
        if not agg["is_all"]:
            if group_by == "agent":
                row["label"] = agg["agent_name"] or key
            if agg["in_current"] or row["team"] is None:
                row["team"] = agg["team"] if group_by == "agent" else key
        for metric in METRICS:
            row[metric + suffix] = _clean(agg[metric])

    for row in rows.values():
        for suffix in ("", "_prev"):
            _score_row(row, weights, suffix)
        row["few_calls"] = row["group"] is not None and row["calls"] < weights.min_calls

    # The All row first, then best total first; groups without a total (no calls this period) last.
    ordered = sorted(
        rows.values(),
        key=lambda r: (r["group"] is not None, r["total"] is None, -(r["total"] or 0.0), str(r["label"])),
    )
    frame = pd.DataFrame(ordered, columns=_scorecard_columns())
    return frame


def _empty_row(group: str | None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(_scorecard_columns())
    row.update(group=group, label=group if group is not None else ALL_GROUPS_LABEL, calls=0, calls_prev=0)
    return row


def _scorecard_columns() -> list[str]:
    columns = ["group", "label", "team", "calls", "calls_prev", "few_calls", "total", "total_prev"]
    for dim in DIMENSION_KEYS:
        columns += [dim, dim + "_prev"]
    for metric in METRICS:
        columns += [metric, metric + "_prev", metric + "_score", metric + "_score_prev"]
    return columns


def _clean(value: Any) -> float | None:
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else value


def _weighted_mean(pairs: list[tuple[float | None, float]]) -> float | None:
    known = [(v, w) for v, w in pairs if v is not None and w > 0]
    total_weight = sum(w for _, w in known)
    if not known or total_weight == 0:
        return None
    return sum(v * w for v, w in known) / total_weight


def _score_row(row: dict[str, Any], weights: ScorecardWeights, suffix: str) -> None:
    """Fill metric scores, dimension scores and the total for one period of one row."""
    for metric in weights.metrics.values():
        row[f"{metric.key}_score{suffix}"] = metric.score(row[metric.key + suffix])
    for dim in DIMENSION_KEYS:
        row[dim + suffix] = _weighted_mean(
            [(row[f"{m.key}_score{suffix}"], m.weight) for m in weights.metrics_of(dim) if m.scored]
        )
    row["total" + suffix] = _weighted_mean([(row[d + suffix], weights.dimensions[d].weight) for d in DIMENSION_KEYS])


# --- Distributions --------------------------------------------------------------------------------


def metric_distribution(
    db: Database,
    metric: str,
    start: date | datetime,
    end: date | datetime,
    group_by: GroupBy = "team",
    group: str | None = None,
    *,
    team: str | None = None,
) -> pd.DataFrame:
    """The spread of a per-call metric in each group (or one group): quantiles computed in DuckDB.

    One row per group: `group`, `label`, `n`, `mean`, `min`, `p05`, `q1`, `median`, `q3`, `p95`, `max`.
    Box plots drawn from these show how bad the worst calls are, which a mean alone hides.
    """
    if metric not in CONTINUOUS_METRICS:
        raise ValueError(f"{metric!r} has no spread to plot; choose one of {', '.join(CONTINUOUS_METRICS)}")
    current = period(start, end)
    sql = _per_call_sql(group_by, [metric], facts=uses_facts(db)) + f"""
    SELECT grp AS "group", max(agent_name) AS agent_name, count({metric}) AS n, avg({metric}) AS mean,
           min({metric}) AS min, quantile_cont({metric}, [0.05, 0.25, 0.5, 0.75, 0.95]) AS q,
           max({metric}) AS max
    FROM per_call
    WHERE {metric} IS NOT NULL
    GROUP BY grp
    ORDER BY grp
    """
    rows = db.query(sql, _params(current.since, current.until, current.since, team, group))
    out = []
    for r in rows:
        p05, q1, median, q3, p95 = r["q"]
        label = (r["agent_name"] or r["group"]) if group_by == "agent" else r["group"]
        out.append({"group": r["group"], "label": label, "n": r["n"], "mean": r["mean"], "min": r["min"],
                    "p05": p05, "q1": q1, "median": median, "q3": q3, "p95": p95, "max": r["max"]})
    return pd.DataFrame(out, columns=["group", "label", "n", "mean", "min", "p05", "q1", "median", "q3", "p95", "max"])


def worst_calls(
    db: Database,
    metric: str,
    start: date | datetime,
    end: date | datetime,
    group_by: GroupBy = "team",
    per_group: int = 3,
    weights: ScorecardWeights | None = None,
    *,
    team: str | None = None,
) -> pd.DataFrame:
    """The `per_group` worst calls of each group on a metric (the dots drawn over the boxes)."""
    weights = weights or load_weights()
    order = _worst_first(metric, weights)
    current = period(start, end)
    sql = _per_call_sql(group_by, [metric], facts=uses_facts(db)) + f"""
    SELECT call_id, grp AS "group", agent_name, team, started_at, {metric} AS value
    FROM per_call
    WHERE {metric} IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY grp ORDER BY {metric} {order}, started_at DESC, call_id) <= $per_group
    ORDER BY grp, value {order}, started_at DESC, call_id
    """
    params = _params(current.since, current.until, current.since, team, None) | {"per_group": per_group}
    return db.df(sql, params)


def _worst_first(metric: str, weights: ScorecardWeights) -> str:
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    # Neutral metrics: most occurrences first, which is what someone clicking "apology 40%" wants to see.
    return "ASC" if weights.metrics[metric].direction == "higher" else "DESC"


# --- Drill-down -----------------------------------------------------------------------------------


def calls_behind(
    db: Database,
    metric: str,
    group_by: GroupBy,
    group: str | None,
    start: date | datetime,
    end: date | datetime,
    limit: int = 200,
    weights: ScorecardWeights | None = None,
    *,
    team: str | None = None,
) -> pd.DataFrame:
    """The calls behind one scorecard cell, worst first.

    `metric` is a metric key, a dimension key, "total" or "calls"; `group` a group key from the
    scorecard (None = the All row). A metric's calls are exactly those counted in its value (its
    population); `value` is the call's own value (for a share metric 1 = the call counts towards the
    share). For a dimension or the total, `value` is the call's own 0-100 score on the same weights,
    so the calls dragging the cell down come first.
    """
    weights = weights or load_weights()
    current = period(start, end)
    params = _params(current.since, current.until, current.since, team, group) | {"limit": limit}
    shown = ["handle_time_s", "customer_end", "transfers_per_call", "qa_score"]
    if metric in METRICS:
        valued, order, needed = f", valued AS (SELECT *, {metric} AS value FROM per_call)", _worst_first(
            metric, weights), [metric]
    elif metric in DIMENSION_KEYS or metric == "total":
        valued, score_params = _call_score_ctes(metric, weights)
        params |= score_params
        order = "ASC"
        needed = [m.key for m in weights.metrics.values() if m.scored and metric in ("total", m.dimension)]
    elif metric == "calls":
        valued, order, needed = ", valued AS (SELECT *, NULL::DOUBLE AS value FROM per_call)", "DESC", []
    else:
        raise ValueError(f"unknown scorecard cell {metric!r}; expected a metric, a dimension, 'total' or 'calls'")
    sql = _per_call_sql(group_by, [*shown, *needed], facts=uses_facts(db)) + valued + f"""
    SELECT call_id, started_at, agent_id, agent_name, team, customer_id, value,
           handle_time_s, customer_end, transfers_per_call, qa_score
    FROM valued
    WHERE {"TRUE" if metric == "calls" else "value IS NOT NULL"}
    ORDER BY value {order} NULLS LAST, started_at DESC, call_id
    LIMIT $limit
    """
    return db.df(sql, params)


def _call_score_ctes(cell: str, weights: ScorecardWeights) -> tuple[str, dict[str, Any]]:
    """CTEs after `per_call` ending in `valued`: each call's own 0-100 score on a dimension or the total.

    Metric scores, then dimension scores, then the total, each a column of its own materialised CTE so
    every expression is computed once per call (inlined, the total repeats each metric's score four
    times). Anchors and weights are bound parameters.
    """
    params: dict[str, Any] = {}
    dims = [d for d in DIMENSION_KEYS if cell in ("total", d) and (cell != "total" or weights.dimensions[d].weight > 0)]
    metrics = [m for d in dims for m in weights.metrics_of(d) if m.scored]
    metric_scores = []
    for m in metrics:
        params |= {f"good_{m.key}": m.good, f"bad_{m.key}": m.bad, f"w_{m.key}": m.weight}
        fraction = f"({m.key} - $bad_{m.key}) / ($good_{m.key} - $bad_{m.key})"
        metric_scores.append(f"100 * greatest(0, least(1, {fraction})) AS s_{m.key}")

    def weighted(parts: list[tuple[str, str]]) -> str:
        # Mean over the parts the call has (NULL parts drop out of both sums, as in the group scores).
        if not parts:
            return "NULL::DOUBLE"
        numerator = " + ".join(f"coalesce({column} * {w}, 0)" for column, w in parts)
        denominator = " + ".join(f"(CASE WHEN {column} IS NOT NULL THEN {w} ELSE 0 END)" for column, w in parts)
        return f"(({numerator}) / nullif({denominator}, 0))"

    dimension_scores = [
        weighted([(f"s_{m.key}", f"$w_{m.key}") for m in metrics if m.dimension == d]) + f" AS d_{d}" for d in dims
    ]
    if cell == "total":
        params |= {f"dw_{d}": weights.dimensions[d].weight for d in dims}
        value = weighted([(f"d_{d}", f"$dw_{d}") for d in dims])
    else:
        value = f"d_{cell}"
    return f"""
    , metric_scores AS MATERIALIZED (SELECT *{"".join(", " + s for s in metric_scores)} FROM per_call)
    , dimension_scores AS MATERIALIZED (SELECT *{"".join(", " + s for s in dimension_scores)} FROM metric_scores)
    , valued AS (SELECT *, {value} AS value FROM dimension_scores)
    """, params


@dataclass
class CellInfo:
    """What a drill-down is about, in words (for the page's heading)."""

    cell: str
    label: str
    description: str = ""


def describe_cell(cell: str, weights: ScorecardWeights) -> CellInfo:
    if cell in weights.metrics:
        m = weights.metrics[cell]
        return CellInfo(cell, m.label, m.description)
    if cell in weights.dimensions:
        return CellInfo(cell, weights.dimensions[cell].label,
                        "Each call's own score on this dimension, lowest first.")
    if cell == "total":
        return CellInfo(cell, "Total", "Each call's own weighted total score, lowest first.")
    if cell == "calls":
        return CellInfo(cell, "Calls", "All calls, newest first.")
    raise ValueError(f"unknown scorecard cell {cell!r}")
