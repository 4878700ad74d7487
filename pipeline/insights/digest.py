"""The weekly digest: what changed, what is rising, what is overdue, and real calls nobody chose.

`build_digest(db, user, period)` makes one recipient's digest, scoped by their role exactly as the app
scopes it: the scorecard's changes and the rising reasons for roles that see the scorecard, overdue
follow-ups for roles that manage them, and for everyone the five worst calls and five calls drawn at
random from the period, unfiltered — each with its contact reason, why it scored, and a link that opens it
after sign-in. An agent's digest is built from their own calls only, every part of it. `send_digests` e-mails
each recipient (users with an e-mail address) and audits every send and failure.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pipeline.insights import delivery
from pipeline.insights import drivers as drivers_logic
from pipeline.store import audit, queries
from pipeline.store import drivers as drivers_store
from pipeline.store.alerts import delivery_settings
from pipeline.store.connection import Database
from pipeline.store.queries import CallFilters
from pipeline.store.reasons import reason_names
from pipeline.trust import auth

PERIODS = {"day": 1, "week": 7, "month": 30}
CALLS_EACH = 5
FIGURES = (
    ("calls", "Calls", "{:,.0f}"),
    ("mean_score", "Mean worst-call score", "{:.2f}"),
    ("repeat_rate", "Repeat contacts", "{:.0%}"),
    ("fcr", "First-contact resolution", "{:.0%}"),
    ("transferred_share", "Transferred", "{:.0%}"),
    ("mean_hold_s", "Average hold", "{:.0f} s"),
)


@dataclass
class DigestCall:
    call_id: str
    started_at: datetime | None
    agent: str
    score: float | None
    contact_reason: str
    why: str
    link: str


@dataclass
class Digest:
    username: str
    role: str
    email: str | None
    start: date
    end: date
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # figure, now, before
    rising: list[str] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)
    worst: list[DigestCall] = field(default_factory=list)
    random: list[DigestCall] = field(default_factory=list)

    @property
    def call_ids(self) -> set[str]:
        return {c.call_id for c in self.worst + self.random}


def period_ending(end: date, period: str) -> tuple[date, date]:
    if period not in PERIODS:
        raise ValueError(f"period {period!r}: one of {', '.join(PERIODS)}")
    return end - timedelta(days=PERIODS[period] - 1), end


def recipients(db: Database) -> list[auth.User]:
    """Enabled users with an e-mail address; an agent without an agent ID gets nothing."""
    rows = db.query(
        "SELECT username, role, agent_id, email FROM users WHERE NOT coalesce(disabled, false)"
        " AND coalesce(email, '') <> '' ORDER BY role, username"
    )
    return [auth.User(r["username"], r["role"], r["agent_id"]) for r in rows if r["role"] != "agent" or r["agent_id"]]


def _fmt(template: str, value: Any) -> str:
    return "–" if value is None else template.format(float(value))


def _calls(db: Database, frame: Any, base_url: str) -> list[DigestCall]:
    if frame is None or len(frame) == 0:
        return []
    ids = [str(c) for c in frame["call_id"]]
    names = reason_names(db, ids)
    why = dict(db.execute("SELECT call_id, reasons FROM analysis WHERE list_contains(?, call_id)", [ids]).fetchall())
    out = []
    for row in frame.itertuples():
        started = row.started_at.to_pydatetime() if hasattr(row.started_at, "to_pydatetime") else row.started_at
        reasons = why.get(row.call_id)
        out.append(
            DigestCall(
                call_id=str(row.call_id),
                started_at=None if started is None or str(started) == "NaT" else started,
                agent=str(row.agent or "unknown agent"),
                score=None if row.score is None or row.score != row.score else float(row.score),
                contact_reason=names.get(str(row.call_id), "no reason found"),
                why="; ".join(reasons) if reasons is not None and len(reasons) else "nothing stood out",
                link=f"{base_url.rstrip('/')}/review?call={row.call_id}",
            )
        )
    return out


def build_digest(
    db: Database, user: auth.User, start: date, end: date, base_url: str, email: str | None = None
) -> Digest:
    scope = auth.agent_scope(user)  # an agent's own calls only, in every part; PermissionError without an ID
    digest = Digest(user.username, user.role, email, start, end)
    filters = CallFilters(date_from=start, date_to=end)
    if auth.can(user, "scorecard") or user.role == "agent":
        days = (end - start).days + 1
        before = CallFilters(date_from=start - timedelta(days=days), date_to=start - timedelta(days=1))
        now, was = drivers_store.period_summary(db, filters, scope), drivers_store.period_summary(db, before, scope)
        digest.changes = [(label, _fmt(t, now.get(k)), _fmt(t, was.get(k))) for k, label, t in FIGURES]
    if auth.can(user, "scorecard"):
        for r in drivers_logic.rising_reasons(db, filters, scope).itertuples():
            digest.rising.append(f"{r.name}: {int(r.calls)} calls, {int(r.previous)} the period before ({r.flag})")
    if auth.can(user, "follow_ups") or user.role == "agent":
        overdue = queries.follow_ups(
            db,
            datetime.combine(end + timedelta(days=1), datetime.min.time()),
            ("overdue",),
            agent_scope=scope,
            limit=20,
        )
        digest.overdue = [
            f"{r.agent or 'unknown agent'}: “{str(r.promise)[:100]}” due {r.due_at:%Y-%m-%d} "
            f"{base_url.rstrip('/')}/review?call={r.call_id}"
            for r in overdue.itertuples()
        ]
    worst, _ = queries.worst_calls(db, filters, scope, limit=CALLS_EACH)
    digest.worst = _calls(db, worst, base_url)
    seed = int(hashlib.sha256(f"{start}:{end}:{user.username}".encode()).hexdigest()[:8], 16)
    digest.random = _calls(db, queries.random_sample(db, start, end, CALLS_EACH, seed, scope), base_url)
    return digest


def render_text(d: Digest) -> str:
    lines = [f"Earshot digest for {d.username} ({d.role}), {d.start} to {d.end}", ""]
    if d.changes:
        lines += ["What changed (this period · the one before)"]
        lines += [f"  {label}: {now} · {was}" for label, now, was in d.changes] + [""]
    if d.rising or (d.changes and d.role != "agent"):
        lines += ["Contact reasons rising"] + ([f"  {r}" for r in d.rising] or ["  none flagged by the test"]) + [""]
    if d.overdue:
        lines += ["Overdue follow-ups"] + [f"  {o}" for o in d.overdue] + [""]
    for title, calls in (
        ("The five worst calls", d.worst),
        ("Five calls drawn at random from the period, unfiltered", d.random),
    ):
        lines.append(title)
        if not calls:
            lines.append("  no calls in the period")
        for c in calls:
            when = c.started_at.strftime("%a %d %b %H:%M") if c.started_at else "no start time"
            score = "–" if c.score is None else f"{c.score:.2f}"
            lines += [
                f"  {when} · {c.agent} · score {score} · reason: {c.contact_reason}",
                f"    {c.why}",
                f"    {c.link}",
            ]
        lines.append("")
    lines.append("Links open the call in Earshot after you sign in. Transcripts in Earshot are redacted.")
    return "\n".join(lines)


def digests(
    db: Database, period: str, end: date | None = None, only: str | None = None, base_url: str | None = None
) -> list[Digest]:
    end = end or (db.scalar("SELECT max(started_at)::DATE FROM calls WHERE status = 'ready'") or date.today())
    start, end = period_ending(end, period)
    base = base_url or delivery.DeliveryOptions.from_settings(delivery_settings(db)).base_url
    emails = dict(db.execute("SELECT username, email FROM users").fetchall())
    people = [u for u in recipients(db) if only is None or u.username == only]
    if only is not None and not people:
        raise ValueError(f"{only}: no such enabled user with an e-mail address")
    return [build_digest(db, u, start, end, base, emails.get(u.username)) for u in people]


def send_digests(db: Database, built: list[Digest], options: delivery.DeliveryOptions) -> list[str]:
    """E-mail each digest; returns the failures (each also audited), the rest audited as sent."""
    failures = []
    for d in built:
        result = delivery.send_email(options, [d.email or ""], f"Earshot digest, {d.start} to {d.end}", render_text(d))
        detail = {"to": d.username, "period": f"{d.start}..{d.end}", "calls": sorted(d.call_ids), "tries": result.tries}
        if result.ok:
            audit.log(db, "digest", "digest_sent", detail=detail)
        else:
            audit.log(db, "digest", "digest_failed", detail={**detail, "error": result.error})
            failures.append(f"{d.username} <{d.email}>: {result.error} after {result.tries} tries")
    return failures
