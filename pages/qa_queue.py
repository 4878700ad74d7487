"""QA queue: agents' disputes waiting for a decision, and the automatic QA answers Earshot is least sure
of on calls no person has reviewed yet (open a call to see the pre-filled form with its evidence)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import qa as qa_store
from pipeline.store import review as review_store
from pipeline.trust import auth

ANSWER_WORDS = {"met": "met", "not_met": "not met", "na": "not applicable", "partly": "partly met"}


def disputes_panel(user: auth.User, qa_form: review_store.QAForm) -> None:
    labels = {c.key: c.label for c in qa_form.criteria}
    with shared.read_db() as db:
        disputes = qa_store.open_disputes(db)
    st.subheader(
        f"Disputes ({len(disputes)})",
        help="Agents dispute an answer or a flagged moment of their own calls. Overturning a criterion makes it "
        "met; overturning a moment dismisses it (which teaches the model) and makes met the criteria that rested "
        "on it. The agent sees your decision and reason.",
    )
    if not disputes:
        st.caption("No open disputes.")
    for d in disputes:
        target = (
            f"**{shared.md_escape(labels.get(d['criterion'], d['criterion']))}** answered "
            f"{ANSWER_WORDS.get(d['answer'], d['answer'])}"
            if d["criterion"]
            else f"the flagged moment **{shared.kind_label(d['moment_kind'])}**"
        )
        with st.container(border=True):
            st.markdown(
                f"{shared.md_escape(d['agent'] or d['agent_id'])} disputes {target} on call "
                f"[{shared.md_escape(d['call_id'])}]({shared.call_link(d['call_id'])}) · evaluated by "
                f"{shared.md_escape(d['evaluated_by'])} · {shared.when(d['raised_at'])}"
            )
            st.markdown(f"> {shared.md_escape(d['reason'])}")
            with st.form(f"resolve_{d['dispute_id']}", border=False):
                outcome = st.radio(
                    "Decision",
                    ["overturned", "upheld"],
                    horizontal=True,
                    key=f"outcome_{d['dispute_id']}",
                    format_func={"overturned": "Overturn (the agent is right)", "upheld": "Uphold the answer"}.get,
                )
                reason = st.text_input(
                    "Reason (the agent sees it)",
                    max_chars=qa_store.MAX_REASON_CHARS,
                    key=f"resolution_{d['dispute_id']}",
                )
                if st.form_submit_button("Decide", icon=":material/gavel:"):
                    done = shared.run_write(
                        lambda db, d=d, o=outcome, r=reason: (
                            qa_store.resolve_dispute(db, user.username, int(d["dispute_id"]), o, r, qa_form) or True
                        ),
                        success=f"Dispute {outcome}",
                    )
                    if done:
                        st.rerun()


def needs_review_table(rows: list[dict]) -> None:
    frame = pd.DataFrame(rows)
    frame["answer"] = frame["answer"].map(ANSWER_WORDS)
    event = st.dataframe(
        frame[["call_id", "started_at", "agent", "team", "criterion", "answer", "confidence", "why"]],
        hide_index=True,
        placeholder="–",
        on_select="rerun",
        selection_mode="single-row",
        key="qa_needs_review",
        column_config={
            "call_id": "Call",
            "started_at": st.column_config.DatetimeColumn("When", format="YYYY-MM-DD HH:mm"),
            "agent": "Agent",
            "team": "Team",
            "criterion": "Criterion",
            "answer": "Automatic answer",
            "confidence": st.column_config.ProgressColumn("Sure", min_value=0.0, max_value=1.0, format="percent"),
            "why": "Why",
        },
        height=min(38 + 35 * len(frame), 560),
    )
    row = shared.selected_row(event, frame)
    if row is not None:
        shared.open_call(str(row["call_id"]))


def main() -> None:
    user = shared.page_setup("QA queue", "notes_qa")
    try:
        qa_form = review_store.load_qa_form()
    except (OSError, ValueError, KeyError) as exc:
        st.error(f"The QA form (data/qa_form.toml) could not be read: {exc}")
        return
    below = qa_form.review_below
    disputes_panel(user, qa_form)
    st.subheader(
        "Needs review",
        help=f"Automatic answers less than {below:.0%} sure (the form's review_below), on calls nobody has "
        "reviewed yet; least sure first. Pick a row to open the call.",
    )
    with shared.read_db() as db:
        rows = qa_store.needs_review(db, below)
    if not rows:
        st.success("Nothing waiting: every automatic answer is sure enough, or its call has been reviewed.")
    else:
        needs_review_table(rows)


main()
