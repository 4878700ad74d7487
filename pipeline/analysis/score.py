"""The worst-call score: one documented formula over a call's signals, with reasons in plain words.

    score = 1 / (1 + exp(-(bias + Σ weight_i × signal_i)))

Weights and bias live in the rules file's [score] table (see its comments for each signal). The
logistic keeps every score in 0..1 and comparable across calls; a term whose contribution reaches
`reason_min` becomes a reason, biggest first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from pipeline.analysis.rules import Rules

BEHAVIOUR_REASONS = {
    "blame_shift": "blame shifted",
    "policy_recital": "policy recited",
    "cant_language": "can't language",
    "feeling_dismissal": "feelings dismissed",
    "channel_redirect": "sent to another channel",
    "apology": "apologies",
    "follow_up_promise": "follow-up promised",
    "hold": "holds",
    "transfer": "transfers",
    "escalation_request": "asked for a manager",
    "repeat_contact": "repeat contact",
    "ownership": "ownership",
}


@dataclass
class ScoreSignals:
    """Everything the score reads; built from a fresh analysis or from stored rows."""

    customer_start: float | None = None
    customer_end: float | None = None
    transfers: int = 0
    hold_s: float = 0.0
    silence_s: float = 0.0
    over_apology: bool = False
    # kind -> rule ids of the moments of that kind (rule weights are looked up in the rules)
    moment_rules: dict[str, list[str]] = field(default_factory=dict)
    transferred_leg: bool = False
    contact_number: int | None = None  # from the journey; None before journeys are known
    journey_started_at: datetime | None = None
    started_at: datetime | None = None


@dataclass(frozen=True)
class Term:
    name: str
    contribution: float
    reason: str


def moment_rules(moments: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(kind, rule id) pairs -> {kind: [rule ids]}."""
    grouped: dict[str, list[str]] = {}
    for kind, rule in moments:
        grouped.setdefault(kind, []).append(rule)
    return grouped


def score_call(signals: ScoreSignals, rules: Rules) -> tuple[float, list[str], list[Term]]:
    """(score 0..1, reasons, all non-zero terms); the terms explain the score in full."""
    config = rules.score
    weights = config.weights
    settings = rules.settings
    rule_weight = {r.id: r.weight for r in rules.rules}
    terms: list[Term] = []

    def add(name: str, signal: float, reason: str, weight: float | None = None) -> None:
        w = weights.get(name, 0.0) if weight is None else weight
        if signal and w:
            terms.append(Term(name, w * signal, reason))

    end = signals.customer_end
    if end is not None and end < 0:
        add("ended_negative", -end, "customer ended angry" if end < settings.angry_below else "customer ended unhappy")
    if signals.customer_start is not None and end is not None and signals.customer_start > end:
        add("sentiment_drop", signals.customer_start - end, "customer's mood dropped during the call")
    add("transfer", signals.transfers, f"{signals.transfers} transfer{'s' if signals.transfers != 1 else ''}")
    add("transferred_leg", 1.0 if signals.transferred_leg else 0.0, "transferred in from another call")
    add("hold_minute", signals.hold_s / 60.0, f"{signals.hold_s / 60.0:.1f} min on hold")
    add("dead_air_minute", signals.silence_s / 60.0, f"{signals.silence_s:.0f} s of dead air")
    add("over_apology", 1.0 if signals.over_apology else 0.0, "over-apologised without resolving")
    add(
        "escalation_request",
        1.0 if signals.moment_rules.get("escalation_request") else 0.0,
        "customer asked for a manager",
    )
    earlier_contacts = (signals.contact_number or 1) - 1
    if earlier_contacts > 0:
        add("repeat_contact", earlier_contacts, _contact_reason(signals))
    elif signals.moment_rules.get("repeat_contact"):
        add("repeat_contact", 1.0, "customer says they contacted before")
    owned = signals.moment_rules.get("ownership", [])
    if owned:
        add("ownership", _capped_weight(owned, rule_weight, config.moment_cap), "agent took ownership")
    for kind, weight in config.moment_weights.items():
        found = signals.moment_rules.get(kind, [])
        if found:
            label = BEHAVIOUR_REASONS.get(kind, kind.replace("_", " "))
            add(
                kind,
                _capped_weight(found, rule_weight, config.moment_cap),
                label if len(found) == 1 else f"{label} ({len(found)}×)",
                weight,
            )

    total = config.bias + sum(t.contribution for t in terms)
    score = 1.0 / (1.0 + math.exp(-total))
    ranked = sorted((t for t in terms if t.contribution >= config.reason_min), key=lambda t: -t.contribution)
    return round(score, 4), [t.reason for t in ranked[: config.max_reasons]], terms


def _capped_weight(rule_ids: list[str], rule_weight: dict[str, float], cap: int) -> float:
    """Sum of the moments' rule weights, counting at most `cap` moments (the heaviest)."""
    weights = sorted((rule_weight.get(r, 1.0) for r in rule_ids), reverse=True)
    return sum(weights[:cap])


def _contact_reason(signals: ScoreSignals) -> str:
    n = signals.contact_number or 1
    ordinal = _ordinal(n)
    if signals.started_at is not None and signals.journey_started_at is not None:
        days = (signals.started_at.date() - signals.journey_started_at.date()).days + 1
        if days <= 1:
            return f"{ordinal} contact today"
        return f"{ordinal} contact in {days} days"
    return f"{ordinal} contact"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
