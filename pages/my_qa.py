"""My QA (agents): their evaluated calls, automatic and human, with the answers and the evidence behind
them; acknowledge an evaluation, or dispute a criterion or a flagged moment within the admin's window."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from pages import qa_panels, shared
from pipeline.store import qa as qa_store
from pipeline.store import review as review_store
from pipeline.trust import auth

STATUS_BADGES = {
    "open": ":orange-badge[waiting for a supervisor]",
    "upheld": ":gray-badge[upheld: the answer stands]",
    "overturned": ":green-badge[overturned in your favour]",
}
SELECTED_KEY = "my_qa_call"


def evaluations_table(rows: list[dict[str, Any]]) -> str | None:
    frame = pd.DataFrame(rows)
    frame["acknowledged"] = frame["acknowledged_at"].notna()
    event = st.dataframe(
        frame[
            ["started_at", "queue", "auto_total", "human_total", "reviewer", "acknowledged", "open_disputes", "call_id"]
        ],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="my_qa_table",
        column_config={
            "started_at": st.column_config.DatetimeColumn("When", format="MMM D, HH:mm"),
            "queue": "Queue",
            "auto_total": st.column_config.NumberColumn("Automatic QA", format="%.0f"),
            "human_total": st.column_config.NumberColumn("Reviewed QA", format="%.0f"),
            "reviewer": "Reviewer",
            "acknowledged": st.column_config.CheckboxColumn("Acknowledged"),
            "open_disputes": st.column_config.NumberColumn("Open disputes"),
            "call_id": "Call",
        },
    )
    row = shared.selected_row(event, frame)
    return None if row is None else str(row["call_id"])


def detail_panel(user: auth.User, agent_id: str, call_id: str, labels: dict[str, str]) -> None:
    with shared.read_db() as db:
        detail = qa_store.agent_call_detail(db, call_id, agent_id)
    by = "Earshot (automatic)" if detail["evaluated_by"] == qa_store.AUTOMATIC else detail["evaluated_by"]
    st.markdown(
        f"**Call {shared.md_escape(call_id)}** · evaluated by {shared.md_escape(by)} "
        f"· [open the call]({shared.call_link(call_id)})"
    )
    for key, answer in detail["answers"].items():
        auto = detail["auto"].get(key) or {}
        with st.container(border=True):
            st.markdown(
                f"**{shared.md_escape(labels.get(key, key))}** · {qa_panels.answer_badge(answer)}"
                if answer != "partly"
                else f"**{shared.md_escape(labels.get(key, key))}** · partly met"
            )
            for item in (auto.get("evidence") or [])[: qa_panels.MAX_EVIDENCE_SHOWN]:
                line = qa_panels.evidence_line(item)
                if item.get("start") is not None and item.get("type") in ("line", "moment"):
                    line = f"[{line}]({shared.call_link(call_id, float(item['start']))})"
                st.caption(line)
    for dispute in detail["disputes"]:
        target = (
            labels.get(dispute["criterion"], dispute["criterion"])
            if dispute["criterion"]
            else (f"moment: {shared.kind_label(dispute['moment_kind'])}")
        )
        outcome = STATUS_BADGES.get(dispute["status"], dispute["status"])
        text = f"Your dispute on **{shared.md_escape(target)}** · {outcome}  \n“{shared.md_escape(dispute['reason'])}”"
        if dispute["resolution_reason"]:
            text += (
                f"  \n{shared.md_escape(dispute['resolved_by'])}: “{shared.md_escape(dispute['resolution_reason'])}”"
            )
        st.info(text, icon=":material/gavel:")
    until = detail["dispute_until"]
    open_window = until is None or datetime.now() <= until
    acknowledge = st.button(
        "Acknowledge: I have read this evaluation", key=f"qa_ack_{call_id}", icon=":material/done_all:"
    )
    if acknowledge and shared.run_write(
        lambda db: qa_store.acknowledge_evaluation(db, user.username, agent_id, call_id) or True,
        success="Acknowledged",
    ):
        st.rerun()
    if not open_window:
        st.caption(f"The {detail['window_days']}-day window to dispute this evaluation closed {shared.when(until)}.")
        return
    targets: dict[str, tuple[str | None, str | None]] = {
        f"Criterion: {labels.get(k, k)}": (k, None) for k, a in detail["answers"].items() if a != "met"
    }
    for m in detail["moments"]:
        label = f"Moment: {shared.kind_label(m['kind'])} at {shared.clock(m['start_s'])}: {str(m['text'])[:60]}"
        targets[label] = (None, m["moment_id"])
    if not targets:
        return
    with st.form(f"dispute_{call_id}", clear_on_submit=True):
        st.markdown(f"**Dispute** · until {shared.when(until)}" if until else "**Dispute**")
        picked = st.selectbox("What do you dispute?", list(targets), key=f"dispute_target_{call_id}")
        reason = st.text_area("Why?", max_chars=qa_store.MAX_REASON_CHARS, key=f"dispute_reason_{call_id}")
        if st.form_submit_button("Send dispute", icon=":material/gavel:"):
            criterion, moment_id = targets[picked]
            if shared.run_write(
                lambda db: qa_store.raise_dispute(
                    db, user.username, agent_id, call_id, reason, criterion=criterion, moment_id=moment_id
                ),
                success="Dispute sent to your supervisors",
            ):
                st.rerun()


def main() -> None:
    user = shared.page_setup("My QA", "own_calls_only")
    try:
        agent_id = auth.agent_scope(user)
    except PermissionError:
        agent_id = None
    if not agent_id:
        st.warning("Your account is not linked to an agent ID; ask an admin.", icon=":material/link_off:")
        return
    try:
        labels = {c.key: c.label for c in review_store.load_qa_form().criteria}
    except (OSError, ValueError, KeyError):
        labels = {}
    with shared.read_db() as db:
        rows = qa_store.agent_evaluations(db, agent_id)
        days = qa_store.dispute_window_days(db)
    if not rows:
        st.caption("None of your calls has been evaluated yet.")
        return
    st.caption(
        f"Every call of yours is evaluated automatically; supervisors review some. Pick a call to see "
        f"the answers and the lines behind them. You can dispute an answer or a flagged moment within "
        f"{days} days."
    )
    picked = evaluations_table(rows) or st.query_params.get("call")  # a row, or a link to one call
    if picked:
        st.session_state[SELECTED_KEY] = picked
    call_id = st.session_state.get(SELECTED_KEY)
    if call_id and any(r["call_id"] == call_id for r in rows):
        detail_panel(user, agent_id, call_id, labels)


main()
