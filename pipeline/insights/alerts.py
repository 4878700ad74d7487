"""Alerts: admin-written rules over signals Earshot already has, checked after each ingest and on a schedule.

`check_alerts(db)` finds, for every enabled rule, what its signal matches now within its scope (teams,
queues; an agent recipient's own calls only), records each new subject once (`alert_firings`: once per
call, follow-up, or reason and week), then delivers every firing not yet delivered — new ones and those a
failed send left behind — as one notice per rule: an e-mail through the configured SMTP server or a signed
webhook (`delivery`). A notice names the calls with links that open them in the app after sign-in, and
carries only what the recipient's role may see, from the stored (redacted) text. Every send and every
failure is in the audit trail; a failure leaves the firings pending for the next check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pipeline.insights import delivery
from pipeline.insights import drivers as drivers_logic
from pipeline.store import alerts as store
from pipeline.store.connection import Database
from pipeline.store.queries import CallFilters
from pipeline.store.reasons import reason_names

MAX_NOTICE_ITEMS = 50  # a notice lists this many subjects at most; the rest wait for the next one


@dataclass
class CheckReport:
    fired: int = 0
    sent: int = 0
    failures: list[str] = field(default_factory=list)


def call_link(base_url: str, call_id: str) -> str:
    return f"{base_url.rstrip('/')}/review?call={call_id}"


def _call_summary(row: dict[str, Any], reason: str | None) -> str:
    when = row["started_at"].strftime("%Y-%m-%d %H:%M") if row.get("started_at") else "no start time"
    parts = [when, str(row.get("agent") or "unknown agent"), str(row.get("team") or "no team")]
    if row.get("queue"):
        parts.append(str(row["queue"]))
    if row.get("score") is not None:
        parts.append(f"score {float(row['score']):.2f}")
    if reason:
        parts.append(f"reason: {reason}")
    why = list(row.get("reasons") or [])
    if why:
        parts.append("; ".join(str(w) for w in why[:3]))
    if row.get("promise"):
        due = row["due_at"].strftime("%Y-%m-%d %H:%M") if row.get("due_at") else "?"
        parts.append(f"promised “{str(row['promise'])[:120]}”, due {due}")
    return " · ".join(parts)


def subjects_for(db: Database, rule: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
    """What the rule matches now: [{subject, call_id, summary}]."""
    if rule["signal"] == "reason_rising":
        end = now.date()
        filters = CallFilters(
            date_from=end - timedelta(days=6),
            date_to=end,
            teams=tuple(rule.get("teams") or ()),
            queues=tuple(rule.get("queues") or ()),
        )
        scope = rule.get("agent_id") if rule.get("recipient_role") == "agent" else None
        flagged = drivers_logic.rising_reasons(db, filters, scope)
        return [
            {
                # Once per reason and calendar week, however many daily checks see it rising.
                "subject": "reason:{}:{}-W{:02d}".format(int(r.reason_id), *end.isocalendar()[:2]),
                "call_id": None,
                "summary": f"Contact reason “{r.name}” is {r.flag}: {int(r.calls)} calls in the 7 days to {end},"
                f" {int(r.previous)} the 7 days before (rising test q = {float(r.p_value):.3f})",
            }
            for r in flagged.itertuples()
        ]
    rows = store.matching_calls(db, rule, now)
    names = reason_names(db, [r["call_id"] for r in rows])
    return [
        {"subject": r["subject"], "call_id": r["call_id"], "summary": _call_summary(r, names.get(r["call_id"]))}
        for r in rows
    ]


def check_alerts(
    db: Database, now: datetime | None = None, options: delivery.DeliveryOptions | None = None
) -> CheckReport:
    """Fire every enabled rule on what is new, then deliver everything undelivered (module docstring)."""
    now = now or datetime.now()
    options = options or delivery.DeliveryOptions.from_settings(store.delivery_settings(db))
    report = CheckReport()
    for rule in store.rules(db, enabled_only=True):
        report.fired += store.record_firings(db, rule["rule_id"], subjects_for(db, rule, now))
        waiting = store.pending(db, rule["rule_id"])[:MAX_NOTICE_ITEMS]
        if not waiting:
            continue
        result = _deliver(db, rule, waiting, options)
        subjects = [w["subject"] for w in waiting]
        if result.ok:
            store.mark_sent(db, rule["rule_id"], subjects, rule["channel"], rule["target"], result.tries)
            report.sent += len(subjects)
        else:
            store.mark_failed(
                db, rule["rule_id"], subjects, rule["channel"], rule["target"], result.tries, result.error
            )
            report.failures.append(
                f"rule {rule['rule_id']} ({rule['name']}): {rule['channel']} to {rule['target']} failed after "
                f"{result.tries} tries: {result.error}; {len(subjects)} notice(s) kept for the next check"
            )
    return report


def notice_items(rule: dict[str, Any], waiting: list[dict[str, Any]], base_url: str) -> list[dict[str, Any]]:
    return [
        {
            "subject": w["subject"],
            "call_id": w["call_id"],
            "summary": w["summary"],
            "link": call_link(base_url, w["call_id"]) if w["call_id"] else f"{base_url.rstrip('/')}/drivers",
        }
        for w in waiting
    ]


def _deliver(
    db: Database, rule: dict[str, Any], waiting: list[dict[str, Any]], options: delivery.DeliveryOptions
) -> delivery.Result:
    items = notice_items(rule, waiting, options.base_url)
    title = f"Earshot alert: {rule['name']} ({len(items)})"
    if rule["channel"] == "webhook":
        payload = {
            "rule": {"id": rule["rule_id"], "name": rule["name"], "signal": rule["signal"]},
            "items": items,
            "sent_at": datetime.now().isoformat(timespec="seconds"),
        }
        return delivery.send_webhook(options, rule["target"], store.rule_secret(db, rule["rule_id"]) or "", payload)
    lines = [
        f"{rule['name']} — {store.SIGNALS[rule['signal']]}.",
        "Each link opens the call in Earshot after you sign in.",
        "",
    ]
    for item in items:
        lines += [f"• {item['summary']}", f"  {item['link']}", ""]
    lines.append("Transcript text in Earshot notices is redacted. Sent by Earshot; an admin manages alert rules.")
    to = [a.strip() for a in rule["target"].split(",") if a.strip()]
    return delivery.send_email(options, to, title, "\n".join(lines))
