"""QA panels shared by the pages: the pre-filled QA form on Call review, and automatic beside human QA on
the Scorecard. Not a page itself; reads and writes through `pipeline.store.qa`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import qa as qa_store
from pipeline.store import review as review_store
from pipeline.trust import auth

CHOICE_LABELS = {"met": "Met", "partly": "Partly", "not_met": "Not met", "na": "N/A"}
ANSWER_BADGES = {
    "met": ":green-badge[:material/check: met]",
    "not_met": ":red-badge[:material/close: not met]",
    "na": ":gray-badge[not applicable]",
}
MAX_EVIDENCE_SHOWN = 3


def answer_badge(answer: str | None) -> str:
    return ANSWER_BADGES.get(answer or "", ":gray-badge[no automatic answer]")


def evidence_line(item: dict[str, Any]) -> str:
    """One piece of evidence in words (escaped: transcript text is data)."""
    if item.get("type") == "measure":
        value = item.get("value")
        shown = "not measured" if value is None else ("yes" if value is True else "no" if value is False else value)
        limit = f" (limit: {item['limit']})" if item.get("limit") else ""
        name = item.get("label") or item.get("name")
        return f"{shared.md_escape(name)}: {shared.md_escape(shown)}{shared.md_escape(limit)}"
    label = shared.kind_label(item["kind"]) if item.get("type") == "moment" else "line"
    if item.get("closest"):
        label = "closest line (below the threshold)"
    text = str(item.get("text") or "")
    text = text if len(text) <= 90 else text[:87] + "…"
    how = ""
    if item.get("similarity") is not None:
        how = f" · like “{shared.md_escape(item.get('example'))}” ({float(item['similarity']):.2f})"
    elif item.get("phrase"):
        how = f" · says “{shared.md_escape(item['phrase'])}”"
    return f"{shared.clock(item.get('start'))} {label}: “{shared.md_escape(text)}”{how}"


def evidence_list(evidence: list[dict[str, Any]], key: str, seek: Callable[[float], None] | None) -> None:
    """Evidence lines; lines and moments get a Play button that plays the call from there."""
    for n, item in enumerate(evidence[:MAX_EVIDENCE_SHOWN]):
        timed = item.get("type") in ("line", "moment") and item.get("start") is not None
        if timed and seek is not None:
            if st.button(evidence_line(item), key=f"{key}_{n}", icon=":material/play_arrow:", type="tertiary"):
                seek(float(item["start"]))
        else:
            st.caption(evidence_line(item))
    if len(evidence) > MAX_EVIDENCE_SHOWN:
        st.caption(f"… and {len(evidence) - MAX_EVIDENCE_SHOWN} more")


def review_panel(
    user: auth.User,
    call: dict[str, Any],
    scores: list[dict[str, Any]],
    evaluation: dict[str, Any] | None,
    seek: Callable[[float], None],
    *,
    blind: bool = False,
) -> None:
    """The QA tab of Call review: the automatic answers pre-filled with their evidence; accept or override."""
    if blind:
        st.info(
            "You are scoring this call in a calibration session: the automatic and other reviewers' answers "
            "are hidden until you submit yours on the Calibration page.",
            icon=":material/visibility_off:",
        )
        return
    try:
        form = review_store.load_qa_form()
    except (OSError, ValueError, KeyError) as exc:
        st.error(f"The QA form (data/qa_form.toml) could not be read: {exc}")
        return
    auto = (evaluation or {}).get("answers", {})
    top = st.columns(2)
    if evaluation is not None:
        total = evaluation.get("total")
        top[0].metric(
            "Automatic QA",
            "n/a" if total is None else f"{total:.0f} / 100",
            help="Filled in by Earshot from the moments, measures and lines of this call (data/qa_form.toml).",
        )
    else:
        top[0].caption("No automatic QA for this call yet (`python -m pipeline analyze` answers it).")
    if scores:
        latest = scores[0]
        top[1].metric("Human QA", f"{latest['total']:.0f} / 100", help=f"latest, by {latest['reviewer']}")
    may_score = auth.can(user, "notes_qa")
    call_id = call["call_id"]
    choices: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for criterion in form.criteria:
        answer = auto.get(criterion.key)
        with st.container(border=True):
            confidence = answer.get("confidence") if answer else None
            unsure = confidence is not None and confidence < form.review_below
            flag = " :orange-badge[:material/help: needs review]" if unsure else ""
            sure = f" · {confidence:.0%} sure" if confidence is not None else ""
            st.markdown(
                f"**{shared.md_escape(criterion.label)}** ({criterion.points} pts) · "
                f"{answer_badge(answer['answer'] if answer else None)}{sure}{flag}",
                help=criterion.help or None,
            )
            if answer:
                st.caption(shared.md_escape(answer.get("why") or ""))
                evidence_list(answer.get("evidence") or [], f"qa_ev_{call_id}_{criterion.key}", seek)
            if not may_score:
                continue
            default = answer["answer"] if answer else "met"
            picked = st.segmented_control(
                "Your answer",
                list(CHOICE_LABELS),
                default=default,
                format_func=CHOICE_LABELS.get,
                key=f"qa_{call_id}_{criterion.key}",
                label_visibility="collapsed",
            )
            choices[criterion.key] = picked or default
            if answer and choices[criterion.key] != answer["answer"]:
                reasons[criterion.key] = st.text_input(
                    "Why do you change the automatic answer?",
                    key=f"qa_reason_{call_id}_{criterion.key}",
                    max_chars=qa_store.MAX_REASON_CHARS,
                    placeholder="Required: kept in the audit trail",
                )
    if not may_score:
        _history(scores)
        return
    comment = st.text_area("Comment", max_chars=review_store.MAX_NOTE_CHARS, height=80, key=f"qa_comment_{call_id}")
    if st.button("Save QA review", type="primary", icon=":material/grading:", key=f"qa_save_{call_id}"):
        total = shared.run_write(
            lambda db: qa_store.save_reviewed_form(db, user.username, call_id, choices, reasons, comment, form)
        )
        if total is not None:
            st.toast(f"QA review saved: {total:.0f} / 100", icon=":material/check_circle:")
            st.rerun()
    _history(scores)


def _history(scores: list[dict[str, Any]]) -> None:
    if not scores:
        return
    history = pd.DataFrame(
        [
            {
                "When": s["created_at"],
                "Reviewer": s["reviewer"],
                "Score": s["total"],
                "Automatic": s.get("auto_total"),
                "Comment": s["comment"],
            }
            for s in scores
        ]
    )
    st.dataframe(
        history,
        hide_index=True,
        placeholder="–",
        column_config={
            "Score": st.column_config.NumberColumn(format="%.0f"),
            "Automatic": st.column_config.NumberColumn(format="%.0f"),
        },
        height=min(38 + 35 * len(history), 180),
    )


# --- the Scorecard section ----------------------------------------------------------------------------


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


@st.cache_data(ttl=shared.CACHE_TTL_S, max_entries=32, show_spinner=False)
def _scorecard_qa(
    stamp: tuple[str, int], since: datetime, until: datetime, criteria: tuple[str, ...]
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The section's reads, kept until the database changes (`stamp` is part of the cache key)."""
    with shared.read_db() as db:
        return (
            qa_store.qa_summary(db, since, until),
            qa_store.agreement(db, since, until, criteria=list(criteria)),
            qa_store.side_by_side(db, since, until, limit=200),
        )


def scorecard_section(start: date, end: date) -> None:
    """Automatic QA on every call beside human QA where it exists, and how often they agree per criterion."""
    st.subheader(
        "Automatic and human QA",
        help="Earshot answers the QA form on every call; supervisors review some. Agreement: the share of "
        "reviewed criteria where the reviewer kept the automatic answer (Partly counts as not met).",
    )
    # Reading every call's automatic answers costs about 0.3 s at a million calls: asked for, not on
    # every first load of the Scorecard (the page budget is 1 s).
    if not st.toggle("Show automatic and human QA for this period", key="scorecard_qa"):
        st.caption("Switch on to compare Earshot's automatic QA with people's reviews, criterion by criterion.")
        return
    since, until = period_bounds(start, end)
    try:
        labels = {c.key: c.label for c in review_store.load_qa_form().criteria}
    except (OSError, ValueError, KeyError):
        labels = {}
    summary, agreement, calls = _scorecard_qa(shared.db_stamp(), since, until, tuple(labels))
    cols = st.columns(4)
    cols[0].metric("Calls with automatic QA", f"{summary.get('auto_calls') or 0:,}")
    auto_mean = summary.get("auto_mean")
    cols[1].metric("Automatic QA, mean", "–" if auto_mean is None else f"{auto_mean:.0f}")
    cols[2].metric("Calls reviewed by a person", f"{summary.get('human_calls') or 0:,}")
    human_mean = summary.get("human_mean")
    cols[3].metric("Human QA, mean", "–" if human_mean is None else f"{human_mean:.0f}")
    if agreement:
        frame = pd.DataFrame(
            [
                {
                    "Criterion": labels.get(r["criterion"], r["criterion"]),
                    "Reviewed": r["n"],
                    "Agree": r["agreement"],
                    "Overridden": r["overridden"],
                }
                for r in agreement
            ]
        )
        st.dataframe(
            frame,
            hide_index=True,
            column_config={"Agree": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="percent")},
        )
    else:
        st.caption("No call in this period has been reviewed by a person yet, so there is no agreement to show.")
    if calls:
        frame = pd.DataFrame(calls)
        event = st.dataframe(
            frame[["call_id", "started_at", "agent", "team", "auto_total", "human_total", "reviewer"]],
            hide_index=True,
            placeholder="–",
            on_select="rerun",
            selection_mode="single-row",
            key="scorecard_qa_calls",
            column_config={
                "call_id": "Call",
                "started_at": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm"),
                "agent": "Agent",
                "team": "Team",
                "auto_total": st.column_config.NumberColumn("Automatic QA", format="%.0f"),
                "human_total": st.column_config.NumberColumn("Human QA", format="%.0f"),
                "reviewer": "Reviewer",
            },
        )
        row = shared.selected_row(event, frame)
        if row is not None:
            shared.open_call(str(row["call_id"]))
