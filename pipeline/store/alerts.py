"""Alert rules and their firings in the store; what each signal matches is a query here.

A firing is keyed by (rule, subject), so each rule fires once per call, follow-up or reason-period. It stays
undelivered (`delivered_at` NULL) until a send succeeds; every send and every failure is audited.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from pipeline.store import audit
from pipeline.store.connection import Database

SIGNALS = {
    "ended_negative_escalation": "ended negative and asked for a manager",
    "repeat_contact": "Nth contact within the journey window (threshold: N, default 3)",
    "follow_up_overdue": "a promised follow-up is overdue",
    "score_above": "worst-call score at or above the threshold (default 0.6)",
    "qa_below": "QA score below the threshold (default 60)",
    "reason_rising": "a contact reason is rising or new (Drivers page test, last 7 days)",
}
CHANNELS = ("email", "webhook")
RECIPIENT_ROLES = ("admin", "supervisor", "executive", "agent")
DEFAULT_THRESHOLDS = {"repeat_contact": 3.0, "score_above": 0.6, "qa_below": 60.0}
LOOKBACK_DAYS = 7  # a new rule fires on calls of the last week, not on the whole archive


def add_rule(
    db: Database,
    actor: str,
    name: str,
    signal: str,
    channel: str,
    target: str,
    *,
    recipient_role: str = "supervisor",
    threshold: float | None = None,
    teams: Sequence[str] = (),
    queues: Sequence[str] = (),
    secret: str | None = None,
    agent_id: str | None = None,
) -> int:
    """Store a rule after checking every field; ValueError names the field that is wrong."""
    name = " ".join(str(name or "").split())[:120]
    if not name:
        raise ValueError("an alert rule needs a name")
    if signal not in SIGNALS:
        raise ValueError(f"signal {signal!r}: one of {', '.join(SIGNALS)}")
    if channel not in CHANNELS:
        raise ValueError(f"channel {channel!r}: email or webhook")
    target = str(target or "").strip()
    if channel == "email" and (not target or any("@" not in a for a in target.split(","))):
        raise ValueError("target: one or more e-mail addresses, comma separated")
    if channel == "webhook":
        if not target.startswith(("http://", "https://")):
            raise ValueError("target: the webhook URL (http:// or https://)")
        if not secret:
            raise ValueError("secret: a webhook needs the shared secret its signature is made with")
    if recipient_role not in RECIPIENT_ROLES:
        raise ValueError(f"recipient_role {recipient_role!r}: one of {', '.join(RECIPIENT_ROLES)}")
    if recipient_role == "agent" and not agent_id:
        raise ValueError("agent_id: an agent recipient sees only their own calls; name the agent")
    if threshold is None:
        threshold = DEFAULT_THRESHOLDS.get(signal)
    with db.atomic():
        rule_id = int(
            db.scalar(
                "INSERT INTO alert_rules (name, signal, threshold, teams, queues, channel, target, secret,"
                " recipient_role, agent_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rule_id",
                [
                    name,
                    signal,
                    threshold,
                    list(teams),
                    list(queues),
                    channel,
                    target,
                    secret,
                    recipient_role,
                    agent_id,
                    actor,
                ],
            )
        )
        audit.log(
            db,
            actor,
            "alert_rule_add",
            detail={"rule_id": rule_id, "name": name, "signal": signal, "channel": channel, "target": target},
        )
    return rule_id


def set_enabled(db: Database, actor: str, rule_id: int, enabled: bool) -> None:
    with db.atomic():
        if not db.scalar("SELECT count(*) FROM alert_rules WHERE rule_id = ?", [rule_id]):
            raise ValueError(f"no alert rule {rule_id}")
        db.execute("UPDATE alert_rules SET enabled = ? WHERE rule_id = ?", [enabled, rule_id])
        audit.log(db, actor, "alert_rule_enable" if enabled else "alert_rule_disable", detail={"rule_id": rule_id})


def rules(db: Database, enabled_only: bool = False) -> list[dict[str, Any]]:
    """The rules (secrets left out)."""
    where = " WHERE enabled" if enabled_only else ""
    return db.query(
        "SELECT rule_id, name, signal, threshold, teams, queues, channel, target, recipient_role, agent_id, enabled,"
        " created_by, created_at, (SELECT count(*) FROM alert_firings f WHERE f.rule_id = r.rule_id) AS fired,"
        " (SELECT count(*) FROM alert_firings f WHERE f.rule_id = r.rule_id AND f.delivered_at IS NULL) AS pending"
        f" FROM alert_rules r{where} ORDER BY rule_id"
    )


def rule_secret(db: Database, rule_id: int) -> str | None:
    return db.scalar("SELECT secret FROM alert_rules WHERE rule_id = ?", [rule_id])


def _scope(rule: dict[str, Any], params: list[Any]) -> str:
    sql = " AND c.started_at >= ?"
    params.append(datetime.now() - timedelta(days=LOOKBACK_DAYS))
    if rule.get("teams"):
        sql += " AND list_contains(?, c.team)"
        params.append(list(rule["teams"]))
    if rule.get("queues"):
        sql += " AND list_contains(?, c.queue)"
        params.append(list(rule["queues"]))
    if rule.get("recipient_role") == "agent":
        sql += " AND c.agent_id = ?"
        params.append(rule.get("agent_id"))
    return sql


def matching_calls(db: Database, rule: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
    """Subjects the rule's signal matches now, in its scope: [{subject, call_id, summary}]."""
    signal, threshold = rule["signal"], rule.get("threshold")
    params: list[Any] = []
    base = (
        "SELECT c.call_id AS subject, c.call_id, c.started_at, coalesce(c.agent_name, c.agent_id) AS agent,"
        " c.team, c.queue, a.score, a.reasons, a.contact_number"
        " FROM calls c JOIN analysis a ON a.call_id = c.call_id WHERE c.status = 'ready'"
    )
    if signal == "ended_negative_escalation":
        sql = (
            base + " AND a.ended_negative AND EXISTS (SELECT 1 FROM moments m WHERE m.call_id = c.call_id"
            " AND m.kind = 'escalation_request' AND NOT m.possible)"
        )
    elif signal == "repeat_contact":
        sql = base + " AND a.contact_number >= ?"
        params.append(int(threshold or 3))
    elif signal == "score_above":
        sql = base + " AND a.score >= ?"
        params.append(float(threshold if threshold is not None else 0.6))
    elif signal == "qa_below":
        sql = (
            base + " AND (SELECT q.total FROM qa_scores q WHERE q.call_id = c.call_id"
            " ORDER BY q.created_at DESC LIMIT 1) < ?"
        )
        params.append(float(threshold if threshold is not None else 60))
    elif signal == "follow_up_overdue":
        sql = (
            "SELECT 'follow-up:' || f.moment_id AS subject, c.call_id, c.started_at,"
            " coalesce(c.agent_name, c.agent_id) AS agent, c.team, c.queue, a.score, a.reasons, a.contact_number,"
            " f.promise, f.due_at FROM follow_ups f JOIN calls c ON c.call_id = f.call_id"
            " LEFT JOIN analysis a ON a.call_id = c.call_id WHERE f.status = 'open' AND f.due_at < ?"
        )
        params.append(now)
    else:
        raise ValueError(f"signal {signal!r} is not a call signal")
    sql += _scope(rule, params) + " ORDER BY c.started_at, c.call_id"
    return db.query(sql, params)


def record_firings(db: Database, rule_id: int, subjects: Sequence[dict[str, Any]]) -> int:
    """Record new firings (a subject fires once per rule); returns how many were new."""
    new = 0
    with db.atomic():
        for s in subjects:
            inserted = db.execute(
                "INSERT INTO alert_firings (rule_id, subject, call_id, summary) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING RETURNING rule_id",
                [rule_id, s["subject"], s.get("call_id"), s.get("summary")],
            ).fetchall()
            new += len(inserted)
    return new


def pending(db: Database, rule_id: int) -> list[dict[str, Any]]:
    return db.query(
        "SELECT subject, call_id, summary, fired_at, attempts FROM alert_firings"
        " WHERE rule_id = ? AND delivered_at IS NULL ORDER BY fired_at, subject",
        [rule_id],
    )


def mark_sent(db: Database, rule_id: int, subjects: Sequence[str], channel: str, target: str, tries: int) -> None:
    with db.atomic():
        db.execute(
            "UPDATE alert_firings SET delivered_at = current_timestamp, attempts = attempts + ?, last_error = NULL"
            " WHERE rule_id = ? AND list_contains(?, subject)",
            [tries, rule_id, list(subjects)],
        )
        audit.log(
            db,
            "alerts",
            "alert_sent",
            detail={
                "rule_id": rule_id,
                "channel": channel,
                "target": target,
                "subjects": list(subjects),
                "tries": tries,
            },
        )


def mark_failed(
    db: Database, rule_id: int, subjects: Sequence[str], channel: str, target: str, tries: int, error: str
) -> None:
    with db.atomic():
        db.execute(
            "UPDATE alert_firings SET attempts = attempts + ?, last_error = ?"
            " WHERE rule_id = ? AND list_contains(?, subject)",
            [tries, error[:500], rule_id, list(subjects)],
        )
        audit.log(
            db,
            "alerts",
            "alert_failed",
            detail={
                "rule_id": rule_id,
                "channel": channel,
                "target": target,
                "subjects": list(subjects),
                "tries": tries,
                "error": error[:500],
            },
        )


DELIVERY_KEY = "alerts_delivery"


def delivery_settings(db: Database) -> dict[str, Any]:
    raw = db.scalar("SELECT value FROM settings WHERE key = ?", [DELIVERY_KEY])
    return json.loads(raw) if raw else {}


def save_delivery_settings(db: Database, actor: str, values: dict[str, Any]) -> None:
    """The SMTP server and the app's address for links; the SMTP password is never shown in the audit."""
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key = ?", [DELIVERY_KEY])
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [DELIVERY_KEY, json.dumps(values)])
        shown = {k: ("***" if "password" in k and v else v) for k, v in values.items()}
        audit.log(db, actor, "setting_changed", detail={"key": DELIVERY_KEY, "value": shown})
