"""Across calls: a customer's journey, contact numbers, first-contact resolution, and final scores.

Definitions (also in the README's Call analysis section):

* A **contact** is a call that is not a transferred leg. A **leg** is a call whose manifest
  `parent_call_id` names another stored call: it belongs to its parent's contact and journey.
* A **journey** starts with a customer's contact and takes every later contact that starts within
  `window_days` of the journey's first call (a fixed window, so a chronic caller's months are
  several journeys, not one), plus all their legs.
* `contact_number` is the contact's position in its journey (legs share their parent's).
* A contact is **resolved** (first-contact resolution) when no other contact by the same customer
  followed within `window_days` of it, and its last leg neither ended on bad terms nor had the
  customer ask for a manager. A journey is resolved when its last contact is.
* The final score adds the journey terms (earlier contacts, arriving as a transferred leg) to
  the call's own signals; reasons like "4th contact in 5 days" come from here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pipeline.analysis.followups import due_from_text
from pipeline.analysis.load import load_rules
from pipeline.analysis.rules import Rules
from pipeline.analysis.score import ScoreSignals, moment_rules, score_call
from pipeline.store.analysis import CallResult, FollowUpRow, JourneyRow, save_journey_results
from pipeline.store.db import Database


@dataclass
class StoredCall:
    """What journeys and rescoring need of one stored, analysed call."""

    call_id: str
    customer_id: str | None
    agent_id: str | None
    team: str | None
    started_at: datetime | None
    parent_call_id: str | None
    transfers: int
    hold_s: float
    silence_s: float
    customer_start: float | None
    customer_end: float | None
    tone: dict[str, Any]
    moments: list[tuple[str, str, str, str]] = field(default_factory=list)  # (moment_id, kind, rule, text)

    @property
    def kinds(self) -> set[str]:
        return {m[1] for m in self.moments}


@dataclass
class Placement:
    journey_id: str | None
    contact_number: int
    resolved: bool | None
    journey_started_at: datetime | None
    transferred_leg: bool


def refresh_journeys(
    db: Database, customer_ids: set[str] | None = None, window_days: int = 7, *, rules: Rules | None = None
) -> None:
    """Recompute journeys, contact numbers, resolution and final scores for these customers' calls.

    `customer_ids` None means every customer. Calls without a customer id are refreshed whenever
    they have never been (contact_number is NULL), so the ingest writer can pass only the customers
    it touched.
    """
    rules = rules or _default_rules()
    calls = _load_calls(db, None if customer_ids is None else sorted(customer_ids))
    if not calls:
        if customer_ids:
            save_journey_results(db, sorted(customer_ids), [], [], [], [])
        return
    journeys, placements = build_journeys(calls, window_days, rules)
    results = []
    follow_ups = []
    for call in calls:
        place = placements[call.call_id]
        signals = ScoreSignals(
            customer_start=call.customer_start,
            customer_end=call.customer_end,
            transfers=call.transfers,
            hold_s=call.hold_s,
            silence_s=call.silence_s,
            over_apology=bool(call.tone.get("over_apology")),
            moment_rules=moment_rules((kind, rule) for _, kind, rule, _ in call.moments),
            transferred_leg=place.transferred_leg,
            contact_number=place.contact_number,
            journey_started_at=place.journey_started_at,
            started_at=call.started_at,
        )
        score, reasons, _ = score_call(signals, rules)
        results.append(CallResult(call.call_id, place.journey_id, place.contact_number, place.resolved, score, reasons))
        for moment_id, kind, _, text in call.moments:
            if kind == "follow_up_promise":
                due = due_from_text(text, call.started_at, rules.settings)
                follow_ups.append(FollowUpRow(moment_id, call.call_id, call.agent_id, text, due))
    scope = None if customer_ids is None else sorted(customer_ids)
    save_journey_results(db, scope, journeys, results, follow_ups, [c.call_id for c in calls])


_RULES_CACHE: dict[str, Rules] = {}


def _default_rules() -> Rules:
    if "default" not in _RULES_CACHE:
        _RULES_CACHE["default"] = load_rules()
    return _RULES_CACHE["default"]


def _load_calls(db: Database, customer_ids: list[str] | None) -> list[StoredCall]:
    where = "c.status = 'ready'"
    params: list[Any] = []
    if customer_ids is not None:
        where += " AND (list_contains(?, c.customer_id) OR (c.customer_id IS NULL AND a.contact_number IS NULL))"
        params.append(customer_ids)
    rows = db.query(
        "SELECT c.call_id, c.customer_id, c.agent_id, c.team, c.started_at, c.parent_call_id, a.transfers, a.hold_s,"
        " a.silence_s, a.customer_start, a.customer_end, a.tone FROM calls c JOIN analysis a USING (call_id)"
        f" WHERE {where} ORDER BY c.started_at NULLS LAST, c.call_id",
        params,
    )
    calls = {
        r["call_id"]: StoredCall(
            call_id=r["call_id"],
            customer_id=r["customer_id"],
            agent_id=r["agent_id"],
            team=r["team"],
            started_at=r["started_at"],
            parent_call_id=r["parent_call_id"],
            transfers=r["transfers"] or 0,
            hold_s=r["hold_s"] or 0.0,
            silence_s=r["silence_s"] or 0.0,
            customer_start=r["customer_start"],
            customer_end=r["customer_end"],
            tone=json.loads(r["tone"]) if r["tone"] else {},
        )
        for r in rows
    }
    if calls:
        for moment_id, call_id, kind, rule, text in db.execute(
            "SELECT moment_id, call_id, kind, rule, text FROM moments WHERE list_contains(?, call_id) AND NOT possible"
            " ORDER BY start_s",
            [list(calls)],
        ).fetchall():
            calls[call_id].moments.append((moment_id, kind, rule, text or ""))
    return list(calls.values())


def build_journeys(
    calls: Iterable[StoredCall], window_days: int, rules: Rules
) -> tuple[list[JourneyRow], dict[str, Placement]]:
    """Group calls into journeys (pure; see the module docstring for the definitions)."""
    calls = list(calls)
    by_id = {c.call_id: c for c in calls}
    window = timedelta(days=window_days)
    placements: dict[str, Placement] = {}
    journeys: list[JourneyRow] = []

    def root_of(call: StoredCall) -> StoredCall:
        seen = {call.call_id}
        while call.parent_call_id in by_id and call.parent_call_id not in seen:
            call = by_id[call.parent_call_id]  # type: ignore[index]
            seen.add(call.call_id)
        return call

    # A contact = a root call and all its legs, in time order.
    contacts: dict[str, list[StoredCall]] = {}
    for call in calls:
        contacts.setdefault(root_of(call).call_id, []).append(call)
    for members in contacts.values():
        members.sort(key=_time_key)

    by_customer: dict[str | None, list[list[StoredCall]]] = {}
    for members in contacts.values():
        by_customer.setdefault(members[0].customer_id, []).append(members)

    for customer_id, customer_contacts in by_customer.items():
        customer_contacts.sort(key=lambda members: _time_key(members[0]))
        for index, members in enumerate(customer_contacts):
            first = members[0]
            # contacts are in time order (undated last), so only later ones can be repeats
            followed = (
                first.started_at is not None
                and customer_id is not None
                and any(
                    m[0].started_at is not None and m[0].started_at - first.started_at <= window
                    for m in customer_contacts[index + 1 :]
                )
            )
            last_leg = members[-1]
            bad_end = last_leg.customer_end is not None and last_leg.customer_end < rules.settings.ended_negative_below
            escalated = any("escalation_request" in m.kinds for m in members)
            resolved = not followed and not bad_end and not escalated
            for call in members:
                placements[call.call_id] = Placement(None, 1, resolved, first.started_at, call is not first)

        if customer_id is None:
            continue
        # fixed windows from each journey's first call
        groups: list[list[list[StoredCall]]] = []
        for members in customer_contacts:
            start = members[0].started_at
            if (
                groups
                and start is not None
                and groups[-1][0][0].started_at is not None
                and (start - groups[-1][0][0].started_at <= window)
            ):
                groups[-1].append(members)
            else:
                groups.append([members])
        for group in groups:
            first_call = group[0][0]
            journey_id = f"{customer_id}:{first_call.call_id}"
            members_flat = [c for members in group for c in members]
            for number, members in enumerate(group, start=1):
                for call in members:
                    place = placements[call.call_id]
                    place.journey_id = journey_id
                    place.contact_number = number
                    place.journey_started_at = first_call.started_at
            times = [c.started_at for c in members_flat if c.started_at is not None]
            journeys.append(
                JourneyRow(
                    journey_id=journey_id,
                    customer_id=customer_id,
                    started_at=min(times) if times else None,
                    ended_at=max(times) if times else None,
                    n_calls=len(members_flat),
                    n_agents=len({c.agent_id for c in members_flat if c.agent_id}),
                    n_teams=len({c.team for c in members_flat if c.team}),
                    n_transfers=sum(c.transfers for c in members_flat) + sum(len(m) - 1 for m in group),
                    resolved=placements[group[-1][0].call_id].resolved,
                    call_ids=[c.call_id for c in members_flat],
                )
            )
    return journeys, placements


def _time_key(call: StoredCall) -> tuple[datetime, str]:
    return (call.started_at or datetime.max, call.call_id)


def contact_rates(db: Database, group_by: str = "agent_id") -> list[dict[str, Any]]:
    """Repeat-contact rate and first-contact resolution per agent (`agent_id`) or team (`team`).

    repeat_contact_rate: share of the group's calls that were not the customer's first contact in
    their journey. fcr: share of the group's first contacts that were resolved.
    """
    if group_by not in ("agent_id", "team"):
        raise ValueError("group_by must be 'agent_id' or 'team'")
    return db.query(
        f"SELECT c.{group_by} AS grp, count(*) AS calls,"
        " round(avg(CASE WHEN a.contact_number > 1 THEN 1.0 ELSE 0.0 END), 3) AS repeat_contact_rate,"
        " round(avg(CASE WHEN a.resolved THEN 1.0 ELSE 0.0 END) FILTER (WHERE a.contact_number = 1), 3) AS fcr"
        " FROM calls c JOIN analysis a USING (call_id)"
        f" WHERE c.status = 'ready' AND c.{group_by} IS NOT NULL GROUP BY c.{group_by} ORDER BY c.{group_by}"
    )
