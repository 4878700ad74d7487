"""SYNTHETIC call data for benchmarks: fills a separate database with made-up calls.

    .venv/bin/python bench/synthetic.py --db /tmp/earshot-100k.duckdb --calls 100000

Every row this writes is fake and marked so: call ids start "SYN-", every call's `extra` is
{"synthetic": true}, agents and customers are "SYN-A…"/"SYN-C…", coaching sessions are titled
"SYNTHETIC: …". It refuses to write into the demo database (data/earshot.duckdb) or into any file
that already holds a call that is not synthetic, so fake calls can never mix with real or demo ones.

The distributions are shaped to make the dashboard's pages do real work: six teams with their own
handle times, agents with a hidden skill that moves their resolution, sentiment and behaviours,
customers who call back (journeys of up to four contacts), QA reviews on ~8% of calls, follow-up
promises with due dates, and a few coaching sessions. Per-call numbers are drawn with numpy and
bulk-loaded from pandas; the ~30 utterances per call (and their words) are generated inside DuckDB
with `INSERT … SELECT` over `range()`, which is what makes 100,000 calls take minutes, not hours.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

if __package__ in (None, ""):  # run as `python bench/synthetic.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.records import CUSTOMER_KINDS, MOMENT_KINDS
from pipeline.store import scorecard_calls
from pipeline.store.calls import rebuild_search_index
from pipeline.store.db import DEFAULT_DB, Database, open_database

REPO_ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_PREFIX = "SYN-"
RULES_VERSION = "synthetic"

# name, queue, median handle time (s), repeat-contact tendency, sentiment offset
TEAMS: tuple[tuple[str, str, float, float, float], ...] = (
    ("Billing", "billing", 330.0, 0.00, 0.00),
    ("Technical Support", "tech-support", 560.0, 0.04, -0.05),
    ("Retention", "retention", 470.0, 0.02, -0.10),
    ("Onboarding", "onboarding", 400.0, -0.03, 0.08),
    ("Claims", "claims", 620.0, 0.05, -0.08),
    ("Collections", "collections", 290.0, 0.01, -0.15),
)
FIRST_NAMES = ("Avery", "Jordan", "Riley", "Sam", "Alex", "Casey", "Morgan", "Jamie", "Taylor", "Robin",
               "Quinn", "Drew", "Kai", "Noor", "Priya", "Tomas", "Ines", "Malik", "Yuki", "Olu")
LAST_NAMES = ("Okafor", "Lindqvist", "Moreau", "Nakamura", "Silva", "Kowalski", "Haddad", "Byrne",
              "Castillo", "Fischer", "Mensah", "Rossi", "Patel", "Novak", "Duarte", "Weber")

AGENT_LINES = (
    "Thank you for calling, my name is {agent}, how can I help you today?",
    "Let me pull up your account, can you confirm the postcode for me?",
    "Thanks, I can see the account here.",
    "I can see the payment went through on the third of the month.",
    "Okay, let me check what happened with that order.",
    "Just bear with me while the system loads.",
    "I understand, that sounds frustrating.",
    "Can you tell me when you first noticed the problem?",
    "I can see the engineer visit was booked for Tuesday.",
    "That charge is for the annual plan renewal.",
    "I have updated the address on the account now.",
    "Is there anything else I can help you with today?",
    "You should receive a confirmation email within the hour.",
    "The refund will show on your statement in three to five days.",
    "I have added a note to the account so the team can see it.",
    "Can you try restarting the router for me while we are on the line?",
    "Thanks for your patience while I looked into that.",
    "So just to confirm, you would like to keep the current plan?",
)
CUSTOMER_LINES = (
    "Hi, I am calling about my last bill.",
    "It says I was charged twice this month.",
    "Yes, that is right.",
    "The internet keeps dropping every evening.",
    "I never received the parcel, it says delivered.",
    "Okay, thank you.",
    "I would like to change my payment date.",
    "No, nothing else, thanks.",
    "It started about a week ago.",
    "Sure, it is on the account as my old address.",
    "I did that already and it did not help.",
    "That is fine, I can wait.",
    "How long will that take?",
    "Great, that is really helpful.",
    "I am not happy about this at all.",
    "Can you send that to me in writing?",
)
MOMENT_LINES: dict[str, tuple[str, ...]] = {
    "policy_recital": ("Our policy states that refunds take ten working days.",
                       "Unfortunately that is our policy and I have to follow it."),
    "blame_shift": ("That is the billing department's mistake, not ours.",
                    "The courier must have lost it, that is not on us."),
    "cant_language": ("I can't do that for you.", "There is nothing I can do about it from here."),
    "feeling_dismissal": ("Calm down, it is not a big deal.", "There is no need to get upset about it."),
    "channel_redirect": ("You will need to go on the website for that.", "Please send us an email about it instead."),
    "apology": ("I am so sorry about that.", "I apologise for the inconvenience."),
    "ownership": ("I will take care of this for you personally.", "Leave it with me, I will sort it out today."),
    "follow_up_promise": ("I will call you back tomorrow with an update.",
                          "I will email you the confirmation by Friday."),
    "transfer": ("I am going to transfer you to the right team now.",
                 "Let me put you through to our specialist team."),
    "hold": ("Can I put you on hold for a moment while I check?", "I will just place you on a brief hold."),
    "escalation_request": ("I want to speak to your manager.", "Put me through to a supervisor, please."),
    "repeat_contact": ("This is the third time I have called about this.", "I already called about this last week."),
}
# Behaviours an agent is coached out of: less skilled agents show them more often.
BAD_KIND_RATES = {"policy_recital": 0.12, "blame_shift": 0.06, "cant_language": 0.25,
                  "feeling_dismissal": 0.05, "channel_redirect": 0.10}
QA_CRITERIA = ("greeting", "verification", "empathy", "resolution", "closing")


class RefuseTarget(RuntimeError):
    """The target database is the demo database or holds non-synthetic calls."""


@dataclass
class Plan:
    """Everything drawn in numpy, before it is written."""

    agents: pd.DataFrame
    calls: pd.DataFrame
    moments: pd.DataFrame
    qa: pd.DataFrame


# --- Safety ---------------------------------------------------------------------------------------


def check_target(path: Path, replace: bool) -> None:
    """Refuse the demo database and any file with non-synthetic calls; an old synthetic file needs --replace."""
    resolved = path.resolve()
    demo_paths = {(REPO_ROOT / DEFAULT_DB).resolve(), DEFAULT_DB.resolve()}
    if resolved in demo_paths:
        raise RefuseTarget(f"{path} is the demo database; synthetic calls go in a separate file "
                           "(e.g. --db /tmp/earshot-100k.duckdb)")
    if not path.exists():
        return
    try:
        db = open_database(path, read_only=True, timeout_s=5)
    except Exception as exc:  # not a DuckDB file, or held by a writer: either way, not ours to overwrite
        raise RefuseTarget(f"{path} exists and cannot be opened as an Earshot database ({exc})") from exc
    try:
        has_calls = db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'calls'")
        real = 0
        if has_calls:
            real = db.scalar(
                "SELECT count(*) FROM calls WHERE NOT starts_with(call_id, ?)"
                " OR coalesce(json_extract(extra, '$.synthetic')::BOOLEAN, FALSE) IS NOT TRUE",
                [SYNTHETIC_PREFIX],
            )
    finally:
        db.close()
    if real:
        raise RefuseTarget(f"{path} holds {real} calls that are not synthetic; refusing to mix synthetic calls in")
    if not replace:
        raise RefuseTarget(f"{path} already exists (synthetic only); pass --replace to rebuild it")
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# --- Drawing the calls ----------------------------------------------------------------------------


def _pick(rng: np.random.Generator, options: tuple[str, ...], n: int) -> np.ndarray:
    return np.asarray(options, dtype=object)[rng.integers(0, len(options), n)]


def _business_times(rng: np.random.Generator, n: int, start: datetime, days: int) -> np.ndarray:
    """Seconds since `start`: weekdays busier than weekends, a late-morning peak."""
    weekday = np.array([(start + timedelta(days=d)).weekday() for d in range(days)])
    day_weight = np.where(weekday < 5, 1.0, 0.3)
    day = rng.choice(days, n, p=day_weight / day_weight.sum())
    hours = np.arange(8, 20)
    hour_weight = np.array([4, 8, 10, 9, 7, 8, 8, 7, 6, 5, 3, 2], dtype=float)
    hour = rng.choice(hours, n, p=hour_weight / hour_weight.sum())
    return day * 86400 + hour * 3600 + rng.uniform(0, 3600, n)


def _agents(rng: np.random.Generator, n_agents: int) -> pd.DataFrame:
    team_idx = np.sort(np.arange(n_agents) % len(TEAMS))  # agents grouped by team, equal team sizes
    combos = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    order = rng.permutation(len(combos))
    # Unique names (a repeated name would make two agents look like one on the scorecard).
    names = [combos[order[i % len(combos)]] + (f" {i // len(combos) + 1}" if i >= len(combos) else "")
             for i in range(n_agents)]
    return pd.DataFrame({
        "agent_id": [f"{SYNTHETIC_PREFIX}A{i:04d}" for i in range(n_agents)],
        "agent_name": names,
        "team_idx": team_idx,
        "skill": rng.normal(0.0, 1.0, n_agents),  # hidden: moves resolution, sentiment and behaviours
        "load": rng.uniform(0.6, 1.4, n_agents),  # some agents take more calls
    })


def _same_team_agent(rng: np.random.Generator, agent: np.ndarray, team_of: np.ndarray, n_agents: int) -> np.ndarray:
    """A random agent of the same team as each given agent (teams are contiguous in the agent list)."""
    team = team_of[agent]
    first = np.searchsorted(team_of, team, side="left")
    count = np.searchsorted(team_of, team, side="right") - first
    return first + (rng.random(len(agent)) * count).astype(np.int64)


def draw_plan(n_calls: int, end: date, days: int = 90, seed: int = 7) -> Plan:
    """Draw `n_calls` calls over the `days` days ending on `end` (inclusive)."""
    rng = np.random.default_rng(seed)
    start = datetime.combine(end - timedelta(days=days - 1), datetime.min.time())
    span_end = days * 86400.0
    n_agents = max(len(TEAMS), min(400, n_calls // 800 or 1))
    agents = _agents(rng, n_agents)
    team_of = agents["team_idx"].to_numpy()
    skill = agents["skill"].to_numpy()
    load = agents["load"].to_numpy()
    team_repeat = np.array([t[3] for t in TEAMS])

    # Journeys: a first contact, then each contact is followed by another with a probability that rises
    # when the agent was weak. Draw more than needed, then keep whole journeys up to n_calls.
    n_journeys = int(n_calls / 1.2) + 16
    journey = np.arange(n_journeys)
    agent = rng.choice(n_agents, n_journeys, p=load / load.sum())
    when = _business_times(rng, n_journeys, start, days)
    level = np.zeros(n_journeys, dtype=np.int64)
    parts = [(journey, agent, when, level)]
    current = parts[0]
    for contact in range(1, 4):
        j, a, t, _ = current
        p_repeat = np.clip(0.13 - 0.07 * skill[a] + team_repeat[team_of[a]], 0.02, 0.5)
        again = rng.random(len(j)) < p_repeat
        t_next = t[again] + 3600 + rng.exponential(2.5 * 86400, again.sum())
        in_window = t_next < span_end
        j_next = j[again][in_window]
        t_next = t_next[in_window]
        a_prev = a[again][in_window]
        same_team = rng.random(len(j_next)) < 0.65
        a_next = np.where(same_team, _same_team_agent(rng, a_prev, team_of, n_agents),
                          rng.integers(0, n_agents, len(j_next)))
        current = (j_next, a_next, t_next, np.full(len(j_next), contact))
        parts.append(current)
    journey = np.concatenate([p[0] for p in parts])
    agent = np.concatenate([p[1] for p in parts])
    when = np.concatenate([p[2] for p in parts])
    level = np.concatenate([p[3] for p in parts])

    sizes = np.bincount(journey, minlength=n_journeys)
    order = rng.permutation(n_journeys)
    kept_journeys = order[np.cumsum(sizes[order]) <= n_calls]
    keep = np.isin(journey, kept_journeys)
    journey, agent, when, level = journey[keep], agent[keep], when[keep], level[keep]
    shortfall = n_calls - len(journey)
    if shortfall:  # top up with single-call journeys so the count is exact
        journey = np.concatenate([journey, np.arange(n_journeys, n_journeys + shortfall)])
        agent = np.concatenate([agent, rng.choice(n_agents, shortfall, p=load / load.sum())])
        when = np.concatenate([when, _business_times(rng, shortfall, start, days)])
        level = np.concatenate([level, np.zeros(shortfall, dtype=np.int64)])
    by_time = np.argsort(when, kind="stable")
    journey, agent, when, level = journey[by_time], agent[by_time], when[by_time], level[by_time]
    last_level = np.zeros(journey.max() + 1, dtype=np.int64)
    np.maximum.at(last_level, journey, level)
    followed_by_repeat = level < last_level[journey]
    n_customers = max(1, int(len(np.unique(journey)) * 0.8))  # some customers have several journeys
    customer_of_journey = rng.integers(0, n_customers, journey.max() + 1)

    n = n_calls
    s = skill[agent]
    team = team_of[agent]
    team_aht = np.array([t[2] for t in TEAMS])[team]
    team_mood = np.array([t[4] for t in TEAMS])[team]
    duration = np.clip(rng.lognormal(np.log(team_aht) - 0.08 * s, 0.45), 45, 3600)
    transfers = np.minimum(rng.poisson(0.12 * np.exp(-0.4 * s)), 3)
    on_hold = rng.random(n) < np.clip(0.25 - 0.05 * s + 0.3 * (transfers > 0), 0.05, 0.9)
    hold = np.where(on_hold, np.minimum(rng.lognormal(np.log(45), 0.7, n) + 30 * transfers, duration * 0.5), 0.0)
    silence = duration * rng.beta(2, 30, n) * np.exp(-0.1 * s)
    customer_start = np.clip(rng.normal(-0.15 - 0.15 * level + team_mood, 0.3), -1, 1)
    customer_end = np.clip(customer_start + 0.35 + 0.12 * s - 0.15 * transfers + rng.normal(0, 0.25, n), -1, 1)
    ended_negative = customer_end < -0.3
    agent_mean = np.clip(rng.normal(0.25 + 0.05 * s, 0.1), -1, 1)

    # Moments: one row per (call, kind) drawn, plus one per transfer.
    rates = {kind: np.zeros(n) for kind in MOMENT_KINDS}
    for kind, base in BAD_KIND_RATES.items():
        rates[kind] = np.clip(base * np.exp(-0.6 * s) * np.where(ended_negative, 1.5, 1.0), 0, 0.95)
    rates["apology"] = np.full(n, 0.45)
    rates["ownership"] = np.clip(0.40 * np.exp(0.5 * s), 0, 0.95)
    rates["follow_up_promise"] = np.full(n, 0.2)
    rates["escalation_request"] = 0.02 + 0.15 * ended_negative
    rates["hold"] = on_hold.astype(float)
    rates["repeat_contact"] = np.where(level > 0, 0.7, 0.0)
    kinds = [k for k in MOMENT_KINDS if k != "transfer"]
    drawn = np.column_stack([rng.random(n) < rates[k] for k in kinds])
    call_idx, kind_idx = np.nonzero(drawn)
    moment_kind = np.asarray(kinds, dtype=object)[kind_idx]
    transfer_calls = np.repeat(np.arange(n), transfers)
    call_idx = np.concatenate([call_idx, transfer_calls])
    moment_kind = np.concatenate([moment_kind, np.full(len(transfer_calls), "transfer", dtype=object)])
    by_call = np.argsort(call_idx, kind="stable")
    call_idx, moment_kind = call_idx[by_call], moment_kind[by_call]

    # Spread each call's moments over distinct utterances of the right speaker (agent even, customer odd).
    n_utt = rng.integers(20, 41, n)
    first_of_call = np.searchsorted(call_idx, call_idx, side="left")
    rank = np.arange(len(call_idx)) - first_of_call
    per_call = np.bincount(call_idx, minlength=n)[call_idx]
    half = n_utt[call_idx] // 2
    stride = np.maximum(1, (half - 1) // np.maximum(per_call, 1))
    offset = rng.integers(0, 1 << 20, n)[call_idx]
    slot = 1 + (offset + rank * stride) % (half - 1)
    is_customer = np.isin(moment_kind, list(CUSTOMER_KINDS))
    utt_idx = 2 * slot + is_customer
    unique = ~pd.DataFrame({"c": call_idx, "u": utt_idx}).duplicated().to_numpy()  # rare collisions: drop
    call_idx, moment_kind = call_idx[unique], moment_kind[unique]
    utt_idx, is_customer = utt_idx[unique], is_customer[unique]
    moment_text = np.array([MOMENT_LINES[k][i % 2] for k, i in zip(moment_kind, rng.integers(0, 2, len(moment_kind)),
                                                                     strict=True)], dtype=object)

    call_ids = np.array([f"{SYNTHETIC_PREFIX}{i:07d}" for i in range(n)], dtype=object)
    started_at = pd.Timestamp(start) + pd.to_timedelta(np.round(when), unit="s")
    calls = pd.DataFrame({
        "call_id": call_ids,
        "agent_id": agents["agent_id"].to_numpy()[agent],
        "agent_name": agents["agent_name"].to_numpy()[agent],
        "team": np.asarray([t[0] for t in TEAMS], dtype=object)[team],
        "queue": np.asarray([t[1] for t in TEAMS], dtype=object)[team],
        "customer_id": np.array([f"{SYNTHETIC_PREFIX}C{c:07d}" for c in customer_of_journey[journey]], dtype=object),
        "started_at": started_at,
        "direction": np.where(rng.random(n) < 0.9, "inbound", "outbound").astype(object),
        "duration_s": np.round(duration, 1),
        "n_utt": n_utt,
        "transfers": transfers.astype(np.int32),
        "hold_s": np.round(hold, 1),
        "silence_s": np.round(silence, 1),
        "talk_ratio_agent": np.clip(rng.normal(0.5, 0.08, n), 0.1, 0.9),
        "overtalk_s": np.round(duration * 0.02 * rng.lognormal(0, 0.5, n), 1),
        "customer_start": np.round(customer_start, 3),
        "customer_end": np.round(customer_end, 3),
        "agent_mean": np.round(agent_mean, 3),
        "ended_negative": ended_negative,
        "journey_id": np.array([f"{SYNTHETIC_PREFIX}J{j:07d}" for j in journey], dtype=object),
        "contact_number": (level + 1).astype(np.int32),
        "resolved": ~followed_by_repeat,
        "skill": s,
    })
    moments = pd.DataFrame({
        "call_id": call_ids[call_idx],
        "kind": moment_kind,
        "speaker": np.where(is_customer, "customer", "agent").astype(object),
        "idx": utt_idx.astype(np.int32),
        "text": moment_text,
    })

    reviewed = np.flatnonzero(rng.random(n) < 0.08)
    qa_total = np.clip(rng.normal(76 + 8 * s[reviewed] - 10 * ended_negative[reviewed], 10), 20, 100)
    qa = pd.DataFrame({
        "call_id": call_ids[reviewed],
        "reviewer": _pick(rng, ("SYN-qa-lead-1", "SYN-qa-lead-2", "SYN-qa-lead-3"), len(reviewed)),
        "total": np.round(qa_total, 1),
        "created_at": started_at[reviewed] + pd.to_timedelta(rng.uniform(0.5, 5, len(reviewed)), unit="D"),
    })
    return Plan(agents=agents, calls=calls, moments=moments, qa=qa)


# --- Writing --------------------------------------------------------------------------------------


def _hash_uniform(*parts: str) -> str:
    """A deterministic pseudo-random number in [0, 1) from SQL expressions (reproducible, thread-safe)."""
    return f"((hash({', '.join(parts)}) % 1000003)::DOUBLE / 1000003)"


def write_plan(db: Database, plan: Plan, *, words: bool = True, run_id: str = "synthetic") -> None:
    """Bulk-load the plan: pandas frames for calls and analysis, INSERT … SELECT for utterances."""
    conn = db.conn
    conn.register("syn_calls", plan.calls)
    conn.register("syn_moments", plan.moments)
    conn.register("syn_qa", plan.qa)
    now = datetime.now()
    try:
        with db.atomic():
            db.execute(
                "INSERT INTO ingest_runs (run_id, started_at, finished_at, status, n_total, n_ingested, args)"
                " VALUES (?, ?, ?, 'done', ?, ?, ?)",
                [run_id, now, now, len(plan.calls), len(plan.calls),
                 json.dumps({"synthetic": True, "calls": len(plan.calls)})],
            )
            db.execute(
                """
                INSERT INTO calls (call_id, content_hash, status, source_path, source_kind, agent_id, agent_name,
                    team, customer_id, queue, started_at, direction, agent_channel, extra, duration_s, channels,
                    speakers_estimated, model, transcribe_s, warnings, ingest_run_id, ingested_at)
                SELECT call_id, 'synthetic-' || call_id, 'ready', 'synthetic://' || call_id, 'json', agent_id,
                    agent_name, team, customer_id, queue, started_at, direction, 'left', '{"synthetic": true}',
                    duration_s, 2, FALSE, 'synthetic', 0, []::VARCHAR[], ?, ?
                FROM syn_calls ORDER BY started_at
                """,
                [run_id, now],
            )
            _write_utterances(db, words=words)
            _write_analysis(db, now)
            db.execute(
                """
                INSERT INTO moments (moment_id, call_id, kind, speaker, start_s, end_s, text, rule, detail)
                SELECT m.call_id || ':' || m.kind || ':' || round(u.start_s * 1000)::BIGINT, m.call_id, m.kind,
                    m.speaker, u.start_s, u.end_s, u.text, 'synthetic:' || m.kind, '{"synthetic": true}'
                FROM syn_moments m JOIN utterances u ON u.call_id = m.call_id AND u.idx = m.idx
                """
            )
            _write_journeys(db)
            _write_follow_ups(db)
            # Each criterion near a fifth of the total, so the answers look like a filled-in form.
            answers = ", ".join(f"'{c}', round(total / 5 * (0.85 + 0.3 * {_hash_uniform('call_id', repr(c))}), 1)"
                                for c in QA_CRITERIA)
            db.execute(
                f"""
                INSERT INTO qa_scores (call_id, reviewer, answers, total, comment, created_at)
                SELECT call_id, reviewer, json_object({answers}), total, 'SYNTHETIC review', created_at
                FROM syn_qa
                """
            )
            _write_automatic_qa(db, now)
            _write_redactions(db)
            _write_reviews_and_coaching(db, now)
            _write_reasons(db, now)
    finally:
        for name in ("syn_calls", "syn_moments", "syn_qa"):
            conn.unregister(name)


# The shipped form's criteria and points: every call gets an automatic answer to each (issue 15).
AUTO_QA_CRITERIA = {"greeting": 5, "verification": 10, "empathy": 20, "ownership": 25, "resolution": 30, "closing": 10}


def _write_automatic_qa(db: Database, now: datetime) -> None:
    """An automatic evaluation of every call (answers and confidences drawn per call and criterion), and
    for each reviewed call the reviewed answers beside them, so the QA pages read tables of full size."""
    values = ", ".join(f"('{k}', {v})" for k, v in AUTO_QA_CRITERIA.items())
    u = _hash_uniform("c.call_id", "k.criterion")
    db.execute(
        f"""
        INSERT INTO qa_answers (call_id, criterion, answer, confidence, points, max_points, why, evidence)
        SELECT c.call_id, k.criterion, a.answer, round(0.5 + 0.49 * {_hash_uniform("k.criterion", "c.call_id")}, 2),
            CASE a.answer WHEN 'met' THEN k.points WHEN 'not_met' THEN 0 END, k.points,
            'SYNTHETIC ' || a.answer, '[]'
        FROM syn_calls c CROSS JOIN (VALUES {values}) k(criterion, points),
            LATERAL (SELECT CASE WHEN {u} < 0.7 THEN 'met' WHEN {u} < 0.93 THEN 'not_met' ELSE 'na' END AS answer) a
        """
    )
    db.execute(
        """
        INSERT INTO qa_evaluations (call_id, qa_version, total, evaluated_at)
        SELECT call_id, 'synthetic', round(100 * sum(coalesce(points, 0)) / nullif(sum(max_points)
            FILTER (WHERE answer <> 'na'), 0), 1), ?
        FROM qa_answers GROUP BY call_id
        """,
        [now],
    )
    db.execute(
        """
        INSERT INTO qa_review_answers (qa_id, call_id, criterion, auto_answer, answer, overridden, reason, reviewer,
            created_at)
        SELECT s.qa_id, s.call_id, a.criterion, a.answer, h.answer, h.answer <> a.answer,
            CASE WHEN h.answer <> a.answer THEN 'SYNTHETIC override' END, s.reviewer, s.created_at
        FROM qa_scores s JOIN qa_answers a ON a.call_id = s.call_id,
            LATERAL (SELECT CASE WHEN hash(s.qa_id, a.criterion) % 10 = 0
                                 THEN CASE a.answer WHEN 'met' THEN 'not_met' ELSE 'met' END
                                 ELSE a.answer END AS answer) h
        """
    )


def _write_utterances(db: Database, *, words: bool) -> None:
    # Agent speaks the even turns, the customer the odd ones; each turn fills most of its time slot.
    # Customer sentiment drifts from customer_start to customer_end; moments put their line in the turn.
    agent_line = f"$agent_lines[1 + (hash(u.call_id, u.idx, 'a') % {len(AGENT_LINES)})::INTEGER]"
    customer_line = f"$customer_lines[1 + (hash(u.call_id, u.idx, 'c') % {len(CUSTOMER_LINES)})::INTEGER]"
    words_sql = (
        "list_transform(string_split(text, ' '), lambda w, k: {'w': w,"
        " 's': round(start_s + (k - 1) * (end_s - start_s) / len(string_split(text, ' ')), 2),"
        " 'e': round(start_s + k * (end_s - start_s) / len(string_split(text, ' ')), 2), 'p': 0.93})"
        if words else "[]"
    )
    db.execute(
        f"""
        INSERT INTO utterances (utt_id, call_id, idx, speaker, start_s, end_s, text, words, loudness_db, pitch_var,
            speech_rate, sentiment)
        WITH u AS (
            SELECT call_id, duration_s, n_utt, customer_start, customer_end, agent_mean, agent_name,
                   unnest(range(n_utt)) AS idx
            FROM syn_calls
        ), timed AS (
            SELECT u.call_id, u.idx,
                CASE WHEN u.idx % 2 = 0 THEN 'agent' ELSE 'customer' END AS speaker,
                round(u.idx * u.duration_s / u.n_utt + 0.3, 2) AS start_s,
                round(u.idx * u.duration_s / u.n_utt + 0.3
                      + (u.duration_s / u.n_utt) * (0.55 + 0.35 * {_hash_uniform('u.call_id', 'u.idx', "'len'")}), 2)
                    AS end_s,
                coalesce(m.text, CASE WHEN u.idx % 2 = 0
                    THEN replace({agent_line}, '{{agent}}', split_part(u.agent_name, ' ', 1))
                    ELSE {customer_line} END) AS text,
                CASE WHEN u.idx % 2 = 0
                    THEN u.agent_mean + 0.2 * ({_hash_uniform('u.call_id', 'u.idx', "'s'")} - 0.5)
                    ELSE u.customer_start + (u.customer_end - u.customer_start) * u.idx / (u.n_utt - 1)
                         + 0.3 * ({_hash_uniform('u.call_id', 'u.idx', "'s'")} - 0.5)
                END AS sentiment,
                {_hash_uniform('u.call_id', 'u.idx', "'x'")} AS r
            FROM u LEFT JOIN syn_moments m ON m.call_id = u.call_id AND m.idx = u.idx
        )
        SELECT call_id || ':' || idx, call_id, idx, speaker, start_s, end_s, text, {words_sql},
            round(-24 + 8 * r, 1), round(0.2 + 0.6 * r, 2), round(2.2 + 1.2 * r, 2),
            round(greatest(-1, least(1, sentiment)), 3)
        FROM timed
        ORDER BY call_id, idx
        """,
        {"agent_lines": list(AGENT_LINES), "customer_lines": list(CUSTOMER_LINES)},
    )


def _write_analysis(db: Database, now: datetime) -> None:
    db.execute(
        """
        INSERT INTO analysis (call_id, transfers, hold_s, silence_s, talk_ratio_agent, overtalk_s, customer_start,
            customer_end, agent_mean, ended_negative, tone, score, reasons, journey_id, contact_number, resolved,
            rules_version, analyzed_at)
        WITH bad AS (
            SELECT call_id, count(*) AS n_bad, list(DISTINCT kind ORDER BY kind) AS kinds
            FROM syn_moments
            WHERE kind IN ('policy_recital', 'blame_shift', 'cant_language', 'feeling_dismissal',
                           'channel_redirect', 'escalation_request')
            GROUP BY call_id
        )
        SELECT c.call_id, c.transfers, c.hold_s, c.silence_s, c.talk_ratio_agent, c.overtalk_s, c.customer_start,
            c.customer_end, c.agent_mean, c.ended_negative,
            json_object('customer_start', c.customer_start, 'customer_end', c.customer_end,
                        'agent_mean', c.agent_mean, 'ended_negative', c.ended_negative),
            round(least(100, 35 * c.ended_negative::INTEGER + 12 * coalesce(b.n_bad, 0) + 10 * c.transfers
                             + 10 * (c.contact_number > 1)::INTEGER + 20 * greatest(0, -c.customer_end)), 1),
            list_filter(
                [CASE WHEN c.ended_negative THEN 'customer ended on bad terms' END,
                 CASE WHEN c.transfers > 0 THEN 'transferred ' || c.transfers || 'x' END,
                 CASE WHEN c.contact_number > 1 THEN 'repeat contact #' || c.contact_number END]
                || coalesce(b.kinds, []::VARCHAR[]),
                lambda r: r IS NOT NULL),
            c.journey_id, c.contact_number, c.resolved, ?, ?
        FROM syn_calls c LEFT JOIN bad b ON b.call_id = c.call_id
        """,
        [RULES_VERSION, now],
    )


SYNTHETIC_REASONS = 20


def _write_reasons(db: Database, now: datetime) -> None:
    """Twenty contact reasons, unevenly common (a reason's share ~ 1/rank), one per call (no vectors)."""
    db.execute(
        "INSERT INTO reasons (name, auto_name, examples, origin) SELECT 'SYNTHETIC reason ' || i,"
        " 'SYNTHETIC reason ' || i, ['synthetic opening'], 'synthetic' FROM range(1, ?) t(i)",
        [SYNTHETIC_REASONS + 1],
    )
    db.execute(
        "INSERT INTO call_reasons (call_id, reason_id, similarity, opening, reasons_version, assigned_at)"
        " SELECT call_id, (SELECT min(reason_id) FROM reasons)"
        "  + least(floor(1 / (0.05 + 0.95 * (hash(call_id) % 100000) / 100000.0))::INT - 1, ?), 0.6,"
        " 'synthetic opening', 'synthetic', ? FROM calls",
        [SYNTHETIC_REASONS - 1, now],
    )


def _write_journeys(db: Database) -> None:
    db.execute(
        """
        INSERT INTO journeys (journey_id, customer_id, started_at, ended_at, n_calls, n_agents, n_teams, n_transfers,
            resolved, call_ids)
        SELECT c.journey_id, any_value(c.customer_id), min(c.started_at), max(c.started_at), count(*),
            count(DISTINCT c.agent_id), count(DISTINCT c.team), sum(c.transfers),
            -- the journey ends well unless its last call ended on bad terms
            NOT arg_max(c.ended_negative, c.started_at), list(c.call_id ORDER BY c.started_at)
        FROM syn_calls c
        GROUP BY c.journey_id
        """
    )


def _write_follow_ups(db: Database) -> None:
    # Promises fall due 1-3 days after the call; past-due ones are mostly kept, more so by skilled agents.
    db.execute(
        f"""
        INSERT INTO follow_ups (moment_id, call_id, agent_id, promise, due_at, status, closed_by, closed_at, note)
        WITH p AS (
            SELECT m.moment_id, m.call_id, c.agent_id, m.text, c.skill,
                   c.started_at + to_hours((24 + 48 * {_hash_uniform('m.moment_id', "'due'")})::INTEGER) AS due_at,
                   {_hash_uniform('m.moment_id', "'kept'")} AS r,
                   (SELECT max(started_at) FROM syn_calls) AS data_end
            FROM moments m JOIN syn_calls c ON c.call_id = m.call_id
            WHERE m.kind = 'follow_up_promise'
        )
        SELECT moment_id, call_id, agent_id, text, due_at,
            CASE WHEN due_at > data_end THEN 'open' WHEN r < 0.75 + 0.08 * skill THEN 'done' ELSE 'missed' END,
            CASE WHEN due_at <= data_end AND r < 0.75 + 0.08 * skill THEN agent_id END,
            CASE WHEN due_at <= data_end AND r < 0.75 + 0.08 * skill THEN due_at - INTERVAL 2 HOUR END,
            'SYNTHETIC'
        FROM p
        """
    )


def _write_redactions(db: Database) -> None:
    # Billing and Collections calls sometimes read out a card number.
    db.execute(
        f"""
        INSERT INTO redactions (call_id, kind, speaker, start_s, end_s)
        SELECT call_id, 'CARD', 'customer', round(duration_s * 0.3, 2), round(duration_s * 0.3 + 6, 2)
        FROM syn_calls
        WHERE team IN ('Billing', 'Collections') AND {_hash_uniform('call_id', "'card'")} < 0.1
        """
    )


def _write_reviews_and_coaching(db: Database, now: datetime) -> None:
    db.execute(
        f"""
        INSERT INTO moment_reviews (moment_id, call_id, kind, rule, verdict, reviewer, reviewed_at)
        SELECT moment_id, call_id, kind, rule,
            CASE WHEN {_hash_uniform('moment_id', "'verdict'")} < 0.85 THEN 'confirmed' ELSE 'dismissed' END,
            'SYN-qa-lead-1', ?
        FROM moments
        WHERE {_hash_uniform('moment_id', "'reviewed'")} < 0.03
        """,
        [now],
    )
    behaviours = ("blame_shift", "feeling_dismissal", "cant_language", "policy_recital", "ownership")
    for position, behaviour in enumerate(behaviours):
        session_id = db.scalar(
            "INSERT INTO coaching_sessions (title, created_by, created_at, notes) VALUES (?, ?, ?, ?)"
            " RETURNING session_id",
            [f"SYNTHETIC: {behaviour.replace('_', ' ')}", "SYN-trainer", now, "Synthetic coaching session"],
        )
        db.execute(
            """
            INSERT INTO coaching_clips (session_id, call_id, start_s, end_s, behaviour, talking_points, position)
            SELECT ?, call_id, greatest(0, start_s - 5), end_s + 5, kind, 'SYNTHETIC talking point',
                   row_number() OVER (ORDER BY moment_id)
            FROM moments WHERE kind = ?
            ORDER BY moment_id LIMIT 4
            """,
            [session_id, behaviour],
        )
        db.execute(
            """
            INSERT INTO coaching_assignments (session_id, agent_id, assigned_at, acknowledged_at, trainer_notes)
            SELECT ?, agent_id, ?, CASE WHEN row_number() OVER (ORDER BY avg(skill)) % 2 = 0 THEN ? END,
                   'SYNTHETIC'
            FROM syn_calls GROUP BY agent_id
            ORDER BY avg(skill) LIMIT ?
            """,
            [session_id, now, now, 3 + position],
        )


# --- Entry point ----------------------------------------------------------------------------------


def generate(path: str | Path, n_calls: int, *, end: date | None = None, days: int = 90, seed: int = 7,
             replace: bool = False, words: bool = True, fts: bool = True, fts_extension: bool = False,
             log=print) -> dict[str, float]:
    """Build a synthetic database at `path`; returns the seconds each stage took."""
    if n_calls < 1:
        raise ValueError("--calls must be at least 1")
    path = Path(path)
    check_target(path, replace)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    plan = draw_plan(n_calls, end or date.today(), days=days, seed=seed)
    timings["draw"] = time.perf_counter() - t0
    log(f"drew {len(plan.calls):,} calls, {len(plan.moments):,} moments, {len(plan.qa):,} QA reviews "
        f"({timings['draw']:.1f} s)")
    db = open_database(path)
    try:
        t1 = time.perf_counter()
        write_plan(db, plan, words=words, run_id=f"synthetic-{datetime.now():%Y%m%dT%H%M%S}")
        timings["write"] = time.perf_counter() - t1
        log(f"wrote calls, utterances, analysis and reviews ({timings['write']:.1f} s)")
        t2 = time.perf_counter()
        scorecard_calls.rebuild(db)
        timings["scorecard"] = time.perf_counter() - t2
        log(f"scorecard facts built ({timings['scorecard']:.1f} s)")
        if fts:
            t3 = time.perf_counter()
            built = rebuild_search_index(db)
            timings["fts"] = time.perf_counter() - t3
            log(f"search index {'built' if built else 'skipped (FTS extension unavailable)'} "
                f"({timings['fts']:.1f} s)")
        else:
            db.execute("UPDATE search_state SET complete = FALSE")  # bulk-loaded utterances are not indexed
        if fts_extension:
            # The index searches used before the incremental one, for bench/search.py --extension.
            t4 = time.perf_counter()
            db.load_fts()
            db.execute("PRAGMA create_fts_index('utterances', 'utt_id', 'text', overwrite=1)")
            log(f"FTS extension index built ({time.perf_counter() - t4:.1f} s)")
        db.execute("CHECKPOINT")
    finally:
        db.close()
    timings["total"] = time.perf_counter() - t0
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, type=Path, help="the SEPARATE database file to create")
    parser.add_argument("--calls", type=int, default=100_000, help="how many calls (default 100000)")
    parser.add_argument("--days", type=int, default=90, help="spread over this many days (default 90)")
    parser.add_argument("--end", type=date.fromisoformat, default=None, help="last day, YYYY-MM-DD (default today)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replace", action="store_true", help="rebuild an existing synthetic-only file")
    parser.add_argument("--no-words", action="store_true", help="skip per-word timings (smaller, faster)")
    parser.add_argument("--no-fts", action="store_true", help="skip the full-text index")
    parser.add_argument("--fts-extension", action="store_true",
                        help="also build the FTS extension's index (to compare with, bench/search.py --extension)")
    args = parser.parse_args(argv)
    try:
        timings = generate(args.db, args.calls, end=args.end, days=args.days, seed=args.seed, replace=args.replace,
                           words=not args.no_words, fts=not args.no_fts, fts_extension=args.fts_extension)
    except RefuseTarget as exc:
        print(f"refusing: {exc}", file=sys.stderr)
        return 2
    print(f"SYNTHETIC database ready: {args.db} ({args.calls:,} calls, {timings['total']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
