"""QA queue: the automatic QA answers Earshot is least sure of, on calls no person has reviewed yet.

Open a call to see the pre-filled form with its evidence, accept or override each answer, and save.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages import shared
from pipeline.store import qa as qa_store
from pipeline.store import review as review_store

ANSWER_WORDS = {"met": "met", "not_met": "not met", "na": "not applicable"}


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
    shared.page_setup("QA queue", "notes_qa")
    try:
        below = review_store.load_qa_form().review_below
    except (OSError, ValueError, KeyError) as exc:
        st.error(f"The QA form (data/qa_form.toml) could not be read: {exc}")
        return
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
